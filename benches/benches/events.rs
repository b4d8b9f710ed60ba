//! The cost of observability.
//!
//! - `emit/*`: reporting an event when nobody listens (the request path's
//!   common case): the `is_listening` check the flow makes before building an
//!   event, and `emit` of a small ready-made kind. Target: under 50 ns.
//! - `throughput/*`: 256 GETs, 32 at a time, through `RestClient` against an
//!   unlimited `MockDiscord` (no rate-limit headers, no client global limit),
//!   with events off (no handler, no subscriber) and with the debug and
//!   metrics handlers attached. Target: with handlers at least 0.9× the
//!   throughput without.
//!
//! ```sh
//! cargo bench -p benches --bench events
//! ```
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use futures::StreamExt;
use ovend_rest::events::DebugHandler;
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

fn client(mock: &MockDiscord, handlers: bool) -> RestClient {
    let client = RestClient::builder()
        .token(mock.token())
        .base_url(mock.base_url())
        .rate_limit_manager(RateLimitManager::builder().no_global_limit())
        .collect_metrics(handlers)
        .build()
        .expect("client");
    if handlers {
        client.events().add_handler(DebugHandler::new());
    }
    client
}

async fn burst(client: &RestClient) {
    futures::stream::iter(0..REQUESTS)
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

criterion_group!(benches, emit, throughput);
criterion_main!(benches);
