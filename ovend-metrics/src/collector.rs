//! The metrics handler: events in, numbers out.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use hdrhistogram::Histogram;
use ovend_events::{Event, EventHandler, EventKind, RequestInfo};
use parking_lot::Mutex;
use tokio::time::Instant;

use crate::analytics::{Analytics, AnalyticsSnapshot, RouteSnapshot};
use crate::export;
use crate::performance::{self, LatencySummary, PerformanceTracker};

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
    cache_invalidations: u64,
    cloudflare_bans: u64,
    invalid_request_warnings: u64,
    wait_total: Duration,
    waits: Histogram<u64>,
    latency: PerformanceTracker,
    routes: HashMap<(String, String), RouteStats>,
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
            cache_invalidations: 0,
            cloudflare_bans: 0,
            invalid_request_warnings: 0,
            wait_total: Duration::ZERO,
            waits: performance::micros_histogram(),
            latency: PerformanceTracker::new(),
            routes: HashMap::new(),
        }
    }

    fn route(&mut self, r: &RequestInfo) -> &mut RouteStats {
        let key = (r.method.clone(), r.route.clone());
        self.routes.entry(key).or_default()
    }

    fn finish(&mut self, r: &RequestInfo, success: bool, class: String, latency: Duration) {
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
    }

    fn snapshot(&self) -> AnalyticsSnapshot {
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
            cache_invalidations: self.cache_invalidations,
            cloudflare_bans: self.cloudflare_bans,
            invalid_request_warnings: self.invalid_request_warnings,
            latency: self.latency.summary(),
            wait_total: self.wait_total,
            wait: LatencySummary::of(&self.waits),
            routes,
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
                s.finish(request, *status < 400, status_class(*status), *latency);
                if export {
                    export::finished(request, status.to_string(), *latency);
                }
            }
            EventKind::RequestFailed {
                request, latency, ..
            } => {
                s.finish(request, false, "error".to_owned(), *latency);
                if export {
                    export::finished(request, "error".to_owned(), *latency);
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
        self.inner.state.lock().snapshot()
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
            }),
        }
    }
}
