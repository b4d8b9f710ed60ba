//! Helpers shared by the integration tests (not a test target itself).
#![allow(dead_code, missing_docs)]

use std::sync::Arc;
use std::time::Duration;

use http::Method;
use ovend_ratelimit::{
    AcquireOptions, Priority, RateLimitEvent, RateLimitHeaders, RateLimiter, RouteKey, Scope,
};
use parking_lot::Mutex;

pub fn key(method: Method, path: &str) -> RouteKey {
    RouteKey::new(&method, path)
}

/// Sends one request on `key` at normal priority and reports `answer` for it.
pub async fn answered(limiter: &impl RateLimiter, key: &RouteKey, answer: &RateLimitHeaders) {
    limiter
        .acquire(key, Priority::Normal)
        .await
        .expect("the limiter lets the request go")
        .complete(answer);
}

/// A successful answer that reports a bucket window.
pub fn window(hash: &str, limit: u32, remaining: u32, reset_after_ms: u64) -> RateLimitHeaders {
    let mut h = RateLimitHeaders::new(200);
    h.bucket = Some(hash.to_owned());
    h.limit = Some(limit);
    h.remaining = Some(remaining);
    h.reset_after = Some(Duration::from_millis(reset_after_ms));
    h.from_discord = true;
    h
}

/// Discord's clock at a test's start, in epoch seconds: any value, since only
/// differences between its stamps count.
pub const DISCORD_CLOCK: f64 = 1_764_000_000.0;

/// `answer` as Discord wrote it `at` after the test's start on its own clock:
/// its `X-RateLimit-Reset` is `at` plus its `Reset-After`, which tells the
/// limiter when the answer was written (the round-trip floor's legs).
pub fn written_at(mut answer: RateLimitHeaders, at: Duration) -> RateLimitHeaders {
    let after = answer.reset_after.unwrap_or_default();
    answer.reset = Some(DISCORD_CLOCK + (at + after).as_secs_f64());
    answer
}

/// A 429 from Discord.
pub fn too_many(scope: Scope, remaining: u32, retry_after_ms: u64) -> RateLimitHeaders {
    let mut h = RateLimitHeaders::new(429);
    h.scope = Some(scope);
    h.global = scope == Scope::Global;
    h.remaining = Some(remaining);
    h.limit = Some(5);
    h.reset_after = Some(Duration::from_millis(retry_after_ms));
    h.retry_after = Some(Duration::from_millis(retry_after_ms));
    h.from_discord = true;
    h
}

/// Options that refuse instead of waiting.
pub fn reject() -> AcquireOptions {
    AcquireOptions::default().reject_on_rate_limit(true)
}

/// Options that wait at most `max_wait`.
pub fn patient(max_wait: Duration) -> AcquireOptions {
    AcquireOptions::default().max_wait(max_wait)
}

/// Polls until `check` holds (at most 2 s): what one limiter wrote in the
/// background, another reads.
pub async fn eventually<F, Fut>(mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..400 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("condition never held");
}

/// Lets spawned tasks run until they block.
pub async fn settle() {
    for _ in 0..50 {
        tokio::task::yield_now().await;
    }
}

/// Collects every event a manager sends.
#[derive(Clone, Default)]
pub struct Recorder(pub Arc<Mutex<Vec<RateLimitEvent>>>);

impl Recorder {
    pub fn listener(&self) -> Arc<dyn Fn(&RateLimitEvent) + Send + Sync> {
        let events = self.0.clone();
        Arc::new(move |e: &RateLimitEvent| events.lock().push(e.clone()))
    }

    pub fn events(&self) -> Vec<RateLimitEvent> {
        self.0.lock().clone()
    }
}
