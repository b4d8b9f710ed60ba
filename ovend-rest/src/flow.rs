//! The request flow, top to bottom, as in DESIGN.md:
//!
//! ```text
//! run ─ RequestStarted
//!   1. interceptors                 (seam: none yet)
//!   2. validator                    Discord's documented limits
//!   3. cache check (GET)            hit: answer without network or limiter
//!   4. single-flight (GET)          identical GETs in flight share one call
//!   5. send loop, per attempt:
//!        rate limiter acquire       RateLimitWait when it made us wait
//!        HttpClient::send
//!        ResponseHandler            headers + typed outcome
//!        permit.complete(headers)   the limiter learns from every answer
//!        success → cache store / invalidation → answer
//!        429     → RateLimited; sleep retry_after (bounded) and go again
//!        error   → retry policy: back off and go again, or typed error
//! run ─ RequestCompleted / RequestFailed
//! ```
//!
//! Every stage reports to the event system. Events carry the route template
//! (`RouteKey::route`), never the raw path, which may hold a webhook token.

use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use http::Method;
use ovend_events::{Event, EventKind, Level};
use ovend_ratelimit::{Permit, RateLimitHeaders, Scope};
use tokio::time::Instant;

use crate::cache_rules::is_mutation;
use crate::client::ClientInner;
use crate::prepared::{CachePolicy, Prepared};
use crate::response_handler::{Handled, Outcome};
use crate::retry::{RetryCause, RetryContext};
use crate::validate::RequestView;
use crate::{Error, ErrorKind, Response, TransportError, TransportErrorKind};

/// What one HTTP exchange (possibly shared by several callers) ends with, and
/// how many HTTP attempts it took.
pub(crate) type Flight = (Result<Response, Error>, u32);

/// Waits shorter than this are not reported as rate-limit waits.
const REPORTED_WAIT: Duration = Duration::from_millis(1);

/// Runs one request through every stage and reports its end.
pub(crate) async fn run(client: Arc<ClientInner>, request: Prepared) -> Result<Response, Error> {
    let started = Instant::now();
    client.events.emit(EventKind::RequestStarted {
        request: request.info.clone(),
    });
    let request = Arc::new(request);
    let (result, attempts) = stages(&client, &request).await;
    report_end(&client, &request, started.elapsed(), &result, attempts);
    result
}

async fn stages(client: &Arc<ClientInner>, request: &Arc<Prepared>) -> Flight {
    // 1. Request interceptors would run here, in registration order (seam).

    // 2. Validator: Discord's documented limits, before the network or the limiter.
    if let Err(err) = validate(client, request) {
        return (Err(err), 0);
    }

    // 3. Cache check: GETs only; a hit never touches the network or the limiter.
    let cache_entry = cache_entry(client, request);
    if let Some((key, _)) = &cache_entry {
        if let Some(hit) = cache_lookup(client, request, key).await {
            return (Ok(hit), 0);
        }
    }

    // 4. Single-flight: identical GETs in flight share one HTTP call.
    if client.dedup && request.method == Method::GET && request.cache != CachePolicy::Skip {
        let (call, leader) = client.flight.join(request.flight_key(), || {
            send_loop(Arc::clone(client), Arc::clone(request), cache_entry).boxed()
        });
        if !leader {
            emit_debug(
                client,
                "single_flight.joined",
                format!(
                    "request {} shares an identical GET in flight",
                    request.info.id
                ),
            );
        }
        let (result, attempts) = call.await;
        // Followers made no HTTP attempt of their own.
        return (result, if leader { attempts } else { 0 });
    }
    send_loop(Arc::clone(client), Arc::clone(request), cache_entry).await
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
    cache_entry: Option<(String, Duration)>,
) -> Flight {
    let mut attempts = 0;
    let mut rate_limited = 0;
    // The retry budget earns a deposit per request, not per attempt.
    client.retry.on_request();
    loop {
        let permit = match acquire(&client, &request).await {
            Ok(permit) => permit,
            Err(err) => return (Err(err), attempts),
        };
        attempts += 1;
        let step = match client.http.send(request.http_request()).await {
            Ok(answer) => {
                let handled = client.handler.handle(answer);
                report_malformed(&client, &handled);
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
                    Outcome::Failure(err) => on_failure(&client, &request, err, attempts).await,
                }
            }
            Err(err) => {
                // No answer: dropping the permit returns its slot to the limiter.
                drop(permit);
                on_failure(&client, &request, transport_error(err), attempts).await
            }
        };
        if let Step::Done(result) = step {
            return (result, attempts);
        }
    }
}

/// The rate limiter's verdict, with the wait it imposed reported.
async fn acquire(client: &ClientInner, request: &Prepared) -> Result<Permit, Error> {
    let started = Instant::now();
    let permit = client
        .limiter
        .acquire_with(&request.key, &request.acquire)
        .await?;
    let waited = started.elapsed();
    if waited >= REPORTED_WAIT {
        client.events.emit(EventKind::RateLimitWait {
            request: request.info.clone(),
            wait: waited,
        });
    }
    Ok(permit)
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
/// to the retry policy, which backs off and goes again or gives up.
async fn on_failure(client: &ClientInner, request: &Prepared, err: Error, attempts: u32) -> Step {
    if let ErrorKind::CloudflareBan { retry_after } = err.kind() {
        client.events.emit(EventKind::CloudflareBan {
            retry_after: retry_after.unwrap_or_default(),
        });
        return Step::Done(Err(err));
    }
    match retry_delay(client, request, &err, attempts) {
        Some(delay) => {
            retry_wait(client, request, attempts, delay, &err).await;
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
    attempts: u32,
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
        RetryContext::new(&request.method, attempts, &cause).idempotent(request.idempotent);
    client.retry.should_retry(&context)
}

async fn retry_wait(
    client: &ClientInner,
    request: &Prepared,
    attempts: u32,
    delay: Duration,
    error: &Error,
) {
    client.events.emit(EventKind::Retry {
        request: request.info.clone(),
        attempt: attempts + 1,
        delay,
        reason: error.to_string(),
    });
    tokio::time::sleep(delay).await;
}

/// The cache key and TTL of a GET the client caches: the strategy caches its
/// route, or the request set its own TTL (which wins); `no_cache` opts out.
fn cache_entry(client: &ClientInner, request: &Prepared) -> Option<(String, Duration)> {
    client.cache.as_ref()?;
    if request.method != Method::GET {
        return None;
    }
    let ttl = match request.cache {
        CachePolicy::Skip => return None,
        CachePolicy::Ttl(ttl) => ttl,
        CachePolicy::Default => client.cache_rules.ttl(&request.path)?,
    };
    let key = client
        .cache_rules
        .key(&request.path, request.query.as_deref());
    Some((key, ttl))
}

/// A cache hit as an answer; a failing cache counts as a miss.
async fn cache_lookup(client: &ClientInner, request: &Prepared, key: &str) -> Option<Response> {
    let cache = client.cache.as_ref()?;
    let found = match cache.get(key).await {
        Ok(found) => found,
        Err(err) => {
            tracing::debug!(error = %err, "cache lookup failed; treating it as a miss");
            None
        }
    };
    let info = request.info.clone();
    match found {
        Some(body) => {
            client.events.emit(EventKind::CacheHit { request: info });
            Some(Response::cached(body))
        }
        None => {
            client.events.emit(EventKind::CacheMiss { request: info });
            None
        }
    }
}

/// Stores a successful GET; a successful mutation invalidates what it changed
/// (see `cache_rules` for the rule). Cache failures never fail the request.
async fn store(
    client: &ClientInner,
    request: &Prepared,
    entry: Option<&(String, Duration)>,
    response: &Response,
) {
    let Some(cache) = &client.cache else {
        return;
    };
    if let Some((key, ttl)) = entry {
        if response.status() == http::StatusCode::OK {
            if let Err(err) = cache.set(key, response.bytes(), *ttl).await {
                tracing::debug!(error = %err, "cache store failed");
            }
        }
        return;
    }
    if !is_mutation(&request.method) {
        return;
    }
    for prefix in client
        .cache_rules
        .invalidations(&request.method, &request.path)
    {
        if let Err(err) = cache.delete_prefix(&prefix).await {
            tracing::debug!(error = %err, "cache invalidation failed");
        }
        client.events.emit(EventKind::CacheInvalidated {
            prefix: client.cache_rules.event_route(&prefix),
        });
    }
}

fn transport_error(err: TransportError) -> Error {
    let kind = match err.kind() {
        TransportErrorKind::Timeout => ErrorKind::Timeout,
        other => ErrorKind::Http(other),
    };
    Error::new(kind).with_source(err)
}

fn report_end(
    client: &ClientInner,
    request: &Prepared,
    latency: Duration,
    result: &Result<Response, Error>,
    attempts: u32,
) {
    let info = request.info.clone();
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
mod tests;
