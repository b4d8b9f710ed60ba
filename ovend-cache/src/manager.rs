//! The cache as the request flow uses it: a backend plus a strategy.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;

use crate::backend::{CacheBackend, CacheError, CacheStats, ValueWithTtl};
use crate::memory::MemoryCache;
use crate::policy::{CachePolicy, CacheStrategy};

/// A [`CacheBackend`] with the rules of what to cache: keys, TTLs per route and the
/// prefixes a mutation invalidates.
///
/// It is itself a `CacheBackend` (delegating to its backend), so it can be handed to
/// anything that takes one; the request flow uses the helpers below on top.
///
/// Cloning is cheap; clones share backend and strategy.
#[derive(Clone)]
pub struct CacheManager {
    backend: Arc<dyn CacheBackend>,
    strategy: Arc<dyn CacheStrategy>,
}

impl Default for CacheManager {
    /// A default [`MemoryCache`] with the default [`CachePolicy`].
    fn default() -> Self {
        Self::new(MemoryCache::new())
    }
}

impl CacheManager {
    /// `backend` with the default [`CachePolicy`].
    pub fn new(backend: impl CacheBackend + 'static) -> Self {
        Self::with_strategy(backend, CachePolicy::default())
    }

    /// `backend` with the rules of `strategy`.
    pub fn with_strategy(
        backend: impl CacheBackend + 'static,
        strategy: impl CacheStrategy + 'static,
    ) -> Self {
        Self {
            backend: Arc::new(backend),
            strategy: Arc::new(strategy),
        }
    }

    /// The backend.
    pub fn backend(&self) -> &Arc<dyn CacheBackend> {
        &self.backend
    }

    /// The strategy.
    pub fn strategy(&self) -> &Arc<dyn CacheStrategy> {
        &self.strategy
    }

    /// See [`CacheStrategy::key_for`].
    pub fn key_for(&self, method: &str, path: &str, query: &str) -> String {
        self.strategy.key_for(method, path, query)
    }

    /// See [`CacheStrategy::ttl_for`].
    pub fn ttl_for(&self, route: &str) -> Option<Duration> {
        self.strategy.ttl_for(route)
    }

    /// See [`CacheStrategy::invalidations_for`].
    pub fn invalidations_for(&self, method: &str, path: &str) -> Vec<String> {
        self.strategy.invalidations_for(method, path)
    }

    /// See [`CacheStrategy::invalidations_for_answer`].
    pub fn invalidations_for_answer(&self, method: &str, path: &str, body: &[u8]) -> Vec<String> {
        self.strategy.invalidations_for_answer(method, path, body)
    }

    /// How long the answer to `method` on `path` may be cached: only `GET`s, only
    /// routes with a non-zero TTL.
    pub fn cache_ttl(&self, method: &str, path: &str) -> Option<Duration> {
        if !method.eq_ignore_ascii_case("GET") {
            return None;
        }
        self.ttl_for(path).filter(|ttl| !ttl.is_zero())
    }

    /// The cached answer to a request, if it is cacheable and cached.
    pub async fn lookup(
        &self,
        method: &str,
        path: &str,
        query: &str,
    ) -> Result<Option<Bytes>, CacheError> {
        if self.cache_ttl(method, path).is_none() {
            return Ok(None);
        }
        self.backend.get(&self.key_for(method, path, query)).await
    }

    /// Stores the answer to a request if the strategy caches it; returns whether it
    /// was stored.
    pub async fn store(
        &self,
        method: &str,
        path: &str,
        query: &str,
        body: Bytes,
    ) -> Result<bool, CacheError> {
        let Some(ttl) = self.cache_ttl(method, path) else {
            return Ok(false);
        };
        let key = self.key_for(method, path, query);
        self.backend.set(&key, body, ttl).await?;
        Ok(true)
    }

    /// Removes what a `method` request on `path` makes stale; returns the prefixes
    /// removed (for events: they never hold tokens).
    pub async fn invalidate(&self, method: &str, path: &str) -> Result<Vec<String>, CacheError> {
        let prefixes = self.invalidations_for(method, path);
        for prefix in &prefixes {
            self.backend.delete_prefix(prefix).await?;
        }
        Ok(prefixes)
    }

    /// Removes what a successful `method` request on `path` that was answered
    /// with `body` makes stale: what [`invalidate`](Self::invalidate) removes,
    /// and the collections only the answer names (a channel's guild). Returns
    /// the prefixes removed.
    pub async fn invalidate_answered(
        &self,
        method: &str,
        path: &str,
        body: &[u8],
    ) -> Result<Vec<String>, CacheError> {
        let mut prefixes = self.invalidations_for(method, path);
        prefixes.extend(self.invalidations_for_answer(method, path, body));
        for prefix in &prefixes {
            self.backend.delete_prefix(prefix).await?;
        }
        Ok(prefixes)
    }
}

impl fmt::Debug for CacheManager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CacheManager")
            .field("backend", &self.backend)
            .field("strategy", &self.strategy)
            .finish()
    }
}

impl CacheBackend for CacheManager {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        self.backend.get(key)
    }

    fn set<'a>(
        &'a self,
        key: &'a str,
        value: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        self.backend.set(key, value, ttl)
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        self.backend.delete(key)
    }

    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        self.backend.delete_prefix(prefix)
    }

    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        self.backend.clear()
    }

    fn stats(&self) -> CacheStats {
        self.backend.stats()
    }

    fn get_with_ttl<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<ValueWithTtl>, CacheError>> {
        self.backend.get_with_ttl(key)
    }

    /// The manager's own strategy: handing a manager over as a plain backend
    /// keeps its rules.
    fn strategy(&self) -> Option<Arc<dyn CacheStrategy>> {
        Some(Arc::clone(&self.strategy))
    }
}
