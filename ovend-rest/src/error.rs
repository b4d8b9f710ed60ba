//! The one error type of ovend-rest and its kinds.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::StatusCode;
use ovend_ratelimit::{Rejected, Scope};

use crate::{FieldError, TransportErrorKind};

/// Everything that can go wrong with a request, from configuration to Discord's answer.
///
/// Match on [`Error::kind`]. The error is cheap to clone (single-flight hands one
/// error to every caller that shared an HTTP call), and neither `Display` nor
/// `Debug` ever contains the token or the request path (webhook tokens live in
/// paths): transport errors have their URL removed.
#[derive(Clone)]
pub struct Error {
    kind: ErrorKind,
    source: Option<Arc<dyn StdError + Send + Sync>>,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Discord (or a proxy in front of it) answered with an error status.
    ///
    /// Discord's JSON errors give `code`, `message` and the nested field errors
    /// flattened into dotted paths (`embeds.0.title`). An answer that is not
    /// Discord JSON, such as Cloudflare's HTML 502, has `code: None` and the start
    /// of the body as `message`.
    #[error("{}", api_text(*.status, *.code, .message, .errors))]
    Api {
        /// The HTTP status.
        status: StatusCode,
        /// Discord's JSON error code, when the body was Discord JSON.
        code: Option<u32>,
        /// Discord's message, or the start of a non-JSON body.
        message: String,
        /// Field errors, flattened.
        errors: Vec<FieldError>,
    },
    /// Discord answered 429 and the request was not retried (too many 429s in a
    /// row, a wait longer than `max_wait`, or `reject_on_rate_limit`).
    #[error("rate limited for {retry_after:?} (global: {global}, scope: {scope:?})")]
    RateLimited {
        /// How long Discord asked to wait.
        retry_after: Duration,
        /// Whether the global limit was hit.
        global: bool,
        /// `X-RateLimit-Scope`, when sent.
        scope: Option<Scope>,
    },
    /// Discord answered 401 on a bot-authenticated route, or the rate limiter
    /// knows the bot token was rejected: every request with this token will fail
    /// (until [`RestClient::reset_invalid_token`](crate::RestClient::reset_invalid_token)).
    #[error("the token was rejected by Discord (401 Unauthorized)")]
    InvalidToken,
    /// Discord answered 401 on a webhook- or interaction-token route: the token in
    /// the path is invalid (an interaction token expires 15 minutes after the
    /// interaction; a webhook may have been deleted). Only this request fails; the
    /// bot token is fine. Discord sends code 50027, "Invalid Webhook Token".
    #[error(
        "the webhook or interaction token in the path was rejected (401, code {code:?}): {message}"
    )]
    InvalidWebhookToken {
        /// Discord's JSON error code (50027 for an expired or deleted token).
        code: Option<u32>,
        /// Discord's message, or the start of a non-JSON body.
        message: String,
    },
    /// Cloudflare banned this IP (a 429 without Discord's headers). Stop sending.
    #[error("banned by Cloudflare (retry after {retry_after:?})")]
    CloudflareBan {
        /// How long the ban should last, when known.
        retry_after: Option<Duration>,
    },
    /// The request timed out: one HTTP exchange (connecting or waiting for the
    /// answer, or the attempt timeout), or the whole call's timeout.
    #[error("the request timed out")]
    Timeout,
    /// The HTTP transport failed: connecting, a reset connection, a broken body.
    #[error("HTTP transport error ({0:?})")]
    Http(TransportErrorKind),
    /// An answer could not be understood: a body that is not the expected JSON.
    #[error("could not decode the answer: {0}")]
    Decode(String),
    /// The request breaks Discord's documented limits; it was not sent.
    #[error("{}", validation_text(.0))]
    Validation(Vec<FieldError>),
    /// The client was configured with values it cannot use.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The request could not be built (a bad header, a body that does not serialize).
    #[error("invalid request: {0}")]
    Build(String),
    /// The rate limiter refused the request instead of letting it wait
    /// (`max_wait` exceeded, queue full, invalid-request safety limit, shut down).
    #[error("rejected by the rate limiter: {0}")]
    Rejected(Rejected),
    /// The answer's body was larger than the HTTP client reads
    /// ([`HttpConfig::max_response_bytes`](crate::HttpConfig::max_response_bytes));
    /// it was abandoned unread and the connection closed. Not retried: the
    /// same request would get the same answer. `limit` is 0 when a custom
    /// [`HttpClient`](crate::HttpClient) did not say.
    #[error("the answer's body is larger than the {limit}-byte limit")]
    ResponseTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// Raised by user code in the pipeline (see [`Error::custom`]).
    #[error("{0}")]
    Custom(String),
    /// The request joined a batch (see [`Batching`](crate::Batching)) whose
    /// task ended without answering it: it panicked, or the runtime shut down.
    /// The bulk request may or may not have reached Discord.
    #[error("the batch this request joined ended without answering it")]
    BatchAborted,
}

impl Error {
    /// An error of the given kind with no underlying cause.
    pub fn new(kind: ErrorKind) -> Self {
        Self { kind, source: None }
    }

    /// An error raised by user code in the pipeline (an interceptor, an error
    /// handler, a transformer, a response interceptor).
    pub fn custom(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Custom(message.into()))
    }

    /// Attaches the underlying cause (returned by [`std::error::Error::source`]).
    /// Its text must not contain the token.
    #[must_use]
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Takes the kind out of the error.
    pub fn into_kind(self) -> ErrorKind {
        self.kind
    }

    /// The HTTP status Discord answered with, when the error came from an answer.
    pub fn status(&self) -> Option<StatusCode> {
        match &self.kind {
            ErrorKind::Api { status, .. } => Some(*status),
            ErrorKind::RateLimited { .. } | ErrorKind::CloudflareBan { .. } => {
                Some(StatusCode::TOO_MANY_REQUESTS)
            }
            ErrorKind::InvalidToken | ErrorKind::InvalidWebhookToken { .. } => {
                Some(StatusCode::UNAUTHORIZED)
            }
            _ => None,
        }
    }

    /// Discord's JSON error code (e.g. 50035 for an invalid form body).
    pub fn code(&self) -> Option<u32> {
        match &self.kind {
            ErrorKind::Api { code, .. } | ErrorKind::InvalidWebhookToken { code, .. } => *code,
            _ => None,
        }
    }

    /// The field errors of an API or validation error (empty otherwise).
    pub fn field_errors(&self) -> &[FieldError] {
        match &self.kind {
            ErrorKind::Api { errors, .. } | ErrorKind::Validation(errors) => errors,
            _ => &[],
        }
    }

    /// How long to wait before trying again, when the error says.
    pub fn retry_after(&self) -> Option<Duration> {
        match &self.kind {
            ErrorKind::RateLimited { retry_after, .. } => Some(*retry_after),
            ErrorKind::CloudflareBan { retry_after } => *retry_after,
            ErrorKind::Rejected(Rejected::MaxWait { wait, .. }) => Some(*wait),
            _ => None,
        }
    }

    /// Whether sending the same request again later may succeed: 5xx answers,
    /// a proxy's 429, timeouts, transport failures and rate limits. Client errors
    /// (4xx), validation, configuration, a rejected token or a Cloudflare ban are not.
    pub fn is_retryable(&self) -> bool {
        match &self.kind {
            ErrorKind::Api { status, .. } => {
                status.is_server_error() || *status == StatusCode::TOO_MANY_REQUESTS
            }
            ErrorKind::RateLimited { .. } | ErrorKind::Timeout | ErrorKind::Http(_) => true,
            ErrorKind::Rejected(rejected) => matches!(
                rejected,
                Rejected::MaxWait { .. }
                    | Rejected::RateLimited { .. }
                    | Rejected::QueueFull { .. }
            ),
            _ => false,
        }
    }

    /// Whether Discord answered 429 or the limiter refused to wait for a limit.
    pub fn is_rate_limit(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::RateLimited { .. }
                | ErrorKind::Rejected(Rejected::RateLimited { .. } | Rejected::MaxWait { .. })
        )
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Self::new(kind)
    }
}

impl From<Rejected> for Error {
    /// Folds the limiter's refusals that mean the same as an answer into that
    /// answer's kind, so callers match one `InvalidToken` or `CloudflareBan`.
    fn from(rejected: Rejected) -> Self {
        let kind = match rejected {
            Rejected::InvalidToken => ErrorKind::InvalidToken,
            Rejected::CloudflareBan { remaining } => ErrorKind::CloudflareBan {
                retry_after: Some(remaining),
            },
            other => ErrorKind::Rejected(other),
        };
        Self::new(kind)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Error");
        debug.field("kind", &self.kind);
        if let Some(source) = &self.source {
            debug.field("source", source);
        }
        debug.finish()
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}

fn api_text(status: StatusCode, code: Option<u32>, message: &str, errors: &[FieldError]) -> String {
    let mut text = format!("Discord answered {status}");
    if let Some(code) = code {
        text.push_str(&format!(" (code {code})"));
    }
    if !message.is_empty() {
        text.push_str(": ");
        text.push_str(message);
    }
    if !errors.is_empty() {
        text.push_str(&format!(" [{}]", join(errors)));
    }
    text
}

fn validation_text(errors: &[FieldError]) -> String {
    format!("the request breaks Discord's limits: {}", join(errors))
}

fn join(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_display_lists_code_and_fields() {
        let err = Error::new(ErrorKind::Api {
            status: StatusCode::BAD_REQUEST,
            code: Some(50035),
            message: "Invalid Form Body".into(),
            errors: vec![FieldError::new(
                "embeds.0.title",
                "BASE_TYPE_MAX_LENGTH",
                "Too long.",
            )],
        });
        let text = err.to_string();
        assert!(text.contains("400 Bad Request"), "{text}");
        assert!(text.contains("code 50035"), "{text}");
        assert!(
            text.contains("embeds.0.title: Too long. (BASE_TYPE_MAX_LENGTH)"),
            "{text}"
        );
        assert_eq!(err.code(), Some(50035));
        assert_eq!(err.field_errors().len(), 1);
        assert!(!err.is_retryable());
    }

    #[test]
    fn server_errors_and_transport_failures_are_retryable() {
        let bad_gateway = Error::new(ErrorKind::Api {
            status: StatusCode::BAD_GATEWAY,
            code: None,
            message: String::new(),
            errors: Vec::new(),
        });
        assert!(bad_gateway.is_retryable());
        assert!(Error::new(ErrorKind::Timeout).is_retryable());
        assert!(!Error::new(ErrorKind::InvalidToken).is_retryable());
        assert!(!Error::new(ErrorKind::CloudflareBan { retry_after: None }).is_retryable());
    }

    #[test]
    fn rejections_fold_into_matching_kinds() {
        let err = Error::from(Rejected::InvalidToken);
        assert_eq!(err.kind(), &ErrorKind::InvalidToken);
        let ban = Error::from(Rejected::CloudflareBan {
            remaining: Duration::from_secs(5),
        });
        assert_eq!(ban.retry_after(), Some(Duration::from_secs(5)));
        let full = Error::from(Rejected::QueueFull { capacity: 3 });
        assert!(matches!(
            full.kind(),
            ErrorKind::Rejected(Rejected::QueueFull { .. })
        ));
        assert!(full.is_retryable());
    }
}
