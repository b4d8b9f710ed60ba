//! [`RequestQueue`]: waiting requests in priority order, then arrival order.
//!
//! A waiter is identified by its position key `(priority, arrival)`, which it keeps
//! while it waits, so it can leave from anywhere in the queue (its future was dropped)
//! in O(log n). Waiters are woken through their own [`Notify`], which remembers a
//! wake that arrives before the waiter sleeps, so no wake is ever lost.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::sync::Arc;

use tokio::sync::Notify;

use crate::Priority;

/// Where a waiter stands: higher priority first, then earlier arrival.
pub(crate) type Position = (Reverse<Priority>, u64);

/// One waiting request: how to wake it.
pub(crate) type Waiter = Arc<Notify>;

/// The requests waiting in one bucket or lane.
#[derive(Debug, Default)]
pub(crate) struct RequestQueue {
    waiters: BTreeMap<Position, Waiter>,
}

impl RequestQueue {
    pub(crate) fn len(&self) -> usize {
        self.waiters.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.waiters.is_empty()
    }

    pub(crate) fn push(&mut self, position: Position, waiter: Waiter) {
        self.waiters.insert(position, waiter);
    }

    pub(crate) fn remove(&mut self, position: &Position) -> Option<Waiter> {
        self.waiters.remove(position)
    }

    /// Whether `position` is first in line.
    pub(crate) fn is_head(&self, position: &Position) -> bool {
        self.waiters.keys().next() == Some(position)
    }

    /// Wakes the first waiter, who will take a free slot and wake the next.
    pub(crate) fn wake_head(&self) {
        if let Some(waiter) = self.waiters.values().next() {
            waiter.notify_one();
        }
    }

    /// Wakes everyone (the bucket changed identity; each waiter re-resolves it).
    pub(crate) fn wake_all(&self) {
        for waiter in self.waiters.values() {
            waiter.notify_one();
        }
    }
}

impl RequestQueue {
    #[cfg(test)]
    fn rank(&self, position: &Position) -> usize {
        self.waiters.range(..*position).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiter() -> Waiter {
        Arc::new(Notify::new())
    }

    #[test]
    fn priority_first_then_arrival() {
        let mut queue = RequestQueue::default();
        queue.push((Reverse(Priority::Low), 1), waiter());
        queue.push((Reverse(Priority::Normal), 2), waiter());
        queue.push((Reverse(Priority::Critical), 4), waiter());
        queue.push((Reverse(Priority::Normal), 3), waiter());
        assert!(queue.is_head(&(Reverse(Priority::Critical), 4)));
        assert_eq!(queue.rank(&(Reverse(Priority::Normal), 2)), 1);
        assert_eq!(queue.rank(&(Reverse(Priority::Normal), 3)), 2);
        assert_eq!(queue.rank(&(Reverse(Priority::Low), 1)), 3);
        queue.remove(&(Reverse(Priority::Critical), 4));
        assert!(queue.is_head(&(Reverse(Priority::Normal), 2)));
    }
}
