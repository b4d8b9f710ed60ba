//! The path of one request through the emulator, in Discord's order:
//!
//! 1. Cloudflare: a banned client gets `error code: 1015` and nothing else.
//! 2. Injected faults at the edge (502/503, dropped connection, proxy and
//!    Cloudflare 429s, slowness); the fault drawn here also acts in 7b and 10.
//! 3. Latency and jitter.
//! 4. Routing: hand-written routes first, then every other operation of
//!    Discord's OpenAPI description; unknown paths 404, wrong methods 405,
//!    non-snowflake ids 400.
//! 5. Authentication (401, counted as invalid; a revoked bot token is
//!    invalid). Webhook and interaction routes carry their token in the URL:
//!    they need no `Authorization`, and one sent there is only counted.
//!    Routes Discord answers without a token (`/gateway`, invites, widgets)
//!    take one optionally; one that is sent must be valid.
//! 6. User-Agent: counted when it does not start with `DiscordBot (`; the
//!    request is still answered unless `strict_user_agent` is set (then 400).
//! 7. Rate limits: global, bucket, shared, hidden sublimit (429s; all but
//!    `shared` count as invalid).
//!    7b. An expired or revoked path token: 401 `Invalid Webhook Token`
//!    (50027); else an injected 403 or 429 answers instead of the endpoint.
//! 8. Body: `Content-Type`, JSON, multipart, `X-Audit-Log-Reason` (400s, which
//!    still consumed the bucket, as on Discord).
//! 9. The endpoint itself, then rate-limit headers and `Via: 1.1 google`.
//! 10. Faults on the finished answer (bad headers, then header overrides,
//!     then bodies that are oversized, slow, cut or broken).

use std::sync::Arc;

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::response::Response;
use bytes::Bytes;
use http::header::AUTHORIZATION;
use http::{HeaderMap, Method, StatusCode};
use serde_json::json;
use tokio::time::Instant;

use crate::api::{self, Call, Query};
use crate::app::App;
use crate::auth::{self, Auth};
use crate::body::{self, BodyError, Payload};
use crate::faults::apply;
use crate::faults::Fault;
use crate::limits::{LimitRequest, LimitScope, Verdict};
use crate::record::RecordedRequest;
use crate::respond;
use crate::routes::{self, Endpoint, Match, RouteDef};
use crate::routing;
use crate::stats::Counter;
use crate::sublimits;
use crate::validation::{
    bad_request, check_audit_reason, invalid_form_body, invalid_json, ApiError,
};

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
        answered: std::time::Instant::now(),
    });
}

/// Steps 1–3, then the Discord answer with `Via`, then the faults and header
/// overrides that act on the finished answer.
async fn process(app: &App, request: &Incoming) -> Response {
    let banned = app.invalid.lock().ban_remaining(Instant::now());
    if let Some(left) = banned {
        app.stats.bump(Counter::CloudflareBanned);
        return respond::cloudflare_ban(left, app.next_ray());
    }
    let path = routes::strip_version(&request.path);
    let fault = app.next_fault(path);
    if let Some(response) = apply::at_edge(app, fault).await {
        return response;
    }
    let latency = app.latency();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let mut response = answer(app, request, fault).await;
    respond::add_via(&mut response);
    apply::on_headers(fault, &mut response);
    if app.overrides.apply(path, response.headers_mut()) {
        app.stats.bump(Counter::HeadersOverridden);
    }
    apply::on_body(fault, response, app.config.time_scale).await
}

/// Steps 4–9.
async fn answer(app: &App, request: &Incoming, fault: Option<Fault>) -> Response {
    let Some(path) = routes::strip_version(&request.path) else {
        return respond::not_found();
    };
    let (def, params) = match routing::resolve(&request.method, path) {
        Match::Found(def, params) => (def, params),
        Match::MethodNotAllowed => return respond::method_not_allowed(),
        Match::NotFound => return respond::not_found(),
        Match::BadSnowflake { field, value } => {
            let message = format!("Value \"{value}\" is not snowflake.");
            let errors = json!({ field: { "_errors": [{ "code": "NUMBER_TYPE_COERCE", "message": message }] } });
            return invalid_form_body(errors).into();
        }
    };
    let caller = match caller(app, def, &request.headers) {
        Ok(caller) => caller,
        Err(error) => return error.into(),
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
    let mut response = match check_path_token(app, def, &params) {
        Err(error) => error.into(),
        Ok(()) => match apply::instead_of_endpoint(fault) {
            Some(injected) => injected,
            None => endpoint(app, request, def, &params, caller, parsed),
        },
    };
    // Discord counts 403s and non-shared 429s (injected ones too) as invalid.
    if matches!(
        response.status(),
        StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS
    ) {
        app.count_invalid(Instant::now());
    }
    if let Some(bucket) = bucket {
        respond::apply_bucket_headers(&mut response, &bucket);
    }
    response
}

/// Step 5: the bot behind a request. Webhook and interaction routes are
/// authenticated by their path token alone: an `Authorization` header there
/// is counted (a client should not send its bot token where it is not
/// needed) and otherwise ignored, so the caller is `None`.
fn caller(app: &App, def: &RouteDef, headers: &HeaderMap) -> Result<Option<u32>, ApiError> {
    if def.token_in_url() {
        if headers.contains_key(AUTHORIZATION) {
            app.stats.bump(Counter::AuthOnTokenRoute);
        }
        return Ok(None);
    }
    if def.optional_auth && !headers.contains_key(AUTHORIZATION) {
        return Ok(None);
    }
    match app.credentials.authenticate(&app.config.tokens, headers) {
        Auth::Bot(index) => Ok(Some(index)),
        Auth::Missing | Auth::Invalid => {
            app.stats.bump(Counter::Unauthorized);
            app.count_invalid(Instant::now());
            Err(ApiError::unauthorized())
        }
    }
}

/// Step 7b: a route whose path token expired or was revoked answers `401
/// Invalid Webhook Token`, after the limiter so it carries its bucket's headers.
fn check_path_token(app: &App, def: &RouteDef, params: &routes::Params) -> Result<(), ApiError> {
    let Some(token) = params.token.as_ref().filter(|_| def.token_in_url()) else {
        return Ok(());
    };
    let starts_clock = def.endpoint == Endpoint::InteractionCallback;
    let now = Instant::now();
    if app.credentials.path_token_valid(token, starts_clock, now) {
        return Ok(());
    }
    app.stats.bump(Counter::Unauthorized);
    app.stats.bump(Counter::InvalidWebhookToken);
    app.count_invalid(now);
    Err(ApiError::invalid_webhook_token())
}

/// Steps 8–9: the body's errors, else the endpoint itself.
fn endpoint(
    app: &App,
    request: &Incoming,
    def: &RouteDef,
    params: &routes::Params,
    caller: Option<u32>,
    parsed: Result<Payload, BodyError>,
) -> Response {
    let payload = match parsed {
        Ok(payload) => payload,
        Err(error) => return body_error(app, &error),
    };
    if let Err(error) = check_audit_reason(request.headers.get("x-audit-log-reason")) {
        return error.into();
    }
    let call = Call {
        caller,
        params,
        payload: &payload,
        query: Query::parse(request.query.as_deref()),
        ids: &app.ids,
        model: &app.model,
    };
    api::dispatch(def.endpoint, &call)
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
