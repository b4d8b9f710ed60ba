//! What each [`Fault`] does, at the place of the request's path where it acts:
//! [`at_edge`] before Discord, [`instead_of_endpoint`] after authentication and
//! rate limits, [`on_headers`] and [`on_body`] on the finished answer.

use std::time::Duration;

use axum::body::{to_bytes, Body};
use axum::response::Response;
use bytes::Bytes;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderValue, StatusCode};

use super::body::ScriptedBody;
use super::Fault;
use crate::app::App;
use crate::limits::window_scale;
use crate::pipeline::DropConnection;
use crate::respond;
use crate::stats::Counter;

/// Stands in for the endpoint's body when it had none to break (e.g. a 204).
const SAMPLE_BODY: &[u8] = br#"{"id": "1234567890123456789", "content": "cut short"}"#;

/// How long a broken body waits before aborting, so its first half leaves the
/// socket before the reset instead of being discarded with it.
const ABORT_PAUSE: Duration = Duration::from_millis(20);

/// Marks an injected Discord 429 whose raw `retry_after` must also go into
/// the bucket headers once they are in place.
#[derive(Debug, Clone, Copy)]
struct RawRateLimited(&'static str);

/// Faults answered before Discord sees the request; `None` lets it through
/// (after the delay of [`Fault::Slow`]).
pub(crate) async fn at_edge(app: &App, fault: Option<Fault>) -> Option<Response> {
    match fault? {
        Fault::BadGateway => {
            app.stats.bump(Counter::ServerErrors);
            Some(respond::bad_gateway())
        }
        Fault::ServiceUnavailable => {
            app.stats.bump(Counter::ServerErrors);
            let mut response = respond::service_unavailable();
            respond::add_via(&mut response);
            Some(response)
        }
        Fault::Drop => {
            app.stats.bump(Counter::Dropped);
            let mut response = Response::new(Body::empty());
            response.extensions_mut().insert(DropConnection);
            Some(response)
        }
        Fault::ProxyTooManyRequests => Some(respond::proxy_too_many_requests()),
        Fault::CloudflareBan => {
            app.stats.bump(Counter::CloudflareBanned);
            Some(respond::cloudflare_ban(app.ban_length(), app.next_ray()))
        }
        Fault::Slow(delay) => {
            tokio::time::sleep(delay).await;
            None
        }
        _ => None,
    }
}

/// Faults that answer instead of the endpoint, once the request passed
/// authentication and rate limits (the endpoint does not run).
pub(crate) fn instead_of_endpoint(fault: Option<Fault>) -> Option<Response> {
    match fault? {
        Fault::Forbidden => Some(respond::forbidden()),
        Fault::RateLimited429 { retry_after } => {
            let mut response = respond::raw_rate_limited(retry_after);
            response
                .extensions_mut()
                .insert(RawRateLimited(retry_after));
            Some(response)
        }
        _ => None,
    }
}

/// Header faults, applied once Discord's headers are in place.
pub(crate) fn on_headers(fault: Option<Fault>, response: &mut Response) {
    if fault == Some(Fault::MalformedHeaders) {
        respond::malform(response);
    }
    if let Some(RawRateLimited(raw)) = response.extensions().get::<RawRateLimited>().copied() {
        respond::raw_bucket_exhausted(response, raw);
    }
}

/// Body faults, applied to whatever the emulator answered.
pub(crate) async fn on_body(fault: Option<Fault>, response: Response, time_scale: f64) -> Response {
    match fault {
        Some(Fault::OversizedBody(len)) => oversized(response, len),
        Some(Fault::TruncatedJson) => truncated(response).await,
        Some(Fault::ResetMidBody) => reset_mid_body(response).await,
        Some(Fault::Trickle {
            bytes_per_tick,
            tick,
        }) => trickle(response, bytes_per_tick, window_scale(tick, time_scale)).await,
        _ => response,
    }
}

/// Splits an answer into its head and its whole (in-memory) body.
async fn split(response: Response) -> (http::response::Parts, Bytes) {
    let (parts, body) = response.into_parts();
    // Emulator answers are built in memory; a failure here only loses the body.
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    (parts, bytes)
}

/// The JSON to cut: the endpoint's object or array, or a sample when it had none.
fn breakable(body: Bytes) -> Bytes {
    let is_container = matches!(body.first(), Some(b'{' | b'['));
    if is_container && body.len() >= 2 {
        body
    } else {
        Bytes::from_static(SAMPLE_BODY)
    }
}

/// The head of a 200 JSON answer with `body` announced as `length` bytes.
fn json_200(mut parts: http::response::Parts, length: u64, body: Body) -> Response {
    parts.status = StatusCode::OK;
    parts
        .headers
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    parts
        .headers
        .insert(CONTENT_LENGTH, HeaderValue::from(length));
    Response::from_parts(parts, body)
}

fn oversized(response: Response, len: usize) -> Response {
    let (parts, _) = response.into_parts();
    let body = ScriptedBody::padding(len);
    let announced = body.announced();
    json_200(parts, announced, Body::new(body))
}

async fn truncated(response: Response) -> Response {
    let (parts, body) = split(response).await;
    let body = breakable(body);
    let cut = body.slice(..body.len() / 2);
    json_200(parts, cut.len() as u64, Body::from(cut))
}

async fn reset_mid_body(response: Response) -> Response {
    let (parts, body) = split(response).await;
    let body = breakable(body);
    let announced = body.len() as u64;
    let sent = body.slice(..body.len() / 2);
    let broken = ScriptedBody::broken(sent, announced, ABORT_PAUSE);
    json_200(parts, announced, Body::new(broken))
}

async fn trickle(response: Response, bytes_per_tick: usize, tick: Duration) -> Response {
    let (mut parts, body) = split(response).await;
    if body.is_empty() {
        return Response::from_parts(parts, Body::empty());
    }
    parts
        .headers
        .insert(CONTENT_LENGTH, HeaderValue::from(body.len() as u64));
    let slow = ScriptedBody::trickle(body, bytes_per_tick, tick);
    Response::from_parts(parts, Body::new(slow))
}
