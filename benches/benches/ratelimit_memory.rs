//! Memory held by `RateLimitManager` with 100,000 live buckets, and after sweeping.
//!
//! A `stats_alloc` global allocator counts every allocation, so the figures are the
//! allocator's own (net bytes held since the manager was built), printed beside the
//! manager's structure-size estimate `LimiterStats::heap_estimate`.
//!
//! ```sh
//! cargo bench -p benches --bench ratelimit_memory
//! ```

use std::alloc::System;
use std::time::Duration;

use http::Method;
use ovend_ratelimit::{Priority, RateLimitHeaders, RateLimitManager, RateLimiter, RouteKey};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

/// Counts every allocation, so the memory figure is measured rather than estimated.
#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// A successful answer that names one bucket whose window is already over.
fn answer() -> RateLimitHeaders {
    let mut headers = RateLimitHeaders::new(200);
    headers.bucket = Some("bench".to_owned());
    headers.limit = Some(5);
    headers.remaining = Some(4);
    headers.reset_after = Some(Duration::ZERO);
    headers
}

fn main() {
    memory();
}

/// Bytes the allocator holds right now, net of frees, as counted by `stats_alloc`.
fn live_bytes(region: &Region<'_, System>) -> isize {
    let change = region.change();
    change.bytes_allocated as isize - change.bytes_deallocated as isize + change.bytes_reallocated
}

fn memory() {
    const BUCKETS: usize = 100_000;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let limiter = RateLimitManager::builder()
            .no_global_limit()
            .idle_timeout(Duration::ZERO)
            .sweep_interval(None)
            .build();
        // Counted from here: only what the limiter keeps shows up net.
        let region = Region::new(GLOBAL);
        for channel in 0..BUCKETS {
            let path = format!(
                "/channels/{}/messages",
                100_000_000_000_000_000u64 + channel as u64
            );
            let key = RouteKey::new(&Method::POST, &path);
            let permit = limiter
                .acquire(&key, Priority::Normal)
                .await
                .expect("permit");
            permit.complete(&answer());
        }
        let full = limiter.stats();
        let held = live_bytes(&region);
        // Idle timeout zero and windows already over: everything is idle now.
        let swept = limiter.sweep();
        let after = limiter.stats();
        let remaining = live_bytes(&region);
        // What is still held once the manager itself is gone is not the manager's.
        drop(limiter);
        let outside = live_bytes(&region);
        println!(
            "memory: {} live buckets hold {} bytes by the allocator's count ({} bytes per bucket; \
             structure-size estimate {} bytes); sweep freed {} buckets, {} bytes remain held \
             ({} buckets left; estimate {} bytes); with the manager dropped {} bytes remain \
             (allocated during the run but not owned by the manager)",
            full.buckets,
            held,
            held / BUCKETS as isize,
            full.heap_estimate,
            swept,
            remaining,
            after.buckets,
            after.heap_estimate,
            outside,
        );
    });
}
