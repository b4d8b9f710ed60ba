//! The limiter against what a hostile or merely broken network sends: 401s scoped to
//! their credential, untrusted headers, slots spent by abandoned requests, hash
//! changes with requests in flight, and proxies' 429s.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{answered, key, settle, window, Recorder};
use http::Method;
use ovend_ratelimit::{
    AcquireOptions, Decision, Priority, RateLimitEvent, RateLimitHeaders, RateLimitManager,
    RateLimiter, Rejected,
};
use tokio::time::Instant;

fn unauthorized() -> RateLimitHeaders {
    let mut h = RateLimitHeaders::new(401);
    h.from_discord = true;
    h
}

#[tokio::test(start_paused = true)]
async fn a_401_on_a_path_token_route_stops_nothing_else() {
    let recorder = Recorder::default();
    let limiter = RateLimitManager::builder()
        .on_event(recorder.listener())
        .build();
    let expired = key(
        Method::PATCH,
        "/webhooks/1/expired-token/messages/@original",
    );
    answered(&limiter, &expired, &unauthorized()).await;
    let callback = key(Method::POST, "/interactions/2/also-expired/callback");
    answered(&limiter, &callback, &unauthorized()).await;
    for path in ["/users/@me", "/channels/1/messages"] {
        answered(&limiter, &key(Method::GET, path), &window("h", 5, 4, 1000)).await;
    }
    assert!(!recorder.events().contains(&RateLimitEvent::TokenInvalid));
}

#[tokio::test(start_paused = true)]
async fn the_invalid_bot_token_state_can_be_reset() {
    let limiter = RateLimitManager::new();
    let me = key(Method::GET, "/users/@me");
    answered(&limiter, &me, &unauthorized()).await;
    assert_eq!(
        limiter.acquire(&me, Priority::Normal).await.unwrap_err(),
        Rejected::InvalidToken
    );
    let shared: Arc<dyn RateLimiter> = Arc::new(limiter.clone());
    shared.reset_invalid_token().await;
    answered(&limiter, &me, &window("me", 5, 4, 1000)).await;
}

#[tokio::test(start_paused = true)]
async fn untrusted_headers_fall_back_to_one_at_a_time_and_are_reported_once() {
    let recorder = Recorder::default();
    let limiter = Arc::new(
        RateLimitManager::builder()
            .on_event(recorder.listener())
            .build(),
    );
    let k = key(Method::GET, "/channels/1/messages");
    answered(&*limiter, &k, &window("m", 5, 4, 1000)).await;
    let zero_limit = window("m", 0, 0, 1000);
    for _ in 0..3 {
        answered(&*limiter, &k, &zero_limit).await;
    }
    let untrusted = recorder
        .events()
        .iter()
        .filter(|e| matches!(e, RateLimitEvent::UntrustedHeaders { .. }))
        .count();
    assert_eq!(untrusted, 1, "said once until sane headers arrive");
    // One at a time: a second request waits for the first's answer, without spinning.
    let first = limiter.acquire(&k, Priority::Normal).await.unwrap();
    assert_eq!(
        limiter.decide(&k, &AcquireOptions::default()),
        Decision::Queue
    );
    let second = {
        let (limiter, k) = (limiter.clone(), k.clone());
        tokio::spawn(async move { limiter.acquire(&k, Priority::Normal).await })
    };
    settle().await;
    assert!(!second.is_finished());
    first.complete(&window("m", 5, 3, 1000));
    assert!(
        second.await.unwrap().is_ok(),
        "sane headers release the queue"
    );
}

#[tokio::test(start_paused = true)]
async fn an_absurd_reset_never_holds_a_bucket_past_the_ceiling() {
    let ceiling = Duration::from_secs(60);
    let limiter = RateLimitManager::builder().wait_ceiling(ceiling).build();
    let k = key(Method::GET, "/channels/1/messages");
    let mut absurd = window("m", 5, 0, 0);
    absurd.reset_after = Some(Duration::MAX);
    answered(&limiter, &k, &absurd).await;
    let start = Instant::now();
    let permit = limiter.acquire(&k, Priority::Normal).await.unwrap();
    assert_eq!(start.elapsed(), ceiling);
    drop(permit);
    let mut global = RateLimitHeaders::new(429);
    global.from_discord = true;
    global.global = true;
    global.retry_after = Some(Duration::from_secs(u64::MAX));
    limiter
        .acquire(&k, Priority::Normal)
        .await
        .unwrap()
        .complete(&global);
    let start = Instant::now();
    let other = key(Method::GET, "/channels/2/messages");
    drop(limiter.acquire(&other, Priority::Normal).await.unwrap());
    assert!(start.elapsed() <= ceiling, "{:?}", start.elapsed());
}

#[tokio::test(start_paused = true)]
async fn a_dropped_permit_keeps_its_slot_spent_until_the_reset() {
    let limiter = RateLimitManager::new();
    let k = key(Method::POST, "/channels/1/messages");
    answered(&limiter, &k, &window("m", 5, 1, 1000)).await;
    let start = Instant::now();
    // It may have reached Discord: the window's last slot is gone.
    drop(limiter.acquire(&k, Priority::Normal).await.unwrap());
    let next = limiter.acquire(&k, Priority::Normal).await.unwrap();
    assert_eq!(start.elapsed(), Duration::from_secs(1));
    // One that never connected gives its slot back.
    next.complete(&window("m", 5, 1, 1000));
    let start = Instant::now();
    limiter
        .acquire(&k, Priority::Normal)
        .await
        .unwrap()
        .release();
    drop(limiter.acquire(&k, Priority::Normal).await.unwrap());
    assert_eq!(start.elapsed(), Duration::ZERO);
    assert_eq!(limiter.stats().in_flight, 0);
}

#[tokio::test(start_paused = true)]
async fn a_hash_change_carries_requests_in_flight() {
    let limiter = Arc::new(RateLimitManager::new());
    let a = key(Method::GET, "/channels/1/pins");
    answered(&*limiter, &a, &window("h1", 5, 4, 1000)).await;
    let out: Vec<_> = futures_join(&limiter, &a, 3).await;
    // One answer moves the route to h2, which has 3 left: the two requests still
    // out on h1 count there too, so only one more may go now.
    let mut out = out.into_iter();
    out.next().unwrap().complete(&window("h2", 5, 3, 1000));
    let now = limiter.acquire(&a, Priority::Normal).await.unwrap();
    assert_eq!(
        limiter.decide(&a, &AcquireOptions::default()),
        Decision::Delay(Duration::from_secs(1))
    );
    for permit in out {
        permit.complete(&window("h2", 5, 1, 1000));
    }
    now.complete(&window("h2", 5, 0, 1000));
    let stats = limiter.stats();
    assert_eq!((stats.in_flight, stats.bucket_in_flight), (0, 0));
}

async fn futures_join(
    limiter: &Arc<RateLimitManager>,
    key: &ovend_ratelimit::RouteKey,
    n: usize,
) -> Vec<ovend_ratelimit::Permit> {
    let mut permits = Vec::new();
    for _ in 0..n {
        permits.push(limiter.acquire(key, Priority::Normal).await.unwrap());
    }
    permits
}

#[tokio::test(start_paused = true)]
async fn a_proxy_429_teaches_nothing_and_counts_nothing() {
    let limiter = RateLimitManager::builder().invalid_request_limit(1).build();
    let k = key(Method::GET, "/channels/1/messages");
    answered(&limiter, &k, &window("m", 5, 4, 1000)).await;
    let proxy = RateLimitHeaders::new(429);
    answered(&limiter, &k, &proxy).await;
    assert!(proxy.is_foreign_429());
    assert_eq!(
        limiter.decide(&k, &AcquireOptions::default()),
        Decision::Allow,
        "no ban, no back-off, not an invalid request"
    );
}

#[tokio::test(start_paused = true)]
async fn only_requests_out_at_the_hash_change_are_carried() {
    let limiter = Arc::new(RateLimitManager::new());
    let a = key(Method::GET, "/channels/1/pins");
    let b = key(Method::POST, "/channels/1/pins");
    answered(&*limiter, &a, &window("h1", 5, 4, 1000)).await;
    answered(&*limiter, &b, &window("h1", 5, 3, 1000)).await;
    let mut out_a = futures_join(&limiter, &a, 2).await.into_iter();
    let out_b = limiter.acquire(&b, Priority::Normal).await.unwrap();
    // `b` waits for h1, which has all three of its slots out.
    let waiter = {
        let (limiter, b) = (limiter.clone(), b.clone());
        tokio::spawn(async move { limiter.acquire(&b, Priority::Normal).await.unwrap() })
    };
    settle().await;
    assert!(!waiter.is_finished());
    // `a` moves to h2 with 2 left: the two requests still out on h1 count there.
    out_a.next().unwrap().complete(&window("h2", 5, 2, 1000));
    let late = waiter.await.unwrap();
    // `late` was granted by h1 after the change: ending it frees nothing in h2.
    late.complete(&window("h1", 5, 2, 1000));
    assert!(matches!(
        limiter.decide(&a, &AcquireOptions::default()),
        Decision::Delay(_)
    ));
    out_a.next().unwrap().complete(&window("h2", 5, 1, 1000));
    out_b.complete(&window("h1", 5, 1, 1000));
    let stats = limiter.stats();
    assert_eq!((stats.in_flight, stats.bucket_in_flight), (0, 0));
}
