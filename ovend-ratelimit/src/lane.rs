//! The predictive part of the limiter: lanes for limits that no header announces.
//!
//! Some of Discord's limits never appear in `X-RateLimit-*` headers: reactions
//! (about 1 per 250 ms per channel), channel name/topic edits (`PATCH
//! /channels/{id}`, 2 per 10 minutes), webhook executions and emoji creation. A
//! **lane** is a small per-route (per channel, for reactions) limiter in front of the
//! bucket:
//!
//! - Routes that Discord documents as carrying such a limit get a *serial* lane from
//!   their first request: one request in flight at a time, so when the hidden limit
//!   is hit, exactly one request receives the 429 however many were queued.
//!   Reactions are also paced at their documented interval. No other number is
//!   built in; Discord's answers decide the rest.
//! - A **sublimit** is learned from the first 429 whose `remaining` is still above 0:
//!   `allowed` = requests that went through since the lane's streak started (its
//!   first request, or the first one after the previous sublimit freed), `window` =
//!   from that first request until `retry_after` frees the lane. From then on the lane
//!   admits at most `allowed` requests in any `window` (a sliding log), and it waits
//!   for `retry_after` instead of retrying at once.
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
use crate::{RateLimitHeaders, RouteKey};

/// Which lane a request belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum LaneKey {
    /// Every reaction route of one channel (they share one hidden limit).
    Reactions(Arc<str>),
    /// One route and major.
    Route(RouteKey),
}

/// What is known in advance about a route's hidden limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hidden {
    pace: bool,
}

/// The lane of `key` if Discord documents a hidden limit on its route.
pub(crate) fn hidden_lane(key: &RouteKey) -> Option<(LaneKey, Hidden)> {
    match key.hidden_limit()? {
        HiddenLimit::Reactions => Some((
            LaneKey::Reactions(key.major_arc().clone()),
            Hidden { pace: true },
        )),
        HiddenLimit::Serial => Some((LaneKey::Route(key.clone()), Hidden { pace: false })),
    }
}

/// A learned hidden limit: at most `allowed` requests in any `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sublimit {
    pub(crate) allowed: u32,
    pub(crate) window: Duration,
}

/// The state of one lane.
#[derive(Debug)]
pub(crate) struct Lane {
    serial: bool,
    pace: Option<Duration>,
    /// Requests that passed the lane and wait for their bucket.
    pub(crate) pending: u32,
    in_flight: u32,
    pub(crate) queue: RequestQueue,
    /// First grant since the lane started counting, and successes since.
    streak: Option<(Instant, u32)>,
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
            pace: hidden.pace.then_some(reaction_pace),
            ..Self::tracking(now)
        }
    }

    /// A lane for a route that met a sublimit without being known for one.
    pub(crate) fn tracking(now: Instant) -> Self {
        Self {
            serial: false,
            pace: None,
            pending: 0,
            in_flight: 0,
            queue: RequestQueue::default(),
            streak: None,
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
        if self.serial && self.pending + self.in_flight > 0 {
            return Room::AwaitAnswer;
        }
        if let Some(next) = self.pace.zip(self.last_grant).map(|(p, l)| l + p) {
            if next > now {
                return Room::Until(next);
            }
        }
        if let Some(limit) = self.learned {
            while self.log.front().is_some_and(|t| *t + limit.window <= now) {
                self.log.pop_front();
            }
            let used = u32::try_from(self.log.len()).unwrap_or(u32::MAX) + self.pending;
            if used >= limit.allowed {
                return match self.log.front() {
                    Some(oldest) => Room::Until(*oldest + limit.window),
                    None => Room::AwaitAnswer,
                };
            }
        }
        Room::Free
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
        self.streak.get_or_insert((now, 0));
        if self.learned.is_some() {
            self.log.push_back(now);
        }
    }

    /// A sent request was abandoned: it may or may not have reached Discord, so it
    /// stays counted in the log.
    pub(crate) fn cancel(&mut self) {
        self.in_flight = self.in_flight.saturating_sub(1);
    }

    /// Learns from the answer to one of this lane's requests; returns a sublimit
    /// learned from it.
    pub(crate) fn complete(
        &mut self,
        headers: &RateLimitHeaders,
        now: Instant,
    ) -> Option<Sublimit> {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.last_used = now;
        if !is_sublimit(headers) {
            if !headers.is_rate_limited() {
                if let Some((_, ok)) = self.streak.as_mut() {
                    *ok += 1;
                }
            }
            return None;
        }
        let retry_after = headers
            .retry_after
            .or(headers.reset_after)
            .unwrap_or(Duration::from_secs(1));
        let free_at = now + retry_after;
        self.blocked_until = Some(self.blocked_until.map_or(free_at, |b| b.max(free_at)));
        self.log.clear();
        let learned = match self.streak.take() {
            Some((start, ok)) if ok > 0 => Some(Sublimit {
                allowed: ok,
                window: free_at - start,
            }),
            _ => None,
        };
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
            && self.last_used + idle.max(window) <= now
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
        h.remaining = Some(3);
        h.retry_after = Some(Duration::from_millis(retry_ms));
        h
    }

    #[tokio::test(start_paused = true)]
    async fn learns_allowed_and_window_from_the_first_429() {
        let t0 = Instant::now();
        let mut lane = Lane::hidden(Hidden { pace: false }, Duration::ZERO, t0);
        for i in 0..2 {
            let now = t0 + Duration::from_secs(i);
            assert_eq!(lane.room(now), Room::Free);
            lane.reserve();
            assert_eq!(lane.room(now), Room::AwaitAnswer, "serial lane");
            lane.grant(now);
            assert_eq!(lane.complete(&RateLimitHeaders::new(200), now), None);
        }
        let now = t0 + Duration::from_secs(2);
        lane.reserve();
        lane.grant(now);
        let learned = lane.complete(&sublimit_429(8_000), now);
        assert_eq!(
            learned,
            Some(Sublimit {
                allowed: 2,
                window: Duration::from_secs(10)
            })
        );
        assert_eq!(lane.room(now), Room::Until(t0 + Duration::from_secs(10)));
    }

    #[test]
    fn reaction_and_channel_edit_routes_are_hidden() {
        let r = RouteKey::new(&Method::PUT, "/channels/1/messages/2/reactions/x:1/@me");
        let d = RouteKey::new(&Method::DELETE, "/channels/1/messages/3/reactions/y:2/5");
        assert_eq!(hidden_lane(&r).map(|l| l.0), hidden_lane(&d).map(|l| l.0));
        assert!(hidden_lane(&RouteKey::new(&Method::PATCH, "/channels/1")).is_some());
        assert!(hidden_lane(&RouteKey::new(&Method::GET, "/channels/1")).is_none());
        assert!(hidden_lane(&RouteKey::new(&Method::POST, "/channels/1/messages")).is_none());
    }
}
