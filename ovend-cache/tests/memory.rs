//! MemoryCache: TTLs, LRU eviction, prefix invalidation and statistics.

use std::time::Duration;

use bytes::Bytes;
use ovend_cache::{CacheBackend, Eviction, MemoryCache};

fn bytes(n: usize) -> Bytes {
    Bytes::from(vec![b'x'; n])
}

#[tokio::test]
async fn entries_expire_after_their_own_ttl() {
    let cache = MemoryCache::new();
    cache
        .set("short", bytes(1), Duration::from_millis(30))
        .await
        .unwrap();
    cache
        .set("long", bytes(1), Duration::from_secs(60))
        .await
        .unwrap();
    assert!(cache.get("short").await.unwrap().is_some());
    // moka keeps its own (real) clock: a short TTL and a short sleep are the way.
    tokio::time::sleep(Duration::from_millis(60)).await;
    assert!(cache.get("short").await.unwrap().is_none());
    assert!(cache.get("long").await.unwrap().is_some());
    // Reads hide an expired entry at once; moka's timer wheel (about one-second
    // ticks) drops it later, and only then do the counters show it.
    let mut waited = Duration::ZERO;
    while cache.stats().evictions == 0 && waited < Duration::from_secs(3) {
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += Duration::from_millis(50);
        cache.run_pending_tasks().await;
    }
    let stats = cache.stats();
    assert_eq!(stats.evictions, 1, "expiry counts as an eviction");
    assert_eq!(stats.entries, 1);
    assert_eq!(stats.memory_bytes, "long".len() as u64 + 1);
}

#[tokio::test]
async fn overwriting_restarts_the_ttl_and_zero_ttl_removes() {
    let cache = MemoryCache::new();
    cache
        .set("k", bytes(1), Duration::from_millis(30))
        .await
        .unwrap();
    cache
        .set("k", bytes(2), Duration::from_secs(60))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(60)).await;
    assert_eq!(cache.get("k").await.unwrap(), Some(bytes(2)));
    cache.set("k", bytes(3), Duration::ZERO).await.unwrap();
    assert_eq!(cache.get("k").await.unwrap(), None);
}

#[tokio::test]
async fn default_ttl_applies_to_insert() {
    let cache = MemoryCache::builder()
        .default_ttl(Duration::from_millis(30))
        .build();
    cache.insert("k", bytes(1)).await;
    assert!(cache.get("k").await.unwrap().is_some());
    tokio::time::sleep(Duration::from_millis(60)).await;
    assert!(cache.get("k").await.unwrap().is_none());
}

#[tokio::test]
async fn lru_evicts_the_least_recently_used_under_an_entry_bound() {
    let cache = MemoryCache::builder()
        .max_entries(3)
        .eviction(Eviction::Lru)
        .build();
    let ttl = Duration::from_secs(60);
    for key in ["a", "b", "c"] {
        cache.set(key, bytes(1), ttl).await.unwrap();
        cache.run_pending_tasks().await;
    }
    // Touch "a", so "b" is now the least recently used.
    assert!(cache.get("a").await.unwrap().is_some());
    cache.run_pending_tasks().await;
    cache.set("d", bytes(1), ttl).await.unwrap();
    cache.run_pending_tasks().await;
    assert!(
        cache.get("b").await.unwrap().is_none(),
        "b was least recently used"
    );
    for key in ["a", "c", "d"] {
        assert!(
            cache.get(key).await.unwrap().is_some(),
            "{key} must survive"
        );
    }
    let stats = cache.stats();
    assert_eq!(stats.entries, 3);
    assert_eq!(stats.evictions, 1);
}

#[tokio::test]
async fn byte_bound_counts_keys_and_values() {
    let cache = MemoryCache::builder().max_bytes(1_000).build();
    let ttl = Duration::from_secs(60);
    for i in 0..10 {
        // 3-byte key + 197-byte value = 200 bytes: five fit.
        cache
            .set(&format!("k{i:02}"), bytes(197), ttl)
            .await
            .unwrap();
        cache.run_pending_tasks().await;
    }
    let stats = cache.stats();
    assert_eq!(stats.entries, 5);
    assert_eq!(stats.memory_bytes, 1_000);
    assert_eq!(stats.evictions, 5);
    // The most recent ones stay under LRU.
    assert!(cache.get("k09").await.unwrap().is_some());
    assert!(cache.get("k00").await.unwrap().is_none());
}

#[tokio::test]
async fn delete_prefix_removes_exactly_the_prefixed_keys() {
    let cache = MemoryCache::new();
    let ttl = Duration::from_secs(60);
    for key in [
        "GET /channels/1?",
        "GET /channels/1/messages?limit=5",
        "GET /channels/12?",
        "GET /users/@me?",
    ] {
        cache.set(key, bytes(4), ttl).await.unwrap();
    }
    cache.delete_prefix("GET /channels/1?").await.unwrap();
    cache.delete_prefix("GET /channels/1/").await.unwrap();
    // Hidden at once, before any housekeeping.
    assert!(cache.get("GET /channels/1?").await.unwrap().is_none());
    assert!(cache
        .get("GET /channels/1/messages?limit=5")
        .await
        .unwrap()
        .is_none());
    assert!(cache.get("GET /channels/12?").await.unwrap().is_some());
    assert!(cache.get("GET /users/@me?").await.unwrap().is_some());
    cache.run_pending_tasks().await;
    let stats = cache.stats();
    assert_eq!(stats.invalidations, 2);
    assert_eq!(stats.entries, 2);
    // Entries inserted after the prefix delete are not affected by it.
    cache.set("GET /channels/1?", bytes(4), ttl).await.unwrap();
    assert!(cache.get("GET /channels/1?").await.unwrap().is_some());
}

#[tokio::test]
async fn delete_and_clear() {
    let cache = MemoryCache::new();
    let ttl = Duration::from_secs(60);
    cache.set("a", bytes(1), ttl).await.unwrap();
    cache.set("b", bytes(1), ttl).await.unwrap();
    cache.delete("a").await.unwrap();
    assert!(cache.get("a").await.unwrap().is_none());
    cache.clear().await.unwrap();
    assert!(cache.get("b").await.unwrap().is_none());
    cache.run_pending_tasks().await;
    let stats = cache.stats();
    assert_eq!(stats.entries, 0);
    assert_eq!(stats.memory_bytes, 0);
    assert_eq!(stats.invalidations, 2);
}

#[tokio::test]
async fn stats_count_hits_misses_inserts_and_time() {
    let cache = MemoryCache::new();
    cache
        .set("k", bytes(10), Duration::from_secs(60))
        .await
        .unwrap();
    for _ in 0..3 {
        cache.get("k").await.unwrap();
    }
    cache.get("missing").await.unwrap();
    let stats = cache.stats();
    assert_eq!((stats.hits, stats.misses, stats.inserts), (3, 1, 1));
    assert_eq!(stats.hit_ratio(), 0.75);
    assert_eq!(stats.memory_bytes, 11);
    assert!(stats.mean_get_nanos > 0);
}
