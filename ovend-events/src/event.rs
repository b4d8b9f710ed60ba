//! The events ovend reports.

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
    pub method: String,
    /// Route template with ids folded, e.g. `/channels/{channel_id}/messages`.
    pub route: String,
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
}

impl EventKind {
    /// The level an event of this kind has unless its emitter says otherwise.
    pub fn default_level(&self) -> Level {
        match self {
            Self::RequestStarted { .. }
            | Self::CacheHit { .. }
            | Self::CacheMiss { .. }
            | Self::CacheInvalidated { .. }
            | Self::RateLimitWait { .. } => Level::Debug,
            Self::RequestCompleted { .. } | Self::Custom { .. } => Level::Info,
            Self::RateLimited { .. } | Self::Retry { .. } | Self::InvalidRequestWarning { .. } => {
                Level::Warn
            }
            Self::RequestFailed { .. } | Self::CloudflareBan { .. } => Level::Error,
        }
    }
}
