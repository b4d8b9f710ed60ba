//! Counters of what the emulator saw and answered.
//!
//! The hot path bumps relaxed atomics (one per counter) so thousands of
//! concurrent requests never contend on a lock; [`Stats`] is the plain snapshot
//! handed to users and served as JSON at `GET /__ovend/stats`.

use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

/// A snapshot of the emulator's counters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Stats {
    /// Every request received on a Discord route, including rejected ones.
    pub requests: u64,
    /// Answers with a 2xx status.
    pub responses_2xx: u64,
    /// 429s with scope `user` from a per-route bucket.
    pub rate_limited_bucket: u64,
    /// 429s from the global (per token) limit.
    pub rate_limited_global: u64,
    /// 429s from a hidden sublimit (`X-RateLimit-Remaining` still above 0).
    pub rate_limited_sublimit: u64,
    /// 429s with scope `shared` (do not count as invalid requests).
    pub rate_limited_shared: u64,
    /// 429s answered by the simulated Cloudflare ban.
    pub cloudflare_banned: u64,
    /// Invalid requests as Discord counts them: 401, 403 and non-shared 429s.
    pub invalid_requests: u64,
    /// 401 answers.
    pub unauthorized: u64,
    /// Requests whose `User-Agent` does not start with `DiscordBot (`.
    pub bad_user_agent: u64,
    /// Bodies sent without the right `Content-Type`.
    pub bad_content_type: u64,
    /// 400 answers (validation errors, malformed bodies, bad content types).
    pub bad_requests: u64,
    /// Injected 5xx answers.
    pub server_errors: u64,
    /// Injected connection drops.
    pub dropped: u64,
    /// Requests on webhook or interaction routes (authenticated by the token
    /// in their path) that still sent an `Authorization` header.
    #[serde(default)]
    pub auth_on_token_route: u64,
    /// `401 Invalid Webhook Token` (50027) answers to expired or revoked path
    /// tokens (also counted in `unauthorized` and `invalid_requests`).
    #[serde(default)]
    pub invalid_webhook_token: u64,
    /// Requests that drew an injected fault (queued, path-targeted or random).
    #[serde(default)]
    pub injected_faults: u64,
    /// Answers whose headers were rewritten by a header override.
    #[serde(default)]
    pub headers_overridden: u64,
}

impl Stats {
    /// All 429s sent by Discord's rate limiter: bucket, global, sublimit and
    /// shared (the Cloudflare ban is not included).
    #[must_use]
    pub fn rate_limited(&self) -> u64 {
        self.rate_limited_bucket
            + self.rate_limited_global
            + self.rate_limited_sublimit
            + self.rate_limited_shared
    }
}

/// Which counter to bump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counter {
    Requests,
    Responses2xx,
    RateLimitedBucket,
    RateLimitedGlobal,
    RateLimitedSublimit,
    RateLimitedShared,
    CloudflareBanned,
    InvalidRequests,
    Unauthorized,
    BadUserAgent,
    BadContentType,
    BadRequests,
    ServerErrors,
    Dropped,
    AuthOnTokenRoute,
    InvalidWebhookToken,
    InjectedFaults,
    HeadersOverridden,
}

/// One slot per [`Counter`] variant; the last variant's index plus one.
const COUNTERS: usize = Counter::HeadersOverridden as usize + 1;

/// The live, lock-free counters.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    values: [AtomicU64; COUNTERS],
}

impl Counters {
    pub(crate) fn bump(&self, counter: Counter) {
        self.values[counter as usize].fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn reset(&self) {
        for value in &self.values {
            value.store(0, Ordering::Relaxed);
        }
    }

    pub(crate) fn snapshot(&self) -> Stats {
        let get = |c: Counter| self.values[c as usize].load(Ordering::Relaxed);
        Stats {
            requests: get(Counter::Requests),
            responses_2xx: get(Counter::Responses2xx),
            rate_limited_bucket: get(Counter::RateLimitedBucket),
            rate_limited_global: get(Counter::RateLimitedGlobal),
            rate_limited_sublimit: get(Counter::RateLimitedSublimit),
            rate_limited_shared: get(Counter::RateLimitedShared),
            cloudflare_banned: get(Counter::CloudflareBanned),
            invalid_requests: get(Counter::InvalidRequests),
            unauthorized: get(Counter::Unauthorized),
            bad_user_agent: get(Counter::BadUserAgent),
            bad_content_type: get(Counter::BadContentType),
            bad_requests: get(Counter::BadRequests),
            server_errors: get(Counter::ServerErrors),
            dropped: get(Counter::Dropped),
            auth_on_token_route: get(Counter::AuthOnTokenRoute),
            invalid_webhook_token: get(Counter::InvalidWebhookToken),
            injected_faults: get(Counter::InjectedFaults),
            headers_overridden: get(Counter::HeadersOverridden),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_reflects_bumps_and_reset_clears() {
        let counters = Counters::default();
        counters.bump(Counter::Dropped);
        counters.bump(Counter::RateLimitedGlobal);
        counters.bump(Counter::RateLimitedShared);
        counters.bump(Counter::CloudflareBanned);
        counters.bump(Counter::HeadersOverridden);
        let stats = counters.snapshot();
        assert_eq!(stats.dropped, 1);
        assert_eq!(stats.headers_overridden, 1, "the last counter has a slot");
        assert_eq!(stats.rate_limited(), 2, "the ban is not a rate limit");
        counters.reset();
        assert_eq!(counters.snapshot(), Stats::default());
    }
}
