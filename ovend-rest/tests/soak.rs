//! The soak test: 10,000 requests over 1,000 buckets against `MockDiscord` with
//! random faults of every kind and random cancellations. Every future resolves;
//! afterwards the limiter is idle (nothing in flight, nothing queued) and a sweep
//! returns its memory.

mod common;

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use ovend_rest::{RateLimitManager, RestClient};
use ovend_testkit::{Faults, MockDiscord};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

const REQUESTS: usize = 10_000;
const BUCKETS: u64 = 1_000;
/// Requests in flight at once (the caller's concurrency, not a limit of ours).
const CONCURRENCY: usize = 256;

/// One request: a GET or POST on one of 1,000 channels, cancelled at random.
async fn one(client: RestClient, seed: u64) -> Outcome {
    let mut rng = StdRng::seed_from_u64(seed);
    let channel = rng.gen_range(0..BUCKETS);
    let request = if rng.gen_bool(0.7) {
        client
            .get(format!("/channels/{channel}/messages"))
            .no_cache()
    } else {
        client
            .post(format!("/channels/{channel}/messages"))
            .json(&json!({"content": "soak"}))
    };
    if rng.gen_bool(0.1) {
        // The caller gives up after a random while (maybe mid-send, maybe queued).
        let patience = Duration::from_millis(rng.gen_range(0..300));
        return match tokio::time::timeout(patience, request.send()).await {
            Ok(result) => Outcome::from(result),
            Err(_) => Outcome::Cancelled,
        };
    }
    Outcome::from(request.send().await)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Ok,
    Error,
    Cancelled,
}

impl Outcome {
    fn from(result: Result<ovend_rest::Response, ovend_rest::Error>) -> Self {
        match result {
            Ok(_) => Self::Ok,
            Err(_) => Self::Error,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_requests_with_faults_and_cancellations_leave_the_limiter_idle() {
    let faults = Faults::none()
        .server_errors(0.03)
        .drops(0.01)
        .slow(0.02, Duration::from_millis(400))
        .malformed_headers(0.02)
        .resets_mid_body(0.01)
        .truncated_json(0.01)
        .proxy_429(0.01);
    // Discord's windows at 1/100 of their length, and a global limit that lets
    // the run finish in seconds: the limits still bind, only faster.
    let mock = MockDiscord::builder()
        .seed(11)
        .time_scale(0.01)
        .global_limit(2_000)
        .faults(faults)
        .start()
        .await
        .unwrap();
    let limiter = Arc::new(
        RateLimitManager::builder()
            .global_limit(2_000)
            .idle_timeout(Duration::from_secs(1))
            .sweep_interval(None)
            .build(),
    );
    let client = common::builder(&mock)
        .shared_rate_limiter(limiter.clone())
        .attempt_timeout(Duration::from_millis(300))
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let outcomes: Vec<Outcome> = futures::stream::iter(0..REQUESTS as u64)
        .map(|seed| one(client.clone(), seed))
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    assert_eq!(outcomes.len(), REQUESTS, "every future resolved");
    let ok = outcomes.iter().filter(|o| **o == Outcome::Ok).count();
    let cancelled = outcomes
        .iter()
        .filter(|o| **o == Outcome::Cancelled)
        .count();
    assert!(ok > REQUESTS * 8 / 10, "{ok} of {REQUESTS} succeeded");
    assert!(cancelled > 0, "some callers gave up");

    let stats = limiter.stats();
    assert_eq!(stats.in_flight, 0, "{stats:?}");
    assert_eq!(stats.bucket_in_flight, 0, "{stats:?}");
    assert_eq!(stats.queued, 0, "{stats:?}");
    assert!(stats.buckets >= BUCKETS as usize / 2, "{stats:?}");
    // Windows are at most 50 ms here; past the idle timeout everything goes.
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    limiter.sweep();
    let swept = limiter.stats();
    assert_eq!(
        (swept.buckets, swept.routes, swept.lanes),
        (0, 0, 0),
        "{swept:?}"
    );
    assert!(
        swept.heap_estimate * 20 < stats.heap_estimate,
        "memory returned: {} -> {} bytes",
        stats.heap_estimate,
        swept.heap_estimate
    );
    let server = mock.stats();
    eprintln!(
        "{ok} ok, {} errors, {cancelled} cancelled; server: {} requests, {} faults injected, \
         {} bucket / {} global / {} sublimit 429s",
        REQUESTS - ok - cancelled,
        server.requests,
        server.injected_faults,
        server.rate_limited_bucket,
        server.rate_limited_global,
        server.rate_limited_sublimit,
    );
    // Cancelled and broken requests kept their slots spent: nothing overdrew a bucket.
    assert_eq!(
        (server.rate_limited_bucket, server.rate_limited_global),
        (0, 0),
        "{server:?}"
    );
}
