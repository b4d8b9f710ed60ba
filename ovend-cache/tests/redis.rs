//! RedisCache against a real `redis-server` started (and killed) by the test.
#![cfg(feature = "redis")]

use std::time::Duration;

use bytes::Bytes;
use ovend_cache::{CacheBackend, MemoryCache, RedisCache, TieredCache};
use ovend_testkit::RedisServer;

/// A private redis-server on a free port (killed on drop) and caches on it.
struct Server(RedisServer);

impl Server {
    async fn start() -> Self {
        Self(RedisServer::start().await.expect("start redis-server"))
    }

    async fn cache(&self, namespace: &str) -> RedisCache {
        RedisCache::builder()
            .namespace(namespace)
            .connect(&self.0.url())
            .await
            .expect("connect to the test redis-server")
    }
}

const TTL: Duration = Duration::from_secs(60);

fn b(s: &str) -> Bytes {
    Bytes::copy_from_slice(s.as_bytes())
}

#[tokio::test]
async fn redis_backend_end_to_end() {
    let server = Server::start().await;
    let cache = server.cache("test:a:").await;
    let other = server.cache("test:b:").await;

    // get / set / stats
    assert_eq!(cache.get("k").await.unwrap(), None);
    cache.set("k", b("v"), TTL).await.unwrap();
    assert_eq!(cache.get("k").await.unwrap(), Some(b("v")));
    let (value, left) = cache.get_with_ttl("k").await.unwrap().unwrap();
    assert_eq!(value, b("v"));
    let left = left.unwrap();
    assert!(left > Duration::from_secs(55) && left <= TTL, "{left:?}");
    let stats = cache.stats();
    assert_eq!((stats.hits, stats.misses, stats.inserts), (2, 1, 1));

    // TTL via SET PX
    cache
        .set("short", b("x"), Duration::from_millis(50))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(120)).await;
    assert_eq!(cache.get("short").await.unwrap(), None);

    // Prefix deletes take the prefix literally (glob characters in keys) and keep
    // to the namespace.
    for key in [
        "GET /channels/1?",
        "GET /channels/1?limit=5",
        "GET /channels/1/messages?",
        "GET /channels/12?",
        "GET /channels/1*?",
    ] {
        cache.set(key, b("x"), TTL).await.unwrap();
    }
    other
        .set("GET /channels/1?", b("other"), TTL)
        .await
        .unwrap();
    cache.delete_prefix("GET /channels/1?").await.unwrap();
    assert_eq!(cache.get("GET /channels/1?").await.unwrap(), None);
    assert_eq!(cache.get("GET /channels/1?limit=5").await.unwrap(), None);
    assert!(cache
        .get("GET /channels/1/messages?")
        .await
        .unwrap()
        .is_some());
    assert!(cache.get("GET /channels/12?").await.unwrap().is_some());
    assert!(cache.get("GET /channels/1*?").await.unwrap().is_some());
    assert_eq!(
        other.get("GET /channels/1?").await.unwrap(),
        Some(b("other"))
    );
    assert_eq!(cache.stats().invalidations, 2);

    // delete, and clear of this namespace only
    cache.delete("k").await.unwrap();
    assert_eq!(cache.get("k").await.unwrap(), None);
    assert_eq!(cache.len().await.unwrap(), 3);
    cache.clear().await.unwrap();
    assert!(cache.is_empty().await.unwrap());
    assert_eq!(
        other.get("GET /channels/1?").await.unwrap(),
        Some(b("other"))
    );

    // Many keys: the SCAN walk covers every batch.
    for i in 0..1200 {
        cache.set(&format!("bulk/{i}"), b("x"), TTL).await.unwrap();
    }
    cache.delete_prefix("bulk/").await.unwrap();
    assert!(cache.is_empty().await.unwrap());

    // The Debug output names the namespace, never the URL.
    let debug = format!("{cache:?}");
    assert!(
        debug.contains("test:a:") && !debug.contains("redis://"),
        "{debug}"
    );
}

#[tokio::test]
async fn tiered_over_redis_shares_entries_between_processes() {
    let server = Server::start().await;
    // Two "processes": each its own L1, one shared Redis L2.
    let one = TieredCache::new(MemoryCache::new(), server.cache("shared:").await);
    let two = TieredCache::new(MemoryCache::new(), server.cache("shared:").await);
    one.set("GET /users/@me?", b("me"), TTL).await.unwrap();
    assert_eq!(two.get("GET /users/@me?").await.unwrap(), Some(b("me")));
    two.delete_prefix("GET /users/").await.unwrap();
    // One's L1 still has its copy (L1s are per process), but Redis does not.
    assert_eq!(one.l2().get("GET /users/@me?").await.unwrap(), None);
    assert_eq!(two.get("GET /users/@me?").await.unwrap(), None);
}

#[tokio::test]
async fn connect_errors_are_reported_without_the_url() {
    let error = RedisCache::builder()
        .connect_retries(0)
        .connect("redis://:hunter2@127.0.0.1:1")
        .await
        .expect_err("nothing listens on port 1");
    assert!(!error.to_string().contains("hunter2"), "{error}");
    let error = RedisCache::connect("not a url:hunter2")
        .await
        .expect_err("bad url");
    assert!(!error.to_string().contains("hunter2"), "{error}");
}
