//! [`DefaultRetryPolicy`]: transient failures of repeatable requests, with
//! backoff, an attempt cap and a budget.

use std::time::Duration;

use super::backoff::Backoff;
use super::budget::RetryBudget;
use super::{RetryContext, RetryPolicy};

/// Ten attempts: Discord's 5xx answers are independent blips far more often
/// than outages. At a 20 % failure rate a request fails for good with
/// probability 0.2¹⁰ ≈ 1e-7, so 400 requests all succeed with probability
/// above 0.9999 (with 4 attempts, 0.2⁴ = 0.0016 per request made a failure
/// among 400 requests a coin toss). In a real outage it is the budget, not this
/// cap, that keeps retries in check.
const DEFAULT_MAX_ATTEMPTS: u32 = 10;
const DEFAULT_BASE_DELAY: Duration = Duration::from_millis(100);
/// With the base delay, caps the waits at 0.1, 0.2, 0.4, 0.8, 1.6, then 2 s:
/// nine retries wait at most 11.1 s in all (5.6 s on average, full jitter).
const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(2);

/// The default retry policy.
///
/// A failed attempt is retried when all of these hold:
/// - the cause is transient: 500, 502, 503 or 504, a timeout, a connect error
///   or a reset (never a 4xx; 429s are the rate limiter's, not this policy's);
/// - the request is safe to repeat: GET, HEAD, OPTIONS, PUT, DELETE or PATCH,
///   or any method the user marked idempotent (a POST that creates a message
///   is not, unless the user says so);
/// - fewer than `max_attempts` attempts were made (default 10: 9 retries);
/// - the [`RetryBudget`] holds a retry (default: 10 s window, 10 per second in
///   reserve, 50 % of requests), so an outage does not turn into a retry storm.
///
/// The wait before retry n is drawn from `0..=min(max_delay, base_delay·2ⁿ⁻¹)`
/// (full jitter; defaults 100 ms and 2 s): at most 11.1 s of backoff in all
/// for the nine retries, 5.6 s on average.
///
/// The defaults are sized so that independent failures do not reach the
/// caller: at 20 % of answers failing (a bad minute of Discord's 502s), a
/// request needs ten failures in a row to fail (0.2¹⁰ ≈ 1e-7), and it makes
/// 0.25 retries on average, well within the budget's 0.5 per request. When
/// everything fails, the budget stops retries at its reserve plus half the
/// traffic, whatever the attempt cap.
#[derive(Debug)]
pub struct DefaultRetryPolicy {
    max_attempts: u32,
    backoff: Backoff,
    budget: Option<RetryBudget>,
}

impl DefaultRetryPolicy {
    /// The policy with its defaults.
    #[must_use]
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> DefaultRetryPolicyBuilder {
        DefaultRetryPolicyBuilder::default()
    }

    /// Attempts allowed in total, the first one included.
    #[must_use]
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The backoff between attempts.
    #[must_use]
    pub fn backoff(&self) -> &Backoff {
        &self.backoff
    }

    /// The retry budget, if any.
    #[must_use]
    pub fn budget(&self) -> Option<&RetryBudget> {
        self.budget.as_ref()
    }
}

impl Default for DefaultRetryPolicy {
    fn default() -> Self {
        Self::new()
    }
}

impl RetryPolicy for DefaultRetryPolicy {
    fn should_retry(&self, ctx: &RetryContext<'_>) -> Option<Duration> {
        let eligible =
            ctx.attempt < self.max_attempts && ctx.cause.is_transient() && ctx.is_repeatable();
        // The budget is asked last: only retries that would really be made
        // withdraw from it.
        if !eligible || !self.budget.as_ref().is_none_or(RetryBudget::withdraw) {
            return None;
        }
        Some(self.backoff.delay(ctx.attempt.max(1)))
    }

    fn on_request(&self) {
        if let Some(budget) = &self.budget {
            budget.deposit();
        }
    }
}

/// Builds a [`DefaultRetryPolicy`].
#[derive(Debug)]
#[must_use]
pub struct DefaultRetryPolicyBuilder {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    budget: Option<RetryBudget>,
}

impl Default for DefaultRetryPolicyBuilder {
    fn default() -> Self {
        Self {
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            base_delay: DEFAULT_BASE_DELAY,
            max_delay: DEFAULT_MAX_DELAY,
            budget: Some(RetryBudget::default()),
        }
    }
}

impl DefaultRetryPolicyBuilder {
    /// Attempts allowed in total, the first one included (default 10; 1 means
    /// no retries, and 0 is read as 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The cap of the first retry's wait, doubled for each further retry
    /// (default 100 ms).
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The largest wait between attempts (default 2 s).
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Uses `budget` instead of the default one.
    pub fn budget(mut self, budget: RetryBudget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// Retries without a budget: only the attempt cap limits them.
    pub fn no_budget(mut self) -> Self {
        self.budget = None;
        self
    }

    /// The policy.
    #[must_use]
    pub fn build(self) -> DefaultRetryPolicy {
        DefaultRetryPolicy {
            max_attempts: self.max_attempts,
            backoff: Backoff::new(self.base_delay, self.max_delay),
            budget: self.budget,
        }
    }
}

#[cfg(test)]
mod tests {
    use http::{Method, StatusCode};
    use tokio::time::advance;

    use super::*;
    use crate::retry::RetryCause;

    fn status(code: u16) -> RetryCause {
        RetryCause::Status(StatusCode::from_u16(code).unwrap())
    }

    fn decide(
        policy: &DefaultRetryPolicy,
        method: Method,
        attempt: u32,
        cause: RetryCause,
    ) -> bool {
        let ctx = RetryContext::new(&method, attempt, &cause);
        policy.should_retry(&ctx).is_some()
    }

    #[test]
    fn retries_transient_failures_of_repeatable_methods() {
        let policy = DefaultRetryPolicy::builder().no_budget().build();
        for method in [
            Method::GET,
            Method::HEAD,
            Method::PUT,
            Method::DELETE,
            Method::PATCH,
        ] {
            for cause in [
                status(500),
                status(502),
                status(503),
                status(504),
                RetryCause::Timeout,
                RetryCause::Connect,
                RetryCause::Reset,
            ] {
                assert!(
                    decide(&policy, method.clone(), 1, cause),
                    "{method} {cause}"
                );
            }
        }
    }

    #[test]
    fn never_retries_client_errors_or_unknown_transport_errors() {
        let policy = DefaultRetryPolicy::builder().no_budget().build();
        for cause in [
            status(400),
            status(401),
            status(403),
            status(404),
            status(501),
        ] {
            assert!(!decide(&policy, Method::GET, 1, cause), "{cause}");
        }
        // Discord's own 429s never reach the policy; a proxy's is transient.
        assert!(decide(&policy, Method::GET, 1, status(429)));
        assert!(!decide(&policy, Method::GET, 1, RetryCause::Other));
    }

    #[test]
    fn post_only_when_marked_idempotent() {
        let policy = DefaultRetryPolicy::builder().no_budget().build();
        let cause = status(502);
        let post = Method::POST;
        assert!(!decide(&policy, Method::POST, 1, cause));
        assert!(!decide(&policy, Method::POST, 1, RetryCause::Timeout));
        let marked = RetryContext::new(&post, 1, &cause).idempotent(true);
        assert!(policy.should_retry(&marked).is_some());
    }

    #[test]
    fn attempts_are_capped() {
        let policy = DefaultRetryPolicy::builder().no_budget().build();
        assert_eq!(policy.max_attempts(), 10);
        for attempt in 1..=9 {
            assert!(
                decide(&policy, Method::GET, attempt, status(503)),
                "{attempt}"
            );
        }
        assert!(!decide(&policy, Method::GET, 10, status(503)));
        let once = DefaultRetryPolicy::builder()
            .max_attempts(1)
            .no_budget()
            .build();
        assert!(!decide(&once, Method::GET, 1, status(503)));
        let zero = DefaultRetryPolicy::builder().max_attempts(0).build();
        assert_eq!(zero.max_attempts(), 1);
    }

    #[test]
    fn waits_are_jittered_within_the_growing_cap() {
        let policy = DefaultRetryPolicy::builder()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_secs(1))
            .max_attempts(10)
            .no_budget()
            .build();
        let method = Method::GET;
        let cause = RetryCause::Timeout;
        for (attempt, cap_ms) in [(1, 100), (2, 200), (3, 400), (4, 800), (5, 1000), (9, 1000)] {
            let ctx = RetryContext::new(&method, attempt, &cause);
            let waits: Vec<Duration> = (0..500).filter_map(|_| policy.should_retry(&ctx)).collect();
            assert_eq!(waits.len(), 500);
            let cap = Duration::from_millis(cap_ms);
            assert!(waits.iter().all(|w| *w <= cap), "attempt {attempt}");
            assert!(waits.iter().any(|w| *w > cap / 2), "attempt {attempt}");
            assert!(waits.iter().any(|w| *w < cap / 2), "attempt {attempt}");
        }
    }

    /// 1000 requests that all fail: without a budget they would make 9000
    /// retries; with the default one, at most 10/s × 10 s + 50 % × 1000.
    #[tokio::test(start_paused = true)]
    async fn the_budget_stops_a_retry_storm() {
        let policy = DefaultRetryPolicy::new();
        let method = Method::GET;
        let cause = status(502);
        let mut retries = 0;
        for _ in 0..1000 {
            policy.on_request();
            for attempt in 1.. {
                let ctx = RetryContext::new(&method, attempt, &cause);
                if policy.should_retry(&ctx).is_none() {
                    break;
                }
                retries += 1;
            }
        }
        assert!(retries <= 10 * 10 + 1000 / 2, "{retries}");
        // The budget, not the attempt cap, is what stopped them.
        assert!(retries >= 590, "{retries}");

        // It refills over time: once the window has passed, failures are
        // retried again.
        let ctx = RetryContext::new(&method, 1, &cause);
        assert!(policy.should_retry(&ctx).is_none());
        advance(Duration::from_secs(10)).await;
        assert!(policy.should_retry(&ctx).is_some());
    }

    /// At 20 % independent failures a request makes 0.25 retries on average;
    /// the default budget earns 0.5 per request, so it never runs dry, however
    /// many requests go through its window (the old 20 % did, past ~2000
    /// requests per window).
    #[tokio::test(start_paused = true)]
    async fn the_default_budget_covers_twenty_percent_failures() {
        use rand::{Rng, SeedableRng};
        let policy = DefaultRetryPolicy::new();
        let mut rng = rand::rngs::StdRng::seed_from_u64(5);
        let method = Method::GET;
        let cause = status(502);
        let mut failed = 0;
        for _ in 0..20_000 {
            policy.on_request();
            let mut attempt = 1;
            while rng.gen_bool(0.2) {
                let ctx = RetryContext::new(&method, attempt, &cause);
                if policy.should_retry(&ctx).is_none() {
                    failed += 1;
                    break;
                }
                attempt += 1;
            }
        }
        assert_eq!(failed, 0);
    }

    #[tokio::test(start_paused = true)]
    async fn non_retried_failures_do_not_spend_the_budget() {
        let budget = RetryBudget::new(Duration::from_secs(10), 1, 0.0);
        let policy = DefaultRetryPolicy::builder().budget(budget).build();
        for _ in 0..100 {
            assert!(!decide(&policy, Method::POST, 1, status(502)));
            assert!(!decide(&policy, Method::GET, 1, status(404)));
            assert!(!decide(&policy, Method::GET, 10, status(502)));
        }
        assert_eq!(policy.budget().map(RetryBudget::available), Some(10));
    }
}
