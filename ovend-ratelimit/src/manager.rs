//! [`RateLimitManager`]: the default [`RateLimiter`], wiring the parts together.
//!
//! One manager serves one token. All state sits behind a single short-held
//! `parking_lot` mutex: every decision is a few map lookups, no await happens under
//! the lock, and waiting is done outside it on a per-request [`Notify`] plus a timer.
//! An uncontended acquire that may go at once takes the lock once and allocates
//! nothing but the permit.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use futures::future::BoxFuture;
use parking_lot::Mutex;
use tokio::time::Instant;

use crate::config::{Config, RateLimitManagerBuilder};
use crate::listeners::Listeners;
use crate::state::{Grant, State, Step, Ticket};
use crate::{
    AcquireOptions, Decision, Permit, PermitHandle, RateLimitEvent, RateLimitHeaders,
    RateLimitListener, RateLimiter, Rejected, RouteKey,
};

/// The default rate limiter for one bot token.
///
/// Cheap to clone (an `Arc` inside); clones share all state. See the crate
/// documentation for what it does.
#[derive(Clone)]
pub struct RateLimitManager {
    shared: Arc<Shared>,
}

/// Shows the settings and sizes only: the state holds webhook and interaction
/// tokens (majors of their routes), which must never be printed.
impl fmt::Debug for RateLimitManager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateLimitManager")
            .field("config", &self.shared.config)
            .field("listeners", &self.shared.listeners)
            .field("stats", &self.stats())
            .finish()
    }
}

/// The state shared by clones, permits and the sweeper.
#[derive(Debug)]
pub(crate) struct Shared {
    /// The settings; its builder-time listeners moved to `listeners`.
    pub(crate) config: Config,
    pub(crate) state: Mutex<State>,
    listeners: Listeners,
    sweeper: AtomicBool,
}

/// A snapshot of the manager's size, for observability and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct LimiterStats {
    /// Buckets held in memory.
    pub buckets: usize,
    /// Routes whose bucket hash is known.
    pub routes: usize,
    /// Lanes (hidden limits and learned sublimits) held in memory.
    pub lanes: usize,
    /// Requests waiting in bucket queues.
    pub queued: usize,
    /// Requests granted and not yet answered (nor cancelled).
    pub in_flight: u32,
    /// Places in flight summed over every bucket (a request carried from a merged
    /// or re-hashed bucket counts in both): zero whenever `in_flight` is.
    pub bucket_in_flight: u64,
    /// Approximate heap bytes held by buckets, routes and lanes: each map's table at
    /// its capacity (entry size + one control byte per slot) plus the keys and strings
    /// its entries own. An estimate from structure sizes, not an allocator count.
    pub heap_estimate: usize,
}

impl Default for RateLimitManager {
    fn default() -> Self {
        Self::new()
    }
}

impl RateLimitManager {
    /// A manager with every default (50 requests/s global limit).
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// Starts configuring a manager.
    pub fn builder() -> RateLimitManagerBuilder {
        RateLimitManagerBuilder::default()
    }

    pub(crate) fn from_config(mut config: Config) -> Self {
        let listeners = Listeners::new(std::mem::take(&mut config.listeners));
        Self {
            shared: Arc::new(Shared {
                state: Mutex::new(State::new(&config)),
                config,
                listeners,
                sweeper: AtomicBool::new(false),
            }),
        }
    }

    /// What an acquire on `key` would be told right now, without taking anything.
    ///
    /// Must be called inside a tokio runtime (it reads tokio's clock).
    pub fn decide(&self, key: &RouteKey, options: &AcquireOptions) -> Decision {
        let now = Instant::now();
        let mut state = self.shared.state.lock();
        state.decide(key, options, &self.shared.config, now)
    }

    /// Forgets idle buckets, lanes and route hashes now; returns how many buckets
    /// were freed. The background sweeper calls this on its interval.
    pub fn sweep(&self) -> usize {
        self.shared.sweep()
    }

    /// How much the manager holds right now.
    pub fn stats(&self) -> LimiterStats {
        let state = self.shared.state.lock();
        let (queued, bucket_in_flight) = state.buckets.totals();
        LimiterStats {
            buckets: state.buckets.len(),
            routes: state.buckets.routes_len(),
            lanes: state.lanes.len(),
            queued,
            in_flight: u32::try_from(state.in_flight).unwrap_or(u32::MAX),
            bucket_in_flight,
            heap_estimate: state.heap_estimate(),
        }
    }

    #[cfg(feature = "redis")]
    pub(crate) fn config(&self) -> &Config {
        &self.shared.config
    }

    /// The part of a round trip that is certainly network, as this manager has
    /// measured it (see the `rtt` module).
    #[cfg(feature = "redis")]
    pub(crate) fn round_trip_floor(&self) -> std::time::Duration {
        let now = Instant::now();
        self.shared.state.lock().rtt.floor(now)
    }

    /// Sends an event of a limiter built around this manager (the Redis
    /// limiter's own) to this manager's listeners.
    #[cfg(feature = "redis")]
    pub(crate) fn emit(&self, event: impl FnOnce() -> RateLimitEvent) {
        self.shared.listeners.emit(event);
    }

    async fn acquire_inner(
        &self,
        key: &RouteKey,
        options: &AcquireOptions,
    ) -> Result<Permit, Rejected> {
        self.shared.start_sweeper();
        let shared = &self.shared;
        // The first evaluation happens under the same lock that creates the ticket:
        // a request that may go at once locks once.
        let mut events = Vec::new();
        let (ticket, mut step) = {
            let mut state = shared.state.lock();
            let now = Instant::now();
            let mut ticket = state.ticket(key, options, &shared.config, now);
            let step = state.poll(&mut ticket, &shared.config, now, &mut events);
            (ticket, step)
        };
        let mut ticket = TicketGuard {
            shared,
            ticket: Some(ticket),
        };
        loop {
            shared.emit(std::mem::take(&mut events));
            match step {
                Step::Grant(grant) => {
                    ticket.ticket = None;
                    return Ok(Permit::new(ManagerPermit {
                        shared: shared.clone(),
                        key: key.clone(),
                        grant: Some(grant),
                    }));
                }
                Step::Reject(rejected) => {
                    ticket.ticket = None;
                    return Err(rejected);
                }
                Step::Wait(until) => ticket.wait(until).await,
            }
            step = match ticket.ticket.as_mut() {
                Some(t) => shared
                    .state
                    .lock()
                    .poll(t, &shared.config, Instant::now(), &mut events),
                None => Step::Reject(Rejected::Closed),
            };
        }
    }
}

impl RateLimiter for RateLimitManager {
    fn acquire_with<'a>(
        &'a self,
        key: &'a RouteKey,
        options: &'a AcquireOptions,
    ) -> BoxFuture<'a, Result<Permit, Rejected>> {
        Box::pin(self.acquire_inner(key, options))
    }

    fn reset_invalid_token(&self) -> BoxFuture<'_, ()> {
        self.shared.state.lock().guards.reset_token();
        Box::pin(async {})
    }

    fn add_listener(&self, listener: Arc<dyn RateLimitListener>) {
        self.shared.listeners.add(listener);
    }
}

impl Shared {
    fn emit(&self, events: Vec<RateLimitEvent>) {
        self.listeners.emit_all(events);
    }

    pub(crate) fn sweep(&self) -> usize {
        self.state.lock().sweep(&self.config, Instant::now())
    }

    /// Spawns the sweeper on the current runtime the first time a request comes.
    fn start_sweeper(self: &Arc<Self>) {
        let Some(interval) = self.config.sweep_interval else {
            return;
        };
        if self.sweeper.swap(true, Ordering::Relaxed) {
            return;
        }
        crate::sweep::spawn(Arc::downgrade(self), interval);
    }
}

/// A waiting request; dropping it (the caller's future was dropped) takes it out of
/// its queues and returns its place.
struct TicketGuard<'a> {
    shared: &'a Arc<Shared>,
    ticket: Option<Ticket>,
}

impl TicketGuard<'_> {
    async fn wait(&mut self, until: Option<Instant>) {
        let Some(ticket) = self.ticket.as_ref() else {
            return;
        };
        let deadline = match (until, ticket.deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let notify = ticket.notify.clone();
        let notified = async {
            match notify {
                Some(notify) => notify.notified().await,
                None => futures::future::pending().await,
            }
        };
        match deadline {
            Some(deadline) => {
                tokio::select! {
                    () = notified => {}
                    () = tokio::time::sleep_until(deadline) => {}
                }
            }
            None => notified.await,
        }
    }
}

impl Drop for TicketGuard<'_> {
    fn drop(&mut self) {
        if let Some(mut ticket) = self.ticket.take() {
            self.shared.state.lock().abandon(&mut ticket);
        }
    }
}

/// The manager's side of a granted request.
struct ManagerPermit {
    shared: Arc<Shared>,
    key: RouteKey,
    grant: Option<Grant>,
}

impl PermitHandle for ManagerPermit {
    /// Its round trip starts now, on a connection the pool may have idle.
    fn sending(&mut self) {
        if let Some(grant) = self.grant.as_mut() {
            self.shared.state.lock().sending(grant, Instant::now());
        }
    }

    fn complete(mut self: Box<Self>, headers: &RateLimitHeaders) {
        let Some(grant) = self.grant.take() else {
            return;
        };
        let mut events = Vec::new();
        self.shared.state.lock().complete(
            &self.key,
            &grant,
            headers,
            &self.shared.config,
            Instant::now(),
            &mut events,
        );
        self.shared.emit(events);
    }

    fn cancel(mut self: Box<Self>) {
        if let Some(grant) = self.grant.take() {
            self.shared
                .state
                .lock()
                .cancel(&grant, Instant::now(), true);
        }
    }

    fn release(mut self: Box<Self>) {
        if let Some(grant) = self.grant.take() {
            self.shared
                .state
                .lock()
                .cancel(&grant, Instant::now(), false);
        }
    }
}
