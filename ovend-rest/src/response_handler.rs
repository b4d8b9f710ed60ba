//! Turns Discord's raw answers into rate-limit facts and typed results.

use bytes::Bytes;
use http::StatusCode;
use ovend_ratelimit::{HeaderError, RateLimitHeaders, RouteKey, DEFAULT_WAIT_CEILING};

use crate::{discord_error, Error, ErrorKind, Response};

/// What one answer means.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Outcome {
    /// A 1xx–3xx answer: hand it to the caller.
    Success(Response),
    /// A 429 from Discord (its headers are there): wait `retry_after` and send
    /// again, or give up. A 429 from Cloudflare's ban or a proxy is a `Failure`.
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
/// Everything in an answer is hostile until checked. A rate-limit header that is
/// present but malformed (garbage, negative, NaN, infinite, an overflow) is
/// dropped (and reported in [`Handled::malformed`]) rather than failing the
/// answer: the answer itself is still good, and the limiter learns from every
/// header that could be read. Every wait is clamped to
/// [`DEFAULT_WAIT_CEILING`]; the rate limiter clamps again to its own ceiling.
///
/// A 429 is Discord's only with Discord's headers; one with Cloudflare's
/// signature and none of Discord's is a ban, and any other (a proxy's) is a
/// transient failure for the retry policy. A 401 on a webhook- or
/// interaction-token route concerns that path's token
/// ([`ErrorKind::InvalidWebhookToken`]); only elsewhere is it the bot token's.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResponseHandler;

/// How much of a non-JSON error body goes into [`ErrorKind::Api`]'s message.
const SNIPPET_CHARS: usize = 200;

impl ResponseHandler {
    /// Reads one answer to a bot-authenticated request.
    pub fn handle(&self, response: http::Response<Bytes>) -> Handled {
        self.handle_answer(response, false)
    }

    /// Reads one answer to a request on `key`: a 401 on a route whose
    /// credential is the token in its path is about that token only.
    pub fn handle_for(&self, key: &RouteKey, response: http::Response<Bytes>) -> Handled {
        self.handle_answer(response, key.uses_path_token())
    }

    fn handle_answer(&self, response: http::Response<Bytes>, path_token: bool) -> Handled {
        let (parts, body) = response.into_parts();
        let status = parts.status;
        let (mut headers, malformed) =
            RateLimitHeaders::parse_reporting(status.as_u16(), &parts.headers);
        if status.as_u16() == 429 {
            headers.apply_body(&body);
        }
        // Headers and a 429's body both give waits: clamp them all once.
        headers.clamp_waits(DEFAULT_WAIT_CEILING);
        let outcome = if status.as_u16() == 429 {
            rate_limited(&headers, &body)
        } else if status.is_client_error() || status.is_server_error() {
            Outcome::Failure(error_answer(status, &body, path_token))
        } else {
            Outcome::Success(Response::new(status, parts.headers, body))
        };
        Handled {
            headers,
            malformed,
            outcome,
        }
    }
}

fn rate_limited(headers: &RateLimitHeaders, body: &[u8]) -> Outcome {
    if headers.is_cloudflare_ban() {
        return Outcome::Failure(Error::new(ErrorKind::CloudflareBan {
            retry_after: headers.retry_after,
        }));
    }
    if headers.is_foreign_429() {
        // Not Discord's: a proxy in front of the bot. Transient, for the retry policy.
        return Outcome::Failure(error_answer(StatusCode::TOO_MANY_REQUESTS, body, false));
    }
    Outcome::RateLimited
}

/// Types a 4xx or 5xx answer; `path_token`: the request's credential was the
/// token in its path (a webhook or interaction route).
pub(crate) fn error_answer(status: StatusCode, body: &[u8], path_token: bool) -> Error {
    let parsed = discord_error::parse(body);
    if status == StatusCode::UNAUTHORIZED {
        return Error::new(match (path_token, parsed) {
            (true, Some(parsed)) => ErrorKind::InvalidWebhookToken {
                code: Some(parsed.code),
                message: parsed.message,
            },
            (true, None) => ErrorKind::InvalidWebhookToken {
                code: None,
                message: snippet(body, status),
            },
            (false, _) => ErrorKind::InvalidToken,
        });
    }
    let kind = match parsed {
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
///
/// Only the body's first bytes are looked at, and only the snippet is copied:
/// an error page can be megabytes long.
fn snippet(body: &[u8], status: StatusCode) -> String {
    // Enough for SNIPPET_CHARS characters of UTF-8 and some runs of spaces.
    const SCANNED: usize = 8 * SNIPPET_CHARS;
    let text = String::from_utf8_lossy(&body[..body.len().min(SCANNED)]);
    let mut line = String::with_capacity(SNIPPET_CHARS);
    let mut chars = 0;
    'words: for word in text.split_whitespace() {
        let space = (!line.is_empty()).then_some(' ');
        for c in space.into_iter().chain(word.chars()) {
            if chars == SNIPPET_CHARS {
                break 'words;
            }
            line.push(c);
            chars += 1;
        }
    }
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

        let err = error_answer(
            StatusCode::BAD_GATEWAY,
            b"<html>502 Bad Gateway</html>",
            false,
        );
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
        let empty = error_answer(StatusCode::SERVICE_UNAVAILABLE, b"", false);
        assert!(empty.to_string().contains("Service Unavailable"));
    }

    #[test]
    fn a_proxy_429_is_a_transient_failure_not_a_rate_limit() {
        let handled = ResponseHandler.handle(answer(
            429,
            &[("content-type", "text/html")],
            "<html><title>429 Too Many Requests</title></html>",
        ));
        let Outcome::Failure(err) = handled.outcome else {
            panic!("expected a failure");
        };
        assert_eq!(err.status(), Some(StatusCode::TOO_MANY_REQUESTS));
        assert!(matches!(err.kind(), ErrorKind::Api { code: None, .. }));
        assert!(err.is_retryable());
        assert!(!handled.headers.is_invalid_request());
    }

    #[test]
    fn a_401_on_a_token_route_names_discords_code() {
        let key = RouteKey::new(&http::Method::PATCH, "/webhooks/1/tok/messages/@original");
        let body = r#"{"message": "Invalid Webhook Token", "code": 50027}"#;
        let handled = ResponseHandler.handle_for(&key, answer(401, &[("via", "1.1 google")], body));
        let Outcome::Failure(err) = handled.outcome else {
            panic!("expected a failure");
        };
        assert_eq!(
            err.kind(),
            &ErrorKind::InvalidWebhookToken {
                code: Some(50027),
                message: "Invalid Webhook Token".into()
            }
        );
        assert_eq!(err.code(), Some(50027));
        let bot = RouteKey::new(&http::Method::GET, "/users/@me");
        let handled = ResponseHandler.handle_for(&bot, answer(401, &[], body));
        assert!(
            matches!(handled.outcome, Outcome::Failure(e) if e.kind() == &ErrorKind::InvalidToken)
        );
    }

    #[test]
    fn absurd_waits_are_clamped() {
        let handled = ResponseHandler.handle(answer(
            429,
            &[
                ("x-ratelimit-scope", "user"),
                ("x-ratelimit-reset-after", "1e9"),
            ],
            r#"{"retry_after": 1e19, "global": false}"#,
        ));
        assert!(matches!(handled.outcome, Outcome::RateLimited));
        assert_eq!(handled.headers.reset_after, Some(DEFAULT_WAIT_CEILING));
        assert_eq!(handled.headers.retry_after, None, "an overflow is unknown");
        assert!(handled.headers.malformed);
    }
}
