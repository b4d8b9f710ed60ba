//! What one answer teaches the shared state, decided in Rust before anything
//! reaches Redis: the answer is read exactly as the in-memory limiter reads it
//! (`state.rs`, `bucket.rs`, `guards.rs`), its waits clamped to the same ceiling,
//! so `complete.lua` only stores numbers that are already sane.

use std::time::Duration;

use super::keys::safe_hash;
use super::millis;
use crate::lane::is_sublimit;
use crate::sublimit::sublimit_wait;
use crate::{RateLimitHeaders, RouteKey, Scope};

/// What `complete.lua` does with the route's bucket (its `mode` argument).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lesson {
    /// Nothing about the bucket: a transport error, a 5xx, a proxy's 429, a
    /// sublimit 429 (the lane's business, kept per process).
    Nothing,
    /// A window: `limit`, `remaining`, reset after `reset_after`.
    Window {
        limit: u32,
        remaining: u32,
        reset_after: Duration,
    },
    /// Discord answered without any limit header: the route has no bucket.
    Unlimited,
    /// Discord's 429 for this bucket (or a `shared` one): nothing goes for `wait`;
    /// `limit`, if the answer had a window, makes the bucket windowed and empty.
    Backoff { wait: Duration, limit: Option<u32> },
    /// Headers that cannot be trusted: the bucket becomes unknown (one request at
    /// a time) and no window is learned; a 429 still holds it back for `wait`.
    Distrust { wait: Option<Duration> },
    /// Discord's global 429: every request waits `wait`.
    Global { wait: Duration },
    /// A Cloudflare ban: nothing is learned, every process stops.
    Ban,
}

/// What one answer teaches the route's lane (see `lane.rs`), as `Lane::complete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LaneLesson {
    /// Not a 429: a success the lane's history keeps for learning.
    Counted,
    /// A sublimit 429: the lane waits `wait` and learns from its history.
    Sublimit { wait: Duration },
    /// Any other 429: nothing for the lane.
    Nothing,
}

impl LaneLesson {
    /// `complete.lua`'s `lane lesson` and `lane_wait_ms` arguments.
    pub(super) fn args(self) -> (&'static str, u64) {
        match self {
            Self::Counted => ("ok", 0),
            Self::Sublimit { wait } => ("sublimit", millis(wait)),
            Self::Nothing => ("none", 0),
        }
    }
}

/// One answer, ready for `complete.lua`.
#[derive(Debug, Clone)]
pub(super) struct Answer {
    pub(super) lesson: Lesson,
    pub(super) lane: LaneLesson,
    /// An invalid request (401, 403, a 429 not `shared`) toward Cloudflare's ban.
    pub(super) invalid: bool,
    /// The bucket hash to file the route under (key-safe), if the answer named one.
    pub(super) hash: Option<String>,
    /// A 401 on a bot-authenticated route: the bot token is invalid.
    pub(super) unauthorized: bool,
    /// The window's end as Discord names it (`window_id.rs`).
    pub(super) window_end: Option<u64>,
}

impl Answer {
    /// Reads `headers` for a request on `key`; no wait in it exceeds `ceiling`.
    pub(super) fn of(key: &RouteKey, headers: &RateLimitHeaders, ceiling: Duration) -> Self {
        let headers = &*headers.clamped(ceiling);
        let lesson = lesson(headers, ceiling);
        Self {
            // A ban teaches nothing (as in memory); only Discord sends a hash.
            hash: headers
                .bucket
                .as_deref()
                .filter(|_| lesson != Lesson::Ban)
                .map(safe_hash),
            // A 401 on a webhook or interaction route is about the token in its
            // path (an interaction token expires after 15 minutes), not the bot's.
            unauthorized: headers.status == 401 && !key.uses_path_token(),
            lane: if is_sublimit(headers) {
                LaneLesson::Sublimit {
                    wait: sublimit_wait(headers).min(ceiling),
                }
            } else if headers.status == 429 {
                // A Cloudflare or proxy 429 never reached Discord: not a success.
                LaneLesson::Nothing
            } else {
                LaneLesson::Counted
            },
            invalid: headers.is_invalid_request(),
            window_end: headers.window_end_ms(),
            lesson,
        }
    }

    /// `complete.lua`'s `mode, limit, remaining, reset_after_ms, wait_ms` arguments.
    pub(super) fn args(&self) -> (&'static str, u32, u32, u64, u64) {
        let ms = millis;
        match self.lesson {
            Lesson::Nothing => ("none", 0, 0, 0, 0),
            Lesson::Window {
                limit,
                remaining,
                reset_after,
            } => ("window", limit, remaining, ms(reset_after), 0),
            Lesson::Unlimited => ("unlimited", 0, 0, 0, 0),
            Lesson::Backoff { wait, limit } => ("backoff", limit.unwrap_or(0), 0, 0, ms(wait)),
            Lesson::Distrust { wait } => ("distrust", 0, 0, 0, wait.map_or(0, ms)),
            Lesson::Global { wait } => ("global", 0, 0, 0, ms(wait)),
            Lesson::Ban => ("ban", 0, 0, 0, 0),
        }
    }
}

/// The in-memory limiter's reading of one answer whose waits are already clamped.
fn lesson(headers: &RateLimitHeaders, ceiling: Duration) -> Lesson {
    if headers.is_cloudflare_ban() {
        return Lesson::Ban;
    }
    if headers.is_foreign_429() {
        // A proxy's 429 never reached Discord: it says nothing about any limit.
        return Lesson::Nothing;
    }
    let limited = headers.is_rate_limited();
    if limited && (headers.global || headers.scope == Some(Scope::Global)) {
        let wait = headers.retry_after.unwrap_or(Duration::from_secs(1));
        return Lesson::Global {
            wait: wait.min(ceiling),
        };
    }
    if headers.distrust().is_some() {
        return Lesson::Distrust {
            wait: limited.then(|| wait_of(headers, ceiling)),
        };
    }
    if limited {
        // A sublimit 429 (remaining above 0) does not limit the bucket's other routes.
        if headers.remaining.unwrap_or(0) > 0 && headers.scope != Some(Scope::Shared) {
            return Lesson::Nothing;
        }
        return Lesson::Backoff {
            wait: wait_of(headers, ceiling),
            limit: headers.limit.filter(|_| headers.reset_after.is_some()),
        };
    }
    match (headers.limit, headers.remaining, headers.reset_after) {
        (Some(limit), Some(remaining), Some(reset_after)) => Lesson::Window {
            limit,
            remaining,
            reset_after,
        },
        (None, None, None)
            if headers.from_discord
                && (200..500).contains(&headers.status)
                && headers.bucket.is_none() =>
        {
            Lesson::Unlimited
        }
        _ => Lesson::Nothing,
    }
}

/// How long a 429 asks to wait (as `Bucket::wait_of`), never above the ceiling.
fn wait_of(headers: &RateLimitHeaders, ceiling: Duration) -> Duration {
    headers
        .retry_after
        .or(headers.reset_after)
        .unwrap_or(Duration::from_secs(1))
        .min(ceiling)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    const CEILING: Duration = Duration::from_secs(2);

    fn read(status: u16, edit: impl FnOnce(&mut RateLimitHeaders)) -> Answer {
        let mut headers = RateLimitHeaders::new(status);
        headers.from_discord = true;
        edit(&mut headers);
        Answer::of(
            &RouteKey::new(&Method::GET, "/users/@me"),
            &headers,
            CEILING,
        )
    }

    #[test]
    fn absurd_answers_are_bounded_or_distrusted() {
        let zero = read(200, |h| {
            h.limit = Some(0);
            h.remaining = Some(0);
            h.reset_after = Some(Duration::from_secs(5));
        });
        assert_eq!(zero.lesson, Lesson::Distrust { wait: None });
        let decades = read(200, |h| {
            h.limit = Some(1);
            h.remaining = Some(0);
            h.reset_after = Some(Duration::from_secs(1_000_000_000));
        });
        assert_eq!(decades.args().3, 2000);
        let retry = read(429, |h| h.retry_after = Some(Duration::from_secs(1 << 40)));
        assert_eq!(retry.args(), ("backoff", 0, 0, 0, 2000));
    }

    #[test]
    fn a_proxy_429_teaches_nothing() {
        let mut proxy = RateLimitHeaders::new(429);
        proxy.retry_after = Some(Duration::from_secs(30));
        let answer = Answer::of(&RouteKey::new(&Method::GET, "/gateway"), &proxy, CEILING);
        assert_eq!(answer.lesson, Lesson::Nothing);
        assert_eq!(answer.hash, None);
    }

    #[test]
    fn a_sublimit_429_is_the_lanes_lesson() {
        let sublimit = read(429, |h| {
            h.remaining = Some(3);
            h.retry_after = Some(Duration::from_millis(1500));
        });
        assert_eq!(
            sublimit.lesson,
            Lesson::Nothing,
            "the bucket is not limited"
        );
        assert_eq!(sublimit.lane.args(), ("sublimit", 1500));
        assert!(sublimit.invalid);
        let ok = read(200, |_| {});
        assert_eq!((ok.lane, ok.invalid), (LaneLesson::Counted, false));
    }

    #[test]
    fn only_a_bot_route_401_invalidates_the_token() {
        let webhook = RouteKey::new(&Method::PATCH, "/webhooks/1/tok/messages/@original");
        let gone = RateLimitHeaders::new(401);
        assert!(!Answer::of(&webhook, &gone, CEILING).unauthorized);
        let me = RouteKey::new(&Method::GET, "/users/@me");
        assert!(Answer::of(&me, &gone, CEILING).unauthorized);
    }
}
