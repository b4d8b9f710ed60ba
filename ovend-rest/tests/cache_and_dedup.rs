//! The cache and single-flight spare Discord requests.
#![cfg(feature = "cache")]

mod common;

use std::sync::Arc;
use std::time::Duration;

use ovend_rest::cache::MemoryCache;
use ovend_rest::{CacheBackend, CacheManager, CachePolicy};
use ovend_testkit::MockDiscord;
use serde_json::{json, Value};

#[tokio::test]
async fn cache_hit_spends_no_request() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    let first = client.get("/users/@me").await.unwrap();
    assert!(!first.from_cache());
    let second = client.get("/users/@me").await.unwrap();
    assert!(second.from_cache());
    assert_eq!(first.bytes(), second.bytes());
    assert_eq!(mock.stats().requests, 1);

    // `no_cache` always goes to Discord.
    let fresh = client.get("/users/@me").no_cache().await.unwrap();
    assert!(!fresh.from_cache());
    assert_eq!(mock.stats().requests, 2);
}

#[tokio::test]
async fn a_mutation_invalidates_the_cached_get() {
    let mock = MockDiscord::start().await;
    let cache = Arc::new(MemoryCache::new());
    let client = common::builder(&mock)
        .shared_cache(Arc::clone(&cache) as Arc<dyn CacheBackend>)
        .build()
        .unwrap();
    client
        .post("/channels/42/messages")
        .json(&json!({ "content": "one" }))
        .await
        .unwrap();
    let listed: Value = client
        .get("/channels/42/messages")
        .await
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    // Cached: still one message even though we do not ask Discord.
    let again = client.get("/channels/42/messages").await.unwrap();
    assert!(again.from_cache());

    client
        .post("/channels/42/messages")
        .json(&json!({ "content": "two" }))
        .await
        .unwrap();
    let after = client.get("/channels/42/messages").await.unwrap();
    assert!(
        !after.from_cache(),
        "posting a message invalidates the channel's message list"
    );
    let listed: Value = after.json().unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn identical_concurrent_gets_share_one_call() {
    let mock = MockDiscord::builder()
        .latency(Duration::from_millis(200))
        .start()
        .await
        .unwrap();
    let client = common::client(&mock);
    let calls = (0..8).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.get("/channels/7").await })
    });
    let results = futures::future::join_all(calls).await;
    let bodies: Vec<_> = results
        .into_iter()
        .map(|r| r.unwrap().unwrap().bytes())
        .collect();
    assert!(bodies.windows(2).all(|w| w[0] == w[1]));
    assert_eq!(mock.stats().requests, 1, "eight callers, one HTTP call");
    client.events().flush().await;
    assert_eq!(
        client.metrics().deduplicated,
        7,
        "seven shared the leader's call"
    );
}

#[tokio::test]
async fn dedup_off_sends_every_get() {
    let mock = MockDiscord::builder()
        .latency(Duration::from_millis(100))
        .unlimited(true)
        .start()
        .await
        .unwrap();
    let client = common::builder(&mock)
        .dedup(false)
        .rate_limiter(common::NoLimit)
        .build()
        .unwrap();
    let calls = (0..4).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.get("/channels/7").await })
    });
    for result in futures::future::join_all(calls).await {
        result.unwrap().unwrap();
    }
    assert_eq!(mock.stats().requests, 4);
    client.events().flush().await;
    assert_eq!(client.metrics().deduplicated, 0);
}

/// A manager whose rules differ from the default policy's on both counts:
/// `/users/@me` never cached (the default keeps it 5 min), `/channels/{id}`
/// cached (the default too, but nothing else is).
fn manager() -> CacheManager {
    let rules = CachePolicy::builder()
        .without_defaults()
        .default_ttl(None)
        .route("/channels/{id}", Duration::from_secs(60))
        .build();
    CacheManager::with_strategy(MemoryCache::new(), rules)
}

async fn cached(client: &ovend_rest::RestClient, path: &str) -> bool {
    client.get(path).await.unwrap();
    client.get(path).await.unwrap().from_cache()
}

#[tokio::test]
async fn a_cache_manager_passed_to_cache_keeps_its_strategy() {
    let mock = MockDiscord::start().await;
    for client in [
        common::builder(&mock).cache(manager()).build().unwrap(),
        common::builder(&mock)
            .shared_cache(Arc::new(manager()) as Arc<dyn CacheBackend>)
            .build()
            .unwrap(),
        common::builder(&mock)
            .cache_manager(manager())
            .build()
            .unwrap(),
    ] {
        assert!(
            !cached(&client, "/users/@me").await,
            "the manager never caches it"
        );
        assert!(cached(&client, "/channels/3").await);
    }
}

#[tokio::test]
async fn an_explicit_cache_strategy_wins_over_the_managers_in_any_order() {
    let mock = MockDiscord::start().await;
    for client in [
        common::builder(&mock)
            .cache_strategy(CachePolicy::default())
            .cache(manager())
            .build()
            .unwrap(),
        common::builder(&mock)
            .cache(manager())
            .cache_strategy(CachePolicy::default())
            .build()
            .unwrap(),
    ] {
        assert!(
            cached(&client, "/users/@me").await,
            "the default policy caches it"
        );
    }
}
