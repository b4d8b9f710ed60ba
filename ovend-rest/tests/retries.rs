//! Retries with the default policy: Discord's independent 502s never reach
//! the caller of an idempotent request.

mod common;

use std::time::Duration;

use ovend_rest::retry::DefaultRetryPolicy;
use ovend_testkit::{Faults, MockDiscord};

/// 400 GETs while 20 % of all answers are Cloudflare's HTML 502: every one
/// succeeds with the default attempt cap and retry budget.
///
/// Only the backoff is shortened, so the test takes a second; the rate limiter
/// is left out so the budget sees the requests as fast as they can go (its
/// hardest case). The requests go one after another, so the emulator's seeded
/// faults fall the same way on every run: with seed 5, the former defaults
/// (4 attempts, a 20 % budget) handed two of the 400 requests a 502.
#[tokio::test]
async fn four_hundred_gets_survive_twenty_percent_502s_with_default_retries() {
    const REQUESTS: u64 = 400;
    let mock = MockDiscord::builder()
        .unlimited(true)
        .faults(Faults::none().server_errors(0.2))
        .seed(5)
        .start()
        .await
        .unwrap();
    let policy = DefaultRetryPolicy::builder()
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(5))
        .build();
    let defaults = DefaultRetryPolicy::new();
    assert_eq!(policy.max_attempts(), defaults.max_attempts());
    assert_eq!(
        policy.budget().map(|b| b.available()),
        defaults.budget().map(|b| b.available())
    );
    let client = common::builder(&mock)
        .rate_limiter(common::NoLimit)
        .retry_policy(policy)
        .build()
        .unwrap();
    let mut failures = Vec::new();
    for n in 0..REQUESTS {
        if let Err(err) = client.get(format!("/channels/{}", 1000 + n)).await {
            failures.push(err.to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed: {failures:?}",
        failures.len()
    );
    let stats = mock.stats();
    assert!(stats.server_errors > 40, "faults were injected: {stats:?}");
    assert_eq!(stats.requests, REQUESTS + stats.server_errors);
}
