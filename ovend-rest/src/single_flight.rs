//! Single-flight: identical GETs in flight share one HTTP call.
//!
//! The first caller for a key (the leader) starts the work as a
//! [`Shared`] future and leaves a *weak* handle in the map; later callers for
//! the same key upgrade it and await the same output. Every caller polls the
//! shared future, so the work goes on as long as any caller still waits, and
//! stops (dropping its rate-limit permit) when the last one gives up. A guard
//! inside the work removes the map entry when the work completes or is
//! dropped, so the map only holds calls in flight.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use futures::future::{BoxFuture, FutureExt, Shared, WeakShared};
use parking_lot::Mutex;

use crate::path_map::FastMap;

type Work<T> = Shared<BoxFuture<'static, T>>;
/// Keyed by the request's path (and token), hashed three times per GET: with
/// foldhash, keyed per process like SipHash, at a fraction of its cost.
type Slots<T> = Arc<Mutex<FastMap<Arc<str>, (u64, WeakShared<BoxFuture<'static, T>>)>>>;

/// Calls in flight by key.
pub(crate) struct SingleFlight<T: Clone> {
    slots: Slots<T>,
    next_id: AtomicU64,
}

impl<T: Clone + Send + Sync + 'static> SingleFlight<T> {
    pub(crate) fn new() -> Self {
        Self {
            slots: Arc::new(Mutex::new(FastMap::default())),
            next_id: AtomicU64::new(0),
        }
    }

    /// Joins the call in flight for `key`, or starts `work` as the leader.
    /// Returns the shared call and whether this caller leads it.
    pub(crate) fn join(
        &self,
        key: &str,
        work: impl FnOnce() -> BoxFuture<'static, T>,
    ) -> (Work<T>, bool) {
        let mut slots = self.slots.lock();
        if let Some(shared) = slots.get(key).and_then(|(_, weak)| weak.upgrade()) {
            return (shared, false);
        }
        // Only a leader keeps the key: one copy, shared by the map and the guard.
        let key: Arc<str> = Arc::from(key);
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let guard = SlotGuard {
            slots: Arc::clone(&self.slots),
            key: Arc::clone(&key),
            id,
        };
        let inner = work();
        let shared = async move {
            let _guard = guard;
            inner.await
        }
        .boxed()
        .shared();
        if let Some(weak) = shared.downgrade() {
            slots.insert(key, (id, weak));
        }
        (shared, true)
    }

    /// Calls in flight (for tests).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots.lock().len()
    }
}

impl<T: Clone> std::fmt::Debug for SingleFlight<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SingleFlight")
            .field("in_flight", &self.slots.lock().len())
            .finish()
    }
}

/// Removes its own entry (not a newer leader's) when the work ends either way.
struct SlotGuard<T> {
    slots: Slots<T>,
    key: Arc<str>,
    id: u64,
}

impl<T> Drop for SlotGuard<T> {
    fn drop(&mut self) {
        let mut slots = self.slots.lock();
        if slots.get(&self.key).is_some_and(|(id, _)| *id == self.id) {
            slots.remove(&self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::time::Duration;

    #[tokio::test(start_paused = true)]
    async fn concurrent_callers_share_one_call() {
        let flight = Arc::new(SingleFlight::<u32>::new());
        let runs = Arc::new(AtomicU32::new(0));
        let mut tasks = Vec::new();
        for _ in 0..10 {
            let flight = Arc::clone(&flight);
            let runs = Arc::clone(&runs);
            tasks.push(tokio::spawn(async move {
                let (work, _) = flight.join("k", || {
                    async move {
                        runs.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        7
                    }
                    .boxed()
                });
                work.await
            }));
        }
        for task in tasks {
            assert_eq!(task.await.unwrap(), 7);
        }
        assert_eq!(runs.load(Ordering::SeqCst), 1);
        assert_eq!(flight.len(), 0, "finished calls leave the map");
    }

    #[tokio::test(start_paused = true)]
    async fn abandoned_call_is_dropped_and_restarted() {
        let flight = SingleFlight::<u32>::new();
        let (work, leader) = flight.join("k", || {
            async { std::future::pending::<u32>().await }.boxed()
        });
        assert!(leader);
        drop(work);
        assert_eq!(flight.len(), 0, "dropping every caller drops the work");
        let (work, leader) = flight.join("k", || async { 3 }.boxed());
        assert!(leader);
        assert_eq!(work.await, 3);
    }

    #[tokio::test(start_paused = true)]
    async fn later_calls_start_fresh() {
        let flight = SingleFlight::<u32>::new();
        let (first, _) = flight.join("k", || async { 1 }.boxed());
        assert_eq!(first.await, 1);
        let (second, leader) = flight.join("k", || async { 2 }.boxed());
        assert!(leader);
        assert_eq!(second.await, 2);
    }
}
