//! A Discord-like bucket window.
//!
//! Discord does not use fixed clock windows: a bucket's window starts at the
//! first request after the previous window expired and lasts `per`; within
//! it, `remaining` counts down from `limit`. This is stricter than a clock
//! window for the client (it cannot squeeze two bursts around a boundary) and
//! matches what `X-RateLimit-Reset-After` reports.

use std::time::Duration;

use tokio::time::Instant;

/// `limit` requests per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rule {
    pub(crate) limit: u32,
    pub(crate) per: Duration,
}

impl Rule {
    pub(crate) const fn new(limit: u32, per: Duration) -> Self {
        Self { limit, per }
    }

    /// The same rule with its window multiplied by the emulator's time scale.
    pub(crate) fn scaled(self, scale: f64) -> Self {
        Self {
            limit: self.limit,
            per: scale_duration(self.per, scale),
        }
    }
}

/// Multiplies a duration by the time scale, saturating instead of panicking.
pub(crate) fn scale_duration(duration: Duration, scale: f64) -> Duration {
    Duration::try_from_secs_f64(duration.as_secs_f64() * scale).unwrap_or(Duration::MAX)
}

/// The state of one window; a missing window is a fresh one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    expires: Instant,
    used: u32,
}

/// What the headers of an answer report about a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WindowView {
    pub(crate) remaining: u32,
    pub(crate) reset_after: Duration,
}

impl Window {
    /// Whether the window still runs at `now`.
    pub(crate) fn live(&self, now: Instant) -> bool {
        now < self.expires
    }

    /// The view of `slot` at `now` without consuming anything.
    pub(crate) fn view(slot: Option<&Self>, rule: Rule, now: Instant) -> WindowView {
        match slot.filter(|w| w.live(now)) {
            Some(w) => WindowView {
                remaining: rule.limit.saturating_sub(w.used),
                reset_after: w.expires - now,
            },
            None => WindowView {
                remaining: rule.limit,
                reset_after: rule.per,
            },
        }
    }

    /// Consumes one request, starting a new window if the old one expired.
    /// The caller checked that `remaining > 0`.
    pub(crate) fn take(slot: &mut Option<Self>, rule: Rule, now: Instant) -> WindowView {
        let window = match slot {
            Some(w) if w.live(now) => w,
            _ => slot.insert(Self {
                expires: now + rule.per,
                used: 0,
            }),
        };
        window.used = window.used.saturating_add(1);
        WindowView {
            remaining: rule.limit.saturating_sub(window.used),
            reset_after: window.expires - now,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RULE: Rule = Rule::new(5, Duration::from_secs(5));

    #[tokio::test(start_paused = true)]
    async fn window_starts_at_first_request_and_counts_down() {
        let mut slot = None;
        tokio::time::advance(Duration::from_millis(1_234)).await;
        let first = Window::take(&mut slot, RULE, Instant::now());
        assert_eq!(first.remaining, 4);
        assert_eq!(first.reset_after, Duration::from_secs(5));
        tokio::time::advance(Duration::from_secs(2)).await;
        let second = Window::take(&mut slot, RULE, Instant::now());
        assert_eq!(second.remaining, 3);
        assert_eq!(second.reset_after, Duration::from_secs(3));
        tokio::time::advance(Duration::from_secs(3)).await;
        let view = Window::view(slot.as_ref(), RULE, Instant::now());
        assert_eq!(view.remaining, 5, "the window expired exactly at its end");
        let fresh = Window::take(&mut slot, RULE, Instant::now());
        assert_eq!(fresh.reset_after, Duration::from_secs(5));
    }

    #[test]
    fn scaling_multiplies_the_window() {
        let rule = Rule::new(2, Duration::from_secs(600)).scaled(0.01);
        assert_eq!(rule.per, Duration::from_secs(6));
        assert_eq!(scale_duration(Duration::MAX, 10.0), Duration::MAX);
    }

    proptest! {
        /// No window admits more than `limit` requests, whatever the gaps
        /// between requests: counting from each window's start, the next
        /// `per` holds at most `limit` admitted requests.
        #[test]
        fn never_more_than_limit_per_window(gaps in proptest::collection::vec(0u64..3_000, 1..200)) {
            let mut now = Instant::now();
            let mut slot = None;
            let mut admitted: Vec<Instant> = Vec::new();
            let mut starts: Vec<Instant> = Vec::new();
            for gap in gaps {
                now += Duration::from_millis(gap);
                if Window::view(slot.as_ref(), RULE, now).remaining > 0 {
                    let view = Window::take(&mut slot, RULE, now);
                    if view.reset_after == RULE.per {
                        starts.push(now);
                    }
                    admitted.push(now);
                }
            }
            for start in starts {
                let in_window = admitted.iter().filter(|t| **t >= start && **t < start + RULE.per).count();
                prop_assert!(in_window <= RULE.limit as usize);
            }
        }
    }
}
