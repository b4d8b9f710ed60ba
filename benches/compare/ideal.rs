//! What the limits and the network allow: the floors the comparison measures
//! each client against.
//!
//! # The emulator's model
//!
//! `MockDiscord` delays every request upstream by a trip `d` drawn uniformly
//! from `[latency − jitter, latency + jitter]` and only then decides it; the
//! answer comes back at once (loopback). So a request's *arrival* is what the
//! limits see, and the client learns the outcome at that same instant:
//!
//! - a bucket's window starts at the first request that arrives after the
//!   previous window expired and lasts `per`; `limit` requests fit in it;
//! - the global limit is a sliding log: no interval of length `per` holds more
//!   than `limit` accepted requests.
//!
//! # Two floors
//!
//! [`plain_ideal`] is the load benchmark's figure: every request arrives the
//! instant its limits first allow it, plus one mean trip. It is what a client
//! with a perfectly predictable network could reach.
//!
//! [`jitter_ideal`] is the honest floor for a client that never risks a 429.
//! Such a client cannot know a window's opening instant before the answer that
//! opened it returns, nor the next trip's draw. The best it can do is send
//! each request so that even the fastest trip (`latency − jitter`) arrives no
//! earlier than the limits allow; the actual draw then lands it up to
//! `2 × jitter` later. For a bucket whose window starts at an arrival, that
//! lateness moves the window itself: the next window opens `per` after the
//! *actual* arrival of the request that opened this one. So every window cycle
//! loses the one-way jitter above the fastest trip of its opener (on average
//! `jitter` for a 1-request window, `2 × jitter / (limit + 1)` when `limit`
//! requests sent together race to open it). No client can win that back
//! without sending early and risking a 429, which is why efficiencies are also
//! reported against this floor.
//!
//! Both are computed by one event-by-event simulation: each request is sent as
//! soon as it is safe given what is known (the arrivals so far) and what is in
//! flight (counted as if it all landed in the same window); with no jitter
//! that is exactly "as soon as the limits allow". Requests on the same limits
//! go in issue order; when the global limit cannot take every request that is
//! ready, the one whose bucket has the longest chain of windows left goes
//! first, as issue order can waste the global slots (see [`Sim::pick`]).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// `limit` requests per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limit {
    pub(crate) limit: u32,
    pub(crate) per: Duration,
}

impl Limit {
    pub(crate) const fn new(limit: u32, per: Duration) -> Self {
        Self { limit, per }
    }
}

/// The limits a workload meets and which of them each request takes.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    /// Buckets and sublimits (windows that start at an arrival).
    pub(crate) limits: Vec<Limit>,
    /// Per request, in issue order: indices into `limits` it takes.
    pub(crate) requests: Vec<Vec<usize>>,
    /// The global limit, taken by every request.
    pub(crate) global: Option<Limit>,
}

/// `n` requests on one bucket.
pub(crate) fn plan_one_bucket(n: usize, limit: Limit) -> Plan {
    Plan {
        limits: vec![limit],
        requests: vec![vec![0]; n],
        global: None,
    }
}

/// `n` requests spread round-robin over `buckets` buckets of `bucket` each,
/// under the global limit `global` (the fan-out workloads).
pub(crate) fn plan_fan_out(n: usize, buckets: usize, bucket: Limit, global: Limit) -> Plan {
    Plan {
        limits: vec![bucket; buckets],
        requests: (0..n).map(|i| vec![i % buckets.max(1)]).collect(),
        global: Some(global),
    }
}

/// The earliest time the last request can arrive if each arrives exactly when
/// its limits first allow it, plus one mean trip (`latency`).
pub(crate) fn plain_ideal(plan: &Plan, latency: Duration) -> Duration {
    // The draw is never used: the trip is a fixed 0.
    let mut rng = StdRng::seed_from_u64(0);
    let trip = Trip { low: 0, high: 0 };
    Duration::from_nanos(simulate(plan, Queues::new(plan), trip, &mut rng)) + latency
}

/// The mean, over `trials` seeded Monte-Carlo runs, of the time from the first
/// send to the last arrival for a client that never sends early under trips
/// uniform in `[latency − jitter, latency + jitter]` (see the module docs).
pub(crate) fn jitter_ideal(
    plan: &Plan,
    latency: Duration,
    jitter: Duration,
    trials: u32,
    seed: u64,
) -> Duration {
    let trip = Trip {
        low: nanos(latency.saturating_sub(jitter)),
        high: nanos(latency.saturating_add(jitter)),
    };
    let mut rng = StdRng::seed_from_u64(seed);
    let trials = trials.max(1);
    // The queues are built once and copied per trial.
    let waiting = Queues::new(plan);
    let total: u128 = (0..trials)
        .map(|_| u128::from(simulate(plan, waiting.clone(), trip, &mut rng)))
        .sum();
    let mean = total / u128::from(trials);
    Duration::from_nanos(u64::try_from(mean).unwrap_or(u64::MAX))
}

/// Nanoseconds, saturating (every time in the simulation is integer
/// nanoseconds so that a window's end compares exactly).
fn nanos(duration: Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}

/// The range of one-way trips, in nanoseconds.
#[derive(Debug, Clone, Copy)]
struct Trip {
    low: u64,
    high: u64,
}

impl Trip {
    /// One uniform draw. Scaling one uniform number (rather than drawing an
    /// integer in the range) keeps draws comparable across jitters for the
    /// same seed.
    fn draw(self, rng: &mut StdRng) -> u64 {
        let u: f64 = rng.gen();
        self.low + ((self.high - self.low) as f64 * u).round() as u64
    }
}

/// When a blocked check may pass: at a known instant, or only after some
/// in-flight request arrives.
type Wake = Option<u64>;

/// One bucket as the emulator and the client see it.
#[derive(Debug)]
struct Bucket {
    limit: u32,
    per: u64,
    /// The window the arrivals so far opened: its end and its count.
    window: Option<(u64, u32)>,
    in_flight: u32,
}

impl Bucket {
    fn new(limit: Limit) -> Self {
        Self {
            // A limit of 0 would block forever; no Discord limit is 0.
            limit: limit.limit.max(1),
            per: nanos(limit.per),
            window: None,
            in_flight: 0,
        }
    }

    /// Whether a request sent at `now` is safe whatever its trip and wherever
    /// the in-flight ones land: the known window counts if it may still run
    /// when this one arrives, and every in-flight request counts as if it
    /// landed in the same window.
    fn check(&self, now: u64, low: u64) -> Result<(), Wake> {
        let live = self.window.filter(|&(end, _)| end > now + low);
        let used = live.map_or(0, |(_, used)| used);
        if used + self.in_flight < self.limit {
            return Ok(());
        }
        // Once the fastest trip lands after the window's end, it stops counting.
        Err(live.map(|(end, _)| end - low))
    }

    /// The emulator's decision at arrival (`window.rs`).
    fn arrive(&mut self, at: u64) {
        self.in_flight -= 1;
        match &mut self.window {
            Some((end, used)) if at < *end => *used += 1,
            window => *window = Some((at + self.per, 1)),
        }
        let used = self.window.map_or(0, |(_, used)| used);
        debug_assert!(
            used <= self.limit,
            "the simulated client sent early (bucket)"
        );
    }
}

/// The global sliding log (`global.rs`) plus what is in flight.
#[derive(Debug)]
struct Log {
    limit: u32,
    per: u64,
    /// Accepted arrivals still inside the emulator's window, oldest first.
    accepted: VecDeque<u64>,
    in_flight: u32,
}

impl Log {
    fn new(limit: Limit) -> Self {
        Self {
            // A limit of 0 would block forever; no Discord limit is 0.
            limit: limit.limit.max(1),
            per: nanos(limit.per),
            accepted: VecDeque::new(),
            in_flight: 0,
        }
    }

    /// Whether a request sent at `now` is safe: the arrivals that may still
    /// share a window with its fastest arrival, plus all in flight, leave room.
    fn check(&self, now: u64, low: u64) -> Result<(), Wake> {
        let gone = self
            .accepted
            .partition_point(|&at| at + self.per <= now + low);
        let known = self.accepted.len() - gone;
        if known as u64 + u64::from(self.in_flight) < u64::from(self.limit) {
            return Ok(());
        }
        // The oldest counted arrival leaves the window first.
        Err(self
            .accepted
            .get(gone)
            .map(|&oldest| oldest + self.per - low))
    }

    /// The emulator's decision at arrival.
    fn arrive(&mut self, at: u64) {
        self.in_flight -= 1;
        while self
            .accepted
            .front()
            .is_some_and(|&oldest| oldest + self.per <= at)
        {
            self.accepted.pop_front();
        }
        debug_assert!(
            self.accepted.len() < self.limit as usize,
            "the simulated client sent early (global)"
        );
        self.accepted.push_back(at);
    }
}

/// Requests waiting to be sent, in one FIFO queue per set of limits taken
/// (requests with the same limits are interchangeable, so issue order holds
/// within a queue).
#[derive(Debug, Clone)]
struct Queues {
    queues: Vec<VecDeque<usize>>,
    /// Per limit, how many waiting requests take it.
    pending: Vec<u32>,
    left: usize,
}

impl Queues {
    fn new(plan: &Plan) -> Self {
        let mut by_limits: HashMap<&[usize], usize> = HashMap::new();
        let mut queues: Vec<VecDeque<usize>> = Vec::new();
        let mut pending = vec![0u32; plan.limits.len()];
        for (request, limits) in plan.requests.iter().enumerate() {
            let queue = *by_limits.entry(limits).or_insert_with(|| {
                queues.push(VecDeque::new());
                queues.len() - 1
            });
            queues[queue].push_back(request);
            for &limit in limits {
                pending[limit] += 1;
            }
        }
        Self {
            queues,
            pending,
            left: plan.requests.len(),
        }
    }
}

/// The state of one simulated run.
struct Sim<'a> {
    plan: &'a Plan,
    trip: Trip,
    buckets: Vec<Bucket>,
    global: Option<Log>,
    waiting: Queues,
    /// In-flight requests by arrival time.
    flying: BinaryHeap<Reverse<(u64, usize)>>,
    last_arrival: u64,
}

/// Runs `plan` once and returns the last arrival (the first send is at 0).
fn simulate(plan: &Plan, waiting: Queues, trip: Trip, rng: &mut StdRng) -> u64 {
    let mut sim = Sim {
        plan,
        trip,
        buckets: plan.limits.iter().copied().map(Bucket::new).collect(),
        global: plan.global.map(Log::new),
        waiting,
        flying: BinaryHeap::new(),
        last_arrival: 0,
    };
    let mut now = 0;
    loop {
        sim.land_until(now);
        let wake = sim.send_what_fits(now, rng);
        if sim.waiting.left == 0 {
            break;
        }
        let next_arrival = sim.flying.peek().map(|Reverse((at, _))| *at);
        now = match (wake, next_arrival) {
            (Some(wake), Some(at)) => wake.min(at),
            (Some(t), None) | (None, Some(t)) => t,
            (None, None) => unreachable!("blocked with nothing in flight and nothing to wait for"),
        };
    }
    sim.land_until(u64::MAX);
    sim.last_arrival
}

impl Sim<'_> {
    /// Lets every request that arrives by `now` reach the emulator, in order.
    fn land_until(&mut self, now: u64) {
        while let Some(&Reverse((at, request))) = self.flying.peek() {
            if at > now {
                break;
            }
            self.flying.pop();
            for &limit in &self.plan.requests[request] {
                self.buckets[limit].arrive(at);
            }
            if let Some(log) = &mut self.global {
                log.arrive(at);
            }
            self.last_arrival = self.last_arrival.max(at);
        }
    }

    /// Sends every waiting request that is safe at `now`, most remaining work
    /// first; returns the earliest known instant a blocked one may become safe.
    fn send_what_fits(&mut self, now: u64, rng: &mut StdRng) -> Wake {
        loop {
            // Every request takes the global limit and sending only fills it:
            // once it is full, nothing else fits now, and no blocked request
            // fits before the global does.
            if let Some(Err(at)) = self
                .global
                .as_ref()
                .map(|log| log.check(now, self.trip.low))
            {
                return at;
            }
            match self.pick(now) {
                Ok(queue) => self.send(queue, now, rng),
                Err(wake) => return wake,
            }
        }
    }

    /// The queue to send from next: among those whose head is safe, the one
    /// with the longest chain of windows still to go, then the earliest
    /// issued. When the global limit is scarce, that order matters: spending
    /// a second's global slots on one channel's whole window, as issue order
    /// might, delays every other channel's first window and with it all of
    /// its later ones; the longest chain first is what keeps every chain
    /// moving (and matches the bound the limits set). When nothing is safe,
    /// the earliest wake of the blocked heads.
    fn pick(&self, now: u64) -> Result<usize, Wake> {
        let mut best: Option<(u64, Reverse<usize>, usize)> = None;
        let mut wake: Wake = None;
        for (queue, requests) in self.waiting.queues.iter().enumerate() {
            let Some(&head) = requests.front() else {
                continue;
            };
            match self.check_buckets(head, now) {
                Ok(()) => {
                    let key = (self.work(head), Reverse(head), queue);
                    best = best.max(Some(key));
                }
                Err(at) => wake = earliest(wake, at),
            }
        }
        best.map(|(_, _, queue)| queue).ok_or(wake)
    }

    /// The longest chain of windows the request's limits still have to run
    /// through for the requests waiting on them.
    fn work(&self, request: usize) -> u64 {
        let limits = self.plan.requests[request].iter();
        limits
            .map(|&limit| {
                let bucket = &self.buckets[limit];
                u64::from(self.waiting.pending[limit].div_ceil(bucket.limit.max(1))) * bucket.per
            })
            .max()
            .unwrap_or(0)
    }

    /// The request's bucket checks; when blocked, the latest of the known
    /// instants its blocking checks pass (or `None` if one needs an arrival).
    fn check_buckets(&self, request: usize, now: u64) -> Result<(), Wake> {
        let mut blocked: Option<Wake> = None;
        for &bucket in &self.plan.requests[request] {
            if let Err(at) = self.buckets[bucket].check(now, self.trip.low) {
                blocked = Some(match (blocked, at) {
                    (Some(Some(a)), Some(b)) => Some(a.max(b)),
                    (None, at) => at,
                    _ => None,
                });
            }
        }
        blocked.map_or(Ok(()), Err)
    }

    /// Sends the head of `queue` at `now`: its trip is drawn only now, as the
    /// client learns it only when the answer returns.
    fn send(&mut self, queue: usize, now: u64, rng: &mut StdRng) {
        let Some(request) = self.waiting.queues[queue].pop_front() else {
            return;
        };
        self.waiting.left -= 1;
        for &limit in &self.plan.requests[request] {
            self.buckets[limit].in_flight += 1;
            self.waiting.pending[limit] -= 1;
        }
        if let Some(log) = &mut self.global {
            log.in_flight += 1;
        }
        let at = now + self.trip.draw(rng);
        self.flying.push(Reverse((at, request)));
    }
}

/// The earlier of two wake-ups, where `None` means "at the next arrival"
/// (which the caller always waits for anyway).
fn earliest(a: Wake, b: Wake) -> Wake {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (Some(t), None) | (None, Some(t)) => Some(t),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);
    const TRIALS: u32 = 400;

    fn five_per_five() -> Limit {
        Limit::new(5, Duration::from_secs(5))
    }

    fn fan_out() -> Plan {
        plan_fan_out(
            400,
            80,
            five_per_five(),
            Limit::new(50, Duration::from_secs(1)),
        )
    }

    fn reactions() -> Plan {
        plan_one_bucket(20, Limit::new(1, 250 * MS))
    }

    #[test]
    fn one_bucket_matches_the_load_benchmark() {
        let plan = plan_one_bucket(40, five_per_five());
        assert_eq!(plain_ideal(&plan, Duration::ZERO), Duration::from_secs(35));
        assert_eq!(
            plain_ideal(&plan, 40 * MS),
            Duration::from_secs(35) + 40 * MS
        );
    }

    #[test]
    fn the_global_limit_binds_the_fan_out() {
        assert_eq!(
            plain_ideal(&fan_out(), Duration::ZERO),
            Duration::from_secs(7)
        );
    }

    /// 4 processes each send their `i`-th message to channel `i % 50`: in
    /// issue order the first second's 50 global slots would open only 13
    /// channels' windows (18 s); the longest chain first opens all 50 (15 s,
    /// the bound both the global limit and the buckets set).
    #[test]
    fn the_longest_chain_takes_the_global_slot() {
        let plan = Plan {
            limits: vec![five_per_five(); 50],
            requests: (0..200).flat_map(|i| vec![vec![i % 50]; 4]).collect(),
            global: Some(Limit::new(50, Duration::from_secs(1))),
        };
        assert_eq!(plain_ideal(&plan, Duration::ZERO), Duration::from_secs(15));
    }

    #[test]
    fn two_renames_per_six_seconds() {
        let plan = plan_one_bucket(4, Limit::new(2, Duration::from_secs(6)));
        assert_eq!(
            plain_ideal(&plan, 40 * MS),
            Duration::from_secs(6) + 40 * MS
        );
    }

    #[test]
    fn no_jitter_is_the_plain_ideal() {
        for plan in [plan_one_bucket(40, five_per_five()), fan_out(), reactions()] {
            for latency in [Duration::ZERO, 40 * MS] {
                assert_eq!(
                    jitter_ideal(&plan, latency, Duration::ZERO, 3, 1),
                    plain_ideal(&plan, latency)
                );
            }
        }
    }

    /// Each of the 20 one-request windows is opened by one request whose trip
    /// exceeds the fastest by U[0, 30 ms] (mean 15 ms): 19 cycles lose 15 ms
    /// each on average, and the last request's draw against the mean trip
    /// averages 0, so the expected gap is 285 ms. The 20 draws of one trial
    /// have a standard deviation of 30/√12 × √20 ≈ 38.7 ms, so the mean of
    /// 400 trials is within ±1.94 ms of it at 1σ; ±10 ms is over 5σ.
    #[test]
    fn reactions_lose_the_jitter_of_every_window() {
        let plain = plain_ideal(&reactions(), 40 * MS);
        let jitter = jitter_ideal(&reactions(), 40 * MS, 15 * MS, TRIALS, 7);
        let lost = jitter.as_secs_f64() - plain.as_secs_f64();
        assert!((lost - 0.285).abs() < 0.010, "lost {lost}");
    }

    /// A 5-request window is opened by the earliest of 5 draws: 2 × 15 / 6 =
    /// 5 ms lost per cycle, 7 cycles, and the last window ends with the latest
    /// of 5 draws (25 ms above the fastest, 10 ms above the mean): ≈ 45 ms.
    #[test]
    fn a_batch_loses_only_its_fastest_draw() {
        let plan = plan_one_bucket(40, five_per_five());
        let lost = jitter_ideal(&plan, 40 * MS, 15 * MS, TRIALS, 7).as_secs_f64()
            - plain_ideal(&plan, 40 * MS).as_secs_f64();
        assert!((lost - 0.045).abs() < 0.005, "lost {lost}");
    }

    #[test]
    fn more_jitter_never_lowers_the_floor() {
        for plan in [reactions(), plan_one_bucket(40, five_per_five()), fan_out()] {
            let floors: Vec<Duration> = [0, 5, 10, 15, 20]
                .into_iter()
                .map(|jitter| jitter_ideal(&plan, 40 * MS, jitter * MS, 50, 3))
                .collect();
            assert!(floors.windows(2).all(|w| w[0] <= w[1]), "{floors:?}");
        }
    }

    #[test]
    fn the_jitter_floor_is_never_below_the_plain_one() {
        let multi = plan_fan_out(
            800,
            50,
            five_per_five(),
            Limit::new(50, Duration::from_secs(1)),
        );
        assert_eq!(plain_ideal(&multi, Duration::ZERO), Duration::from_secs(15));
        for plan in [fan_out(), multi] {
            assert!(jitter_ideal(&plan, 40 * MS, 15 * MS, 20, 5) >= plain_ideal(&plan, 40 * MS));
        }
    }
}
