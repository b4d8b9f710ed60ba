//! The metrics handler: events in, numbers out.

use std::borrow::Cow;
use std::collections::BTreeMap;
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
use crate::export::{self, RouteKeys};
use crate::performance::{self, LatencySummary};
use crate::timing::RequestTiming;
use crate::HashMap;

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
#[derive(Default, Clone, Copy)]
struct RouteStats {
    requests: u64,
    successes: u64,
    failures: u64,
    retries: u64,
    rate_limited: u64,
    cache_hits: u64,
}

/// Everything kept per route (method and route template).
#[derive(Default)]
struct Route {
    /// `None` until an event counted in a [`RouteSnapshot`] arrives: the entry
    /// may exist only for its export keys, and such a route is not reported.
    stats: Option<RouteStats>,
    /// `None` until a request on the route ends (about 30 KiB, so not for
    /// routes seen only through cache hits or retries).
    latency: Option<Histogram<u64>>,
    keys: RouteKeys,
}

/// Every route seen, by method, then route template.
///
/// The maps are keyed by `String` but looked up with the event's `&str`s, so
/// finding a route already seen allocates nothing. They hold indexes into
/// `entries` rather than the entries themselves, so one lookup serves both a hit
/// and a miss (a `get_mut` that falls back to an insert does not borrow-check).
#[derive(Default)]
struct Routes {
    index: HashMap<String, HashMap<String, usize>>,
    entries: Vec<Route>,
}

impl Routes {
    fn get_or_insert(&mut self, r: &RequestInfo) -> &mut Route {
        let found = self
            .index
            .get(&*r.method)
            .and_then(|routes| routes.get(&*r.route))
            .copied();
        let at = match found {
            Some(at) => at,
            None => {
                let at = self.entries.len();
                self.entries.push(Route::default());
                self.index
                    .entry(r.method.to_string())
                    .or_default()
                    .insert(r.route.to_string(), at);
                at
            }
        };
        &mut self.entries[at]
    }

    fn get(&self, method: &str, route: &str) -> Option<&Route> {
        let at = *self.index.get(method)?.get(route)?;
        self.entries.get(at)
    }

    /// `(method, route, entry)` of every route.
    fn iter(&self) -> impl Iterator<Item = (&str, &str, &Route)> + '_ {
        self.index.iter().flat_map(move |(method, routes)| {
            routes.iter().filter_map(move |(route, &at)| {
                Some((method.as_str(), route.as_str(), self.entries.get(at)?))
            })
        })
    }
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
    /// Latency over every route.
    latency: Histogram<u64>,
    routes: Routes,
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
            latency: performance::micros_histogram(),
            routes: Routes::default(),
            timing: RequestTiming::new(),
            invalid: RollingCount::new(INVALID_REQUEST_WINDOW),
            invalid_total: 0,
            slow_requests: 0,
            global_pressure: 0,
        }
    }

    /// The counters of `r`'s route, created if this is the first counted event.
    fn route(&mut self, r: &RequestInfo) -> &mut RouteStats {
        self.routes
            .get_or_insert(r)
            .stats
            .get_or_insert_with(RouteStats::default)
    }

    /// The metric keys of `r`'s route.
    fn keys(&mut self, r: &RequestInfo) -> &mut RouteKeys {
        &mut self.routes.get_or_insert(r).keys
    }

    /// Counts a finished request (`status` `None`: failed without an answer),
    /// and exports it and its queue/network split if `export`.
    fn finish(&mut self, r: &RequestInfo, status: Option<u16>, latency: Duration, export: bool) {
        let success = status.is_some_and(|status| status < 400);
        let class = status.map_or(Cow::Borrowed("error"), status_class);
        if success {
            self.successes += 1;
        } else {
            self.failures += 1;
        }
        // The map owns its keys; only a class not seen before needs one.
        match self.by_status_class.get_mut(class.as_ref()) {
            Some(count) => *count += 1,
            None => {
                self.by_status_class.insert(class.into_owned(), 1);
            }
        }
        performance::record(&mut self.latency, latency);
        let route = self.routes.get_or_insert(r);
        performance::record(
            route
                .latency
                .get_or_insert_with(performance::micros_histogram),
            latency,
        );
        let stats = route.stats.get_or_insert_with(RouteStats::default);
        stats.requests += 1;
        if success {
            stats.successes += 1;
        } else {
            stats.failures += 1;
        }
        let split = self.timing.finished(r.id, latency);
        if export {
            export::finished(&mut route.keys, r, status, latency);
            if let Some((queue, network)) = split {
                export::split(&mut route.keys, r, queue, network);
            }
        }
    }

    fn snapshot(&mut self, events_dropped: u64) -> AnalyticsSnapshot {
        let requests = self.successes + self.failures;
        let mut routes: Vec<RouteSnapshot> = self
            .routes
            .iter()
            .filter_map(|(method, route, r)| {
                let s = r.stats?;
                Some(RouteSnapshot {
                    method: method.to_owned(),
                    route: route.to_owned(),
                    requests: s.requests,
                    successes: s.successes,
                    failures: s.failures,
                    retries: s.retries,
                    rate_limited: s.rate_limited,
                    cache_hits: s.cache_hits,
                    latency: r
                        .latency
                        .as_ref()
                        .map(LatencySummary::of)
                        .unwrap_or_default(),
                })
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
            latency: LatencySummary::of(&self.latency),
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

/// `"2xx"`, `"4xx"`, …: borrowed for every status HTTP defines (100–999), so
/// counting one allocates nothing.
fn status_class(status: u16) -> Cow<'static, str> {
    const CLASSES: [&str; 10] = [
        "0xx", "1xx", "2xx", "3xx", "4xx", "5xx", "6xx", "7xx", "8xx", "9xx",
    ];
    match CLASSES.get(usize::from(status / 100)) {
        Some(class) => Cow::Borrowed(class),
        None => Cow::Owned(format!("{}xx", status / 100)),
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
        let s = self.inner.state.lock();
        s.routes
            .get(method, route)?
            .latency
            .as_ref()
            .map(LatencySummary::of)
    }

    /// Records one event (what [`EventHandler::handle`] does).
    pub fn record(&self, event: &Event) {
        let export = self.inner.export;
        let mut s = self.inner.state.lock();
        match &event.kind {
            EventKind::RequestStarted { request } => {
                s.started += 1;
                if export {
                    export::started(s.keys(request), request);
                }
            }
            EventKind::RequestCompleted {
                request,
                status,
                latency,
                ..
            } => {
                s.finish(request, Some(*status), *latency, export);
                if export {
                    self.export_end(&mut s);
                }
            }
            EventKind::RequestFailed {
                request, latency, ..
            } => {
                s.finish(request, None, *latency, export);
                if export {
                    self.export_end(&mut s);
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
            EventKind::CacheInvalidated { .. } => s.cache_invalidations += 1,
            EventKind::RateLimitWait { request, wait } => {
                s.wait_total += *wait;
                performance::record(&mut s.waits, *wait);
                if export {
                    export::wait(s.keys(request), request, *wait);
                }
            }
            EventKind::RateLimited { request, scope, .. } => {
                let scope = scope.as_deref().unwrap_or("unknown");
                s.rate_limited += 1;
                match s.by_scope.get_mut(scope) {
                    Some(count) => *count += 1,
                    None => {
                        s.by_scope.insert(scope.to_owned(), 1);
                    }
                }
                s.route(request).rate_limited += 1;
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

    /// After a request ends (and [`State::finish`] exported it): the values that
    /// change with time rather than with one event (refreshed here, as requests
    /// end, so a scrape sees them current while the client works).
    ///
    /// Not throttled: with static keys this is a clock read, a mutex without
    /// contention and an atomic per tracked system, a few percent of the
    /// dispatcher's time per request in a profile, and throttling would let a
    /// scrape (or a test) see a stale window count.
    fn export_end(&self, s: &mut State) {
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
            .field(
                "routes",
                &s.routes.iter().filter(|(.., r)| r.stats.is_some()).count(),
            )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_classes() {
        for (status, class) in [
            (0, "0xx"),
            (99, "0xx"),
            (100, "1xx"),
            (204, "2xx"),
            (429, "4xx"),
            (599, "5xx"),
            (999, "9xx"),
            (1000, "10xx"),
            (u16::MAX, "655xx"),
        ] {
            let got = status_class(status);
            assert_eq!(got, class);
            // Every class HTTP defines is borrowed: counting it allocates nothing.
            assert_eq!(matches!(got, Cow::Borrowed(_)), status < 1000, "{status}");
        }
    }
}
