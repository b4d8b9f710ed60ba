//! Where a request's time goes: the rate limiter's queue, or the network.
//!
//! `RequestSent` carries the time a request has spent in the limiter's queue so
//! far; the last one before the request ends holds its whole queue time. At the
//! end, the request's latency minus that is its network time: HTTP exchanges,
//! plus the backoffs and 429 sleeps between them — everything the limiter did
//! not hold it for.

use std::time::Duration;

use crossbeam_utils::CachePadded;
use hdrhistogram::Histogram;
use parking_lot::Mutex;

use crate::performance::{self, LatencySummary};
use crate::HashMap;

/// Requests remembered between their `RequestSent` and their end. A request
/// whose caller gave up never ends; past this bound the oldest-unknown entries
/// of its part are all forgotten rather than let the map grow without limit.
const MAX_PENDING: usize = 65_536;

/// Parts of the pending map. A request's send and end often run on different
/// threads (a task moves to the thread that polls its answer), so the map is
/// split by request id rather than by thread: both find it in the same part.
const PARTS: usize = 16;

/// The queue time of requests sent and not yet ended, by request id.
pub(crate) struct PendingSends {
    parts: [CachePadded<Mutex<HashMap<u64, Duration>>>; PARTS],
}

impl PendingSends {
    pub(crate) fn new() -> Self {
        Self {
            parts: std::array::from_fn(|_| CachePadded::new(Mutex::new(HashMap::default()))),
        }
    }

    fn part(&self, id: u64) -> &Mutex<HashMap<u64, Duration>> {
        // PARTS fits in a u64 and the remainder in a usize.
        #[allow(clippy::cast_possible_truncation)]
        &self.parts[(id % PARTS as u64) as usize]
    }

    /// Request `id` sent an attempt after `queued` in the limiter's queue in all.
    pub(crate) fn sent(&self, id: u64, queued: Duration) {
        let mut part = self.part(id).lock();
        if part.len() >= MAX_PENDING / PARTS && !part.contains_key(&id) {
            part.clear();
        }
        part.insert(id, queued);
    }

    /// Request `id` ended: its queue time, if it sent anything.
    pub(crate) fn ended(&self, id: u64) -> Option<Duration> {
        self.part(id).lock().remove(&id)
    }

    pub(crate) fn clear(&self) {
        for part in &self.parts {
            part.lock().clear();
        }
    }
}

/// Queue and network time of requests that made at least one HTTP attempt.
pub(crate) struct RequestTiming {
    queue: Histogram<u64>,
    network: Histogram<u64>,
}

impl RequestTiming {
    pub(crate) fn new() -> Self {
        Self {
            queue: performance::micros_histogram(),
            network: performance::micros_histogram(),
        }
    }

    /// A request that spent `queue` of its `latency` in the limiter's queue
    /// ended: returns its (queue, network) split.
    pub(crate) fn finished(&mut self, queue: Duration, latency: Duration) -> (Duration, Duration) {
        let network = latency.saturating_sub(queue);
        performance::record(&mut self.queue, queue);
        performance::record(&mut self.network, network);
        (queue, network)
    }

    /// Adds `other`'s times into these.
    pub(crate) fn absorb(&mut self, other: &Self) {
        performance::add(&mut self.queue, &other.queue);
        performance::add(&mut self.network, &other.network);
    }

    pub(crate) fn queue_summary(&self) -> LatencySummary {
        LatencySummary::of(&self.queue)
    }

    pub(crate) fn network_summary(&self) -> LatencySummary {
        LatencySummary::of(&self.network)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_send_is_found_at_the_end_once_and_the_map_stays_bounded() {
        let pending = PendingSends::new();
        pending.sent(7, Duration::from_millis(3));
        pending.sent(7, Duration::from_millis(5));
        assert_eq!(pending.ended(7), Some(Duration::from_millis(5)));
        assert_eq!(pending.ended(7), None);
        for id in 0..(MAX_PENDING as u64 * 2) {
            pending.sent(id, Duration::ZERO);
        }
        let held: usize = pending.parts.iter().map(|p| p.lock().len()).sum();
        assert!(held <= MAX_PENDING, "{held}");
    }
}
