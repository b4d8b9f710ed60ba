//! Turns: within one process, one request per route and major at a time asks
//! Redis for a place; the others of that route wait here, in arrival order.
//!
//! The local manager lets as many requests of a bucket go as it has `remaining`,
//! and every one of them would otherwise poll Redis while the global window is
//! full: four processes with four requests each for fifty channels are 800 takes
//! at every freed place, where fifty would do. The polls cost Redis time that
//! delays the answers' updates, and so every window after them. Taking turns
//! keeps the order the local queue decided (a tokio mutex is fair) and lets the
//! next request ask as soon as the one before it was granted or gave up.

use std::collections::HashMap;
use std::sync::Arc;

use parking_lot::Mutex;
use tokio::sync::{Mutex as AsyncMutex, OwnedMutexGuard};

type Slots = Arc<Mutex<HashMap<String, Arc<AsyncMutex<()>>>>>;

/// Every route's turn, created on first use and dropped when nobody waits.
#[derive(Debug, Default)]
pub(super) struct Turns {
    slots: Slots,
}

/// A request's turn to ask Redis; the next one's starts when it is dropped.
pub(super) struct Turn {
    guard: Option<OwnedMutexGuard<()>>,
    slots: Slots,
    name: String,
}

impl Turns {
    /// Waits for the turn of a request on the route named `name`.
    pub(super) async fn take(&self, name: &str) -> Turn {
        let slot = self
            .slots
            .lock()
            .entry(name.to_owned())
            .or_default()
            .clone();
        Turn {
            guard: Some(slot.lock_owned().await),
            slots: self.slots.clone(),
            name: name.to_owned(),
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.slots.lock().len()
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        drop(self.guard.take());
        let mut slots = self.slots.lock();
        // Only the map holds it: nobody waits or asks on this route any more.
        if slots
            .get(&self.name)
            .is_some_and(|slot| Arc::strong_count(slot) == 1)
        {
            slots.remove(&self.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_turn_at_a_time_per_route_and_none_left_behind() {
        let turns = Turns::default();
        let first = turns.take("a").await;
        let other = turns.take("b").await;
        let waiting = turns.take("a");
        tokio::pin!(waiting);
        assert!(
            futures::poll!(waiting.as_mut()).is_pending(),
            "a second request on the route waits"
        );
        drop(first);
        let second = waiting.await;
        drop((second, other));
        assert_eq!(turns.len(), 0, "an idle route keeps no entry");
    }
}
