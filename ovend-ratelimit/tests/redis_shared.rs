//! What `RedisRateLimiter` shares beyond windows, against a real `redis-server`:
//! hidden-limit lanes, the invalid-request count, and the leases of a process
//! that died. Two limiters on one prefix stand for two processes; each one's
//! local manager knows only its own answers, so what the second is told comes
//! from Redis.
#![cfg(feature = "redis")]

mod common;

use std::time::Duration;

use common::{eventually, key, patient, reject, too_many, window};
use http::Method;
use ovend_ratelimit::{
    Priority, RateLimitHeaders, RateLimitManager, RateLimiter, RedisRateLimiter, Rejected, Scope,
};
use ovend_testkit::RedisServer;

async fn limiter(server: &RedisServer, prefix: &str) -> RedisRateLimiter {
    RedisRateLimiter::builder(&server.url())
        .prefix(prefix)
        .connect()
        .await
        .unwrap()
}

/// Channel renames carry a hidden limit (2 per 10 minutes): their lane is serial
/// across the fleet, and the sublimit one process learns from its 429 holds the
/// other process back, though that one never saw a 429.
#[tokio::test]
async fn a_hidden_limit_lane_is_serial_and_learned_for_every_process() {
    let server = RedisServer::start().await.unwrap();
    let a = limiter(&server, "lane").await;
    let b = limiter(&server, "lane").await;
    let rename = key(Method::PATCH, "/channels/7");

    // Serial: while a's rename is out, b's waits for its answer.
    let first = a.acquire(&rename, Priority::Normal).await.unwrap();
    assert!(matches!(
        b.acquire_with(&rename, &patient(Duration::from_millis(80)))
            .await,
        Err(Rejected::MaxWait { .. })
    ));
    first.complete(&window("r", 50, 49, 1_000));
    let second = b.acquire(&rename, Priority::Normal).await.unwrap();
    second.complete(&window("r", 50, 48, 1_000));

    // The third meets the hidden limit: a 429 with requests left in the bucket.
    let third = a.acquire(&rename, Priority::Normal).await.unwrap();
    third.complete(&too_many(Scope::User, 47, 600));
    // Both processes now wait: the lane is blocked, then paced by what was learned
    // (2 in the window that frees 600 ms after the 429).
    eventually(|| async {
        matches!(
            b.acquire_with(&rename, &reject()).await,
            Err(Rejected::RateLimited { global: false, .. })
        )
    })
    .await;
    // Another channel's renames are another lane.
    assert!(b
        .acquire_with(&key(Method::PATCH, "/channels/8"), &reject())
        .await
        .is_ok());
}

/// Invalid requests (401, 403, 429s that are not `shared`) count toward one limit
/// for the token's whole fleet: Cloudflare bans the IP, not the process.
#[tokio::test]
async fn the_fleet_shares_one_invalid_request_count() {
    let server = RedisServer::start().await.unwrap();
    let strict = |prefix: &'static str| {
        RedisRateLimiter::builder(&server.url())
            .prefix(prefix)
            .local(RateLimitManager::builder().invalid_request_limit(3))
            .connect()
    };
    let a = strict("invalid").await.unwrap();
    let b = strict("invalid").await.unwrap();
    for c in 0..3 {
        let mut forbidden = RateLimitHeaders::new(403);
        forbidden.from_discord = true;
        a.acquire(
            &key(Method::GET, &format!("/channels/{c}")),
            Priority::Normal,
        )
        .await
        .unwrap()
        .complete(&forbidden);
    }
    // b saw none of them itself.
    eventually(|| async {
        matches!(
            b.acquire_with(&key(Method::GET, "/channels/9"), &reject())
                .await,
            Err(Rejected::InvalidRequestLimit { count: 3, limit: 3 })
        )
    })
    .await;
}

/// A process that died with a request out holds that bucket only until its
/// heartbeat has expired and the bucket is next asked for, not for the whole
/// lease (60 s by default). The dead process is written into Redis as it would
/// have left things: a lease granted seconds ago by an instance that no longer
/// beats.
#[tokio::test]
async fn the_leases_of_a_dead_process_stop_counting() {
    let server = RedisServer::start().await.unwrap();
    let live = limiter(&server, "dead").await;
    let send = key(Method::POST, "/channels/3/messages");
    // Learn the bucket (5 per window) so its key is known.
    live.acquire(&send, Priority::Normal)
        .await
        .unwrap()
        .complete(&window("d", 5, 4, 60_000));
    let client = redis::Client::open(server.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let bucket = "{dead}:bucket:d:3";
    let eventually_known = || async {
        let remaining: Option<u32> = redis::cmd("HGET")
            .arg(bucket)
            .arg("remaining")
            .query_async(&mut conn.clone())
            .await
            .unwrap();
        remaining == Some(4)
    };
    eventually(eventually_known).await;
    // Four leases of a dead process (granted 5 s ago, 60 s leases): the bucket's
    // last four slots.
    let (seconds, micros): (u64, u64) = redis::cmd("TIME").query_async(&mut conn).await.unwrap();
    let now_ms = seconds * 1000 + micros / 1000;
    for n in 0..4 {
        let _: () = redis::cmd("ZADD")
            .arg(format!("{bucket}:leases"))
            .arg(now_ms - 5_000 + 60_000)
            .arg(format!("deadbeef-{n}"))
            .query_async(&mut conn)
            .await
            .unwrap();
    }
    // Its heartbeat key is gone (it died), so its leases are not counted.
    assert!(
        live.acquire_with(&send, &patient(Duration::from_millis(500)))
            .await
            .is_ok(),
        "the dead process's leases held the bucket"
    );
    // A live process's lease of the same age still counts: four of a process
    // that beats fill the bucket again.
    let _: () = redis::cmd("SET")
        .arg("{dead}:alive:cafe")
        .arg(1)
        .arg("PX")
        .arg(60_000)
        .query_async(&mut conn)
        .await
        .unwrap();
    let _: () = redis::cmd("DEL")
        .arg(format!("{bucket}:leases"))
        .query_async(&mut conn)
        .await
        .unwrap();
    for n in 0..5 {
        let _: () = redis::cmd("ZADD")
            .arg(format!("{bucket}:leases"))
            .arg(now_ms - 5_000 + 60_000)
            .arg(format!("cafe-{n}"))
            .query_async(&mut conn)
            .await
            .unwrap();
    }
    assert!(matches!(
        live.acquire_with(&send, &reject()).await,
        Err(Rejected::RateLimited { global: false, .. })
    ));
}
