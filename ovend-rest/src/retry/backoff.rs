//! Exponential backoff with full jitter.
//!
//! The n-th retry waits a uniformly random time in `0..=min(max, base·2ⁿ⁻¹)`
//! ("full jitter", from AWS's *Exponential Backoff and Jitter*): the cap grows
//! exponentially so a struggling Discord gets room to recover, and the wait is
//! spread over the whole range so that many clients failing at once do not
//! retry in lockstep.

use std::time::Duration;

use rand::Rng;

/// Exponential backoff with full jitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    base: Duration,
    max: Duration,
}

impl Backoff {
    /// Backoff whose first retry waits up to `base`, doubling up to `max`.
    #[must_use]
    pub fn new(base: Duration, max: Duration) -> Self {
        Self { base, max }
    }

    /// The largest wait before retry number `retry` (1 for the first retry):
    /// `min(max, base·2^(retry-1))`.
    #[must_use]
    pub fn cap(&self, retry: u32) -> Duration {
        // 2^31 times any base already exceeds every sensible maximum; the
        // saturating multiply keeps huge bases from overflowing.
        let exponent = retry.saturating_sub(1).min(31);
        self.base.saturating_mul(1u32 << exponent).min(self.max)
    }

    /// A random wait in `0..=cap(retry)`, from the thread-local generator.
    #[must_use]
    pub fn delay(&self, retry: u32) -> Duration {
        self.delay_with(retry, &mut rand::thread_rng())
    }

    /// A random wait in `0..=cap(retry)`, from `rng` (seed it for reproducible
    /// tests or simulations).
    pub fn delay_with<R: Rng + ?Sized>(&self, retry: u32, rng: &mut R) -> Duration {
        let cap = u64::try_from(self.cap(retry).as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(rng.gen_range(0..=cap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    const BASE: Duration = Duration::from_millis(100);
    const MAX: Duration = Duration::from_secs(5);

    #[test]
    fn cap_doubles_up_to_the_maximum() {
        let backoff = Backoff::new(BASE, MAX);
        let caps: Vec<u64> = (1..=8).map(|n| backoff.cap(n).as_millis() as u64).collect();
        assert_eq!(caps, [100, 200, 400, 800, 1600, 3200, 5000, 5000]);
        assert_eq!(backoff.cap(0), BASE);
        assert_eq!(backoff.cap(u32::MAX), MAX);
        let huge = Backoff::new(Duration::MAX, Duration::MAX);
        assert_eq!(huge.cap(40), Duration::MAX);
    }

    #[test]
    fn full_jitter_stays_within_bounds_and_covers_them() {
        let backoff = Backoff::new(BASE, MAX);
        let mut rng = StdRng::seed_from_u64(7);
        for retry in 1..=8 {
            let cap = backoff.cap(retry);
            let samples: Vec<Duration> = (0..2000)
                .map(|_| backoff.delay_with(retry, &mut rng))
                .collect();
            assert!(samples.iter().all(|d| *d <= cap), "retry {retry}");
            // Full jitter: the samples spread over the whole range, not just near the cap.
            assert!(samples.iter().any(|d| *d < cap / 10), "retry {retry}");
            assert!(samples.iter().any(|d| *d > cap * 9 / 10), "retry {retry}");
        }
    }

    #[test]
    fn waits_grow_with_the_attempt() {
        let backoff = Backoff::new(BASE, MAX);
        let mut rng = StdRng::seed_from_u64(11);
        let mean = |retry, rng: &mut StdRng| {
            let total: Duration = (0..4000).map(|_| backoff.delay_with(retry, rng)).sum();
            total / 4000
        };
        let means: Vec<Duration> = (1..=6).map(|n| mean(n, &mut rng)).collect();
        for pair in means.windows(2) {
            assert!(pair[1] > pair[0] * 3 / 2, "{means:?}");
        }
        // The mean of a uniform 0..=cap draw is cap / 2.
        let first = means[0].as_secs_f64();
        assert!((first - 0.05).abs() < 0.005, "{first}");
    }

    proptest::proptest! {
        #[test]
        fn delay_never_exceeds_the_cap(base_ms in 0u64..10_000, max_ms in 0u64..60_000, retry in 0u32..100) {
            let backoff = Backoff::new(Duration::from_millis(base_ms), Duration::from_millis(max_ms));
            let cap = backoff.cap(retry);
            proptest::prop_assert!(cap <= Duration::from_millis(max_ms));
            proptest::prop_assert!(backoff.delay(retry) <= cap);
            // The cap never shrinks as retries go on.
            proptest::prop_assert!(backoff.cap(retry + 1) >= cap);
        }
    }

    #[test]
    fn zero_base_never_waits() {
        let backoff = Backoff::new(Duration::ZERO, MAX);
        assert_eq!(backoff.delay(3), Duration::ZERO);
    }
}
