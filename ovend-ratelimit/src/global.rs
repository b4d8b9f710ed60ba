//! The proactive global limiter: a sliding-window log.
//!
//! Discord allows 50 requests per second per token but does not say how it aligns
//! its second. A fixed window on the local clock can put 50 requests at the end of one
//! window and 50 at the start of the next: 100 inside one real second. GCRA with a
//! burst of 50 has the same flaw. The log keeps the send time of the last `limit`
//! requests; a request may go only if fewer than `limit` were sent in the `window`
//! before it, so **no half-open interval of one window, wherever it starts, ever holds
//! more than `limit` requests**. Memory is `limit` instants; each check is O(1)
//! amortised. A global 429 from Discord blocks everything until its `retry_after`.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// Sliding-window log of recent sends for one token.
#[derive(Debug)]
pub(crate) struct GlobalWindow {
    limit: Option<u32>,
    window: Duration,
    sends: VecDeque<Instant>,
    blocked_until: Option<Instant>,
}

impl GlobalWindow {
    pub(crate) fn new(limit: Option<u32>, window: Duration) -> Self {
        Self {
            limit,
            window,
            sends: VecDeque::new(),
            blocked_until: None,
        }
    }

    /// How long a request must wait before it may go (`None`: now).
    pub(crate) fn delay(&mut self, now: Instant) -> Option<Duration> {
        if let Some(until) = self.blocked_until {
            if until > now {
                return Some(until - now);
            }
            self.blocked_until = None;
        }
        let limit = usize::try_from(self.limit?).unwrap_or(usize::MAX);
        self.expire(now);
        if self.sends.len() < limit {
            return None;
        }
        // The oldest send leaves the window `window` after it was made.
        self.sends.front().map(|oldest| *oldest + self.window - now)
    }

    /// Records a send made at `now` (call only after `delay` returned `None`).
    pub(crate) fn record(&mut self, now: Instant) {
        if self.limit.is_some() {
            self.sends.push_back(now);
        }
    }

    /// A global 429: nothing goes until `until`.
    pub(crate) fn block_until(&mut self, until: Instant) {
        self.blocked_until = Some(self.blocked_until.map_or(until, |b| b.max(until)));
    }

    fn expire(&mut self, now: Instant) {
        while self
            .sends
            .front()
            .is_some_and(|oldest| *oldest + self.window <= now)
        {
            self.sends.pop_front();
        }
    }

    /// Drops sends that left the window, so an idle limiter holds no memory.
    pub(crate) fn sweep(&mut self, now: Instant) {
        self.expire(now);
        self.sends.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn waits_for_the_oldest_send_to_leave() {
        let mut global = GlobalWindow::new(Some(2), Duration::from_secs(1));
        let start = Instant::now();
        assert_eq!(global.delay(start), None);
        global.record(start);
        tokio::time::advance(Duration::from_millis(300)).await;
        let now = Instant::now();
        assert_eq!(global.delay(now), None);
        global.record(now);
        assert_eq!(global.delay(now), Some(Duration::from_millis(700)));
        tokio::time::advance(Duration::from_millis(700)).await;
        assert_eq!(global.delay(Instant::now()), None);
    }

    #[tokio::test(start_paused = true)]
    async fn a_global_429_blocks_everything() {
        let mut global = GlobalWindow::new(None, Duration::from_secs(1));
        let now = Instant::now();
        global.block_until(now + Duration::from_millis(500));
        assert_eq!(global.delay(now), Some(Duration::from_millis(500)));
        assert_eq!(global.delay(now + Duration::from_millis(500)), None);
    }
}
