//! Export through the `metrics` facade.
//!
//! Whichever recorder the application installed (Prometheus, StatsD, none)
//! receives the values; nothing is installed here, and with no recorder every
//! call is a no-op.
//!
//! This runs on the event dispatcher's thread for every event, so it avoids the
//! `counter!`/`histogram!` macros for labelled metrics: they build a [`Key`] with
//! owned label strings on every call (even with no recorder installed). Instead
//! each route keeps its keys in a [`RouteKeys`], built the first time they are
//! needed, and every value goes through [`metrics::with_recorder`] with a
//! borrowed key. Only keys are cached, never the `Counter`/`Histogram` handles
//! a recorder returns: a handle belongs to the recorder current when it was
//! registered, and one installed later (or a local one in a test) must still
//! receive every later value.

use std::time::Duration;

use metrics::{Key, Label, Level, Metadata};
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

/// What the `metrics` macros would attach, called from this module.
static METADATA: Metadata<'static> =
    Metadata::new(module_path!(), Level::INFO, Some(module_path!()));

static CLOUDFLARE_BANS: Key = Key::from_static_name(names::CLOUDFLARE_BANS);
static INVALID_REQUESTS: Key = Key::from_static_name(names::INVALID_REQUESTS);
static INVALID_REQUESTS_WINDOW: Key = Key::from_static_name(names::INVALID_REQUESTS_WINDOW);
static EVENTS_DROPPED: Key = Key::from_static_name(names::EVENTS_DROPPED);
static GLOBAL_PRESSURE: Key = Key::from_static_name(names::GLOBAL_PRESSURE);

fn increment(key: &Key) {
    metrics::with_recorder(|r| r.register_counter(key, &METADATA).increment(1));
}

fn observe(key: &Key, value: Duration) {
    metrics::with_recorder(|r| {
        r.register_histogram(key, &METADATA)
            .record(value.as_secs_f64());
    });
}

/// The metrics labelled with `method` and `route` only, as indexes into
/// [`RouteKeys::labeled`].
#[derive(Clone, Copy)]
enum Labeled {
    Started,
    Retries,
    Wait,
    CacheHits,
    CacheMisses,
    Deduplicated,
    Queue,
    Network,
    Slow,
}

impl Labeled {
    const COUNT: usize = 9;

    fn name(self) -> &'static str {
        match self {
            Self::Started => names::REQUESTS_STARTED,
            Self::Retries => names::RETRIES,
            Self::Wait => names::RATE_LIMIT_WAIT,
            Self::CacheHits => names::CACHE_HITS,
            Self::CacheMisses => names::CACHE_MISSES,
            Self::Deduplicated => names::DEDUPLICATED,
            Self::Queue => names::QUEUE_TIME,
            Self::Network => names::NETWORK_TIME,
            Self::Slow => names::SLOW_REQUESTS,
        }
    }
}

/// The `status` label of a finished request: its code, or `error` (`None`).
type Status = Option<u16>;

/// The keys of one route's metrics (`method` and `route` labels), each built the
/// first time it is used: afterwards exporting a value allocates nothing.
#[derive(Default)]
pub(crate) struct RouteKeys {
    labeled: [Option<Key>; Labeled::COUNT],
    /// Per status seen: the keys of [`names::REQUESTS`] and
    /// [`names::REQUEST_DURATION`]. A route sees a handful of statuses, so a
    /// list beats a map.
    finished: Vec<(Status, Key, Key)>,
    /// Per scope seen: the key of [`names::RATE_LIMITED`].
    rate_limited: Vec<(String, Key)>,
}

fn route_labels(r: &RequestInfo) -> Vec<Label> {
    vec![
        Label::new("method", r.method.clone()),
        Label::new("route", r.route.clone()),
    ]
}

/// The key of `name` with the route's labels plus `extra`.
fn route_key(r: &RequestInfo, name: &'static str, extra: Option<Label>) -> Key {
    let mut labels = route_labels(r);
    labels.extend(extra);
    Key::from_parts(name, labels)
}

impl RouteKeys {
    fn labeled(&mut self, r: &RequestInfo, metric: Labeled) -> &Key {
        self.labeled[metric as usize].get_or_insert_with(|| route_key(r, metric.name(), None))
    }

    fn finished(&mut self, r: &RequestInfo, status: Status) -> (&Key, &Key) {
        let index = match self.finished.iter().position(|(s, ..)| *s == status) {
            Some(index) => index,
            None => {
                let label = match status {
                    Some(code) => code.to_string(),
                    None => "error".to_owned(),
                };
                let status_label = || Some(Label::new("status", label.clone()));
                let requests = route_key(r, names::REQUESTS, status_label());
                let duration = route_key(r, names::REQUEST_DURATION, status_label());
                self.finished.push((status, requests, duration));
                self.finished.len() - 1
            }
        };
        let (_, requests, duration) = &self.finished[index];
        (requests, duration)
    }

    fn rate_limited(&mut self, r: &RequestInfo, scope: &str) -> &Key {
        let index = match self.rate_limited.iter().position(|(s, _)| s == scope) {
            Some(index) => index,
            None => {
                let label = Label::new("scope", scope.to_owned());
                let key = route_key(r, names::RATE_LIMITED, Some(label));
                self.rate_limited.push((scope.to_owned(), key));
                self.rate_limited.len() - 1
            }
        };
        &self.rate_limited[index].1
    }
}

pub(crate) fn started(keys: &mut RouteKeys, r: &RequestInfo) {
    increment(keys.labeled(r, Labeled::Started));
}

/// A request ended with `status` (`None`: failed without an answer).
pub(crate) fn finished(keys: &mut RouteKeys, r: &RequestInfo, status: Status, latency: Duration) {
    let (requests, duration) = keys.finished(r, status);
    increment(requests);
    observe(duration, latency);
}

pub(crate) fn retry(keys: &mut RouteKeys, r: &RequestInfo) {
    increment(keys.labeled(r, Labeled::Retries));
}

pub(crate) fn rate_limited(keys: &mut RouteKeys, r: &RequestInfo, scope: &str) {
    increment(keys.rate_limited(r, scope));
}

pub(crate) fn wait(keys: &mut RouteKeys, r: &RequestInfo, wait: Duration) {
    observe(keys.labeled(r, Labeled::Wait), wait);
}

pub(crate) fn cache(keys: &mut RouteKeys, r: &RequestInfo, hit: bool) {
    let metric = if hit {
        Labeled::CacheHits
    } else {
        Labeled::CacheMisses
    };
    increment(keys.labeled(r, metric));
}

pub(crate) fn deduplicated(keys: &mut RouteKeys, r: &RequestInfo) {
    increment(keys.labeled(r, Labeled::Deduplicated));
}

pub(crate) fn cloudflare_ban() {
    increment(&CLOUDFLARE_BANS);
}

pub(crate) fn split(keys: &mut RouteKeys, r: &RequestInfo, queue: Duration, network: Duration) {
    observe(keys.labeled(r, Labeled::Queue), queue);
    observe(keys.labeled(r, Labeled::Network), network);
}

pub(crate) fn invalid_request() {
    increment(&INVALID_REQUESTS);
}

pub(crate) fn invalid_window(count: u32) {
    metrics::with_recorder(|r| {
        r.register_gauge(&INVALID_REQUESTS_WINDOW, &METADATA)
            .set(f64::from(count));
    });
}

pub(crate) fn events_dropped(total: u64) {
    metrics::with_recorder(|r| {
        r.register_counter(&EVENTS_DROPPED, &METADATA)
            .absolute(total);
    });
}

pub(crate) fn slow_request(keys: &mut RouteKeys, r: &RequestInfo) {
    increment(keys.labeled(r, Labeled::Slow));
}

pub(crate) fn global_pressure() {
    increment(&GLOBAL_PRESSURE);
}
