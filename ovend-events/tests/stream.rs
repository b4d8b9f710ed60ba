//! Subscriber streams: their own filter, order, lag counted, end with the system.

use std::time::Duration;

use futures::StreamExt;
use ovend_events::{
    AllEvents, Event, EventKind, EventSystem, EventType, FnFilter, KindFilter, Level, LevelFilter,
    RequestInfo,
};

fn custom(name: &str) -> Event {
    Event::new(EventKind::Custom {
        name: name.into(),
        message: String::new(),
    })
}

fn name_of(event: &Event) -> &str {
    match &event.kind {
        EventKind::Custom { name, .. } => name,
        _ => "",
    }
}

#[tokio::test]
async fn a_stream_yields_only_what_its_filter_passes_in_order() {
    let events = EventSystem::new();
    let mut kinds = events.subscribe(KindFilter::new([
        EventType::CloudflareBan,
        EventType::Retry,
    ]));
    let mut levels = events.subscribe(LevelFilter::at_least(Level::Error));
    let request = RequestInfo::new(1, "GET", "/users/@me");
    events.emit_event(custom("a"));
    events.emit(EventKind::Retry {
        request: request.clone(),
        attempt: 2,
        delay: Duration::ZERO,
        reason: "502".into(),
    });
    events.emit(EventKind::RequestStarted { request });
    events.emit(EventKind::CloudflareBan {
        retry_after: Duration::from_secs(1),
    });
    drop(events);
    let got: Vec<EventType> = kinds.by_ref().map(|e| e.event_type()).collect().await;
    assert_eq!(got, [EventType::Retry, EventType::CloudflareBan]);
    assert_eq!(
        levels.next().await.map(|e| e.event_type()),
        Some(EventType::CloudflareBan)
    );
    assert!(
        levels.next().await.is_none(),
        "the stream ends with the system"
    );
}

#[tokio::test]
async fn a_lagging_stream_counts_what_it_missed() {
    let events = EventSystem::builder().capacity(4).build();
    let mut stream = events.subscribe(FnFilter(|e: &Event| name_of(e) != "skip"));
    for i in 0..10 {
        events.emit_event(custom(&i.to_string()));
    }
    let first = stream.recv().await.expect("an event");
    assert_eq!(name_of(&first), "6", "the oldest kept event comes next");
    assert_eq!(stream.missed(), 6);
    assert_eq!(events.dropped(), 6, "lag counts into the system's drops");
    let rest: Vec<String> = std::iter::from_fn(|| stream.try_recv())
        .map(|e| name_of(&e).to_owned())
        .collect();
    assert_eq!(rest, ["7", "8", "9"]);
    let mut all = events.subscribe(AllEvents);
    events.emit_event(custom("skip"));
    assert!(stream.try_recv().is_none(), "refused by the filter");
    assert_eq!(
        all.try_recv().map(|e| name_of(&e).to_owned()).as_deref(),
        Some("skip")
    );
}
