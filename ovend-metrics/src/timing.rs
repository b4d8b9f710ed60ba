//! Where a request's time goes: the rate limiter's queue, or the network.
//!
//! `RequestSent` carries the time a request has spent in the limiter's queue so
//! far; the last one before the request ends holds its whole queue time. At the
//! end, the request's latency minus that is its network time: HTTP exchanges,
//! plus the backoffs and 429 sleeps between them — everything the limiter did
//! not hold it for.

use std::time::Duration;

use hdrhistogram::Histogram;

use crate::performance::{self, LatencySummary};
use crate::HashMap;

/// Requests remembered between their `RequestSent` and their end. A request
/// whose caller gave up never ends; past this bound the oldest-unknown entries
/// are all forgotten rather than let the map grow without limit.
const MAX_PENDING: usize = 65_536;

/// Queue and network time of requests that made at least one HTTP attempt.
pub(crate) struct RequestTiming {
    queued: HashMap<u64, Duration>,
    queue: Histogram<u64>,
    network: Histogram<u64>,
}

impl RequestTiming {
    pub(crate) fn new() -> Self {
        Self {
            queued: HashMap::default(),
            queue: performance::micros_histogram(),
            network: performance::micros_histogram(),
        }
    }

    /// Request `id` sent an attempt after `queued` in the limiter's queue in all.
    pub(crate) fn sent(&mut self, id: u64, queued: Duration) {
        if self.queued.len() >= MAX_PENDING && !self.queued.contains_key(&id) {
            self.queued.clear();
        }
        self.queued.insert(id, queued);
    }

    /// Request `id` ended after `latency`: returns its (queue, network) split,
    /// if it sent anything.
    pub(crate) fn finished(&mut self, id: u64, latency: Duration) -> Option<(Duration, Duration)> {
        let queue = self.queued.remove(&id)?;
        let network = latency.saturating_sub(queue);
        performance::record(&mut self.queue, queue);
        performance::record(&mut self.network, network);
        Some((queue, network))
    }

    pub(crate) fn queue_summary(&self) -> LatencySummary {
        LatencySummary::of(&self.queue)
    }

    pub(crate) fn network_summary(&self) -> LatencySummary {
        LatencySummary::of(&self.network)
    }
}
