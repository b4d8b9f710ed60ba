//! Saturating time arithmetic: `Instant + Duration` panics on overflow, and every
//! duration here may come from the network. Waits are clamped to a ceiling before
//! they get here; this is the last line, so no value can ever panic a caller's task.

use std::time::Duration;

use tokio::time::Instant;

/// About thirty years: later than any wait, early enough to be representable.
const FAR: Duration = Duration::from_secs(86_400 * 365 * 30);

/// `at + wait`, or the farthest representable instant when that overflows.
pub(crate) fn after(at: Instant, wait: Duration) -> Instant {
    at.checked_add(wait)
        .or_else(|| at.checked_add(wait.min(FAR)))
        .unwrap_or(at)
}

/// `at − wait`, or `at` when that would go before the clock's origin.
pub(crate) fn before(at: Instant, wait: Duration) -> Instant {
    at.checked_sub(wait).unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn overflow_saturates_instead_of_panicking() {
        let now = Instant::now();
        assert!(after(now, Duration::MAX) > now + Duration::from_secs(86_400 * 365));
        assert_eq!(
            after(now, Duration::from_secs(1)),
            now + Duration::from_secs(1)
        );
        assert_eq!(before(now, Duration::MAX), now);
    }
}
