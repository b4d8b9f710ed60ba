//! Every stage reports to the event system; metrics follow the events.
#![cfg(all(feature = "cache", feature = "metrics"))]

mod common;

use ovend_rest::{EventKind, RestClient};
use ovend_testkit::{Fault, MockDiscord};
use serde_json::json;

fn kinds(events: &[std::sync::Arc<ovend_rest::Event>]) -> Vec<&'static str> {
    events
        .iter()
        .map(|e| e.kind.event_type().as_str())
        .collect()
}

async fn drain(
    receiver: &mut ovend_rest::events::EventStream,
) -> Vec<std::sync::Arc<ovend_rest::Event>> {
    let mut out = Vec::new();
    while let Some(event) = receiver.try_recv() {
        out.push(event);
    }
    out
}

#[tokio::test]
async fn requests_report_start_cache_and_end_with_route_templates() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    let mut events = client.events().subscribe(ovend_rest::events::AllEvents);

    client.get("/channels/5").await.unwrap();
    client.get("/channels/5").await.unwrap();
    let all = drain(&mut events).await;
    // The limiter's own findings arrive through the bridge as typed events.
    assert!(
        all.iter()
            .any(|e| matches!(&e.kind, EventKind::BucketLearned { route, .. } if route == "/channels/{channel_id}")),
        "{all:?}"
    );
    // The request's life at the level of detail this test follows.
    let seen: Vec<_> = all
        .into_iter()
        .filter(|e| {
            !matches!(
                e.kind,
                EventKind::Custom { .. }
                    | EventKind::BucketLearned { .. }
                    | EventKind::RequestSent { .. }
                    | EventKind::RequestQueued { .. }
            )
        })
        .collect();
    let names = kinds(&seen);
    assert_eq!(
        names,
        [
            "request_started",
            "cache_miss",
            "request_completed",
            "request_started",
            "cache_hit",
            "request_completed"
        ],
    );
    let EventKind::RequestCompleted {
        request,
        status,
        attempts,
        ..
    } = &seen[2].kind
    else {
        panic!("expected completion");
    };
    assert_eq!(&*request.route, "/channels/{channel_id}");
    assert_eq!(&*request.method, "GET");
    assert_eq!(*status, 200);
    assert_eq!(*attempts, 1);
    let EventKind::RequestCompleted { attempts, .. } = &seen[5].kind else {
        panic!("expected completion");
    };
    assert_eq!(*attempts, 0, "a cache hit makes no HTTP attempt");

    client
        .patch("/channels/5")
        .json(&json!({ "topic": "t" }))
        .await
        .unwrap();
    let seen = drain(&mut events).await;
    assert!(seen.iter().any(|e| matches!(&e.kind, EventKind::CacheInvalidated { prefix } if prefix == "/channels/{channel_id}")));
}

#[tokio::test]
async fn failures_are_reported_without_secrets() {
    let mock = MockDiscord::start().await;
    let client = RestClient::builder()
        .token("hidden-token-123")
        .base_url(mock.base_url())
        .build()
        .unwrap();
    let mut events = client.events().subscribe(ovend_rest::events::AllEvents);
    // A webhook route is authenticated by its path token, not the bot's: a 502
    // (not retried, a POST is not idempotent) makes it fail.
    mock.fail_next(1, Fault::BadGateway);
    let _ = client
        .post("/webhooks/1/webhook-secret")
        .json(&json!({ "content": "x" }))
        .await;
    let seen = drain(&mut events).await;
    assert!(seen
        .iter()
        .any(|e| matches!(e.kind, EventKind::RequestFailed { .. })));
    for event in &seen {
        let text = format!("{event:?}");
        assert!(!text.contains("hidden-token-123"), "{text}");
        assert!(!text.contains("webhook-secret"), "{text}");
    }
}

#[tokio::test]
async fn metrics_count_requests_and_cache_hits() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    client.get("/users/@me").await.unwrap();
    client.get("/users/@me").await.unwrap();
    client.events().flush().await;
    let snapshot = client.metrics();
    assert_eq!(snapshot.requests, 2);
    assert_eq!(snapshot.successes, 2);
    assert_eq!(snapshot.cache_hits, 1);
    assert_eq!(snapshot.cache_misses, 1);
}
