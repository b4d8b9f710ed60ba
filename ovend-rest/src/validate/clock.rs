//! The wall clock the validator reads to tell a message's age.

use std::fmt::Debug;
use std::time::{SystemTime, UNIX_EPOCH};

/// A source of the current Unix time. The bulk-delete check compares message
/// ids (which encode their creation time) with it; tests swap in a fixed clock.
pub trait WallClock: Send + Sync + Debug {
    /// Milliseconds since the Unix epoch.
    fn now_unix_ms(&self) -> u64;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl WallClock for SystemClock {
    fn now_unix_ms(&self) -> u64 {
        // A clock set before 1970 reads as the epoch: every id then looks
        // young, so the request goes out and Discord decides.
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            .unwrap_or(0)
    }
}

/// A clock stopped at a fixed instant, for tests and reproducible checks.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub u64);

impl WallClock for FixedClock {
    fn now_unix_ms(&self) -> u64 {
        self.0
    }
}
