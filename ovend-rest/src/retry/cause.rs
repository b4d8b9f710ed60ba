//! What went wrong with an attempt, and the context a retry decision sees.

use std::fmt;

use http::{Method, StatusCode};

/// Why an attempt failed.
///
/// A 429 is not a cause: rate limits are handled by the rate limiter's wait,
/// and never reach the retry policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryCause {
    /// Discord answered with this status (a 5xx, or a 4xx the caller asks about).
    Status(StatusCode),
    /// No answer before the request timeout.
    Timeout,
    /// The connection could not be established (DNS, TCP or TLS failure).
    Connect,
    /// The connection broke while the request or answer was in flight.
    Reset,
    /// Any other transport error.
    Other,
}

impl RetryCause {
    /// Whether the failure is transient, i.e. the same request may well succeed
    /// later: every 5xx but 501 and 505 (Cloudflare's 520–527 included), a 429
    /// that Discord did not send (a proxy's: Discord's own never get here),
    /// timeouts, connect errors and resets. Other statuses (4xx above all) would
    /// fail again the same way.
    #[must_use]
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Status(status) => {
                (status.is_server_error()
                    && !matches!(
                        *status,
                        StatusCode::NOT_IMPLEMENTED | StatusCode::HTTP_VERSION_NOT_SUPPORTED
                    ))
                    || *status == StatusCode::TOO_MANY_REQUESTS
            }
            Self::Timeout | Self::Connect | Self::Reset => true,
            Self::Other => false,
        }
    }
}

impl fmt::Display for RetryCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status(status) => write!(f, "status {status}"),
            Self::Timeout => f.write_str("timeout"),
            Self::Connect => f.write_str("connect error"),
            Self::Reset => f.write_str("connection reset"),
            Self::Other => f.write_str("transport error"),
        }
    }
}

/// What a [`RetryPolicy`](super::RetryPolicy) knows when it decides.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct RetryContext<'a> {
    /// The request's method.
    pub method: &'a Method,
    /// Whether the user marked the request as safe to repeat (needed for POST).
    pub idempotent: bool,
    /// Failed attempts so far, counting the one that just failed (1 after the
    /// first failure). Attempts answered 429 are not failures and not counted:
    /// the rate limiter's wait handles them, so they never use up the retries.
    pub attempt: u32,
    /// Why the last attempt failed.
    pub cause: &'a RetryCause,
}

impl<'a> RetryContext<'a> {
    /// The context after `attempt` attempts of a request not marked idempotent.
    #[must_use]
    pub fn new(method: &'a Method, attempt: u32, cause: &'a RetryCause) -> Self {
        Self {
            method,
            idempotent: false,
            attempt,
            cause,
        }
    }

    /// Marks the request as safe to repeat (or not).
    #[must_use]
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// Whether the request may be sent twice without harm: its method is
    /// GET, HEAD, OPTIONS, PUT, DELETE or PATCH (Discord's PATCH sets fields,
    /// so repeating it changes nothing), or the user marked it idempotent.
    #[must_use]
    pub fn is_repeatable(&self) -> bool {
        self.idempotent
            || matches!(
                *self.method,
                Method::GET
                    | Method::HEAD
                    | Method::OPTIONS
                    | Method::PUT
                    | Method::DELETE
                    | Method::PATCH
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transient_causes() {
        for code in [429, 500, 502, 503, 504, 520, 522, 524] {
            let status = StatusCode::from_u16(code).unwrap();
            assert!(RetryCause::Status(status).is_transient(), "{code}");
        }
        for code in [400, 401, 403, 404, 501, 505] {
            let status = StatusCode::from_u16(code).unwrap();
            assert!(!RetryCause::Status(status).is_transient(), "{code}");
        }
        assert!(RetryCause::Timeout.is_transient());
        assert!(RetryCause::Connect.is_transient());
        assert!(RetryCause::Reset.is_transient());
        assert!(!RetryCause::Other.is_transient());
    }

    #[test]
    fn repeatable_methods() {
        let cause = RetryCause::Timeout;
        for method in [
            Method::GET,
            Method::HEAD,
            Method::PUT,
            Method::DELETE,
            Method::PATCH,
        ] {
            assert!(
                RetryContext::new(&method, 1, &cause).is_repeatable(),
                "{method}"
            );
        }
        let post = Method::POST;
        assert!(!RetryContext::new(&post, 1, &cause).is_repeatable());
        assert!(RetryContext::new(&post, 1, &cause)
            .idempotent(true)
            .is_repeatable());
    }

    #[test]
    fn causes_display() {
        assert_eq!(
            RetryCause::Status(StatusCode::BAD_GATEWAY).to_string(),
            "status 502 Bad Gateway"
        );
        assert_eq!(RetryCause::Reset.to_string(), "connection reset");
    }
}
