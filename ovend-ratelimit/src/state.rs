//! The decision procedure: one request's walk through guards, lane, bucket queue and
//! global window, evaluated under the manager's lock each time the request wakes.
//!
//! A request ([`Ticket`]) passes, in order:
//! 1. the **guards** (invalid token, Cloudflare ban, invalid-request limit): refuse;
//! 2. its **lane**, if its route has a hidden or learned sublimit: queue in the lane,
//!    then reserve a place in it;
//! 3. its **bucket's queue**: only the first in line (priority, then arrival) may take
//!    a free slot; taking one wakes the next, so a bucket with `remaining` slots
//!    releases that many at once;
//! 4. the **global window** (interaction callbacks skip it).
//!
//! Each step answers free, wait until an instant, or wait for an answer in flight.
//! A known wait beyond the request's deadline rejects it at once (`max_wait`); a
//! wait caused by a rate limit rejects it at once under `reject_on_rate_limit`.

use std::cmp::Reverse;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

use crate::bucket::Room;
use crate::buckets::{BucketManager, HashMap};
use crate::config::Config;
use crate::event::WaitReason;
use crate::global::GlobalWindow;
use crate::guards::Guards;
use crate::lane::{hidden_lane, is_sublimit, Lane, LaneKey};
use crate::queue::Position;
use crate::rtt::{RttFloor, Wire};
use crate::time::{after, before};
use crate::{Decision, RateLimitEvent, RateLimitHeaders, Rejected, RouteKey};

/// Everything one manager knows, behind one lock.
#[derive(Debug)]
pub(crate) struct State {
    pub(crate) buckets: BucketManager,
    pub(crate) lanes: HashMap<LaneKey, Lane>,
    pub(crate) global: GlobalWindow,
    pub(crate) guards: Guards,
    /// Recent round trips, to shorten windows measured at the answers.
    pub(crate) rtt: RttFloor,
    /// Requests granted and not yet answered or cancelled.
    pub(crate) in_flight: u64,
    /// Requests out on the wire, for the round-trip floor's warm samples.
    wire: Wire,
    /// Whether a grant goes out at once; not when the global limit is taken
    /// elsewhere, which may hold it after the grant (it says when: `sending`).
    sends_on_grant: bool,
    seq: u64,
    /// Grants made so far: each grant's number orders it against carries.
    grants: u64,
}

/// One request on its way to a permit.
#[derive(Debug)]
pub(crate) struct Ticket {
    pub(crate) key: RouteKey,
    pub(crate) position: Position,
    pub(crate) deadline: Option<Instant>,
    pub(crate) max_wait: Option<Duration>,
    pub(crate) reject_on_rate_limit: bool,
    pub(crate) notify: Option<Arc<Notify>>,
    lane: Option<LaneKey>,
    lane_state: LaneState,
    /// The bucket slot whose queue holds this ticket.
    queued_in: Option<u64>,
    last_reason: Option<WaitReason>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LaneState {
    None,
    Queued,
    Reserved,
}

/// What was granted: where to release it.
#[derive(Debug, Clone)]
pub(crate) struct Grant {
    pub(crate) slot: u64,
    /// The grant's number: grants numbered below a bucket's carry were counted
    /// where it carried them (see `Carry`).
    pub(crate) seq: u64,
    pub(crate) lane: Option<LaneKey>,
    /// Whether it holds a place in the global window.
    pub(crate) global: bool,
    /// When it was granted.
    pub(crate) at: Instant,
    /// Whether it certainly went out on a pooled connection (see `rtt::Wire`).
    pub(crate) warm: bool,
    /// Whether it counts among the requests out on the wire: from its grant, or
    /// (the local part of a shared limiter) from `sending`.
    pub(crate) on_wire: bool,
}

/// The outcome of one evaluation.
#[derive(Debug)]
pub(crate) enum Step {
    Grant(Grant),
    Wait(Option<Instant>),
    Reject(Rejected),
}

/// Why a ticket waits, and until when if known.
struct Wait {
    until: Option<Instant>,
    reason: WaitReason,
}

impl State {
    pub(crate) fn new(config: &Config) -> Self {
        Self {
            buckets: BucketManager::default(),
            lanes: HashMap::default(),
            global: GlobalWindow::new(config.global_limit, config.global_window),
            guards: Guards::default(),
            rtt: RttFloor::new(config.global_limit.or(config.global_limit_elsewhere)),
            in_flight: 0,
            wire: Wire::default(),
            sends_on_grant: config.global_limit_elsewhere.is_none(),
            seq: 0,
            grants: 0,
        }
    }

    /// A new ticket for `key`, arriving now.
    pub(crate) fn ticket(
        &mut self,
        key: &RouteKey,
        options: &crate::AcquireOptions,
        config: &Config,
        now: Instant,
    ) -> Ticket {
        self.seq += 1;
        let max_wait = options.max_wait.or(config.max_wait);
        let lane = self.lane_of(key, now);
        Ticket {
            key: key.clone(),
            position: (Reverse(options.priority), self.seq),
            deadline: max_wait.map(|w| after(now, w)),
            max_wait,
            reject_on_rate_limit: config
                .rejects_on_rate_limit(key.route(), options.reject_on_rate_limit),
            notify: None,
            lane,
            lane_state: LaneState::None,
            queued_in: None,
            last_reason: None,
        }
    }

    /// The lane a request on `key` passes at `now`, if any.
    fn lane_of(&self, key: &RouteKey, now: Instant) -> Option<LaneKey> {
        hidden_lane(key, now).map(|(lane, _)| lane).or_else(|| {
            if self.lanes.is_empty() {
                return None;
            }
            let lane = LaneKey::Route(key.clone());
            self.lanes.contains_key(&lane).then_some(lane)
        })
    }

    /// Evaluates `ticket` at `now`.
    pub(crate) fn poll(
        &mut self,
        ticket: &mut Ticket,
        config: &Config,
        now: Instant,
        events: &mut Vec<RateLimitEvent>,
    ) -> Step {
        if let Some(rejected) = self.guards.check(&ticket.key, now, config) {
            return self.reject(ticket, rejected, events);
        }
        self.follow_lane(ticket, now);
        let wait = match self.pass_lane(ticket, config, now) {
            Ok(()) => match self.pass_bucket(ticket, config, now) {
                Ok(grant) => return Step::Grant(grant),
                Err(Ok(wait)) => wait,
                Err(Err(rejected)) => return self.reject(ticket, rejected, events),
            },
            Err(Ok(wait)) => wait,
            Err(Err(rejected)) => return self.reject(ticket, rejected, events),
        };
        if let Some(rejected) = self.refuse_wait(ticket, &wait, now) {
            return self.reject(ticket, rejected, events);
        }
        if ticket.last_reason != Some(wait.reason) {
            ticket.last_reason = Some(wait.reason);
            events.push(RateLimitEvent::Waiting {
                key: ticket.key.clone(),
                wait: wait.until.map(|u| u - now),
                reason: wait.reason,
            });
            if wait.reason == WaitReason::Global {
                if let Some((in_window, limit)) = self.global.fill() {
                    events.push(RateLimitEvent::GlobalPressure {
                        key: ticket.key.clone(),
                        in_window,
                        limit,
                    });
                }
            }
        }
        Step::Wait(wait.until)
    }

    /// Whether a wait is refused up front (max_wait, reject_on_rate_limit).
    fn refuse_wait(&self, ticket: &Ticket, wait: &Wait, now: Instant) -> Option<Rejected> {
        let limited = !matches!(wait.reason, WaitReason::Learning);
        if let (true, Some(until)) = (ticket.reject_on_rate_limit && limited, wait.until) {
            return Some(Rejected::RateLimited {
                retry_after: until - now,
                global: wait.reason == WaitReason::Global,
            });
        }
        let (deadline, max_wait) = ticket.deadline.zip(ticket.max_wait)?;
        match wait.until {
            Some(until) if until > deadline => Some(Rejected::MaxWait {
                wait: until - now,
                max_wait,
            }),
            None if now >= deadline => Some(Rejected::MaxWait {
                wait: now - before(deadline, max_wait),
                max_wait,
            }),
            _ => None,
        }
    }

    fn reject(
        &mut self,
        ticket: &mut Ticket,
        rejected: Rejected,
        events: &mut Vec<RateLimitEvent>,
    ) -> Step {
        self.abandon(ticket);
        events.push(RateLimitEvent::Rejected {
            key: ticket.key.clone(),
            reason: rejected.clone(),
        });
        Step::Reject(rejected)
    }

    fn notify(ticket: &mut Ticket) -> Arc<Notify> {
        ticket
            .notify
            .get_or_insert_with(|| Arc::new(Notify::new()))
            .clone()
    }

    /// A delete whose message aged into another class while it waited (or a route
    /// that met a sublimit meanwhile) changes lane: it leaves its queues and starts
    /// over in the new lane. Its position (priority, arrival) is kept, so it does not
    /// lose its turn in the bucket.
    fn follow_lane(&mut self, ticket: &mut Ticket, now: Instant) {
        let lane = self.lane_of(&ticket.key, now);
        if lane != ticket.lane {
            self.abandon(ticket);
            ticket.lane = lane;
        }
    }

    /// Step 2: the lane, for routes with a hidden or learned sublimit.
    fn pass_lane(
        &mut self,
        ticket: &mut Ticket,
        config: &Config,
        now: Instant,
    ) -> Result<(), Result<Wait, Rejected>> {
        let Some(lane_key) = ticket.lane.clone() else {
            return Ok(());
        };
        if ticket.lane_state == LaneState::Reserved {
            return Ok(());
        }
        let lane = self.lanes.entry(lane_key.clone()).or_insert_with(|| {
            match hidden_lane(&ticket.key, now) {
                Some((_, hidden)) => Lane::hidden(hidden, config.reaction_interval, now),
                None => Lane::tracking(now),
            }
        });
        let room = lane.room(now);
        if ticket.lane_state == LaneState::None && !lane.queue.is_empty() {
            // Join the queue before looking at its head: a ticket that comes back
            // (it changed lane) keeps its earlier position and may be the head now.
            if lane.queue.len() >= config.queue_capacity {
                return Err(Err(Rejected::QueueFull {
                    capacity: config.queue_capacity,
                }));
            }
            let notify = Self::notify(ticket);
            lane.queue.push(ticket.position, notify);
            ticket.lane_state = LaneState::Queued;
        }
        let first = lane.queue.is_empty() || lane.queue.is_head(&ticket.position);
        if first && room == Room::Free {
            if ticket.lane_state == LaneState::Queued {
                lane.queue.remove(&ticket.position);
                lane.queue.wake_head();
            }
            lane.reserve();
            ticket.lane_state = LaneState::Reserved;
            return Ok(());
        }
        if ticket.lane_state == LaneState::None {
            if lane.queue.len() >= config.queue_capacity {
                return Err(Err(Rejected::QueueFull {
                    capacity: config.queue_capacity,
                }));
            }
            let notify = Self::notify(ticket);
            lane.queue.push(ticket.position, notify);
            ticket.lane_state = LaneState::Queued;
        }
        let until = match room {
            Room::Until(until) => Some(until),
            _ => None,
        };
        Err(Ok(Wait {
            until,
            reason: WaitReason::Sublimit,
        }))
    }

    /// Steps 3 and 4: the bucket queue and the global window.
    fn pass_bucket(
        &mut self,
        ticket: &mut Ticket,
        config: &Config,
        now: Instant,
    ) -> Result<Grant, Result<Wait, Rejected>> {
        let slot = self.buckets.resolve(&ticket.key, now);
        if let Some(old) = ticket.queued_in.filter(|old| *old != slot) {
            // The route's bucket changed identity while we waited: follow it.
            if let Some(bucket) = self.buckets.get_mut(old) {
                bucket.queue.remove(&ticket.position);
                bucket.queue.wake_head();
            }
            ticket.queued_in = None;
        }
        let exempt = ticket.key.is_interaction_callback();
        let Some(bucket) = self.buckets.get_mut(slot) else {
            return Err(Ok(Wait {
                until: None,
                reason: WaitReason::Learning,
            }));
        };
        if ticket.queued_in.is_none() && !bucket.queue.is_empty() {
            // Join the queue before looking at its head: a ticket that comes back
            // (it changed lane or bucket) keeps its earlier position and may be the
            // head now; nobody else would wake it.
            if bucket.queue.len() >= config.queue_capacity {
                return Err(Err(Rejected::QueueFull {
                    capacity: config.queue_capacity,
                }));
            }
            let notify = Self::notify(ticket);
            bucket.queue.push(ticket.position, notify);
            ticket.queued_in = Some(slot);
        }
        let first = bucket.queue.is_empty() || bucket.queue.is_head(&ticket.position);
        let room = bucket.room(now);
        let wait = match room {
            Room::Free if first => {
                let lane = match ticket.lane.as_ref().and_then(|k| self.lanes.get_mut(k)) {
                    Some(lane) => lane.send_room(now),
                    None => Room::Free,
                };
                let global = if lane != Room::Free {
                    lane
                } else if exempt {
                    Room::Free
                } else {
                    self.global.room_for(slot, now)
                };
                let until = match global {
                    Room::Free => return Ok(self.grant(ticket, slot, now)),
                    // The lane's answer wakes the bucket's head: no need to
                    // register, and no place in the global line meanwhile.
                    _ if lane != Room::Free => {
                        self.global.leave_line(slot);
                        match global {
                            Room::Until(until) => Some(until),
                            _ => None,
                        }
                    }
                    // Woken by an answer, or as the buckets ahead in line take
                    // their places, whichever comes before `until`.
                    Room::Until(until) => {
                        self.global.wait_for_answer(Self::notify(ticket));
                        Some(until)
                    }
                    Room::AwaitAnswer => {
                        self.global.wait_for_answer(Self::notify(ticket));
                        None
                    }
                };
                Wait {
                    until,
                    reason: if lane == Room::Free {
                        WaitReason::Global
                    } else {
                        WaitReason::Sublimit
                    },
                }
            }
            Room::Until(until) => {
                // Not waiting for the global window while its own is full.
                self.global.leave_line(slot);
                let reason = match bucket.blocked_until {
                    Some(_) => WaitReason::RetryAfter,
                    None => WaitReason::Bucket,
                };
                Wait {
                    until: Some(until),
                    reason,
                }
            }
            _ => {
                if room != Room::Free {
                    // Learning its bucket: no place in the global line meanwhile
                    // (a ticket behind its bucket's head leaves the head's alone).
                    self.global.leave_line(slot);
                }
                Wait {
                    until: None,
                    reason: WaitReason::Learning,
                }
            }
        };
        let Some(bucket) = self.buckets.get_mut(slot) else {
            return Err(Ok(wait));
        };
        if ticket.queued_in.is_none() {
            if bucket.queue.len() >= config.queue_capacity {
                return Err(Err(Rejected::QueueFull {
                    capacity: config.queue_capacity,
                }));
            }
            let notify = Self::notify(ticket);
            bucket.queue.push(ticket.position, notify);
            ticket.queued_in = Some(slot);
        }
        Err(Ok(wait))
    }

    /// Takes a slot in bucket `slot` (and the lane and global window) for `ticket`.
    fn grant(&mut self, ticket: &mut Ticket, slot: u64, now: Instant) -> Grant {
        self.grants += 1;
        if let Some(bucket) = self.buckets.get_mut(slot) {
            if ticket.queued_in.take().is_some() {
                bucket.queue.remove(&ticket.position);
            }
            bucket.in_flight += 1;
            bucket.last_used = now;
            // The next in line may fit too: parallel release up to `remaining`.
            bucket.queue.wake_head();
        }
        let global = !ticket.key.is_interaction_callback();
        if global {
            self.global.record_for(slot, now);
        }
        let lane = ticket.lane.take();
        if let Some(lane) = lane.as_ref().and_then(|k| self.lanes.get_mut(k)) {
            lane.grant(now);
            ticket.lane_state = LaneState::None;
        }
        self.in_flight += 1;
        let on_wire = self.sends_on_grant;
        Grant {
            slot,
            seq: self.grants,
            lane,
            global,
            at: now,
            warm: on_wire && self.wire.send(now),
            on_wire,
        }
    }

    /// `grant` goes out only now: its round trip starts here.
    pub(crate) fn sending(&mut self, grant: &mut Grant, now: Instant) {
        grant.at = now;
        if !grant.on_wire {
            grant.on_wire = true;
            grant.warm = self.wire.send(now);
        }
    }

    /// A ticket that leaves without a permit: out of every queue, its lane place freed.
    pub(crate) fn abandon(&mut self, ticket: &mut Ticket) {
        if let Some(slot) = ticket.queued_in.take() {
            if let Some(bucket) = self.buckets.get_mut(slot) {
                bucket.queue.remove(&ticket.position);
                bucket.queue.wake_head();
                if bucket.queue.is_empty() {
                    // Nobody of this bucket waits for a global place any more.
                    self.global.leave_line(slot);
                }
            }
        }
        let state = std::mem::replace(&mut ticket.lane_state, LaneState::None);
        if let Some(lane) = ticket.lane.as_ref().and_then(|k| self.lanes.get_mut(k)) {
            match state {
                LaneState::Queued => {
                    lane.queue.remove(&ticket.position);
                }
                LaneState::Reserved => lane.unreserve(),
                LaneState::None => {}
            }
            lane.queue.wake_head();
        }
    }

    /// A granted request ended without an answer. If it may have been sent
    /// (`spent`), its slot stays used until the window resets.
    pub(crate) fn cancel(&mut self, grant: &Grant, now: Instant, spent: bool) {
        self.buckets.release(grant.slot, grant.seq, spent);
        self.in_flight = self.in_flight.saturating_sub(1);
        if grant.on_wire {
            // Never written, or dropped mid-flight: either way no connection
            // of its own went back to the pool.
            self.wire.done(false);
        }
        if grant.global {
            if spent {
                // It may still reach Discord: its window runs from now, unshortened.
                self.global.spent(now);
            } else {
                // Certainly never sent: its place is given back.
                self.global.released();
            }
        }
        self.release_lane(grant, spent);
    }

    /// Frees `grant`'s place in flight in its lane without learning from it.
    /// `spent`: it may have reached Discord, so it stays in a learned sublimit's
    /// log; else it leaves it.
    fn release_lane(&mut self, grant: &Grant, spent: bool) {
        if let Some(lane) = grant.lane.as_ref().and_then(|k| self.lanes.get_mut(k)) {
            lane.cancel();
            if !spent {
                lane.uncount(grant.at);
            }
            lane.queue.wake_head();
        }
    }

    /// Learns from the answer to a granted request. Its waits are clamped to the
    /// configured ceiling first: the headers come from the network.
    pub(crate) fn complete(
        &mut self,
        key: &RouteKey,
        grant: &Grant,
        headers: &RateLimitHeaders,
        config: &Config,
        now: Instant,
        events: &mut Vec<RateLimitEvent>,
    ) {
        // Read before the clamp: a clamped `Reset-After` is no stamp.
        let stamp = headers.stamp_us();
        let headers = &*headers.clamped(config.wait_ceiling);
        self.buckets.release(grant.slot, grant.seq, false);
        self.in_flight = self.in_flight.saturating_sub(1);
        if grant.on_wire {
            self.wire.done(true);
        }
        self.rtt.observe(grant.at, now, grant.warm, stamp);
        let floor = self.rtt.floor(now);
        if grant.global {
            self.global.answered(now, floor);
        }
        if headers.is_rate_limited() {
            events.push(RateLimitEvent::RateLimited {
                key: key.clone(),
                scope: headers.scope,
                global: headers.global,
                retry_after: headers.retry_after,
                remaining: headers.remaining,
            });
        }
        if self.guards.observe(key, headers, now, config, events) {
            self.buckets.wake_all();
            self.wake_lanes();
        }
        if headers.status == 429 && !headers.is_rate_limited() {
            // Cloudflare's ban or a proxy's 429: the request never reached Discord.
            // Its lane place is freed (a serial lane would wait for it forever)
            // and nothing is learned.
            self.release_lane(grant, true);
            return;
        }
        if headers.is_rate_limited()
            && (headers.global || headers.scope == Some(crate::Scope::Global))
        {
            let wait = headers.retry_after.unwrap_or(Duration::from_secs(1));
            self.global.block_until(after(before(now, floor), wait));
        }
        self.learn_lane(key, grant, headers, now, floor, events);
        if let Some(hash) = headers.bucket.as_deref() {
            for slot in self
                .buckets
                .learn_hash(key, hash, headers, self.grants + 1, now, events)
            {
                if let Some(bucket) = self.buckets.get_mut(slot) {
                    bucket.queue.wake_all();
                }
            }
        }
        // A global 429 says nothing of the bucket, whichever header says global
        // (as the global block above reads it).
        if !(headers.global || headers.scope == Some(crate::Scope::Global)) {
            let slot = self.buckets.resolve(key, now);
            if let Some(bucket) = self.buckets.get_mut(slot) {
                if let Some(reason) = bucket.learn(headers, now, floor) {
                    events.push(RateLimitEvent::UntrustedHeaders {
                        key: key.clone(),
                        reason,
                    });
                }
                bucket.queue.wake_head();
            }
        }
    }

    fn learn_lane(
        &mut self,
        key: &RouteKey,
        grant: &Grant,
        headers: &RateLimitHeaders,
        now: Instant,
        floor: Duration,
        events: &mut Vec<RateLimitEvent>,
    ) {
        let lane_key = match &grant.lane {
            Some(lane) => lane.clone(),
            None if is_sublimit(headers) => LaneKey::Route(key.clone()),
            None => return,
        };
        let lane = self
            .lanes
            .entry(lane_key)
            .or_insert_with(|| Lane::tracking(now));
        if grant.lane.is_none() {
            // A new tracking lane: count this request as the one that met the limit.
            lane.reserve();
            lane.grant(now);
        }
        if let Some(learned) = lane.complete(headers, grant.at, now, floor) {
            events.push(RateLimitEvent::SublimitLearned {
                key: key.clone(),
                allowed: learned.allowed,
                window: learned.window,
            });
        }
        lane.queue.wake_head();
    }

    fn wake_lanes(&self) {
        for lane in self.lanes.values() {
            lane.queue.wake_all();
        }
    }

    /// What a request on `key` would be told now, without taking anything.
    pub(crate) fn decide(
        &mut self,
        key: &RouteKey,
        options: &crate::AcquireOptions,
        config: &Config,
        now: Instant,
    ) -> Decision {
        if let Some(rejected) = self.guards.check(key, now, config) {
            return Decision::Reject(rejected);
        }
        let mut waits = Vec::new();
        let lane = hidden_lane(key, now)
            .map(|l| l.0)
            .unwrap_or_else(|| LaneKey::Route(key.clone()));
        if let Some(lane) = self.lanes.get_mut(&lane) {
            match lane.room(now) {
                Room::Free if lane.queue.is_empty() => {}
                Room::Until(until) => waits.push(Wait {
                    until: Some(until),
                    reason: WaitReason::Sublimit,
                }),
                _ => waits.push(Wait {
                    until: None,
                    reason: WaitReason::Sublimit,
                }),
            }
        }
        let slot = self.buckets.peek_adopting(key, now);
        if let Some(bucket) = slot.and_then(|s| self.buckets.get_mut(s)) {
            match bucket.room(now) {
                Room::Free if bucket.queue.is_empty() => {}
                Room::Until(until) => waits.push(Wait {
                    until: Some(until),
                    reason: WaitReason::Bucket,
                }),
                _ => waits.push(Wait {
                    until: None,
                    reason: WaitReason::Learning,
                }),
            }
        }
        if !key.is_interaction_callback() {
            let global = match slot {
                Some(slot) => self.global.peek_room_for(slot, now),
                None => self.global.peek_room_for(u64::MAX, now),
            };
            match global {
                Room::Free => {}
                Room::Until(until) => waits.push(Wait {
                    until: Some(until),
                    reason: WaitReason::Global,
                }),
                Room::AwaitAnswer => waits.push(Wait {
                    until: None,
                    reason: WaitReason::Global,
                }),
            }
        }
        let Some(wait) = waits.into_iter().max_by_key(|w| w.until.map(|u| u - now)) else {
            return Decision::Allow;
        };
        let mut ticket = self.ticket(key, options, config, now);
        if let Some(rejected) = self.refuse_wait(&ticket, &wait, now) {
            ticket.lane = None;
            return Decision::Reject(rejected);
        }
        match wait.until {
            Some(until) => Decision::Delay(until - now),
            None => Decision::Queue,
        }
    }

    /// Approximate heap bytes held by buckets, routes and lanes.
    pub(crate) fn heap_estimate(&self) -> usize {
        let lane_keys: usize = self
            .lanes
            .keys()
            .map(|k| match k {
                LaneKey::Route(key) => key.heap_bytes(),
                LaneKey::Reactions(major) | LaneKey::Delete(major, _) => major.len() + 16,
            })
            .sum();
        self.buckets.heap_estimate() + crate::buckets::table_bytes(&self.lanes) + lane_keys
    }

    /// Forgets idle buckets and lanes; returns how many buckets went.
    pub(crate) fn sweep(&mut self, config: &Config, now: Instant) -> usize {
        self.lanes
            .retain(|_, lane| !lane.is_idle(now, config.idle_timeout));
        self.lanes.shrink_to_fit();
        self.global.sweep(now, config.idle_timeout);
        self.rtt.sweep(now);
        self.guards.sweep(now, config);
        self.buckets.sweep(now, config.idle_timeout)
    }
}
