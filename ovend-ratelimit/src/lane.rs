//! The predictive part of the limiter: lanes for limits that no header announces.
//!
//! Some of Discord's limits never appear in `X-RateLimit-*` headers: reactions
//! (about 1 per 250 ms per channel), channel name/topic edits (`PATCH
//! /channels/{id}`, 2 per 10 minutes), webhook executions and emoji creation. A
//! **lane** is a small per-route (per channel, for reactions) limiter in front of the
//! bucket:
//!
//! - Deletes of messages older than 10 s are limited per channel and age class (10 s
//!   to 14 days, older). The class is decided each time the request is evaluated, on
//!   the age the message will have [`AGE_MARGIN`] later: a delete queued behind its
//!   bucket ages while it waits, it reaches Discord up to a round trip after its grant,
//!   and Discord's clock may differ from ours. Erring towards the older class is always
//!   safe (each older class is the stricter one).
//! - Routes that Discord documents as carrying such a limit get a *serial* lane from
//!   their first request: one request in flight at a time, so when the hidden limit
//!   is hit, exactly one request receives the 429 however many were queued.
//!   Reactions are also paced at their documented interval. No other number is
//!   built in; Discord's answers decide the rest.
//! - A **sublimit** is learned from the first 429 whose `remaining` is still above 0.
//!   The 429 says when the hidden window ends (`free_at` = answer + `retry_after`)
//!   but not when it started: any of the last `k` successes may have been the first
//!   one it counted, giving the hypothesis "`k` per `free_at` − (grant of that
//!   success)". Hypotheses the history contradicts (replayed through that fixed
//!   window, an earlier window would have refused a success) are dropped; the lane
//!   then admits the smallest `k` per the longest window of those left, which is
//!   safe against each of them (see `learn_from`). Taking every success since the
//!   lane's first request as `allowed` instead, as a naive streak count does, learns
//!   "6 per minute" from a 3 per second limit and meets it again at the next burst.
//!   Successes are taken from a bounded recent span only (`LEARN_HORIZON`), and
//!   grant instants (the earliest a request can have arrived) make each window the
//!   longest it can be. From then on the lane admits at most `allowed` requests in
//!   any `window` (a sliding log), and it waits for `retry_after` instead of
//!   retrying at once.
//! - Any other route gets a lane when it first meets a sublimit 429. Having no history,
//!   it waits out `retry_after` and counts from then on, so it learns the sublimit
//!   exactly at its next 429.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use crate::bucket::Room;
use crate::queue::RequestQueue;
use crate::route::HiddenLimit;
use crate::sublimit::{learn_recent, sublimit_wait, Sublimit, HISTORY};
use crate::time::{after, before};
use crate::MessageAge;
use crate::{RateLimitHeaders, RouteKey};

/// Which lane a request belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum LaneKey {
    /// Every reaction route of one channel (they share one hidden limit).
    Reactions(Arc<str>),
    /// One route and major.
    Route(RouteKey),
    /// Message deletes in one channel for messages of one age class.
    Delete(Arc<str>, MessageAge),
}

/// How much older than now a message is taken to be when its delete is classed.
pub(crate) const AGE_MARGIN: Duration = Duration::from_secs(2);

/// What is known in advance about a route's hidden limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hidden {
    pace: bool,
    /// Serial at the moment of sending rather than at admission (see [`Lane::send_room`]).
    at_send: bool,
}

// Read by the Redis limiter, which passes the lane's kind to its scripts; the
// in-memory lanes keep the same facts in their own state.
#[cfg_attr(not(feature = "redis"), allow(dead_code))]
impl Hidden {
    /// Paced at the reaction interval.
    pub(crate) fn paced(self) -> bool {
        self.pace
    }

    /// Serial only until a sublimit is learned (message deletes), not always.
    pub(crate) fn serial_until_learned(self) -> bool {
        self.at_send
    }
}

/// The lane of `key` at `now` if Discord documents a hidden limit on its route.
pub(crate) fn hidden_lane(key: &RouteKey, now: Instant) -> Option<(LaneKey, Hidden)> {
    match key.hidden_limit()? {
        HiddenLimit::Delete => match key.message_age_at(now + AGE_MARGIN)? {
            MessageAge::Recent => None,
            age => Some((
                LaneKey::Delete(key.major_arc().clone(), age),
                Hidden {
                    pace: false,
                    at_send: true,
                },
            )),
        },
        HiddenLimit::Reactions => Some((
            LaneKey::Reactions(key.major_arc().clone()),
            Hidden {
                pace: true,
                at_send: false,
            },
        )),
        HiddenLimit::Serial => Some((
            LaneKey::Route(key.clone()),
            Hidden {
                pace: false,
                at_send: false,
            },
        )),
    }
}

/// The state of one lane.
#[derive(Debug)]
pub(crate) struct Lane {
    serial: bool,
    /// Serial only when sending: any number may pass the lane and queue in their
    /// bucket in arrival order, but the bucket's head waits for the lane's answer
    /// in flight (or the learned sublimit) before it is sent.
    at_send: bool,
    pace: Option<Duration>,
    /// Requests that passed the lane and wait for their bucket.
    pub(crate) pending: u32,
    in_flight: u32,
    pub(crate) queue: RequestQueue,
    /// Grant instants of the successes since the lane started counting, oldest
    /// first (at most [`HISTORY`]).
    successes: VecDeque<Instant>,
    learned: Option<Sublimit>,
    /// Grants under the learned sublimit, oldest first (at most `allowed`).
    log: VecDeque<Instant>,
    blocked_until: Option<Instant>,
    last_grant: Option<Instant>,
    last_used: Instant,
}

impl Lane {
    /// A serial lane for a route with a documented hidden limit.
    pub(crate) fn hidden(hidden: Hidden, reaction_pace: Duration, now: Instant) -> Self {
        Self {
            serial: true,
            at_send: hidden.at_send,
            pace: hidden.pace.then_some(reaction_pace),
            ..Self::tracking(now)
        }
    }

    /// A lane for a route that met a sublimit without being known for one.
    pub(crate) fn tracking(now: Instant) -> Self {
        Self {
            serial: false,
            at_send: false,
            pace: None,
            pending: 0,
            in_flight: 0,
            queue: RequestQueue::default(),
            successes: VecDeque::new(),
            learned: None,
            log: VecDeque::new(),
            blocked_until: None,
            last_grant: None,
            last_used: now,
        }
    }

    /// Whether one more request may pass the lane at `now`.
    pub(crate) fn room(&mut self, now: Instant) -> Room {
        if let Some(until) = self.blocked_until.filter(|u| *u > now) {
            return Room::Until(until);
        }
        if self.serial && !self.at_send && self.pending + self.in_flight > 0 {
            return Room::AwaitAnswer;
        }
        if let Some(next) = self.pace.zip(self.last_grant).map(|(p, l)| after(l, p)) {
            if next > now {
                return Room::Until(next);
            }
        }
        if let Some(limit) = self.learned {
            while self
                .log
                .front()
                .is_some_and(|t| after(*t, limit.window) <= now)
            {
                self.log.pop_front();
            }
            let used = u32::try_from(self.log.len()).unwrap_or(u32::MAX) + self.pending;
            if used >= limit.allowed {
                return match self.log.front() {
                    Some(oldest) => Room::Until(after(*oldest, limit.window)),
                    None => Room::AwaitAnswer,
                };
            }
        }
        Room::Free
    }

    /// Whether a request that passed the lane may be sent now (checked when its
    /// bucket has room for it). Only lanes serial at sending ever hold one back.
    ///
    /// Message deletes use this: a delete that takes a lane place early and then
    /// waits a whole bucket window would leave the other deletes of its channel out
    /// of the bucket's queue while edits fill every window. Instead they queue in the
    /// bucket in arrival order, and the head waits here only for the answer in
    /// flight (a round trip), while its bucket window stays open.
    pub(crate) fn send_room(&mut self, now: Instant) -> Room {
        if !self.at_send {
            return Room::Free;
        }
        if let Some(until) = self.blocked_until.filter(|u| *u > now) {
            return Room::Until(until);
        }
        match self.learned {
            Some(limit) => {
                while self
                    .log
                    .front()
                    .is_some_and(|t| after(*t, limit.window) <= now)
                {
                    self.log.pop_front();
                }
                if u32::try_from(self.log.len()).unwrap_or(u32::MAX) < limit.allowed {
                    Room::Free
                } else {
                    self.log.front().map_or(Room::AwaitAnswer, |oldest| {
                        Room::Until(after(*oldest, limit.window))
                    })
                }
            }
            None if self.in_flight > 0 => Room::AwaitAnswer,
            None => Room::Free,
        }
    }

    /// A request passed the lane and now waits for its bucket.
    pub(crate) fn reserve(&mut self) {
        self.pending += 1;
    }

    /// A reserved request gave up before it was sent.
    pub(crate) fn unreserve(&mut self) {
        self.pending = self.pending.saturating_sub(1);
    }

    /// A reserved request is being sent now.
    pub(crate) fn grant(&mut self, now: Instant) {
        self.pending = self.pending.saturating_sub(1);
        self.in_flight += 1;
        self.last_grant = Some(now);
        self.last_used = now;
        if self.learned.is_some() {
            self.log.push_back(now);
        }
    }

    /// A sent request was abandoned: it may or may not have reached Discord, so it
    /// stays counted in the log.
    pub(crate) fn cancel(&mut self) {
        self.in_flight = self.in_flight.saturating_sub(1);
    }

    /// A request granted at `granted` was certainly never sent: it leaves the
    /// learned sublimit's log.
    pub(crate) fn uncount(&mut self, granted: Instant) {
        if let Some(at) = self.log.iter().position(|t| *t == granted) {
            self.log.remove(at);
        }
    }

    /// Learns from the answer to one of this lane's requests; returns a sublimit
    /// learned from it.
    /// `granted` is when the answered request was granted.
    pub(crate) fn complete(
        &mut self,
        headers: &RateLimitHeaders,
        granted: Instant,
        now: Instant,
        floor: Duration,
    ) -> Option<Sublimit> {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.last_used = now;
        if !is_sublimit(headers) {
            if !headers.is_rate_limited() {
                if self.successes.len() >= HISTORY {
                    self.successes.pop_front();
                }
                self.successes.push_back(granted);
            }
            return None;
        }
        let retry_after = sublimit_wait(headers);
        // Discord measured the wait when it refused the request, at least the
        // round-trip floor before the answer (`rtt.rs`): a request sent at the
        // block's end arrives after the limit frees.
        let free_at = after(before(now, floor), retry_after);
        self.blocked_until = Some(self.blocked_until.map_or(free_at, |b| b.max(free_at)));
        self.log.clear();
        let learned = learn_recent(std::mem::take(&mut self.successes), now, retry_after);
        if learned.is_some() {
            self.learned = learned;
        }
        learned
    }

    /// Whether nothing would be lost by forgetting this lane.
    pub(crate) fn is_idle(&self, now: Instant, idle: Duration) -> bool {
        let window = self.learned.map_or(Duration::ZERO, |l| l.window);
        self.pending == 0
            && self.in_flight == 0
            && self.queue.is_empty()
            && self.blocked_until.is_none_or(|b| b <= now)
            && after(self.last_used, idle.max(window)) <= now
    }
}

/// A 429 from a hidden limit: Discord still reports requests remaining in the bucket.
pub(crate) fn is_sublimit(headers: &RateLimitHeaders) -> bool {
    headers.is_rate_limited()
        && !headers.global
        && headers.scope != Some(crate::Scope::Shared)
        && headers.remaining.is_some_and(|r| r > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    fn sublimit_429(retry_ms: u64) -> RateLimitHeaders {
        let mut h = RateLimitHeaders::new(429);
        h.from_discord = true;
        h.remaining = Some(3);
        h.retry_after = Some(Duration::from_millis(retry_ms));
        h
    }

    #[tokio::test(start_paused = true)]
    async fn learns_allowed_and_window_from_the_first_429() {
        let t0 = Instant::now();
        let hidden = Hidden {
            pace: false,
            at_send: false,
        };
        let mut lane = Lane::hidden(hidden, Duration::ZERO, t0);
        for i in 0..2 {
            let now = t0 + Duration::from_secs(i);
            assert_eq!(lane.room(now), Room::Free);
            lane.reserve();
            assert_eq!(lane.room(now), Room::AwaitAnswer, "serial lane");
            lane.grant(now);
            assert_eq!(
                lane.complete(&RateLimitHeaders::new(200), now, now, Duration::ZERO),
                None
            );
        }
        let now = t0 + Duration::from_secs(2);
        lane.reserve();
        lane.grant(now);
        let learned = lane.complete(&sublimit_429(8_000), now, now, Duration::ZERO);
        // "1 per 9 s" would have refused the second: only "2 per 10 s" explains it.
        assert_eq!(
            learned,
            Some(Sublimit {
                allowed: 2,
                window: Duration::from_secs(10)
            })
        );
        assert_eq!(lane.room(now), Room::Until(t0 + Duration::from_secs(10)));
    }

    #[tokio::test(start_paused = true)]
    async fn reaction_and_channel_edit_routes_are_hidden() {
        let now = Instant::now();
        let lane = |method: Method, path: &str| hidden_lane(&RouteKey::new(&method, path), now);
        let r = lane(Method::PUT, "/channels/1/messages/2/reactions/x:1/@me");
        let d = lane(Method::DELETE, "/channels/1/messages/3/reactions/y:2/5");
        assert_eq!(r.map(|l| l.0), d.map(|l| l.0));
        assert!(lane(Method::PATCH, "/channels/1").is_some());
        assert!(lane(Method::GET, "/channels/1").is_none());
        assert!(lane(Method::POST, "/channels/1/messages").is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn a_delete_joins_its_age_lane_early() {
        let now_ms = 1_700_000_000_000;
        let path = |age_ms: u64| {
            let id = (now_ms - age_ms - 1_420_070_400_000) << 22;
            format!("/channels/1/messages/{id}")
        };
        let now = Instant::now();
        let lane = |age_ms| {
            hidden_lane(
                &RouteKey::new_at(&Method::DELETE, &path(age_ms), now_ms),
                now,
            )
            .map(|l| l.0)
        };
        let young = Some(LaneKey::Delete("1".into(), MessageAge::Young));
        assert_eq!(lane(5_000), None, "fresh: no hidden limit");
        assert_eq!(lane(9_000), young, "within the margin of 10 s: young");
        assert_eq!(lane(60_000), young);
        assert_eq!(
            lane(15 * 86_400_000),
            Some(LaneKey::Delete("1".into(), MessageAge::Old))
        );
    }
}
