//! What the limiter tells the outside world: [`RateLimitEvent`] and its listener.
//!
//! This crate does not depend on an event system; a listener is a plain callback
//! (`ovend-rest` bridges it into `ovend-events`). Listeners run inline on the request
//! path (after the limiter released its lock), so they must be cheap and never block.

use std::time::Duration;

use crate::{Rejected, RouteKey, Scope};

/// Why a request is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WaitReason {
    /// Its bucket has no request left in the current window.
    Bucket,
    /// The token's global limit (proactive pacing or a global 429).
    Global,
    /// A hidden sublimit learned from an earlier 429, or a documented pacing such as reactions.
    Sublimit,
    /// Its bucket is not known yet: one request is learning it and the rest are held.
    Learning,
    /// A 429 told the limiter to back off this bucket (including `shared` scope).
    RetryAfter,
}

/// Something the rate limiter did or learned.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RateLimitEvent {
    /// A request has to wait before it may be sent.
    Waiting {
        /// The request's route.
        key: RouteKey,
        /// How long it is expected to wait (`None`: until an answer in flight arrives).
        wait: Option<Duration>,
        /// What it waits for.
        reason: WaitReason,
    },
    /// A request was refused.
    Rejected {
        /// The request's route.
        key: RouteKey,
        /// Why.
        reason: Rejected,
    },
    /// Discord answered 429.
    RateLimited {
        /// The request's route.
        key: RouteKey,
        /// `X-RateLimit-Scope`, when sent.
        scope: Option<Scope>,
        /// Whether it was the global limit.
        global: bool,
        /// When the limit frees, as Discord said.
        retry_after: Option<Duration>,
        /// `X-RateLimit-Remaining` on the 429 (above 0 means a hidden sublimit).
        remaining: Option<u32>,
    },
    /// A route's bucket hash was learned for the first time.
    BucketLearned {
        /// The route that taught it.
        key: RouteKey,
        /// Discord's bucket hash.
        hash: String,
        /// Requests per window, when sent.
        limit: Option<u32>,
        /// The window's length, when the answer that taught the hash was its
        /// window's first (its `Reset-After` then runs the whole window).
        window: Option<Duration>,
    },
    /// A route's bucket hash changed.
    BucketChanged {
        /// The route whose hash changed.
        key: RouteKey,
        /// The hash known before.
        old: String,
        /// The hash Discord now sends.
        new: String,
    },
    /// A hidden sublimit was learned from a 429 whose `remaining` was above 0.
    SublimitLearned {
        /// The route (and major) the sublimit applies to.
        key: RouteKey,
        /// How many requests went through in its window before the 429.
        allowed: u32,
        /// How long its window lasts, from the first request to when `retry_after` frees it.
        window: Duration,
    },
    /// A request waits for the token's global window: it is full (or a global
    /// 429 blocks it). Sent with the request's `Waiting` event, once per request
    /// and wait reason, so its cost follows the waits, not the requests.
    GlobalPressure {
        /// The route of the request that waits.
        key: RouteKey,
        /// Places taken in the window: requests in flight, and answered ones
        /// still inside it.
        in_window: u32,
        /// The global limit per window.
        limit: u32,
    },
    /// The count of invalid requests in the last ten minutes crossed a warning threshold.
    InvalidRequestWarning {
        /// Invalid requests counted in the rolling window.
        count: u32,
        /// The threshold that was crossed.
        threshold: u32,
    },
    /// A Cloudflare ban was detected: nothing is sent until it should be over.
    CloudflareBan {
        /// How long sending stops.
        duration: Duration,
    },
    /// Discord answered 401 on a bot-authenticated route: the bot token is invalid
    /// and every later request is refused until the state is reset. (A 401 on a
    /// webhook- or interaction-token route concerns that path's token only.)
    TokenInvalid,
    /// An answer's rate-limit headers could not be trusted (malformed, limit 0,
    /// remaining above limit): the bucket falls back to one request at a time
    /// until sane headers arrive. Sent once per bucket until then.
    UntrustedHeaders {
        /// The route whose answer it was.
        key: RouteKey,
        /// What was wrong.
        reason: &'static str,
    },
    /// A shared limiter lost its store (Redis did not answer, refused the
    /// connection or failed a script): from now on it follows its failure policy
    /// (refuse, or limit in memory with a share of the global limit) until the
    /// store answers again.
    SharedStoreDown {
        /// What failed, never with a secret or a key in it.
        reason: String,
    },
    /// A shared limiter's store answers again: requests are limited through it as before.
    SharedStoreRecovered {
        /// How long the store was unreachable.
        after: Duration,
    },
}

/// Receives [`RateLimitEvent`]s. Must be cheap and must never block.
pub trait RateLimitListener: Send + Sync {
    /// Called for each event, inline on the request path.
    fn on_event(&self, event: &RateLimitEvent);

    /// Whether this listener will never want another event (what it reports to is
    /// gone). A limiter forgets closed listeners the next time one is added, so a
    /// limiter that outlives many clients does not keep each one's listener. The
    /// default is `false`.
    fn is_closed(&self) -> bool {
        false
    }
}

impl<F> RateLimitListener for F
where
    F: Fn(&RateLimitEvent) + Send + Sync,
{
    fn on_event(&self, event: &RateLimitEvent) {
        self(event);
    }
}
