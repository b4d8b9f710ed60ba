//! `RedisRateLimiter` losing its `redis-server` mid-run and finding it again,
//! under each `RedisFailurePolicy`. Real I/O, so real time with small numbers;
//! every await is bounded, so a hang fails the test instead of stalling it.
#![cfg(feature = "redis")]

mod common;

use std::future::Future;
use std::time::Duration;

use common::{answered, key, window, Recorder};
use http::Method;
use ovend_ratelimit::{
    AcquireOptions, Priority, RateLimitEvent, RateLimitHeaders, RateLimitManager, RateLimiter,
    RedisFailurePolicy, RedisRateLimiter, RedisRateLimiterBuilder, Rejected,
};
use ovend_testkit::RedisServer;
use tokio::time::Instant;

const SECOND: Duration = Duration::from_secs(1);

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Awaits `work`, failing the test if it takes more than ten seconds.
async fn bounded<T>(work: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), work)
        .await
        .expect("nothing hangs")
}

/// Polls `check` until it holds (at most ten seconds).
async fn eventually<F, Fut>(mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    bounded(async {
        while !check().await {
            tokio::time::sleep(ms(20)).await;
        }
    })
    .await;
}

/// A limiter that notices a lost Redis quickly, and the events it sends.
fn builder(server: &RedisServer, prefix: &str, events: &Recorder) -> RedisRateLimiterBuilder {
    RedisRateLimiter::builder(&server.url())
        .prefix(prefix)
        .redis_timeout(ms(300))
        .probe_interval(ms(50))
        .local(RateLimitManager::builder().on_event(events.listener()))
}

fn downs(events: &Recorder) -> usize {
    let down = |e: &&RateLimitEvent| matches!(e, RateLimitEvent::SharedStoreDown { .. });
    events.events().iter().filter(down).count()
}

fn recovered(events: &Recorder) -> bool {
    let back = |e: &RateLimitEvent| matches!(e, RateLimitEvent::SharedStoreRecovered { .. });
    events.events().iter().any(back)
}

/// Leases held in Redis under `prefix`, in every bucket.
async fn leases(server: &RedisServer, prefix: &str) -> u64 {
    let client = redis::Client::open(server.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let sets: Vec<String> = redis::cmd("KEYS")
        .arg(format!("{{{prefix}}}:*:leases"))
        .query_async(&mut conn)
        .await
        .unwrap();
    let mut total = 0;
    for set in sets {
        let n: u64 = redis::cmd("ZCARD")
            .arg(set)
            .query_async(&mut conn)
            .await
            .unwrap();
        total += n;
    }
    total
}

fn send(channel: u32) -> ovend_ratelimit::RouteKey {
    key(Method::POST, &format!("/channels/{channel}/messages"))
}

#[tokio::test]
async fn fail_fast_refuses_at_once_and_recovers_by_itself() {
    let mut server = RedisServer::start().await.expect("start redis-server");
    let events = Recorder::default();
    let limiter = builder(&server, "fast", &events).connect().await.unwrap();
    bounded(answered(&limiter, &send(1), &window("h", 5, 4, 30_000))).await;

    server.stop();
    let first = bounded(limiter.acquire(&send(1), Priority::Normal)).await;
    assert!(
        matches!(first, Err(Rejected::Unavailable { .. })),
        "{first:?}"
    );
    // Marked down: the next ones are refused without waiting on Redis at all.
    let asked = Instant::now();
    for c in 2..5 {
        let next = bounded(limiter.acquire(&send(c), Priority::Normal)).await;
        assert!(
            matches!(next, Err(Rejected::Unavailable { .. })),
            "{next:?}"
        );
    }
    // Well under the 300 ms a single call to a dead Redis may take.
    assert!(asked.elapsed() < ms(250), "{:?}", asked.elapsed());
    assert_eq!(downs(&events), 1, "one event per switch");
    assert_eq!(limiter.local().stats().in_flight, 0, "nothing left held");

    server.restart().await.expect("restart redis-server");
    eventually(|| async { recovered(&events) }).await;
    let permit = bounded(limiter.acquire(&send(1), Priority::Normal))
        .await
        .expect("through Redis again");
    assert_eq!(leases(&server, "fast").await, 1, "the lease is in Redis");
    permit.complete(&window("h", 5, 4, 30_000));
    eventually(|| async { leases(&server, "fast").await == 0 }).await;
}

#[tokio::test]
async fn fall_back_grants_at_the_share_then_returns_to_redis() {
    let mut server = RedisServer::start().await.expect("start redis-server");
    let events = Recorder::default();
    let limiter = builder(&server, "fallback", &events)
        .global_limit(10)
        .on_redis_failure(RedisFailurePolicy::FallBack { share: 0.3 })
        .connect()
        .await
        .unwrap();
    bounded(answered(&limiter, &send(0), &window("h", 5, 4, 30_000))).await;
    // Granted through Redis, answered after Redis is gone.
    let through_redis = bounded(limiter.acquire(&send(0), Priority::Normal))
        .await
        .unwrap();

    server.stop();
    through_redis.complete(&window("h", 5, 3, 30_000));
    let start = Instant::now();
    let mut grants = Vec::new();
    for c in 1..=7 {
        let permit = bounded(limiter.acquire(&send(c), Priority::Normal))
            .await
            .expect("granted in memory while Redis is gone");
        grants.push(start.elapsed());
        permit.complete(&window("h", 5, 4, 30_000));
    }
    assert_eq!(downs(&events), 1);
    // The first window is held (what others sent through Redis is unknown), then
    // 3 per window (0.3 × 10): never a fourth within one window.
    assert!(grants[0] >= SECOND, "{grants:?}");
    assert!(grants[2] - grants[0] < SECOND, "three fit: {grants:?}");
    for pair in grants.windows(4) {
        assert!(pair[3] - pair[0] >= SECOND, "{grants:?}");
    }
    // Granted in memory, answered after Redis is back: it completes in memory.
    let in_memory = bounded(limiter.acquire(&send(8), Priority::Normal))
        .await
        .unwrap();

    server.restart().await.expect("restart redis-server");
    eventually(|| async { recovered(&events) }).await;
    in_memory.complete(&window("h", 5, 4, 30_000));
    assert_eq!(leases(&server, "fallback").await, 0, "never through Redis");
    let permit = bounded(limiter.acquire(&send(9), Priority::Normal))
        .await
        .expect("through Redis again");
    assert_eq!(
        leases(&server, "fallback").await,
        1,
        "the lease is in Redis"
    );
    drop(permit);
    assert_eq!(limiter.local().stats().in_flight, 0);
}

#[tokio::test]
async fn a_request_waiting_on_redis_when_it_goes_carries_on_in_memory() {
    let mut server = RedisServer::start().await.expect("start redis-server");
    let events = Recorder::default();
    let fall_back = |prefix| {
        builder(&server, prefix, &events).on_redis_failure(RedisFailurePolicy::fall_back_among(2))
    };
    let a = fall_back("waiting").connect().await.unwrap();
    let b = fall_back("waiting").connect().await.unwrap();
    // `a` fills the bucket for every process; `b`'s own manager knows nothing, so
    // `b` waits on Redis, and tries it again when the window ends.
    bounded(answered(&a, &send(1), &window("h", 1, 0, 1_500))).await;
    let patient = AcquireOptions::default().max_wait(Duration::from_secs(60));
    let waiting = tokio::spawn(async move { b.acquire_with(&send(1), &patient).await });
    tokio::time::sleep(ms(200)).await;
    assert!(!waiting.is_finished(), "the bucket is full in Redis");

    server.stop();
    let result = bounded(waiting).await.unwrap();
    let permit = result.expect("limited in memory instead");
    permit.complete(&RateLimitHeaders::new(200));
    assert!(downs(&events) >= 1);
}

#[tokio::test]
async fn fail_fast_refuses_a_request_waiting_on_redis_when_it_goes() {
    let mut server = RedisServer::start().await.expect("start redis-server");
    let events = Recorder::default();
    let a = builder(&server, "refused", &events)
        .connect()
        .await
        .unwrap();
    let b = builder(&server, "refused", &events)
        .connect()
        .await
        .unwrap();
    bounded(answered(&a, &send(1), &window("h", 1, 0, 1_500))).await;
    let local = b.local().clone();
    let waiting = tokio::spawn(async move { b.acquire(&send(1), Priority::Normal).await });
    tokio::time::sleep(ms(200)).await;

    server.stop();
    let result = bounded(waiting).await.unwrap();
    assert!(
        matches!(result, Err(Rejected::Unavailable { .. })),
        "{result:?}"
    );
    assert_eq!(
        local.stats().in_flight,
        0,
        "its local permit was given back"
    );
}
