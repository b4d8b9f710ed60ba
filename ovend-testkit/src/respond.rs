//! Building answers exactly as Discord (or Cloudflare in front of it) sends them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::response::Response;
use http::header::{CONTENT_TYPE, RETRY_AFTER, SERVER};
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
const CF_RAY: HeaderName = HeaderName::from_static("cf-ray");

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

/// Any answer: `status`, an optional `Content-Type` and raw bytes.
pub(crate) fn bytes(
    status: StatusCode,
    content_type: Option<&'static str>,
    body: Vec<u8>,
) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Some(content_type) = content_type {
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    }
    response
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

/// Cloudflare's rate-limit ban page (error 1015), as Cloudflare sends it:
/// 429, `Server: cloudflare`, a `CF-RAY`, `Retry-After` in whole seconds,
/// plain text, and no Discord header (no `Via`, no `X-RateLimit-*`).
pub(crate) fn cloudflare_ban(retry_after: Duration, ray: u64) -> Response {
    let mut response = with_body(
        StatusCode::TOO_MANY_REQUESTS,
        "text/plain; charset=UTF-8",
        "error code: 1015",
    );
    let headers = response.headers_mut();
    headers.insert(SERVER, HeaderValue::from_static("cloudflare"));
    set(&mut response, CF_RAY, cf_ray(ray));
    let whole_secs = ceil_ms(retry_after).div_ceil(1000);
    set(&mut response, RETRY_AFTER, whole_secs.to_string());
    response
}

/// Cloudflare's data centres, for plausible `CF-RAY` suffixes.
const COLOS: [&str; 8] = ["FRA", "AMS", "IAD", "SJC", "LHR", "CDG", "NRT", "SIN"];

/// `CF-RAY: <16 hex digits>-<colo>`, derived from a counter so runs repeat.
fn cf_ray(n: u64) -> String {
    // splitmix64: consecutive counters give unrelated-looking ids.
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let colo = COLOS[(n % COLOS.len() as u64) as usize];
    format!("{z:016x}-{colo}")
}

/// A 429 from a proxy between the client and Discord (nginx's page): no
/// Discord header, no Cloudflare header.
pub(crate) fn proxy_too_many_requests() -> Response {
    let mut response = with_body(
        StatusCode::TOO_MANY_REQUESTS,
        "text/html",
        "<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n\
<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    );
    response
        .headers_mut()
        .insert(SERVER, HeaderValue::from_static("nginx"));
    response
}

/// `403 Missing Permissions` (50013).
pub(crate) fn forbidden() -> Response {
    error(StatusCode::FORBIDDEN, 50013, "Missing Permissions")
}

/// A Discord 429 (scope `user`) whose `retry_after` is `raw`, inserted into
/// the JSON verbatim and sent as `Retry-After` when it is a valid header value.
pub(crate) fn raw_rate_limited(raw: &str) -> Response {
    let body = format!(
        r#"{{"message": "You are being rate limited.", "retry_after": {raw}, "global": false}}"#
    );
    let mut response = with_body(StatusCode::TOO_MANY_REQUESTS, "application/json", body);
    set(&mut response, RETRY_AFTER, raw.to_owned());
    response
        .headers_mut()
        .insert(X_SCOPE, HeaderValue::from_static("user"));
    response
}

/// Makes the bucket headers (when present) say the bucket is exhausted and
/// resets after `raw` seconds, verbatim.
pub(crate) fn raw_bucket_exhausted(response: &mut Response, raw: &str) {
    if !response.headers().contains_key(X_BUCKET) {
        return;
    }
    response
        .headers_mut()
        .insert(X_REMAINING, HeaderValue::from_static("0"));
    set(response, X_RESET_AFTER, raw.to_owned());
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
    fn cloudflare_ban_looks_like_cloudflares() {
        let response = cloudflare_ban(Duration::from_millis(1_001), 3);
        let h = response.headers();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(h[SERVER], "cloudflare");
        assert_eq!(h[RETRY_AFTER], "2");
        assert_eq!(h[CONTENT_TYPE], "text/plain; charset=UTF-8");
        let ray = h[CF_RAY].to_str().unwrap();
        let (id, colo) = ray.split_once('-').unwrap();
        assert!(
            id.len() == 16 && id.chars().all(|c| c.is_ascii_hexdigit()),
            "{ray}"
        );
        assert!(COLOS.contains(&colo));
        assert_ne!(cf_ray(3), cf_ray(4));
        assert!(h.get(VIA).is_none() && h.get(X_LIMIT).is_none());
    }

    #[test]
    fn raw_retry_after_goes_in_verbatim() {
        let response = raw_rate_limited("1e19");
        assert_eq!(response.headers()[RETRY_AFTER], "1e19");
        let quoted = raw_rate_limited("\"NaN\"");
        assert_eq!(quoted.headers()[RETRY_AFTER], "\"NaN\"");
        let unsendable = raw_rate_limited("1\n2");
        assert!(unsendable.headers().get(RETRY_AFTER).is_none());
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
