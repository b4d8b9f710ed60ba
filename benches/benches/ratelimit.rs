//! Benchmarks of `ovend-ratelimit`'s `RateLimitManager`.
//!
//! - `acquire_complete/uncontended`: one acquire + complete on a known bucket, global
//!   pacing off (the fast path every request takes when it may go at once).
//! - `acquire_complete/uncontended_global`: the same with the 50/s sliding window on,
//!   using a fresh manager per batch so the window never fills.
//! - `contended/one_bucket` and `contended/many_buckets`: 8 tasks on a 2-thread
//!   runtime doing acquire + complete, all on one bucket or each on its own; the time
//!   is per operation (total time / operations), so it shows throughput under contention.
//!
//! Memory per bucket is measured by the `ratelimit_memory` bench, whose counting
//! allocator would otherwise slow these timings.

// criterion's macros generate undocumented public functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use http::Method;
use ovend_ratelimit::{Priority, RateLimitHeaders, RateLimitManager, RateLimiter, RouteKey};

fn answer(remaining: u32) -> RateLimitHeaders {
    let mut headers = RateLimitHeaders::new(200);
    headers.bucket = Some("bench".to_owned());
    headers.limit = Some(u32::MAX);
    headers.remaining = Some(remaining);
    headers.reset_after = Some(Duration::from_secs(3600));
    headers
}

fn unpaced() -> RateLimitManager {
    RateLimitManager::builder()
        .no_global_limit()
        .sweep_interval(None)
        .build()
}

fn uncontended(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut group = c.benchmark_group("acquire_complete");
    let limiter = unpaced();
    let key = RouteKey::new(&Method::POST, "/channels/1/messages");
    runtime.block_on(async {
        let permit = limiter
            .acquire(&key, Priority::Normal)
            .await
            .expect("permit");
        permit.complete(&answer(u32::MAX - 1));
    });
    let headers = answer(u32::MAX - 1);
    group.bench_function("uncontended", |b| {
        b.to_async(&runtime).iter(|| async {
            let permit = limiter
                .acquire(&key, Priority::Normal)
                .await
                .expect("permit");
            permit.complete(black_box(&headers));
        });
    });
    group.bench_function("uncontended_global", |b| {
        b.to_async(&runtime).iter_custom(|iters| {
            let key = key.clone();
            let headers = headers.clone();
            async move {
                let mut total = Duration::ZERO;
                let mut done = 0;
                while done < iters {
                    // 40 per manager: the 50/s window never makes anyone wait.
                    let limiter = RateLimitManager::builder().sweep_interval(None).build();
                    limiter
                        .acquire(&key, Priority::Normal)
                        .await
                        .expect("permit")
                        .complete(&headers);
                    let batch = (iters - done).min(40);
                    let start = Instant::now();
                    for _ in 0..batch {
                        let permit = limiter
                            .acquire(&key, Priority::Normal)
                            .await
                            .expect("permit");
                        permit.complete(black_box(&headers));
                    }
                    total += start.elapsed();
                    done += batch;
                }
                total
            }
        });
    });
    group.finish();
}

fn contended(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let mut group = c.benchmark_group("contended");
    for (name, distinct) in [("one_bucket", false), ("many_buckets", true)] {
        let limiter = Arc::new(unpaced());
        group.bench_function(name, |b| {
            b.to_async(&runtime).iter_custom(|iters| {
                let limiter = limiter.clone();
                async move {
                    let per_task = iters.div_ceil(8);
                    let start = Instant::now();
                    let tasks: Vec<_> = (0..8)
                        .map(|task| {
                            let limiter = limiter.clone();
                            let channel = if distinct { task } else { 0 };
                            tokio::spawn(async move {
                                let key = RouteKey::new(
                                    &Method::POST,
                                    &format!("/channels/{channel}/messages"),
                                );
                                let headers = answer(u32::MAX - 1);
                                for _ in 0..per_task {
                                    let permit = limiter
                                        .acquire(&key, Priority::Normal)
                                        .await
                                        .expect("permit");
                                    permit.complete(&headers);
                                }
                            })
                        })
                        .collect();
                    for task in tasks {
                        task.await.expect("task");
                    }
                    // ~iters operations in all: criterion divides by iters.
                    start.elapsed()
                }
            });
        });
    }
    group.finish();
}

criterion_group!(benches, uncontended, contended);
criterion_main!(benches);
