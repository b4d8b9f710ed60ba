//! The metrics handler: events in, numbers out.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use hdrhistogram::Histogram;
use ovend_events::{
    Event, EventHandler, EventKind, EventSystem, RequestInfo, RollingCount, WeakEventSystem,
    INVALID_REQUEST_WINDOW,
};
use parking_lot::Mutex;
use tokio::time::Instant;

use crate::analytics::{Analytics, AnalyticsSnapshot, RouteSnapshot};
use crate::export;
use crate::performance::{self, LatencySummary, PerformanceTracker};
use crate::timing::RequestTiming;

/// Turns events into counts, latency percentiles and wait statistics.
///
/// Register it with an `ovend_events::EventSystem` (it is an [`EventHandler`]) and
/// read numbers with [`snapshot`](Analytics::snapshot). Unless built with
/// [`export(false)`](MetricsCollectorBuilder::export), it also reports every value
/// through the `metrics` facade (see [`names`](crate::names)) — to whatever
/// recorder the application installed; the collector never installs one.
///
/// Cloning is cheap: clones share the same numbers.
#[derive(Clone)]
pub struct MetricsCollector {
    inner: Arc<Inner>,
}

struct Inner {
    export: bool,
    state: Mutex<State>,
    /// Event systems whose lost events the snapshot reports (weakly held: the
    /// collector is their handler, and must not keep them alive).
    systems: Mutex<Vec<WeakEventSystem>>,
}

/// Counters of one route.
#[derive(Default)]
struct RouteStats {
    requests: u64,
    successes: u64,
    failures: u64,
    retries: u64,
    rate_limited: u64,
    cache_hits: u64,
}

struct State {
    since: Instant,
    started: u64,
    successes: u64,
    failures: u64,
    retries: u64,
    rate_limited: u64,
    by_scope: BTreeMap<String, u64>,
    by_status_class: BTreeMap<String, u64>,
    cache_hits: u64,
    cache_misses: u64,
    deduplicated: u64,
    cache_invalidations: u64,
    cloudflare_bans: u64,
    invalid_request_warnings: u64,
    wait_total: Duration,
    waits: Histogram<u64>,
    latency: PerformanceTracker,
    routes: HashMap<(String, String), RouteStats>,
    timing: RequestTiming,
    invalid: RollingCount,
    invalid_total: u64,
    slow_requests: u64,
    global_pressure: u64,
}

impl State {
    fn new() -> Self {
        Self {
            since: Instant::now(),
            started: 0,
            successes: 0,
            failures: 0,
            retries: 0,
            rate_limited: 0,
            by_scope: BTreeMap::new(),
            by_status_class: BTreeMap::new(),
            cache_hits: 0,
            cache_misses: 0,
            deduplicated: 0,
            cache_invalidations: 0,
            cloudflare_bans: 0,
            invalid_request_warnings: 0,
            wait_total: Duration::ZERO,
            waits: performance::micros_histogram(),
            latency: PerformanceTracker::new(),
            routes: HashMap::new(),
            timing: RequestTiming::new(),
            invalid: RollingCount::new(INVALID_REQUEST_WINDOW),
            invalid_total: 0,
            slow_requests: 0,
            global_pressure: 0,
        }
    }

    fn route(&mut self, r: &RequestInfo) -> &mut RouteStats {
        let key = (r.method.clone(), r.route.clone());
        self.routes.entry(key).or_default()
    }

    /// Counts a finished request; returns its (queue, network) split if it sent anything.
    fn finish(
        &mut self,
        r: &RequestInfo,
        success: bool,
        class: String,
        latency: Duration,
    ) -> Option<(Duration, Duration)> {
        if success {
            self.successes += 1;
        } else {
            self.failures += 1;
        }
        *self.by_status_class.entry(class).or_default() += 1;
        self.latency.record(&route_label(r), latency);
        let route = self.route(r);
        route.requests += 1;
        if success {
            route.successes += 1;
        } else {
            route.failures += 1;
        }
        self.timing.finished(r.id, latency)
    }

    fn snapshot(&mut self, events_dropped: u64) -> AnalyticsSnapshot {
        let requests = self.successes + self.failures;
        let mut routes: Vec<RouteSnapshot> = self
            .routes
            .iter()
            .map(|((method, route), s)| RouteSnapshot {
                method: method.clone(),
                route: route.clone(),
                requests: s.requests,
                successes: s.successes,
                failures: s.failures,
                retries: s.retries,
                rate_limited: s.rate_limited,
                cache_hits: s.cache_hits,
                latency: self
                    .latency
                    .route_summary(&format!("{method} {route}"))
                    .unwrap_or_default(),
            })
            .collect();
        routes.sort_by(|a, b| {
            b.requests
                .cmp(&a.requests)
                .then_with(|| (&a.route, &a.method).cmp(&(&b.route, &b.method)))
        });
        AnalyticsSnapshot {
            uptime: self.since.elapsed(),
            requests,
            successes: self.successes,
            failures: self.failures,
            in_flight: self.started.saturating_sub(requests),
            retries: self.retries,
            rate_limited: self.rate_limited,
            rate_limited_by_scope: self.by_scope.clone(),
            by_status_class: self.by_status_class.clone(),
            cache_hits: self.cache_hits,
            cache_misses: self.cache_misses,
            deduplicated: self.deduplicated,
            cache_invalidations: self.cache_invalidations,
            cloudflare_bans: self.cloudflare_bans,
            invalid_request_warnings: self.invalid_request_warnings,
            latency: self.latency.summary(),
            wait_total: self.wait_total,
            wait: LatencySummary::of(&self.waits),
            routes,
            queue_time: self.timing.queue_summary(),
            network_time: self.timing.network_summary(),
            invalid_requests: self.invalid_total,
            invalid_requests_10m: self.invalid.count(Instant::now()),
            slow_requests: self.slow_requests,
            global_pressure: self.global_pressure,
            events_dropped,
        }
    }
}

/// `"GET /users/@me"`: the key of a route in the latency tracker.
fn route_label(r: &RequestInfo) -> String {
    format!("{} {}", r.method, r.route)
}

/// `"2xx"`, `"4xx"`, …
fn status_class(status: u16) -> String {
    format!("{}xx", status / 100)
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
        self.inner.systems.lock().push(events.downgrade());
    }

    /// Events lost by the tracked systems that still live.
    fn events_dropped(&self) -> u64 {
        let systems = self.inner.systems.lock();
        systems
            .iter()
            .filter_map(WeakEventSystem::upgrade)
            .map(|events| events.dropped())
            .sum()
    }

    /// Forgets every number and restarts the uptime clock.
    pub fn reset(&self) {
        *self.inner.state.lock() = State::new();
    }

    /// Latency percentiles of one route (`method` and route template), if seen.
    pub fn route_latency(&self, method: &str, route: &str) -> Option<LatencySummary> {
        self.inner
            .state
            .lock()
            .latency
            .route_summary(&format!("{method} {route}"))
    }

    /// Records one event (what [`EventHandler::handle`] does).
    pub fn record(&self, event: &Event) {
        let export = self.inner.export;
        let mut s = self.inner.state.lock();
        match &event.kind {
            EventKind::RequestStarted { request } => {
                s.started += 1;
                if export {
                    export::started(request);
                }
            }
            EventKind::RequestCompleted {
                request,
                status,
                latency,
                ..
            } => {
                let split = s.finish(request, *status < 400, status_class(*status), *latency);
                if export {
                    export::finished(request, status.to_string(), *latency);
                    self.export_end(&mut s, request, split);
                }
            }
            EventKind::RequestFailed {
                request, latency, ..
            } => {
                let split = s.finish(request, false, "error".to_owned(), *latency);
                if export {
                    export::finished(request, "error".to_owned(), *latency);
                    self.export_end(&mut s, request, split);
                }
            }
            EventKind::CacheHit { request } => {
                s.cache_hits += 1;
                s.route(request).cache_hits += 1;
                if export {
                    export::cache(request, true);
                }
            }
            EventKind::CacheMiss { request } => {
                s.cache_misses += 1;
                if export {
                    export::cache(request, false);
                }
            }
            EventKind::Deduplicated { request } => {
                s.deduplicated += 1;
                if export {
                    export::deduplicated(request);
                }
            }
            EventKind::CacheInvalidated { .. } => s.cache_invalidations += 1,
            EventKind::RateLimitWait { request, wait } => {
                s.wait_total += *wait;
                performance::record(&mut s.waits, *wait);
                if export {
                    export::wait(request, *wait);
                }
            }
            EventKind::RateLimited { request, scope, .. } => {
                let scope = scope.as_deref().unwrap_or("unknown");
                s.rate_limited += 1;
                *s.by_scope.entry(scope.to_owned()).or_default() += 1;
                s.route(request).rate_limited += 1;
                if export {
                    export::rate_limited(request, scope);
                }
            }
            EventKind::Retry { request, .. } => {
                s.retries += 1;
                s.route(request).retries += 1;
                if export {
                    export::retry(request);
                }
            }
            EventKind::InvalidRequestWarning { .. } => s.invalid_request_warnings += 1,
            EventKind::CloudflareBan { .. } => {
                s.cloudflare_bans += 1;
                if export {
                    export::cloudflare_ban();
                }
            }
            other => Self::record_detail(&mut s, other, export),
        }
    }

    /// The kinds that describe the flow and the limiter in detail.
    fn record_detail(s: &mut State, kind: &EventKind, export: bool) {
        match kind {
            EventKind::RequestSent {
                request, queued, ..
            } => s.timing.sent(request.id, *queued),
            EventKind::InvalidRequest { .. } => {
                s.invalid_total += 1;
                s.invalid.record(Instant::now());
                if export {
                    export::invalid_request();
                }
            }
            EventKind::SlowRequest { request, .. } => {
                s.slow_requests += 1;
                if export {
                    export::slow_request(request);
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

    /// After a request ends: its queue/network split, and the values that
    /// change with time rather than with one event (refreshed here, as requests
    /// end, so a scrape sees them current while the client works).
    fn export_end(
        &self,
        s: &mut State,
        request: &RequestInfo,
        split: Option<(Duration, Duration)>,
    ) {
        if let Some((queue, network)) = split {
            export::split(request, queue, network);
        }
        export::invalid_window(s.invalid.count(Instant::now()));
        export::events_dropped(self.events_dropped());
    }
}

impl Default for MetricsCollector {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for MetricsCollector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.inner.state.lock();
        f.debug_struct("MetricsCollector")
            .field("export", &self.inner.export)
            .field("requests", &(s.successes + s.failures))
            .field("routes", &s.routes.len())
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
        let dropped = self.events_dropped();
        self.inner.state.lock().snapshot(dropped)
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
                state: Mutex::new(State::new()),
                systems: Mutex::new(Vec::new()),
            }),
        }
    }
}
