//! Export through the `metrics` facade.
//!
//! The library only calls the `metrics` macros; whichever recorder the application
//! installed (Prometheus, StatsD, none) receives the values. Nothing is installed
//! here: with no recorder the macros are no-ops.

use std::time::Duration;

use metrics::{counter, histogram};
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
    /// Counter: Cloudflare bans.
    pub const CLOUDFLARE_BANS: &str = "ovend_cloudflare_bans_total";
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

pub(crate) fn cloudflare_ban() {
    counter!(names::CLOUDFLARE_BANS).increment(1);
}
