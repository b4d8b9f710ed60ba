//! 429 handling and the limiter in the flow, against the emulator's real rules.

mod common;

use std::time::Duration;

use ovend_rest::ErrorKind;
use ovend_testkit::MockDiscord;
use serde_json::json;

#[tokio::test]
async fn a_429_is_waited_out_and_the_request_succeeds() {
    // A limiter that knows nothing, against a 2-per-window global limit whose
    // window is scaled down to 50 ms: Discord (the emulator) answers 429s and
    // the flow must sleep them out.
    let mock = MockDiscord::builder()
        .global_limit(2)
        .time_scale(0.05)
        .start()
        .await
        .unwrap();
    let client = common::builder(&mock)
        .rate_limiter(common::NoLimit)
        .dedup(false)
        .max_rate_limit_retries(20)
        .build()
        .unwrap();
    let calls = (0..6).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.get("/users/@me").await })
    });
    for result in futures::future::join_all(calls).await {
        result.unwrap().unwrap();
    }
    let stats = mock.stats();
    assert!(stats.rate_limited() >= 1, "{stats:?}");
    assert_eq!(stats.responses_2xx, 6);
}

#[tokio::test]
async fn retry_after_beyond_max_wait_fails_instead_of_sleeping() {
    let mock = MockDiscord::builder()
        .global_limit(1)
        .start()
        .await
        .unwrap();
    let client = common::builder(&mock)
        .rate_limiter(common::NoLimit)
        .build()
        .unwrap();
    client.get("/users/@me").await.unwrap();
    let err = client
        .get("/channels/1")
        .max_wait(Duration::from_millis(1))
        .await
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::RateLimited { .. }),
        "{err:?}"
    );
    assert!(err.is_rate_limit());
    // Given up on the first 429 rather than slept out and retried (the paused-clock
    // unit tests in src/flow/tests.rs show it does not sleep either).
    assert_eq!(mock.stats().requests, 2);
}

#[tokio::test]
async fn too_many_429s_in_a_row_end_in_an_error() {
    let mock = MockDiscord::builder()
        .global_limit(1)
        .start()
        .await
        .unwrap();
    let client = common::builder(&mock)
        .rate_limiter(common::NoLimit)
        .max_rate_limit_retries(0)
        .build()
        .unwrap();
    client.get("/users/@me").await.unwrap();
    let err = client.get("/channels/1").await.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::RateLimited { .. }),
        "{err:?}"
    );
    assert_eq!(
        mock.stats().requests,
        2,
        "no retry after the only 429 allowed"
    );
}

#[tokio::test]
async fn cloudflare_ban_stops_at_once() {
    let mock = MockDiscord::builder()
        .invalid_request_limit(3)
        .start()
        .await
        .unwrap();
    let client = ovend_rest::RestClient::builder()
        .token("wrong-token")
        .base_url(mock.base_url())
        .rate_limiter(common::NoLimit)
        .build()
        .unwrap();
    let mut banned = None;
    for _ in 0..10 {
        let err = client.get("/users/@me").await.unwrap_err();
        if matches!(err.kind(), ErrorKind::CloudflareBan { .. }) {
            banned = Some(err);
            break;
        }
        assert_eq!(err.kind(), &ErrorKind::InvalidToken);
    }
    let banned = banned.expect("the emulator bans after 3 invalid requests");
    assert!(!banned.is_retryable());
    let before = mock.stats().requests;
    let _ = client.get("/users/@me").await;
    assert_eq!(
        mock.stats().requests,
        before + 1,
        "a ban is never retried by the flow"
    );
}

#[tokio::test]
async fn default_limiter_keeps_a_burst_under_the_bucket_limit() {
    // Messages in one channel: 5 per 5 s, scaled to 5 per 250 ms.
    let mock = MockDiscord::builder()
        .time_scale(0.05)
        .start()
        .await
        .unwrap();
    let client = common::client(&mock);
    let calls = (0..12).map(|i| {
        let client = client.clone();
        tokio::spawn(async move {
            client
                .post("/channels/77/messages")
                .json(&json!({ "content": format!("message {i}") }))
                .await
        })
    });
    for result in futures::future::join_all(calls).await {
        result.unwrap().unwrap();
    }
    let stats = mock.stats();
    assert_eq!(stats.responses_2xx, 12);
    assert_eq!(stats.rate_limited(), 0, "{stats:?}");
}

#[tokio::test]
async fn a_shared_limiter_passed_as_an_arc_is_the_one_used() {
    let mock = MockDiscord::start().await;
    let limiter = std::sync::Arc::new(ovend_rest::RateLimitManager::new());
    let client = common::builder(&mock)
        .rate_limiter(std::sync::Arc::clone(&limiter))
        .build()
        .unwrap();
    assert_eq!(limiter.stats().routes, 0);
    client.get("/users/@me").await.unwrap();
    // The answer's bucket hash was learned by the limiter the test still holds.
    assert_eq!(limiter.stats().routes, 1);
}
