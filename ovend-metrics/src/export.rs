//! Export through the `metrics` facade.
//!
//! The library only calls the `metrics` macros; whichever recorder the application
//! installed (Prometheus, StatsD, none) receives the values. Nothing is installed
//! here: with no recorder the macros are no-ops.

use std::time::Duration;

use metrics::{counter, gauge, histogram};
use ovend_events::RequestInfo;

/// Metric names, for dashboards and tests.
pub mod names {
    /// Counter: requests started. Labels `method`, `route`.
    pub const REQUESTS_STARTED: &str = "ovend_requests_started_total";
    /// Counter: requests finished. Labels `method`, `route`, `status` (code, or `error`).
    pub const REQUESTS: &str = "ovend_requests_total";
    /// Histogram (seconds): request latency. Labels `method`, `route`, `status`.
    pub const REQUEST_DURATION: &str = "ovend_request_duration_seconds";
    /// Counter: retries. Labels `method`, `route`.
    pub const RETRIES: &str = "ovend_retries_total";
    /// Counter: 429 answers. Labels `method`, `route`, `scope`.
    pub const RATE_LIMITED: &str = "ovend_rate_limited_total";
    /// Histogram (seconds): rate-limit waits. Labels `method`, `route`.
    pub const RATE_LIMIT_WAIT: &str = "ovend_rate_limit_wait_seconds";
    /// Counter: cache hits. Labels `method`, `route`.
    pub const CACHE_HITS: &str = "ovend_cache_hits_total";
    /// Counter: cache misses. Labels `method`, `route`.
    pub const CACHE_MISSES: &str = "ovend_cache_misses_total";
    /// Counter: GETs that shared an identical GET's answer in flight
    /// (single-flight). Labels `method`, `route`.
    pub const DEDUPLICATED: &str = "ovend_requests_deduplicated_total";
    /// Counter: Cloudflare bans.
    pub const CLOUDFLARE_BANS: &str = "ovend_cloudflare_bans_total";
    /// Histogram (seconds): time a request spent in the rate limiter's queue.
    /// Labels `method`, `route`.
    pub const QUEUE_TIME: &str = "ovend_request_queue_seconds";
    /// Histogram (seconds): the rest of a request's time (HTTP exchanges and the
    /// pauses between them). Labels `method`, `route`.
    pub const NETWORK_TIME: &str = "ovend_request_network_seconds";
    /// Counter: answers Discord counts as invalid requests (401, 403, 429).
    pub const INVALID_REQUESTS: &str = "ovend_invalid_requests_total";
    /// Gauge: invalid requests in the last ten minutes (Discord bans at 10,000).
    pub const INVALID_REQUESTS_WINDOW: &str = "ovend_invalid_requests_10m";
    /// Counter: events lost before reaching handlers or subscribers.
    pub const EVENTS_DROPPED: &str = "ovend_events_dropped_total";
    /// Counter: requests slower than the client's threshold. Labels `method`, `route`.
    pub const SLOW_REQUESTS: &str = "ovend_slow_requests_total";
    /// Counter: requests that waited for a full global window.
    pub const GLOBAL_PRESSURE: &str = "ovend_global_pressure_total";
}

fn labels(r: &RequestInfo) -> [(&'static str, String); 2] {
    [("method", r.method.clone()), ("route", r.route.clone())]
}

pub(crate) fn started(r: &RequestInfo) {
    counter!(names::REQUESTS_STARTED, &labels(r)).increment(1);
}

pub(crate) fn finished(r: &RequestInfo, status: String, latency: Duration) {
    let [method, route] = labels(r);
    let labels = [method, route, ("status", status)];
    counter!(names::REQUESTS, &labels).increment(1);
    histogram!(names::REQUEST_DURATION, &labels).record(latency.as_secs_f64());
}

pub(crate) fn retry(r: &RequestInfo) {
    counter!(names::RETRIES, &labels(r)).increment(1);
}

pub(crate) fn rate_limited(r: &RequestInfo, scope: &str) {
    let [method, route] = labels(r);
    counter!(
        names::RATE_LIMITED,
        &[method, route, ("scope", scope.to_owned())]
    )
    .increment(1);
}

pub(crate) fn wait(r: &RequestInfo, wait: Duration) {
    histogram!(names::RATE_LIMIT_WAIT, &labels(r)).record(wait.as_secs_f64());
}

pub(crate) fn cache(r: &RequestInfo, hit: bool) {
    let name = if hit {
        names::CACHE_HITS
    } else {
        names::CACHE_MISSES
    };
    counter!(name, &labels(r)).increment(1);
}

pub(crate) fn deduplicated(r: &RequestInfo) {
    counter!(names::DEDUPLICATED, &labels(r)).increment(1);
}

pub(crate) fn cloudflare_ban() {
    counter!(names::CLOUDFLARE_BANS).increment(1);
}

pub(crate) fn split(r: &RequestInfo, queue: Duration, network: Duration) {
    let labels = labels(r);
    histogram!(names::QUEUE_TIME, &labels).record(queue.as_secs_f64());
    histogram!(names::NETWORK_TIME, &labels).record(network.as_secs_f64());
}

pub(crate) fn invalid_request() {
    counter!(names::INVALID_REQUESTS).increment(1);
}

pub(crate) fn invalid_window(count: u32) {
    gauge!(names::INVALID_REQUESTS_WINDOW).set(f64::from(count));
}

pub(crate) fn events_dropped(total: u64) {
    counter!(names::EVENTS_DROPPED).absolute(total);
}

pub(crate) fn slow_request(r: &RequestInfo) {
    counter!(names::SLOW_REQUESTS, &labels(r)).increment(1);
}

pub(crate) fn global_pressure() {
    counter!(names::GLOBAL_PRESSURE).increment(1);
}
