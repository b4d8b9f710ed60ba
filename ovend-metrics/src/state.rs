//! The numbers one shard keeps, and their sum over every shard.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::time::Duration;

use hdrhistogram::Histogram;
use ovend_events::RequestInfo;

use crate::analytics::{AnalyticsSnapshot, RouteSnapshot};
use crate::export::{self, RouteKeys};
use crate::performance::{self, LatencySummary};
use crate::routes::{RouteLatencies, RouteStats, Routes};
use crate::timing::RequestTiming;

/// What a shard has counted. Every field is a sum or a histogram, so the
/// collector's numbers are the shards' added up ([`State::absorb`]).
pub(crate) struct State {
    pub(crate) started: u64,
    successes: u64,
    failures: u64,
    pub(crate) retries: u64,
    pub(crate) rate_limited: u64,
    by_scope: BTreeMap<String, u64>,
    by_status_class: BTreeMap<String, u64>,
    pub(crate) cache_hits: u64,
    pub(crate) cache_misses: u64,
    pub(crate) deduplicated: u64,
    pub(crate) cache_invalidations: u64,
    pub(crate) cloudflare_bans: u64,
    pub(crate) invalid_request_warnings: u64,
    wait_total: Duration,
    waits: Histogram<u64>,
    /// Latency over every route.
    latency: Histogram<u64>,
    routes: Routes,
    timing: RequestTiming,
    pub(crate) slow_requests: u64,
    pub(crate) global_pressure: u64,
}

/// How a request ended, as the collector counts it.
pub(crate) struct Ending<'a> {
    pub(crate) request: &'a RequestInfo,
    /// `None`: failed without an answer.
    pub(crate) status: Option<u16>,
    pub(crate) latency: Duration,
    /// Its time in the limiter's queue, if it sent anything.
    pub(crate) queued: Option<Duration>,
}

/// What a snapshot takes from outside the shards.
pub(crate) struct Shared {
    pub(crate) uptime: Duration,
    pub(crate) invalid_requests: u64,
    pub(crate) invalid_requests_10m: u32,
    pub(crate) events_dropped: u64,
}

impl State {
    pub(crate) fn new() -> Self {
        Self {
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
            slow_requests: 0,
            global_pressure: 0,
        }
    }

    /// The counters of `r`'s route, created if this is the first counted event.
    pub(crate) fn route(&mut self, r: &RequestInfo) -> &mut RouteStats {
        self.routes
            .get_or_insert(&r.method, &r.route)
            .stats
            .get_or_insert_with(RouteStats::default)
    }

    /// The metric keys of `r`'s route.
    pub(crate) fn keys(&mut self, r: &RequestInfo) -> &mut RouteKeys {
        &mut self.routes.get_or_insert(&r.method, &r.route).keys
    }

    pub(crate) fn wait(&mut self, wait: Duration) {
        self.wait_total += wait;
        performance::record(&mut self.waits, wait);
    }

    pub(crate) fn rate_limited(&mut self, r: &RequestInfo, scope: &str) {
        self.rate_limited += 1;
        count(&mut self.by_scope, Cow::Borrowed(scope));
        self.route(r).rate_limited += 1;
    }

    /// Counts a finished request, and exports it and its queue/network split if
    /// `export`.
    pub(crate) fn finish(&mut self, end: &Ending<'_>, latencies: &RouteLatencies, export: bool) {
        let Ending {
            request: r,
            status,
            latency,
            queued,
        } = *end;
        let success = status.is_some_and(|status| status < 400);
        if success {
            self.successes += 1;
        } else {
            self.failures += 1;
        }
        count(
            &mut self.by_status_class,
            status.map_or(Cow::Borrowed("error"), status_class),
        );
        performance::record(&mut self.latency, latency);
        let split = queued.map(|queued| self.timing.finished(queued, latency));
        let route = self.routes.get_or_insert(&r.method, &r.route);
        let histogram = route
            .latency
            .get_or_insert_with(|| latencies.of(&r.method, &r.route));
        performance::record(&mut histogram.lock(), latency);
        let stats = route.stats.get_or_insert_with(RouteStats::default);
        stats.requests += 1;
        if success {
            stats.successes += 1;
        } else {
            stats.failures += 1;
        }
        if export {
            export::finished(&mut route.keys, r, status, latency);
            if let Some((queue, network)) = split {
                export::split(&mut route.keys, r, queue, network);
            }
        }
    }

    /// Requests that ended, with an answer or not.
    pub(crate) fn requests(&self) -> u64 {
        self.successes + self.failures
    }

    /// `(method, route)` of every route with something to report.
    pub(crate) fn reported_routes(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.routes
            .iter()
            .filter(|(.., r)| r.stats.is_some())
            .map(|(method, route, _)| (method, route))
    }

    /// Adds `other`'s numbers into these (a read over every shard).
    pub(crate) fn absorb(&mut self, other: &Self) {
        self.started += other.started;
        self.successes += other.successes;
        self.failures += other.failures;
        self.retries += other.retries;
        self.rate_limited += other.rate_limited;
        add_counts(&mut self.by_scope, &other.by_scope);
        add_counts(&mut self.by_status_class, &other.by_status_class);
        self.cache_hits += other.cache_hits;
        self.cache_misses += other.cache_misses;
        self.deduplicated += other.deduplicated;
        self.cache_invalidations += other.cache_invalidations;
        self.cloudflare_bans += other.cloudflare_bans;
        self.invalid_request_warnings += other.invalid_request_warnings;
        self.wait_total += other.wait_total;
        performance::add(&mut self.waits, &other.waits);
        performance::add(&mut self.latency, &other.latency);
        self.routes.absorb(&other.routes);
        self.timing.absorb(&other.timing);
        self.slow_requests += other.slow_requests;
        self.global_pressure += other.global_pressure;
    }

    /// The snapshot of these numbers (the shards' sum).
    pub(crate) fn snapshot(&self, shared: Shared) -> AnalyticsSnapshot {
        let requests = self.requests();
        AnalyticsSnapshot {
            uptime: shared.uptime,
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
            routes: self.route_snapshots(),
            queue_time: self.timing.queue_summary(),
            network_time: self.timing.network_summary(),
            invalid_requests: shared.invalid_requests,
            invalid_requests_10m: shared.invalid_requests_10m,
            slow_requests: self.slow_requests,
            global_pressure: self.global_pressure,
            events_dropped: shared.events_dropped,
        }
    }

    /// Every reported route, busiest first.
    fn route_snapshots(&self) -> Vec<RouteSnapshot> {
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
                        .map(|h| LatencySummary::of(&h.lock()))
                        .unwrap_or_default(),
                })
            })
            .collect();
        routes.sort_by(|a, b| {
            b.requests
                .cmp(&a.requests)
                .then_with(|| (&a.route, &a.method).cmp(&(&b.route, &b.method)))
        });
        routes
    }
}

/// Adds one to `key`'s count. The map owns its keys; only a key not seen
/// before needs one.
fn count(counts: &mut BTreeMap<String, u64>, key: Cow<'_, str>) {
    match counts.get_mut(key.as_ref()) {
        Some(count) => *count += 1,
        None => {
            counts.insert(key.into_owned(), 1);
        }
    }
}

fn add_counts(ours: &mut BTreeMap<String, u64>, theirs: &BTreeMap<String, u64>) {
    for (key, n) in theirs {
        *ours.entry(key.clone()).or_default() += n;
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
