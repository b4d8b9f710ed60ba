//! The global limit as a sliding log.
//!
//! Discord does not document how it aligns the global window, so the emulator
//! takes the strictest reading: no interval of length `per` (one second,
//! scaled), wherever it starts, may hold more than `limit` accepted requests.
//! The log keeps the instants of the last `limit` accepted requests; a request
//! is admitted only if the oldest of them left the window. Memory is
//! `O(limit)` per token and each check is amortised `O(1)`.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

use super::Rule;

/// Accepted request instants of one token.
#[derive(Debug, Default)]
pub(crate) struct SlidingLog {
    accepted: VecDeque<Instant>,
}

impl SlidingLog {
    /// `Ok` if one more request fits at `now`, else how long until one does.
    pub(crate) fn check(&mut self, rule: Rule, now: Instant) -> Result<(), Duration> {
        while let Some(&oldest) = self.accepted.front() {
            if oldest + rule.per <= now {
                self.accepted.pop_front();
            } else {
                break;
            }
        }
        if self.accepted.len() < rule.limit as usize {
            return Ok(());
        }
        // Full: the request fits once enough old ones leave the window.
        let blocking = self.accepted.len() + 1 - rule.limit as usize;
        let until = self.accepted[blocking - 1] + rule.per;
        Err(until - now)
    }

    /// Records an accepted request (after [`check`](Self::check) said it fits).
    pub(crate) fn record(&mut self, now: Instant) {
        self.accepted.push_back(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RULE: Rule = Rule::new(50, Duration::from_secs(1));

    #[tokio::test(start_paused = true)]
    async fn fifty_first_request_in_a_second_waits_for_the_oldest() {
        let mut log = SlidingLog::default();
        let start = Instant::now();
        for i in 0..50 {
            let now = start + Duration::from_millis(i * 10);
            assert!(log.check(RULE, now).is_ok());
            log.record(now);
        }
        let late = start + Duration::from_millis(600);
        assert_eq!(log.check(RULE, late), Err(Duration::from_millis(400)));
        // Exactly one second after the first request, one slot frees up.
        let freed = start + Duration::from_secs(1);
        assert!(log.check(RULE, freed).is_ok());
    }

    proptest! {
        /// No one-second interval anywhere holds more than `limit` accepted requests.
        #[test]
        fn no_interval_exceeds_the_limit(gaps in proptest::collection::vec(0u64..60, 1..400)) {
            let rule = Rule::new(10, Duration::from_millis(1_000));
            let mut log = SlidingLog::default();
            let mut now = Instant::now();
            let mut accepted = Vec::new();
            for gap in gaps {
                now += Duration::from_millis(gap);
                if log.check(rule, now).is_ok() {
                    log.record(now);
                    accepted.push(now);
                }
            }
            for (i, t) in accepted.iter().enumerate() {
                let within = accepted[i..].iter().take_while(|u| **u < *t + rule.per).count();
                prop_assert!(within <= rule.limit as usize);
            }
        }
    }
}
