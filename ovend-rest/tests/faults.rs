//! The fault matrix of RELIABILITY.md: each fault that Discord, a proxy or the
//! network can produce, made by `MockDiscord` and met through `RestClient` over real
//! HTTP. For each: every request resolves with a response or a typed error, nothing
//! panics or hangs, other routes keep working, and no foreseeable 429 follows.

mod common;

use std::time::Duration;

use common::builder;
use ovend_rest::{ErrorKind, RateLimitManager, Rejected, RestClient};
use ovend_testkit::{Fault, MockDiscord};
use serde_json::{json, Value};
use tokio::time::Instant;

/// Longest any single request here may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(20);

async fn mock() -> MockDiscord {
    MockDiscord::builder().seed(7).start().await.unwrap()
}

/// Sends a request and fails the test if it does not resolve in time.
async fn resolve(
    request: ovend_rest::RequestBuilder,
) -> Result<ovend_rest::Response, ovend_rest::Error> {
    tokio::time::timeout(HANG, request.send())
        .await
        .expect("the request resolved")
}

/// Requests on routes the fault did not touch still succeed.
async fn others_unaffected(client: &RestClient) {
    resolve(client.get("/users/@me"))
        .await
        .expect("GET /users/@me");
    resolve(client.get("/channels/900/messages"))
        .await
        .expect("GET another channel");
}

/// Discord's own rate limiter sent no 429 that the client could have foreseen.
fn no_foreseeable_429(mock: &MockDiscord) {
    let stats = mock.stats();
    assert_eq!(
        (stats.rate_limited_bucket, stats.rate_limited_global),
        (0, 0),
        "{stats:?}"
    );
}

#[tokio::test]
async fn an_expired_interaction_token_fails_only_its_own_request() {
    let mock = mock().await;
    let client = builder(&mock).build().unwrap();
    let token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5";
    resolve(
        client
            .post(format!("/interactions/1234/{token}/callback"))
            .json(&json!({"type": 4, "data": {"content": "working on it"}})),
    )
    .await
    .expect("the callback");
    let original = format!("/webhooks/555/{token}/messages/@original");
    resolve(client.patch(&original).json(&json!({"content": "done"})))
        .await
        .expect("an edit in time");
    mock.expire_token(token);
    let err = resolve(client.patch(&original).json(&json!({"content": "late"})))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(50027), "{err}");
    assert!(
        matches!(err.kind(), ErrorKind::InvalidWebhookToken { .. }),
        "{err:?}"
    );
    // 100 bot requests after it all go through.
    for channel in 0..20 {
        for _ in 0..5 {
            resolve(
                client
                    .get(format!("/channels/{channel}/messages"))
                    .no_cache(),
            )
            .await
            .expect("bot requests are unaffected");
        }
    }
    assert_eq!(
        mock.stats().auth_on_token_route,
        0,
        "no bot token on token routes"
    );
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_revoked_webhook_token_fails_only_its_own_requests() {
    let mock = mock().await;
    let client = builder(&mock).build().unwrap();
    let hook = "/webhooks/77/d2ViaG9vay10b2tlbg?wait=true";
    resolve(client.post(hook).json(&json!({"content": "hi"})))
        .await
        .expect("the webhook works");
    mock.expire_token("d2ViaG9vay10b2tlbg");
    for _ in 0..3 {
        let err = resolve(client.post(hook).json(&json!({"content": "hi"})))
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(50027), "{err}");
    }
    others_unaffected(&client).await;
    assert_eq!(mock.stats().auth_on_token_route, 0);
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn absurd_rate_limit_headers_on_one_route_leave_the_client_standing() {
    let cases: [&[(&str, &str)]; 8] = [
        &[
            ("X-RateLimit-Reset-After", "1e19"),
            ("X-RateLimit-Remaining", "0"),
        ],
        &[
            ("X-RateLimit-Reset-After", "1e9"),
            ("X-RateLimit-Remaining", "0"),
        ],
        &[("X-RateLimit-Limit", "0"), ("X-RateLimit-Remaining", "0")],
        &[("X-RateLimit-Remaining", "99999")],
        &[("X-RateLimit-Reset-After", "NaN")],
        &[
            ("X-RateLimit-Reset-After", "-1"),
            ("X-RateLimit-Limit", "inf"),
        ],
        &[("X-RateLimit-Remaining", ""), ("X-RateLimit-Bucket", "")],
        &[
            ("X-RateLimit-Limit", "18446744073709551616"),
            ("Retry-After", "1e400"),
        ],
    ];
    let ceiling = Duration::from_secs(2);
    for (i, headers) in cases.into_iter().enumerate() {
        let mock = mock().await;
        let client = builder(&mock)
            .rate_limit_manager(RateLimitManager::builder().wait_ceiling(ceiling))
            .build()
            .unwrap();
        let route = format!("/channels/{}/messages", 10 + i);
        mock.override_headers(&route, headers.iter().copied(), None)
            .unwrap();
        let start = Instant::now();
        for _ in 0..4 {
            resolve(client.get(&route).no_cache())
                .await
                .expect("answers with absurd headers are still answers");
        }
        // Four requests, each held at most the ceiling by what the last answer said.
        assert!(
            start.elapsed() < ceiling * 5,
            "case {i}: {:?}",
            start.elapsed()
        );
        others_unaffected(&client).await;
        no_foreseeable_429(&mock);
    }
}

#[tokio::test]
async fn absurd_429s_are_bounded() {
    let mock = mock().await;
    let ceiling = Duration::from_secs(2);
    let client = builder(&mock)
        .rate_limit_manager(RateLimitManager::builder().wait_ceiling(ceiling))
        .build()
        .unwrap();
    // One channel per case: each injected 429 also says `Remaining: 0` with its
    // own absurd reset, a lie about the window that the next case must not inherit.
    for (channel, retry_after) in ["1e19", "-5", "\"NaN\"", "0.2"].into_iter().enumerate() {
        let route = format!("/channels/{}/messages", 20 + channel);
        mock.fail_next_on(&route, 1, Fault::RateLimited429 { retry_after });
        let start = Instant::now();
        resolve(client.get(&route).no_cache())
            .await
            .expect("retried after a bounded wait");
        assert!(
            start.elapsed() < ceiling * 2,
            "{retry_after}: {:?}",
            start.elapsed()
        );
    }
    // The injected 429s aside, Discord's limiter limited nothing.
    no_foreseeable_429(&mock);
    // A wait beyond what the caller accepts ends in a typed error, not a sleep.
    let route = "/channels/30/messages";
    mock.fail_next_on(route, 1, Fault::RateLimited429 { retry_after: "1e9" });
    let err = resolve(
        client
            .get(route)
            .no_cache()
            .max_wait(Duration::from_secs(1)),
    )
    .await
    .unwrap_err();
    assert!(err.is_rate_limit(), "{err:?}");
    others_unaffected(&client).await;
}

#[tokio::test]
async fn a_proxy_429_is_retried_not_taken_for_a_ban() {
    let mock = mock().await;
    let client = builder(&mock).build().unwrap();
    mock.fail_next_on("/channels/1/messages", 2, Fault::ProxyTooManyRequests);
    let response = resolve(client.get("/channels/1/messages"))
        .await
        .expect("retried past the proxy");
    assert!(response.status().is_success());
    others_unaffected(&client).await;
    assert_eq!(mock.stats().cloudflare_banned, 0);
    assert_eq!(mock.stats().invalid_requests, 0, "it never reached Discord");
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_cloudflare_ban_stops_every_request_until_it_is_over() {
    let mock = mock().await;
    let client = builder(&mock)
        .rate_limit_manager(
            RateLimitManager::builder().cloudflare_ban_duration(Duration::from_secs(1)),
        )
        .build()
        .unwrap();
    mock.fail_next(1, Fault::CloudflareBan);
    let err = resolve(client.get("/users/@me")).await.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::CloudflareBan { .. }),
        "{err:?}"
    );
    let sent = mock.stats().requests;
    for path in ["/users/@me", "/channels/1/messages"] {
        let err = resolve(client.get(path)).await.unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::CloudflareBan { .. }),
            "{err:?}"
        );
    }
    assert_eq!(mock.stats().requests, sent, "nothing is sent while banned");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    others_unaffected(&client).await;
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_body_over_the_cap_is_a_typed_error() {
    let mock = mock().await;
    let client = builder(&mock)
        .max_response_bytes(64 * 1024)
        .build()
        .unwrap();
    let route = "/channels/3/messages";
    mock.fail_next_on(route, 1, Fault::OversizedBody(4 * 1024 * 1024));
    let err = resolve(client.get(route).no_cache()).await.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::ResponseTooLarge { limit: 65_536 }),
        "{err:?}"
    );
    resolve(client.get(route).no_cache())
        .await
        .expect("the route recovers");
    others_unaffected(&client).await;
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_trickling_body_is_bounded_by_the_attempt_timeout() {
    let mock = mock().await;
    let client = builder(&mock)
        .attempt_timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let trickle = Fault::Trickle {
        bytes_per_tick: 1,
        tick: Duration::from_millis(200),
    };
    let route = "/channels/4/messages";
    mock.fail_next_on(route, 1, trickle);
    let start = Instant::now();
    resolve(client.get(route).no_cache())
        .await
        .expect("a GET is retried after its attempt times out");
    assert!(start.elapsed() < Duration::from_secs(5));
    mock.fail_next_on(route, 1, trickle);
    let err = resolve(client.post(route).json(&json!({"content": "x"})))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout, "a POST is not repeated");
    others_unaffected(&client).await;
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_not_a_panic() {
    let mock = mock().await;
    let client = builder(&mock).build().unwrap();
    let route = "/channels/5/messages";
    mock.fail_next_on(route, 1, Fault::TruncatedJson);
    let response = resolve(client.get(route).no_cache()).await.unwrap();
    let err = response.json::<Value>().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Decode(_)), "{err:?}");
    others_unaffected(&client).await;
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_connection_reset_mid_body_is_retried_when_safe() {
    let mock = mock().await;
    let client = builder(&mock).build().unwrap();
    let route = "/channels/6/messages";
    mock.fail_next_on(route, 1, Fault::ResetMidBody);
    resolve(client.get(route).no_cache())
        .await
        .expect("a GET is retried");
    mock.fail_next_on(route, 1, Fault::ResetMidBody);
    let err = resolve(client.post(route).json(&json!({"content": "x"})))
        .await
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Http(_)), "{err:?}");
    others_unaffected(&client).await;
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_burst_of_5xx_is_survived_by_idempotent_requests() {
    let mock = mock().await;
    let client = builder(&mock).build().unwrap();
    mock.fail_next(5, Fault::BadGateway);
    resolve(client.get("/channels/7/messages"))
        .await
        .expect("retried through five 502s");
    mock.fail_next(1, Fault::ServiceUnavailable);
    let err = resolve(
        client
            .post("/channels/7/messages")
            .json(&json!({"content": "x"})),
    )
    .await
    .unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::SERVICE_UNAVAILABLE));
    others_unaffected(&client).await;
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_revoked_bot_token_stops_bot_requests_until_reset() {
    let mock = mock().await;
    let client = builder(&mock).build().unwrap();
    resolve(client.get("/users/@me")).await.unwrap();
    mock.revoke_token(mock.token());
    let err = resolve(client.get("/users/@me")).await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidToken);
    let sent = mock.stats().requests;
    for c in 0..10 {
        let err = resolve(client.get(format!("/channels/{c}/messages")))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::InvalidToken);
    }
    assert_eq!(mock.stats().requests, sent, "refused without sending");
    assert_eq!(mock.stats().unauthorized, 1);
    // Webhook routes do not use the bot token.
    resolve(
        client
            .post("/webhooks/8/aG9vaw?wait=true")
            .json(&json!({"content": "still here"})),
    )
    .await
    .expect("a path-token route still goes");
    mock.restore_token(mock.token());
    client.reset_invalid_token().await;
    others_unaffected(&client).await;
    no_foreseeable_429(&mock);
}

#[tokio::test]
async fn a_stream_of_403s_is_stopped_by_the_invalid_request_guard() {
    let mock = mock().await;
    let limit = 40;
    let client = builder(&mock)
        .rate_limit_manager(RateLimitManager::builder().invalid_request_limit(limit))
        .build()
        .unwrap();
    mock.fail_next(1_000, Fault::Forbidden);
    let mut forbidden = 0;
    let mut refused = 0;
    for c in 0..100 {
        let err = resolve(client.get(format!("/channels/{c}/messages")))
            .await
            .unwrap_err();
        match err.kind() {
            ErrorKind::Api { status, .. } if status.as_u16() == 403 => forbidden += 1,
            ErrorKind::Rejected(Rejected::InvalidRequestLimit { .. }) => refused += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((forbidden, refused), (limit, 100 - limit));
    assert_eq!(mock.stats().invalid_requests, u64::from(limit));
    // The guard is IP-wide, as Discord's ban is: once it refuses, every route
    // waits for the window to roll. The default stops at 9,000, well before
    // Discord's 10,000 per 10 minutes.
    no_foreseeable_429(&mock);
}
