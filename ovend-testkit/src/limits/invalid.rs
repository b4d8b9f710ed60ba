//! The invalid-request counter and the simulated Cloudflare ban.
//!
//! Discord counts 401, 403 and non-`shared` 429 answers per IP over a rolling
//! ten minutes; at 10,000 the IP is banned at Cloudflare for about an hour. The
//! emulator has one client IP (loopback), so it keeps one counter. Windows are
//! already scaled by the caller.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// Rolling invalid-request log plus the ban deadline.
#[derive(Debug)]
pub(crate) struct InvalidTracker {
    threshold: u32,
    window: Duration,
    ban: Duration,
    log: VecDeque<Instant>,
    banned_until: Option<Instant>,
}

impl InvalidTracker {
    /// A threshold of 0 disables the ban.
    pub(crate) fn new(threshold: u32, window: Duration, ban: Duration) -> Self {
        Self {
            threshold,
            window,
            ban,
            log: VecDeque::new(),
            banned_until: None,
        }
    }

    /// How long the ban still lasts at `now`, if it is in force (for the
    /// ban page's `Retry-After`).
    pub(crate) fn ban_remaining(&mut self, now: Instant) -> Option<Duration> {
        match self.banned_until {
            Some(until) if now < until => Some(until - now),
            Some(_) => {
                self.banned_until = None;
                None
            }
            None => None,
        }
    }

    /// Counts one invalid request; starts the ban when the threshold is reached.
    pub(crate) fn record(&mut self, now: Instant) {
        while let Some(&oldest) = self.log.front() {
            if oldest + self.window <= now {
                self.log.pop_front();
            } else {
                break;
            }
        }
        self.log.push_back(now);
        if self.threshold > 0 && self.log.len() >= self.threshold as usize {
            self.banned_until = Some(now + self.ban);
            self.log.clear();
        }
    }

    /// Forgets the counter and lifts any ban.
    pub(crate) fn reset(&mut self) {
        self.log.clear();
        self.banned_until = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl InvalidTracker {
        fn banned_at(&mut self, now: Instant) -> bool {
            self.ban_remaining(now).is_some()
        }
    }

    const MINUTE: Duration = Duration::from_secs(60);

    #[tokio::test(start_paused = true)]
    async fn threshold_within_window_bans_for_the_ban_length() {
        let mut tracker = InvalidTracker::new(3, 10 * MINUTE, 60 * MINUTE);
        let start = Instant::now();
        tracker.record(start);
        tracker.record(start + MINUTE);
        assert!(!tracker.banned_at(start + MINUTE));
        tracker.record(start + 2 * MINUTE);
        assert!(tracker.banned_at(start + 2 * MINUTE));
        assert!(tracker.banned_at(start + 61 * MINUTE));
        assert_eq!(tracker.ban_remaining(start + 61 * MINUTE), Some(MINUTE));
        assert!(
            !tracker.banned_at(start + 62 * MINUTE),
            "the ban ends after an hour"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn old_invalid_requests_roll_out_of_the_window() {
        let mut tracker = InvalidTracker::new(3, 10 * MINUTE, 60 * MINUTE);
        let start = Instant::now();
        tracker.record(start);
        tracker.record(start + MINUTE);
        tracker.record(start + 11 * MINUTE);
        assert!(!tracker.banned_at(start + 11 * MINUTE));
    }

    #[tokio::test(start_paused = true)]
    async fn zero_threshold_never_bans_and_reset_lifts() {
        let now = Instant::now();
        let mut off = InvalidTracker::new(0, MINUTE, MINUTE);
        for _ in 0..100 {
            off.record(now);
        }
        assert!(!off.banned_at(now));
        let mut on = InvalidTracker::new(1, MINUTE, MINUTE);
        on.record(now);
        assert!(on.banned_at(now));
        on.reset();
        assert!(!on.banned_at(now));
    }
}
