//! Request interceptors and response interceptors: user code at both ends of
//! the pipeline.
//!
//! Request interceptors run first, in registration order, before the
//! validator, the cache, single-flight and the rate limiter. Each sees the
//! request as an [`OutgoingRequest`] and may rewrite it (method, path, query,
//! headers, JSON body, audit-log reason, priority, limits) or answer it
//! itself with [`Intercept::Respond`], in which case nothing else runs on the
//! request side and nothing is sent. Because they run first, everything
//! derived from the request (the route key the rate limiter sees, the cache
//! key, the single-flight key, the validator's view) is derived from the
//! rewritten request.
//!
//! Response interceptors run last, in registration order, on the answer the
//! caller is about to receive (after retries, error handlers and
//! transformers), and may replace it or turn it into an error.

use std::fmt;
use std::future::ready;
use std::time::Duration;

use futures::future::BoxFuture;
use http::header::AUTHORIZATION;
use http::{HeaderMap, Method};
use ovend_events::RequestInfo;
use ovend_ratelimit::{Priority, RouteKey};
use serde::Serialize;

use crate::request::{split_path, Parts};
use crate::{query, Error, ErrorKind, RequestContext, Response};

/// What a request interceptor decided.
#[derive(Debug)]
#[non_exhaustive]
pub enum Intercept {
    /// Go on with the (possibly rewritten) request.
    Continue,
    /// Answer the caller with this response without sending anything: the
    /// later request interceptors, the validator, the cache, the rate limiter,
    /// the network, error handlers and transformers are skipped; response
    /// interceptors still see the answer.
    Respond(Response),
}

/// Reads and rewrites requests before they are validated and sent.
///
/// Object-safe, so the client holds interceptors as `Arc<dyn Interceptor>`;
/// register them with [`RestClientBuilder::interceptor`](crate::RestClientBuilder::interceptor).
/// For synchronous logic, [`interceptor_fn`] turns a closure into one.
///
/// An `Err` ends the request with that error (error handlers still see it).
pub trait Interceptor: Send + Sync + fmt::Debug {
    /// Inspects or rewrites `request`, or answers it.
    fn intercept<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<Intercept, Error>>;
}

/// Sees, and may replace, every answer before the caller receives it.
///
/// Object-safe; register with
/// [`RestClientBuilder::response_interceptor`](crate::RestClientBuilder::response_interceptor).
/// [`response_interceptor_fn`] turns a closure into one. Errors do not reach
/// response interceptors: [`ErrorHandler`](crate::ErrorHandler)s see those.
pub trait ResponseInterceptor: Send + Sync + fmt::Debug {
    /// Returns the answer to hand on (the same one, a changed one, or an error).
    fn intercept<'a>(
        &'a self,
        ctx: &'a RequestContext,
        response: Response,
    ) -> BoxFuture<'a, Result<Response, Error>>;
}

/// A request on its way out, as interceptors see it.
///
/// The token is not part of it (the client adds `Authorization` when sending,
/// and refuses a request whose interceptors set that header), and its `Debug`
/// shows the route template, not the path, nor header values or the body.
pub struct OutgoingRequest {
    id: u64,
    parts: Parts,
    /// Derived from method and path, kept in step with them: computed once
    /// for the usual request that no interceptor reroutes.
    key: RouteKey,
}

impl OutgoingRequest {
    pub(crate) fn new(id: u64, parts: Parts, key: RouteKey) -> Self {
        Self { id, parts, key }
    }

    /// The parts, with the route key derived from their method and path.
    pub(crate) fn into_parts(self) -> (Parts, RouteKey) {
        (self.parts, self.key)
    }

    fn rekey(&mut self) {
        self.key = RouteKey::new(&self.parts.method, &self.parts.path);
    }

    /// The request as events describe it (with the current route template).
    #[must_use]
    pub fn info(&self) -> RequestInfo {
        RequestInfo::new(
            self.id,
            crate::prepared::method_name(&self.parts.method),
            self.route(),
        )
    }

    /// The id every event of this request carries.
    #[must_use]
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The HTTP method.
    #[must_use]
    pub fn method(&self) -> &Method {
        &self.parts.method
    }

    /// Changes the method (the route key, retry rules and caching follow it).
    pub fn set_method(&mut self, method: Method) {
        self.parts.method = method;
        self.rekey();
    }

    /// The path relative to the base URL, without the query
    /// (`/channels/1/messages`). It may hold a webhook token: do not log it.
    #[must_use]
    pub fn path(&self) -> &str {
        &self.parts.path
    }

    /// Changes the path; a query written into it (`/x?limit=5`) replaces the
    /// current query, and a missing leading `/` is added.
    pub fn set_path(&mut self, path: impl Into<String>) {
        let path = path.into();
        let had_query = path.contains('?');
        let (path, query) = split_path(path);
        self.parts.path = path;
        if had_query {
            self.parts.query = query;
        }
        self.rekey();
    }

    /// The route template (`/channels/{channel_id}/messages`): safe to log.
    #[must_use]
    pub fn route(&self) -> &str {
        self.key.route()
    }

    /// The encoded query string without `?`, if any.
    #[must_use]
    pub fn query(&self) -> Option<&str> {
        (!self.parts.query.is_empty()).then_some(self.parts.query.as_str())
    }

    /// Replaces the query with an already encoded one (`""` removes it).
    pub fn set_query(&mut self, query: impl Into<String>) {
        self.parts.query = query.into();
    }

    /// Adds query parameters, as [`RequestBuilder::query`](crate::RequestBuilder::query) does.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Build`] when `query` does not serialize to pairs.
    pub fn append_query(&mut self, query: &impl Serialize) -> Result<(), Error> {
        query::append(&mut self.parts.query, query).map_err(|m| Error::new(ErrorKind::Build(m)))
    }

    /// The headers the caller set, which replace the client's of the same
    /// name when sent (the client adds `Authorization`, `User-Agent`,
    /// `Content-Type` and the audit-log reason; only a caller's own
    /// `User-Agent` shows here). The audit-log reason set with
    /// [`RequestBuilder::reason`](crate::RequestBuilder::reason) or `.header()`
    /// is [`reason`](Self::reason), not a header.
    #[must_use]
    pub fn headers(&self) -> &HeaderMap {
        &self.parts.headers
    }

    /// The headers, to change. Setting `Authorization` makes the request fail
    /// with [`ErrorKind::Build`]: the token belongs to the client. A
    /// `User-Agent` is sent after Discord's `DiscordBot (…)` form, as with
    /// `.header()`; an `X-Audit-Log-Reason` (plain text) is used as the reason
    /// when none is set, percent-encoded and validated like one.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        &mut self.parts.headers
    }

    /// The JSON body, if any.
    #[must_use]
    pub fn json(&self) -> Option<&serde_json::Value> {
        self.parts.json.as_ref()
    }

    /// The JSON body, to change in place (`None` when there is none).
    pub fn json_mut(&mut self) -> Option<&mut serde_json::Value> {
        self.parts.json.as_mut()
    }

    /// Replaces the JSON body (`None` removes it).
    pub fn set_json_value(&mut self, json: Option<serde_json::Value>) {
        self.parts.json = json;
    }

    /// Replaces the JSON body with `body` serialized.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Build`] when `body` does not serialize.
    pub fn set_json(&mut self, body: &impl Serialize) -> Result<(), Error> {
        let value = serde_json::to_value(body).map_err(|err| {
            Error::new(ErrorKind::Build(format!(
                "the JSON body does not serialize: {err}"
            )))
        })?;
        self.parts.json = Some(value);
        Ok(())
    }

    /// How many files are attached.
    #[must_use]
    pub fn file_count(&self) -> usize {
        self.parts.files.len()
    }

    /// The audit-log reason, before encoding.
    #[must_use]
    pub fn reason(&self) -> Option<&str> {
        self.parts.reason.as_deref()
    }

    /// Sets or removes the audit-log reason.
    pub fn set_reason(&mut self, reason: Option<String>) {
        self.parts.reason = reason;
    }

    /// Queue order inside the request's bucket.
    #[must_use]
    pub fn priority(&self) -> Priority {
        self.parts.priority
    }

    /// Changes the queue order.
    pub fn set_priority(&mut self, priority: Priority) {
        self.parts.priority = priority;
    }

    /// The longest the request may wait for a rate limit (`None`: the client's).
    #[must_use]
    pub fn max_wait(&self) -> Option<Duration> {
        self.parts.max_wait
    }

    /// Changes the longest rate-limit wait.
    pub fn set_max_wait(&mut self, max_wait: Option<Duration>) {
        self.parts.max_wait = max_wait;
    }

    /// Whether the request was marked safe to repeat.
    #[must_use]
    pub fn is_idempotent(&self) -> bool {
        self.parts.idempotent
    }

    /// Marks the request safe (or not) to repeat after a failure.
    pub fn set_idempotent(&mut self, idempotent: bool) {
        self.parts.idempotent = idempotent;
    }

    /// Checks what interceptors may not do.
    pub(crate) fn check(&self) -> Result<(), Error> {
        if self.parts.headers.contains_key(AUTHORIZATION) {
            return Err(Error::new(ErrorKind::Build(
                "the Authorization header comes from the client's token".into(),
            )));
        }
        Ok(())
    }
}

impl fmt::Debug for OutgoingRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<&str> = self
            .parts
            .headers
            .keys()
            .map(|name| name.as_str())
            .collect();
        f.debug_struct("OutgoingRequest")
            .field("id", &self.id)
            .field("method", &self.parts.method)
            .field("route", &self.key.route())
            .field("headers", &headers)
            .field("json", &self.parts.json.is_some())
            .field("files", &self.parts.files.len())
            .field("priority", &self.parts.priority)
            .finish_non_exhaustive()
    }
}

/// A request interceptor made from a closure; see [`interceptor_fn`].
#[derive(Clone)]
pub struct FnInterceptor<F>(F);

/// Turns a synchronous closure into an [`Interceptor`].
///
/// ```
/// use ovend_rest::{interceptor_fn, Intercept};
///
/// let tag = interceptor_fn(|request| {
///     request.headers_mut().insert("x-trace", http::HeaderValue::from_static("on"));
///     Ok(Intercept::Continue)
/// });
/// # let _ = tag;
/// ```
pub fn interceptor_fn<F>(f: F) -> FnInterceptor<F>
where
    F: Fn(&mut OutgoingRequest) -> Result<Intercept, Error> + Send + Sync,
{
    FnInterceptor(f)
}

impl<F> Interceptor for FnInterceptor<F>
where
    F: Fn(&mut OutgoingRequest) -> Result<Intercept, Error> + Send + Sync,
{
    fn intercept<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<Intercept, Error>> {
        Box::pin(ready((self.0)(request)))
    }
}

impl<F> fmt::Debug for FnInterceptor<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FnInterceptor")
    }
}

/// A response interceptor made from a closure; see [`response_interceptor_fn`].
#[derive(Clone)]
pub struct FnResponseInterceptor<F>(F);

/// Turns a synchronous closure into a [`ResponseInterceptor`].
pub fn response_interceptor_fn<F>(f: F) -> FnResponseInterceptor<F>
where
    F: Fn(&RequestContext, Response) -> Result<Response, Error> + Send + Sync,
{
    FnResponseInterceptor(f)
}

impl<F> ResponseInterceptor for FnResponseInterceptor<F>
where
    F: Fn(&RequestContext, Response) -> Result<Response, Error> + Send + Sync,
{
    fn intercept<'a>(
        &'a self,
        ctx: &'a RequestContext,
        response: Response,
    ) -> BoxFuture<'a, Result<Response, Error>> {
        Box::pin(ready((self.0)(ctx, response)))
    }
}

impl<F> fmt::Debug for FnResponseInterceptor<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FnResponseInterceptor")
    }
}
