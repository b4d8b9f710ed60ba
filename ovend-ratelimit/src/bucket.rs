//! One Discord bucket: what the limiter knows of its window, and who waits on it.
//!
//! A bucket starts **unknown**: exactly one request is let through to learn it, the
//! rest wait (no thundering herd). Its answer makes the bucket **windowed** (limit,
//! remaining, reset) or **unlimited** (an answer from Discord with no rate-limit
//! headers). A windowed bucket lets requests run in parallel, but never more than
//! `remaining` at once: requests in flight count against `remaining` until their
//! answers arrive, so concurrency can never overdraw the window.
//!
//! Resets are computed as *answer received + `Reset-After` − floor*, where the
//! floor is the part of a round trip that is certainly network (the `rtt` module).
//! Discord measured `Reset-After` when it processed the request, at least `down_min`
//! before the answer, and a request granted at the computed reset arrives at least
//! `up_min` later; with `floor ≤ up_min + down_min` it never arrives before the true
//! reset, on the local monotonic clock, whatever the wall clocks say;
//! `X-RateLimit-Reset` (an epoch) is never compared with the local clock; it only
//! tells one window's answers from the next one's (`window_id.rs`), so the earliest
//! end of one window's answers is kept. A 429's `Retry-After` is taken
//! the same way. Answers that arrive out of order
//! within one window can only lower `remaining` (the minimum wins).
//!
//! Headers that cannot be trusted (malformed, a limit of 0, more remaining than
//! the limit) make the bucket **unknown** again: one request at a time until sane
//! headers arrive. Waits were clamped to the limiter's ceiling before they get
//! here, and all time arithmetic saturates, so no answer can panic or stall.
//!
//! A request abandoned after it may have been written (its future dropped, a
//! timeout, a broken connection) frees its place in flight but **spends** its
//! slot: it may have reached Discord, so `remaining` drops by one until the reset.

use std::time::Duration;

use tokio::time::Instant;

use crate::queue::RequestQueue;
use crate::time::{after, before};
use crate::window_id::same_window;
use crate::RateLimitHeaders;

/// What the limiter knows about a bucket's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Knowledge {
    /// Nothing yet: one request at a time until an answer tells.
    Unknown,
    /// Discord's answers carry no limit for this route.
    Unlimited,
    /// A window of `limit` requests, `remaining` left until `reset` (`None`: the
    /// previous window ended and the new one's end is not known yet).
    Window {
        limit: u32,
        remaining: u32,
        reset: Option<Instant>,
    },
}

/// Whether a bucket has room right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Room {
    /// A request may go.
    Free,
    /// Full until this instant.
    Until(Instant),
    /// Full until an answer in flight arrives.
    AwaitAnswer,
}

/// One bucket (a hash + major, or a route whose hash is not known yet).
#[derive(Debug)]
pub(crate) struct Bucket {
    pub(crate) knowledge: Knowledge,
    pub(crate) in_flight: u32,
    /// A 429 (user or shared scope) said to back off until then.
    pub(crate) blocked_until: Option<Instant>,
    pub(crate) queue: RequestQueue,
    /// Buckets this one's in-flight requests were also counted in (a merge into
    /// a hashed bucket, a hash change, a bucket another route of the major
    /// learned): a request granted here before the carry is released there too.
    pub(crate) carries: Vec<Carry>,
    /// The last answer's headers were not trusted (reported once until sane ones).
    pub(crate) distrusted: bool,
    /// The current window's end as Discord names it (`window_id.rs`).
    window_end: Option<u64>,
    pub(crate) last_used: Instant,
}

/// In-flight requests of one bucket also counted in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Carry {
    /// Requests whose grant number is below this were carried.
    pub(crate) below: u64,
    /// The slot they were carried to.
    pub(crate) to: u64,
    /// How many of them are still out.
    pub(crate) count: u32,
}

impl Bucket {
    pub(crate) fn new(now: Instant) -> Self {
        Self {
            knowledge: Knowledge::Unknown,
            in_flight: 0,
            blocked_until: None,
            queue: RequestQueue::default(),
            carries: Vec::new(),
            distrusted: false,
            window_end: None,
            last_used: now,
        }
    }

    /// Whether one more request may go at `now`.
    pub(crate) fn room(&mut self, now: Instant) -> Room {
        if let Some(until) = self.blocked_until {
            if until > now {
                return Room::Until(until);
            }
            self.blocked_until = None;
        }
        self.roll_window(now);
        match self.knowledge {
            Knowledge::Unlimited => Room::Free,
            Knowledge::Unknown if self.in_flight == 0 => Room::Free,
            Knowledge::Unknown => Room::AwaitAnswer,
            Knowledge::Window {
                remaining, reset, ..
            } => {
                if remaining > self.in_flight {
                    Room::Free
                } else if let Some(reset) = reset {
                    // Full until the reset, or earlier if an answer says more.
                    Room::Until(reset)
                } else if self.in_flight > 0 {
                    Room::AwaitAnswer
                } else {
                    // A zero limit with nothing in flight: relearn rather than stall.
                    Room::Free
                }
            }
        }
    }

    /// A window whose reset passed starts over with its full limit (and an unknown
    /// end). A passed reset never stays: a wait until it would wake at once, again
    /// and again.
    fn roll_window(&mut self, now: Instant) {
        if let Knowledge::Window {
            limit,
            reset: Some(reset),
            ..
        } = self.knowledge
        {
            if reset <= now {
                self.knowledge = Knowledge::Window {
                    limit,
                    remaining: limit,
                    reset: None,
                };
            }
        }
    }

    /// A request abandoned after it may have been sent: it counts against the
    /// window as if Discord had answered it.
    pub(crate) fn spend(&mut self) {
        if let Knowledge::Window {
            limit,
            remaining,
            reset,
        } = self.knowledge
        {
            self.knowledge = Knowledge::Window {
                limit,
                remaining: remaining.saturating_sub(1),
                reset,
            };
        }
    }

    /// Learns from one answer received at `now`; durations in it are counted from
    /// `now − floor` (see the module documentation). Returns why the answer's
    /// headers were distrusted, the first time they are (to report it once).
    /// Only answers that reached Discord get here (the manager drops the 429s of
    /// Cloudflare and proxies before).
    pub(crate) fn learn(
        &mut self,
        headers: &RateLimitHeaders,
        now: Instant,
        floor: Duration,
    ) -> Option<&'static str> {
        self.last_used = now;
        if let Some(reason) = headers.distrust() {
            // Back to one request at a time; a 429's wait (if it could be read)
            // still holds the bucket back below.
            self.knowledge = Knowledge::Unknown;
            if headers.is_rate_limited() {
                self.block(after(before(now, floor), Self::wait_of(headers)));
            }
            let first = !self.distrusted;
            self.distrusted = true;
            return first.then_some(reason);
        }
        let from = before(now, floor);
        if headers.is_rate_limited() {
            self.learn_429(headers, from);
            return None;
        }
        match (headers.limit, headers.remaining, headers.reset_after) {
            (Some(limit), Some(remaining), Some(reset_after)) => {
                self.distrusted = false;
                let end = headers.window_end_ms();
                let reset = (after(from, reset_after), end);
                self.learn_window(limit, remaining, reset, now, reset_after);
            }
            // An answer from Discord (its `Via` or rate-limit headers are there) without
            // limit headers: this route has no bucket. Anything else (a proxy, a
            // transport error, headers that could not be parsed) teaches nothing.
            _ if headers.from_discord
                && (200..500).contains(&headers.status)
                && headers.limit.is_none()
                && headers.remaining.is_none()
                && headers.reset_after.is_none()
                && headers.bucket.is_none()
                && self.knowledge == Knowledge::Unknown =>
            {
                self.knowledge = Knowledge::Unlimited;
            }
            // A transport error or 5xx teaches nothing; the next request learns.
            _ => {}
        }
        None
    }

    /// How long a 429 asks to wait.
    fn wait_of(headers: &RateLimitHeaders) -> Duration {
        headers
            .retry_after
            .or(headers.reset_after)
            .unwrap_or(Duration::from_secs(1))
    }

    fn block(&mut self, until: Instant) {
        self.blocked_until = Some(self.blocked_until.map_or(until, |b| b.max(until)));
    }

    /// `reset` is this answer's estimate of its window's end, `end` the end as
    /// Discord names it (`window_id.rs`), `reset_after` how far ahead it was.
    fn learn_window(
        &mut self,
        limit: u32,
        remaining: u32,
        (reset, end): (Instant, Option<u64>),
        now: Instant,
        reset_after: Duration,
    ) {
        let (remaining, reset) = match self.knowledge {
            // Ours has not ended yet: an earlier answer arriving late must not
            // raise `remaining`. One window's answers: the earliest end is the
            // closest. Else the later window's end is kept, with its name.
            Knowledge::Window {
                remaining: known,
                reset: Some(known_reset),
                ..
            } if known_reset > now => {
                let reset = if same_window(self.window_end, end, reset_after) {
                    reset.min(known_reset)
                } else if reset >= known_reset {
                    self.window_end = end;
                    reset
                } else {
                    known_reset
                };
                (remaining.min(known), reset)
            }
            _ => {
                self.window_end = end;
                (remaining, reset)
            }
        };
        self.knowledge = Knowledge::Window {
            limit: limit.max(remaining),
            remaining,
            reset: Some(reset),
        };
    }

    /// `from` is the answer's instant less the round-trip floor.
    fn learn_429(&mut self, headers: &RateLimitHeaders, from: Instant) {
        // A sublimit 429 (remaining above 0) is the lane's business: the bucket's
        // other routes are not limited by it.
        if headers.remaining.unwrap_or(0) > 0 && headers.scope != Some(crate::Scope::Shared) {
            return;
        }
        let until = after(from, Self::wait_of(headers));
        self.block(until);
        let limit = match self.knowledge {
            Knowledge::Window { limit, .. } => Some(limit),
            _ => headers.limit.filter(|_| headers.reset_after.is_some()),
        };
        if let Some(limit) = limit {
            self.knowledge = Knowledge::Window {
                limit,
                remaining: 0,
                reset: Some(until),
            };
            // A back-off's end names no window.
            self.window_end = None;
        }
    }

    /// Whether nothing would be lost by forgetting this bucket.
    pub(crate) fn is_idle(&self, now: Instant, idle: Duration) -> bool {
        let window_over = match self.knowledge {
            Knowledge::Window { reset: Some(r), .. } => r <= now,
            _ => true,
        };
        self.in_flight == 0
            && self.queue.is_empty()
            && self.blocked_until.is_none_or(|b| b <= now)
            && window_over
            && after(self.last_used, idle) <= now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(limit: u32, remaining: u32, reset_after_ms: u64) -> RateLimitHeaders {
        let mut h = RateLimitHeaders::new(200);
        h.limit = Some(limit);
        h.remaining = Some(remaining);
        h.reset_after = Some(Duration::from_millis(reset_after_ms));
        h
    }

    /// A window's answer naming its end (`X-RateLimit-Reset`) in ms.
    fn named(remaining: u32, reset_after_ms: u64, end_ms: u64) -> RateLimitHeaders {
        let mut h = window(2, remaining, reset_after_ms);
        h.reset = Some(end_ms as f64 / 1000.0);
        h
    }

    #[tokio::test(start_paused = true)]
    async fn one_windows_answers_keep_the_earliest_end() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut bucket = Bucket::new(t0);
        bucket.learn(&named(1, 5_000, 100_000), t0, Duration::ZERO);
        // The same window (its end named 2 ms apart), answered 10 ms later but
        // 20 ms nearer its end: the window ends 10 ms earlier than first thought.
        bucket.learn(&named(0, 4_980, 100_002), t0 + ms(10), Duration::ZERO);
        assert_eq!(bucket.room(t0 + ms(10)), Room::Until(t0 + ms(4_990)));
        // A later answer of the same window does not push it back.
        bucket.learn(&named(0, 4_985, 100_001), t0 + ms(12), Duration::ZERO);
        assert_eq!(bucket.room(t0 + ms(12)), Room::Until(t0 + ms(4_990)));

        // Without names, or with another window's, the latest end is kept.
        let mut bucket = Bucket::new(t0);
        bucket.learn(&named(1, 5_000, 100_000), t0, Duration::ZERO);
        bucket.learn(&window(2, 0, 4_980), t0 + ms(10), Duration::ZERO);
        assert_eq!(bucket.room(t0 + ms(10)), Room::Until(t0 + ms(5_000)));
        bucket.learn(&named(0, 4_980, 100_020), t0 + ms(10), Duration::ZERO);
        assert_eq!(bucket.room(t0 + ms(10)), Room::Until(t0 + ms(5_000)));
    }

    #[tokio::test(start_paused = true)]
    async fn unknown_lets_one_through() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        assert_eq!(bucket.room(now), Room::Free);
        bucket.in_flight = 1;
        assert_eq!(bucket.room(now), Room::AwaitAnswer);
    }

    #[tokio::test(start_paused = true)]
    async fn in_flight_counts_against_remaining() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        bucket.learn(&window(5, 3, 1000), now, Duration::ZERO);
        bucket.in_flight = 2;
        assert_eq!(bucket.room(now), Room::Free);
        bucket.in_flight = 3;
        assert_eq!(bucket.room(now), Room::Until(now + Duration::from_secs(1)));
        bucket.in_flight = 0;
        bucket.learn(&window(5, 0, 1000), now, Duration::ZERO);
        assert_eq!(bucket.room(now), Room::Until(now + Duration::from_secs(1)));
        let later = now + Duration::from_secs(1);
        bucket.in_flight = 4;
        assert_eq!(
            bucket.room(later),
            Room::Free,
            "a new window has its full limit"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn late_answers_never_raise_remaining() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        bucket.learn(&window(5, 1, 1000), now, Duration::ZERO);
        bucket.learn(&window(5, 3, 1000), now, Duration::ZERO);
        bucket.in_flight = 1;
        assert_eq!(bucket.room(now), Room::Until(now + Duration::from_secs(1)));
    }

    #[tokio::test(start_paused = true)]
    async fn the_round_trip_floor_brings_the_reset_forward() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        bucket.learn(&window(1, 0, 250), now, Duration::from_millis(30));
        assert_eq!(
            bucket.room(now),
            Room::Until(now + Duration::from_millis(220))
        );
    }

    #[tokio::test(start_paused = true)]
    async fn transport_errors_teach_nothing() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        let _ = bucket.learn(&RateLimitHeaders::new(502), now, Duration::ZERO);
        assert_eq!(bucket.knowledge, Knowledge::Unknown);
        bucket.learn(&RateLimitHeaders::new(200), now, Duration::ZERO);
        assert_eq!(
            bucket.knowledge,
            Knowledge::Unknown,
            "not known to come from Discord"
        );
        let mut discord = RateLimitHeaders::new(200);
        discord.from_discord = true;
        bucket.learn(&discord, now, Duration::ZERO);
        assert_eq!(bucket.knowledge, Knowledge::Unlimited);
    }

    #[tokio::test(start_paused = true)]
    async fn untrusted_headers_make_the_bucket_serial_once() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        bucket.learn(&window(5, 3, 1000), now, Duration::ZERO);
        let zero = window(0, 0, 1000);
        assert!(bucket.learn(&zero, now, Duration::ZERO).is_some());
        assert_eq!(bucket.knowledge, Knowledge::Unknown);
        assert_eq!(bucket.learn(&zero, now, Duration::ZERO), None, "said once");
        assert_eq!(bucket.room(now), Room::Free);
        bucket.in_flight = 1;
        assert_eq!(bucket.room(now), Room::AwaitAnswer, "one at a time");
        bucket.learn(&window(5, 4, 1000), now, Duration::ZERO);
        assert_eq!(
            bucket.room(now),
            Room::Free,
            "sane headers are learned again"
        );
        assert!(bucket
            .learn(&window(5, 6, 1000), now, Duration::ZERO)
            .is_some());
    }

    #[tokio::test(start_paused = true)]
    async fn a_passed_reset_never_becomes_a_wait_in_the_past() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        bucket.learn(&window(2, 2, 100), now, Duration::ZERO);
        bucket.in_flight = 2;
        let later = now + Duration::from_secs(1);
        assert_eq!(bucket.room(later), Room::AwaitAnswer);
    }

    #[tokio::test(start_paused = true)]
    async fn a_spent_slot_stays_counted_until_the_reset() {
        let now = Instant::now();
        let mut bucket = Bucket::new(now);
        bucket.learn(&window(2, 1, 1000), now, Duration::ZERO);
        bucket.spend();
        assert_eq!(bucket.room(now), Room::Until(now + Duration::from_secs(1)));
        assert_eq!(bucket.room(now + Duration::from_secs(1)), Room::Free);
    }
}
