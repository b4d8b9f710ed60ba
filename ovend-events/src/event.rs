//! The events ovend reports.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// How much an event matters; handlers and filters select on it, and the
/// prioritizer dispatches higher levels first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Fine-grained detail (cache hits, rate-limit waits).
    Debug,
    /// Normal operation (a request finished).
    Info,
    /// Something a user should look at (a 429, a retry, the invalid-request warning).
    Warn,
    /// Something failed (a request ended in an error, a Cloudflare ban).
    Error,
}

/// One request as events describe it. Never holds the token, the full path (webhook
/// and interaction tokens live in paths) or the body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestInfo {
    /// A number unique within one client, shared by every event of the request.
    pub id: u64,
    /// HTTP method, e.g. `"GET"`.
    pub method: Arc<str>,
    /// Route template with ids folded, e.g. `/channels/{channel_id}/messages`.
    pub route: Arc<str>,
}

/// What happened.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum EventKind {
    /// A request entered the pipeline.
    RequestStarted {
        /// The request.
        request: RequestInfo,
    },
    /// A request ended with an answer (any status the caller receives as a response).
    RequestCompleted {
        /// The request.
        request: RequestInfo,
        /// Final HTTP status.
        status: u16,
        /// Time from start to answer, waits included.
        latency: Duration,
        /// HTTP attempts made (0 for a cache hit).
        attempts: u32,
    },
    /// A request ended with an error.
    RequestFailed {
        /// The request.
        request: RequestInfo,
        /// The error's display text (never contains the token).
        error: String,
        /// Time from start to failure.
        latency: Duration,
        /// HTTP attempts made.
        attempts: u32,
    },
    /// A request was answered from the cache.
    CacheHit {
        /// The request.
        request: RequestInfo,
    },
    /// A cacheable request found nothing in the cache.
    CacheMiss {
        /// The request.
        request: RequestInfo,
    },
    /// A GET shared the answer of an identical GET already in flight
    /// (single-flight): one request fewer reached Discord.
    Deduplicated {
        /// The request that joined the one in flight.
        request: RequestInfo,
    },
    /// A mutation invalidated cached entries.
    CacheInvalidated {
        /// The key prefix removed (route-level, no tokens).
        prefix: String,
    },
    /// The rate limiter made a request wait before sending.
    RateLimitWait {
        /// The request.
        request: RequestInfo,
        /// How long it waited.
        wait: Duration,
    },
    /// Discord answered 429.
    RateLimited {
        /// The request.
        request: RequestInfo,
        /// The bucket hash, if Discord sent one.
        bucket: Option<String>,
        /// `user`, `global` or `shared`, if sent.
        scope: Option<String>,
        /// When to retry.
        retry_after: Duration,
        /// Whether the global limit was hit.
        global: bool,
    },
    /// A request is being sent again after a failure.
    Retry {
        /// The request.
        request: RequestInfo,
        /// The attempt about to be made (2 for the first retry).
        attempt: u32,
        /// The backoff before it.
        delay: Duration,
        /// Why (e.g. `"502 Bad Gateway"`, `"timeout"`).
        reason: String,
    },
    /// The invalid-request counter crossed a warning threshold.
    InvalidRequestWarning {
        /// Invalid requests in the rolling ten minutes.
        count: u32,
        /// The threshold crossed.
        threshold: u32,
    },
    /// Cloudflare banned the IP; sending stops for `retry_after`.
    CloudflareBan {
        /// How long sending stops.
        retry_after: Duration,
    },
    /// A request could not be granted at once: it waits in the rate limiter's queue.
    RequestQueued {
        /// The request (its route is the queue it waits in).
        request: RequestInfo,
    },
    /// An HTTP attempt of a request leaves for Discord.
    RequestSent {
        /// The request.
        request: RequestInfo,
        /// This attempt's number (1 for the first).
        attempt: u32,
        /// Time the request has spent in the rate limiter's queue so far, over
        /// every attempt.
        queued: Duration,
    },
    /// Discord answered an attempt with a status it counts as invalid (401, 403,
    /// or a 429 other than the `shared` scope); ten thousand of these in ten
    /// minutes get the IP banned.
    InvalidRequest {
        /// The request.
        request: RequestInfo,
        /// The answer's status.
        status: u16,
    },
    /// A request took longer than the client's slow-request threshold.
    SlowRequest {
        /// The request.
        request: RequestInfo,
        /// Time from start to end, waits included.
        latency: Duration,
        /// The threshold it exceeded.
        threshold: Duration,
    },
    /// A route's rate-limit bucket was learned for the first time.
    BucketLearned {
        /// The route template (never a token).
        route: String,
        /// Discord's bucket hash.
        bucket: String,
        /// Requests per window, when the limiter reported it.
        limit: Option<u32>,
        /// The window's length, when the limiter reported it.
        window: Option<Duration>,
    },
    /// A route moved to another rate-limit bucket.
    BucketChanged {
        /// The route template (never a token).
        route: String,
        /// The bucket hash known before.
        old: String,
        /// The bucket hash Discord now sends.
        bucket: String,
        /// Requests per window, when the limiter reported it.
        limit: Option<u32>,
        /// The window's length, when the limiter reported it.
        window: Option<Duration>,
    },
    /// A hidden sublimit was learned from a 429 that left requests in its bucket.
    SublimitLearned {
        /// The route template the sublimit applies to (never a token).
        route: String,
        /// Requests that went through in its window before the 429.
        allowed: u32,
        /// How long its window lasts.
        window: Duration,
    },
    /// The token's global window is full: a request waits for a place in it.
    GlobalPressure {
        /// The route of the request that waits (never a token).
        route: String,
        /// Requests in the global window (in flight or recently answered).
        in_window: u32,
        /// The global limit (requests per window).
        limit: u32,
    },
    /// An event of the user's own, for custom stages and handlers.
    Custom {
        /// A name to route on.
        name: String,
        /// Free text.
        message: String,
    },
}

/// An event with when it happened and how much it matters.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// How much it matters.
    pub level: Level,
    /// When it was emitted.
    pub at: SystemTime,
}

impl Event {
    /// An event happening now, at the level its kind implies.
    pub fn new(kind: EventKind) -> Self {
        let level = kind.default_level();
        Self {
            kind,
            level,
            at: SystemTime::now(),
        }
    }

    /// The same event at another level (an emitter that knows better than the default).
    #[must_use]
    pub fn with_level(mut self, level: Level) -> Self {
        self.level = level;
        self
    }

    /// The kind of this event without its data, for filters and routes.
    pub fn event_type(&self) -> EventType {
        self.kind.event_type()
    }
}

impl From<EventKind> for Event {
    fn from(kind: EventKind) -> Self {
        Self::new(kind)
    }
}

/// The kind of an event without its data: what filters and routes select on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EventType {
    /// [`EventKind::RequestStarted`].
    RequestStarted,
    /// [`EventKind::RequestCompleted`].
    RequestCompleted,
    /// [`EventKind::RequestFailed`].
    RequestFailed,
    /// [`EventKind::CacheHit`].
    CacheHit,
    /// [`EventKind::CacheMiss`].
    CacheMiss,
    /// [`EventKind::Deduplicated`].
    Deduplicated,
    /// [`EventKind::CacheInvalidated`].
    CacheInvalidated,
    /// [`EventKind::RateLimitWait`].
    RateLimitWait,
    /// [`EventKind::RateLimited`].
    RateLimited,
    /// [`EventKind::Retry`].
    Retry,
    /// [`EventKind::InvalidRequestWarning`].
    InvalidRequestWarning,
    /// [`EventKind::CloudflareBan`].
    CloudflareBan,
    /// [`EventKind::RequestQueued`].
    RequestQueued,
    /// [`EventKind::RequestSent`].
    RequestSent,
    /// [`EventKind::InvalidRequest`].
    InvalidRequest,
    /// [`EventKind::SlowRequest`].
    SlowRequest,
    /// [`EventKind::BucketLearned`].
    BucketLearned,
    /// [`EventKind::BucketChanged`].
    BucketChanged,
    /// [`EventKind::SublimitLearned`].
    SublimitLearned,
    /// [`EventKind::GlobalPressure`].
    GlobalPressure,
    /// [`EventKind::Custom`].
    Custom,
}

impl EventType {
    /// A short stable name, e.g. `"request_completed"` (used in logs and metric labels).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RequestStarted => "request_started",
            Self::RequestCompleted => "request_completed",
            Self::RequestFailed => "request_failed",
            Self::CacheHit => "cache_hit",
            Self::CacheMiss => "cache_miss",
            Self::Deduplicated => "deduplicated",
            Self::CacheInvalidated => "cache_invalidated",
            Self::RateLimitWait => "rate_limit_wait",
            Self::RateLimited => "rate_limited",
            Self::Retry => "retry",
            Self::InvalidRequestWarning => "invalid_request_warning",
            Self::CloudflareBan => "cloudflare_ban",
            Self::RequestQueued => "request_queued",
            Self::RequestSent => "request_sent",
            Self::InvalidRequest => "invalid_request",
            Self::SlowRequest => "slow_request",
            Self::BucketLearned => "bucket_learned",
            Self::BucketChanged => "bucket_changed",
            Self::SublimitLearned => "sublimit_learned",
            Self::GlobalPressure => "global_pressure",
            Self::Custom => "custom",
        }
    }
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 4] = [Level::Debug, Level::Info, Level::Warn, Level::Error];

    /// Position in [`Level::ALL`] (0 for `Debug`), used to index per-level queues.
    pub fn index(self) -> usize {
        match self {
            Self::Debug => 0,
            Self::Info => 1,
            Self::Warn => 2,
            Self::Error => 3,
        }
    }

    /// Lower-case name, e.g. `"warn"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Debug => "debug",
            Self::Info => "info",
            Self::Warn => "warn",
            Self::Error => "error",
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl EventKind {
    /// The kind of this event without its data.
    pub fn event_type(&self) -> EventType {
        match self {
            Self::RequestStarted { .. } => EventType::RequestStarted,
            Self::RequestCompleted { .. } => EventType::RequestCompleted,
            Self::RequestFailed { .. } => EventType::RequestFailed,
            Self::CacheHit { .. } => EventType::CacheHit,
            Self::CacheMiss { .. } => EventType::CacheMiss,
            Self::Deduplicated { .. } => EventType::Deduplicated,
            Self::CacheInvalidated { .. } => EventType::CacheInvalidated,
            Self::RateLimitWait { .. } => EventType::RateLimitWait,
            Self::RateLimited { .. } => EventType::RateLimited,
            Self::Retry { .. } => EventType::Retry,
            Self::InvalidRequestWarning { .. } => EventType::InvalidRequestWarning,
            Self::CloudflareBan { .. } => EventType::CloudflareBan,
            Self::RequestQueued { .. } => EventType::RequestQueued,
            Self::RequestSent { .. } => EventType::RequestSent,
            Self::InvalidRequest { .. } => EventType::InvalidRequest,
            Self::SlowRequest { .. } => EventType::SlowRequest,
            Self::BucketLearned { .. } => EventType::BucketLearned,
            Self::BucketChanged { .. } => EventType::BucketChanged,
            Self::SublimitLearned { .. } => EventType::SublimitLearned,
            Self::GlobalPressure { .. } => EventType::GlobalPressure,
            Self::Custom { .. } => EventType::Custom,
        }
    }

    /// The request this event is about, for kinds that concern one request.
    pub fn request(&self) -> Option<&RequestInfo> {
        match self {
            Self::RequestStarted { request }
            | Self::RequestCompleted { request, .. }
            | Self::RequestFailed { request, .. }
            | Self::CacheHit { request }
            | Self::CacheMiss { request }
            | Self::Deduplicated { request }
            | Self::RateLimitWait { request, .. }
            | Self::RateLimited { request, .. }
            | Self::Retry { request, .. }
            | Self::RequestQueued { request }
            | Self::RequestSent { request, .. }
            | Self::InvalidRequest { request, .. }
            | Self::SlowRequest { request, .. } => Some(request),
            Self::BucketLearned { .. }
            | Self::BucketChanged { .. }
            | Self::SublimitLearned { .. }
            | Self::GlobalPressure { .. }
            | Self::CacheInvalidated { .. }
            | Self::InvalidRequestWarning { .. }
            | Self::CloudflareBan { .. }
            | Self::Custom { .. } => None,
        }
    }

    /// The level an event of this kind has unless its emitter says otherwise.
    pub fn default_level(&self) -> Level {
        match self {
            Self::RequestStarted { .. }
            | Self::CacheHit { .. }
            | Self::CacheMiss { .. }
            | Self::Deduplicated { .. }
            | Self::CacheInvalidated { .. }
            | Self::RateLimitWait { .. }
            | Self::RequestQueued { .. }
            | Self::RequestSent { .. }
            | Self::BucketLearned { .. } => Level::Debug,
            Self::RequestCompleted { .. }
            | Self::Custom { .. }
            | Self::BucketChanged { .. }
            | Self::SublimitLearned { .. } => Level::Info,
            Self::RateLimited { .. }
            | Self::Retry { .. }
            | Self::InvalidRequestWarning { .. }
            | Self::InvalidRequest { .. }
            | Self::SlowRequest { .. }
            | Self::GlobalPressure { .. } => Level::Warn,
            Self::RequestFailed { .. } | Self::CloudflareBan { .. } => Level::Error,
        }
    }
}

impl RequestInfo {
    /// Describes request `id` of `method` on the route template `route`.
    ///
    /// The strings are shared: every event of a request carries a copy of its
    /// info, and a copy costs two reference counts, not two allocations.
    pub fn new(id: u64, method: impl Into<Arc<str>>, route: impl Into<Arc<str>>) -> Self {
        Self {
            id,
            method: method.into(),
            route: route.into(),
        }
    }
}
