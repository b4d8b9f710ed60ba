//! The metrics handler: events in, numbers out.

use std::collections::HashSet;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use ovend_events::{
    Event, EventHandler, EventKind, EventSystem, RollingCount, WeakEventSystem,
    INVALID_REQUEST_WINDOW,
};
use parking_lot::{Mutex, RwLock};
use tokio::time::Instant;

use crate::analytics::{Analytics, AnalyticsSnapshot};
use crate::export;
use crate::performance::LatencySummary;
use crate::routes::RouteLatencies;
use crate::shards::{self, Shards};
use crate::state::{Ending, Shared, State};
use crate::timing::PendingSends;

/// Turns events into counts, latency percentiles and wait statistics.
///
/// Register it with an `ovend_events::EventSystem` (it is an [`EventHandler`]) and
/// read numbers with [`snapshot`](Analytics::snapshot). It is made to run
/// [inline](EventSystem::add_inline_handler), as a client registers it: several
/// threads may record at once, each into a shard of its own, and a read adds the
/// shards up. Unless built with [`export(false)`](MetricsCollectorBuilder::export),
/// it also reports every value through the `metrics` facade (see
/// [`names`](crate::names)) — to whatever recorder the application installed; the
/// collector never installs one.
///
/// Cloning is cheap: clones share the same numbers.
#[derive(Clone)]
pub struct MetricsCollector {
    inner: Arc<Inner>,
}

struct Inner {
    export: bool,
    shards: Shards<State>,
    /// Per-route latency, shared by the shards.
    latencies: RouteLatencies,
    /// Queue times between a request's send and its end.
    pending: PendingSends,
    since: Mutex<Instant>,
    /// Invalid requests: rare, so one count for all threads, and a lock only
    /// when there has been one.
    invalid_total: AtomicU64,
    invalid: Mutex<RollingCount>,
    /// Event systems whose lost events the snapshot reports (weakly held: the
    /// collector is their handler, and must not keep them alive). Read at
    /// every request's end, written once per system.
    systems: RwLock<Vec<WeakEventSystem>>,
}

impl Inner {
    /// Invalid requests in Discord's rolling ten minutes, now.
    fn invalid_window(&self) -> u32 {
        if self.invalid_total.load(Ordering::Relaxed) == 0 {
            return 0;
        }
        self.invalid.lock().count(Instant::now())
    }

    /// The shards' numbers added up.
    fn total(&self) -> State {
        let mut total = State::new();
        for shard in self.shards.each() {
            total.absorb(&shard);
        }
        total
    }
}

impl MetricsCollector {
    /// A collector that also exports through the `metrics` facade.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// Starts configuring a collector.
    pub fn builder() -> MetricsCollectorBuilder {
        MetricsCollectorBuilder { export: true }
    }

    /// Reports the events `events` loses (its [`dropped`](EventSystem::dropped)
    /// count) as [`AnalyticsSnapshot::events_dropped`] and through the facade.
    /// A client does this for its own system; call it for a system you register
    /// the collector with yourself. Several systems add up.
    pub fn track_dropped(&self, events: &EventSystem) {
        self.inner.systems.write().push(events.downgrade());
    }

    /// Events lost by the tracked systems that still live.
    fn events_dropped(&self) -> u64 {
        let systems = self.inner.systems.read();
        systems
            .iter()
            .filter_map(WeakEventSystem::upgrade)
            .map(|events| events.dropped())
            .sum()
    }

    /// Forgets every number and restarts the uptime clock.
    pub fn reset(&self) {
        let inner = &*self.inner;
        for mut shard in inner.shards.each() {
            *shard = State::new();
        }
        inner.latencies.clear();
        inner.pending.clear();
        *inner.invalid.lock() = RollingCount::new(INVALID_REQUEST_WINDOW);
        inner.invalid_total.store(0, Ordering::Relaxed);
        *inner.since.lock() = Instant::now();
    }

    /// Latency percentiles of one route (`method` and route template), if a
    /// request on it has ended.
    pub fn route_latency(&self, method: &str, route: &str) -> Option<LatencySummary> {
        self.inner.latencies.summary(method, route)
    }

    /// Records one event (what [`EventHandler::handle`] does).
    pub fn record(&self, event: &Event) {
        let export = self.inner.export;
        match &event.kind {
            EventKind::RequestCompleted {
                request,
                status,
                latency,
                attempts,
            } => self.end(&Ending {
                request,
                status: Some(*status),
                latency: *latency,
                queued: self.queued(request.id, *attempts),
            }),
            EventKind::RequestFailed {
                request,
                latency,
                attempts,
                ..
            } => self.end(&Ending {
                request,
                status: None,
                latency: *latency,
                queued: self.queued(request.id, *attempts),
            }),
            EventKind::RequestSent {
                request, queued, ..
            } => self.inner.pending.sent(request.id, *queued),
            EventKind::InvalidRequest { .. } => {
                self.inner.invalid_total.fetch_add(1, Ordering::Relaxed);
                self.inner.invalid.lock().record(Instant::now());
                if export {
                    export::invalid_request();
                }
            }
            other => Self::count(&mut self.inner.shards.lock(), other, export),
        }
    }

    /// The queue time of a request that ended after `attempts` HTTP attempts.
    fn queued(&self, id: u64, attempts: u32) -> Option<std::time::Duration> {
        // Without an attempt there was no `RequestSent` to look for.
        (attempts > 0)
            .then(|| self.inner.pending.ended(id))
            .flatten()
    }

    /// A request ended: counted in this thread's shard, then the values that
    /// change with time rather than with one event are exported (refreshed here,
    /// as requests end, so a scrape sees them current while the client works).
    fn end(&self, ending: &Ending<'_>) {
        let export = self.inner.export;
        self.inner
            .shards
            .lock()
            .finish(ending, &self.inner.latencies, export);
        if export {
            export::invalid_window(self.inner.invalid_window());
            export::events_dropped(self.events_dropped());
        }
    }

    /// The kinds counted in a shard alone.
    fn count(s: &mut State, kind: &EventKind, export: bool) {
        match kind {
            EventKind::RequestStarted { request } => {
                s.started += 1;
                if export {
                    export::started(s.keys(request), request);
                }
            }
            EventKind::CacheHit { request } => {
                s.cache_hits += 1;
                s.route(request).cache_hits += 1;
                if export {
                    export::cache(s.keys(request), request, true);
                }
            }
            EventKind::CacheMiss { request } => {
                s.cache_misses += 1;
                if export {
                    export::cache(s.keys(request), request, false);
                }
            }
            EventKind::Deduplicated { request } => {
                s.deduplicated += 1;
                if export {
                    export::deduplicated(s.keys(request), request);
                }
            }
            EventKind::RateLimitWait { request, wait } => {
                s.wait(*wait);
                if export {
                    export::wait(s.keys(request), request, *wait);
                }
            }
            EventKind::RateLimited { request, scope, .. } => {
                let scope = scope.as_deref().unwrap_or("unknown");
                s.rate_limited(request, scope);
                if export {
                    export::rate_limited(s.keys(request), request, scope);
                }
            }
            EventKind::Retry { request, .. } => {
                s.retries += 1;
                s.route(request).retries += 1;
                if export {
                    export::retry(s.keys(request), request);
                }
            }
            other => Self::count_rare(s, other, export),
        }
    }

    /// The kinds that come seldom: bans, warnings, slow requests, pressure.
    fn count_rare(s: &mut State, kind: &EventKind, export: bool) {
        match kind {
            EventKind::CacheInvalidated { .. } => s.cache_invalidations += 1,
            EventKind::InvalidRequestWarning { .. } => s.invalid_request_warnings += 1,
            EventKind::CloudflareBan { .. } => {
                s.cloudflare_bans += 1;
                if export {
                    export::cloudflare_ban();
                }
            }
            EventKind::SlowRequest { request, .. } => {
                s.slow_requests += 1;
                if export {
                    export::slow_request(s.keys(request), request);
                }
            }
            EventKind::GlobalPressure { .. } => {
                s.global_pressure += 1;
                if export {
                    export::global_pressure();
                }
            }
            // Custom events and kinds added later carry nothing to count.
            _ => {}
        }
    }
}

impl Default for MetricsCollector {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for MetricsCollector {
    /// Counted over the shards in place: a full sum (`Inner::total`) would
    /// allocate a set of histograms for a line of text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shards: Vec<_> = self.inner.shards.each().collect();
        let requests: u64 = shards.iter().map(|s| s.requests()).sum();
        let routes: HashSet<(&str, &str)> =
            shards.iter().flat_map(|s| s.reported_routes()).collect();
        f.debug_struct("MetricsCollector")
            .field("export", &self.inner.export)
            .field("requests", &requests)
            .field("routes", &routes.len())
            .finish_non_exhaustive()
    }
}

impl EventHandler for MetricsCollector {
    fn handle(&self, event: &Event) {
        self.record(event);
    }
}

impl Analytics for MetricsCollector {
    fn snapshot(&self) -> AnalyticsSnapshot {
        let inner = &*self.inner;
        let shared = Shared {
            uptime: inner.since.lock().elapsed(),
            invalid_requests: inner.invalid_total.load(Ordering::Relaxed),
            invalid_requests_10m: inner.invalid_window(),
            events_dropped: self.events_dropped(),
        };
        inner.total().snapshot(shared)
    }
}

impl MetricsCollector {
    /// The numbers so far (also available through the [`Analytics`] trait).
    pub fn snapshot(&self) -> AnalyticsSnapshot {
        Analytics::snapshot(self)
    }
}

/// Configures a [`MetricsCollector`].
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct MetricsCollectorBuilder {
    export: bool,
}

impl MetricsCollectorBuilder {
    /// Whether to report through the `metrics` facade too (default `true`).
    pub fn export(mut self, export: bool) -> Self {
        self.export = export;
        self
    }

    /// Builds the collector; its uptime starts now.
    pub fn build(self) -> MetricsCollector {
        MetricsCollector {
            inner: Arc::new(Inner {
                export: self.export,
                shards: Shards::new(shards::default_count(), State::new),
                latencies: RouteLatencies::default(),
                pending: PendingSends::new(),
                since: Mutex::new(Instant::now()),
                invalid_total: AtomicU64::new(0),
                invalid: Mutex::new(RollingCount::new(INVALID_REQUEST_WINDOW)),
                systems: RwLock::new(Vec::new()),
            }),
        }
    }
}
