//! L1: an in-process cache on moka.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;
use moka::future::Cache;
use moka::notification::RemovalCause;
use moka::policy::{EvictionPolicy, Expiry};

use crate::backend::{CacheBackend, CacheError, CacheStats};
use crate::counters::Counters;

/// Default bound: 64 MiB of keys and values.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Default time to live of [`MemoryCache::insert`].
pub const DEFAULT_TTL: Duration = Duration::from_secs(60);

/// What bounds a [`MemoryCache`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Capacity {
    /// Total bytes of keys plus values.
    Bytes(u64),
    /// Number of entries, whatever their size.
    Entries(u64),
}

/// Which entry goes when the cache is full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Eviction {
    /// Least recently used goes first, and every new entry is admitted.
    #[default]
    Lru,
    /// moka's TinyLFU: admission by estimated frequency, better hit ratios on skewed
    /// workloads, but a new entry may be refused when the cache is full.
    TinyLfu,
}

/// A stored answer and the time it may live.
#[derive(Clone)]
struct Entry {
    value: Bytes,
    ttl: Duration,
}

/// Per-entry expiry: each entry lives for the TTL it was stored with, and an
/// overwrite restarts the clock with the new TTL.
struct PerEntryTtl;

impl Expiry<String, Entry> for PerEntryTtl {
    fn expire_after_create(&self, _: &String, entry: &Entry, _: Instant) -> Option<Duration> {
        Some(entry.ttl)
    }

    fn expire_after_update(
        &self,
        _: &String,
        entry: &Entry,
        _: Instant,
        _: Option<Duration>,
    ) -> Option<Duration> {
        Some(entry.ttl)
    }
}

fn weight(key: &str, value: &Bytes) -> usize {
    key.len().saturating_add(value.len())
}

/// An in-process cache of answer bodies: moka's concurrent cache with a byte or
/// entry bound, LRU (or TinyLFU) eviction and a TTL per entry.
///
/// Cloning is cheap and clones share the entries. Counts that depend on moka's
/// housekeeping (evictions, expiries, prefix invalidations, `entries`) may lag
/// until it runs; [`run_pending_tasks`](Self::run_pending_tasks) forces it.
#[derive(Clone)]
pub struct MemoryCache {
    cache: Cache<String, Entry>,
    counters: Arc<Counters>,
    capacity: Capacity,
    default_ttl: Duration,
}

impl MemoryCache {
    /// A cache with the defaults: 64 MiB, LRU, 60 s default TTL.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// Starts configuring a cache.
    pub fn builder() -> MemoryCacheBuilder {
        MemoryCacheBuilder::default()
    }

    /// Stores `value` under `key` for the default TTL.
    pub async fn insert(&self, key: &str, value: Bytes) {
        self.store(key, value, self.default_ttl).await;
    }

    /// The configured default TTL.
    pub fn default_ttl(&self) -> Duration {
        self.default_ttl
    }

    /// The configured bound.
    pub fn capacity(&self) -> Capacity {
        self.capacity
    }

    /// Runs moka's pending housekeeping now: expiries, evictions and prefix
    /// invalidations take effect in the counters.
    pub async fn run_pending_tasks(&self) {
        self.cache.run_pending_tasks().await;
    }

    async fn store(&self, key: &str, value: Bytes, ttl: Duration) {
        if ttl.is_zero() {
            // Nothing may live for zero time; what was there is now stale too.
            self.cache.invalidate(key).await;
            return;
        }
        self.counters.add_bytes(weight(key, &value));
        self.counters.insert();
        self.cache
            .insert(key.to_owned(), Entry { value, ttl })
            .await;
    }

    async fn lookup(&self, key: &str) -> Option<Bytes> {
        let started = Instant::now();
        let found = self.cache.get(key).await.map(|entry| entry.value);
        self.counters.lookup(found.is_some(), started.elapsed());
        found
    }

    fn delete_matching(&self, prefix: &str) -> Result<(), CacheError> {
        let prefix = prefix.to_owned();
        // moka records the predicate and hides matching entries from every read at
        // once; the entries themselves are dropped during housekeeping.
        self.cache
            .invalidate_entries_if(move |key, _| key.starts_with(&prefix))
            .map(drop)
            .map_err(|e| CacheError::Backend(e.to_string()))
    }
}

impl Default for MemoryCache {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for MemoryCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryCache")
            .field("capacity", &self.capacity)
            .field("default_ttl", &self.default_ttl)
            .field("entries", &self.cache.entry_count())
            .finish()
    }
}

impl CacheBackend for MemoryCache {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        Box::pin(async move { Ok(self.lookup(key).await) })
    }

    fn set<'a>(
        &'a self,
        key: &'a str,
        value: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.store(key, value, ttl).await;
            Ok(())
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.cache.invalidate(key).await;
            Ok(())
        })
    }

    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            if prefix.is_empty() {
                self.cache.invalidate_all();
                return Ok(());
            }
            self.delete_matching(prefix)
        })
    }

    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        Box::pin(async move {
            self.cache.invalidate_all();
            Ok(())
        })
    }

    fn stats(&self) -> CacheStats {
        CacheStats {
            entries: self.cache.entry_count(),
            memory_bytes: self.counters.bytes(),
            ..self.counters.stats()
        }
    }
}

/// Configures a [`MemoryCache`].
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct MemoryCacheBuilder {
    capacity: Capacity,
    default_ttl: Duration,
    eviction: Eviction,
}

impl Default for MemoryCacheBuilder {
    fn default() -> Self {
        Self {
            capacity: Capacity::Bytes(DEFAULT_MAX_BYTES),
            default_ttl: DEFAULT_TTL,
            eviction: Eviction::default(),
        }
    }
}

impl MemoryCacheBuilder {
    /// Bounds the cache by bytes of keys plus values (the default, 64 MiB).
    pub fn max_bytes(mut self, bytes: u64) -> Self {
        self.capacity = Capacity::Bytes(bytes);
        self
    }

    /// Bounds the cache by number of entries.
    pub fn max_entries(mut self, entries: u64) -> Self {
        self.capacity = Capacity::Entries(entries);
        self
    }

    /// The TTL of [`MemoryCache::insert`] (default 60 s). [`CacheBackend::set`]
    /// always uses the TTL it is given.
    pub fn default_ttl(mut self, ttl: Duration) -> Self {
        self.default_ttl = ttl;
        self
    }

    /// The eviction policy (default [`Eviction::Lru`]).
    pub fn eviction(mut self, eviction: Eviction) -> Self {
        self.eviction = eviction;
        self
    }

    /// Builds the cache.
    pub fn build(self) -> MemoryCache {
        let counters = Arc::new(Counters::default());
        let listener = {
            let counters = Arc::clone(&counters);
            move |key: Arc<String>, entry: Entry, cause: RemovalCause| {
                counters.sub_bytes(weight(&key, &entry.value));
                match cause {
                    RemovalCause::Expired | RemovalCause::Size => counters.evicted(),
                    RemovalCause::Explicit => counters.invalidated(1),
                    RemovalCause::Replaced => {}
                }
            }
        };
        let policy = match self.eviction {
            Eviction::Lru => EvictionPolicy::lru(),
            Eviction::TinyLfu => EvictionPolicy::tiny_lfu(),
        };
        let builder = Cache::builder()
            .eviction_policy(policy)
            .expire_after(PerEntryTtl)
            .eviction_listener(listener)
            .support_invalidation_closures();
        let cache = match self.capacity {
            Capacity::Entries(n) => builder.max_capacity(n).build(),
            Capacity::Bytes(n) => builder
                .max_capacity(n)
                .weigher(|key: &String, entry: &Entry| {
                    u32::try_from(weight(key, &entry.value)).unwrap_or(u32::MAX)
                })
                .build(),
        };
        MemoryCache {
            cache,
            counters,
            capacity: self.capacity,
            default_ttl: self.default_ttl,
        }
    }
}
