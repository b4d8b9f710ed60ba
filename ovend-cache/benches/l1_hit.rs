//! An L1 hit: a 1 KiB answer found in a `MemoryCache`, asked for the way the
//! request flow asks, through `&dyn CacheBackend` (a boxed future). Target:
//! under 1 µs.
//!
//! `cargo bench -p ovend-cache --bench l1_hit`

// criterion's macros define undocumented functions.
#![allow(missing_docs)]

use std::time::Duration;

use bytes::Bytes;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use ovend_cache::{CacheBackend, MemoryCache, TieredCache};

const KEY: &str =
    "ovend:00000000deadbeef:GET /channels/80351110224678912/messages/80351110224678913?";

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
}

fn l1_hit(c: &mut Criterion) {
    let rt = runtime();
    let body = Bytes::from(vec![b'x'; 1024]);
    let memory = MemoryCache::new();
    // A few thousand other entries, so the hit is not the only key.
    rt.block_on(async {
        for i in 0..4096 {
            let key = format!("GET /channels/{i}/messages?");
            memory
                .set(&key, body.clone(), Duration::from_secs(600))
                .await
                .unwrap();
        }
        memory
            .set(KEY, body.clone(), Duration::from_secs(600))
            .await
            .unwrap();
    });
    let mut group = c.benchmark_group("l1_hit");
    group.throughput(Throughput::Elements(1));

    let backend: &dyn CacheBackend = &memory;
    group.bench_function("memory_1kib", |b| {
        b.to_async(&rt).iter(|| async {
            let found = backend.get(black_box(KEY)).await.unwrap();
            black_box(found.map(|v| v.len()))
        })
    });

    // The same hit through a tiered cache (L1 answers, L2 untouched).
    let tiered = TieredCache::new(memory.clone(), MemoryCache::new());
    let tiered: &dyn CacheBackend = &tiered;
    group.bench_function("tiered_l1_1kib", |b| {
        b.to_async(&rt).iter(|| async {
            let found = tiered.get(black_box(KEY)).await.unwrap();
            black_box(found.map(|v| v.len()))
        })
    });
    group.finish();
}

criterion_group!(benches, l1_hit);
criterion_main!(benches);
