//! A successful answer, held in memory.

use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::{Error, ErrorKind};

/// A successful answer (2xx): status, headers and the whole body.
///
/// Cheap to clone (the body is shared), so callers that shared one HTTP call
/// through single-flight each get their own.
#[derive(Clone)]
pub struct Response {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    from_cache: bool,
}

impl Response {
    /// An answer made by user code: an interceptor's short-circuit, an error
    /// handler's fallback, a test double's.
    pub fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        Self {
            status,
            headers,
            body,
            from_cache: false,
        }
    }

    /// An answer served from the cache: status 200, a JSON content type and the
    /// cached body.
    #[cfg(feature = "cache")]
    pub(crate) fn cached(body: Bytes) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        Self {
            status: StatusCode::OK,
            headers,
            body,
            from_cache: true,
        }
    }

    /// A `200 OK` answer with `value` as its JSON body.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Build`] when `value` does not serialize.
    pub fn from_json(value: &impl serde::Serialize) -> Result<Self, Error> {
        let body = serde_json::to_vec(value).map_err(|err| {
            Error::new(ErrorKind::Build(format!(
                "the JSON body does not serialize: {err}"
            )))
        })?;
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        Ok(Self::new(StatusCode::OK, headers, Bytes::from(body)))
    }

    /// The same answer with another body (what a transformer produces).
    #[must_use]
    pub fn with_body(mut self, body: Bytes) -> Self {
        self.body = body;
        self
    }

    /// The headers, to change (in a response interceptor).
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        &mut self.headers
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The answer's headers (only `Content-Type` for a cached answer).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body.
    pub fn bytes(&self) -> Bytes {
        self.body.clone()
    }

    /// Takes the body out of the answer.
    pub fn into_bytes(self) -> Bytes {
        self.body
    }

    /// The body as UTF-8 text; [`ErrorKind::Decode`] if it is not UTF-8.
    pub fn text(&self) -> Result<String, Error> {
        String::from_utf8(self.body.to_vec()).map_err(|err| {
            Error::new(ErrorKind::Decode("the body is not UTF-8".into())).with_source(err)
        })
    }

    /// The body parsed as JSON into `T`; [`ErrorKind::Decode`] if it does not fit.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.body).map_err(|err| {
            Error::new(ErrorKind::Decode(format!(
                "the body is not the expected JSON: {err}"
            )))
            .with_source(err)
        })
    }

    /// Whether the answer came from the cache rather than from Discord.
    pub fn from_cache(&self) -> bool {
        self.from_cache
    }
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body_len", &self.body.len())
            .field("from_cache", &self.from_cache)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_text_decode_or_fail_typed() {
        let response = Response::new(
            StatusCode::OK,
            HeaderMap::new(),
            Bytes::from_static(br#"{"id":"1"}"#),
        );
        let value: serde_json::Value = response.json().unwrap();
        assert_eq!(value["id"], "1");
        assert_eq!(response.text().unwrap(), r#"{"id":"1"}"#);
        let err = response.json::<Vec<u8>>().unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Decode(_)));
        let bad = Response::new(
            StatusCode::OK,
            HeaderMap::new(),
            Bytes::from_static(&[0xff, 0xfe]),
        );
        assert!(matches!(
            bad.text().unwrap_err().kind(),
            ErrorKind::Decode(_)
        ));
    }

    #[test]
    #[cfg(feature = "cache")]
    fn cached_answers_say_so() {
        let response = Response::cached(Bytes::from_static(b"{}"));
        assert!(response.from_cache());
        assert_eq!(response.status(), StatusCode::OK);
    }
}
