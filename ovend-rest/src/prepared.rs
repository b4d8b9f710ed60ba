//! A request ready for the flow: URL, headers and body encoded once, sent as
//! often as the flow needs (429s, retries).

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use http::{HeaderMap, Method, Uri};
use ovend_events::RequestInfo;
use ovend_ratelimit::{AcquireOptions, RouteKey};

use crate::client::ClientInner;
use crate::request::{reason_header, Parts};
use crate::route_keys::{common_method, COMMON_METHODS};
use crate::{audit_reason, multipart, user_agent, Error, ErrorKind};

/// How a request uses the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CachePolicy {
    /// The client's default TTL (GETs only, when the client has a cache).
    Default,
    /// This TTL.
    Ttl(Duration),
    /// No cache read or write, no single-flight.
    Skip,
}

/// A request ready to send.
pub(crate) struct Prepared {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) query: Option<String>,
    pub(crate) key: RouteKey,
    pub(crate) info: RequestInfo,
    pub(crate) uri: Uri,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) json: Option<serde_json::Value>,
    pub(crate) file_count: usize,
    pub(crate) reason: Option<String>,
    pub(crate) acquire: AcquireOptions,
    pub(crate) max_wait: Option<Duration>,
    pub(crate) cache: CachePolicy,
    pub(crate) idempotent: bool,
    /// Bound on each HTTP exchange.
    pub(crate) attempt_timeout: Option<Duration>,
    /// HTTP attempts made with this request so far.
    pub(crate) attempts: AtomicU32,
}

impl Prepared {
    /// Encodes the parts of the request that `started` describes, as the
    /// interceptors left them, with the client's token and settings; `key` is
    /// the route key of their method and path.
    pub(crate) fn new(
        client: &ClientInner,
        started: &RequestInfo,
        mut parts: Parts,
        key: RouteKey,
    ) -> Result<Self, Error> {
        let query = (!parts.query.is_empty()).then(|| parts.query.clone());
        let uri = uri(&client.base_url, &parts.path, query.as_deref())?;
        // The request as it started, unless an interceptor changed its route.
        let info = if *started.route == *key.route() && *started.method == *parts.method.as_str() {
            started.clone()
        } else {
            RequestInfo::new(started.id, method_name(&parts.method), key.route())
        };
        let mut own = std::mem::take(&mut parts.headers);
        // Sized up front (authorization, user agent, content type, reason and
        // the caller's), so that building it never regrows it.
        let mut headers = HeaderMap::with_capacity(4 + own.len());
        // A token route's credential is its path: the bot token stays home.
        if !key.uses_path_token() {
            headers.insert(AUTHORIZATION, client.token.header_value().clone());
        }
        let agent = user_agent::for_request(&client.user_agent, own.remove(USER_AGENT).as_ref())?;
        headers.insert(USER_AGENT, agent);
        let body = encode_body(&parts, &mut headers)?;
        parts.reason = reason(parts.reason, &mut own)?;
        if let Some(reason) = &parts.reason {
            let (name, value) = reason_header(reason)?;
            headers.insert(name, value);
        }
        merge(&mut headers, own);
        let mut acquire = AcquireOptions::with_priority(parts.priority)
            .reject_on_rate_limit(parts.reject_on_rate_limit);
        if let Some(max_wait) = parts.max_wait.or(client.max_wait) {
            acquire = acquire.max_wait(max_wait);
        }
        Ok(Self {
            attempt_timeout: parts.attempt_timeout.or(client.attempt_timeout),
            attempts: AtomicU32::new(0),
            max_wait: parts.max_wait.or(client.max_wait),
            method: parts.method,
            path: parts.path,
            query,
            key,
            info,
            uri,
            headers,
            body,
            file_count: parts.files.len(),
            json: parts.json,
            reason: parts.reason,
            acquire,
            cache: parts.cache,
            idempotent: parts.idempotent,
        })
    }

    /// A fresh HTTP request for one attempt (headers and body are shared, not copied deeply).
    pub(crate) fn http_request(&self) -> http::Request<Bytes> {
        let mut request = http::Request::new(self.body.clone());
        *request.method_mut() = self.method.clone();
        *request.uri_mut() = self.uri.clone();
        *request.headers_mut() = self.headers.clone();
        request
    }

    /// Counts one more HTTP attempt and returns the new count.
    pub(crate) fn count_attempt(&self) -> u32 {
        self.attempts.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// HTTP attempts made so far.
    pub(crate) fn attempts(&self) -> u32 {
        self.attempts.load(Ordering::Relaxed)
    }

    /// Identical GETs share this key for single-flight (path and query).
    ///
    /// It is the raw path, webhook token included: it only ever lives in the
    /// single-flight map, whose `Debug` shows a count, and must never be
    /// logged, put in an event or shown by a `Debug` (those use `key.route()`).
    pub(crate) fn flight_key(&self) -> Cow<'_, str> {
        match &self.query {
            Some(query) => Cow::Owned(format!("{}?{query}", self.path)),
            None => Cow::Borrowed(&self.path),
        }
    }
}

impl fmt::Debug for Prepared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Prepared")
            .field("route", &self.key)
            .field("id", &self.info.id)
            .finish_non_exhaustive()
    }
}

/// The method's name for events, shared: the five methods Discord uses are
/// allocated once per process, not once per request.
pub(crate) fn method_name(method: &Method) -> Arc<str> {
    static NAMES: OnceLock<[Arc<str>; COMMON_METHODS.len()]> = OnceLock::new();
    match common_method(method) {
        Some(slot) => {
            let names = NAMES.get_or_init(|| COMMON_METHODS.map(|m| Arc::from(m.as_str())));
            Arc::clone(&names[slot])
        }
        None => Arc::from(method.as_str()),
    }
}

/// JSON alone goes as `application/json`; with files, everything goes as multipart.
fn encode_body(parts: &Parts, headers: &mut HeaderMap) -> Result<Bytes, Error> {
    let json = parts
        .json
        .as_ref()
        .map(serde_json::to_vec)
        .transpose()
        .map_err(|err| {
            Error::new(ErrorKind::Build(format!(
                "the JSON body does not serialize: {err}"
            )))
        })?;
    if !parts.files.is_empty() {
        let encoded = multipart::encode(json.as_deref(), &parts.files);
        let value = HeaderValue::from_str(&encoded.content_type)
            .map_err(|_| Error::new(ErrorKind::Build("bad multipart content type".into())))?;
        headers.insert(CONTENT_TYPE, value);
        return Ok(encoded.body);
    }
    match json {
        Some(json) => {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            Ok(Bytes::from(json))
        }
        None => Ok(Bytes::new()),
    }
}

/// The audit-log reason: the one set with `reason()` (or `header()`), else the
/// text of an `X-Audit-Log-Reason` header an interceptor set, which is taken
/// out of the headers so that it too is encoded and validated.
fn reason(set: Option<String>, headers: &mut HeaderMap) -> Result<Option<String>, Error> {
    let raw = headers.remove(audit_reason::HEADER);
    if set.is_some() {
        return Ok(set);
    }
    raw.map(|value| {
        String::from_utf8(value.as_bytes().to_vec()).map_err(|_| {
            Error::new(ErrorKind::Build(
                "the audit-log reason header is not UTF-8 text".into(),
            ))
        })
    })
    .transpose()
}

/// The caller's headers replace the client's of the same name (all values of
/// a name the caller set more than once are kept).
fn merge(headers: &mut HeaderMap, own: HeaderMap) {
    let mut current = None;
    for (name, value) in own {
        match name {
            Some(name) => {
                headers.insert(&name, value);
                current = Some(name);
            }
            None => {
                if let Some(name) = &current {
                    headers.append(name, value);
                }
            }
        }
    }
}

fn uri(base_url: &str, path: &str, query: Option<&str>) -> Result<Uri, Error> {
    let mut url =
        String::with_capacity(base_url.len() + path.len() + query.map_or(0, str::len) + 1);
    url.push_str(base_url);
    url.push_str(path);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    // The text is not quoted in the error: the path may hold a webhook token.
    url.parse()
        .map_err(|_| Error::new(ErrorKind::Build("the path is not a valid URL path".into())))
}
