//! Building answers exactly as Discord (or Cloudflare in front of it) sends them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::response::Response;
use http::header::{CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderName, HeaderValue, StatusCode};
use serde_json::{json, Value};

use crate::limits::{BucketHeaders, LimitScope};

pub(crate) const X_LIMIT: HeaderName = HeaderName::from_static("x-ratelimit-limit");
pub(crate) const X_REMAINING: HeaderName = HeaderName::from_static("x-ratelimit-remaining");
pub(crate) const X_RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");
pub(crate) const X_RESET_AFTER: HeaderName = HeaderName::from_static("x-ratelimit-reset-after");
pub(crate) const X_BUCKET: HeaderName = HeaderName::from_static("x-ratelimit-bucket");
pub(crate) const X_SCOPE: HeaderName = HeaderName::from_static("x-ratelimit-scope");
pub(crate) const X_GLOBAL: HeaderName = HeaderName::from_static("x-ratelimit-global");
const VIA: HeaderName = HeaderName::from_static("via");

fn with_body(status: StatusCode, content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A JSON answer.
pub(crate) fn json(status: StatusCode, value: &Value) -> Response {
    // Serializing a `Value` cannot fail; fall back to an empty object anyway.
    let bytes = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    with_body(status, "application/json", bytes)
}

/// A Discord error `{"message": ..., "code": ...}`.
pub(crate) fn error(status: StatusCode, code: u64, message: &str) -> Response {
    json(status, &json!({ "message": message, "code": code }))
}

/// 204 No Content.
pub(crate) fn no_content() -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    response
}

pub(crate) fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, 0, "404: Not Found")
}

pub(crate) fn method_not_allowed() -> Response {
    error(StatusCode::METHOD_NOT_ALLOWED, 0, "405: Method Not Allowed")
}

pub(crate) fn unauthorized() -> Response {
    error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized")
}

/// Cloudflare's ban page: no Discord headers, no `Via`.
pub(crate) fn cloudflare_ban() -> Response {
    with_body(
        StatusCode::TOO_MANY_REQUESTS,
        "text/plain; charset=UTF-8",
        "error code: 1015",
    )
}

/// An edge 502 with an HTML body, no rate-limit headers.
pub(crate) fn bad_gateway() -> Response {
    with_body(
        StatusCode::BAD_GATEWAY,
        "text/html",
        "<html>502 Bad Gateway</html>",
    )
}

pub(crate) fn service_unavailable() -> Response {
    error(
        StatusCode::SERVICE_UNAVAILABLE,
        0,
        "503: Service Unavailable",
    )
}

/// Milliseconds, rounded up so a client that waits this long is never early.
fn ceil_ms(duration: Duration) -> u128 {
    duration.as_nanos().div_ceil(1_000_000)
}

/// `seconds.milliseconds`, e.g. `0.250`.
pub(crate) fn secs3(duration: Duration) -> String {
    let ms = ceil_ms(duration);
    format!("{}.{:03}", ms / 1000, ms % 1000)
}

/// `retry_after` as a JSON number with millisecond precision.
fn retry_after_json(duration: Duration) -> f64 {
    // Bounded by the longest window (hours), so the cast loses nothing.
    ceil_ms(duration) as f64 / 1000.0
}

/// Epoch seconds with fractions at which a window that resets after `after` ends.
fn reset_epoch(after: Duration) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO);
    secs3(now.saturating_add(after))
}

fn set(response: &mut Response, name: HeaderName, value: String) {
    if let Ok(value) = HeaderValue::try_from(value) {
        response.headers_mut().insert(name, value);
    }
}

/// The five bucket headers Discord sends on most answers.
pub(crate) fn apply_bucket_headers(response: &mut Response, bucket: &BucketHeaders) {
    set(response, X_LIMIT, bucket.limit.to_string());
    set(response, X_REMAINING, bucket.remaining.to_string());
    set(response, X_RESET, reset_epoch(bucket.reset_after));
    set(response, X_RESET_AFTER, secs3(bucket.reset_after));
    response
        .headers_mut()
        .insert(X_BUCKET, HeaderValue::from_static(bucket.hash));
}

fn too_many(retry_after: Duration, global: bool, scope: &'static str) -> Response {
    let body = json!({
        "message": "You are being rate limited.",
        "retry_after": retry_after_json(retry_after),
        "global": global,
    });
    let mut response = json(StatusCode::TOO_MANY_REQUESTS, &body);
    let whole_secs = ceil_ms(retry_after).div_ceil(1000);
    set(&mut response, RETRY_AFTER, whole_secs.to_string());
    response
        .headers_mut()
        .insert(X_SCOPE, HeaderValue::from_static(scope));
    response
}

/// A global 429: `X-RateLimit-Global: true`, scope `global`, no bucket headers.
pub(crate) fn global_limited(retry_after: Duration) -> Response {
    let mut response = too_many(retry_after, true, "global");
    response
        .headers_mut()
        .insert(X_GLOBAL, HeaderValue::from_static("true"));
    response
}

/// A bucket, sublimit or shared 429 with the bucket's headers.
pub(crate) fn limited(
    scope: LimitScope,
    bucket: &BucketHeaders,
    retry_after: Duration,
) -> Response {
    let scope = match scope {
        LimitScope::Bucket | LimitScope::Sublimit => "user",
        LimitScope::Shared => "shared",
    };
    let mut response = too_many(retry_after, false, scope);
    apply_bucket_headers(&mut response, bucket);
    response
}

/// Marks an answer as coming from Discord (through Google's load balancer).
pub(crate) fn add_via(response: &mut Response) {
    response
        .headers_mut()
        .insert(VIA, HeaderValue::from_static("1.1 google"));
}

/// The `MalformedHeaders` fault.
pub(crate) fn malform(response: &mut Response) {
    response
        .headers_mut()
        .insert(X_REMAINING, HeaderValue::from_static("garbage"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_formatted_with_three_decimals_rounded_up() {
        assert_eq!(secs3(Duration::from_millis(250)), "0.250");
        assert_eq!(secs3(Duration::from_micros(249_100)), "0.250");
        assert_eq!(secs3(Duration::from_secs(600)), "600.000");
        assert_eq!(retry_after_json(Duration::from_micros(122_001)), 0.123);
    }

    #[test]
    fn bucket_429_has_every_header() {
        let bucket = BucketHeaders {
            hash: "abc",
            limit: 5,
            remaining: 0,
            reset_after: Duration::from_millis(1_500),
        };
        let response = limited(LimitScope::Bucket, &bucket, Duration::from_millis(1_500));
        let h = response.headers();
        assert_eq!(h[RETRY_AFTER], "2");
        assert_eq!(h[X_SCOPE], "user");
        assert_eq!(h[X_RESET_AFTER], "1.500");
        assert_eq!(h[X_BUCKET], "abc");
        assert!(h[X_RESET].to_str().unwrap().contains('.'));
        assert!(h.get(X_GLOBAL).is_none());
    }
}
