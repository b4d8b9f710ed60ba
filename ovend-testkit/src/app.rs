//! The shared state of one running emulator.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::Mutex;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::time::Instant;

use crate::builder::Config;
use crate::credentials::Credentials;
use crate::faults::{Fault, FaultInjector};
use crate::limits::{window_scale, InvalidTracker, Limiter, Rule};
use crate::model::Model;
use crate::overrides::Overrides;
use crate::record::Recorder;
use crate::snowflake::Generator;
use crate::stats::{Counter, Counters};

/// Everything the request handlers share.
#[derive(Debug)]
pub(crate) struct App {
    pub(crate) config: Config,
    pub(crate) stats: Counters,
    pub(crate) limiter: Limiter,
    pub(crate) invalid: Mutex<InvalidTracker>,
    faults: Mutex<FaultInjector>,
    rng: Mutex<StdRng>,
    pub(crate) model: Mutex<Model>,
    pub(crate) ids: Generator,
    pub(crate) recorder: Recorder,
    pub(crate) credentials: Credentials,
    pub(crate) overrides: Overrides,
    /// Counts Cloudflare answers, so each gets its own `CF-RAY`.
    rays: AtomicU64,
}

impl App {
    pub(crate) fn new(config: Config) -> Self {
        let scale = config.time_scale;
        let global = Rule::new(config.global_limit, Duration::from_secs(1)).scaled(scale);
        let invalid = InvalidTracker::new(
            config.invalid_request_limit,
            window_scale(config.invalid_window, scale),
            window_scale(config.ban_duration, scale),
        );
        let ttl = config
            .interaction_token_ttl
            .map(|ttl| window_scale(ttl, scale));
        let rng = config
            .seed
            .map_or_else(StdRng::from_entropy, StdRng::seed_from_u64);
        Self {
            stats: Counters::default(),
            limiter: Limiter::new(global),
            invalid: Mutex::new(invalid),
            faults: Mutex::new(FaultInjector::new(config.faults)),
            rng: Mutex::new(rng),
            model: Mutex::new(Model::default()),
            ids: Generator::default(),
            recorder: Recorder::with_capacity(config.record_capacity),
            credentials: Credentials::new(ttl),
            overrides: Overrides::default(),
            rays: AtomicU64::new(0),
            config,
        }
    }

    /// Counts an invalid request (401, 403, non-shared 429) towards the ban.
    pub(crate) fn count_invalid(&self, now: Instant) {
        self.stats.bump(Counter::InvalidRequests);
        self.invalid.lock().record(now);
    }

    /// The fault for the next request on `path` (without `/api/v10`; `None`
    /// outside the API), if any.
    pub(crate) fn next_fault(&self, path: Option<&str>) -> Option<Fault> {
        let mut rng = self.rng.lock();
        let fault = self.faults.lock().next(path, &mut rng);
        if fault.is_some() {
            self.stats.bump(Counter::InjectedFaults);
        }
        fault
    }

    /// How long the Cloudflare ban lasts, scaled.
    pub(crate) fn ban_length(&self) -> Duration {
        window_scale(self.config.ban_duration, self.config.time_scale)
    }

    /// A fresh number for the next `CF-RAY`.
    pub(crate) fn next_ray(&self) -> u64 {
        self.rays.fetch_add(1, Ordering::Relaxed)
    }

    pub(crate) fn faults(&self) -> &Mutex<FaultInjector> {
        &self.faults
    }

    /// Latency plus uniform jitter for one answer.
    pub(crate) fn latency(&self) -> Duration {
        let (latency, jitter) = (self.config.latency, self.config.jitter);
        if jitter.is_zero() {
            return latency;
        }
        let low = latency.saturating_sub(jitter);
        let high = latency.saturating_add(jitter);
        self.rng.lock().gen_range(low..=high)
    }

    /// Forgets counters, windows and any ban (configuration stays).
    pub(crate) fn reset(&self) {
        self.stats.reset();
        self.limiter.reset();
        self.invalid.lock().reset();
    }
}
