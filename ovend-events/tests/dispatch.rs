//! The event system end to end: priority, filters, routing, drops, flush, streams.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use ovend_events::{
    Event, EventHandler, EventKind, EventSystem, EventType, FnHandler, KindFilter, Level,
    LevelFilter, RequestInfo,
};
use parking_lot::Mutex;

fn custom(name: &str, level: Level) -> Event {
    Event::new(EventKind::Custom {
        name: name.into(),
        message: String::new(),
    })
    .with_level(level)
}

fn name_of(event: &Event) -> String {
    match &event.kind {
        EventKind::Custom { name, .. } => name.clone(),
        other => other.event_type().to_string(),
    }
}

/// Records event names; while `gate` is held by the test, the handler blocks, so a
/// backlog builds behind it. Signals on `started` each time it begins an event.
struct Gated {
    seen: Arc<Mutex<Vec<String>>>,
    gate: Arc<Mutex<()>>,
    started: Mutex<mpsc::Sender<()>>,
}

impl EventHandler for Gated {
    fn handle(&self, event: &Event) {
        let _ = self.started.lock().send(());
        let _open = self.gate.lock();
        self.seen.lock().push(name_of(event));
    }
}

struct Fixture {
    events: EventSystem,
    seen: Arc<Mutex<Vec<String>>>,
    gate: Arc<Mutex<()>>,
    started: mpsc::Receiver<()>,
}

fn gated(capacity: usize) -> Fixture {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let gate = Arc::new(Mutex::new(()));
    let (tx, started) = mpsc::channel();
    let events = EventSystem::builder()
        .capacity(capacity)
        .handler(Gated {
            seen: Arc::clone(&seen),
            gate: Arc::clone(&gate),
            started: Mutex::new(tx),
        })
        .build();
    Fixture {
        events,
        seen,
        gate,
        started,
    }
}

#[test]
fn backlog_is_handled_highest_level_first() {
    let f = gated(16);
    let closed = f.gate.lock();
    f.events.emit_event(custom("first", Level::Debug));
    f.started.recv_timeout(Duration::from_secs(5)).unwrap();
    for (name, level) in [
        ("d", Level::Debug),
        ("i", Level::Info),
        ("e1", Level::Error),
        ("w", Level::Warn),
        ("e2", Level::Error),
    ] {
        f.events.emit_event(custom(name, level));
    }
    drop(closed);
    assert!(f.events.flush_blocking(Duration::from_secs(5)));
    assert_eq!(*f.seen.lock(), ["first", "e1", "e2", "w", "i", "d"]);
}

#[test]
fn full_queue_drops_and_counts_without_blocking() {
    let f = gated(2);
    let closed = f.gate.lock();
    f.events.emit_event(custom("taken", Level::Info));
    f.started.recv_timeout(Duration::from_secs(5)).unwrap();
    // The handler is stuck; two fit in the queue, the rest must be dropped at once.
    for i in 0..10 {
        f.events.emit_event(custom(&i.to_string(), Level::Info));
    }
    assert_eq!(f.events.dropped(), 8);
    assert_eq!(f.events.emitted(), 3);
    assert_eq!(f.events.pending(), 2);
    // A blocking flush with the handler stuck times out instead of hanging.
    assert!(!f.events.flush_blocking(Duration::from_millis(20)));
    drop(closed);
    assert!(f.events.flush_blocking(Duration::from_secs(5)));
    assert_eq!(*f.seen.lock(), ["taken", "0", "1"]);
}

#[tokio::test]
async fn flush_waits_for_every_earlier_event() {
    let count = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&count);
    let events = EventSystem::builder()
        .handler(FnHandler::new(move |_| {
            // Slow enough that an early return of flush would be caught.
            std::thread::sleep(Duration::from_millis(1));
            counter.fetch_add(1, Ordering::SeqCst);
        }))
        .build();
    for i in 0..50 {
        let level = if i % 2 == 0 {
            Level::Debug
        } else {
            Level::Error
        };
        events.emit_event(custom("x", level));
    }
    events.flush().await;
    assert_eq!(count.load(Ordering::SeqCst), 50);
    assert_eq!(events.handled(), 50);
}

#[test]
fn system_filters_apply_before_queueing() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let events = EventSystem::builder()
        .min_level(Level::Info)
        .filter(|e: &Event| name_of(e) != "secret")
        .handler(FnHandler::new(move |e| sink.lock().push(name_of(e))))
        .build();
    events.emit_event(custom("debug", Level::Debug));
    events.emit_event(custom("secret", Level::Error));
    events.emit_event(custom("kept", Level::Info));
    assert!(events.flush_blocking(Duration::from_secs(5)));
    assert_eq!(*seen.lock(), ["kept"]);
    assert_eq!(events.filtered(), 2);
}

#[test]
fn routes_deliver_only_matching_events() {
    let warnings = Arc::new(Mutex::new(Vec::new()));
    let bans = Arc::new(Mutex::new(Vec::new()));
    let all = Arc::new(AtomicU64::new(0));
    let (w, b, a) = (Arc::clone(&warnings), Arc::clone(&bans), Arc::clone(&all));
    let events = EventSystem::builder()
        .route(
            LevelFilter::at_least(Level::Warn),
            FnHandler::new(move |e| w.lock().push(name_of(e))),
        )
        .route(
            KindFilter::new([EventType::CloudflareBan]),
            FnHandler::new(move |e| b.lock().push(name_of(e))),
        )
        .handler(FnHandler::new(move |_| {
            a.fetch_add(1, Ordering::SeqCst);
        }))
        .build();
    events.emit_event(custom("info", Level::Info));
    events.emit_event(custom("warn", Level::Warn));
    events.emit(EventKind::CloudflareBan {
        retry_after: Duration::from_secs(60),
    });
    assert!(events.flush_blocking(Duration::from_secs(5)));
    let mut w = warnings.lock().clone();
    w.sort();
    assert_eq!(w, ["cloudflare_ban", "warn"]);
    assert_eq!(*bans.lock(), ["cloudflare_ban"]);
    assert_eq!(all.load(Ordering::SeqCst), 3);
}

#[test]
fn handlers_added_at_run_time_see_later_events() {
    let events = EventSystem::new();
    events.emit_event(custom("before", Level::Info));
    assert_eq!(events.emitted(), 0, "nobody listens: nothing is queued");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    events.add_handler(FnHandler::new(move |e| sink.lock().push(name_of(e))));
    events.emit_event(custom("after", Level::Info));
    assert!(events.flush_blocking(Duration::from_secs(5)));
    assert_eq!(*seen.lock(), ["after"]);
    assert_eq!(events.handler_count(), 1);
}

#[test]
fn emit_works_from_many_threads_without_a_runtime() {
    let count = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&count);
    let events = EventSystem::builder()
        .capacity(100_000)
        .handler(FnHandler::new(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        }))
        .build();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let events = events.clone();
            std::thread::spawn(move || {
                for _ in 0..1000 {
                    events.emit(EventKind::RequestStarted {
                        request: RequestInfo::new(1, "GET", "/gateway"),
                    });
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert!(events.flush_blocking(Duration::from_secs(10)));
    assert_eq!(count.load(Ordering::Relaxed), 4000);
    assert_eq!(events.dropped(), 0);
}

#[test]
fn a_panicking_handler_does_not_stop_the_others() {
    let count = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&count);
    let events = EventSystem::builder()
        .handler(FnHandler::new(|e| {
            if name_of(e) == "boom" {
                panic!("handler bug");
            }
        }))
        .handler(FnHandler::new(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        }))
        .build();
    events.emit_event(custom("boom", Level::Info));
    events.emit_event(custom("fine", Level::Info));
    assert!(events.flush_blocking(Duration::from_secs(5)));
    assert_eq!(count.load(Ordering::SeqCst), 2);
    assert_eq!(events.handler_panics(), 1);
}

#[tokio::test]
async fn subscribers_receive_a_stream_of_filtered_events() {
    let events = EventSystem::builder().min_level(Level::Warn).build();
    let mut stream = events.subscribe(ovend_events::AllEvents);
    assert!(events.is_listening());
    events.emit_event(custom("quiet", Level::Debug));
    events.emit_event(custom("loud", Level::Error));
    let got = stream.recv().await.unwrap();
    assert_eq!(name_of(&got), "loud");
    assert!(stream.try_recv().is_none());
    drop(stream);
    assert!(!events.is_listening());
}

#[tokio::test]
async fn flush_with_no_handlers_returns_at_once() {
    let events = EventSystem::new();
    events.emit_event(custom("x", Level::Info));
    events.flush().await;
    assert!(events.flush_blocking(Duration::ZERO));
}
