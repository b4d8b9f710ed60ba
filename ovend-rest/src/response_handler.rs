//! Turns Discord's raw answers into rate-limit facts and typed results.

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use ovend_ratelimit::{HeaderError, RateLimitHeaders};

use crate::{discord_error, Error, ErrorKind, Response};

/// What one answer means.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Outcome {
    /// A 1xx–3xx answer: hand it to the caller.
    Success(Response),
    /// A 429 from Discord: wait `retry_after` and send again, or give up.
    RateLimited,
    /// An error answer, typed.
    Failure(Error),
}

/// One answer, read.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Handled {
    /// What the answer says about rate limits (for `Permit::complete`).
    pub headers: RateLimitHeaders,
    /// Rate-limit headers that were present but malformed, and were ignored.
    pub malformed: Vec<HeaderError>,
    /// What to do with the answer.
    pub outcome: Outcome,
}

/// Reads Discord's answers: rate-limit headers (with a 429's body), Discord's
/// JSON errors with flattened field errors, 401s, Cloudflare bans and proxies'
/// non-JSON error pages.
///
/// A rate-limit header that is present but malformed is dropped (and reported in
/// [`Handled::malformed`]) rather than failing the answer: the answer itself is
/// still good, and the limiter learns from every header that could be read.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResponseHandler;

/// How much of a non-JSON error body goes into [`ErrorKind::Api`]'s message.
const SNIPPET_CHARS: usize = 200;

impl ResponseHandler {
    /// Reads one answer.
    pub fn handle(&self, response: http::Response<Bytes>) -> Handled {
        let (parts, body) = response.into_parts();
        let (mut headers, malformed) = parse_headers(parts.status, &parts.headers);
        let outcome = if parts.status.as_u16() == 429 {
            headers.apply_body(&body);
            rate_limited(&headers)
        } else if parts.status.is_client_error() || parts.status.is_server_error() {
            Outcome::Failure(error_answer(parts.status, &body))
        } else {
            Outcome::Success(Response::new(parts.status, parts.headers, body))
        };
        Handled {
            headers,
            malformed,
            outcome,
        }
    }
}

/// Parses the rate-limit headers, dropping each malformed one and trying again.
fn parse_headers(status: StatusCode, headers: &HeaderMap) -> (RateLimitHeaders, Vec<HeaderError>) {
    let mut malformed = Vec::new();
    let mut working: Option<HeaderMap> = None;
    loop {
        let current = working.as_ref().unwrap_or(headers);
        match RateLimitHeaders::parse(status.as_u16(), current) {
            Ok(parsed) => return (parsed, malformed),
            Err(err) => {
                let mut next = current.clone();
                // Each round removes one header, so this ends.
                if next.remove(err.name).is_none() {
                    return (RateLimitHeaders::new(status.as_u16()), malformed);
                }
                malformed.push(err);
                working = Some(next);
            }
        }
    }
}

fn rate_limited(headers: &RateLimitHeaders) -> Outcome {
    if headers.is_cloudflare_ban() {
        return Outcome::Failure(Error::new(ErrorKind::CloudflareBan {
            retry_after: headers.retry_after,
        }));
    }
    Outcome::RateLimited
}

/// Types a 4xx or 5xx (other than 429) answer.
pub(crate) fn error_answer(status: StatusCode, body: &[u8]) -> Error {
    if status == StatusCode::UNAUTHORIZED {
        return Error::new(ErrorKind::InvalidToken);
    }
    let kind = match discord_error::parse(body) {
        Some(parsed) => ErrorKind::Api {
            status,
            code: Some(parsed.code),
            message: parsed.message,
            errors: parsed.errors,
        },
        None => ErrorKind::Api {
            status,
            code: None,
            message: snippet(body, status),
            errors: Vec::new(),
        },
    };
    Error::new(kind)
}

/// The start of a non-JSON body as one line of text, or the status's reason.
fn snippet(body: &[u8], status: StatusCode) -> String {
    let text = String::from_utf8_lossy(body);
    let line: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(SNIPPET_CHARS)
        .collect();
    if line.is_empty() {
        status.canonical_reason().unwrap_or_default().to_owned()
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, headers: &[(&'static str, &str)], body: &str) -> http::Response<Bytes> {
        let mut builder = http::Response::builder().status(status);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Bytes::from(body.to_owned())).unwrap()
    }

    #[test]
    fn success_keeps_headers_for_the_limiter() {
        let handled = ResponseHandler.handle(answer(
            200,
            &[
                ("x-ratelimit-remaining", "4"),
                ("x-ratelimit-bucket", "abc"),
            ],
            "{}",
        ));
        assert_eq!(handled.headers.remaining, Some(4));
        assert_eq!(handled.headers.bucket.as_deref(), Some("abc"));
        assert!(matches!(handled.outcome, Outcome::Success(_)));
    }

    #[test]
    fn malformed_header_is_dropped_not_fatal() {
        let handled = ResponseHandler.handle(answer(
            200,
            &[
                ("x-ratelimit-remaining", "garbage"),
                ("x-ratelimit-limit", "5"),
            ],
            "{}",
        ));
        assert_eq!(handled.headers.remaining, None);
        assert_eq!(handled.headers.limit, Some(5));
        assert_eq!(handled.malformed.len(), 1);
        assert_eq!(handled.malformed[0].name, "x-ratelimit-remaining");
        assert!(matches!(handled.outcome, Outcome::Success(_)));
    }

    #[test]
    fn discord_429_uses_body_retry_after() {
        let handled = ResponseHandler.handle(answer(
            429,
            &[("x-ratelimit-scope", "user"), ("retry-after", "1")],
            r#"{"message":"You are being rate limited.","retry_after":0.25,"global":false}"#,
        ));
        assert!(matches!(handled.outcome, Outcome::RateLimited));
        assert_eq!(
            handled.headers.retry_after,
            Some(std::time::Duration::from_millis(250))
        );
    }

    #[test]
    fn cloudflare_429_is_a_ban() {
        let handled =
            ResponseHandler.handle(answer(429, &[("retry-after", "3600")], "error code: 1015"));
        let Outcome::Failure(err) = handled.outcome else {
            panic!("expected a failure");
        };
        assert!(matches!(
            err.kind(),
            ErrorKind::CloudflareBan {
                retry_after: Some(_)
            }
        ));
    }

    #[test]
    fn unauthorized_and_html_errors_are_typed() {
        let handled = ResponseHandler.handle(answer(
            401,
            &[],
            r#"{"message":"401: Unauthorized","code":0}"#,
        ));
        let Outcome::Failure(err) = handled.outcome else {
            panic!("expected a failure");
        };
        assert_eq!(err.kind(), &ErrorKind::InvalidToken);

        let err = error_answer(StatusCode::BAD_GATEWAY, b"<html>502 Bad Gateway</html>");
        match err.kind() {
            ErrorKind::Api {
                status,
                code,
                message,
                errors,
            } => {
                assert_eq!(*status, StatusCode::BAD_GATEWAY);
                assert_eq!(*code, None);
                assert_eq!(message, "<html>502 Bad Gateway</html>");
                assert!(errors.is_empty());
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(err.is_retryable());
        let empty = error_answer(StatusCode::SERVICE_UNAVAILABLE, b"");
        assert!(empty.to_string().contains("Service Unavailable"));
    }
}
