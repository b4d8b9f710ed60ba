//! The round-trip floor: how much of a round trip is certainly network, so windows
//! measured at the answers can be shortened by it without ever being early.
//!
//! The client never sees when a request *arrives* at Discord, only its grant `g`
//! and its answer `r`. Write `up` for the time from grant to arrival and `down` for
//! the time from Discord's processing to the answer, and `up_min`, `down_min` for
//! their smallest possible values on the current path.
//!
//! - **Global window.** Request A (answered at `r_A`) arrived at most at
//!   `r_A − down_min`; request B (granted at `g_B`) arrives at least at
//!   `g_B + up_min`. B arrives at least one `window` after A as soon as
//!   `g_B ≥ r_A + window − (up_min + down_min)`.
//! - **Bucket resets.** Discord measured `Reset-After` when it processed the
//!   request, at most at `r − down_min`, so the window ends at most at
//!   `r + reset_after − down_min`; a request granted at
//!   `r + reset_after − (up_min + down_min)` arrives after it. Reactions' 250 ms
//!   bucket is paced the same way.
//!
//! `up_min + down_min` cannot be measured, but it is what the fastest round trip
//! converges to: every round trip is `up + processing + down`. It converges only
//! if the samples include requests sent the fastest way: a burst of requests that
//! each open a new connection (TCP, TLS) all pay the handshake, and later requests
//! on the pooled connections do not, so a floor from the burst alone would be too
//! large. The floor is therefore used only once the samples include a warm request:
//! either more samples than the global limit lets be in flight at once (a later one
//! was granted after an earlier one was answered, so a pooled connection was free),
//! or one request sent while fewer were out than had been out at once before
//! ([`Wire`]: the connections opened for those are pooled, and one of them was
//! idle). The floor is the
//! **minimum round trip** (grant → answer) over a sliding set of recent samples
//! (the last [`SAMPLES`] answers, or one more than the global limit if that is
//! more, none older than [`HORIZON`], so a route change to a
//! slower path is picked up), minus a margin of [`MARGIN_PERCENT`] % of it (at least
//! [`MARGIN_MIN`]) for the samples not having met the true minimum, and never
//! negative. Without samples it is zero: windows then run from the answers, as
//! before. A request that errs fast (a proxy, a refused connection) only lowers the
//! floor, which is the safe direction.
//!
//! The minimum converges to `up_min + down_min` only when both are small on the
//! same sample. When round trips are mostly queueing and scheduling noise (a local
//! server under a burst: a few milliseconds, measured at up to ten), one request's
//! `up` plus another's `down` can be below the fastest sample. So a fastest round
//! trip under [`NOISE`] gives no floor at all: there is little to gain, and it is
//! not a path's latency. On a real path (tens of milliseconds of propagation) the
//! noise is a small part of it, covered by the margin.
//!
//! The same holds on a real path when the host is loaded: round trips then carry
//! tens of milliseconds of scheduling delay on either side, unevenly, and the
//! fastest one is an outlier rather than the path (seen: a global 429 against the
//! emulator in one run of four with two busy loops beside the test, none with the
//! floor off). So the floor is also dropped while fewer than half of the samples
//! lie within [`TYPICAL`] times the fastest: a path's round trips cluster above its
//! latency (40 ± 15 ms of jitter: all within 2.2×), noise spreads them far above it.
//!
//! This is sound for Discord's (and the emulator's) windows, which start at an
//! arrival: a slot is reused no earlier than `answer + window − floor`, and with
//! `floor ≤ up_min + down_min` every arrival that uses it comes at least one
//! window after the arrival that freed it.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// Round trips remembered.
pub(crate) const SAMPLES: usize = 64;
/// Oldest round trip remembered.
pub(crate) const HORIZON: Duration = Duration::from_secs(10);
/// Part of the minimum round trip kept as a margin.
pub(crate) const MARGIN_PERCENT: u32 = 10;
/// Smallest margin.
pub(crate) const MARGIN_MIN: Duration = Duration::from_millis(2);
/// Round trips shorter than this are taken as noise (see the module documentation).
pub(crate) const NOISE: Duration = Duration::from_millis(20);
/// Half of the samples must lie within this many times the fastest for it to be
/// taken as the path's latency (see the module documentation).
pub(crate) const TYPICAL: u32 = 2;

/// One round trip.
#[derive(Debug, Clone, Copy)]
struct Sample {
    answered: Instant,
    rtt: Duration,
    /// Certainly sent on a pooled connection (see [`Wire`]).
    warm: bool,
}

/// Recent round trips and their minimum.
#[derive(Debug)]
pub(crate) struct RttFloor {
    /// Oldest first.
    samples: VecDeque<Sample>,
    /// Requests that can be in flight at once (the global limit), if bounded.
    burst: Option<usize>,
    /// Samples kept.
    capacity: usize,
    /// The floor of the current samples: every answer asks for it, and it only
    /// changes when a sample comes or goes.
    cached: Option<Duration>,
}

impl RttFloor {
    /// A floor for a limiter that lets at most `burst` requests be in flight at once
    /// (`None`: unbounded; then only requests sent alone prove a warm connection).
    pub(crate) fn new(burst: Option<u32>) -> Self {
        let burst = burst.map(|b| usize::try_from(b).unwrap_or(usize::MAX));
        Self {
            samples: VecDeque::new(),
            burst,
            capacity: burst.map_or(SAMPLES, |b| b.saturating_add(1).max(SAMPLES)),
            cached: None,
        }
    }

    /// A request granted at `granted` (`warm`: certainly on a pooled connection)
    /// was answered at `answered`.
    pub(crate) fn observe(&mut self, granted: Instant, answered: Instant, warm: bool) {
        self.cached = None;
        if self.samples.len() >= self.capacity {
            self.samples.pop_front();
        }
        self.samples.push_back(Sample {
            answered,
            rtt: answered.saturating_duration_since(granted),
            warm,
        });
    }

    /// The part of a round trip that is certainly network, as of `now`.
    pub(crate) fn floor(&mut self, now: Instant) -> Duration {
        while self
            .samples
            .front()
            .is_some_and(|s| crate::time::after(s.answered, HORIZON) <= now)
        {
            self.samples.pop_front();
            self.cached = None;
        }
        if let Some(floor) = self.cached {
            return floor;
        }
        let floor = self.compute();
        self.cached = Some(floor);
        floor
    }

    /// The floor of the samples as they are (see the module documentation).
    fn compute(&self) -> Duration {
        let warm = self.burst.is_some_and(|b| self.samples.len() > b)
            || self.samples.iter().any(|s| s.warm);
        if !warm {
            return Duration::ZERO;
        }
        let Some(min) = self
            .samples
            .iter()
            .map(|s| s.rtt)
            .min()
            .filter(|m| *m >= NOISE)
        else {
            return Duration::ZERO;
        };
        let near = min.saturating_mul(TYPICAL);
        let typical = self.samples.iter().filter(|s| s.rtt <= near).count();
        if typical * 2 < self.samples.len() {
            // An outlier of a noisy host, not the path's latency.
            return Duration::ZERO;
        }
        let margin = (min.saturating_mul(MARGIN_PERCENT) / 100).max(MARGIN_MIN);
        min.saturating_sub(margin)
    }

    /// Drops samples past the horizon.
    pub(crate) fn sweep(&mut self, now: Instant) {
        self.floor(now);
        self.samples.shrink_to_fit();
    }
}

/// Requests out on the wire, and the most that were out at once lately.
///
/// Over HTTP/1.1 each request out holds a connection of its own, so at least
/// `peak` connections were opened; the pool keeps them. A request sent while
/// fewer than `peak` are out finds one idle and skips the handshake: its round
/// trip is a warm sample. After [`HORIZON`] without a send the pool may have
/// closed its idle connections, so the peak starts again from nothing. (Over
/// HTTP/2 every request after the first shares one connection: warmer still.)
#[derive(Debug, Default)]
pub(crate) struct Wire {
    out: usize,
    peak: usize,
    last_send: Option<Instant>,
}

impl Wire {
    /// A request goes out now; returns whether it certainly found a pooled
    /// connection idle.
    pub(crate) fn send(&mut self, now: Instant) -> bool {
        if self
            .last_send
            .is_some_and(|at| crate::time::after(at, HORIZON) <= now)
        {
            self.peak = self.out;
        }
        let warm = self.out < self.peak;
        self.out = self.out.saturating_add(1);
        self.peak = self.peak.max(self.out);
        self.last_send = Some(now);
        warm
    }

    /// A request sent ended. `pooled`: false unless its connection certainly
    /// went back to the pool (a request never written opened none; one dropped
    /// mid-flight closes its own), so its part of the peak is given back (a
    /// smaller peak only makes warm samples rarer).
    pub(crate) fn done(&mut self, pooled: bool) {
        self.out = self.out.saturating_sub(1);
        if !pooled {
            self.peak = self.peak.saturating_sub(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_floor_is_the_recent_minimum_less_a_margin() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut rtt = RttFloor::new(None);
        assert_eq!(rtt.floor(t0), Duration::ZERO, "no samples, no shortening");
        rtt.observe(t0, t0 + ms(80), false);
        rtt.observe(t0 + ms(10), t0 + ms(70), false);
        assert_eq!(rtt.floor(t0 + ms(70)), Duration::ZERO, "no warm sample yet");
        rtt.observe(t0 + ms(20), t0 + ms(120), true);
        assert_eq!(rtt.floor(t0 + ms(120)), ms(54), "60 ms less 10 %");
        // A slower path: once the fast samples are older than the horizon, the
        // floor follows the new minimum.
        let later = t0 + HORIZON + ms(100);
        rtt.observe(later - ms(90), later, true);
        rtt.observe(later - ms(90), later, true);
        assert_eq!(rtt.floor(later), ms(81));
        // Short round trips keep the minimum margin; shorter ones are noise.
        for _ in 0..3 {
            rtt.observe(later, later + ms(20), false);
        }
        assert_eq!(rtt.floor(later + ms(20)), ms(18), "at least 2 ms of margin");
        rtt.observe(later, later + ms(19), false);
        assert_eq!(
            rtt.floor(later + ms(19)),
            Duration::ZERO,
            "noise, not a path"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_burst_counts_only_once_it_outnumbers_the_global_limit() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut rtt = RttFloor::new(Some(50));
        rtt.observe(t0, t0 + ms(20), false);
        for _ in 0..49 {
            rtt.observe(t0, t0 + ms(30), false);
        }
        assert_eq!(
            rtt.floor(t0 + ms(100)),
            Duration::ZERO,
            "50 at once: maybe all cold"
        );
        rtt.observe(t0, t0 + ms(30), false);
        assert_eq!(
            rtt.floor(t0 + ms(30)),
            ms(18),
            "the 51st came after an answer"
        );
        for _ in 0..SAMPLES {
            rtt.observe(t0, t0 + ms(100), false);
        }
        assert_eq!(
            rtt.floor(t0 + ms(100)),
            ms(90),
            "the 20 ms sample is gone (10 % margin)"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_fastest_sample_far_below_the_rest_is_noise_not_the_path() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut rtt = RttFloor::new(None);
        // A loaded host: one lucky round trip, the rest carry scheduling delay.
        for sample in [21, 60, 75, 48, 90, 66] {
            rtt.observe(t0, t0 + ms(sample), true);
        }
        assert_eq!(rtt.floor(t0 + ms(100)), Duration::ZERO);
        // A jittery path (40 ± 15 ms): its round trips cluster above the fastest.
        let mut rtt = RttFloor::new(None);
        for sample in [25, 52, 31, 44, 38, 55, 29, 47] {
            rtt.observe(t0, t0 + ms(sample), true);
        }
        assert_eq!(rtt.floor(t0 + ms(100)), Duration::from_micros(22_500));
    }

    #[tokio::test(start_paused = true)]
    async fn a_send_is_warm_only_while_a_pooled_connection_is_idle() {
        let t0 = Instant::now();
        let mut wire = Wire::default();
        assert!(!wire.send(t0), "the first request opens a connection");
        assert!(!wire.send(t0), "so does a second one beside it");
        wire.done(true);
        assert!(wire.send(t0), "one of the two is idle again");
        assert!(!wire.send(t0), "both are busy: a third connection");
        wire.done(false);
        wire.done(true);
        wire.done(true);
        // A request that never reached the network gave its part of the peak back.
        assert!(wire.send(t0));
        assert!(wire.send(t0));
        assert!(!wire.send(t0), "only two connections are certain");
        for _ in 0..3 {
            wire.done(true);
        }
        let later = t0 + HORIZON;
        assert!(
            !wire.send(later),
            "idle that long: the pool may have closed them"
        );
        wire.done(true);
        assert!(wire.send(later), "the connection just made is idle again");
    }
}
