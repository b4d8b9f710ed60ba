//! Inline handlers: run by `emit` on the emitting thread, beside the dispatcher.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::ThreadId;
use std::time::Duration;

use ovend_events::{
    Event, EventHandler, EventKind, EventSystem, EventType, FnHandler, KindFilter, Level,
    RequestInfo,
};
use parking_lot::Mutex;

fn started(id: u64) -> EventKind {
    EventKind::RequestStarted {
        request: RequestInfo::new(id, "GET", "/gateway"),
    }
}

fn counter() -> (Arc<AtomicU64>, FnHandler<impl Fn(&Event) + Send + Sync>) {
    let count = Arc::new(AtomicU64::new(0));
    let inner = Arc::clone(&count);
    let handler = FnHandler::new(move |_: &Event| {
        inner.fetch_add(1, Ordering::Relaxed);
    });
    (count, handler)
}

#[test]
fn an_inline_handler_has_seen_the_event_when_emit_returns_on_the_same_thread() {
    let threads = Arc::new(Mutex::new(Vec::<ThreadId>::new()));
    let sink = Arc::clone(&threads);
    let events = EventSystem::builder()
        .inline_handler(FnHandler::new(move |_| {
            sink.lock().push(std::thread::current().id());
        }))
        .build();
    assert!(events.is_listening(), "an inline handler listens");
    events.emit(started(1));
    assert_eq!(*threads.lock(), [std::thread::current().id()]);
    // Nothing went through the queue: no dispatcher handler wanted it.
    assert_eq!(events.emitted(), 0);
    assert_eq!(events.pending(), 0);
    assert_eq!(events.inline_handler_count(), 1);
    assert_eq!(events.handler_count(), 0);
}

#[test]
fn inline_and_queued_handlers_both_see_every_event() {
    let (inline, inline_handler) = counter();
    let (queued, queued_handler) = counter();
    let events = EventSystem::new();
    events.add_handler(queued_handler);
    events.add_inline_handler(inline_handler);
    for id in 0..100 {
        events.emit(started(id));
    }
    assert_eq!(inline.load(Ordering::Relaxed), 100);
    assert!(events.flush_blocking(Duration::from_secs(5)));
    assert_eq!(queued.load(Ordering::Relaxed), 100);
    assert_eq!(events.emitted(), 100);
}

#[test]
fn an_inline_handler_loses_nothing_when_the_queue_is_full() {
    let (inline, inline_handler) = counter();
    let gate = Arc::new(Mutex::new(()));
    let held = gate.lock();
    let blocked = Arc::clone(&gate);
    let events = EventSystem::builder()
        .capacity(4)
        .handler(FnHandler::new(move |_| drop(blocked.lock())))
        .inline_handler(inline_handler)
        .build();
    for id in 0..50 {
        events.emit(started(id));
    }
    assert!(events.dropped() > 0, "the queued handler fell behind");
    assert_eq!(inline.load(Ordering::Relaxed), 50);
    drop(held);
    assert!(events.flush_blocking(Duration::from_secs(5)));
}

#[test]
fn an_inline_route_sees_only_what_its_filter_passes_and_the_systems_filters_apply() {
    let (warnings, handler) = counter();
    let events = EventSystem::builder()
        .min_level(Level::Info)
        .inline_route(KindFilter::new([EventType::CloudflareBan]), handler)
        .build();
    // Passes the system's filter (info), not the route's.
    events.emit(EventKind::RequestCompleted {
        request: RequestInfo::new(1, "GET", "/gateway"),
        status: 200,
        latency: Duration::from_millis(5),
        attempts: 1,
    });
    events.emit(EventKind::CloudflareBan {
        retry_after: Duration::from_secs(1),
    });
    events.emit_event(
        Event::new(EventKind::CloudflareBan {
            retry_after: Duration::from_secs(1),
        })
        .with_level(Level::Debug),
    );
    assert_eq!(warnings.load(Ordering::Relaxed), 1);
    assert_eq!(events.filtered(), 1);
}

struct Panics;

impl EventHandler for Panics {
    fn handle(&self, _: &Event) {
        panic!("an inline handler that fails");
    }
}

#[test]
fn a_panicking_inline_handler_neither_unwinds_into_emit_nor_stops_the_others() {
    let (after, counting) = counter();
    let events = EventSystem::new();
    events.add_inline_handler(Panics);
    events.add_inline_handler(counting);
    events.emit(started(1));
    events.emit(started(2));
    assert_eq!(after.load(Ordering::Relaxed), 2);
    assert_eq!(events.handler_panics(), 2);
}

#[test]
fn inline_handlers_count_exactly_from_many_threads() {
    let (count, handler) = counter();
    let events = EventSystem::builder().inline_handler(handler).build();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let events = events.clone();
            std::thread::spawn(move || {
                for id in 0..2_000 {
                    events.emit(started(t * 10_000 + id));
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("emitting thread");
    }
    assert_eq!(count.load(Ordering::Relaxed), 8_000);
    assert_eq!(events.dropped(), 0);
}

#[test]
fn an_inline_handler_added_by_a_handler_sees_later_events() {
    let events = EventSystem::new();
    let (late, late_handler) = counter();
    let late_handler = Mutex::new(Some(late_handler));
    let weak = events.downgrade();
    events.add_inline_handler(FnHandler::new(move |_| {
        if let (Some(handler), Some(events)) = (late_handler.lock().take(), weak.upgrade()) {
            events.add_inline_handler(handler);
        }
    }));
    events.emit(started(1));
    events.emit(started(2));
    assert_eq!(
        late.load(Ordering::Relaxed),
        1,
        "added during the first event"
    );
    assert_eq!(events.inline_handler_count(), 2);
}
