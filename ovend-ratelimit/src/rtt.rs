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
//! `up_min + down_min` cannot be measured from round trips alone: the fastest
//! round trip is the fastest `up + processing + down` of one request, and a
//! request's delay can sit on either side. On a loaded host (a burst read late by
//! a busy server, a client starved of CPU) every round trip of a burst carries
//! tens of milliseconds, yet the next request, sent alone, may arrive at once: one
//! request's `up` plus another's `down` is then far below the fastest round trip
//! (seen: floors of 18–50 ms against the emulator on loopback, and global 429s up
//! to 8 ms early).
//!
//! So each leg is measured apart. An answer with bucket headers says when Discord
//! wrote it: `X-RateLimit-Reset` less `X-RateLimit-Reset-After` (`stamp`, on
//! Discord's clock). Against this process's monotonic clock, `stamp − grant` is
//! the request's `up` and `answer − stamp` its `down`, each off by the same
//! unknown offset between the two clocks, with opposite signs. The floor is built
//! from the **smallest `up` plus the smallest `down`**, each over the recent
//! samples, so the offset cancels; for any one sample the two legs add up to its
//! round trip, so this is never more than the fastest round trip (a false or
//! hostile stamp can only lower it). Answers without the two headers (a global
//! 429, an unlimited route) give no legs, and samples without legs give no floor.
//! The offset must stay constant over the samples: the monotonic clock and
//! Discord's drift apart by parts per million (a few µs over [`HORIZON`]);
//! answers from Discord servers whose clocks differ raise the sum by at most that
//! difference, still never above the fastest round trip, and the margin covers a
//! few milliseconds of it.
//!
//! The minima converge only if the samples include requests sent the fastest
//! way: a burst of requests that
//! each open a new connection (TCP, TLS) all pay the handshake, and later requests
//! on the pooled connections do not, so a floor from the burst alone would be too
//! large. The floor is therefore used only once the samples include a warm request:
//! either more samples than the global limit lets be in flight at once (a later one
//! was granted after an earlier one was answered, so a pooled connection was free),
//! or one request sent while fewer were out than had been out at once before
//! ([`Wire`]: the connections opened for those are pooled, and one of them was
//! idle). The samples are a sliding set
//! (the last [`SAMPLES`] answers, or one more than the global limit if that is
//! more, none older than [`HORIZON`], so a route change to a
//! slower path is picked up); the floor is the sum of the legs' minima less a
//! margin of [`MARGIN_PERCENT`] % of it (at least [`MARGIN_MIN`]) for the samples
//! not having met the true minimum and the stamps' rounding to the ms, and never
//! negative. Without samples it is zero: windows then run from the answers, as
//! before. A request that errs fast (a proxy, a refused connection) only lowers the
//! floor, which is the safe direction.
//!
//! Two guards remain from before the legs were split, as a second line. A path
//! under [`NOISE`] gives no floor: on a local server round trips are queueing and
//! scheduling noise, there is little to gain, and it is not a path's latency. And
//! the floor is dropped while fewer than half of the round trips lie within
//! [`TYPICAL`] times the fastest: a path's round trips cluster above its latency
//! (40 ± 15 ms of jitter: all within 2.2×), a loaded host spreads them far above
//! it.
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
    /// Its two legs, when the answer said when Discord wrote it.
    legs: Option<Legs>,
}

/// A round trip's way there (grant to Discord's stamp) and back (stamp to
/// answer), in µs, each off by the offset between the two clocks.
#[derive(Debug, Clone, Copy)]
struct Legs {
    up: i64,
    down: i64,
}

/// The smallest round trip and legs over a set of samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Minima {
    rtt: Duration,
    up: Option<i64>,
    down: Option<i64>,
}

impl Minima {
    fn one(sample: &Sample) -> Self {
        Self {
            rtt: sample.rtt,
            up: sample.legs.map(|l| l.up),
            down: sample.legs.map(|l| l.down),
        }
    }

    /// These minima with `sample` added.
    fn with(self, sample: &Sample) -> Self {
        Self {
            rtt: self.rtt.min(sample.rtt),
            up: min_of(self.up, sample.legs.map(|l| l.up)),
            down: min_of(self.down, sample.legs.map(|l| l.down)),
        }
    }

    /// `None` for no samples.
    fn of<'a>(samples: impl IntoIterator<Item = &'a Sample>) -> Option<Self> {
        let mut samples = samples.into_iter();
        let first = Self::one(samples.next()?);
        Some(samples.fold(first, Self::with))
    }

    /// Whether `sample` holds one of these minima, so that they must be
    /// gathered again without it.
    fn held_by(&self, sample: &Sample) -> bool {
        sample.rtt == self.rtt
            || sample
                .legs
                .is_some_and(|l| Some(l.up) == self.up || Some(l.down) == self.down)
    }

    /// The smallest way there plus the smallest way back (`None`: no sample
    /// had legs).
    fn legs(&self) -> Option<Duration> {
        let sum = self.up?.saturating_add(self.down?);
        Some(Duration::from_micros(u64::try_from(sum).unwrap_or(0)))
    }
}

/// The smaller of two optional values, or the one present.
fn min_of(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
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
    /// The minima of the current samples, kept as samples come and go (`None`:
    /// to be gathered again). A sample leaving rarely holds a minimum, so an
    /// answer costs a few comparisons instead of a pass over every sample.
    minima: Option<Minima>,
    /// Samples certainly sent warm.
    warm: usize,
    /// The origin of this process's side of the legs.
    origin: Instant,
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
            minima: None,
            warm: 0,
            origin: Instant::now(),
        }
    }

    /// A request granted at `granted` (`warm`: certainly on a pooled connection)
    /// was answered at `answered`; `stamp`: when Discord wrote the answer, on its
    /// clock in µs ([`RateLimitHeaders::stamp_us`](crate::RateLimitHeaders)).
    pub(crate) fn observe(
        &mut self,
        granted: Instant,
        answered: Instant,
        warm: bool,
        stamp: Option<i64>,
    ) {
        if self.samples.len() >= self.capacity {
            self.pop_oldest();
        }
        let legs = stamp.map(|stamp| Legs {
            up: stamp.saturating_sub(self.micros(granted)),
            down: self.micros(answered).saturating_sub(stamp),
        });
        let sample = Sample {
            answered,
            rtt: answered.saturating_duration_since(granted),
            warm,
            legs,
        };
        self.cached = None;
        self.minima = if self.samples.is_empty() {
            Some(Minima::one(&sample))
        } else {
            self.minima.map(|m| m.with(&sample))
        };
        self.warm += usize::from(warm);
        self.samples.push_back(sample);
    }

    /// Drops the oldest sample, and the minima if it held one.
    fn pop_oldest(&mut self) {
        let Some(oldest) = self.samples.pop_front() else {
            return;
        };
        self.cached = None;
        self.warm = self.warm.saturating_sub(usize::from(oldest.warm));
        if self.minima.is_some_and(|m| m.held_by(&oldest)) {
            self.minima = None;
        }
    }

    /// `at` on this process's side of the legs.
    fn micros(&self, at: Instant) -> i64 {
        i64::try_from(at.saturating_duration_since(self.origin).as_micros()).unwrap_or(i64::MAX)
    }

    /// The part of a round trip that is certainly network, as of `now`.
    pub(crate) fn floor(&mut self, now: Instant) -> Duration {
        while self
            .samples
            .front()
            .is_some_and(|s| crate::time::after(s.answered, HORIZON) <= now)
        {
            self.pop_oldest();
        }
        if let Some(floor) = self.cached {
            return floor;
        }
        let floor = self.compute();
        self.cached = Some(floor);
        floor
    }

    /// The floor of the samples as they are (see the module documentation).
    fn compute(&mut self) -> Duration {
        if self.minima.is_none() {
            self.minima = Minima::of(&self.samples);
        }
        let Some(seen) = self.minima else {
            return Duration::ZERO;
        };
        let warm = self.warm > 0 || self.burst.is_some_and(|b| self.samples.len() > b);
        if !warm {
            return Duration::ZERO;
        }
        let Some(path) = seen.legs().map(|p| p.min(seen.rtt)).filter(|p| *p >= NOISE) else {
            return Duration::ZERO;
        };
        let near = seen.rtt.saturating_mul(TYPICAL);
        let typical = self.samples.iter().filter(|s| s.rtt <= near).count();
        if typical * 2 < self.samples.len() {
            // An outlier of a noisy host, not the path's latency.
            return Duration::ZERO;
        }
        let margin = (path.saturating_mul(MARGIN_PERCENT) / 100).max(MARGIN_MIN);
        path.saturating_sub(margin)
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

    /// Discord's clock against this process's: any constant, it cancels.
    const OFFSET: i64 = 1_764_000_000_000_000;

    /// A round trip whose answer Discord wrote half way.
    fn observe(rtt: &mut RttFloor, granted: Instant, answered: Instant, warm: bool) {
        let half = answered.saturating_duration_since(granted) / 2;
        let stamp = rtt.micros(granted + half) + OFFSET;
        rtt.observe(granted, answered, warm, Some(stamp));
    }

    #[tokio::test(start_paused = true)]
    async fn the_floor_is_the_recent_minimum_less_a_margin() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut rtt = RttFloor::new(None);
        assert_eq!(rtt.floor(t0), Duration::ZERO, "no samples, no shortening");
        observe(&mut rtt, t0, t0 + ms(80), false);
        observe(&mut rtt, t0 + ms(10), t0 + ms(70), false);
        assert_eq!(rtt.floor(t0 + ms(70)), Duration::ZERO, "no warm sample yet");
        observe(&mut rtt, t0 + ms(20), t0 + ms(120), true);
        assert_eq!(rtt.floor(t0 + ms(120)), ms(54), "60 ms less 10 %");
        // A slower path: once the fast samples are older than the horizon, the
        // floor follows the new minimum.
        let later = t0 + HORIZON + ms(100);
        observe(&mut rtt, later - ms(90), later, true);
        observe(&mut rtt, later - ms(90), later, true);
        assert_eq!(rtt.floor(later), ms(81));
        // Short round trips keep the minimum margin; shorter ones are noise.
        for _ in 0..3 {
            observe(&mut rtt, later, later + ms(20), false);
        }
        assert_eq!(rtt.floor(later + ms(20)), ms(18), "at least 2 ms of margin");
        observe(&mut rtt, later, later + ms(19), false);
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
        observe(&mut rtt, t0, t0 + ms(20), false);
        for _ in 0..49 {
            observe(&mut rtt, t0, t0 + ms(30), false);
        }
        assert_eq!(
            rtt.floor(t0 + ms(100)),
            Duration::ZERO,
            "50 at once: maybe all cold"
        );
        observe(&mut rtt, t0, t0 + ms(30), false);
        assert_eq!(
            rtt.floor(t0 + ms(30)),
            ms(18),
            "the 51st came after an answer"
        );
        for _ in 0..SAMPLES {
            observe(&mut rtt, t0, t0 + ms(100), false);
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
            observe(&mut rtt, t0, t0 + ms(sample), true);
        }
        assert_eq!(rtt.floor(t0 + ms(100)), Duration::ZERO);
        // A jittery path (40 ± 15 ms): its round trips cluster above the fastest.
        let mut rtt = RttFloor::new(None);
        for sample in [25, 52, 31, 44, 38, 55, 29, 47] {
            observe(&mut rtt, t0, t0 + ms(sample), true);
        }
        assert_eq!(rtt.floor(t0 + ms(100)), Duration::from_micros(22_500));
    }

    #[tokio::test(start_paused = true)]
    async fn the_floor_is_the_fastest_way_there_plus_the_fastest_way_back() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let stamp = |rtt: &RttFloor, at: Instant| rtt.micros(at) + OFFSET;
        // A loaded host: every round trip 30–45 ms, clustered as a path's are,
        // but the delay sits on one side or the other. 4 ms there (the second)
        // plus 6 ms back (the first) is no path: no floor.
        let mut rtt = RttFloor::new(None);
        for (took, written) in [(30, 24), (40, 4), (35, 20), (45, 30)] {
            let written = stamp(&rtt, t0 + ms(written));
            rtt.observe(t0, t0 + ms(took), true, Some(written));
        }
        assert_eq!(rtt.floor(t0 + ms(100)), Duration::ZERO);
        // A path of 25 ms there and 25 ms back at best, on any sample.
        let mut rtt = RttFloor::new(None);
        for (took, written) in [(60, 25), (50, 25), (70, 45), (55, 28)] {
            let written = stamp(&rtt, t0 + ms(written));
            rtt.observe(t0, t0 + ms(took), true, Some(written));
        }
        assert_eq!(rtt.floor(t0 + ms(100)), ms(45), "50 ms less 10 %");
        // An answer that does not say when it was written adds no legs.
        let mut rtt = RttFloor::new(None);
        for _ in 0..4 {
            rtt.observe(t0, t0 + ms(50), true, None);
        }
        assert_eq!(rtt.floor(t0 + ms(100)), Duration::ZERO);
    }

    /// A runtime on tokio's paused clock, for the property tests.
    fn paused_runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .expect("a runtime")
    }

    proptest::proptest! {
        /// Whatever the stamps say (a proxy's, an attacker's, a clock's jump),
        /// the floor never exceeds the fastest round trip less its margin, and
        /// nothing overflows.
        #[test]
        fn no_stamp_raises_the_floor_above_the_fastest_round_trip(
            trips in proptest::collection::vec(
                (0u64..5_000, proptest::option::of(proptest::num::i64::ANY)),
                1..80,
            ),
        ) {
            let runtime = paused_runtime();
            runtime.block_on(async {
                let t0 = Instant::now();
                let mut rtt = RttFloor::new(None);
                for (took, stamp) in &trips {
                    rtt.observe(t0, t0 + Duration::from_millis(*took), true, *stamp);
                }
                let fastest = trips.iter().map(|(t, _)| *t).min().unwrap_or(0);
                let fastest = Duration::from_millis(fastest);
                let margin = (fastest * MARGIN_PERCENT / 100).max(MARGIN_MIN);
                let floor = rtt.floor(t0);
                proptest::prop_assert!(floor <= fastest.saturating_sub(margin));
                Ok(())
            })?;
        }

        /// The minima and the warm count kept as samples come (at capacity,
        /// the oldest leaves) and go (past the horizon) are those of a fresh
        /// pass over the samples left, whatever the order of the values.
        #[test]
        fn kept_minima_match_a_fresh_pass(
            steps in proptest::collection::vec(
                (0u64..4_000, 0u64..100, proptest::bool::ANY, proptest::option::of(-50i64..50)),
                1..300,
            ),
        ) {
            let runtime = paused_runtime();
            runtime.block_on(async {
                let mut now = Instant::now();
                let mut rtt = RttFloor::new(None);
                for (gap, took, warm, stamp) in steps {
                    now += Duration::from_millis(gap);
                    let granted = now - Duration::from_millis(took);
                    // Few distinct values, so minima are often held twice.
                    let stamp = stamp.map(|s| rtt.micros(granted) + s * 1_000);
                    rtt.observe(granted, now, warm, stamp);
                    rtt.floor(now);
                    proptest::prop_assert_eq!(rtt.minima, Minima::of(&rtt.samples));
                    let warm = rtt.samples.iter().filter(|s| s.warm).count();
                    proptest::prop_assert_eq!(rtt.warm, warm);
                }
                Ok(())
            })?;
        }
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
