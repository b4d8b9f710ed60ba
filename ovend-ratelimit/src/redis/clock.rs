//! Redis's clock seen from this process: when, on Redis's `TIME`, a local
//! instant was, at the latest.
//!
//! `complete.lua` records an answer at its arrival on Redis's clock. The script
//! only knows its own `now`, and the answer's age counted before the call was
//! queued: a call that waits behind other processes' scripts (a few ms under a
//! fleet's burst, seen up to 17 ms) would be recorded that much late, and every
//! window measured from it would run late by as much. Each take's reply brings
//! Redis's `now` instead, read between the call's send and its reply, so
//! `now + 1 ms - sent` is an upper bound of the offset between the two clocks
//! (`now` is whole milliseconds, rounded down). The smallest bound of the last
//! [`HORIZON`] comes from the fastest round trip and is the tightest. An answer
//! moved by it is never earlier than its true instant on Redis's clock: late is
//! safe, early would let the next window open before Discord's.
//!
//! Old samples are dropped rather than kept: the two clocks may drift or be
//! slewed apart, and a bound older than two [`HORIZON`]s is not trusted. A step
//! of Redis's clock moves every instant Redis stored as well (the windows it
//! holds shift with it); the bound follows it within two horizons.

use std::time::Duration;

use parking_lot::Mutex;
use tokio::time::Instant;

/// How long a sample bounds the offset: between one and two of these.
const HORIZON: Duration = Duration::from_secs(1);

/// The tightest upper bound of the offset (Redis's clock in µs less the local
/// instant in µs since `base`), over the last one or two horizons.
#[derive(Debug)]
pub(super) struct RedisClock {
    base: Instant,
    bounds: Mutex<Bounds>,
}

#[derive(Debug)]
struct Bounds {
    /// The smallest bound since `since`, and the one of the horizon before.
    current: Option<i128>,
    previous: Option<i128>,
    since: Instant,
}

impl RedisClock {
    pub(super) fn new() -> Self {
        let base = Instant::now();
        Self {
            base,
            bounds: Mutex::new(Bounds {
                current: None,
                previous: None,
                since: base,
            }),
        }
    }

    fn micros(&self, at: Instant) -> i128 {
        i128::try_from(at.saturating_duration_since(self.base).as_micros()).unwrap_or(i128::MAX)
    }

    /// A call sent at `sent` was run by Redis at `redis_ms` (its `TIME`, in ms).
    pub(super) fn sample(&self, sent: Instant, redis_ms: u64) {
        let bound = (i128::from(redis_ms) + 1) * 1000 - self.micros(sent);
        let mut bounds = self.bounds.lock();
        bounds.roll(Instant::now());
        bounds.current = Some(bounds.current.map_or(bound, |b| b.min(bound)));
    }

    /// Instant `at` on Redis's clock, in whole ms rounded up, at the latest; `None`
    /// without a recent sample.
    pub(super) fn redis_ms(&self, at: Instant) -> Option<u64> {
        let offset = {
            let mut bounds = self.bounds.lock();
            bounds.roll(Instant::now());
            match (bounds.current, bounds.previous) {
                (Some(a), Some(b)) => a.min(b),
                (a, b) => a.or(b)?,
            }
        };
        let micros = self.micros(at).checked_add(offset)?;
        u64::try_from(micros.div_euclid(1000) + i128::from(micros.rem_euclid(1000) > 0)).ok()
    }
}

impl Bounds {
    /// Starts a new horizon when the current one is over, so no sample is kept
    /// more than two horizons.
    fn roll(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.since);
        if elapsed < HORIZON {
            return;
        }
        if elapsed < HORIZON * 2 {
            self.previous = self.current.take();
            self.since += HORIZON;
        } else {
            self.previous = None;
            self.current = None;
            self.since = now;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_fastest_round_trip_bounds_the_offset_from_above() {
        let clock = RedisClock::new();
        let start = Instant::now();
        assert_eq!(clock.redis_ms(start), None, "no sample, no estimate");
        // Sent at +0, run at Redis's 5_000 ms, replied at +8 ms: Redis's clock is
        // at most 5_001 ms at the send.
        clock.sample(start, 5_000);
        tokio::time::advance(Duration::from_millis(8)).await;
        assert_eq!(clock.redis_ms(start), Some(5_001));
        // A faster trip sent at +10, run at 5_010: at most 5_001 at +0 again; a
        // slower one (sent at +8, run at 5_020) bounds nothing tighter.
        clock.sample(start + Duration::from_millis(10), 5_010);
        clock.sample(start + Duration::from_millis(8), 5_020);
        assert_eq!(
            clock.redis_ms(start + Duration::from_millis(20)),
            Some(5_021)
        );
        // A tighter bound: sent at +10, run at 5_009.
        clock.sample(start + Duration::from_millis(10), 5_009);
        assert_eq!(
            clock.redis_ms(start + Duration::from_millis(20)),
            Some(5_020)
        );
        // A fraction of a ms rounds up: later, never earlier.
        assert_eq!(
            clock.redis_ms(start + Duration::from_micros(20_100)),
            Some(5_021)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_bound_older_than_two_horizons_is_dropped() {
        let clock = RedisClock::new();
        let start = Instant::now();
        clock.sample(start, 1_000);
        tokio::time::advance(HORIZON + Duration::from_millis(1)).await;
        assert!(clock.redis_ms(start).is_some(), "kept one horizon more");
        tokio::time::advance(HORIZON * 2).await;
        assert_eq!(clock.redis_ms(start), None);
    }
}
