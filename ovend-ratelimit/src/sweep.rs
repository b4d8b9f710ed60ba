//! Housekeeping: a background task that forgets idle buckets.
//!
//! Spawned lazily on the runtime of the first request, it holds only a [`Weak`]
//! reference, so it never keeps a dropped manager alive and ends on its next tick
//! after the last clone is gone. Without a runtime nothing is spawned and
//! [`RateLimitManager::sweep`](crate::RateLimitManager::sweep) can be called by hand.

use std::sync::Weak;
use std::time::Duration;

use crate::manager::Shared;

/// Sweeps `shared` every `interval` until it is dropped.
pub(crate) fn spawn(shared: Weak<Shared>, interval: Duration) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    runtime.spawn(async move {
        loop {
            tokio::time::sleep(interval).await;
            let Some(shared) = shared.upgrade() else {
                break;
            };
            shared.sweep();
        }
    });
}
