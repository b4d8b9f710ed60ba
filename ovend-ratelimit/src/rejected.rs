//! Why a limiter refused to let a request go.

use std::time::Duration;

/// The reason a [`RateLimiter`](crate::RateLimiter) refused a request instead of
/// letting it wait.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Rejected {
    /// Waiting for the bucket would take longer than the caller's `max_wait`.
    #[error("rate limit wait of {wait:?} exceeds max_wait of {max_wait:?}")]
    MaxWait {
        /// How long the request would have had to wait.
        wait: Duration,
        /// The caller's limit.
        max_wait: Duration,
    },
    /// The route is rate limited and the caller asked to be rejected rather than delayed.
    #[error("route is rate limited for {retry_after:?} (global: {global}) and reject_on_rate_limit is set")]
    RateLimited {
        /// When the limit frees.
        retry_after: Duration,
        /// Whether the global limit is the one that binds.
        global: bool,
    },
    /// The bucket's queue already holds its maximum number of waiting requests.
    #[error("the bucket queue is full ({capacity} requests waiting)")]
    QueueFull {
        /// The configured queue capacity.
        capacity: usize,
    },
    /// Discord answered 401 on a bot-authenticated route earlier: the bot token is
    /// invalid and every request with it would fail. Cleared by
    /// [`RateLimiter::reset_invalid_token`](crate::RateLimiter::reset_invalid_token).
    #[error("the bot token was rejected by Discord (401); no further requests are sent")]
    InvalidToken,
    /// Cloudflare banned this IP; sending resumes once the ban should be over.
    #[error("Cloudflare ban in effect for another {remaining:?}; not sending")]
    CloudflareBan {
        /// Time left until sending resumes.
        remaining: Duration,
    },
    /// Too many invalid requests in the rolling ten-minute window.
    #[error("{count} invalid requests in the last 10 minutes reached the safety limit of {limit}")]
    InvalidRequestLimit {
        /// Invalid requests counted in the window.
        count: u32,
        /// The configured refusal threshold.
        limit: u32,
    },
    /// The limiter was shut down.
    #[error("the rate limiter is shut down")]
    Closed,
    /// A shared limiter could not reach its store (Redis down, a script error);
    /// `reason` says what failed, never with a secret in it.
    #[error("the shared rate limiter is unavailable: {reason}")]
    Unavailable {
        /// What failed.
        reason: String,
    },
}
