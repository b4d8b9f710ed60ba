//! The seam every cache layer implements.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;

use crate::policy::CacheStrategy;

/// A cache operation that failed (an unreachable Redis, a bad configuration).
///
/// The request flow treats a failing cache as a miss: a cache never makes a
/// request fail.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CacheError {
    /// The backend could not be reached or answered with an error.
    #[error("cache backend error: {0}")]
    Backend(String),
    /// The cache was configured with values it cannot use.
    #[error("invalid cache configuration: {0}")]
    Config(String),
}

/// A cached value and the time it has left, when the backend knows it.
pub type ValueWithTtl = (Bytes, Option<Duration>);

/// Counters and gauges of one cache.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[non_exhaustive]
pub struct CacheStats {
    /// Lookups that found a live entry.
    pub hits: u64,
    /// Lookups that found nothing.
    pub misses: u64,
    /// Entries written.
    pub inserts: u64,
    /// Entries removed by deletes, prefix deletes and clears.
    pub invalidations: u64,
    /// Entries dropped to stay within capacity or by expiry.
    pub evictions: u64,
    /// Live entries.
    pub entries: u64,
    /// Approximate bytes held by live entries (keys and values).
    pub memory_bytes: u64,
    /// Mean time of a lookup, in nanoseconds.
    pub mean_get_nanos: u64,
}

impl CacheStats {
    /// Hits over all lookups, 0 when there were none.
    pub fn hit_ratio(&self) -> f64 {
        let total = self.hits + self.misses;
        if total == 0 {
            0.0
        } else {
            self.hits as f64 / total as f64
        }
    }
}

/// A key-value store of answer bodies with a time to live.
///
/// Object safe, so the client holds `Arc<dyn CacheBackend>`; `MemoryCache` (moka),
/// `RedisCache` and `TieredCache` implement it.
pub trait CacheBackend: Send + Sync + fmt::Debug {
    /// The live value under `key`, if any.
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>>;
    /// Stores `value` under `key` for `ttl`.
    fn set<'a>(
        &'a self,
        key: &'a str,
        value: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>>;
    /// Removes `key`.
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>>;
    /// Removes every key that starts with `prefix`.
    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>>;
    /// Removes everything.
    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>>;
    /// Current counters.
    fn stats(&self) -> CacheStats;

    /// The live value under `key` with the time it has left, when the backend knows
    /// it (Redis does). A [`TieredCache`](crate::TieredCache) uses it so an entry
    /// copied from L2 into L1 does not outlive its L2 expiry.
    fn get_with_ttl<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<ValueWithTtl>, CacheError>> {
        Box::pin(async move { Ok(self.get(key).await?.map(|value| (value, None))) })
    }

    /// The caching rules that come with this backend, if any.
    ///
    /// A plain store (memory, Redis, tiered) has none and answers `None`; a
    /// [`CacheManager`](crate::CacheManager) answers its strategy, so whoever
    /// is handed a manager as a backend (`RestClientBuilder::cache`) keeps the
    /// rules the manager was built with instead of silently dropping them.
    fn strategy(&self) -> Option<Arc<dyn CacheStrategy>> {
        None
    }
}

/// A shared backend is a backend, so `Arc<dyn CacheBackend>` can be passed wherever
/// an `impl CacheBackend` is expected.
impl<T: CacheBackend + ?Sized> CacheBackend for Arc<T> {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        (**self).get(key)
    }
    fn set<'a>(
        &'a self,
        key: &'a str,
        value: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        (**self).set(key, value, ttl)
    }
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        (**self).delete(key)
    }
    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        (**self).delete_prefix(prefix)
    }
    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        (**self).clear()
    }
    fn stats(&self) -> CacheStats {
        (**self).stats()
    }
    fn get_with_ttl<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<ValueWithTtl>, CacheError>> {
        (**self).get_with_ttl(key)
    }
    fn strategy(&self) -> Option<Arc<dyn CacheStrategy>> {
        (**self).strategy()
    }
}
