//! The right to send one request, returned to the limiter with what the answer said.

use std::fmt;

use crate::RateLimitHeaders;

/// A limiter's side of one granted request.
///
/// Implemented by each [`RateLimiter`](crate::RateLimiter); callers only see [`Permit`].
pub trait PermitHandle: Send + Sync {
    /// The request was answered; `headers` is what the answer said.
    fn complete(self: Box<Self>, headers: &RateLimitHeaders);
    /// The request was abandoned (its future dropped) before an answer arrived.
    fn cancel(self: Box<Self>);
}

/// The right to send one request now.
///
/// Hand the answer's headers back with [`Permit::complete`]. Dropping a permit
/// without completing it (the caller was cancelled) returns its slot to the limiter.
#[must_use = "a permit must be completed with the answer's headers, or dropped to cancel"]
pub struct Permit {
    handle: Option<Box<dyn PermitHandle>>,
}

impl Permit {
    /// Wraps a limiter's handle.
    pub fn new(handle: impl PermitHandle + 'static) -> Self {
        Self {
            handle: Some(Box::new(handle)),
        }
    }

    /// A permit that reports to nobody, for limiters that do not limit.
    pub fn unlimited() -> Self {
        Self { handle: None }
    }

    /// Reports the answer to the limiter, which learns the bucket from it.
    pub fn complete(mut self, headers: &RateLimitHeaders) {
        if let Some(handle) = self.handle.take() {
            handle.complete(headers);
        }
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.cancel();
        }
    }
}

impl fmt::Debug for Permit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Permit")
            .field("limited", &self.handle.is_some())
            .finish()
    }
}
