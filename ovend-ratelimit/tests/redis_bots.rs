//! Two bots on one Redis and one prefix: each has its own limits, and every
//! process of one bot shares them. A limiter names its bot by the token's user
//! id, never by the token.
#![cfg(feature = "redis")]

mod common;

use std::future::Future;
use std::time::Duration;

use common::{answered, key, reject, window};
use http::Method;
use ovend_ratelimit::{RateLimitHeaders, RateLimiter, RedisRateLimiter, Rejected, RouteKey};
use ovend_testkit::RedisServer;

/// Tokens shaped as Discord's: the user id in base64, a timestamp, a secret.
const BOT_A: &str = "ODA4MTk0NzY3MjM4NDM1ODQx.YBz1Tw.secret-of-bot-a";
const BOT_A_ID: u64 = 808_194_767_238_435_841;
const BOT_B: &str = "OTk5OTk5OTk5OTk5OTk5OTk5.YBz1Tw.secret-of-bot-b";

async fn bounded<T>(work: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), work)
        .await
        .expect("nothing hangs")
}

fn channel(c: u32) -> RouteKey {
    key(Method::GET, &format!("/channels/{c}"))
}

async fn limiter(server: &RedisServer, token: &str, global: u32) -> RedisRateLimiter {
    RedisRateLimiter::builder(&server.url())
        .token(token)
        .global_limit(global)
        .connect()
        .await
        .unwrap()
}

/// Sends on `count` channels from `first`, each answered at once.
async fn fill(limiter: &RedisRateLimiter, first: u32, count: u32) {
    for c in first..first + count {
        let permit = bounded(limiter.acquire_with(&channel(c), &reject()))
            .await
            .unwrap_or_else(|e| panic!("request {c}: {e:?}"));
        permit.complete(&RateLimitHeaders::new(200));
    }
}

async fn refused(limiter: &RedisRateLimiter, key: &RouteKey) -> Rejected {
    bounded(limiter.acquire_with(key, &reject()))
        .await
        .expect_err("the limit is reached")
}

#[tokio::test]
async fn two_bots_on_one_prefix_each_have_their_own_global_window() {
    let server = RedisServer::start().await.expect("start redis-server");
    let a = limiter(&server, BOT_A, 2).await;
    let another_a = limiter(&server, &format!("Bot {BOT_A}"), 2).await;
    let b = limiter(&server, BOT_B, 2).await;
    fill(&a, 0, 2).await;
    let err = refused(&another_a, &channel(9)).await;
    assert!(
        matches!(err, Rejected::RateLimited { global: true, .. }),
        "one bot's processes share its window: {err:?}"
    );
    // Bot B was not touched by bot A's two requests.
    fill(&b, 10, 2).await;
    let err = refused(&b, &channel(19)).await;
    assert!(
        matches!(err, Rejected::RateLimited { global: true, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn two_bots_on_one_prefix_never_share_a_bucket() {
    let server = RedisServer::start().await.expect("start redis-server");
    let a = limiter(&server, BOT_A, 50).await;
    let by_id = RedisRateLimiter::builder(&server.url())
        .bot_id(BOT_A_ID)
        .connect()
        .await
        .unwrap();
    let b = limiter(&server, BOT_B, 50).await;
    let send = key(Method::POST, "/channels/1/messages");
    bounded(answered(&a, &send, &window("h", 5, 0, 30_000))).await;
    // The same bot, named by its id: the bucket is full for it...
    bounded(async {
        while by_id.acquire_with(&send, &reject()).await.is_ok() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
    assert!(matches!(
        refused(&by_id, &send).await,
        Rejected::RateLimited { global: false, .. }
    ));
    // ...and untouched for the other bot.
    let permit = bounded(b.acquire_with(&send, &reject())).await;
    assert!(permit.is_ok(), "{permit:?}");
}

#[tokio::test]
async fn no_token_reaches_redis() {
    let server = RedisServer::start().await.expect("start redis-server");
    let a = limiter(&server, BOT_A, 50).await;
    bounded(answered(&a, &channel(1), &window("h", 5, 4, 30_000))).await;
    let client = redis::Client::open(server.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let keys: Vec<String> = bounded(async {
        loop {
            let keys: Vec<String> = redis::cmd("KEYS")
                .arg("*")
                .query_async(&mut conn)
                .await
                .unwrap();
            if keys.iter().any(|k| k.contains(":bucket:")) {
                return keys;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
    for name in &keys {
        assert!(
            name.starts_with(&format!("{{ovend:{BOT_A_ID}}}:")),
            "{name}"
        );
        assert!(!name.contains("secret") && !name.contains("ODA4"), "{name}");
    }
}
