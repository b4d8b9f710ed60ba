//! The seam between the request flow and an HTTP stack.

use std::error::Error as StdError;
use std::fmt;

use bytes::Bytes;
use futures::future::BoxFuture;

/// A request or answer body: the whole body in memory. Discord's bodies are
/// small JSON documents or uploads the caller already holds; answers are read
/// up to a limit (see [`HttpConfig::max_response_bytes`](crate::HttpConfig::max_response_bytes)).
pub type Body = Bytes;

/// Sends one HTTP request and reads the whole answer.
///
/// Object safe, so the client holds it as `Arc<dyn HttpClient>`: [`ReqwestClient`](crate::ReqwestClient)
/// is the default, and a test double or another HTTP stack can replace it.
/// Implementations only move bytes; status codes, rate limits and retries are the
/// request flow's business. Any status, including 4xx and 5xx, is an `Ok` answer.
pub trait HttpClient: Send + Sync + fmt::Debug {
    /// Sends `request` and returns the complete answer.
    fn send(
        &self,
        request: http::Request<Body>,
    ) -> BoxFuture<'_, Result<http::Response<Body>, TransportError>>;
}

/// What kind of transport failure happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be established (DNS, refused, TLS).
    Connect,
    /// Connecting or answering took longer than the configured timeout.
    Timeout,
    /// The connection broke while sending or receiving (reset, closed early).
    Connection,
    /// The answer's body could not be read.
    Body,
    /// The request could not be turned into an HTTP request (a bad URL).
    Request,
    /// The answer's body is larger than the client reads (see
    /// [`TransportError::too_large`]); it was not read to the end.
    TooLarge,
    /// Anything else.
    Other,
}

/// An HTTP request that got no answer.
///
/// Its text never contains the URL: webhook and interaction tokens live in paths.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Option<Box<dyn StdError + Send + Sync>>,
    /// The body limit a [`TransportErrorKind::TooLarge`] answer exceeded.
    limit: Option<usize>,
}

impl TransportError {
    /// A failure of the given kind.
    pub fn new(kind: TransportErrorKind) -> Self {
        Self {
            kind,
            source: None,
            limit: None,
        }
    }

    /// An answer whose body is larger than `limit` bytes, the most this
    /// client reads ([`TransportErrorKind::TooLarge`]).
    pub fn too_large(limit: usize) -> Self {
        Self {
            limit: Some(limit),
            ..Self::new(TransportErrorKind::TooLarge)
        }
    }

    /// The body limit an answer exceeded, for [`too_large`](Self::too_large) errors.
    pub fn body_limit(&self) -> Option<usize> {
        self.limit
    }

    /// A failure of the given kind caused by `source`, which must not mention
    /// the URL or the token.
    pub fn with_source(
        kind: TransportErrorKind,
        source: impl Into<Box<dyn StdError + Send + Sync>>,
    ) -> Self {
        Self {
            kind,
            source: Some(source.into()),
            limit: None,
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::Connection => "the connection broke",
            TransportErrorKind::Body => "could not read the answer's body",
            TransportErrorKind::Request => "could not build the HTTP request",
            TransportErrorKind::TooLarge => "the answer's body is too large",
            TransportErrorKind::Other => "transport failure",
        };
        f.write_str(what)?;
        if let Some(limit) = self.limit {
            write!(f, " (limit {limit} bytes)")?;
        }
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}
