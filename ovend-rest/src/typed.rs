//! Typed calls: [`TypedRequest`], the request that the generated per-operation methods of
//! [`RestClient`](crate::RestClient) return, and [`Route`], what the generated
//! [`routes`](crate::routes) functions return.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use http::Method;
use ovend_ratelimit::Priority;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{Attachment, Error, ErrorKind, RequestBuilder, Response, Transformer};

/// Everything but the unreserved characters of RFC 3986 is encoded in a path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes a string path parameter (an emoji, a token, an invite code) as one segment.
pub(crate) fn encode_segment(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).to_string()
}

/// An operation's method and its path with the parameters filled in.
///
/// ```
/// let route = ovend_rest::routes::create_message(41771983423143937u64);
/// assert_eq!(route.method(), http::Method::POST);
/// assert_eq!(route.path(), "/channels/41771983423143937/messages");
/// let emoji = ovend_rest::routes::add_my_message_reaction(1u64, 2u64, "👍");
/// assert_eq!(emoji.path(), "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    method: Method,
    path: String,
}

impl Route {
    /// A route from its method and absolute path.
    pub fn new(method: Method, path: String) -> Self {
        Self { method, path }
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The path, relative to the API's base URL (`/channels/1/messages`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Takes the path out of the route.
    pub fn into_path(self) -> String {
        self.path
    }
}

/// A request made by a typed method of [`RestClient`](crate::RestClient), such as
/// [`create_message`](crate::RestClient::create_message): it resolves to `T`, the
/// `ovend-model` type of the operation's answer (`()` when Discord answers `204 No Content`).
///
/// It keeps every per-request option of [`RequestBuilder`] (they delegate to it), and, like it,
/// sends nothing until it is awaited (it is [`IntoFuture`]) or [`send`](Self::send) is called.
/// An answer that does not decode into `T` is an [`ErrorKind::Decode`] error.
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct TypedRequest<T> {
    builder: RequestBuilder,
    answer: PhantomData<fn() -> T>,
}

/// What a typed call resolves to: a JSON type decoded from the answer's body, or the whole
/// [`Response`] for the few operations whose answer is not JSON (a PNG image, a CSV file).
pub trait FromResponse: Sized + Send + 'static {
    /// Reads the answer; [`ErrorKind::Decode`] when it does not fit.
    fn from_response(response: Response) -> Result<Self, Error>;
}

/// An empty body (`204 No Content`, or a `200` without one) decodes as JSON `null`: into `()`
/// or `None`.
impl<T: DeserializeOwned + Send + 'static> FromResponse for T {
    fn from_response(response: Response) -> Result<Self, Error> {
        if response.bytes().is_empty() {
            return serde_json::from_value(serde_json::Value::Null).map_err(|err| {
                Error::new(ErrorKind::Decode(format!(
                    "the answer has no body where one was expected: {err}"
                )))
                .with_source(err)
            });
        }
        response.json()
    }
}

impl FromResponse for Response {
    fn from_response(response: Response) -> Result<Self, Error> {
        Ok(response)
    }
}

impl<T: FromResponse> TypedRequest<T> {
    /// Wraps an untyped request whose answer decodes into `T`.
    pub fn new(builder: RequestBuilder) -> Self {
        Self {
            builder,
            answer: PhantomData,
        }
    }

    /// The untyped request, to send with [`RequestBuilder::send`] and read as a [`Response`].
    pub fn into_untyped(self) -> RequestBuilder {
        self.builder
    }

    fn map(self, f: impl FnOnce(RequestBuilder) -> RequestBuilder) -> Self {
        Self::new(f(self.builder))
    }

    /// See [`RequestBuilder::query`]: adds query parameters beyond the typed ones.
    pub fn query(self, query: &impl Serialize) -> Self {
        self.map(|b| b.query(query))
    }

    /// See [`RequestBuilder::header`].
    pub fn header(self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.map(|b| b.header(name, value))
    }

    /// See [`RequestBuilder::reason`]: the audit-log reason (`X-Audit-Log-Reason`).
    pub fn reason(self, reason: impl Into<String>) -> Self {
        self.map(|b| b.reason(reason))
    }

    /// See [`RequestBuilder::file`]: the request becomes `multipart/form-data`, with the typed
    /// body as its `payload_json` part.
    pub fn file(self, filename: impl Into<String>, data: impl Into<bytes::Bytes>) -> Self {
        self.map(|b| b.file(filename, data))
    }

    /// See [`RequestBuilder::attachment`].
    pub fn attachment(self, attachment: Attachment) -> Self {
        self.map(|b| b.attachment(attachment))
    }

    /// See [`RequestBuilder::files`].
    pub fn files(self, files: impl IntoIterator<Item = Attachment>) -> Self {
        self.map(|b| b.files(files))
    }

    /// See [`RequestBuilder::priority`].
    pub fn priority(self, priority: Priority) -> Self {
        self.map(|b| b.priority(priority))
    }

    /// See [`RequestBuilder::max_wait`].
    pub fn max_wait(self, max_wait: Duration) -> Self {
        self.map(|b| b.max_wait(max_wait))
    }

    /// See [`RequestBuilder::reject_on_rate_limit`].
    pub fn reject_on_rate_limit(self) -> Self {
        self.map(RequestBuilder::reject_on_rate_limit)
    }

    /// See [`RequestBuilder::cache_ttl`].
    pub fn cache_ttl(self, ttl: Duration) -> Self {
        self.map(|b| b.cache_ttl(ttl))
    }

    /// See [`RequestBuilder::no_cache`].
    pub fn no_cache(self) -> Self {
        self.map(RequestBuilder::no_cache)
    }

    /// See [`RequestBuilder::idempotent`].
    pub fn idempotent(self) -> Self {
        self.map(RequestBuilder::idempotent)
    }

    /// See [`RequestBuilder::timeout`].
    pub fn timeout(self, timeout: Duration) -> Self {
        self.map(|b| b.timeout(timeout))
    }

    /// See [`RequestBuilder::attempt_timeout`].
    pub fn attempt_timeout(self, timeout: Duration) -> Self {
        self.map(|b| b.attempt_timeout(timeout))
    }

    /// See [`RequestBuilder::transformer`].
    pub fn transformer(self, transformer: impl Transformer + 'static) -> Self {
        self.map(|b| b.transformer(transformer))
    }

    /// Sends the request and decodes the answer.
    pub fn send(self) -> TypedFuture<T> {
        let response = self.builder.send();
        TypedFuture {
            inner: Box::pin(async move { T::from_response(response.await?) }),
        }
    }
}

impl<T: FromResponse> IntoFuture for TypedRequest<T> {
    type Output = Result<T, Error>;
    type IntoFuture = TypedFuture<T>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl<T> fmt::Debug for TypedRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TypedRequest")
            .field("answer", &std::any::type_name::<T>())
            .field("request", &self.builder)
            .finish()
    }
}

/// The decoded answer to a [`TypedRequest`], once awaited.
#[must_use = "futures do nothing unless awaited"]
pub struct TypedFuture<T> {
    inner: BoxFuture<'static, Result<T, Error>>,
}

impl<T> Future for TypedFuture<T> {
    type Output = Result<T, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.inner.as_mut().poll(cx)
    }
}

impl<T> fmt::Debug for TypedFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TypedFuture")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_keep_unreserved_characters_only() {
        assert_eq!(encode_segment("name:123"), "name%3A123");
        assert_eq!(encode_segment("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(encode_segment("a/b"), "a%2Fb");
    }
}
