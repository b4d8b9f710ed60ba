//! L1 + L2: a fast local cache in front of a shared one.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;

use crate::backend::{CacheBackend, CacheError, CacheStats, ValueWithTtl};
use crate::counters::Counters;

/// The longest an entry copied from L2 lives in L1 when L2 cannot say how long it
/// has left.
pub const DEFAULT_PROMOTE_TTL: Duration = Duration::from_secs(30);

/// Two caches as one: reads try L1 (in-process) then L2 (e.g. Redis shared by
/// several processes), copying an L2 hit into L1; writes and invalidations go to
/// both.
///
/// An L1 failure is treated as a miss; an L2 failure is returned (after L1 was
/// still written or invalidated), so the caller can report it.
#[derive(Clone)]
pub struct TieredCache {
    l1: Arc<dyn CacheBackend>,
    l2: Arc<dyn CacheBackend>,
    promote_ttl: Duration,
    counters: Arc<Counters>,
}

impl TieredCache {
    /// L1 in front of L2.
    pub fn new(l1: impl CacheBackend + 'static, l2: impl CacheBackend + 'static) -> Self {
        Self {
            l1: Arc::new(l1),
            l2: Arc::new(l2),
            promote_ttl: DEFAULT_PROMOTE_TTL,
            counters: Arc::default(),
        }
    }

    /// How long an L2 hit may live in L1 at most (default 30 s). When L2 reports
    /// the entry's remaining time, the shorter of the two is used.
    #[must_use]
    pub fn promote_ttl(mut self, ttl: Duration) -> Self {
        self.promote_ttl = ttl;
        self
    }

    /// The first tier.
    pub fn l1(&self) -> &Arc<dyn CacheBackend> {
        &self.l1
    }

    /// The second tier.
    pub fn l2(&self) -> &Arc<dyn CacheBackend> {
        &self.l2
    }

    async fn lookup(&self, key: &str) -> Result<Option<ValueWithTtl>, CacheError> {
        if let Ok(Some(found)) = self.l1.get_with_ttl(key).await {
            return Ok(Some(found));
        }
        let Some((value, left)) = self.l2.get_with_ttl(key).await? else {
            return Ok(None);
        };
        let ttl = left.map_or(self.promote_ttl, |left| left.min(self.promote_ttl));
        // Best effort: a failing L1 only costs the next read a trip to L2.
        let _ = self.l1.set(key, value.clone(), ttl).await;
        Ok(Some((value, left)))
    }

    async fn timed(&self, key: &str) -> Result<Option<ValueWithTtl>, CacheError> {
        let started = Instant::now();
        let found = self.lookup(key).await;
        let hit = matches!(found, Ok(Some(_)));
        self.counters.lookup(hit, started.elapsed());
        found
    }
}

/// Both results, the L2 error first (it is the one a caller can act on).
fn both(l1: Result<(), CacheError>, l2: Result<(), CacheError>) -> Result<(), CacheError> {
    l2.and(l1)
}

impl fmt::Debug for TieredCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TieredCache")
            .field("l1", &self.l1)
            .field("l2", &self.l2)
            .field("promote_ttl", &self.promote_ttl)
            .finish()
    }
}

impl CacheBackend for TieredCache {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        Box::pin(async move { Ok(self.timed(key).await?.map(|(value, _)| value)) })
    }

    fn get_with_ttl<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<ValueWithTtl>, CacheError>> {
        Box::pin(self.timed(key))
    }

    fn set<'a>(
        &'a self,
        key: &'a str,
        value: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.counters.insert();
            let l1 = self.l1.set(key, value.clone(), ttl).await;
            both(l1, self.l2.set(key, value, ttl).await)
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move { both(self.l1.delete(key).await, self.l2.delete(key).await) })
    }

    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            let l1 = self.l1.delete_prefix(prefix).await;
            both(l1, self.l2.delete_prefix(prefix).await)
        })
    }

    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        Box::pin(async move { both(self.l1.clear().await, self.l2.clear().await) })
    }

    /// Lookups as the tiers together answered them; removals summed over both
    /// tiers; size and memory of L1 (the one this process holds). Each tier's own
    /// numbers are available through [`l1`](Self::l1) and [`l2`](Self::l2).
    fn stats(&self) -> CacheStats {
        let (l1, l2) = (self.l1.stats(), self.l2.stats());
        CacheStats {
            invalidations: l1.invalidations + l2.invalidations,
            evictions: l1.evictions + l2.evictions,
            entries: l1.entries,
            memory_bytes: l1.memory_bytes,
            ..self.counters.stats()
        }
    }
}
