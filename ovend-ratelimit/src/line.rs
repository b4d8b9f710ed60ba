//! The global window's line: buckets waiting for a global place take turns.
//!
//! When the global window is full, several buckets' queue heads wait for the
//! next freed place. Whichever wakes first would take it, so some channels would
//! be served twice while others wait: their windows then open late, and the
//! last requests of a workload need a window more (seen in the fleet benchmark:
//! 0.93 of the ideal for 800 messages over 50 channels, where 0.99 is possible).
//! The line orders the waiting buckets by when each was last served (a bucket
//! never served first); a freed place goes to the front. A bucket whose own
//! window is full steps out and comes back at the place its last service gives
//! it. The Redis limiter keeps the same line in Redis (`take.lua`).

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use tokio::time::Instant;

use crate::time::after;

/// Waiting buckets, in turn.
#[derive(Debug, Default)]
pub(crate) struct Line {
    /// (last served, slot): `None` (never served) sorts first.
    order: BTreeSet<(Option<Instant>, u64)>,
    /// Each waiting slot's place in `order` and when it last asked.
    waiting: HashMap<u64, (Option<Instant>, Instant)>,
    /// When each bucket was last served.
    served: HashMap<u64, Instant>,
}

impl Line {
    /// How many buckets wait ahead of `slot` (all of them if it is not in line).
    /// Buckets that have not asked for `stale` are dropped from the front first,
    /// so one whose requests went away cannot hold the line.
    pub(crate) fn ahead(&mut self, slot: u64, now: Instant, stale: Duration) -> usize {
        while let Some(&(served, front)) = self.order.first() {
            let asked = self.waiting.get(&front).map(|w| w.1);
            if asked.is_some_and(|asked| after(asked, stale) > now) {
                break;
            }
            self.order.remove(&(served, front));
            self.waiting.remove(&front);
        }
        self.peek_ahead(slot)
    }

    /// [`ahead`](Self::ahead) without dropping anyone.
    pub(crate) fn peek_ahead(&self, slot: u64) -> usize {
        match self.waiting.get(&slot) {
            Some(&(served, _)) => self.order.range(..(served, slot)).count(),
            None => self.order.len(),
        }
    }

    /// `slot` waits for a place (keeping its place if it already does).
    pub(crate) fn join(&mut self, slot: u64, now: Instant) {
        let served = self.served.get(&slot).copied();
        let entry = self.waiting.entry(slot).or_insert((served, now));
        entry.1 = now;
        self.order.insert((entry.0, slot));
    }

    /// `slot` no longer waits (its window is full, or nobody of it waits).
    /// Returns whether it was in line.
    pub(crate) fn leave(&mut self, slot: u64) -> bool {
        match self.waiting.remove(&slot) {
            Some((served, _)) => self.order.remove(&(served, slot)),
            None => false,
        }
    }

    /// `slot` took a place at `now`: out of line, behind everyone served before.
    /// Returns whether it was in line.
    pub(crate) fn serve(&mut self, slot: u64, now: Instant) -> bool {
        self.served.insert(slot, now);
        self.leave(slot)
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Forgets the service times older than `idle`.
    pub(crate) fn sweep(&mut self, now: Instant, idle: Duration) {
        self.served.retain(|_, at| after(*at, idle) > now);
        self.served.shrink_to_fit();
        self.waiting.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STALE: Duration = Duration::from_secs(2);

    #[tokio::test(start_paused = true)]
    async fn buckets_take_turns_by_last_service() {
        let mut line = Line::default();
        let t0 = Instant::now();
        line.serve(1, t0);
        line.serve(2, t0 + Duration::from_millis(10));
        // 3 was never served: it goes first; then 1 (served before 2).
        line.join(2, t0 + Duration::from_millis(20));
        line.join(1, t0 + Duration::from_millis(20));
        line.join(3, t0 + Duration::from_millis(20));
        let now = t0 + Duration::from_millis(30);
        assert_eq!(line.ahead(3, now, STALE), 0);
        assert_eq!(line.ahead(1, now, STALE), 1);
        assert_eq!(line.ahead(2, now, STALE), 2);
        assert_eq!(line.ahead(9, now, STALE), 3, "not in line: behind all");
        line.serve(3, now);
        assert_eq!(line.ahead(1, now, STALE), 0);
        // A bucket that stopped asking leaves the front after `stale`.
        let later = now + STALE + Duration::from_millis(1);
        line.join(2, later);
        assert_eq!(line.ahead(2, later, STALE), 0, "1 went stale");
        assert!(!line.is_empty());
        line.leave(2);
        assert!(line.is_empty());
    }
}
