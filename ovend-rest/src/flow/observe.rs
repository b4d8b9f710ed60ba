//! The flow's detailed reports: a request queued, an attempt sent, an invalid
//! answer, a slow request.
//!
//! Each is built only when someone listens (`EventSystem::is_listening`): with
//! no handler and no subscriber, the request path pays an atomic load per report.

use std::future::Future;
use std::pin::pin;
use std::task::Poll;
use std::time::Duration;

use tokio::time::Instant;

use ovend_events::EventKind;
use ovend_ratelimit::RateLimitHeaders;

use crate::client::ClientInner;
use crate::prepared::Prepared;
use crate::RequestContext;

/// Awaits the limiter's `acquiring` and returns how long it waited; if it is not
/// granted at the first poll, the request waits in the limiter's queue, which is
/// reported once.
pub(super) async fn queued<T>(
    client: &ClientInner,
    request: &Prepared,
    acquiring: impl Future<Output = T>,
) -> (T, Duration) {
    let mut acquiring = pin!(acquiring);
    if let Poll::Ready(granted) = futures::poll!(acquiring.as_mut()) {
        return (granted, Duration::ZERO);
    }
    let started = Instant::now();
    if client.events.is_listening() {
        client.events.emit(EventKind::RequestQueued {
            request: request.info.clone(),
        });
    }
    let granted = acquiring.await;
    (granted, started.elapsed())
}

/// Attempt `attempt` leaves after `queued` in the limiter's queue, over all attempts.
pub(super) fn sent(client: &ClientInner, request: &Prepared, attempt: u32, queued: Duration) {
    if client.events.is_listening() {
        client.events.emit(EventKind::RequestSent {
            request: request.info.clone(),
            attempt,
            queued,
        });
    }
}

/// An answer Discord counts toward the invalid-request ban (401, 403, 429).
pub(super) fn invalid(client: &ClientInner, request: &Prepared, headers: &RateLimitHeaders) {
    if headers.is_invalid_request() && client.events.is_listening() {
        client.events.emit(EventKind::InvalidRequest {
            request: request.info.clone(),
            status: headers.status,
        });
    }
}

/// A request that took longer than the client's threshold, when one is set.
pub(super) fn slow(client: &ClientInner, ctx: &RequestContext, latency: Duration) {
    let Some(threshold) = client.slow_request_threshold else {
        return;
    };
    if latency > threshold && client.events.is_listening() {
        client.events.emit(EventKind::SlowRequest {
            request: ctx.request.clone(),
            latency,
            threshold,
        });
    }
}
