//! Retrying failed requests: the [`RetryPolicy`] seam and its implementations.
//!
//! After an attempt fails with a 5xx or a transport error, the client asks its
//! policy whether to try again and how long to wait first. 429 answers never
//! get here: the rate limiter waits them out and they are not failures.
//!
//! The contract between the client and a policy:
//! 1. [`RetryPolicy::on_request`] once per request, before its first attempt
//!    (never for retries): this is what feeds a [`RetryBudget`];
//! 2. after each failed attempt, [`RetryPolicy::should_retry`] with the number of
//!    failed attempts so far (429s excluded); `Some(wait)` means sleep `wait`,
//!    then send again;
//! 3. [`RetryPolicy::on_success`] when an attempt gets a non-failing answer.
//!
//! [`DefaultRetryPolicy`] retries transient failures of requests that are safe
//! to repeat, with exponential backoff and full jitter, at most 9 times, within
//! a budget; [`NoRetry`] never retries.
//!
//! ```
//! use std::time::Duration;
//! use http::{Method, StatusCode};
//! use ovend_rest::retry::{DefaultRetryPolicy, RetryCause, RetryContext, RetryPolicy};
//!
//! let policy = DefaultRetryPolicy::builder()
//!     .max_attempts(3)
//!     .base_delay(Duration::from_millis(50))
//!     .build();
//! policy.on_request();
//! let cause = RetryCause::Status(StatusCode::BAD_GATEWAY);
//!
//! // A GET that got a 502 is retried after at most 50 ms...
//! let get = Method::GET;
//! let wait = policy.should_retry(&RetryContext::new(&get, 1, &cause));
//! assert!(wait.is_some_and(|w| w <= Duration::from_millis(50)));
//!
//! // ...a POST only when the caller marked it idempotent.
//! let post = Method::POST;
//! assert!(policy.should_retry(&RetryContext::new(&post, 1, &cause)).is_none());
//! let marked = RetryContext::new(&post, 1, &cause).idempotent(true);
//! assert!(policy.should_retry(&marked).is_some());
//! ```

use std::fmt::Debug;
use std::time::Duration;

mod backoff;
mod budget;
mod cause;
mod no_retry;
mod policy;

pub use backoff::Backoff;
pub use budget::RetryBudget;
pub use cause::{RetryCause, RetryContext};
pub use no_retry::NoRetry;
pub use policy::{DefaultRetryPolicy, DefaultRetryPolicyBuilder};

/// Decides whether, and when, a failed attempt is tried again.
///
/// Object-safe, so the client holds it as `Arc<dyn RetryPolicy>`. The hooks
/// default to doing nothing; a policy with a budget uses them.
pub trait RetryPolicy: Send + Sync + Debug {
    /// The wait before the next attempt, or `None` to give up and return the
    /// failure.
    fn should_retry(&self, ctx: &RetryContext<'_>) -> Option<Duration>;

    /// Called once per request, before its first attempt (not for retries).
    fn on_request(&self) {}

    /// Called when an attempt gets an answer that is not a failure.
    fn on_success(&self) {}
}
