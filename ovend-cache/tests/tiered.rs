//! TieredCache and CacheManager over real memory tiers.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;
use ovend_cache::{
    CacheBackend, CacheError, CacheManager, CachePolicy, CacheStats, CacheStrategy, MemoryCache,
    TieredCache, ValueWithTtl,
};

/// An L2 double: a memory cache that reports a fixed remaining TTL and can be
/// switched to failing.
#[derive(Debug, Clone)]
struct Remote {
    store: MemoryCache,
    left: Option<Duration>,
    down: Arc<AtomicBool>,
}

impl Remote {
    fn new(left: Option<Duration>) -> Self {
        Self {
            store: MemoryCache::new(),
            left,
            down: Arc::default(),
        }
    }

    fn check(&self) -> Result<(), CacheError> {
        if self.down.load(Ordering::SeqCst) {
            Err(CacheError::Backend("down".into()))
        } else {
            Ok(())
        }
    }
}

impl CacheBackend for Remote {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        Box::pin(async move {
            self.check()?;
            self.store.get(key).await
        })
    }
    fn get_with_ttl<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<ValueWithTtl>, CacheError>> {
        Box::pin(async move { Ok(self.get(key).await?.map(|v| (v, self.left))) })
    }
    fn set<'a>(
        &'a self,
        key: &'a str,
        v: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.check()?;
            self.store.set(key, v, ttl).await
        })
    }
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.check()?;
            self.store.delete(key).await
        })
    }
    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.check()?;
            self.store.delete_prefix(prefix).await
        })
    }
    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        Box::pin(async move {
            self.check()?;
            self.store.clear().await
        })
    }
    fn stats(&self) -> CacheStats {
        self.store.stats()
    }
}

const TTL: Duration = Duration::from_secs(60);

fn b(s: &'static str) -> Bytes {
    Bytes::from_static(s.as_bytes())
}

#[tokio::test]
async fn reads_fall_through_to_l2_and_populate_l1() {
    let l1 = MemoryCache::new();
    let l2 = Remote::new(None);
    let tiered = TieredCache::new(l1.clone(), l2.clone());
    // Written by another process: only in L2.
    l2.set("k", b("v"), TTL).await.unwrap();
    assert_eq!(l1.get("k").await.unwrap(), None);
    assert_eq!(tiered.get("k").await.unwrap(), Some(b("v")));
    assert_eq!(l1.get("k").await.unwrap(), Some(b("v")), "promoted into L1");
    // The next read is served by L1 without touching L2.
    l2.down.store(true, Ordering::SeqCst);
    assert_eq!(tiered.get("k").await.unwrap(), Some(b("v")));
    assert_eq!(tiered.get("missing").await.map_err(|_| ()), Err(()));
    let stats = tiered.stats();
    assert_eq!((stats.hits, stats.misses), (2, 1));
}

#[tokio::test]
async fn promotion_never_outlives_the_l2_entry() {
    let l1 = MemoryCache::new();
    let l2 = Remote::new(Some(Duration::from_millis(30)));
    let tiered = TieredCache::new(l1.clone(), l2.clone()).promote_ttl(TTL);
    l2.set("k", b("v"), TTL).await.unwrap();
    assert!(tiered.get("k").await.unwrap().is_some());
    tokio::time::sleep(Duration::from_millis(60)).await;
    assert_eq!(
        l1.get("k").await.unwrap(),
        None,
        "L1 copy expired with L2's time left"
    );
}

#[tokio::test]
async fn writes_and_invalidations_reach_both_tiers() {
    let l1 = MemoryCache::new();
    let l2 = Remote::new(None);
    let tiered = TieredCache::new(l1.clone(), l2.clone());
    tiered.set("GET /a?", b("1"), TTL).await.unwrap();
    tiered.set("GET /a/b?", b("2"), TTL).await.unwrap();
    tiered.set("GET /c?", b("3"), TTL).await.unwrap();
    for tier in [&l1 as &dyn CacheBackend, &l2] {
        assert!(tier.get("GET /a?").await.unwrap().is_some());
    }
    tiered.delete("GET /a?").await.unwrap();
    tiered.delete_prefix("GET /a/").await.unwrap();
    for tier in [&l1 as &dyn CacheBackend, &l2] {
        assert!(tier.get("GET /a?").await.unwrap().is_none());
        assert!(tier.get("GET /a/b?").await.unwrap().is_none());
        assert!(tier.get("GET /c?").await.unwrap().is_some());
    }
    tiered.clear().await.unwrap();
    assert!(l1.get("GET /c?").await.unwrap().is_none());
    assert!(l2.get("GET /c?").await.unwrap().is_none());
}

#[tokio::test]
async fn an_l2_failure_is_reported_but_l1_is_still_invalidated() {
    let l1 = MemoryCache::new();
    let l2 = Remote::new(None);
    let tiered = TieredCache::new(l1.clone(), l2.clone());
    tiered.set("k", b("v"), TTL).await.unwrap();
    l2.down.store(true, Ordering::SeqCst);
    assert!(tiered.delete("k").await.is_err());
    assert!(
        l1.get("k").await.unwrap().is_none(),
        "never serve what was invalidated"
    );
}

#[tokio::test]
async fn manager_caches_gets_by_policy_and_invalidates_mutations() {
    let manager = CacheManager::new(MemoryCache::new());
    let body = b("{}");
    assert!(manager
        .store("GET", "/channels/1", "", body.clone())
        .await
        .unwrap());
    assert!(manager
        .store("GET", "/channels/1/messages", "limit=5", body.clone())
        .await
        .unwrap());
    assert!(manager
        .store("GET", "/channels/12", "", body.clone())
        .await
        .unwrap());
    // Not cached: mutations and token routes.
    assert!(!manager
        .store("POST", "/channels/1/messages", "", body.clone())
        .await
        .unwrap());
    assert!(!manager
        .store("GET", "/webhooks/1/token", "", body.clone())
        .await
        .unwrap());
    assert_eq!(
        manager.cache_ttl("GET", "/users/@me"),
        Some(Duration::from_secs(300))
    );
    assert_eq!(manager.cache_ttl("DELETE", "/users/@me"), None);

    let removed = manager
        .invalidate("POST", "/channels/1/messages")
        .await
        .unwrap();
    assert!(removed.iter().all(|p| p.starts_with("GET /channels")));
    assert_eq!(
        manager.lookup("GET", "/channels/1", "").await.unwrap(),
        None
    );
    assert_eq!(
        manager
            .lookup("GET", "/channels/1/messages", "limit=5")
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        manager.lookup("GET", "/channels/12", "").await.unwrap(),
        Some(body)
    );
}

#[tokio::test]
async fn manager_takes_any_strategy_and_is_a_backend() {
    let policy = CachePolicy::builder()
        .without_defaults()
        .default_ttl(None)
        .route("/users/@me", Duration::from_secs(1))
        .build();
    assert_eq!(policy.ttl_for("/channels/1"), None);
    let manager = CacheManager::with_strategy(MemoryCache::new(), policy);
    assert!(!manager
        .store("GET", "/channels/1", "", b("x"))
        .await
        .unwrap());
    assert!(manager
        .store("GET", "/users/@me", "", b("me"))
        .await
        .unwrap());
    let backend: Arc<dyn CacheBackend> = Arc::new(manager.clone());
    assert_eq!(backend.get("GET /users/@me?").await.unwrap(), Some(b("me")));
    assert_eq!(backend.stats().hits, 1);
}

/// A manager handed over as a plain backend (even behind an `Arc<dyn …>`)
/// still tells its strategy; plain stores have none.
#[tokio::test]
async fn a_manager_as_a_backend_keeps_its_strategy() {
    let policy = CachePolicy::builder()
        .without_defaults()
        .default_ttl(None)
        .route("/guilds/{id}/audit-logs", Duration::from_secs(7))
        .build();
    let manager = CacheManager::with_strategy(MemoryCache::new(), policy);
    let backend: Arc<dyn CacheBackend> = Arc::new(manager);
    let strategy = backend.strategy().expect("a manager has a strategy");
    assert_eq!(
        strategy.ttl_for("/guilds/1/audit-logs"),
        Some(Duration::from_secs(7))
    );
    assert_eq!(strategy.ttl_for("/users/@me"), None);
    // Through a second Arc layer too.
    let wrapped: Arc<dyn CacheBackend> = Arc::new(Arc::clone(&backend));
    assert!(wrapped.strategy().is_some());
    assert!(MemoryCache::new().strategy().is_none());
    assert!(TieredCache::new(MemoryCache::new(), MemoryCache::new())
        .strategy()
        .is_none());
}

/// An L2 that answers with what it held when asked, but lets an invalidation
/// run (through the tiered cache) before the answer arrives: the race of a
/// read against another writer.
#[derive(Debug, Clone)]
struct Racy {
    store: MemoryCache,
    tiered: Arc<std::sync::OnceLock<TieredCache>>,
}

impl CacheBackend for Racy {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        self.store.get(key)
    }
    fn get_with_ttl<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<ValueWithTtl>, CacheError>> {
        Box::pin(async move {
            let read = self.store.get(key).await?;
            if let Some(tiered) = self.tiered.get() {
                tiered.delete(key).await?;
            }
            Ok(read.map(|v| (v, None)))
        })
    }
    fn set<'a>(
        &'a self,
        key: &'a str,
        v: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        self.store.set(key, v, ttl)
    }
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        self.store.delete(key)
    }
    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        self.store.delete_prefix(prefix)
    }
    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        self.store.clear()
    }
    fn stats(&self) -> CacheStats {
        self.store.stats()
    }
}

#[tokio::test]
async fn a_value_invalidated_while_it_was_read_from_l2_does_not_settle_in_l1() {
    let l1 = MemoryCache::new();
    let l2 = Racy {
        store: MemoryCache::new(),
        tiered: Arc::default(),
    };
    l2.store.set("k", b("old"), TTL).await.unwrap();
    let tiered = TieredCache::new(l1.clone(), l2.clone());
    l2.tiered.set(tiered.clone()).unwrap();
    // The read returns what it read, but must not copy it into L1: the
    // invalidation that ran meanwhile made it stale.
    assert_eq!(tiered.get("k").await.unwrap(), Some(b("old")));
    assert_eq!(l1.get("k").await.unwrap(), None, "stale copy kept in L1");
    assert_eq!(l2.store.get("k").await.unwrap(), None);
}
