//! The request flow, top to bottom, as in DESIGN.md:
//!
//! ```text
//! run ─ RequestStarted                 ┐ bounded by the request's timeout
//!   1. request interceptors (in order)  │ may rewrite the request, or answer it
//!   2. validator                        │ Discord's documented limits
//!      batching (opt-in)                │ a batched call waits for its bulk request
//!   3. cache check (GET)                │ hit: answer without network or limiter
//!   4. single-flight (GET)              │ identical GETs in flight share one call
//!   5. send loop, per attempt:          │
//!        rate limiter acquire           │ RateLimitWait when it made us wait
//!        HttpClient::send               │ bounded by the attempt timeout
//!        ResponseHandler                │ headers + typed outcome
//!        permit.complete(headers)       │ the limiter learns from every answer
//!        success → cache store / invalidation → answer
//!        429     → RateLimited; sleep retry_after (bounded) and go again
//!        error   → retry policy: back off and go again, or typed error
//!   6. error handlers (in order)        ┘ on an error: recover, map or let through
//!   7. transformers                      rewrite a successful answer's body
//!   8. response interceptors (in order)  see the final answer
//! run ─ RequestCompleted / RequestFailed
//! ```
//!
//! An interceptor's own answer skips 2–7. Everything from 2 on is derived from
//! the request as the interceptors left it: route key, cache and single-flight
//! keys, the validator's view.
//!
//! Cancellation: nothing here is spawned. Dropping the caller's future drops
//! the flow where it stands: a permit it held is dropped, which returns its
//! slot to the limiter; a single-flight call goes on as long as another caller
//! still awaits it (that caller takes over driving it) and is dropped with the
//! last one.
//!
//! Every stage reports to the event system. Events carry the route template
//! (`RouteKey::route`), never the raw path, which may hold a webhook token.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::FutureExt;
use http::Method;
use ovend_events::{Event, EventKind, Level};
use ovend_ratelimit::{Permit, RateLimitHeaders, Scope};
use tokio::time::Instant;

use crate::client::ClientInner;
use crate::interceptor::OutgoingRequest;
use crate::prepared::{CachePolicy, Prepared};
use crate::request::Parts;
use crate::response_handler::{Handled, Outcome};
use crate::retry::{RetryCause, RetryContext};
use crate::validate::RequestView;
use crate::{
    Error, ErrorKind, Intercept, Recovery, RequestContext, Response, Transformer, TransportError,
    TransportErrorKind,
};

/// What one HTTP exchange (possibly shared by several callers) ends with.
pub(crate) type Flight = Result<Response, Error>;

/// Waits shorter than this are not reported as rate-limit waits.
const REPORTED_WAIT: Duration = Duration::from_millis(1);

mod cache_stage;
mod observe;

use cache_stage::{cache_entry, cache_lookup, store, CacheEntry};

/// Where a successful answer came from.
enum Answer {
    /// A request interceptor answered: later stages are skipped.
    Intercepted(Response),
    /// Discord (or the cache) answered.
    Fetched(Response),
}

/// Runs one request through every stage and reports its end.
///
/// Not an `async fn`: the parts become the outgoing request before the async
/// block, so the future (boxed by the caller, and moved whole) never holds
/// both.
pub(crate) fn run(
    client: Arc<ClientInner>,
    mut parts: Parts,
) -> impl Future<Output = Result<Response, Error>> + Send {
    let timeout = parts.timeout.or(client.timeout);
    let own_transformers = std::mem::take(&mut parts.transformers);
    let key = client.route_keys.get(&parts.method, &parts.path);
    let request = OutgoingRequest::new(client.next_request_id(), parts, key);
    async move {
        let started = Instant::now();
        let deadline = timeout.map(|limit| started + limit);
        let mut ctx = RequestContext::new(request.info(), 0);
        client.events.emit(EventKind::RequestStarted {
            request: ctx.request.clone(),
        });
        // Steps 1–5, within the request's timeout.
        let mut sent = None;
        let answer = within(
            deadline,
            request_side(&client, request, &mut ctx, &mut sent),
        )
        .await;
        ctx.attempts = sent.as_deref().map_or(0, Prepared::attempts);
        // Steps 6–8.
        let result = response_side(&client, &ctx, &own_transformers, answer).await;
        report_end(&client, &ctx, started.elapsed(), &result);
        result
    }
}

/// Steps 6–8: error handlers, transformers, response interceptors.
async fn response_side(
    client: &ClientInner,
    ctx: &RequestContext,
    own_transformers: &[Arc<dyn Transformer>],
    answer: Result<Answer, Error>,
) -> Result<Response, Error> {
    let response = match answer {
        Ok(Answer::Intercepted(response)) => response,
        Ok(Answer::Fetched(response)) => transform(client, ctx, own_transformers, response)?,
        // 6. Error handlers; a fallback goes on through the transformers.
        Err(err) => {
            let fallback = recover(client, ctx, err).await?;
            transform(client, ctx, own_transformers, fallback)?
        }
    };
    // 8. Response interceptors see the answer the caller is about to get.
    respond(client, ctx, response).await
}

/// Runs `work` until `deadline`, after which it is dropped (releasing any
/// permit it holds) and the request fails with [`ErrorKind::Timeout`].
///
/// Not an `async fn`: that would keep `work` as an argument beside the timer
/// that owns it, twice its size in every request's future (rustc never lays an
/// async fn's arguments over its later state). This way the future is one or
/// the other.
fn within<T>(
    deadline: Option<Instant>,
    work: impl Future<Output = Result<T, Error>>,
) -> impl Future<Output = Result<T, Error>> {
    match deadline {
        None => futures::future::Either::Left(work),
        Some(deadline) => futures::future::Either::Right(
            tokio::time::timeout_at(deadline, work)
                .map(|timed| timed.unwrap_or_else(|_| Err(Error::new(ErrorKind::Timeout)))),
        ),
    }
}

/// Steps 1–5: from the caller's request to an answer or an error. `ctx` is
/// updated with the rewritten request, and `sent` keeps the prepared request
/// so that its attempts can be counted even if the timeout cuts this short.
async fn request_side(
    client: &Arc<ClientInner>,
    mut request: OutgoingRequest,
    ctx: &mut RequestContext,
    sent: &mut Option<Arc<Prepared>>,
) -> Result<Answer, Error> {
    // 1. Request interceptors, in registration order.
    if let Some(response) = intercept(client, &mut request).await? {
        return Ok(Answer::Intercepted(response));
    }
    // From here on, everything is derived from the rewritten request.
    let (parts, key) = request.into_parts();
    let prepared = Arc::new(Prepared::new(client, &ctx.request, parts, key)?);
    ctx.request = prepared.info.clone();
    *sent = Some(Arc::clone(&prepared));

    // 2. Validator: Discord's documented limits, before the network or the limiter.
    validate(client, &prepared)?;

    // 2b. Batching (opt-in): a call gathered into a bulk request is answered
    // by the batch, which goes through 3–5 as one request.
    if let Some(ticket) = crate::batch::join(client, &prepared) {
        return ticket.answer().await.map(Answer::Fetched);
    }

    // 3–5. Cache, single-flight, and the send loop.
    stages(client, &prepared).await.map(Answer::Fetched)
}

/// Runs the request interceptors in order; the first to answer ends the loop.
async fn intercept(
    client: &ClientInner,
    request: &mut OutgoingRequest,
) -> Result<Option<Response>, Error> {
    let interceptors = &client.pipeline.interceptors;
    if interceptors.is_empty() {
        return Ok(None);
    }
    for interceptor in interceptors {
        if let Intercept::Respond(response) = interceptor.intercept(request).await? {
            tracing::debug!(route = %request.route(), "a request interceptor answered");
            emit_debug(
                client,
                "pipeline.intercepted",
                format!("request {} answered by an interceptor", request.id()),
            );
            return Ok(Some(response));
        }
    }
    request.check()?;
    Ok(None)
}

/// Steps 3–5 for a call the batcher sends singly after all.
pub(crate) async fn send_single(client: &Arc<ClientInner>, request: &Arc<Prepared>) -> Flight {
    stages(client, request).await
}

/// A call answered by its batch: the cache forgets what it changed, as if it
/// had been sent singly.
pub(crate) async fn settle_batched(client: &ClientInner, request: &Prepared, answer: &Response) {
    store(client, request, None, answer).await;
}

async fn stages(client: &Arc<ClientInner>, request: &Arc<Prepared>) -> Flight {
    // 3. Cache check: GETs only; a hit never touches the network or the limiter.
    let cache_entry = cache_entry(client, request);
    if let Some((key, _)) = &cache_entry {
        if let Some(hit) = cache_lookup(client, request, key).await {
            return Ok(hit);
        }
    }

    // 4. Single-flight: identical GETs in flight share one HTTP call. The
    // call is driven by whichever caller polls it, so the leader's
    // cancellation leaves it to the followers.
    if client.dedup && request.method == Method::GET && request.cache != CachePolicy::Skip {
        let (call, leader) = client.flight.join(&request.flight_key(), || {
            send_loop(Arc::clone(client), Arc::clone(request), cache_entry).boxed()
        });
        if !leader && client.events.is_listening() {
            client.events.emit(EventKind::Deduplicated {
                request: request.info.clone(),
            });
        }
        return call.await;
    }
    send_loop(Arc::clone(client), Arc::clone(request), cache_entry).await
}

/// 6. Offers an error to the error handlers in order; the first fallback wins.
async fn recover(
    client: &ClientInner,
    ctx: &RequestContext,
    error: Error,
) -> Result<Response, Error> {
    let mut error = error;
    for handler in &client.pipeline.error_handlers {
        match handler.handle(ctx, error).await {
            Recovery::Respond(fallback) => {
                tracing::debug!(route = %ctx.route(), "an error handler answered a fallback");
                emit_debug(
                    client,
                    "pipeline.recovered",
                    format!("request {} answered by an error handler", ctx.id()),
                );
                return Ok(fallback);
            }
            Recovery::Fail(next) => error = next,
        }
    }
    Err(error)
}

/// 7. The client's transformers, then the request's own.
fn transform(
    client: &ClientInner,
    ctx: &RequestContext,
    own: &[Arc<dyn Transformer>],
    response: Response,
) -> Result<Response, Error> {
    let shared = &client.pipeline.transformers;
    if shared.is_empty() && own.is_empty() {
        return Ok(response);
    }
    let mut body: Bytes = response.bytes();
    for transformer in shared.iter().chain(own) {
        body = transformer.transform(ctx, body)?;
    }
    Ok(response.with_body(body))
}

/// 8. The response interceptors, in order.
async fn respond(
    client: &ClientInner,
    ctx: &RequestContext,
    response: Response,
) -> Result<Response, Error> {
    let mut response = response;
    for interceptor in &client.pipeline.response_interceptors {
        response = interceptor.intercept(ctx, response).await?;
    }
    Ok(response)
}

fn validate(client: &ClientInner, request: &Prepared) -> Result<(), Error> {
    let mut view = RequestView::new(&request.method, &request.path).files(request.file_count);
    if let Some(json) = &request.json {
        view = view.json(json);
    }
    if let Some(reason) = &request.reason {
        view = view.reason(reason);
    }
    client
        .validator
        .validate(&view)
        .map_err(|errors| Error::new(ErrorKind::Validation(errors)))
}

/// Whether the send loop is done or goes round again.
enum Step {
    Done(Result<Response, Error>),
    Again,
}

/// 5. Acquire, send, learn, and handle the answer, until it is final.
async fn send_loop(
    client: Arc<ClientInner>,
    request: Arc<Prepared>,
    cache_entry: Option<CacheEntry>,
) -> Flight {
    // Failed attempts (5xx, transport errors, timeouts) are what the retry
    // policy counts; 429s are waits, not failures, and counted apart.
    let mut failures = 0;
    let mut rate_limited = 0;
    // Time in the limiter's queue over every attempt, for `RequestSent`.
    let mut queued = Duration::ZERO;
    // The retry budget earns a deposit per request, not per attempt.
    client.retry.on_request();
    loop {
        let (permit, waited) = acquire(&client, &request).await?;
        queued += waited;
        let attempt = request.count_attempt();
        observe::sent(&client, &request, attempt, queued);
        let step = match send_attempt(&client, &request).await {
            Ok(answer) => {
                let handled = client.handler.handle_for(&request.key, answer);
                report_malformed(&client, &handled);
                observe::invalid(&client, &request, &handled.headers);
                // The limiter learns from every answer, errors and 429s included.
                permit.complete(&handled.headers);
                match handled.outcome {
                    Outcome::Success(response) => {
                        client.retry.on_success();
                        store(&client, &request, cache_entry.as_ref(), &response).await;
                        Step::Done(Ok(response))
                    }
                    Outcome::RateLimited => {
                        rate_limited += 1;
                        on_rate_limited(&client, &request, &handled.headers, rate_limited).await
                    }
                    Outcome::Failure(err) => {
                        failures += 1;
                        rate_limited = 0;
                        on_failure(&client, &request, err, failures, attempt).await
                    }
                }
            }
            Err(err) => {
                // No answer. Only a request that never connected was certainly not
                // written: its slot goes back. Any other may have reached Discord,
                // so dropping the permit keeps its slot spent until the reset.
                if err.kind() == TransportErrorKind::Connect {
                    permit.release();
                } else {
                    drop(permit);
                }
                failures += 1;
                rate_limited = 0;
                on_failure(&client, &request, transport_error(err), failures, attempt).await
            }
        };
        if let Step::Done(result) = step {
            return result;
        }
    }
}

/// One HTTP exchange, bounded by the attempt timeout when there is one.
async fn send_attempt(
    client: &ClientInner,
    request: &Prepared,
) -> Result<http::Response<Bytes>, TransportError> {
    let send = client.http.send(request.http_request());
    let Some(limit) = request.attempt_timeout else {
        return send.await;
    };
    match tokio::time::timeout(limit, send).await {
        Ok(answer) => answer,
        Err(_) => Err(TransportError::new(TransportErrorKind::Timeout)),
    }
}

/// The rate limiter's verdict, with the wait it imposed reported and returned.
async fn acquire(client: &ClientInner, request: &Prepared) -> Result<(Permit, Duration), Error> {
    let acquiring = client.limiter.acquire_with(&request.key, &request.acquire);
    // Most grants come on the first poll: those waited nothing, and the
    // clock is read only for a request that queued.
    let (permit, waited) = observe::queued(client, request, acquiring).await;
    let permit = permit?;
    if waited >= REPORTED_WAIT {
        client.events.emit(EventKind::RateLimitWait {
            request: request.info.clone(),
            wait: waited,
        });
    }
    Ok((permit, waited))
}

/// Reports a 429, then sleeps out its `retry_after` and goes again, or gives
/// up: after `max_rate_limit_retries` 429s in a row, when the caller asked to
/// be rejected, or when `retry_after` exceeds the request's `max_wait` (so a
/// long limit ends in an error, never in an hour's sleep).
async fn on_rate_limited(
    client: &ClientInner,
    request: &Prepared,
    headers: &RateLimitHeaders,
    count: u32,
) -> Step {
    let retry_after = headers
        .retry_after
        .or(headers.reset_after)
        .unwrap_or(Duration::from_secs(1));
    client.events.emit(EventKind::RateLimited {
        request: request.info.clone(),
        bucket: headers.bucket.clone(),
        scope: headers.scope.map(scope_name),
        retry_after,
        global: headers.global,
    });
    let max_wait = request.max_wait.unwrap_or(client.max_retry_after);
    let give_up = count > client.max_rate_limit_retries
        || request.acquire.reject_on_rate_limit
        || retry_after > max_wait;
    tracing::debug!(
        route = %request.key.route(),
        retry_after_ms = millis(retry_after),
        global = headers.global,
        give_up,
        "Discord answered 429"
    );
    if give_up {
        return Step::Done(Err(Error::new(ErrorKind::RateLimited {
            retry_after,
            global: headers.global,
            scope: headers.scope,
        })));
    }
    wait_reported(client, request, retry_after).await;
    Step::Again
}

/// A failed attempt: a Cloudflare ban stops at once; anything else is offered
/// to the retry policy, which backs off and goes again or gives up. `failures`
/// counts failed attempts only; `attempt` is the HTTP attempt that failed.
async fn on_failure(
    client: &ClientInner,
    request: &Prepared,
    err: Error,
    failures: u32,
    attempt: u32,
) -> Step {
    if let ErrorKind::CloudflareBan { retry_after } = err.kind() {
        client.events.emit(EventKind::CloudflareBan {
            retry_after: retry_after.unwrap_or_default(),
        });
        return Step::Done(Err(err));
    }
    match retry_delay(client, request, &err, failures) {
        Some(delay) => {
            retry_wait(client, request, attempt + 1, delay, &err).await;
            Step::Again
        }
        None => Step::Done(Err(err)),
    }
}

fn report_malformed(client: &ClientInner, handled: &Handled) {
    for malformed in &handled.malformed {
        emit_at(
            client,
            Level::Warn,
            "response.malformed_header",
            malformed.to_string(),
        );
    }
}

/// Sleeps out a 429's `retry_after` before acquiring again. The limiter has
/// learned from the 429 too; sleeping here as well means even a limiter that
/// learns nothing cannot make the flow hammer Discord.
async fn wait_reported(client: &ClientInner, request: &Prepared, delay: Duration) {
    client.events.emit(EventKind::RateLimitWait {
        request: request.info.clone(),
        wait: delay,
    });
    tokio::time::sleep(delay).await;
}

/// The retry policy's backoff for a failed attempt, or `None` to fail now.
/// Only transient failures are offered to the policy; 429s never reach it
/// (they are handled above), nor do answers that say "stop" (401, a ban).
fn retry_delay(
    client: &ClientInner,
    request: &Prepared,
    error: &Error,
    failures: u32,
) -> Option<Duration> {
    let cause = match error.kind() {
        ErrorKind::Api { status, .. } => RetryCause::Status(*status),
        ErrorKind::Timeout => RetryCause::Timeout,
        ErrorKind::Http(TransportErrorKind::Connect) => RetryCause::Connect,
        ErrorKind::Http(TransportErrorKind::Connection | TransportErrorKind::Body) => {
            RetryCause::Reset
        }
        ErrorKind::Http(_) => RetryCause::Other,
        _ => return None,
    };
    let context =
        RetryContext::new(&request.method, failures, &cause).idempotent(request.idempotent);
    client.retry.should_retry(&context)
}

/// Reports a retry (through tracing and as an event), then backs off.
/// `attempt` is the HTTP attempt about to be made.
async fn retry_wait(
    client: &ClientInner,
    request: &Prepared,
    attempt: u32,
    delay: Duration,
    error: &Error,
) {
    // The error's text never holds the token or the path.
    tracing::warn!(
        route = %request.key.route(),
        method = %request.method,
        attempt,
        delay_ms = millis(delay),
        cause = %error,
        "retrying a failed request"
    );
    client.events.emit(EventKind::Retry {
        request: request.info.clone(),
        attempt,
        delay,
        reason: error.to_string(),
    });
    tokio::time::sleep(delay).await;
}

fn transport_error(err: TransportError) -> Error {
    let kind = match err.kind() {
        TransportErrorKind::Timeout => ErrorKind::Timeout,
        // Not retried: the same answer would be just as large again.
        TransportErrorKind::TooLarge => ErrorKind::ResponseTooLarge {
            limit: err.body_limit().unwrap_or(0),
        },
        other => ErrorKind::Http(other),
    };
    Error::new(kind).with_source(err)
}

fn report_end(
    client: &ClientInner,
    ctx: &RequestContext,
    latency: Duration,
    result: &Result<Response, Error>,
) {
    let info = ctx.request.clone();
    let attempts = ctx.attempts;
    let kind = match result {
        Ok(response) => EventKind::RequestCompleted {
            request: info,
            status: response.status().as_u16(),
            latency,
            attempts,
        },
        Err(err) => EventKind::RequestFailed {
            request: info,
            error: err.to_string(),
            latency,
            attempts,
        },
    };
    client.events.emit(kind);
    observe::slow(client, ctx, latency);
}

fn emit_debug(client: &ClientInner, name: &str, message: String) {
    emit_at(client, Level::Debug, name, message);
}

fn emit_at(client: &ClientInner, level: Level, name: &str, message: String) {
    if client.events.is_listening() {
        let kind = EventKind::Custom {
            name: name.to_owned(),
            message,
        };
        client.events.emit_event(Event::new(kind).with_level(level));
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

fn scope_name(scope: Scope) -> String {
    match scope {
        Scope::User => "user",
        Scope::Global => "global",
        Scope::Shared => "shared",
        _ => "unknown",
    }
    .to_owned()
}

#[cfg(test)]
mod pipeline_tests;
#[cfg(test)]
mod tests;
