//! Learning a hidden sublimit from the one 429 that reveals it.
//!
//! The 429 says when the hidden window ends (`free_at` = answer + `retry_after`) but
//! not when it started, nor how many requests it allows. What the lane knows is
//! when its recent successes were granted; [`learn_from`] turns that into the rule
//! that is safe against every explanation those grants allow.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

use crate::time::after;
use crate::RateLimitHeaders;

/// A learned hidden limit: at most `allowed` requests in any `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sublimit {
    pub(crate) allowed: u32,
    pub(crate) window: Duration,
}

/// Successes remembered for learning a sublimit.
pub(crate) const HISTORY: usize = 64;

/// A hidden window is assumed to span at most this many times the 429's
/// `retry_after` (or one second, if longer) before the 429: only successes granted
/// within that span are taken as possibly counted by it. Without such a bound, a
/// lane used in bursts far apart (one delete every few seconds, then three at once)
/// cannot rule out "the window counted everything since the first burst" and learns
/// a rule many times too slow. Should a window be longer, a second 429 teaches it.
pub(crate) const LEARN_HORIZON: u32 = 2;

/// How long a sublimit 429 asks to wait.
pub(crate) fn sublimit_wait(headers: &RateLimitHeaders) -> Duration {
    headers
        .retry_after
        .or(headers.reset_after)
        .unwrap_or(Duration::from_secs(1))
}

/// What a sublimit 429 answered at `now`, asking to wait `retry_after`, teaches
/// given the grant instants of the lane's successes before it (oldest first):
/// only those within the horizon (see [`LEARN_HORIZON`]) are weighed. Both
/// limiters learn through this (the Redis one from its shared history).
pub(crate) fn learn_recent(
    mut successes: VecDeque<Instant>,
    now: Instant,
    retry_after: Duration,
) -> Option<Sublimit> {
    let horizon = retry_after
        .max(Duration::from_secs(1))
        .saturating_mul(LEARN_HORIZON);
    let since = now.checked_sub(horizon);
    successes.retain(|granted| since.is_none_or(|since| *granted >= since));
    learn_from(&successes, after(now, retry_after))
}

/// What the sublimit 429 that frees at `free_at` teaches, given the grant instants
/// of the successes before it (oldest first).
///
/// Hypothesis `k`: Discord's hidden window (a fixed window that starts at its first
/// request, like all of its windows) counted exactly the last `k` successes, so it
/// allows `k` per `free_at` − (grant of the `k`-th last success). A hypothesis is
/// *consistent* if replaying the successes through that fixed window never counts
/// more than `k` and the last window starts at that success. A rule of `allowed` per
/// `window` is safe against every consistent hypothesis iff `allowed` is at most
/// each one's `k` and `window` at least each one's window: the smallest `k` and the
/// longest window. (None is consistent when latency blurred the grants; then every
/// hypothesis is taken into account.)
pub(crate) fn learn_from(successes: &VecDeque<Instant>, free_at: Instant) -> Option<Sublimit> {
    let grants: Vec<Instant> = successes.iter().copied().collect();
    let hypotheses: Vec<Sublimit> = (1..=grants.len())
        .map(|k| Sublimit {
            allowed: u32::try_from(k).unwrap_or(u32::MAX),
            window: free_at.saturating_duration_since(grants[grants.len() - k]),
        })
        .collect();
    let consistent: Vec<Sublimit> = hypotheses
        .iter()
        .copied()
        .filter(|h| is_consistent(&grants, *h))
        .collect();
    let pool = if consistent.is_empty() {
        &hypotheses
    } else {
        &consistent
    };
    let allowed = pool.iter().map(|h| h.allowed).min()?;
    let window = pool.iter().map(|h| h.window).max()?;
    Some(Sublimit { allowed, window })
}

/// Whether `grants` fit hypothesis `h` (see [`learn_from`]).
fn is_consistent(grants: &[Instant], h: Sublimit) -> bool {
    let k = usize::try_from(h.allowed).unwrap_or(usize::MAX);
    let Some(first) = grants.first() else {
        return false;
    };
    let (mut start, mut count) = (*first, 0usize);
    for grant in grants {
        if *grant >= start + h.window {
            (start, count) = (*grant, 0);
        }
        count += 1;
        if count > k {
            return false;
        }
    }
    grants.len() >= k && start == grants[grants.len() - k]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn an_old_burst_does_not_loosen_what_is_learned() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        // A burst of 3 long ago, then 3 within 200 ms and a 429 freeing 1 s after
        // the burst's first. "3 per second" and "6 per 61 s" both explain it; "4 per
        // 60.8 s" does not (the first window would have refused the 5th). Taking the
        // old burst's count would allow a burst of 6 and meet a 3 per second limit
        // again; the safe rule is 3 per 61 s.
        let grants = [0, 100, 200, 60_000, 60_100, 60_200];
        let successes: VecDeque<Instant> = grants.iter().map(|g| t0 + ms(*g)).collect();
        let learned = learn_from(&successes, t0 + ms(61_000));
        assert_eq!(
            learned,
            Some(Sublimit {
                allowed: 3,
                window: ms(61_000)
            })
        );
        assert_eq!(learn_from(&VecDeque::new(), t0), None);
    }
}
