//! Regression: edits and deletes of messages in one channel share one hash and one
//! bucket, whatever the deleted messages' ages; the age only adds hidden sublimits.
//!
//! The model is Discord's (and the emulator's) rule: `PATCH` and `DELETE
//! /channels/{id}/messages/{id}` share one 5 per 5 s bucket per channel, whose
//! window starts at its first arrival; deleting a message between 10 s and 14 days
//! old is further limited to 3 per second per channel (a 429 whose `remaining` is
//! above 0). The messages are 0–15 s old when the requests are issued, all at once,
//! so some deletes change age class while they wait.

mod common;

use std::sync::Arc;
use std::time::Duration;

use http::Method;
use ovend_ratelimit::{
    Permit, Priority, RateLimitHeaders, RateLimitManager, RateLimiter, RouteKey, Scope,
};
use parking_lot::Mutex;
use tokio::time::Instant;

const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;
const NOW_MS: u64 = 1_700_000_000_000;
const BUCKET: (u32, Duration) = (5, Duration::from_secs(5));
const DELETE_SUBLIMIT: (u32, Duration) = (3, Duration::from_secs(1));

/// What the model counted.
#[derive(Debug, Default)]
struct Counts {
    ok: u32,
    bucket_429: u32,
    sublimit_429: u32,
    last_arrival: Option<Instant>,
}

/// Discord, for one channel's message edits and deletes.
#[derive(Default)]
struct Model {
    bucket: Option<(Instant, u32)>,
    sublimit: Option<(Instant, u32)>,
    counts: Counts,
}

impl Model {
    /// One request arriving at `now`; `age` is the message's age at arrival for a delete.
    fn handle(&mut self, delete_age: Option<Duration>, now: Instant) -> RateLimitHeaders {
        self.counts.last_arrival = Some(now);
        let window = match self.bucket {
            Some((start, used)) if now < start + BUCKET.1 => (start, used),
            _ => (now, 0),
        };
        let reset_after = window.0 + BUCKET.1 - now;
        let mut h = RateLimitHeaders::new(200);
        h.from_discord = true;
        h.bucket = Some("modify".to_owned());
        h.limit = Some(BUCKET.0);
        h.reset_after = Some(reset_after);
        if window.1 >= BUCKET.0 {
            self.bucket = Some(window);
            self.counts.bucket_429 += 1;
            h.status = 429;
            h.remaining = Some(0);
            h.scope = Some(Scope::User);
            h.retry_after = Some(reset_after);
            return h;
        }
        if delete_age.is_some_and(|age| age >= Duration::from_secs(10)) {
            let sub = match self.sublimit {
                Some((start, used)) if now < start + DELETE_SUBLIMIT.1 => (start, used),
                _ => (now, 0),
            };
            if sub.1 >= DELETE_SUBLIMIT.0 {
                self.sublimit = Some(sub);
                self.bucket = Some(window);
                self.counts.sublimit_429 += 1;
                h.status = 429;
                h.remaining = Some(BUCKET.0 - window.1);
                h.scope = Some(Scope::User);
                h.retry_after = Some(sub.0 + DELETE_SUBLIMIT.1 - now);
                return h;
            }
            self.sublimit = Some((sub.0, sub.1 + 1));
        }
        self.bucket = Some((window.0, window.1 + 1));
        self.counts.ok += 1;
        h.remaining = Some(BUCKET.0 - window.1 - 1);
        h
    }
}

/// A small deterministic generator for latencies (xorshift).
struct Jitter(u64);

impl Jitter {
    fn next(&mut self, base: Duration, jitter: Duration) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        let span = jitter.as_micros() as u64 * 2 + 1;
        base - jitter + Duration::from_micros(self.0 % span)
    }
}

/// Sends `n` edits and deletes at once (even: edit, odd: delete of a message
/// `n * 375 ms` old), retrying each 429, and returns the model's counts.
async fn run(latency: Duration, jitter: Duration) -> (Counts, Duration) {
    let limiter = Arc::new(RateLimitManager::new());
    let model = Arc::new(Mutex::new(Model::default()));
    let net = Arc::new(Mutex::new(Jitter(0x9E37_79B9_7F4A_7C15)));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..40u64 {
        let (limiter, model, net) = (limiter.clone(), model.clone(), net.clone());
        tasks.push(tokio::spawn(async move {
            let age = Duration::from_millis(i * 375);
            let created = NOW_MS - i * 375;
            let id = (created - DISCORD_EPOCH_MS) << 22;
            let path = format!("/channels/1/messages/{id}");
            let method = if i % 2 == 0 {
                Method::PATCH
            } else {
                Method::DELETE
            };
            let key = RouteKey::new_at(&method, &path, NOW_MS);
            loop {
                let permit: Permit = limiter.acquire(&key, Priority::Normal).await.unwrap();
                let up = net.lock().next(latency, jitter);
                tokio::time::sleep(up).await;
                let now = Instant::now();
                let delete_age = (method == Method::DELETE).then(|| age + (now - start));
                let headers = model.lock().handle(delete_age, now);
                let down = net.lock().next(latency, jitter);
                tokio::time::sleep(down).await;
                let limited = headers.is_rate_limited();
                permit.complete(&headers);
                if !limited {
                    break;
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let counts = std::mem::take(&mut model.lock().counts);
    let span = counts.last_arrival.map_or(Duration::ZERO, |t| t - start);
    (counts, span)
}

fn check(counts: &Counts, span: Duration) {
    assert_eq!(counts.ok, 40);
    // No request meets the bucket, not even while the second route of the hash is
    // still learning it: its learner counts in the bucket the first route learned.
    assert_eq!(counts.bucket_429, 0, "{counts:?}");
    // Discovering the hidden delete limit costs at most one 429.
    assert!(counts.sublimit_429 <= 1, "{counts:?}");
    // 40 requests through a 5 per 5 s bucket: the last window opens at 35 s.
    assert!(span < Duration::from_secs(36), "last arrival at {span:?}");
}

#[tokio::test(start_paused = true)]
async fn edits_and_deletes_share_one_bucket_without_latency() {
    let (counts, span) = run(Duration::ZERO, Duration::ZERO).await;
    check(&counts, span);
}

#[tokio::test(start_paused = true)]
async fn edits_and_deletes_share_one_bucket_with_jittered_latency() {
    let (counts, span) = run(Duration::from_millis(40), Duration::from_millis(15)).await;
    check(&counts, span);
}
