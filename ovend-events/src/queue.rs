//! The prioritizer: a bounded queue that hands out higher levels first.
//!
//! One FIFO lane per [`Level`]; the dispatcher always takes from the highest
//! non-empty lane, so when a backlog builds, errors and warnings overtake debug
//! chatter, while events of one level keep their order. The bound is on the total:
//! when it is reached `push` refuses (the caller counts a drop) instead of waiting,
//! because the request path must never block on observers.
//!
//! Every accepted event gets a sequence number. Lanes are FIFO, so the oldest
//! pending event of a lane is its front; the oldest pending event overall is the
//! minimum over lane fronts and the event being handled. `flush` waits until that
//! low watermark passes the sequence number taken at the call — "everything emitted
//! before me is handled" — which stays correct even though priorities reorder.
//!
//! Waking the dispatcher is a syscall on the emitting thread, and at thousands of
//! events a second one wake per event costs the request path more than anything
//! else the event system does. So the dispatcher, once it has drained the queue,
//! first *lingers*: it sleeps at most [`LINGER`] and wakes on its own. Emitters
//! leave a lingering dispatcher alone unless the queue fills up to a batch, a
//! warning or error arrives, or someone flushes. Only after a linger with nothing
//! to do does it sleep deeply, and then the next event wakes it at once. A busy
//! system pays about one wake-up per linger; an idle one none.

use std::collections::VecDeque;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};
use tokio::sync::Notify;

use crate::event::{Event, Level};

/// How long a dispatcher that drained the queue waits for more before it needs
/// waking; also the longest a debug or info event waits to be handled.
const LINGER: Duration = Duration::from_millis(2);

/// Events queued that wake a lingering dispatcher (at most half the capacity).
const WAKE_BATCH: usize = 256;

/// What the dispatcher is doing, for emitters deciding whether to wake it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Sleep {
    /// Handling events, or about to look at the queue.
    #[default]
    Awake,
    /// Waiting at most `LINGER`; woken early only for a batch or a warning.
    Lingering,
    /// Waiting for the next event, however long.
    Deep,
}

/// An accepted event with its sequence number. The event is kept by value:
/// at three or more events per request, an allocation each (freed on the
/// dispatcher's thread) cost the request path more than the copy into the lane.
pub(crate) struct Queued {
    pub(crate) seq: u64,
    pub(crate) event: Event,
}

#[derive(Default)]
struct State {
    lanes: [VecDeque<Queued>; 4],
    len: usize,
    next_seq: u64,
    in_progress: Option<u64>,
    closed: bool,
    flush_waiters: usize,
    sleep: Sleep,
}

impl State {
    /// Whether an event with a sequence number below `target` is queued or being handled.
    fn pending_below(&self, target: u64) -> bool {
        self.in_progress.is_some_and(|s| s < target)
            || self
                .lanes
                .iter()
                .filter_map(|lane| lane.front())
                .any(|q| q.seq < target)
    }

    fn pop_highest(&mut self) -> Option<Queued> {
        let item = self.lanes.iter_mut().rev().find_map(VecDeque::pop_front)?;
        self.len -= 1;
        Some(item)
    }
}

/// The bounded multi-level queue between `emit` and the dispatcher thread.
pub(crate) struct PriorityQueue {
    state: Mutex<State>,
    capacity: usize,
    wake_batch: usize,
    /// Wakes the dispatcher when an event arrives or the queue closes.
    ready: Condvar,
    /// Wakes blocking flushers when the dispatcher makes progress.
    progress: Condvar,
    /// Wakes async flushers when the dispatcher makes progress.
    progress_async: Notify,
}

impl PriorityQueue {
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            state: Mutex::new(State::default()),
            capacity: capacity.max(1),
            wake_batch: (capacity / 2).clamp(1, WAKE_BATCH),
            ready: Condvar::new(),
            progress: Condvar::new(),
            progress_async: Notify::new(),
        }
    }

    /// Enqueues `event` unless the queue is full or closed; never waits.
    pub(crate) fn push(&self, event: Event) -> bool {
        let mut state = self.state.lock();
        if state.len >= self.capacity || state.closed {
            return false;
        }
        let seq = state.next_seq;
        state.next_seq += 1;
        let urgent = event.level >= Level::Warn;
        state.lanes[event.level.index()].push_back(Queued { seq, event });
        state.len += 1;
        let wake = match state.sleep {
            Sleep::Awake => false,
            Sleep::Lingering => urgent || state.len >= self.wake_batch,
            Sleep::Deep => true,
        };
        if wake {
            // Woken once: the next emitters need not wake it again.
            state.sleep = Sleep::Awake;
        }
        drop(state);
        if wake {
            self.ready.notify_one();
        }
        true
    }

    /// Marks the previous event handled, then waits for the next one (highest level
    /// first). `None` once the queue is closed and drained.
    pub(crate) fn next(&self) -> Option<Queued> {
        let mut state = self.state.lock();
        if state.in_progress.take().is_some() && state.flush_waiters > 0 {
            self.progress.notify_all();
            self.progress_async.notify_waiters();
        }
        loop {
            if let Some(item) = state.pop_highest() {
                state.in_progress = Some(item.seq);
                state.sleep = Sleep::Awake;
                return Some(item);
            }
            if state.closed {
                return None;
            }
            if state.sleep == Sleep::Lingering {
                // Lingered with nothing to do: sleep until an event wakes us.
                state.sleep = Sleep::Deep;
                self.ready.wait(&mut state);
            } else {
                state.sleep = Sleep::Lingering;
                if !self.ready.wait_for(&mut state, LINGER).timed_out() {
                    state.sleep = Sleep::Awake;
                }
                // Timed out: still `Lingering`, so an empty queue means deep sleep next.
                continue;
            }
            state.sleep = Sleep::Awake;
        }
    }

    /// Stops accepting events; the dispatcher drains what is queued and exits.
    pub(crate) fn close(&self) {
        self.state.lock().closed = true;
        self.ready.notify_all();
    }

    /// Wakes a lingering dispatcher: someone waits for the queue to drain.
    fn hurry(&self) {
        let mut state = self.state.lock();
        if state.sleep != Sleep::Awake && state.len > 0 {
            state.sleep = Sleep::Awake;
            drop(state);
            self.ready.notify_one();
        }
    }

    /// Events waiting (not counting the one being handled).
    pub(crate) fn len(&self) -> usize {
        self.state.lock().len
    }

    /// The sequence number the next accepted event will get.
    fn mark(&self) -> u64 {
        self.state.lock().next_seq
    }

    /// Waits, blocking the thread, until every event accepted before the call is
    /// handled, or `timeout` passes. Returns whether everything was handled.
    pub(crate) fn flush_blocking(&self, timeout: Duration) -> bool {
        let deadline = std::time::Instant::now() + timeout;
        self.hurry();
        let mut state = self.state.lock();
        let target = state.next_seq;
        state.flush_waiters += 1;
        let mut done = !state.pending_below(target);
        while !done {
            if self.progress.wait_until(&mut state, deadline).timed_out() {
                done = !state.pending_below(target);
                break;
            }
            done = !state.pending_below(target);
        }
        state.flush_waiters -= 1;
        done
    }

    /// Waits until every event accepted before the call is handled.
    pub(crate) async fn flush(&self) {
        let target = self.mark();
        let _waiter = FlushWaiter::register(self);
        self.hurry();
        loop {
            let notified = self.progress_async.notified();
            tokio::pin!(notified);
            // Register interest before checking, so a wake-up between the check and
            // the await is not lost.
            notified.as_mut().enable();
            if !self.state.lock().pending_below(target) {
                return;
            }
            notified.await;
        }
    }
}

/// Counts an async flusher while it waits (and uncounts it if the future is dropped),
/// so the dispatcher only pays for wake-ups when someone is flushing.
struct FlushWaiter<'a>(&'a PriorityQueue);

impl<'a> FlushWaiter<'a> {
    fn register(queue: &'a PriorityQueue) -> Self {
        queue.state.lock().flush_waiters += 1;
        Self(queue)
    }
}

impl Drop for FlushWaiter<'_> {
    fn drop(&mut self) {
        self.0.state.lock().flush_waiters -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{EventKind, Level};

    fn event(level: Level, name: &str) -> Event {
        Event::new(EventKind::Custom {
            name: name.into(),
            message: String::new(),
        })
        .with_level(level)
    }

    fn name(q: &Queued) -> &str {
        match &q.event.kind {
            EventKind::Custom { name, .. } => name,
            _ => "",
        }
    }

    #[test]
    fn higher_levels_first_fifo_within_a_level() {
        let q = PriorityQueue::new(10);
        for (level, n) in [
            (Level::Debug, "d1"),
            (Level::Error, "e1"),
            (Level::Info, "i1"),
            (Level::Error, "e2"),
            (Level::Debug, "d2"),
        ] {
            assert!(q.push(event(level, n)));
        }
        q.close();
        let order: Vec<String> = std::iter::from_fn(|| q.next())
            .map(|item| name(&item).to_owned())
            .collect();
        assert_eq!(order, ["e1", "e2", "i1", "d1", "d2"]);
    }

    #[test]
    fn full_queue_refuses_without_waiting() {
        let q = PriorityQueue::new(2);
        assert!(q.push(event(Level::Info, "a")));
        assert!(q.push(event(Level::Info, "b")));
        assert!(!q.push(event(Level::Error, "c")));
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn watermark_tracks_the_oldest_pending_event() {
        let q = PriorityQueue::new(10);
        q.push(event(Level::Debug, "old"));
        let target = q.mark();
        q.push(event(Level::Error, "new"));
        // The newer error is handled first; the old debug event is still pending.
        let first = q.next().map(|i| i.seq);
        assert_eq!(first, Some(1));
        assert!(q.state.lock().pending_below(target));
        assert_eq!(q.next().map(|i| i.seq), Some(0));
        assert!(q.state.lock().pending_below(target), "still being handled");
        q.close();
        assert!(q.next().is_none());
        assert!(!q.state.lock().pending_below(target));
    }

    proptest::proptest! {
        /// Whatever the arrival order, a drained queue yields levels highest first
        /// and, within a level, arrival order.
        #[test]
        fn drains_by_level_then_arrival(levels in proptest::collection::vec(0usize..4, 0..64)) {
            let q = PriorityQueue::new(64);
            for (i, l) in levels.iter().enumerate() {
                proptest::prop_assert!(q.push(event(Level::ALL[*l], &i.to_string())));
            }
            q.close();
            let out: Vec<(Level, usize)> = std::iter::from_fn(|| q.next())
                .map(|item| (item.event.level, name(&item).parse().unwrap_or(usize::MAX)))
                .collect();
            let mut expected: Vec<(Level, usize)> =
                levels.iter().enumerate().map(|(i, l)| (Level::ALL[*l], i)).collect();
            expected.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            proptest::prop_assert_eq!(out, expected);
        }
    }
}
