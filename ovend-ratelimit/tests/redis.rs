//! `RedisRateLimiter` against a real `redis-server` started on a free port.
#![cfg(feature = "redis")]

mod common;

use std::time::Duration;

use common::{key, window};
use http::Method;
use ovend_ratelimit::{
    AcquireOptions, Priority, RateLimitHeaders, RateLimiter, RedisRateLimiter, Rejected,
};
use ovend_testkit::RedisServer;

/// A private redis-server on a free port (killed on drop) and limiters on it.
struct Server(RedisServer);

impl Server {
    async fn start() -> Self {
        Self(RedisServer::start().await.expect("start redis-server"))
    }

    async fn limiter(&self, prefix: &str, global: u32) -> RedisRateLimiter {
        RedisRateLimiter::builder(&self.0.url())
            .prefix(prefix)
            .global_limit(global)
            .connect()
            .await
            .unwrap()
    }
}

fn reject() -> AcquireOptions {
    AcquireOptions::default().reject_on_rate_limit(true)
}

/// Completions are written to Redis in the background: poll until `check` holds.
async fn eventually<F, Fut>(mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..200 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("condition never held");
}

#[tokio::test]
async fn processes_share_the_global_window() {
    let server = Server::start().await;
    let a = server.limiter("global", 3).await;
    let b = server.limiter("global", 3).await;
    for c in 0..3 {
        let permit = a
            .acquire(
                &key(Method::GET, &format!("/channels/{c}")),
                Priority::Normal,
            )
            .await
            .unwrap();
        permit.complete(&RateLimitHeaders::new(200));
    }
    let err = b
        .acquire_with(&key(Method::GET, "/channels/9"), &reject())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Rejected::RateLimited { global: true, .. }),
        "{err:?}"
    );
    // Interaction callbacks are exempt everywhere.
    let callback = key(Method::POST, "/interactions/1/tok/callback");
    assert!(b.acquire_with(&callback, &reject()).await.is_ok());
}

#[tokio::test]
async fn processes_share_learned_buckets() {
    let server = Server::start().await;
    let a = server.limiter("bucket", 50).await;
    let b = server.limiter("bucket", 50).await;
    let send = key(Method::POST, "/channels/1/messages");
    a.acquire(&send, Priority::Normal)
        .await
        .unwrap()
        .complete(&window("h", 5, 0, 30_000));
    eventually(|| async {
        matches!(
            b.acquire_with(&send, &reject()).await,
            Err(Rejected::RateLimited { global: false, .. })
        )
    })
    .await;
    let patient = AcquireOptions::default().max_wait(Duration::from_secs(1));
    assert!(matches!(
        b.acquire_with(&send, &patient).await,
        Err(Rejected::MaxWait { .. })
    ));
    // Another channel is another bucket.
    assert!(b
        .acquire_with(&key(Method::POST, "/channels/2/messages"), &reject())
        .await
        .is_ok());
}

#[tokio::test]
async fn a_learner_in_another_process_holds_the_unknown_bucket() {
    let server = Server::start().await;
    let a = server.limiter("herd", 50).await;
    let b = server.limiter("herd", 50).await;
    let send = key(Method::POST, "/channels/1/messages");
    let learner = a.acquire(&send, Priority::Normal).await.unwrap();
    let short = AcquireOptions::default().max_wait(Duration::from_millis(60));
    assert!(matches!(
        b.acquire_with(&send, &short).await,
        Err(Rejected::MaxWait { .. })
    ));
    learner.complete(&window("h", 5, 4, 30_000));
    eventually(|| async { b.acquire(&send, Priority::Normal).await.is_ok() }).await;
}

#[tokio::test]
async fn an_invalid_token_stops_every_process() {
    let server = Server::start().await;
    let a = server.limiter("token", 50).await;
    let b = server.limiter("token", 50).await;
    let mut unauthorized = RateLimitHeaders::new(401);
    unauthorized.from_discord = true;
    a.acquire(&key(Method::GET, "/users/@me"), Priority::Normal)
        .await
        .unwrap()
        .complete(&unauthorized);
    eventually(|| async {
        matches!(
            b.acquire(&key(Method::GET, "/gateway"), Priority::Normal)
                .await,
            Err(Rejected::InvalidToken)
        )
    })
    .await;
}
