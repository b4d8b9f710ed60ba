//! Telling a bucket's windows apart by Discord's `X-RateLimit-Reset`.
//!
//! Every answer gives its own estimate of its window's end: the answer's arrival
//! plus `Reset-After`, less the round-trip floor. Each estimate is safe alone
//! (Discord measured `Reset-After` before the answer left), and the earliest of
//! one window's answers is the closest: the later ones waited longer on their
//! way back, or were rounded up further (`Reset-After` has whole milliseconds).
//! Answers of two windows must not be mixed, though: the earlier end of an
//! answer of the window before, taken for the current window's, would let the
//! current window reopen before Discord's does. Without a way to tell them
//! apart, the latest estimate is kept.
//!
//! `X-RateLimit-Reset` is the window's end as an epoch. It is never compared with
//! the local clock (which may disagree with Discord's), only with another
//! answer's: two answers of one window name the same end, give or take rounding,
//! while the next window ends at least one window length later, and the window
//! is at least as long as any of its answers' `Reset-After`. So two answers
//! whose ends are within [`SAME_WINDOW_MS`] and within half the later answer's
//! `Reset-After` belong to one window. `complete.lua` applies the same rule.

use std::time::Duration;

/// How far two answers of one window may name its end apart: Discord rounds to
/// the millisecond, an emulator computing it per answer as now + `Reset-After`
/// drifts by one more, and its hosts' clocks may differ a little.
pub(crate) const SAME_WINDOW_MS: u64 = 5;

/// Whether windows ending at `known` and `new` (ms since the epoch, from
/// `X-RateLimit-Reset`) are one, for an answer whose `Reset-After` is `reset_after`.
pub(crate) fn same_window(known: Option<u64>, new: Option<u64>, reset_after: Duration) -> bool {
    let half = u64::try_from(reset_after.as_millis() / 2).unwrap_or(u64::MAX);
    match (known, new) {
        (Some(a), Some(b)) => a.abs_diff(b) <= SAME_WINDOW_MS.min(half),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_of_one_window_name_its_end_within_a_few_ms() {
        let ra = Duration::from_millis(4_000);
        assert!(same_window(Some(10_000), Some(10_000), ra));
        assert!(same_window(Some(10_000), Some(10_004), ra));
        assert!(!same_window(Some(10_000), Some(10_006), ra));
        assert!(
            !same_window(Some(10_000), Some(15_000), ra),
            "the next window"
        );
        assert!(
            !same_window(None, Some(10_000), ra),
            "unknown: not the same"
        );
        // An answer at the very end of its window bounds the tolerance: a window
        // 4 ms long could be followed by one ending 4 ms later.
        assert!(!same_window(
            Some(10_000),
            Some(10_003),
            Duration::from_millis(4)
        ));
        assert!(same_window(
            Some(10_000),
            Some(10_002),
            Duration::from_millis(4)
        ));
    }
}
