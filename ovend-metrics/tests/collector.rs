//! Feeding events to the collector and reading the numbers back.

use std::time::Duration;

use metrics_util::debugging::{DebugValue, DebuggingRecorder};
use ovend_events::{Event, EventKind, EventSystem, RequestInfo};
use ovend_metrics::{names, Analytics, MetricsCollector};

fn req(id: u64, method: &str, route: &str) -> RequestInfo {
    RequestInfo::new(id, method, route)
}

fn completed(r: RequestInfo, status: u16, ms: u64) -> Event {
    Event::new(EventKind::RequestCompleted {
        request: r,
        status,
        latency: Duration::from_millis(ms),
        attempts: 1,
    })
}

fn within(actual: Duration, expected_ms: u64) -> bool {
    let expected = Duration::from_millis(expected_ms).as_micros() as f64;
    (actual.as_micros() as f64 - expected).abs() <= expected * 0.001 + 1.0
}

#[tokio::test(start_paused = true)]
async fn counts_percentiles_and_rate() {
    let m = MetricsCollector::builder().export(false).build();
    let messages = "/channels/{channel_id}/messages";
    for i in 1..=100 {
        m.record(&Event::new(EventKind::RequestStarted {
            request: req(i, "GET", messages),
        }));
        m.record(&completed(req(i, "GET", messages), 200, i));
    }
    m.record(&Event::new(EventKind::RequestStarted {
        request: req(101, "POST", messages),
    }));
    m.record(&completed(req(101, "POST", messages), 403, 5));
    m.record(&Event::new(EventKind::RequestFailed {
        request: req(102, "GET", "/users/@me"),
        error: "connection reset".into(),
        latency: Duration::from_millis(7),
        attempts: 3,
    }));
    m.record(&Event::new(EventKind::RequestStarted {
        request: req(103, "GET", "/users/@me"),
    }));
    tokio::time::advance(Duration::from_secs(51)).await;

    let s = m.snapshot();
    assert_eq!(s.requests, 102);
    assert_eq!(s.successes, 100);
    assert_eq!(s.failures, 2);
    // 102 started and 102 finished: one failure reported no start, one start has no end.
    assert_eq!(s.in_flight, 0);
    assert_eq!(s.by_status_class.get("2xx"), Some(&100));
    assert_eq!(s.by_status_class.get("4xx"), Some(&1));
    assert_eq!(s.by_status_class.get("error"), Some(&1));
    assert!(
        (s.requests_per_second() - 2.0).abs() < 0.01,
        "{}",
        s.requests_per_second()
    );

    let top = &s.top_routes(1)[0];
    assert_eq!(
        (top.method.as_str(), top.route.as_str(), top.requests),
        ("GET", messages, 100)
    );
    assert!(
        within(top.latency.p50, 50) && within(top.latency.p99, 99) && within(top.latency.max, 100)
    );
    assert_eq!(s.routes.len(), 3);
    assert!(within(s.latency.max, 100));
    let post = m.route_latency("POST", messages).unwrap_or_default();
    assert!(within(post.p50, 5));
}

#[test]
fn rate_limits_waits_cache_and_bans() {
    let m = MetricsCollector::builder().export(false).build();
    let r = req(1, "PATCH", "/channels/{channel_id}");
    for (scope, n) in [(Some("user"), 2), (Some("shared"), 1), (None, 1)] {
        for _ in 0..n {
            m.record(&Event::new(EventKind::RateLimited {
                request: r.clone(),
                bucket: Some("abc".into()),
                scope: scope.map(str::to_owned),
                retry_after: Duration::from_secs(1),
                global: false,
            }));
        }
    }
    for ms in [100, 200, 300, 400] {
        m.record(&Event::new(EventKind::RateLimitWait {
            request: r.clone(),
            wait: Duration::from_millis(ms),
        }));
    }
    m.record(&Event::new(EventKind::Retry {
        request: r.clone(),
        attempt: 2,
        delay: Duration::ZERO,
        reason: "429".into(),
    }));
    for _ in 0..3 {
        m.record(&Event::new(EventKind::CacheHit { request: r.clone() }));
    }
    m.record(&Event::new(EventKind::CacheMiss { request: r.clone() }));
    m.record(&Event::new(EventKind::CloudflareBan {
        retry_after: Duration::from_secs(3600),
    }));

    let s = m.snapshot();
    assert_eq!(s.rate_limited, 4);
    assert_eq!(s.rate_limited_by_scope.get("user"), Some(&2));
    assert_eq!(s.rate_limited_by_scope.get("shared"), Some(&1));
    assert_eq!(s.rate_limited_by_scope.get("unknown"), Some(&1));
    assert_eq!(s.wait_total, Duration::from_millis(1000));
    assert!(within(s.wait_p99(), 400));
    assert_eq!(s.wait.count, 4);
    assert_eq!(s.retries, 1);
    assert_eq!((s.cache_hits, s.cache_misses), (3, 1));
    assert_eq!(s.hit_ratio(), 0.75);
    assert_eq!(s.cloudflare_bans, 1);
    assert_eq!(s.routes[0].rate_limited, 4);
    assert_eq!(s.routes[0].cache_hits, 3);

    m.reset();
    assert_eq!(m.snapshot().rate_limited, 0);
}

#[test]
fn clones_share_numbers_and_work_as_dyn_analytics() {
    let m = MetricsCollector::new();
    let shared: std::sync::Arc<dyn Analytics> = std::sync::Arc::new(m.clone());
    m.record(&completed(req(1, "GET", "/gateway"), 200, 1));
    assert_eq!(shared.snapshot().requests, 1);
}

#[test]
fn collects_through_the_event_system() {
    let m = MetricsCollector::builder().export(false).build();
    let events = EventSystem::builder().handler(m.clone()).build();
    for i in 0..10 {
        events.emit_event(completed(req(i, "GET", "/users/@me"), 200, 10));
    }
    assert!(events.flush_blocking(Duration::from_secs(5)));
    assert_eq!(m.snapshot().requests, 10);
}

#[test]
fn exports_through_the_metrics_facade_to_a_local_recorder() {
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let m = MetricsCollector::new();
    metrics::with_local_recorder(&recorder, || {
        let r = req(1, "GET", "/users/@me");
        m.record(&Event::new(EventKind::RequestStarted {
            request: r.clone(),
        }));
        m.record(&completed(r.clone(), 200, 20));
        m.record(&completed(r.clone(), 200, 30));
        m.record(&Event::new(EventKind::RateLimited {
            request: r.clone(),
            bucket: None,
            scope: Some("global".into()),
            retry_after: Duration::from_secs(1),
            global: true,
        }));
        m.record(&Event::new(EventKind::CloudflareBan {
            retry_after: Duration::from_secs(1),
        }));
    });

    let metrics = snapshotter.snapshot().into_vec();
    let find = |name: &str| {
        metrics
            .iter()
            .find(|(key, ..)| key.key().name() == name)
            .map(|(key, _, _, value)| (key.key().clone(), value))
    };
    let (key, value) = find(names::REQUESTS).unwrap();
    assert_eq!(value, &DebugValue::Counter(2));
    let labels: Vec<(String, String)> = key
        .labels()
        .map(|l| (l.key().to_owned(), l.value().to_owned()))
        .collect();
    assert!(labels.contains(&("route".into(), "/users/@me".into())));
    assert!(labels.contains(&("method".into(), "GET".into())));
    assert!(labels.contains(&("status".into(), "200".into())));
    match find(names::REQUEST_DURATION).unwrap().1 {
        DebugValue::Histogram(values) => {
            let secs: Vec<f64> = values.iter().map(|v| v.into_inner()).collect();
            assert_eq!(secs, [0.02, 0.03]);
        }
        other => panic!("not a histogram: {other:?}"),
    }
    let (key, value) = find(names::RATE_LIMITED).unwrap();
    assert_eq!(value, &DebugValue::Counter(1));
    assert!(key
        .labels()
        .any(|l| l.key() == "scope" && l.value() == "global"));
    assert_eq!(
        find(names::CLOUDFLARE_BANS).unwrap().1,
        &DebugValue::Counter(1)
    );
    assert_eq!(
        find(names::REQUESTS_STARTED).unwrap().1,
        &DebugValue::Counter(1)
    );
}

#[test]
fn without_a_recorder_export_is_a_no_op() {
    // No recorder installed anywhere: recording must neither fail nor install one.
    let m = MetricsCollector::new();
    m.record(&completed(req(1, "GET", "/users/@me"), 200, 20));
    assert_eq!(m.snapshot().requests, 1);
}

#[tokio::test(start_paused = true)]
async fn queue_and_network_time_invalid_requests_and_drops() {
    let m = MetricsCollector::builder().export(false).build();
    let r = req(1, "GET", "/channels/{channel_id}");
    m.record(&Event::new(EventKind::RequestSent {
        request: r.clone(),
        attempt: 1,
        queued: Duration::from_millis(40),
    }));
    m.record(&completed(r.clone(), 200, 100));
    for _ in 0..3 {
        m.record(&Event::new(EventKind::InvalidRequest {
            request: r.clone(),
            status: 403,
        }));
    }
    let s = m.snapshot();
    assert!(within(s.queue_time.max, 40), "{s}");
    assert!(within(s.network_time.max, 60), "{s}");
    assert_eq!((s.invalid_requests, s.invalid_requests_10m), (3, 3));
    tokio::time::advance(Duration::from_secs(600)).await;
    let s = m.snapshot();
    assert_eq!(
        (s.invalid_requests, s.invalid_requests_10m),
        (3, 0),
        "rolled out"
    );

    // A full queue drops; the collector reports the system it tracks.
    let events = EventSystem::builder().capacity(1).build();
    m.track_dropped(&events);
    events.add_handler(ovend_events::FnHandler::new(|_: &Event| {
        std::thread::sleep(Duration::from_millis(5))
    }));
    for i in 0..20 {
        events.emit(EventKind::RequestStarted {
            request: req(i, "GET", "/x"),
        });
    }
    assert!(events.dropped() > 0);
    assert_eq!(m.snapshot().events_dropped, events.dropped());
}

#[test]
fn many_routes_methods_and_statuses_are_counted_apart() {
    // Export on, as in a client: routes seen only by exported events (started,
    // cache misses) must not show up as routes.
    let m = MetricsCollector::new();
    let methods = ["GET", "POST", "DELETE"];
    let statuses = [Some(200), Some(404), Some(503), None];
    let mut id = 0;
    for round in 0..4u64 {
        for (mi, method) in methods.iter().enumerate() {
            for route in 0..20 {
                let route = format!("/route/{route}");
                id += 1;
                let r = req(id, method, &route);
                m.record(&Event::new(EventKind::RequestStarted {
                    request: r.clone(),
                }));
                let status = statuses[(mi + usize::try_from(round).unwrap_or(0)) % 4];
                match status {
                    Some(status) => m.record(&completed(r, status, 1 + round)),
                    None => m.record(&Event::new(EventKind::RequestFailed {
                        request: r,
                        error: "reset".into(),
                        latency: Duration::from_millis(1 + round),
                        attempts: 1,
                    })),
                }
            }
        }
    }
    let only_started = req(0, "PUT", "/started/only");
    m.record(&Event::new(EventKind::RequestStarted {
        request: only_started.clone(),
    }));
    m.record(&Event::new(EventKind::CacheMiss {
        request: only_started,
    }));
    let cached = req(0, "GET", "/cached/only");
    m.record(&Event::new(EventKind::CacheHit { request: cached }));
    // Statuses outside HTTP's range still get a class of their own.
    m.record(&completed(req(1_000, "GET", "/odd"), 42, 1));
    m.record(&completed(req(1_001, "GET", "/odd"), 1_234, 1));

    let s = m.snapshot();
    assert_eq!(s.requests, 242);
    // Each method saw each status column once per route over the four rounds.
    assert_eq!(s.by_status_class.get("2xx"), Some(&60));
    assert_eq!(s.by_status_class.get("4xx"), Some(&60));
    assert_eq!(s.by_status_class.get("5xx"), Some(&60));
    assert_eq!(s.by_status_class.get("error"), Some(&60));
    assert_eq!(s.by_status_class.get("0xx"), Some(&1));
    assert_eq!(s.by_status_class.get("12xx"), Some(&1));
    assert_eq!(s.by_status_class.len(), 6);
    assert_eq!(s.successes, 61);
    assert_eq!(s.failures, 181);
    // 60 request routes, the cache-only one and the odd one; not the started-only one.
    assert_eq!(s.routes.len(), 62);
    assert!(!s.routes.iter().any(|r| r.route == "/started/only"));
    for r in s.routes.iter().filter(|r| r.route.starts_with("/route/")) {
        assert_eq!((r.requests, r.latency.count), (4, 4), "{r:?}");
        assert_eq!(r.successes + r.failures, 4);
        assert!(within(r.latency.max, 4), "{r:?}");
    }
    let cached = s.routes.iter().find(|r| r.route == "/cached/only").unwrap();
    assert_eq!((cached.requests, cached.cache_hits), (0, 1));
    assert_eq!(cached.latency, Default::default());
    assert!(m.route_latency("GET", "/cached/only").is_none());
    assert!(m.route_latency("PUT", "/started/only").is_none());
    assert_eq!(m.route_latency("POST", "/route/7").unwrap().count, 4);
    assert!(m.route_latency("POST", "/route/70").is_none());
    assert!(format!("{m:?}").contains("routes: 62"), "{m:?}");
}

#[test]
fn a_recorder_installed_after_the_first_events_receives_later_ones() {
    let m = MetricsCollector::new();
    let r = req(1, "GET", "/users/@me");
    let rate_limited = |scope: &str| {
        Event::new(EventKind::RateLimited {
            request: r.clone(),
            bucket: None,
            scope: Some(scope.into()),
            retry_after: Duration::from_secs(1),
            global: false,
        })
    };
    let burst = || {
        m.record(&Event::new(EventKind::RequestStarted {
            request: r.clone(),
        }));
        m.record(&completed(r.clone(), 200, 10));
        m.record(&completed(r.clone(), 404, 10));
        m.record(&rate_limited("user"));
        m.record(&rate_limited("shared"));
        m.record(&Event::new(EventKind::CloudflareBan {
            retry_after: Duration::from_secs(1),
        }));
    };
    // No recorder yet: the keys get built and cached, the values go nowhere.
    burst();

    for _ in 0..2 {
        // Each recorder, fresh, sees exactly what happened while it was installed.
        let recorder = DebuggingRecorder::new();
        let snapshotter = recorder.snapshotter();
        metrics::with_local_recorder(&recorder, || {
            burst();
            burst();
        });
        let metrics = snapshotter.snapshot().into_vec();
        let count = |name: &str, label: (&str, &str)| {
            let found: Vec<_> = metrics
                .iter()
                .filter(|(key, ..)| {
                    key.key().name() == name
                        && key.key().labels().any(|l| (l.key(), l.value()) == label)
                })
                .map(|(.., value)| value)
                .collect();
            assert_eq!(found.len(), 1, "{name} {label:?}: {metrics:?}");
            found[0]
        };
        assert_eq!(
            count(names::REQUESTS, ("status", "200")),
            &DebugValue::Counter(2)
        );
        assert_eq!(
            count(names::REQUESTS, ("status", "404")),
            &DebugValue::Counter(2)
        );
        assert_eq!(
            count(names::RATE_LIMITED, ("scope", "user")),
            &DebugValue::Counter(2)
        );
        assert_eq!(
            count(names::RATE_LIMITED, ("scope", "shared")),
            &DebugValue::Counter(2)
        );
        assert_eq!(
            count(names::REQUESTS_STARTED, ("route", "/users/@me")),
            &DebugValue::Counter(2)
        );
        match count(names::REQUEST_DURATION, ("status", "404")) {
            DebugValue::Histogram(values) => assert_eq!(values.len(), 2),
            other => panic!("not a histogram: {other:?}"),
        }
        let bans = metrics
            .iter()
            .find(|(key, ..)| key.key().name() == names::CLOUDFLARE_BANS)
            .map(|(.., value)| value);
        assert_eq!(bans, Some(&DebugValue::Counter(2)));
        // The refreshed-per-request values are there too.
        assert!(metrics
            .iter()
            .any(|(key, ..)| key.key().name() == names::INVALID_REQUESTS_WINDOW));
    }
    // Five bursts of two finished requests each.
    assert_eq!(m.snapshot().requests, 10);
}

#[test]
fn threads_recording_inline_at_once_add_up_exactly() {
    let m = MetricsCollector::builder().export(false).build();
    let events = EventSystem::builder().inline_handler(m.clone()).build();
    let route = "/channels/{channel_id}/messages";
    let ids = |thread: u64| (0..2_000).map(move |i| thread * 10_000 + i);
    // Four threads start and send requests…
    std::thread::scope(|scope| {
        for thread in 0..4 {
            let events = &events;
            scope.spawn(move || {
                for id in ids(thread) {
                    events.emit(EventKind::RequestStarted {
                        request: req(id, "POST", route),
                    });
                    events.emit(EventKind::RequestSent {
                        request: req(id, "POST", route),
                        attempt: 1,
                        queued: Duration::from_millis(10),
                    });
                }
            });
        }
    });
    // …and each request ends on another thread than the one that sent it.
    std::thread::scope(|scope| {
        for thread in 0..4 {
            let events = &events;
            scope.spawn(move || {
                for id in ids((thread + 1) % 4) {
                    events.emit(EventKind::RequestCompleted {
                        request: req(id, "POST", route),
                        status: 200,
                        latency: Duration::from_millis(30),
                        attempts: 1,
                    });
                }
            });
        }
    });
    let s = m.snapshot();
    assert_eq!((s.requests, s.successes, s.in_flight), (8_000, 8_000, 0));
    assert_eq!(s.routes.len(), 1);
    assert_eq!(s.routes[0].requests, 8_000);
    assert_eq!(s.routes[0].latency.count, 8_000);
    assert_eq!(m.route_latency("POST", route).map(|l| l.count), Some(8_000));
    // Every end found its send, whichever thread each ran on.
    assert_eq!(s.queue_time.count, 8_000);
    assert!(within(s.queue_time.max, 10), "{s}");
    assert!(within(s.network_time.max, 20), "{s}");
    assert_eq!(events.emitted(), 0, "nothing went through the queue");
    // A route seen by several shards is one route.
    let debug = format!("{m:?}");
    assert!(
        debug.contains("requests: 8000") && debug.contains("routes: 1"),
        "{debug}"
    );

    m.reset();
    let s = m.snapshot();
    assert_eq!((s.requests, s.routes.len(), s.queue_time.count), (0, 0, 0));
    assert!(m.route_latency("POST", route).is_none());
}
