//! Request bodies: the `Content-Type` rule, JSON, and multipart uploads.
//!
//! Discord takes JSON with `Content-Type: application/json` exactly, and
//! uploads as `multipart/form-data` whose `payload_json` part holds the JSON
//! body and whose `files[n]` parts hold the files.

use axum::body::Body;
use axum::extract::{FromRequest, Multipart};
use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{HeaderMap, Request};
use serde_json::Value;

/// One uploaded file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Upload {
    /// The part name, e.g. `files[0]`.
    pub(crate) field: String,
    pub(crate) filename: String,
    pub(crate) size: usize,
    pub(crate) content_type: Option<String>,
}

/// A parsed body.
#[derive(Debug, Clone, Default)]
pub(crate) struct Payload {
    /// The JSON body (or the `payload_json` part); `None` when absent.
    pub(crate) json: Option<Value>,
    pub(crate) files: Vec<Upload>,
}

impl Payload {
    /// The JSON body, or `null` when there is none (lookups then find nothing).
    pub(crate) fn json(&self) -> &Value {
        self.json.as_ref().unwrap_or(&Value::Null)
    }
}

/// Why a body could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum BodyError {
    #[error("wrong content type")]
    ContentType,
    #[error("invalid JSON")]
    InvalidJson,
    #[error("invalid multipart body: {0}")]
    Multipart(String),
}

/// Parses `body` according to its `Content-Type`; `files` says whether the
/// route accepts multipart uploads.
pub(crate) async fn parse(
    headers: &HeaderMap,
    body: &Bytes,
    files: bool,
) -> Result<Payload, BodyError> {
    if body.is_empty() {
        return Ok(Payload::default());
    }
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type == "application/json" {
        let json = serde_json::from_slice(body).map_err(|_| BodyError::InvalidJson)?;
        return Ok(Payload {
            json: Some(json),
            files: Vec::new(),
        });
    }
    let is_multipart = content_type
        .get(..19)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("multipart/form-data"));
    if files && is_multipart {
        return multipart(content_type, body.clone()).await;
    }
    Err(BodyError::ContentType)
}

async fn multipart(content_type: &str, body: Bytes) -> Result<Payload, BodyError> {
    let request = Request::builder()
        .header(CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .map_err(|e| BodyError::Multipart(e.to_string()))?;
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|e| BodyError::Multipart(e.body_text()))?;
    let mut payload = Payload::default();
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| BodyError::Multipart(e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let filename = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(str::to_owned);
        let data = field
            .bytes()
            .await
            .map_err(|e| BodyError::Multipart(e.body_text()))?;
        if name == "payload_json" {
            payload.json = Some(serde_json::from_slice(&data).map_err(|_| BodyError::InvalidJson)?);
        } else if name.starts_with("files[") || filename.is_some() {
            payload.files.push(Upload {
                filename: filename.unwrap_or_else(|| name.clone()),
                field: name,
                size: data.len(),
                content_type,
            });
        }
    }
    Ok(payload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(content_type: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers
    }

    #[tokio::test]
    async fn json_needs_the_exact_content_type() {
        let body = Bytes::from_static(b"{\"a\":1}");
        let ok = parse(&headers("application/json"), &body, false)
            .await
            .unwrap();
        assert_eq!(ok.json()["a"], 1);
        assert_eq!(
            parse(&headers("text/plain"), &body, false)
                .await
                .unwrap_err(),
            BodyError::ContentType
        );
        assert_eq!(
            parse(
                &headers("application/json"),
                &Bytes::from_static(b"{"),
                false
            )
            .await
            .unwrap_err(),
            BodyError::InvalidJson
        );
        assert!(parse(&HeaderMap::new(), &Bytes::new(), false)
            .await
            .unwrap()
            .json
            .is_none());
    }

    #[tokio::test]
    async fn multipart_reads_payload_json_and_files() {
        let body = "--XX\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n{\"content\":\"hi\"}\r\n\
--XX\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n";
        let headers = headers("multipart/form-data; boundary=XX");
        let payload = parse(&headers, &Bytes::from(body), true).await.unwrap();
        assert_eq!(payload.json()["content"], "hi");
        assert_eq!(payload.files.len(), 1);
        assert_eq!(payload.files[0].filename, "a.txt");
        assert_eq!(payload.files[0].size, 5);
        assert_eq!(
            parse(&headers, &Bytes::from(body), false)
                .await
                .unwrap_err(),
            BodyError::ContentType,
            "routes without uploads refuse multipart"
        );
    }
}
