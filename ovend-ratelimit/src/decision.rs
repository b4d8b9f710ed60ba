//! [`Decision`]: what the limiter answers one request at one instant.

use std::time::Duration;

use crate::Rejected;

/// What the limiter decides for one request right now.
///
/// Every acquire ends in `Allow` or `Reject`; on the way it may be told `Delay` (a
/// known wait) or `Queue` (a wait whose end depends on an answer still in flight)
/// any number of times. [`RateLimitManager::decide`](crate::RateLimitManager::decide)
/// exposes it for observability and tests.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Decision {
    /// The request may be sent now.
    Allow,
    /// The request must wait this long (bucket, global or sublimit window).
    Delay(Duration),
    /// The request waits for an answer in flight (the bucket is being learned or all
    /// of its remaining requests are in flight); no time is known yet.
    Queue,
    /// The request is refused.
    Reject(Rejected),
}

impl Decision {
    /// Whether the request may be sent now.
    pub fn is_allow(&self) -> bool {
        matches!(self, Self::Allow)
    }
}
