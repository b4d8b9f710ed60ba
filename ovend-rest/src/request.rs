//! The request builder returned by `RestClient::get/post/put/patch/delete`.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::FutureExt;
use http::header::{HeaderName, HeaderValue, AUTHORIZATION};
use http::Method;
use ovend_ratelimit::{Priority, RouteKey};
use serde::Serialize;

use crate::prepared::CachePolicy;
use crate::{
    audit_reason, flow, query, Attachment, Error, ErrorKind, Response, RestClient, Transformer,
};

/// One request being built. Nothing is sent until it is awaited (it is
/// [`IntoFuture`]) or [`send`](Self::send) is called.
///
/// Mistakes while building (a bad header, a body that does not serialize) are
/// kept and returned as a typed [`Error`] when the request is sent: the builder
/// methods never panic and never fail on their own.
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RequestBuilder {
    client: RestClient,
    parts: Parts,
    error: Option<Error>,
}

/// What the builder collects.
pub(crate) struct Parts {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) query: String,
    pub(crate) headers: http::HeaderMap,
    pub(crate) json: Option<serde_json::Value>,
    pub(crate) files: Vec<Attachment>,
    pub(crate) reason: Option<String>,
    pub(crate) priority: Priority,
    pub(crate) max_wait: Option<Duration>,
    pub(crate) reject_on_rate_limit: bool,
    pub(crate) cache: CachePolicy,
    pub(crate) idempotent: bool,
    /// Bound on the whole call (`None`: the client's).
    pub(crate) timeout: Option<Duration>,
    /// Bound on each HTTP exchange (`None`: the client's).
    pub(crate) attempt_timeout: Option<Duration>,
    /// This request's own transformers, run after the client's.
    pub(crate) transformers: Vec<Arc<dyn Transformer>>,
}

impl Parts {
    /// A request with every setting at its default; `path` is absolute and
    /// without a query.
    pub(crate) fn new(method: Method, path: String) -> Self {
        Self {
            method,
            path,
            query: String::new(),
            headers: http::HeaderMap::new(),
            json: None,
            files: Vec::new(),
            reason: None,
            priority: Priority::Normal,
            max_wait: None,
            reject_on_rate_limit: false,
            cache: CachePolicy::Default,
            idempotent: false,
            timeout: None,
            attempt_timeout: None,
            transformers: Vec::new(),
        }
    }
}

impl RequestBuilder {
    pub(crate) fn new(client: RestClient, method: Method, path: String) -> Self {
        // A query written into the path joins the one built with `query()`.
        let (path, query) = split_path(path);
        let mut parts = Parts::new(method, path);
        parts.query = query;
        Self {
            client,
            parts,
            error: None,
        }
    }

    /// Sends `body` as JSON (`Content-Type: application/json`), or as the
    /// `payload_json` part when files are attached.
    pub fn json(mut self, body: &impl Serialize) -> Self {
        match serde_json::to_value(body) {
            Ok(value) => self.parts.json = Some(value),
            Err(err) => self.fail(ErrorKind::Build(format!(
                "the JSON body does not serialize: {err}"
            ))),
        }
        self
    }

    /// Adds query parameters: a struct, a map, or `(key, value)` pairs such as
    /// `&[("limit", "50")]`. `None` fields are left out; may be called repeatedly.
    pub fn query(mut self, query: &impl Serialize) -> Self {
        if let Err(message) = query::append(&mut self.parts.query, query) {
            self.fail(ErrorKind::Build(message));
        }
        self
    }

    /// Sets a header, replacing any value set before under the same name
    /// (names are case-insensitive).
    ///
    /// Three names are special:
    /// - `Authorization` belongs to the client's token and cannot be set here
    ///   (the request fails with [`ErrorKind::Build`]);
    /// - `User-Agent` keeps the form Discord requires: the value is sent after
    ///   `DiscordBot (url, version)` (replacing the client's
    ///   [`user_agent_suffix`](crate::RestClientBuilder::user_agent_suffix)),
    ///   unless it already starts with `DiscordBot (`;
    /// - `X-Audit-Log-Reason` is the same as [`reason`](Self::reason): the
    ///   value is the reason's plain text, percent-encoded when sent and
    ///   checked against Discord's 512-character limit.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        let name = match HeaderName::from_bytes(name.as_ref().as_bytes()) {
            Ok(name) => name,
            Err(_) => {
                self.fail(ErrorKind::Build(format!(
                    "invalid header name {:?}",
                    name.as_ref()
                )));
                return self;
            }
        };
        if name == AUTHORIZATION {
            self.fail(ErrorKind::Build(
                "the Authorization header comes from the client's token".into(),
            ));
            return self;
        }
        if name == audit_reason::HEADER {
            return self.reason(value.as_ref());
        }
        match HeaderValue::from_str(value.as_ref()) {
            Ok(value) => {
                self.parts.headers.insert(name, value);
            }
            // The value is not quoted: it may be a secret.
            Err(_) => self.fail(ErrorKind::Build(format!("invalid value for header {name}"))),
        }
        self
    }

    /// Sets the audit-log reason, sent percent-encoded (UTF-8) in
    /// `X-Audit-Log-Reason`; the validator checks Discord's 512-character limit.
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.parts.reason = Some(reason.into());
        self
    }

    /// Attaches a file as the next `files[n]` part; the request becomes `multipart/form-data`.
    pub fn file(self, filename: impl Into<String>, data: impl Into<bytes::Bytes>) -> Self {
        self.attachment(Attachment::new(filename, data))
    }

    /// Attaches a file with its content type as the next `files[n]` part.
    pub fn attachment(mut self, attachment: Attachment) -> Self {
        self.parts.files.push(attachment);
        self
    }

    /// Attaches several files, in order.
    pub fn files(mut self, files: impl IntoIterator<Item = Attachment>) -> Self {
        self.parts.files.extend(files);
        self
    }

    /// Queue order inside the request's bucket (default [`Priority::Normal`]).
    pub fn priority(mut self, priority: Priority) -> Self {
        self.parts.priority = priority;
        self
    }

    /// Fails with a rate-limit error instead of waiting longer than `max_wait`,
    /// for the limiter's queue and for a 429's `retry_after` alike.
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.parts.max_wait = Some(max_wait);
        self
    }

    /// Fails at once instead of waiting whenever the route is rate limited.
    pub fn reject_on_rate_limit(mut self) -> Self {
        self.parts.reject_on_rate_limit = true;
        self
    }

    /// Caches this GET's answer for `ttl` (overrides the client's default TTL;
    /// needs a cache on the client, and does nothing without the `cache`
    /// feature). A webhook or interaction token in the path is replaced by a
    /// digest in the cache key: tokens are never stored in a cache.
    pub fn cache_ttl(mut self, ttl: Duration) -> Self {
        self.parts.cache = CachePolicy::Ttl(ttl);
        self
    }

    /// Neither reads nor writes the cache for this request, and leaves it out
    /// of single-flight sharing: it always goes to Discord.
    pub fn no_cache(mut self) -> Self {
        self.parts.cache = CachePolicy::Skip;
        self
    }

    /// Marks the request as safe to repeat, so the retry policy may retry it even
    /// if its method (POST) is not idempotent.
    pub fn idempotent(mut self) -> Self {
        self.parts.idempotent = true;
        self
    }

    /// Bounds the whole call: interceptors, rate-limit waits, 429 waits, every
    /// HTTP attempt and the backoff between retries (overrides the client's
    /// [`timeout`](crate::RestClientBuilder::timeout)). When it elapses the
    /// request ends with [`ErrorKind::Timeout`], which error handlers see.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.parts.timeout = Some(timeout);
        self
    }

    /// Bounds each HTTP exchange (overrides the client's
    /// [`attempt_timeout`](crate::RestClientBuilder::attempt_timeout)). An
    /// attempt that elapses is a timeout failure: retried when the request is
    /// safe to repeat, else returned as [`ErrorKind::Timeout`].
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.parts.attempt_timeout = Some(timeout);
        self
    }

    /// Rewrites this request's answer body after the client's transformers.
    pub fn transformer(mut self, transformer: impl Transformer + 'static) -> Self {
        self.parts.transformers.push(Arc::new(transformer));
        self
    }

    /// Sends the request.
    pub fn send(self) -> ResponseFuture {
        // The flow's future is boxed as it is: wrapped in another async block it
        // would carry the parts a second time.
        let inner = match self.error {
            Some(err) => futures::future::ready(Err(err)).boxed(),
            None => flow::run(self.client.inner_arc(), self.parts).boxed(),
        };
        ResponseFuture { inner }
    }

    /// Keeps the first building mistake; it is returned when the request is sent.
    fn fail(&mut self, kind: ErrorKind) {
        if self.error.is_none() {
            self.error = Some(Error::new(kind));
        }
    }
}

impl IntoFuture for RequestBuilder {
    type Output = Result<Response, Error>;
    type IntoFuture = ResponseFuture;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl fmt::Debug for RequestBuilder {
    /// Shows the method and the route template only: paths can hold webhook
    /// tokens, and headers and bodies are the caller's business.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = RouteKey::new(&self.parts.method, &self.parts.path);
        f.debug_struct("RequestBuilder")
            .field("route", &key)
            .field("json", &self.parts.json.is_some())
            .field("files", &self.parts.files.len())
            .field("priority", &self.parts.priority)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

/// The answer to a request, once awaited.
#[must_use = "futures do nothing unless awaited"]
pub struct ResponseFuture {
    inner: BoxFuture<'static, Result<Response, Error>>,
}

impl Future for ResponseFuture {
    type Output = Result<Response, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.inner.as_mut().poll(cx)
    }
}

impl fmt::Debug for ResponseFuture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResponseFuture")
    }
}

/// Splits a query written into a path off it, and makes the path absolute.
pub(crate) fn split_path(path: String) -> (String, String) {
    let (path, query) = match path.split_once('?') {
        Some((path, query)) => (path.to_owned(), query.to_owned()),
        None => (path, String::new()),
    };
    if path.starts_with('/') {
        (path, query)
    } else {
        (format!("/{path}"), query)
    }
}

/// The header carrying the audit-log reason.
pub(crate) fn reason_header(reason: &str) -> Result<(HeaderName, HeaderValue), Error> {
    let value = HeaderValue::from_str(&audit_reason::encode(reason)).map_err(|_| {
        Error::new(ErrorKind::Build(
            "the audit-log reason could not be encoded".into(),
        ))
    })?;
    Ok((HeaderName::from_static(audit_reason::HEADER), value))
}

#[cfg(test)]
impl RequestBuilder {
    /// The parts as built, for tests of the flow itself.
    pub(crate) fn into_parts(self) -> Parts {
        self.parts
    }
}
