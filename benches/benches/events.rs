//! The cost of observability.
//!
//! - `emit/*`: reporting an event when nobody listens (the request path's
//!   common case): the `is_listening` check the flow makes before building an
//!   event, and `emit` of a small ready-made kind. Target: under 50 ns.
//! - `throughput/*`: 256 GETs, 32 at a time, through `RestClient` against an
//!   unlimited `MockDiscord` (no rate-limit headers, no client global limit),
//!   with events off (no handler, no subscriber) and with the debug and
//!   metrics handlers attached (single-flight off, so every GET goes over
//!   HTTP). Target: with handlers at least 0.9× the
//!   throughput without.
//!
//! - `collector/*`: `MetricsCollector::record` of one `RequestCompleted`
//!   (a route already seen), with the facade export off and on (no recorder
//!   installed, as in the throughput bench): the per-event cost a client
//!   pays, on the request's own thread, for every finished request.
//!   `collector/emitted_inline` is the same through `emit`, with the
//!   collector registered inline as a client registers it (event built,
//!   filters, router and the collector's shard).
//!
//! - `paired`: the same comparison made robust to a noisy host. Criterion
//!   measures one configuration after the other, so anything else the machine
//!   does in between moves the ratio by ±10 % on a 2-core VM. Here the two
//!   clients alternate, round by round (which goes first alternates too), and
//!   the ratio of the median rounds is printed.
//!
//! ```sh
//! cargo bench -p benches --bench events
//! cargo bench -p benches --bench events -- paired   # the interleaved ratio only
//! ```
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use futures::StreamExt;
use ovend_rest::events::DebugHandler;
use ovend_rest::metrics::MetricsCollector;
use ovend_rest::{EventKind, EventSystem, RateLimitManager, RequestInfo, RestClient};
use ovend_testkit::MockDiscord;

const REQUESTS: u64 = 256;
const CONCURRENCY: usize = 32;

fn emit(c: &mut Criterion) {
    let mut group = c.benchmark_group("emit");
    let events = EventSystem::new();
    let request = RequestInfo::new(1, "GET", "/channels/{channel_id}");
    group.bench_function("no_handlers_checked", |b| {
        // What the flow does: look before building the event.
        b.iter(|| {
            if black_box(&events).is_listening() {
                events.emit(EventKind::RequestStarted {
                    request: request.clone(),
                });
            }
        });
    });
    group.bench_function("no_handlers_emit", |b| {
        b.iter(|| {
            black_box(&events).emit(EventKind::CloudflareBan {
                retry_after: black_box(Duration::from_secs(1)),
            });
        });
    });
    group.finish();
}

fn collector(c: &mut Criterion) {
    let mut group = c.benchmark_group("collector");
    let event = ovend_rest::events::Event::new(EventKind::RequestCompleted {
        request: RequestInfo::new(1, "GET", "/channels/{channel_id}"),
        status: 200,
        latency: Duration::from_millis(3),
        attempts: 1,
    });
    for (name, export) in [("completed", false), ("completed_exported", true)] {
        let collector = MetricsCollector::builder().export(export).build();
        // Warm: the route has been seen.
        collector.record(&event);
        group.bench_function(name, |b| b.iter(|| collector.record(black_box(&event))));
    }
    let collector = MetricsCollector::builder().export(false).build();
    let events = EventSystem::builder().inline_handler(collector).build();
    let request = RequestInfo::new(1, "GET", "/channels/{channel_id}");
    group.bench_function("emitted_inline", |b| {
        b.iter(|| {
            events.emit(EventKind::RequestCompleted {
                request: black_box(&request).clone(),
                status: 200,
                latency: Duration::from_millis(3),
                attempts: 1,
            });
        });
    });
    group.finish();
}

fn client(mock: &MockDiscord, handlers: bool) -> RestClient {
    let client = RestClient::builder()
        .token(mock.token())
        .base_url(mock.base_url())
        .rate_limit_manager(RateLimitManager::builder().no_global_limit())
        .collect_metrics(handlers)
        // Every GET reaches the server: the bench measures the request path, not single-flight.
        .dedup(false)
        .build()
        .expect("client");
    if handlers {
        client.events().add_handler(DebugHandler::new());
    }
    client
}

async fn burst(client: &RestClient) {
    burst_of(client, REQUESTS).await;
}

async fn burst_of(client: &RestClient, requests: u64) {
    futures::stream::iter(0..requests)
        .map(|n| {
            let client = client.clone();
            async move {
                let path = format!("/channels/{}", 700_000_000_000_000_000 + n % 64);
                client.get(path).send().await.expect("an answer");
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect::<Vec<()>>()
        .await;
}

fn throughput(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let mock = runtime.block_on(async {
        MockDiscord::builder()
            .unlimited(true)
            .start()
            .await
            .expect("mock")
    });
    let mut group = c.benchmark_group("throughput");
    group.throughput(Throughput::Elements(REQUESTS));
    group.sample_size(30);
    for (name, handlers) in [("events_off", false), ("debug_and_metrics", true)] {
        let client = client(&mock, handlers);
        group.bench_function(name, |b| {
            b.to_async(&runtime).iter(|| burst(&client));
        });
        runtime.block_on(client.events().flush());
    }
    group.finish();
}

/// Requests per paired round, and rounds.
const PAIRED_REQUESTS: u64 = 2_000;
const PAIRED_ROUNDS: usize = 15;

fn paired(c: &mut Criterion) {
    // Criterion's filter: run (and print) only when asked for or when everything runs.
    let wanted = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .all(|arg| "paired".contains(&arg));
    if !wanted {
        return;
    }
    let _ = c;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (off, on) = runtime.block_on(paired_rounds());
    let (off, on) = (median(off), median(on));
    println!(
        "paired/{PAIRED_ROUNDS} rounds of {PAIRED_REQUESTS} GETs: events off {off:.0}/s, \
         debug and metrics handlers {on:.0}/s, ratio {:.3}",
        on / off
    );
}

/// Requests per second of each client, round by round.
async fn paired_rounds() -> (Vec<f64>, Vec<f64>) {
    let mock = MockDiscord::builder()
        .unlimited(true)
        .start()
        .await
        .expect("mock");
    let clients = [client(&mock, false), client(&mock, true)];
    // Warm the pools and the emulator's model once.
    for client in &clients {
        burst_of(client, PAIRED_REQUESTS).await;
    }
    let mut rates = (Vec::new(), Vec::new());
    for round in 0..PAIRED_ROUNDS {
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for index in order {
            let started = std::time::Instant::now();
            burst_of(&clients[index], PAIRED_REQUESTS).await;
            let rate = PAIRED_REQUESTS as f64 / started.elapsed().as_secs_f64();
            if index == 0 {
                rates.0.push(rate)
            } else {
                rates.1.push(rate)
            }
        }
        clients[1].events().flush().await;
    }
    rates
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

criterion_group!(benches, emit, collector, throughput, paired);
criterion_main!(benches);
