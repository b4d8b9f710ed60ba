//! A count of occurrences in a sliding window of time.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// Most occurrences remembered. Discord bans an IP at 10,000 invalid requests in
/// ten minutes, so a window of invalid requests never needs more; beyond it the
/// oldest are forgotten and the count stays at this bound.
const MAX_REMEMBERED: usize = 100_000;

/// Counts occurrences within the last `window` (e.g. invalid requests in the last
/// ten minutes): one instant per occurrence, forgotten once it leaves the window.
///
/// Uses `tokio::time::Instant`, so a paused test clock drives it.
///
/// ```
/// use std::time::Duration;
/// use ovend_events::RollingCount;
/// use tokio::time::Instant;
///
/// let mut invalid = RollingCount::new(Duration::from_secs(600));
/// let start = Instant::now();
/// invalid.record(start);
/// invalid.record(start + Duration::from_secs(300));
/// assert_eq!(invalid.count(start + Duration::from_secs(599)), 2);
/// assert_eq!(invalid.count(start + Duration::from_secs(600)), 1);
/// ```
#[derive(Debug, Clone)]
pub struct RollingCount {
    window: Duration,
    at: VecDeque<Instant>,
}

impl RollingCount {
    /// An empty count over `window`.
    pub fn new(window: Duration) -> Self {
        Self {
            window,
            at: VecDeque::new(),
        }
    }

    /// The window's length.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Records one occurrence at `now` (instants must not go backwards).
    pub fn record(&mut self, now: Instant) {
        if self.at.len() >= MAX_REMEMBERED {
            self.at.pop_front();
        }
        self.at.push_back(now);
    }

    /// Occurrences in the window that ends at `now`.
    pub fn count(&mut self, now: Instant) -> u32 {
        while self
            .at
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= self.window)
        {
            self.at.pop_front();
        }
        u32::try_from(self.at.len()).unwrap_or(u32::MAX)
    }
}
