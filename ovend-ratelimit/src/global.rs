//! The proactive global limiter: a sliding-window log measured at the answers.
//!
//! Discord allows 50 requests per second per token but does not say how it aligns
//! its second. A fixed window on the local clock can put 50 requests at the end of one
//! window and 50 at the start of the next: 100 inside one real second. GCRA with a
//! burst of 50 has the same flaw. The log keeps one entry per recent request; a
//! request may go only if fewer than `limit` entries are in the log.
//!
//! What matters is when requests *arrive* at Discord, which the client never sees:
//! a request arrives somewhere between its grant and its answer. So an entry is
//! in flight (and counts) from the grant until the answer, and then stays for one
//! `window` after **answer − floor**, where the floor is the part of a round trip
//! that is certainly network (see the `rtt` module: the earlier request arrived at
//! most `down_min` before its answer, the later one arrives at least `up_min` after
//! its grant, and `floor ≤ up_min + down_min`). Two requests `limit` apart in the log
//! are then granted at least `window − floor` after the earlier one was answered, so
//! they arrive at least `window` apart, whatever the network's jitter: **no
//! half-open interval of one window, wherever it starts, holds more than `limit`
//! arrivals**. Without the floor each slot would be held a full round trip longer
//! than a second; with it, only the round trip's jitter.
//!
//! Until the floor is known (the first requests went together and may all have
//! paid for new connections), entries run from their answers. Once it is, the
//! entries answered meanwhile start `floor` earlier too: the floor bounds the
//! same path's `up_min + down_min` for them as for later ones, and a slower
//! first round trip (a new connection) only delays the grant side of it. Else
//! the first second's places would be held a whole round trip longer, and every
//! place's later turns with them (each place is reused one window after its
//! previous use, so a late cycle delays the last one).
//!
//! Memory is at most `limit` entries; each check is O(1) amortised. A global 429
//! from Discord blocks everything until its `retry_after`.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

use crate::bucket::Room;
use crate::line::Line;
use crate::time::{after, before};

/// How soon a bucket behind others in line looks again without being woken.
const LOOK_AGAIN: Duration = Duration::from_millis(100);

/// One request's place in the log once it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    /// When its window runs from (answer − floor).
    from: Instant,
    /// Answered while the floor was not known: it may start earlier once it is.
    unfloored: bool,
}

/// Sliding-window log of recent requests for one token.
#[derive(Debug)]
pub(crate) struct GlobalWindow {
    limit: Option<u32>,
    window: Duration,
    in_flight: u32,
    /// Answered entries, oldest first, their starts never decreasing.
    answered: VecDeque<Entry>,
    /// Entries answered before the floor was known, still in `answered`.
    unfloored: usize,
    blocked_until: Option<Instant>,
    /// Heads of bucket queues that wait for an answer to free a place, or for
    /// the buckets ahead of them in line to take theirs.
    waiting: Vec<Arc<Notify>>,
    /// Buckets waiting for a place, in turn (see the `line` module).
    line: Line,
}

impl GlobalWindow {
    pub(crate) fn new(limit: Option<u32>, window: Duration) -> Self {
        Self {
            limit,
            window,
            in_flight: 0,
            answered: VecDeque::new(),
            unfloored: 0,
            blocked_until: None,
            waiting: Vec::new(),
            line: Line::default(),
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
        let Some(limit) = self.limit else {
            return Room::Free;
        };
        self.expire(now);
        let used = u32::try_from(self.answered.len()).unwrap_or(u32::MAX) + self.in_flight;
        if used < limit {
            return Room::Free;
        }
        // The oldest answered entry leaves the window `window` after its answer.
        match self.answered.front() {
            Some(oldest) => Room::Until(after(oldest.from, self.window)),
            None => Room::AwaitAnswer,
        }
    }

    /// Places taken in the window (in flight or answered within it) and the
    /// limit, for reporting; `None` without a proactive limit. Read after `room`,
    /// which expires old entries.
    pub(crate) fn fill(&self) -> Option<(u32, u32)> {
        let used = u32::try_from(self.answered.len()).unwrap_or(u32::MAX);
        self.limit
            .map(|limit| (used.saturating_add(self.in_flight), limit))
    }

    /// Whether the head of bucket `slot` may take a place at `now`: there is room
    /// and no bucket ahead of it in line takes it. Otherwise it joins the line
    /// and waits for the first place to free (and for the buckets ahead, which
    /// wake it as they take theirs).
    pub(crate) fn room_for(&mut self, slot: u64, now: Instant) -> Room {
        let room = self.room(now);
        let Some(free) = self.free(now) else {
            return room;
        };
        if self.line.ahead(slot, now, self.window.saturating_mul(2)) < free {
            return Room::Free;
        }
        self.line.join(slot, now);
        Self::behind(room, now)
    }

    /// What [`room_for`](Self::room_for) would say, changing nothing.
    pub(crate) fn peek_room_for(&mut self, slot: u64, now: Instant) -> Room {
        let room = self.room(now);
        match self.free(now) {
            Some(free) if self.line.peek_ahead(slot) >= free => Self::behind(room, now),
            _ => room,
        }
    }

    /// Places free now for the line to share (`room` expired the log first);
    /// `None` when the line does not apply (no global limit, or a block).
    fn free(&self, now: Instant) -> Option<usize> {
        let limit = self.limit?;
        if self.blocked_until.is_some_and(|until| until > now) {
            return None;
        }
        let used = u32::try_from(self.answered.len()).unwrap_or(u32::MAX) + self.in_flight;
        Some(usize::try_from(limit.saturating_sub(used)).unwrap_or(usize::MAX))
    }

    /// The wait of a bucket behind others in line when the window says `room`.
    fn behind(room: Room, now: Instant) -> Room {
        match room {
            // Places are free, but for the buckets ahead: they wake this one as
            // they take theirs; the timer only looks again in case the front
            // went away without a word (it is dropped once stale).
            Room::Free => Room::Until(after(now, LOOK_AGAIN)),
            other => other,
        }
    }

    /// Bucket `slot` no longer waits for a place (its own window is full, or
    /// none of its requests waits any more): the buckets behind it move up.
    pub(crate) fn leave_line(&mut self, slot: u64) {
        if self.line.leave(slot) {
            self.wake();
        }
    }

    fn wake(&mut self) {
        for waiter in self.waiting.drain(..) {
            waiter.notify_one();
        }
    }

    /// Registers a waiter to wake when an answer frees a place.
    pub(crate) fn wait_for_answer(&mut self, notify: Arc<Notify>) {
        self.waiting.push(notify);
    }

    /// A request was granted at `now` (after `room` said `Free`). Only the
    /// Redis limiter's local share window counts places without a line.
    #[cfg_attr(not(any(feature = "redis", test)), allow(dead_code))]
    pub(crate) fn record(&mut self) {
        if self.limit.is_some() {
            self.in_flight += 1;
        }
    }

    /// A request of bucket `slot` was granted at `now` (after `room_for` said
    /// `Free`): the bucket goes behind every bucket served before, and the
    /// buckets behind it move up.
    pub(crate) fn record_for(&mut self, slot: u64, now: Instant) {
        if self.limit.is_none() {
            return;
        }
        self.in_flight += 1;
        if self.line.serve(slot, now) {
            self.wake();
        }
    }

    /// A request's answer arrived at `now`; `floor` is the part of the round trip
    /// that is certainly network (zero while it is not known).
    pub(crate) fn answered(&mut self, now: Instant, floor: Duration) {
        if self.limit.is_none() {
            return;
        }
        if !floor.is_zero() && self.unfloored > 0 {
            self.apply_floor(floor);
        }
        self.end(before(now, floor), floor.is_zero());
    }

    /// A request that may have reached Discord ended without an answer at `now`
    /// (abandoned, or a share window's place): its arrival is unknown, so its
    /// window runs from now, unshortened, even once the floor is known.
    pub(crate) fn spent(&mut self, now: Instant) {
        if self.limit.is_none() {
            return;
        }
        self.end(now, false);
    }

    fn end(&mut self, from: Instant, unfloored: bool) {
        self.in_flight = self.in_flight.saturating_sub(1);
        // Kept sorted: an entry that would start before the last one starts with it
        // (later, so safe), and expiry stays a look at the front.
        let from = self
            .answered
            .back()
            .map_or(from, |last| from.max(last.from));
        self.answered.push_back(Entry { from, unfloored });
        self.unfloored += usize::from(unfloored);
        self.wake();
    }

    /// The floor became known: entries answered before start `floor` earlier (see
    /// the module documentation). A start clamped up to keep the log sorted was
    /// later than its answer, so it stays at or after `answer − floor`.
    fn apply_floor(&mut self, floor: Duration) {
        for entry in self.answered.iter_mut().filter(|e| e.unfloored) {
            *entry = Entry {
                from: before(entry.from, floor),
                unfloored: false,
            };
        }
        self.unfloored = 0;
        self.answered.make_contiguous().sort_unstable();
    }

    /// A request granted a place was certainly never sent: the place is free
    /// again at once.
    pub(crate) fn released(&mut self) {
        if self.limit.is_none() {
            return;
        }
        self.in_flight = self.in_flight.saturating_sub(1);
        self.wake();
    }

    /// A global 429: nothing goes until `until`.
    pub(crate) fn block_until(&mut self, until: Instant) {
        self.blocked_until = Some(self.blocked_until.map_or(until, |b| b.max(until)));
    }

    fn expire(&mut self, now: Instant) {
        while let Some(oldest) = self
            .answered
            .front()
            .filter(|oldest| after(oldest.from, self.window) <= now)
        {
            self.unfloored -= usize::from(oldest.unfloored);
            self.answered.pop_front();
        }
    }

    /// Drops entries that left the window, so an idle limiter holds no memory.
    pub(crate) fn sweep(&mut self, now: Instant, idle: Duration) {
        self.expire(now);
        self.line.sweep(now, idle);
        self.answered.shrink_to_fit();
        self.waiting.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_place_frees_one_window_after_its_answer() {
        let mut global = GlobalWindow::new(Some(2), Duration::from_secs(1));
        let start = Instant::now();
        assert_eq!(global.room(start), Room::Free);
        global.record();
        global.record();
        assert_eq!(global.room(start), Room::AwaitAnswer, "both in flight");
        let answer = start + Duration::from_millis(300);
        global.answered(answer, Duration::ZERO);
        assert_eq!(
            global.room(answer),
            Room::Until(answer + Duration::from_secs(1))
        );
        assert_eq!(global.room(answer + Duration::from_secs(1)), Room::Free);
    }

    #[tokio::test(start_paused = true)]
    async fn the_round_trip_floor_frees_a_place_earlier() {
        let ms = Duration::from_millis;
        let mut global = GlobalWindow::new(Some(1), Duration::from_secs(1));
        let start = Instant::now();
        global.record();
        let answer = start + ms(60);
        global.answered(answer, ms(45));
        assert_eq!(global.room(answer), Room::Until(answer + ms(1000) - ms(45)));
        // A later answer with a larger floor never starts before the previous entry.
        let mut global = GlobalWindow::new(Some(2), Duration::from_secs(1));
        global.record();
        global.record();
        global.answered(answer, ms(10));
        global.answered(answer + ms(5), ms(40));
        let starts: Vec<Instant> = global.answered.iter().map(|e| e.from).collect();
        assert_eq!(starts, [answer - ms(10), answer - ms(10)]);
    }

    #[tokio::test(start_paused = true)]
    async fn entries_answered_before_the_floor_was_known_take_it_later() {
        let ms = Duration::from_millis;
        let mut global = GlobalWindow::new(Some(4), Duration::from_secs(1));
        let t0 = Instant::now();
        for _ in 0..4 {
            global.record();
        }
        global.answered(t0 + ms(100), Duration::ZERO);
        // Abandoned: it may still have reached Discord at any time, so it keeps
        // running from its end.
        global.spent(t0 + ms(110));
        global.answered(t0 + ms(120), Duration::ZERO);
        global.answered(t0 + ms(150), ms(40));
        let starts: Vec<Instant> = global.answered.iter().map(|e| e.from).collect();
        assert_eq!(
            starts,
            [t0 + ms(60), t0 + ms(80), t0 + ms(110), t0 + ms(110)]
        );
        assert_eq!(global.unfloored, 0);
        global.expire(t0 + ms(1080));
        assert_eq!(global.answered.len(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_global_429_blocks_everything() {
        let mut global = GlobalWindow::new(None, Duration::from_secs(1));
        let now = Instant::now();
        global.block_until(now + Duration::from_millis(500));
        assert_eq!(
            global.room(now),
            Room::Until(now + Duration::from_millis(500))
        );
        assert_eq!(global.room(now + Duration::from_millis(500)), Room::Free);
    }
}
