//! The path of one request through the emulator, in Discord's order:
//!
//! 1. Cloudflare: a banned client gets `error code: 1015` and nothing else.
//! 2. Injected faults (edge 502/503, dropped connection, slowness, bad headers).
//! 3. Latency and jitter.
//! 4. Routing: unknown paths 404, wrong methods 405, non-snowflake ids 400.
//! 5. Authentication (401, counted as invalid). Webhook and interaction routes
//!    carry their token in the URL and need no `Authorization`.
//! 6. User-Agent: counted when it does not start with `DiscordBot (`; the
//!    request is still answered unless `strict_user_agent` is set (then 400).
//! 7. Rate limits: global, bucket, shared, hidden sublimit (429s; all but
//!    `shared` count as invalid).
//! 8. Body: `Content-Type`, JSON, multipart, `X-Audit-Log-Reason` (400s, which
//!    still consumed the bucket, as on Discord).
//! 9. The endpoint itself, then rate-limit headers and `Via: 1.1 google`.

use std::sync::Arc;

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};
use serde_json::json;
use tokio::time::Instant;

use crate::api::{self, Call, Query};
use crate::app::App;
use crate::auth::{self, Auth};
use crate::body::{self, BodyError, Payload};
use crate::faults::Fault;
use crate::limits::{LimitRequest, LimitScope, Verdict};
use crate::record::RecordedRequest;
use crate::respond;
use crate::routes::{self, Match, RouteDef};
use crate::stats::Counter;
use crate::sublimits;
use crate::validation::{bad_request, check_audit_reason, invalid_form_body, invalid_json};

/// Largest accepted body (Discord's default upload limit plus room for the form).
const MAX_BODY: usize = 26 * 1024 * 1024;

/// Marks a response that must not be sent: the server closes the connection instead.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DropConnection;

/// A request with its body read.
struct Incoming {
    method: Method,
    path: String,
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
}

/// The axum fallback handler: every Discord route goes through here.
pub(crate) async fn discord(State(app): State<Arc<App>>, request: Request) -> Response {
    app.stats.bump(Counter::Requests);
    let (parts, body) = request.into_parts();
    let (body, too_large) = match to_bytes(body, MAX_BODY).await {
        Ok(bytes) => (bytes, false),
        Err(_) => (Bytes::new(), true),
    };
    let incoming = Incoming {
        method: parts.method,
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body,
    };
    let response = if too_large {
        respond::error(
            StatusCode::PAYLOAD_TOO_LARGE,
            40005,
            "Request entity too large",
        )
    } else {
        process(&app, &incoming).await
    };
    let dropped = response.extensions().get::<DropConnection>().is_some();
    let status = if dropped {
        0
    } else {
        response.status().as_u16()
    };
    if response.status().is_success() && !dropped {
        app.stats.bump(Counter::Responses2xx);
    } else if status == 400 {
        app.stats.bump(Counter::BadRequests);
    }
    record(&app, incoming, status);
    response
}

fn record(app: &App, incoming: Incoming, status: u16) {
    let path = routes::strip_version(&incoming.path)
        .unwrap_or(&incoming.path)
        .to_owned();
    app.recorder.push(RecordedRequest {
        method: incoming.method,
        path,
        query: incoming.query,
        headers: incoming.headers,
        body: incoming.body,
        status,
    });
}

/// Steps 1–3, then the Discord answer with `Via`.
async fn process(app: &App, request: &Incoming) -> Response {
    if app.invalid.lock().is_banned(Instant::now()) {
        app.stats.bump(Counter::CloudflareBanned);
        return respond::cloudflare_ban();
    }
    let mut malformed = false;
    match app.next_fault() {
        Some(Fault::BadGateway) => {
            app.stats.bump(Counter::ServerErrors);
            return respond::bad_gateway();
        }
        Some(Fault::ServiceUnavailable) => {
            app.stats.bump(Counter::ServerErrors);
            let mut response = respond::service_unavailable();
            respond::add_via(&mut response);
            return response;
        }
        Some(Fault::Drop) => {
            app.stats.bump(Counter::Dropped);
            let mut response = Response::new(axum::body::Body::empty());
            response.extensions_mut().insert(DropConnection);
            return response;
        }
        Some(Fault::Slow(delay)) => tokio::time::sleep(delay).await,
        Some(Fault::MalformedHeaders) => malformed = true,
        None => {}
    }
    let latency = app.latency();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let mut response = answer(app, request).await;
    if malformed {
        respond::malform(&mut response);
    }
    respond::add_via(&mut response);
    response
}

/// Steps 4–9.
async fn answer(app: &App, request: &Incoming) -> Response {
    let Some(path) = routes::strip_version(&request.path) else {
        return respond::not_found();
    };
    let (def, params) = match routes::match_route(&request.method, path) {
        Match::Found(def, params) => (def, params),
        Match::MethodNotAllowed => return respond::method_not_allowed(),
        Match::NotFound => return respond::not_found(),
        Match::BadSnowflake { field, value } => {
            let message = format!("Value \"{value}\" is not snowflake.");
            let errors = json!({ field: { "_errors": [{ "code": "NUMBER_TYPE_COERCE", "message": message }] } });
            return invalid_form_body(errors).into();
        }
    };
    let caller = match auth::identify(&app.config.tokens, &request.headers) {
        Auth::Bot(index) => Some(index),
        Auth::Missing if def.token_in_url() => None,
        Auth::Missing | Auth::Invalid => {
            app.stats.bump(Counter::Unauthorized);
            app.count_invalid(Instant::now());
            return respond::unauthorized();
        }
    };
    if !auth::user_agent_ok(&request.headers) {
        app.stats.bump(Counter::BadUserAgent);
        if app.config.strict_user_agent {
            return bad_request(0, "400: Bad Request").into();
        }
    }
    let parsed = body::parse(&request.headers, &request.body, def.files).await;
    let bucket = if app.config.unlimited {
        None
    } else {
        match limit(app, def, &params, caller, parsed.as_ref().ok()) {
            Ok(bucket) => Some(bucket),
            Err(response) => return *response,
        }
    };
    let mut response = match parsed {
        Err(error) => body_error(app, &error),
        Ok(payload) => match check_audit_reason(request.headers.get("x-audit-log-reason")) {
            Err(error) => error.into(),
            Ok(()) => {
                let call = Call {
                    caller,
                    params: &params,
                    payload: &payload,
                    query: Query::parse(request.query.as_deref()),
                    ids: &app.ids,
                    model: &app.model,
                };
                api::dispatch(def.endpoint, &call)
            }
        },
    };
    if response.status() == StatusCode::FORBIDDEN {
        app.count_invalid(Instant::now());
    }
    if let Some(bucket) = bucket {
        respond::apply_bucket_headers(&mut response, &bucket);
    }
    response
}

/// Step 7: the bucket headers to send, or the 429 (boxed: it is the rare path).
fn limit(
    app: &App,
    def: &'static RouteDef,
    params: &routes::Params,
    caller: Option<u32>,
    payload: Option<&Payload>,
) -> Result<crate::limits::BucketHeaders, Box<Response>> {
    let scale = app.config.time_scale;
    let request = LimitRequest {
        caller,
        hash: def.hash,
        rule: def.rule.scaled(scale),
        major: params.major(def),
        sublimit: payload.and_then(|p| sublimits::for_request(def, params, p, scale)),
        resource: params.resource(def),
        global: def.global(),
    };
    let now = Instant::now();
    match app.limiter.check(&request, now) {
        Verdict::Allowed(bucket) => Ok(bucket),
        Verdict::Global { retry_after } => {
            app.stats.bump(Counter::RateLimitedGlobal);
            app.count_invalid(now);
            Err(Box::new(respond::global_limited(retry_after)))
        }
        Verdict::Limited {
            scope,
            bucket,
            retry_after,
        } => {
            match scope {
                LimitScope::Bucket => app.stats.bump(Counter::RateLimitedBucket),
                LimitScope::Sublimit => app.stats.bump(Counter::RateLimitedSublimit),
                LimitScope::Shared => app.stats.bump(Counter::RateLimitedShared),
            }
            if scope != LimitScope::Shared {
                app.count_invalid(now);
            }
            Err(Box::new(respond::limited(scope, &bucket, retry_after)))
        }
    }
}

/// Step 8 failures.
fn body_error(app: &App, error: &BodyError) -> Response {
    match error {
        BodyError::ContentType => {
            app.stats.bump(Counter::BadContentType);
            invalid_form_body(json!({ "_errors": [{
                "code": "CONTENT_TYPE_INVALID",
                "message": "Expected \"Content-Type\" header to be one of {'application/json', 'multipart/form-data'}.",
            }] }))
            .into()
        }
        BodyError::InvalidJson => invalid_json().into(),
        BodyError::Multipart(reason) => {
            bad_request(0, &format!("400: Bad Request ({reason})")).into()
        }
    }
}
