//! The handler seam: what the dispatcher calls for every event.

use std::time::Duration;

use crate::event::{Event, EventKind, RequestInfo};

/// Something that reacts to events: a logger, a metrics collector, a pager.
///
/// Handlers run on the dispatcher, off the request path, unless registered as
/// [inline](crate::EventSystem::add_inline_handler) handlers. As with
/// `tracing_subscriber::Layer`, every hook has a no-op default and
/// [`handle`](EventHandler::handle) routes each event to the hook of its kind, so a
/// handler overrides only what it cares about — or overrides `handle` itself to see
/// everything.
///
/// Object safe: the system holds handlers as `Arc<dyn EventHandler>`.
///
/// ```
/// use ovend_events::{EventHandler, RequestInfo};
/// use std::sync::atomic::{AtomicU64, Ordering};
/// use std::time::Duration;
///
/// #[derive(Default)]
/// struct SlowRequests(AtomicU64);
///
/// impl EventHandler for SlowRequests {
///     fn on_request_completed(&self, _: &RequestInfo, _: u16, latency: Duration, _: u32) {
///         if latency > Duration::from_secs(1) {
///             self.0.fetch_add(1, Ordering::Relaxed);
///         }
///     }
/// }
/// ```
#[allow(unused_variables)]
pub trait EventHandler: Send + Sync {
    /// Called for every event routed to this handler; dispatches to the hooks below.
    fn handle(&self, event: &Event) {
        dispatch(self, event);
    }

    /// A request entered the pipeline.
    fn on_request_started(&self, request: &RequestInfo) {}

    /// A request ended with an answer.
    fn on_request_completed(
        &self,
        request: &RequestInfo,
        status: u16,
        latency: Duration,
        attempts: u32,
    ) {
    }

    /// A request ended with an error.
    fn on_request_failed(
        &self,
        request: &RequestInfo,
        error: &str,
        latency: Duration,
        attempts: u32,
    ) {
    }

    /// A request was answered from the cache.
    fn on_cache_hit(&self, request: &RequestInfo) {}

    /// A cacheable request missed the cache.
    fn on_cache_miss(&self, request: &RequestInfo) {}

    /// A GET shared an identical GET's answer in flight.
    fn on_deduplicated(&self, request: &RequestInfo) {}

    /// A mutation invalidated cached entries under `prefix`.
    fn on_cache_invalidated(&self, prefix: &str) {}

    /// The rate limiter made a request wait.
    fn on_rate_limit_wait(&self, request: &RequestInfo, wait: Duration) {}

    /// Discord answered 429; `event` carries bucket, scope and retry time.
    fn on_rate_limited(&self, request: &RequestInfo, event: &Event) {}

    /// A request is being retried.
    fn on_retry(&self, request: &RequestInfo, attempt: u32, delay: Duration, reason: &str) {}

    /// The invalid-request counter crossed `threshold`.
    fn on_invalid_request_warning(&self, count: u32, threshold: u32) {}

    /// Cloudflare banned the IP.
    fn on_cloudflare_ban(&self, retry_after: Duration) {}

    /// A request waits in the rate limiter's queue.
    fn on_request_queued(&self, request: &RequestInfo) {}

    /// An HTTP attempt leaves; `queued` is the time spent in the limiter's queue so far.
    fn on_request_sent(&self, request: &RequestInfo, attempt: u32, queued: Duration) {}

    /// Discord counted an answer as an invalid request.
    fn on_invalid_request(&self, request: &RequestInfo, status: u16) {}

    /// A request took longer than the slow-request threshold.
    fn on_slow_request(&self, request: &RequestInfo, latency: Duration, threshold: Duration) {}

    /// A route's bucket was learned; `event` carries its limit and window.
    fn on_bucket_learned(&self, route: &str, bucket: &str, event: &Event) {}

    /// A route moved from bucket `old` to `bucket`.
    fn on_bucket_changed(&self, route: &str, old: &str, bucket: &str) {}

    /// A hidden sublimit of `allowed` requests per `window` was learned on `route`.
    fn on_sublimit_learned(&self, route: &str, allowed: u32, window: Duration) {}

    /// The global window is full (`in_window` of `limit`); a request on `route` waits.
    fn on_global_pressure(&self, route: &str, in_window: u32, limit: u32) {}

    /// A user-defined event.
    fn on_custom(&self, name: &str, message: &str) {}
}

impl<T: EventHandler + ?Sized> EventHandler for std::sync::Arc<T> {
    fn handle(&self, event: &Event) {
        (**self).handle(event);
    }
}

impl<T: EventHandler + ?Sized> EventHandler for Box<T> {
    fn handle(&self, event: &Event) {
        (**self).handle(event);
    }
}

/// The default body of [`EventHandler::handle`]: one hook per kind.
fn dispatch<H: EventHandler + ?Sized>(handler: &H, event: &Event) {
    match &event.kind {
        EventKind::RequestStarted { request } => handler.on_request_started(request),
        EventKind::RequestCompleted {
            request,
            status,
            latency,
            attempts,
        } => handler.on_request_completed(request, *status, *latency, *attempts),
        EventKind::RequestFailed {
            request,
            error,
            latency,
            attempts,
        } => handler.on_request_failed(request, error, *latency, *attempts),
        EventKind::CacheHit { request } => handler.on_cache_hit(request),
        EventKind::CacheMiss { request } => handler.on_cache_miss(request),
        EventKind::Deduplicated { request } => handler.on_deduplicated(request),
        EventKind::CacheInvalidated { prefix } => handler.on_cache_invalidated(prefix),
        EventKind::RateLimitWait { request, wait } => handler.on_rate_limit_wait(request, *wait),
        EventKind::RateLimited { request, .. } => handler.on_rate_limited(request, event),
        EventKind::Retry {
            request,
            attempt,
            delay,
            reason,
        } => handler.on_retry(request, *attempt, *delay, reason),
        EventKind::InvalidRequestWarning { count, threshold } => {
            handler.on_invalid_request_warning(*count, *threshold)
        }
        EventKind::CloudflareBan { retry_after } => handler.on_cloudflare_ban(*retry_after),
        EventKind::Custom { name, message } => handler.on_custom(name, message),
        other => dispatch_flow(handler, other, event),
    }
}

/// The hooks of the kinds that describe the flow and the limiter in detail.
fn dispatch_flow<H: EventHandler + ?Sized>(handler: &H, kind: &EventKind, event: &Event) {
    match kind {
        EventKind::RequestQueued { request } => handler.on_request_queued(request),
        EventKind::RequestSent {
            request,
            attempt,
            queued,
        } => handler.on_request_sent(request, *attempt, *queued),
        EventKind::InvalidRequest { request, status } => {
            handler.on_invalid_request(request, *status)
        }
        EventKind::SlowRequest {
            request,
            latency,
            threshold,
        } => handler.on_slow_request(request, *latency, *threshold),
        EventKind::BucketLearned { route, bucket, .. } => {
            handler.on_bucket_learned(route, bucket, event)
        }
        EventKind::BucketChanged {
            route, old, bucket, ..
        } => handler.on_bucket_changed(route, old, bucket),
        EventKind::SublimitLearned {
            route,
            allowed,
            window,
        } => handler.on_sublimit_learned(route, *allowed, *window),
        EventKind::GlobalPressure {
            route,
            in_window,
            limit,
        } => handler.on_global_pressure(route, *in_window, *limit),
        // Kinds with hooks of their own are dispatched in `dispatch`.
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parking_lot::Mutex;

    /// Records which hooks ran.
    #[derive(Default)]
    struct Hooks(Mutex<Vec<&'static str>>);

    impl EventHandler for Hooks {
        fn on_request_completed(&self, _: &RequestInfo, status: u16, _: Duration, _: u32) {
            assert_eq!(status, 204);
            self.0.lock().push("completed");
        }
        fn on_retry(&self, _: &RequestInfo, attempt: u32, _: Duration, reason: &str) {
            assert_eq!((attempt, reason), (2, "502"));
            self.0.lock().push("retry");
        }
        fn on_custom(&self, name: &str, _: &str) {
            self.0.lock().push(if name == "x" { "custom" } else { "?" });
        }
    }

    struct Silent;
    impl EventHandler for Silent {}

    fn req() -> RequestInfo {
        RequestInfo::new(1, "GET", "/users/@me")
    }

    #[test]
    fn default_handle_routes_each_kind_to_its_hook() {
        let h = Hooks::default();
        h.handle(&Event::new(EventKind::RequestCompleted {
            request: req(),
            status: 204,
            latency: Duration::from_millis(3),
            attempts: 1,
        }));
        h.handle(&Event::new(EventKind::Retry {
            request: req(),
            attempt: 2,
            delay: Duration::ZERO,
            reason: "502".into(),
        }));
        // A kind this handler does not hook: the default no-op runs.
        h.handle(&Event::new(EventKind::CacheHit { request: req() }));
        h.handle(&Event::new(EventKind::Custom {
            name: "x".into(),
            message: String::new(),
        }));
        assert_eq!(*h.0.lock(), vec!["completed", "retry", "custom"]);
    }

    #[test]
    fn a_handler_with_no_hooks_accepts_every_kind() {
        let h: &dyn EventHandler = &Silent;
        h.handle(&Event::new(EventKind::CloudflareBan {
            retry_after: Duration::from_secs(3600),
        }));
        h.handle(&Event::new(EventKind::RequestStarted { request: req() }));
    }
}
