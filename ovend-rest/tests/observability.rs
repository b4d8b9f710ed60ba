//! Observability over real HTTP (RestClient → MockDiscord): filtered streams,
//! typed limiter events, the flow's queued/sent/slow reports, and the analytics
//! built on them.

mod common;

use std::sync::Arc;
use std::time::Duration;

use ovend_rest::events::{EventStream, EventType, FnHandler, KindFilter};
use ovend_rest::{Event, EventKind, EventSystem};
use ovend_testkit::{Fault, MockDiscord};
use serde_json::json;

/// The next `n` events of `stream`, waiting at most ten seconds for them.
async fn take(stream: &mut EventStream, n: usize) -> Vec<Arc<Event>> {
    let mut out = Vec::new();
    let all = async {
        while out.len() < n {
            out.push(stream.recv().await.expect("the event system lives"));
        }
    };
    tokio::time::timeout(Duration::from_secs(10), all)
        .await
        .expect("events in time");
    out
}

fn types(events: &[Arc<Event>]) -> Vec<EventType> {
    events.iter().map(|e| e.event_type()).collect()
}

#[tokio::test]
async fn a_filtered_stream_sees_only_its_kinds_in_order() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    let mut ends = client.events().subscribe(KindFilter::new([
        EventType::RequestStarted,
        EventType::RequestCompleted,
    ]));
    for channel in 1..=3 {
        client.get(format!("/channels/{channel}")).await.unwrap();
    }
    let seen = take(&mut ends, 6).await;
    assert_eq!(
        types(&seen),
        [EventType::RequestStarted, EventType::RequestCompleted].repeat(3)
    );
    let ids: Vec<u64> = seen
        .iter()
        .filter_map(|e| e.kind.request().map(|r| r.id))
        .collect();
    assert!(ids.windows(2).all(|w| w[0] <= w[1]), "{ids:?}");
    assert!(ends.try_recv().is_none(), "nothing else was delivered");
    assert_eq!(ends.missed(), 0);
}

#[tokio::test]
async fn buckets_and_sublimits_arrive_typed() {
    // Windows scaled down: the channel rename sublimit (2 per 10 min) lasts 0.6 s.
    let mock = MockDiscord::builder()
        .time_scale(0.001)
        .start()
        .await
        .unwrap();
    let client = common::client(&mock);
    let mut learned = client.events().subscribe(KindFilter::new([
        EventType::BucketLearned,
        EventType::SublimitLearned,
        EventType::Custom,
    ]));
    for topic in ["a", "b", "c"] {
        client
            .patch("/channels/5")
            .json(&json!({ "topic": topic }))
            .await
            .unwrap();
    }
    let seen = take(&mut learned, 2).await;
    let EventKind::BucketLearned {
        route,
        bucket,
        limit,
        window,
    } = &seen[0].kind
    else {
        panic!("a typed bucket event first: {seen:?}");
    };
    assert_eq!(route, "/channels/{channel_id}");
    assert!(!bucket.is_empty());
    assert!(limit.is_some());
    // Learned from the window's first answer, which runs the whole window.
    assert!(window.is_some_and(|w| !w.is_zero()), "{window:?}");
    let EventKind::SublimitLearned {
        route,
        allowed,
        window,
    } = &seen[1].kind
    else {
        panic!("a typed sublimit event: {seen:?}");
    };
    assert_eq!((route.as_str(), *allowed), ("/channels/{channel_id}", 2));
    assert!(*window > Duration::ZERO);
    assert!(
        std::iter::from_fn(|| learned.try_recv()).all(
            |e| !matches!(&e.kind, EventKind::Custom { name, .. } if name.contains("learned"))
        ),
        "no custom duplicates of the typed events"
    );
}

/// Two GETs on one unknown bucket at once: one learns the bucket, the other waits
/// in the limiter's queue for its answer.
async fn two_at_once(client: &ovend_rest::RestClient) {
    let (a, b) = tokio::join!(client.get("/channels/7"), client.get("/channels/7"));
    a.unwrap();
    b.unwrap();
}

#[tokio::test]
async fn queued_sent_and_slow_requests_are_reported() {
    let mock = MockDiscord::builder()
        .latency(Duration::from_millis(300))
        .start()
        .await
        .unwrap();
    let client = common::builder(&mock)
        .dedup(false)
        .slow_request_threshold(Duration::from_millis(200))
        .build()
        .unwrap();
    let mut flow = client.events().subscribe(KindFilter::new([
        EventType::RequestQueued,
        EventType::RequestSent,
        EventType::SlowRequest,
    ]));
    two_at_once(&client).await;
    let seen = take(&mut flow, 5).await;
    let count = |t| seen.iter().filter(|e| e.event_type() == t).count();
    assert_eq!(count(EventType::RequestQueued), 1, "{seen:?}");
    assert_eq!(count(EventType::RequestSent), 2, "{seen:?}");
    assert_eq!(count(EventType::SlowRequest), 2, "{seen:?}");
    let queued: Vec<Duration> = seen
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::RequestSent {
                attempt: 1, queued, ..
            } => Some(*queued),
            _ => None,
        })
        .collect();
    assert!(
        queued.iter().any(|q| *q >= Duration::from_millis(250)),
        "{queued:?}"
    );
    for event in &seen {
        if let EventKind::SlowRequest {
            latency, threshold, ..
        } = &event.kind
        {
            assert_eq!(*threshold, Duration::from_millis(200));
            assert!(*latency >= Duration::from_millis(300));
        }
    }
}

#[tokio::test]
async fn no_slow_requests_without_a_threshold() {
    let mock = MockDiscord::builder()
        .latency(Duration::from_millis(50))
        .start()
        .await
        .unwrap();
    let client = common::client(&mock);
    let mut slow = client
        .events()
        .subscribe(KindFilter::new([EventType::SlowRequest]));
    client.get("/channels/1").await.unwrap();
    assert!(slow.try_recv().is_none());
}

#[tokio::test]
async fn analytics_split_queue_and_network_time_and_count_invalid_requests() {
    let mock = MockDiscord::builder()
        .latency(Duration::from_millis(300))
        .start()
        .await
        .unwrap();
    let client = common::builder(&mock).dedup(false).build().unwrap();
    two_at_once(&client).await;
    mock.fail_next(2, Fault::Forbidden);
    for _ in 0..2 {
        assert!(client.get("/channels/8").await.is_err());
    }
    client.events().flush().await;
    let m = client.metrics();
    assert_eq!(m.queue_time.count, 4, "{m}");
    assert!(m.queue_time.max >= Duration::from_millis(250), "{m}");
    assert!(m.network_time.p50 >= Duration::from_millis(290), "{m}");
    assert!(m.network_time.max < Duration::from_millis(600), "{m}");
    assert_eq!(m.invalid_requests, 2, "{m}");
    assert_eq!(m.invalid_requests_10m, 2, "{m}");
    assert_eq!(m.events_dropped, 0);
}

#[tokio::test]
async fn analytics_show_events_the_system_dropped() {
    let mock = MockDiscord::start().await;
    // One slot, and a handler that holds the dispatcher: most events find the
    // queue full.
    let events = EventSystem::builder()
        .capacity(1)
        .handler(FnHandler::new(|_: &Event| {
            std::thread::sleep(Duration::from_millis(20))
        }))
        .build();
    let client = common::builder(&mock).events(events).build().unwrap();
    for channel in 1..=5 {
        client.get(format!("/channels/{channel}")).await.unwrap();
    }
    client.events().flush().await;
    let dropped = client.events().dropped();
    assert!(dropped > 0);
    let m = client.metrics();
    assert_eq!(m.events_dropped, dropped);
    // The collector runs inline: what the queue lost, it still counted.
    assert_eq!((m.requests, m.successes), (5, 5), "{m}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_current_when_calls_return_from_both_workers() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock).dedup(false).build().unwrap();
    // Five calls on each of eight channels: within their buckets and the
    // global limit, so none waits.
    let calls: Vec<_> = (0..40)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move { client.get(format!("/channels/{}", i % 8)).await })
        })
        .collect();
    for call in calls {
        call.await
            .expect("the task ran")
            .expect("the call succeeded");
    }
    // No flush: each request was counted before its call returned, whichever
    // worker thread it ran on, and no dispatcher thread was needed for it.
    let m = client.metrics();
    assert_eq!((m.requests, m.successes, m.in_flight), (40, 40, 0), "{m}");
    assert_eq!(m.queue_time.count + m.network_time.count, 80, "{m}");
    assert_eq!(client.events().handler_count(), 0);
    assert_eq!(client.events().inline_handler_count(), 1);
}

/// The webhook the notifications post to: the emulator files a webhook's
/// messages under the channel whose id is the webhook's.
const WEBHOOK: u64 = 4_242;
const WEBHOOK_TOKEN: &str = "webhook-secret-token-xyz";

#[tokio::test]
async fn a_crossing_is_posted_once_to_a_discord_webhook_through_the_client() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock).dedup(false).build().unwrap();
    let mut all = client.events().subscribe(ovend_rest::events::AllEvents);
    let sink = ovend_rest::WebhookSink::new(client.clone(), WEBHOOK, WEBHOOK_TOKEN).unwrap();
    let handler = Arc::new(
        ovend_rest::events::NotificationHandler::builder(sink)
            .condition(ovend_rest::events::Condition::invalid_requests_over(3))
            .build(),
    );
    client.events().add_handler(Arc::clone(&handler));

    // Five invalid requests: the count crosses 3 once and stays above it.
    // (Faults on this route only: the webhook post must not draw one.)
    mock.fail_next_on("/channels/8", 5, Fault::Forbidden);
    for _ in 0..5 {
        assert!(client.get("/channels/8").await.is_err());
    }
    client.events().flush().await;
    let posted = webhook_posts(&mock, &client).await;
    assert_eq!(posted.len(), 1, "one post per crossing: {posted:?}");
    let content = posted[0]["content"].as_str().unwrap_or_default();
    assert!(content.contains("invalid_request"), "{content}");
    assert_eq!(handler.sent(), 1);

    // The webhook token never reaches an event.
    while let Some(event) = all.try_recv() {
        assert!(!format!("{event:?}").contains(WEBHOOK_TOKEN), "{event:?}");
    }
}

/// The messages the webhook posted, once its spawned posts have landed.
async fn webhook_posts(
    mock: &MockDiscord,
    client: &ovend_rest::RestClient,
) -> Vec<serde_json::Value> {
    for _ in 0..100 {
        if mock
            .recorded()
            .iter()
            .any(|r| r.path.starts_with(&format!("/webhooks/{WEBHOOK}/")))
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Let any second (wrong) post land before counting.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let listed: serde_json::Value = client
        .get(format!("/channels/{WEBHOOK}/messages"))
        .no_cache()
        .await
        .unwrap()
        .json()
        .unwrap();
    listed.as_array().cloned().unwrap_or_default()
}
