//! L1 + L2: a fast local cache in front of a shared one.

use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;

use crate::backend::{CacheBackend, CacheError, CacheStats, ValueWithTtl};
#[cfg(feature = "redis")]
use crate::coherence::{CoherenceStats, Subscriber};
use crate::counters::Counters;
#[cfg(feature = "redis")]
use crate::redis::RedisCache;

/// The longest an entry copied from L2 lives in L1 when L2 cannot say how long it
/// has left.
pub const DEFAULT_PROMOTE_TTL: Duration = Duration::from_secs(30);

/// Whether L1 may be used, and the generation that tells a lookup an
/// invalidation ran while it read L2. Shared by a cache and its subscriber.
#[derive(Debug)]
pub(crate) struct L1State {
    live: AtomicBool,
    generation: AtomicU64,
}

impl L1State {
    pub(crate) fn new(live: bool) -> Self {
        Self {
            live: AtomicBool::new(live),
            generation: AtomicU64::new(0),
        }
    }

    pub(crate) fn live(&self) -> bool {
        self.live.load(Ordering::SeqCst)
    }

    pub(crate) fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Marks that an invalidation is about to reach L1.
    pub(crate) fn bump(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    #[cfg_attr(not(feature = "redis"), allow(dead_code))]
    pub(crate) fn set_live(&self, live: bool) {
        self.live.store(live, Ordering::SeqCst);
    }
}

/// Two caches as one: reads try L1 (in-process) then L2 (e.g. Redis shared by
/// several processes), copying an L2 hit into L1; writes and invalidations go to
/// both.
///
/// An L1 failure is treated as a miss; an L2 failure is returned (after L1 was
/// still written or invalidated), so the caller can report it.
///
/// Built with [`new`](Self::new), each process's L1 only learns of its own
/// invalidations: another process's L1 serves its copy until its TTL runs out.
/// Built with `TieredCache::coherent` over a `RedisCache` (feature `redis`),
/// every process's L1 drops what any process invalidated, through Redis
/// pub/sub.
#[derive(Clone)]
pub struct TieredCache {
    l1: Arc<dyn CacheBackend>,
    l2: Arc<dyn CacheBackend>,
    promote_ttl: Duration,
    counters: Arc<Counters>,
    state: Arc<L1State>,
    /// Stops the subscriber when the last clone goes.
    #[cfg(feature = "redis")]
    subscriber: Option<Arc<Subscriber>>,
}

impl TieredCache {
    /// L1 in front of L2.
    pub fn new(l1: impl CacheBackend + 'static, l2: impl CacheBackend + 'static) -> Self {
        Self {
            l1: Arc::new(l1),
            l2: Arc::new(l2),
            promote_ttl: DEFAULT_PROMOTE_TTL,
            counters: Arc::default(),
            state: Arc::new(L1State::new(true)),
            #[cfg(feature = "redis")]
            subscriber: None,
        }
    }

    /// L1 in front of a Redis L2, kept coherent with every other process's
    /// L1 on the same Redis and namespace: what any of them invalidates, this
    /// L1 drops too.
    ///
    /// Every [`RedisCache`] publishes its removals on its
    /// [`invalidation_channel`](RedisCache::invalidation_channel) once the keys
    /// are gone, tagged with the cache's random origin id (shared by its
    /// clones; connect one `RedisCache` per tiered cache). This starts a task
    /// (on the current Tokio runtime) that subscribes to the channel and
    /// applies other origins' removals to L1; a payload it does not
    /// understand is ignored and counted ([`CoherenceStats::malformed`]).
    /// The task stops when the last clone of this cache is dropped.
    ///
    /// **Without the subscription, L1 is not used.** While it is down (Redis
    /// restarting, the network failing) this process could miss
    /// invalidations, so the task clears L1, reads go to Redis and L2 hits are
    /// not copied into L1; it subscribes again with exponential backoff (50 ms
    /// doubling to 5 s) and clears L1 once more before L1 is used again. An L2
    /// hit copied into L1 while an invalidation was under way is dropped, so
    /// L1 never keeps what the process cannot vouch for. What remains is the
    /// pub/sub delay (well under a millisecond on one host) during which
    /// another process may still serve its copy.
    ///
    /// Waits up to the first subscription (at most 5 s); if Redis cannot be
    /// reached by then, the cache works without L1 until the task subscribes.
    /// Fails only for a `RedisCache` made with
    /// [`RedisCacheBuilder::build`](crate::RedisCacheBuilder::build), which
    /// has no client to subscribe with.
    #[cfg(feature = "redis")]
    pub async fn coherent(
        l1: impl CacheBackend + 'static,
        l2: RedisCache,
    ) -> Result<Self, CacheError> {
        let client = l2.client().cloned().ok_or_else(|| {
            CacheError::Config(
                "a coherent tiered cache needs a RedisCache made by `connect`".into(),
            )
        })?;
        let l1: Arc<dyn CacheBackend> = Arc::new(l1);
        let subscriber = Subscriber::start(
            client,
            l2.invalidation_channel().to_owned(),
            l2.origin(),
            Arc::clone(&l1),
            Duration::from_secs(5),
        )
        .await;
        Ok(Self {
            l1,
            l2: Arc::new(l2),
            promote_ttl: DEFAULT_PROMOTE_TTL,
            counters: Arc::default(),
            state: Arc::clone(subscriber.state()),
            subscriber: Some(Arc::new(subscriber)),
        })
    }

    /// What the subscription of a [`coherent`](Self::coherent) cache did;
    /// `None` for a cache made with [`new`](Self::new).
    #[cfg(feature = "redis")]
    pub fn coherence(&self) -> Option<CoherenceStats> {
        self.subscriber
            .as_ref()
            .map(|subscriber| subscriber.stats())
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
        if self.state.live() {
            if let Ok(Some(found)) = self.l1.get_with_ttl(key).await {
                return Ok(Some(found));
            }
        }
        let generation = self.state.generation();
        let Some((value, left)) = self.l2.get_with_ttl(key).await? else {
            return Ok(None);
        };
        let ttl = left.map_or(self.promote_ttl, |left| left.min(self.promote_ttl));
        self.promote(key, &value, ttl, generation).await;
        Ok(Some((value, left)))
    }

    /// Copies an L2 hit into L1, unless an invalidation ran since `generation`
    /// was read: the value may be what it removed. The check follows the copy,
    /// so an invalidation either sees the copy (and removes it) or is seen.
    async fn promote(&self, key: &str, value: &Bytes, ttl: Duration, generation: u64) {
        if !self.state.live() {
            return;
        }
        // Best effort: a failing L1 only costs the next read a trip to L2.
        let _ = self.l1.set(key, value.clone(), ttl).await;
        if self.state.generation() != generation || !self.state.live() {
            let _ = self.l1.delete(key).await;
        }
    }

    /// Runs a removal on both tiers: L1 first, so this process stops serving
    /// the entry at once; L2; then L1 again after marking the generation, so
    /// a concurrent lookup cannot leave behind a copy it read from L2 before
    /// L2 was cleaned.
    async fn remove<'a, F>(&'a self, op: F) -> Result<(), CacheError>
    where
        F: Fn(&'a dyn CacheBackend) -> BoxFuture<'a, Result<(), CacheError>>,
    {
        let _ = op(&*self.l1).await;
        let l2 = op(&*self.l2).await;
        self.state.bump();
        both(op(&*self.l1).await, l2)
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
            .field("l1_in_use", &self.state.live())
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
            // Without the subscription L1 is not in use, so it is not filled.
            let l1 = if self.state.live() {
                self.l1.set(key, value.clone(), ttl).await
            } else {
                Ok(())
            };
            both(l1, self.l2.set(key, value, ttl).await)
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(self.remove(move |tier| tier.delete(key)))
    }

    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(self.remove(move |tier| tier.delete_prefix(prefix)))
    }

    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        Box::pin(self.remove(|tier| tier.clear()))
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
