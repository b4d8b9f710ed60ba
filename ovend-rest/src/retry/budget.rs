//! A retry budget, after tower's `TpsBudget` (and Finagle's `RetryBudget`).
//!
//! Retries multiply load exactly when Discord is least able to take it: if
//! every request that fails is retried three times, an outage quadruples the
//! traffic. A budget caps retries to a fraction of recent traffic instead:
//!
//! - every original request *deposits* into the budget;
//! - every retry *withdraws*; a retry that finds the budget empty is not made;
//! - deposits expire after `ttl`, so the budget reflects recent traffic only;
//! - a fixed reserve of `min_per_sec × ttl` retries is always available, so a
//!   client that sends little can still retry a few failures.
//!
//! Over any `ttl` window, retries ≤ `min_per_sec × ttl + retry_percent ×
//! requests`. Amounts are kept as integers (a retry costs a million units, a
//! request deposits `retry_percent` million) so fractional percentages are
//! exact, and the window is a ring of [`SLOTS`] counters, each covering
//! `ttl / SLOTS`: expiring old deposits is clearing one counter.
//!
//! Time comes from `tokio::time::Instant`, so tests run it on a paused clock.

use std::time::Duration;

use parking_lot::Mutex;
use tokio::time::Instant;

/// Number of slots the `ttl` window is divided into.
pub const SLOTS: usize = 10;

/// Units one retry costs; a request deposits `retry_percent` of this.
const UNITS_PER_RETRY: i64 = 1_000_000;

/// Bounds applied to the parameters, as tower does.
const MIN_TTL: Duration = Duration::from_secs(1);
const MAX_TTL: Duration = Duration::from_secs(60);
const MAX_PERCENT: f32 = 1000.0;

/// Caps retries to a share of recent requests. Thread-safe (one small mutex,
/// held for a few additions) and cheap to call on every request.
#[derive(Debug)]
pub struct RetryBudget {
    slot_width: Duration,
    deposit_amount: i64,
    reserve: i64,
    state: Mutex<Ring>,
}

/// The rolling window: per-slot balances, the current slot and when it began.
#[derive(Debug)]
struct Ring {
    slots: [i64; SLOTS],
    current: usize,
    started: Instant,
}

impl RetryBudget {
    /// A budget allowing, over any `ttl` window, `min_per_sec × ttl` retries
    /// plus `retry_percent` retries per original request (0.2 = one retry per
    /// five requests).
    ///
    /// Out-of-range values are clamped rather than rejected: `ttl` to 1–60 s,
    /// `retry_percent` to 0–1000 (NaN counts as 0), kept to a millionth.
    #[must_use]
    pub fn new(ttl: Duration, min_per_sec: u32, retry_percent: f32) -> Self {
        let ttl = ttl.clamp(MIN_TTL, MAX_TTL);
        let percent = if retry_percent.is_nan() {
            0.0
        } else {
            retry_percent.clamp(0.0, MAX_PERCENT)
        };
        // Exact integer accounting: a retry costs one million units and a
        // request deposits `retry_percent` millionths of that.
        let deposit_amount = (f64::from(percent) * UNITS_PER_RETRY as f64).round() as i64;
        // Whole retries over the window; at most 2^32 × 60, so the cast is exact.
        let reserve_retries = (f64::from(min_per_sec) * ttl.as_secs_f64()).floor() as i64;
        let reserve = reserve_retries.saturating_mul(UNITS_PER_RETRY);
        Self {
            slot_width: ttl / SLOTS as u32,
            deposit_amount,
            reserve,
            state: Mutex::new(Ring {
                slots: [0; SLOTS],
                current: 0,
                started: Instant::now(),
            }),
        }
    }

    /// Records an original request (not a retry).
    pub fn deposit(&self) {
        let mut ring = self.state.lock();
        ring.advance(Instant::now(), self.slot_width);
        let current = ring.current;
        ring.slots[current] = ring.slots[current].saturating_add(self.deposit_amount);
    }

    /// Takes the cost of one retry if the budget holds it; `false` means the
    /// retry must not be made.
    pub fn withdraw(&self) -> bool {
        let mut ring = self.state.lock();
        ring.advance(Instant::now(), self.slot_width);
        if ring.balance(self.reserve) < UNITS_PER_RETRY {
            return false;
        }
        let current = ring.current;
        ring.slots[current] = ring.slots[current].saturating_sub(UNITS_PER_RETRY);
        true
    }

    /// How many retries the budget would allow right now.
    #[must_use]
    pub fn available(&self) -> u64 {
        let mut ring = self.state.lock();
        ring.advance(Instant::now(), self.slot_width);
        let balance = ring.balance(self.reserve).max(0);
        u64::try_from(balance / UNITS_PER_RETRY).unwrap_or(0)
    }
}

impl Default for RetryBudget {
    /// 10 s window, 10 retries per second in reserve, 50 % of requests.
    ///
    /// tower's and Finagle's 20 % is too tight for Discord: at 20 % of answers
    /// failing (Discord's 502s come in such bursts) a request needs 0.25
    /// retries on average (0.2 + 0.2² + …), so a busy client would run the
    /// budget dry and hand 502s back to its callers. 50 % covers that twice
    /// over, and still caps an outage's extra load at half the traffic plus
    /// the reserve.
    fn default() -> Self {
        Self::new(Duration::from_secs(10), 10, 0.5)
    }
}

impl Ring {
    /// Moves to the slot that covers `now`, clearing the slots passed over
    /// (their deposits and withdrawals are older than the window).
    fn advance(&mut self, now: Instant, width: Duration) {
        let elapsed = now.saturating_duration_since(self.started);
        if elapsed < width {
            return;
        }
        let steps = elapsed.as_nanos() / width.as_nanos().max(1);
        let cleared = usize::try_from(steps).map_or(SLOTS, |s| s.min(SLOTS));
        for _ in 0..cleared {
            self.current = (self.current + 1) % SLOTS;
            self.slots[self.current] = 0;
        }
        self.started = match u32::try_from(steps) {
            Ok(steps) if cleared < SLOTS => self.started + width * steps,
            // Everything expired: start a fresh window at `now`.
            _ => now,
        };
    }

    fn balance(&self, reserve: i64) -> i64 {
        self.slots
            .iter()
            .fold(reserve, |sum, slot| sum.saturating_add(*slot))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::advance;

    #[tokio::test(start_paused = true)]
    async fn reserve_allows_min_per_sec_times_ttl() {
        let budget = RetryBudget::new(Duration::from_secs(10), 10, 0.2);
        assert_eq!(budget.available(), 100);
        let granted = (0..1000).filter(|_| budget.withdraw()).count();
        assert_eq!(granted, 100);
        assert!(!budget.withdraw());
    }

    #[tokio::test(start_paused = true)]
    async fn deposits_buy_a_share_of_retries() {
        let budget = RetryBudget::new(Duration::from_secs(10), 0, 0.2);
        assert!(!budget.withdraw());
        for _ in 0..50 {
            budget.deposit();
        }
        assert_eq!(budget.available(), 10);
        assert_eq!((0..100).filter(|_| budget.withdraw()).count(), 10);
        // Fractional percentages are honoured, not truncated to 1/n.
        let budget = RetryBudget::new(Duration::from_secs(10), 0, 0.3);
        (0..100).for_each(|_| budget.deposit());
        assert_eq!(budget.available(), 30);
    }

    #[tokio::test(start_paused = true)]
    async fn deposits_expire_after_ttl() {
        let budget = RetryBudget::new(Duration::from_secs(10), 0, 1.0);
        (0..10).for_each(|_| budget.deposit());
        advance(Duration::from_secs(5)).await;
        assert_eq!(budget.available(), 10);
        advance(Duration::from_secs(5)).await;
        assert_eq!(budget.available(), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn reserve_refills_once_withdrawals_expire() {
        let budget = RetryBudget::new(Duration::from_secs(10), 1, 0.0);
        assert_eq!((0..100).filter(|_| budget.withdraw()).count(), 10);
        advance(Duration::from_secs(9)).await;
        assert!(!budget.withdraw());
        advance(Duration::from_secs(1)).await;
        assert_eq!(budget.available(), 10);
        // A long idle gap clears everything at once.
        assert!(budget.withdraw());
        advance(Duration::from_secs(3600)).await;
        assert_eq!(budget.available(), 10);
    }

    #[tokio::test(start_paused = true)]
    async fn out_of_range_parameters_are_clamped() {
        // ttl 0 → 1 s, so the reserve is 5 × 1.
        let budget = RetryBudget::new(Duration::ZERO, 5, f32::NAN);
        assert_eq!(budget.available(), 5);
        budget.deposit();
        assert_eq!(budget.available(), 5, "NaN percent deposits nothing");
        let generous = RetryBudget::new(Duration::from_secs(600), 0, 5000.0);
        generous.deposit();
        assert_eq!(generous.available(), 1000);
    }

    proptest::proptest! {
        /// Within one window, retries never exceed the reserve plus the
        /// percentage of deposits, whatever the order of calls.
        #[test]
        fn never_grants_more_than_reserve_plus_share(
            min_per_sec in 0u32..20,
            percent in 0.0f32..2.0,
            ops in proptest::collection::vec(proptest::bool::ANY, 0..500),
        ) {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .start_paused(true)
                .build()
                .unwrap();
            runtime.block_on(async {
                let budget = RetryBudget::new(Duration::from_secs(10), min_per_sec, percent);
                let (mut deposits, mut granted) = (0u64, 0u64);
                for deposit in ops {
                    if deposit {
                        budget.deposit();
                        deposits += 1;
                    } else if budget.withdraw() {
                        granted += 1;
                    }
                }
                let share = (f64::from(percent) * 1e6).round() / 1e6;
                let bound = f64::from(min_per_sec) * 10.0 + share * deposits as f64;
                proptest::prop_assert!(granted as f64 <= bound + 1e-6, "{} > {}", granted, bound);
                Ok(())
            })?;
        }
    }

    #[test]
    fn usable_outside_a_runtime() {
        let budget = RetryBudget::default();
        budget.deposit();
        assert!(budget.withdraw());
    }
}
