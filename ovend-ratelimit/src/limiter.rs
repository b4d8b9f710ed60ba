//! The seam between the request flow and any rate limiter.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;

use crate::{Permit, Priority, RateLimitListener, Rejected, RouteKey};

/// How one request wants to be treated while it waits for its bucket.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct AcquireOptions {
    /// Queue order inside the bucket.
    pub priority: Priority,
    /// Reject instead of waiting longer than this (`None`: the limiter's default).
    pub max_wait: Option<Duration>,
    /// Reject at once instead of waiting whenever the route is rate limited.
    pub reject_on_rate_limit: bool,
}

impl AcquireOptions {
    /// Options with the given priority and every other setting at its default.
    pub fn with_priority(priority: Priority) -> Self {
        Self {
            priority,
            ..Self::default()
        }
    }

    /// Sets `max_wait`.
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// Sets `reject_on_rate_limit`.
    pub fn reject_on_rate_limit(mut self, reject: bool) -> Self {
        self.reject_on_rate_limit = reject;
        self
    }
}

/// Decides when each request may be sent.
///
/// Object safe, so the client holds it as `Arc<dyn RateLimiter>` and users can
/// replace it. `acquire_with` waits (Delay) until the request may go and returns a
/// [`Permit`] (Allow), or refuses it ([`Rejected`]).
pub trait RateLimiter: Send + Sync + fmt::Debug {
    /// Waits until a request on `key` may be sent.
    fn acquire_with<'a>(
        &'a self,
        key: &'a RouteKey,
        options: &'a AcquireOptions,
    ) -> BoxFuture<'a, Result<Permit, Rejected>>;

    /// Forgets that Discord rejected the bot token (after a 401 on a
    /// bot-authenticated route every request is refused at once), so requests go
    /// again: call it once the token is fixed. The default does nothing, for
    /// limiters that keep no such state.
    fn reset_invalid_token(&self) -> BoxFuture<'_, ()> {
        Box::pin(async {})
    }

    /// Sends this limiter's [`RateLimitEvent`](crate::RateLimitEvent)s to
    /// `listener` too, from now on, after the listeners it already has.
    ///
    /// A client calls it to bridge the events of whatever limiter it is given
    /// into its own event system. The default ignores the listener, for limiters
    /// that send no events.
    fn add_listener(&self, listener: Arc<dyn RateLimitListener>) {
        drop(listener);
    }

    /// Waits with the given priority and default options.
    fn acquire<'a>(
        &'a self,
        key: &'a RouteKey,
        priority: Priority,
    ) -> BoxFuture<'a, Result<Permit, Rejected>> {
        Box::pin(async move {
            let options = AcquireOptions::with_priority(priority);
            self.acquire_with(key, &options).await
        })
    }
}

/// A shared limiter is a limiter, so an `Arc` (one limiter for several clients, or
/// kept to read its stats) can be passed wherever an `impl RateLimiter` is expected.
impl<T: RateLimiter + ?Sized> RateLimiter for Arc<T> {
    fn acquire_with<'a>(
        &'a self,
        key: &'a RouteKey,
        options: &'a AcquireOptions,
    ) -> BoxFuture<'a, Result<Permit, Rejected>> {
        (**self).acquire_with(key, options)
    }

    fn reset_invalid_token(&self) -> BoxFuture<'_, ()> {
        (**self).reset_invalid_token()
    }

    fn add_listener(&self, listener: Arc<dyn RateLimitListener>) {
        (**self).add_listener(listener);
    }
}
