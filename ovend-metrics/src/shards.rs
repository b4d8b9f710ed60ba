//! Per-thread shards of the collector's numbers.
//!
//! The collector runs inline, on whichever thread emits the event: on a
//! multi-threaded runtime, several at once. One lock for all of them would make
//! them wait for each other and pass its cache lines back and forth on every
//! event, so each thread records into a shard of its own (taken in turn the first
//! time it records), and a read adds the shards up. Every number is a sum or a
//! histogram, so it does not matter which shard an event lands in: a thread whose
//! shard is busy (more threads than shards) takes any free one rather than wait.

use std::cell::Cell;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use crossbeam_utils::CachePadded;
use parking_lot::{Mutex, MutexGuard};

/// The most shards a collector keeps. Each holds four histograms of 184 KiB, so the count follows the cores only up to this.
const MAX_SHARDS: usize = 4;

/// The home shard of the next thread that records for the first time.
static NEXT_HOME: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static HOME: Cell<Option<usize>> = const { Cell::new(None) };
}

/// This thread's home, the same for every collector.
fn home() -> usize {
    HOME.with(|home| {
        home.get().unwrap_or_else(|| {
            let at = NEXT_HOME.fetch_add(1, Ordering::Relaxed);
            home.set(Some(at));
            at
        })
    })
}

/// One shard per core, up to [`MAX_SHARDS`].
pub(crate) fn default_count() -> usize {
    std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .clamp(1, MAX_SHARDS)
}

/// Values of `T`, each behind its own lock on cache lines of its own.
pub(crate) struct Shards<T> {
    shards: Box<[CachePadded<Mutex<T>>]>,
}

impl<T> Shards<T> {
    /// `count` shards (at least one), each made by `make`.
    pub(crate) fn new(count: usize, mut make: impl FnMut() -> T) -> Self {
        Self {
            shards: (0..count.max(1))
                .map(|_| CachePadded::new(Mutex::new(make())))
                .collect(),
        }
    }

    /// A shard to record into: this thread's own when it is free, else the
    /// first free one after it, else (every shard busy) its own once freed.
    pub(crate) fn lock(&self) -> MutexGuard<'_, T> {
        let count = self.shards.len();
        let start = home() % count;
        (0..count)
            .find_map(|step| self.shards[(start + step) % count].try_lock())
            .unwrap_or_else(|| self.shards[start].lock())
    }

    /// Every shard, in turn, for reading or resetting.
    pub(crate) fn each(&self) -> impl Iterator<Item = MutexGuard<'_, T>> {
        self.shards.iter().map(|shard| shard.lock())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_keeps_its_shard_and_a_busy_shard_sends_it_to_a_free_one() {
        let shards = Shards::new(3, || 0_u32);
        *shards.lock() += 1;
        *shards.lock() += 1;
        let counts: Vec<u32> = shards.each().map(|s| *s).collect();
        assert_eq!(counts.iter().sum::<u32>(), 2);
        assert!(counts.contains(&2), "both in the home shard: {counts:?}");

        let held = shards.lock();
        *shards.lock() += 10;
        drop(held);
        let counts: Vec<u32> = shards.each().map(|s| *s).collect();
        assert_eq!(counts.iter().sum::<u32>(), 12);
        assert!(
            counts.contains(&10),
            "recorded beside the busy home: {counts:?}"
        );
    }

    #[test]
    fn threads_recording_at_once_lose_nothing() {
        let shards = Shards::new(2, || 0_u64);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..10_000 {
                        *shards.lock() += 1;
                    }
                });
            }
        });
        assert_eq!(shards.each().map(|s| *s).sum::<u64>(), 40_000);
    }

    #[test]
    fn there_is_always_a_shard() {
        let shards = Shards::new(0, || 7_u8);
        assert_eq!(*shards.lock(), 7);
        assert!(default_count() >= 1);
    }
}
