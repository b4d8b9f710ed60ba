//! Notifications: once per crossing, re-armed when the condition clears, and
//! limited to a number per interval. Paused clock, so windows are exact.

use std::sync::Arc;
use std::time::Duration;

use ovend_events::{
    Condition, Event, EventHandler, EventKind, EventType, Level, NotificationHandler, RequestInfo,
};
use parking_lot::Mutex;

type Seen = Arc<Mutex<Vec<EventType>>>;

fn recorder() -> (Seen, impl Fn(&Event) + Send + Sync + 'static) {
    let seen: Seen = Arc::default();
    let sink = {
        let seen = Arc::clone(&seen);
        move |e: &Event| seen.lock().push(e.event_type())
    };
    (seen, sink)
}

fn invalid() -> Event {
    Event::new(EventKind::InvalidRequest {
        request: RequestInfo::new(1, "GET", "/channels/{channel_id}"),
        status: 403,
    })
}

fn ban() -> Event {
    Event::new(EventKind::CloudflareBan {
        retry_after: Duration::from_secs(60),
    })
}

fn completed() -> Event {
    Event::new(EventKind::RequestCompleted {
        request: RequestInfo::new(2, "GET", "/users/@me"),
        status: 200,
        latency: Duration::from_millis(5),
        attempts: 1,
    })
}

#[tokio::test(start_paused = true)]
async fn invalid_requests_fire_once_per_crossing_and_rearm_below_the_threshold() {
    let (seen, sink) = recorder();
    let pager = NotificationHandler::builder(sink)
        .condition(Condition::invalid_requests_over(3))
        .build();
    for _ in 0..2 {
        pager.handle(&invalid());
    }
    assert_eq!(pager.sent(), 0, "below the threshold");
    for _ in 0..5 {
        pager.handle(&invalid());
        tokio::time::advance(Duration::from_secs(1)).await;
    }
    assert_eq!(pager.sent(), 1, "fires once when the count crosses 3");

    // Ten minutes later the early ones have left the window: below 3, re-armed.
    tokio::time::advance(Duration::from_secs(598)).await;
    pager.handle(&completed());
    assert_eq!(pager.sent(), 1);
    tokio::time::advance(Duration::from_secs(10)).await;
    pager.handle(&completed());
    pager.handle(&invalid());
    pager.handle(&invalid());
    assert_eq!(pager.sent(), 1, "two in the window: still below");
    pager.handle(&invalid());
    assert_eq!(pager.sent(), 2, "crossed again after clearing");
    assert_eq!(*seen.lock(), [EventType::InvalidRequest; 2]);
}

#[tokio::test(start_paused = true)]
async fn the_limiters_warning_counts_for_the_window() {
    let (_seen, sink) = recorder();
    let pager = NotificationHandler::builder(sink)
        .condition(Condition::invalid_requests_over(2500))
        .build();
    let warning = |count| {
        Event::new(EventKind::InvalidRequestWarning {
            count,
            threshold: 2500,
        })
    };
    pager.handle(&warning(2500));
    pager.handle(&warning(5000));
    assert_eq!(pager.sent(), 1);
    tokio::time::advance(Duration::from_secs(600)).await;
    pager.handle(&completed());
    pager.handle(&warning(2500));
    assert_eq!(
        pager.sent(),
        2,
        "the first warning aged out, so this is a new crossing"
    );
}

#[tokio::test(start_paused = true)]
async fn a_kind_condition_pages_once_per_run_and_its_own_limit_stops_floods() {
    let (seen, sink) = recorder();
    let pager = NotificationHandler::builder(sink)
        .min_level(Level::Info)
        .condition(Condition::kind(EventType::CloudflareBan))
        .rate_limit(2, Duration::from_secs(60))
        .build();
    pager.handle(&ban());
    pager.handle(&ban());
    assert_eq!(pager.sent(), 1, "a run of bans is one crossing");
    // A flood of crossings: two notifications pass, the rest are counted.
    for _ in 0..5 {
        pager.handle(&completed());
        pager.handle(&ban());
    }
    assert_eq!(pager.sent(), 2);
    assert_eq!(pager.suppressed(), 4);
    tokio::time::advance(Duration::from_secs(60)).await;
    pager.handle(&completed());
    pager.handle(&ban());
    assert_eq!(pager.sent(), 3, "a new interval has room again");
    assert_eq!(seen.lock().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn custom_conditions_and_levels() {
    let (seen, sink) = recorder();
    let pager = NotificationHandler::builder(sink)
        .min_level(Level::Warn)
        .condition(Condition::custom(|e: &Event| {
            matches!(e.kind, EventKind::InvalidRequest { status: 403, .. })
        }))
        .build();
    pager.handle(&invalid());
    // Below the level: not looked at, so the condition does not clear.
    pager.handle(&completed());
    pager.handle(&invalid());
    assert_eq!(pager.sent(), 1);
    pager.handle(&ban());
    pager.handle(&invalid());
    assert_eq!(pager.sent(), 2);
    assert_eq!(seen.lock().len(), 2);
}

#[tokio::test]
async fn without_a_condition_every_event_at_the_level_notifies() {
    let (seen, sink) = recorder();
    let pager = NotificationHandler::new(Level::Error, sink);
    pager.handle(&ban());
    pager.handle(&ban());
    pager.handle(&invalid());
    assert_eq!(*seen.lock(), [EventType::CloudflareBan; 2]);
}
