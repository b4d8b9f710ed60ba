//! The default [`HttpClient`]: reqwest over a configured connection pool.

use std::error::Error as StdError;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures::future::BoxFuture;

use crate::base_url::BaseUrl;
use crate::{Body, Error, ErrorKind, HttpClient, TransportError, TransportErrorKind};

/// The default [`HttpConfig::max_response_bytes`]: 8 MiB.
///
/// Discord's largest answers are JSON pages capped by their own `limit`
/// parameters: 1000 guild members, 100 messages with their embeds, an audit
/// log page of 100 entries with its users, webhooks and threads, a guild with
/// its roles and emojis. Each stays well under 1 MiB; attachments, avatars and
/// emoji images are served by the CDN, not by the API. 8 MiB leaves ample room
/// for Discord to grow, while a runaway or hostile body (a misbehaving proxy,
/// a wrong base URL) cannot make the client buffer an unbounded amount.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 8 << 20;

/// Connection-pool and timeout settings of the default HTTP client.
///
/// The defaults suit a bot talking to one host (discord.com): a warm pool of
/// idle connections kept for 90 s, TCP keep-alive so NATs do not silently drop
/// them, a 10 s connect timeout and a 30 s timeout for the whole request, and
/// HTTP/2 whenever the server offers it through ALPN (one connection multiplexes
/// every request).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HttpConfig {
    /// Idle connections kept per host.
    pub pool_max_idle_per_host: usize,
    /// How long an idle connection is kept (`None`: forever).
    pub pool_idle_timeout: Option<Duration>,
    /// TCP keep-alive interval (`None`: off).
    pub tcp_keepalive: Option<Duration>,
    /// Timeout for establishing a connection.
    pub connect_timeout: Duration,
    /// Timeout for a whole request, from sending to the last byte of the answer
    /// (`None`: no timeout).
    pub request_timeout: Option<Duration>,
    /// Negotiate HTTP/2 through ALPN when the server offers it; `false` forces HTTP/1.1.
    pub http2: bool,
    /// Disable Nagle's algorithm: requests are small and latency matters.
    pub tcp_nodelay: bool,
    /// The largest answer body read, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`]). An answer announcing a larger
    /// `Content-Length` is refused before its body is read, and a body that
    /// grows past the limit is abandoned there; both fail with
    /// [`TransportErrorKind::TooLarge`] and the connection is closed.
    pub max_response_bytes: usize,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            pool_max_idle_per_host: 32,
            pool_idle_timeout: Some(Duration::from_secs(90)),
            tcp_keepalive: Some(Duration::from_secs(60)),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Some(Duration::from_secs(30)),
            http2: true,
            tcp_nodelay: true,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

/// The default [`HttpClient`], built on a pooled `reqwest::Client`.
#[derive(Debug, Clone)]
pub struct ReqwestClient {
    client: reqwest::Client,
    base: BaseUrl,
    max_response_bytes: usize,
}

impl ReqwestClient {
    /// A client with the default [`HttpConfig`].
    pub fn new() -> Result<Self, Error> {
        Self::builder().build()
    }

    /// A builder for the pool and timeout settings.
    pub fn builder() -> ReqwestClientBuilder {
        ReqwestClientBuilder::default()
    }

    /// A client built with `config`.
    pub fn from_config(config: &HttpConfig) -> Result<Self, Error> {
        let mut builder = reqwest::Client::builder()
            .pool_max_idle_per_host(config.pool_max_idle_per_host)
            .pool_idle_timeout(config.pool_idle_timeout)
            .tcp_keepalive(config.tcp_keepalive)
            .tcp_nodelay(config.tcp_nodelay)
            .connect_timeout(config.connect_timeout)
            // The flow follows no redirects: Discord sends none, and following
            // one would carry the Authorization header elsewhere.
            .redirect(reqwest::redirect::Policy::none());
        if let Some(timeout) = config.request_timeout {
            builder = builder.timeout(timeout);
        }
        if !config.http2 {
            builder = builder.http1_only();
        }
        let client = builder.build().map_err(|err| {
            Error::new(ErrorKind::Config(
                "the HTTP client could not be built".into(),
            ))
            .with_source(err.without_url())
        })?;
        Ok(Self {
            client,
            base: BaseUrl::default(),
            max_response_bytes: config.max_response_bytes,
        })
    }

    /// Wraps a `reqwest::Client` configured by the caller; answers are read
    /// up to [`DEFAULT_MAX_RESPONSE_BYTES`].
    pub fn from_client(client: reqwest::Client) -> Self {
        Self {
            client,
            base: BaseUrl::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }

    /// The same client reading answers up to `limit` bytes.
    #[must_use]
    pub fn with_max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }
}

impl HttpClient for ReqwestClient {
    fn send(
        &self,
        request: http::Request<Body>,
    ) -> BoxFuture<'_, Result<http::Response<Body>, TransportError>> {
        Box::pin(async move {
            // A HEAD answer's Content-Length describes a body that never comes.
            let head = request.method() == http::Method::HEAD;
            let request = self.base.convert(request)?;
            let mut response = self.client.execute(request).await.map_err(transport)?;
            let mut builder = http::Response::builder()
                .status(response.status())
                .version(response.version());
            if let Some(headers) = builder.headers_mut() {
                *headers = std::mem::take(response.headers_mut());
            }
            let body = read_body(response, self.max_response_bytes, head).await?;
            builder
                .body(body)
                .map_err(|err| TransportError::with_source(TransportErrorKind::Other, err))
        })
    }
}

/// Reads a body of at most `limit` bytes, chunk by chunk.
///
/// A `Content-Length` above the limit is refused before anything is read; a
/// body without one (chunked) is abandoned as soon as it passes the limit.
/// Returning early drops `response`, and with it the connection, so the rest
/// of the body is never downloaded. A body that comes in one chunk is handed
/// on as it is; otherwise the chunks are copied once, into a buffer of the
/// exact size.
async fn read_body(
    mut response: reqwest::Response,
    limit: usize,
    head: bool,
) -> Result<Bytes, TransportError> {
    let announced = if head {
        None
    } else {
        response.content_length()
    };
    if announced.is_some_and(|length| length > limit as u64) {
        return Err(TransportError::too_large(limit));
    }
    // Discord's answers nearly always arrive as one chunk: that one is returned
    // as is, and only a second chunk starts a list to join.
    let Some(first) = response.chunk().await.map_err(transport)? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(TransportError::too_large(limit));
    }
    let Some(second) = response.chunk().await.map_err(transport)? else {
        return Ok(first);
    };
    let mut total = first.len();
    let mut chunks: Vec<Bytes> = vec![first];
    let mut next = Some(second);
    while let Some(chunk) = next {
        total = total.saturating_add(chunk.len());
        if total > limit {
            return Err(TransportError::too_large(limit));
        }
        chunks.push(chunk);
        next = response.chunk().await.map_err(transport)?;
    }
    let mut body = BytesMut::with_capacity(total);
    for chunk in &chunks {
        body.extend_from_slice(chunk);
    }
    Ok(body.freeze())
}

/// Maps a reqwest error to a transport error, dropping its URL.
fn transport(err: reqwest::Error) -> TransportError {
    let kind = if err.is_timeout() {
        TransportErrorKind::Timeout
    } else if err.is_connect() {
        TransportErrorKind::Connect
    } else if err.is_body() || err.is_decode() {
        TransportErrorKind::Body
    } else if err.is_builder() {
        TransportErrorKind::Request
    } else if err.is_request() || has_io_source(&err) {
        TransportErrorKind::Connection
    } else {
        TransportErrorKind::Other
    };
    TransportError::with_source(kind, err.without_url())
}

fn has_io_source(err: &(dyn StdError + 'static)) -> bool {
    let mut source = err.source();
    while let Some(cause) = source {
        if cause.is::<std::io::Error>() {
            return true;
        }
        source = cause.source();
    }
    false
}

/// Builds a [`ReqwestClient`]; every knob of [`HttpConfig`].
#[derive(Debug, Clone, Default)]
#[must_use = "a builder does nothing until built"]
pub struct ReqwestClientBuilder {
    config: HttpConfig,
}

impl ReqwestClientBuilder {
    /// Starts from a whole configuration.
    pub fn config(mut self, config: HttpConfig) -> Self {
        self.config = config;
        self
    }

    /// Idle connections kept per host.
    pub fn pool_max_idle_per_host(mut self, max: usize) -> Self {
        self.config.pool_max_idle_per_host = max;
        self
    }

    /// How long an idle connection is kept (`None`: forever).
    pub fn pool_idle_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.config.pool_idle_timeout = timeout;
        self
    }

    /// TCP keep-alive interval (`None`: off).
    pub fn tcp_keepalive(mut self, interval: Option<Duration>) -> Self {
        self.config.tcp_keepalive = interval;
        self
    }

    /// Timeout for establishing a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout;
        self
    }

    /// Timeout for a whole request (`None`: none).
    pub fn request_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.config.request_timeout = timeout;
        self
    }

    /// Whether HTTP/2 may be negotiated through ALPN.
    pub fn http2(mut self, enabled: bool) -> Self {
        self.config.http2 = enabled;
        self
    }

    /// Whether Nagle's algorithm is disabled.
    pub fn tcp_nodelay(mut self, enabled: bool) -> Self {
        self.config.tcp_nodelay = enabled;
        self
    }

    /// The largest answer body read, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`]); see [`HttpConfig::max_response_bytes`].
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.config.max_response_bytes = limit;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<ReqwestClient, Error> {
        ReqwestClient::from_config(&self.config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_with_every_knob() {
        let client = ReqwestClient::builder()
            .pool_max_idle_per_host(4)
            .pool_idle_timeout(None)
            .tcp_keepalive(Some(Duration::from_secs(5)))
            .connect_timeout(Duration::from_secs(1))
            .request_timeout(None)
            .http2(false)
            .tcp_nodelay(false)
            .max_response_bytes(1024)
            .build();
        assert!(client.is_ok());
        assert_eq!(HttpConfig::default().pool_max_idle_per_host, 32);
        assert!(HttpConfig::default().http2);
        assert_eq!(
            HttpConfig::default().max_response_bytes,
            DEFAULT_MAX_RESPONSE_BYTES
        );
    }

    #[tokio::test]
    async fn bad_requests_are_transport_errors_not_panics() {
        let client = ReqwestClient::new().unwrap();
        // A relative URI cannot be sent.
        let request = http::Request::builder()
            .uri("/no-host")
            .body(Body::new())
            .unwrap();
        let err = client.send(request).await.unwrap_err();
        assert!(matches!(
            err.kind(),
            TransportErrorKind::Request | TransportErrorKind::Other
        ));
    }
}
