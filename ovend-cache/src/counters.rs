//! Lock-free counters behind [`CacheStats`], shared by every backend.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

use crate::backend::CacheStats;

/// Counters a backend updates as it works; read into a [`CacheStats`].
#[derive(Debug, Default)]
pub(crate) struct Counters {
    hits: AtomicU64,
    misses: AtomicU64,
    inserts: AtomicU64,
    invalidations: AtomicU64,
    evictions: AtomicU64,
    gets: AtomicU64,
    get_nanos: AtomicU64,
    /// Signed: a removal may be counted before the insert it undoes is visible.
    bytes: AtomicI64,
}

impl Counters {
    pub(crate) fn lookup(&self, hit: bool, took: Duration) {
        let counter = if hit { &self.hits } else { &self.misses };
        counter.fetch_add(1, Ordering::Relaxed);
        self.gets.fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
        self.get_nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    pub(crate) fn insert(&self) {
        self.inserts.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn invalidated(&self, n: u64) {
        self.invalidations.fetch_add(n, Ordering::Relaxed);
    }

    pub(crate) fn evicted(&self) {
        self.evictions.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn add_bytes(&self, n: usize) {
        self.bytes
            .fetch_add(i64::try_from(n).unwrap_or(i64::MAX), Ordering::Relaxed);
    }

    pub(crate) fn sub_bytes(&self, n: usize) {
        self.bytes
            .fetch_sub(i64::try_from(n).unwrap_or(i64::MAX), Ordering::Relaxed);
    }

    pub(crate) fn bytes(&self) -> u64 {
        u64::try_from(self.bytes.load(Ordering::Relaxed)).unwrap_or(0)
    }

    /// The counters; `entries` and `memory_bytes` are left for the backend to fill.
    pub(crate) fn stats(&self) -> CacheStats {
        let gets = self.gets.load(Ordering::Relaxed);
        let nanos = self.get_nanos.load(Ordering::Relaxed);
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            inserts: self.inserts.load(Ordering::Relaxed),
            invalidations: self.invalidations.load(Ordering::Relaxed),
            evictions: self.evictions.load(Ordering::Relaxed),
            entries: 0,
            memory_bytes: 0,
            mean_get_nanos: nanos.checked_div(gets).unwrap_or(0),
        }
    }
}
