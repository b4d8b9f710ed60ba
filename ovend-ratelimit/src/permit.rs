//! The right to send one request, returned to the limiter with what the answer said.

use std::fmt;

use crate::RateLimitHeaders;

/// A limiter's side of one granted request.
///
/// Implemented by each [`RateLimiter`](crate::RateLimiter); callers only see [`Permit`].
pub trait PermitHandle: Send + Sync {
    /// The request was answered; `headers` is what the answer said.
    fn complete(self: Box<Self>, headers: &RateLimitHeaders);
    /// The request was abandoned before an answer arrived (its future dropped, a
    /// timeout, a transport error after it may have been written). It may have
    /// reached Discord, so its slot stays spent until its window resets.
    fn cancel(self: Box<Self>);

    /// The request goes out only now, later than it was granted: a limiter
    /// layered on this one (the Redis limiter over its local manager) made it wait.
    /// Round trips are measured from here, so the wait is not taken for network.
    /// The default ignores it.
    fn sending(&mut self) {}

    /// The request was certainly never sent (the connection could not be made):
    /// its slot is returned. The default counts it as spent, which is always safe.
    fn release(self: Box<Self>) {
        self.cancel();
    }
}

/// The right to send one request now.
///
/// Hand the answer's headers back with [`Permit::complete`]. Dropping a permit
/// without completing it (the caller was cancelled, the attempt timed out, the
/// connection broke) frees its place in flight, but the request may have reached
/// Discord, so its slot stays spent until the window resets: the next request
/// cannot overdraw the bucket. [`Permit::release`] returns the slot when the
/// request was certainly never sent.
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

    /// Tells the limiter the request goes out only now (see [`PermitHandle::sending`]).
    #[cfg(feature = "redis")]
    pub(crate) fn sending(&mut self) {
        if let Some(handle) = self.handle.as_mut() {
            handle.sending();
        }
    }

    /// Returns the slot: the request was certainly never written (it could not
    /// connect). When in doubt, drop the permit instead.
    pub fn release(mut self) {
        if let Some(handle) = self.handle.take() {
            handle.release();
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
