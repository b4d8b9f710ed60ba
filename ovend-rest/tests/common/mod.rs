//! Helpers shared by the integration tests.
#![allow(dead_code)]

use futures::future::BoxFuture;
use ovend_rest::{
    AcquireOptions, Permit, RateLimiter, Rejected, RestClient, RestClientBuilder, RouteKey,
};
use ovend_testkit::MockDiscord;

/// A builder pointed at `mock` with its token.
pub fn builder(mock: &MockDiscord) -> RestClientBuilder {
    RestClient::builder()
        .token(mock.token())
        .base_url(mock.base_url())
}

/// A default client for `mock`.
pub fn client(mock: &MockDiscord) -> RestClient {
    builder(mock).build().unwrap()
}

/// A client for `mock` with an in-memory cache.
#[cfg(feature = "cache")]
pub fn cached_client(mock: &MockDiscord) -> RestClient {
    builder(mock)
        .cache(ovend_rest::cache::MemoryCache::new())
        .build()
        .unwrap()
}

/// A limiter that lets everything through at once, so tests can make the
/// emulator answer 429 and watch the flow handle it.
#[derive(Debug)]
pub struct NoLimit;

impl RateLimiter for NoLimit {
    fn acquire_with<'a>(
        &'a self,
        _key: &'a RouteKey,
        _options: &'a AcquireOptions,
    ) -> BoxFuture<'a, Result<Permit, Rejected>> {
        Box::pin(async { Ok(Permit::unlimited()) })
    }
}
