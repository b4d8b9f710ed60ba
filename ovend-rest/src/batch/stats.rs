//! What batching saved, counted as it happens.

use std::sync::atomic::{AtomicU64, Ordering};

/// A snapshot of what the batcher did (see
/// [`RestClient::batch_stats`](crate::RestClient::batch_stats)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BatchStats {
    /// Calls answered through a batch (callers that cancelled before their
    /// batch left are not counted).
    pub calls: u64,
    /// HTTP requests the batcher made for them: bulk requests, and the single
    /// calls sent when a batch held one id or Discord refused or split it.
    pub requests: u64,
    /// Bulk requests among [`requests`](Self::requests).
    pub bulk_requests: u64,
    /// Calls that were sent singly after their bulk request was refused or
    /// Discord could not apply it to their id.
    pub fallbacks: u64,
}

impl BatchStats {
    /// Requests that did not have to be sent: 100 deletes sent as one bulk
    /// request saved 99. A refused bulk request costs one more than it saved,
    /// so this is the net saving, never below zero.
    #[must_use]
    pub fn requests_saved(&self) -> u64 {
        self.calls.saturating_sub(self.requests)
    }
}

/// The live counters behind [`BatchStats`].
#[derive(Debug, Default)]
pub(crate) struct Counters {
    calls: AtomicU64,
    requests: AtomicU64,
    bulk_requests: AtomicU64,
    fallbacks: AtomicU64,
}

impl Counters {
    pub(crate) fn calls(&self, n: usize) {
        self.calls.fetch_add(as_u64(n), Ordering::Relaxed);
    }

    pub(crate) fn bulk_request(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
        self.bulk_requests.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn single_requests(&self, n: usize) {
        self.requests.fetch_add(as_u64(n), Ordering::Relaxed);
    }

    pub(crate) fn fallbacks(&self, n: usize) {
        self.fallbacks.fetch_add(as_u64(n), Ordering::Relaxed);
    }

    pub(crate) fn snapshot(&self) -> BatchStats {
        BatchStats {
            calls: self.calls.load(Ordering::Relaxed),
            requests: self.requests.load(Ordering::Relaxed),
            bulk_requests: self.bulk_requests.load(Ordering::Relaxed),
            fallbacks: self.fallbacks.load(Ordering::Relaxed),
        }
    }
}

fn as_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saving_is_calls_less_requests() {
        let counters = Counters::default();
        counters.calls(100);
        counters.bulk_request();
        assert_eq!(counters.snapshot().requests_saved(), 99);
        // A refused batch of two: one bulk request and two singles.
        counters.calls(2);
        counters.bulk_request();
        counters.single_requests(2);
        counters.fallbacks(2);
        let stats = counters.snapshot();
        assert_eq!(stats.requests_saved(), 102 - 4);
        assert_eq!(stats.bulk_requests, 2);
        assert_eq!(stats.fallbacks, 2);
        assert_eq!(BatchStats::default().requests_saved(), 0);
    }
}
