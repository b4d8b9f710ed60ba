//! [`NoRetry`]: a policy that never retries.

use std::time::Duration;

use super::{RetryContext, RetryPolicy};

/// Never retries: every failure is returned to the caller as it happened.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoRetry;

impl RetryPolicy for NoRetry {
    fn should_retry(&self, _ctx: &RetryContext<'_>) -> Option<Duration> {
        None
    }
}

#[cfg(test)]
mod tests {
    use http::{Method, StatusCode};

    use super::*;
    use crate::retry::RetryCause;

    #[test]
    fn never_retries() {
        let cause = RetryCause::Status(StatusCode::BAD_GATEWAY);
        let method = Method::GET;
        let ctx = RetryContext::new(&method, 1, &cause).idempotent(true);
        assert_eq!(NoRetry.should_retry(&ctx), None);
    }
}
