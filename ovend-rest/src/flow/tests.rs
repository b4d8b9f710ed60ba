//! The flow against a scripted HTTP client and a recording limiter, on tokio's
//! paused clock: waits are exact and tests instant.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;
#[cfg(feature = "cache")]
use ovend_cache::{CacheBackend, CacheError, CacheStats};
use ovend_ratelimit::{
    AcquireOptions, Permit, PermitHandle, RateLimitHeaders, RateLimiter, Rejected, RouteKey,
};
use parking_lot::Mutex;
use tokio::time::Instant;

use crate::{ErrorKind, HttpClient, RestClient, TransportError, TransportErrorKind};

pub(super) type Scripted =
    Result<(u16, Vec<(&'static str, &'static str)>, &'static str), TransportErrorKind>;

/// Answers from a script, recording every request.
#[derive(Debug, Default)]
pub(super) struct ScriptedHttp {
    answers: Mutex<VecDeque<Scripted>>,
    pub(super) sent: Mutex<Vec<http::Request<Bytes>>>,
    /// How long each answer takes (on tokio's clock).
    pub(super) delay: Mutex<Duration>,
}

impl ScriptedHttp {
    pub(super) fn new(answers: impl IntoIterator<Item = Scripted>) -> Arc<Self> {
        Arc::new(Self {
            answers: Mutex::new(answers.into_iter().collect()),
            sent: Mutex::default(),
            delay: Mutex::default(),
        })
    }

    /// The same, answering each request after `delay`.
    pub(super) fn slow(answers: impl IntoIterator<Item = Scripted>, delay: Duration) -> Arc<Self> {
        let http = Self::new(answers);
        *http.delay.lock() = delay;
        http
    }

    pub(super) fn sent(&self) -> usize {
        self.sent.lock().len()
    }
}

impl HttpClient for ScriptedHttp {
    fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> BoxFuture<'_, Result<http::Response<Bytes>, TransportError>> {
        self.sent.lock().push(request);
        let next = self
            .answers
            .lock()
            .pop_front()
            .unwrap_or(Ok((200, vec![], "{}")));
        let delay = *self.delay.lock();
        Box::pin(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            let (status, headers, body) = next.map_err(TransportError::new)?;
            let mut builder = http::Response::builder().status(status);
            for (name, value) in headers {
                builder = builder.header(name, value);
            }
            Ok(builder.body(Bytes::from_static(body.as_bytes())).unwrap())
        })
    }
}

/// Lets everything through, counting acquires and keeping what permits were completed with.
#[derive(Debug, Default)]
pub(super) struct RecordingLimiter {
    pub(super) acquires: AtomicUsize,
    pub(super) completed: Arc<Mutex<Vec<RateLimitHeaders>>>,
    pub(super) cancelled: Arc<AtomicUsize>,
    /// The route template of every acquire, in order.
    pub(super) routes: Mutex<Vec<String>>,
    pub(super) reject: Option<Rejected>,
}

struct Handle {
    completed: Arc<Mutex<Vec<RateLimitHeaders>>>,
    cancelled: Arc<AtomicUsize>,
}

impl PermitHandle for Handle {
    fn complete(self: Box<Self>, headers: &RateLimitHeaders) {
        self.completed.lock().push(headers.clone());
    }
    fn cancel(self: Box<Self>) {
        self.cancelled.fetch_add(1, Ordering::SeqCst);
    }
}

impl RateLimiter for RecordingLimiter {
    fn acquire_with<'a>(
        &'a self,
        key: &'a RouteKey,
        _options: &'a AcquireOptions,
    ) -> BoxFuture<'a, Result<Permit, Rejected>> {
        self.acquires.fetch_add(1, Ordering::SeqCst);
        self.routes.lock().push(key.route().to_owned());
        Box::pin(async move {
            match &self.reject {
                Some(reason) => Err(reason.clone()),
                None => Ok(Permit::new(Handle {
                    completed: Arc::clone(&self.completed),
                    cancelled: Arc::clone(&self.cancelled),
                })),
            }
        })
    }
}

pub(super) fn builder(
    http: &Arc<ScriptedHttp>,
    limiter: &Arc<RecordingLimiter>,
) -> crate::RestClientBuilder {
    RestClient::builder()
        .token("t")
        .base_url("http://discord.test/api/v10")
        .shared_http_client(Arc::clone(http) as Arc<dyn HttpClient>)
        .shared_rate_limiter(Arc::clone(limiter) as Arc<dyn RateLimiter>)
}

fn client(http: &Arc<ScriptedHttp>, limiter: &Arc<RecordingLimiter>) -> RestClient {
    builder(http, limiter).build().unwrap()
}

pub(super) fn limited() -> Scripted {
    Ok((
        429,
        vec![
            ("x-ratelimit-scope", "user"),
            ("x-ratelimit-bucket", "b1"),
            ("retry-after", "3"),
        ],
        r#"{"message":"You are being rate limited.","retry_after":2.5,"global":false}"#,
    ))
}

#[tokio::test(start_paused = true)]
async fn sleeps_out_a_429_then_succeeds() {
    let http = ScriptedHttp::new([
        limited(),
        Ok((200, vec![("x-ratelimit-remaining", "4")], r#"{"ok":1}"#)),
    ]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = client(&http, &limiter);
    let started = Instant::now();
    let response = client.get("/channels/1/messages").await.unwrap();
    assert_eq!(
        started.elapsed(),
        Duration::from_millis(2500),
        "the body's retry_after wins"
    );
    assert_eq!(response.text().unwrap(), r#"{"ok":1}"#);
    assert_eq!(http.sent(), 2);
    assert_eq!(
        limiter.acquires.load(Ordering::SeqCst),
        2,
        "re-acquired after the 429"
    );
    let completed = limiter.completed.lock();
    assert_eq!(completed.len(), 2, "every answer is handed to the limiter");
    assert_eq!(completed[0].status, 429);
    assert_eq!(completed[0].bucket.as_deref(), Some("b1"));
    assert_eq!(completed[1].remaining, Some(4));
}

#[tokio::test(start_paused = true)]
async fn long_retry_after_fails_without_sleeping() {
    let http = ScriptedHttp::new([limited()]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = client(&http, &limiter);
    let started = Instant::now();
    let err = client
        .get("/channels/1/messages")
        .max_wait(Duration::from_secs(1))
        .await
        .unwrap_err();
    assert_eq!(started.elapsed(), Duration::ZERO);
    match err.kind() {
        ErrorKind::RateLimited {
            retry_after,
            global,
            ..
        } => {
            assert_eq!(*retry_after, Duration::from_millis(2500));
            assert!(!global);
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn bounded_number_of_429_retries() {
    let http = ScriptedHttp::new([limited(), limited(), limited(), limited(), limited()]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = RestClient::builder()
        .token("t")
        .base_url("http://discord.test/api/v10")
        .shared_http_client(Arc::clone(&http) as Arc<dyn HttpClient>)
        .shared_rate_limiter(Arc::clone(&limiter) as Arc<dyn RateLimiter>)
        .max_rate_limit_retries(2)
        .build()
        .unwrap();
    let err = client.get("/x").await.unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::RateLimited { .. }));
    assert_eq!(http.sent(), 3, "one try and two retries");
}

#[tokio::test(start_paused = true)]
async fn reject_on_rate_limit_does_not_retry_a_429() {
    let http = ScriptedHttp::new([limited()]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = client(&http, &limiter);
    let err = client.get("/x").reject_on_rate_limit().await.unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::RateLimited { .. }));
    assert_eq!(http.sent(), 1);
}

#[tokio::test(start_paused = true)]
async fn limiter_refusals_send_nothing_and_fold_into_kinds() {
    let http = ScriptedHttp::new([]);
    let limiter = Arc::new(RecordingLimiter {
        reject: Some(Rejected::InvalidToken),
        ..RecordingLimiter::default()
    });
    let err = client(&http, &limiter).get("/x").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidToken);
    assert_eq!(http.sent(), 0);

    let limiter = Arc::new(RecordingLimiter {
        reject: Some(Rejected::QueueFull { capacity: 1 }),
        ..RecordingLimiter::default()
    });
    let err = client(&http, &limiter).get("/x").await.unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::Rejected(Rejected::QueueFull { capacity: 1 })
    ));
}

#[tokio::test(start_paused = true)]
async fn transport_failures_are_typed() {
    let http = ScriptedHttp::new([
        Err(TransportErrorKind::Timeout),
        Err(TransportErrorKind::Connect),
    ]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = client(&http, &limiter);
    // POSTs are not retried by default, so the failure itself comes back.
    assert_eq!(
        client.post("/x").await.unwrap_err().kind(),
        &ErrorKind::Timeout
    );
    let err = client.post("/y").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Http(TransportErrorKind::Connect));
    assert!(std::error::Error::source(&err).is_some());
    assert!(
        limiter.completed.lock().is_empty(),
        "no answer, nothing to learn"
    );
}

#[tokio::test(start_paused = true)]
async fn cloudflare_ban_is_not_retried() {
    let http = ScriptedHttp::new([Ok((429, vec![("retry-after", "3600")], "error code: 1015"))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let err = client(&http, &limiter).get("/x").await.unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::CloudflareBan {
            retry_after: Some(Duration::from_secs(3600))
        }
    );
    assert_eq!(http.sent(), 1);
    assert!(
        limiter.completed.lock()[0].is_cloudflare_ban(),
        "the limiter learns of the ban"
    );
}

/// A tiny map cache for the flow's own tests (the real ones live in ovend-cache).
#[cfg(feature = "cache")]
#[derive(Debug, Default)]
pub(super) struct MapCache(Mutex<std::collections::BTreeMap<String, Bytes>>);

#[cfg(feature = "cache")]
impl CacheBackend for MapCache {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        Box::pin(async move { Ok(self.0.lock().get(key).cloned()) })
    }
    fn set<'a>(
        &'a self,
        key: &'a str,
        value: Bytes,
        _ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.0.lock().insert(key.to_owned(), value);
            Ok(())
        })
    }
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.0.lock().remove(key);
            Ok(())
        })
    }
    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.0.lock().retain(|key, _| !key.starts_with(prefix));
            Ok(())
        })
    }
    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        Box::pin(async move {
            self.0.lock().clear();
            Ok(())
        })
    }
    fn stats(&self) -> CacheStats {
        CacheStats::default()
    }
}

#[cfg(feature = "cache")]
#[tokio::test(start_paused = true)]
async fn cache_hits_skip_limiter_and_network_and_mutations_invalidate() {
    let http = ScriptedHttp::new([
        Ok((200, vec![], r#"{"v":1}"#)),
        Ok((200, vec![], "{}")),
        Ok((200, vec![], r#"{"v":2}"#)),
    ]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = RestClient::builder()
        .token("t")
        .base_url("http://discord.test/api/v10")
        .shared_http_client(Arc::clone(&http) as Arc<dyn HttpClient>)
        .shared_rate_limiter(Arc::clone(&limiter) as Arc<dyn RateLimiter>)
        .cache(MapCache::default())
        .build()
        .unwrap();
    assert!(!client.get("/channels/1").await.unwrap().from_cache());
    let hit = client.get("/channels/1").await.unwrap();
    assert!(hit.from_cache());
    assert_eq!(hit.text().unwrap(), r#"{"v":1}"#);
    assert_eq!(http.sent(), 1);
    assert_eq!(
        limiter.acquires.load(Ordering::SeqCst),
        1,
        "a hit never asks the limiter"
    );

    client
        .patch("/channels/1")
        .json(&serde_json::json!({"name": "n"}))
        .await
        .unwrap();
    let fresh = client.get("/channels/1").await.unwrap();
    assert!(!fresh.from_cache());
    assert_eq!(fresh.text().unwrap(), r#"{"v":2}"#);
}

#[cfg(feature = "cache")]
#[tokio::test(start_paused = true)]
async fn error_answers_are_not_cached() {
    let http = ScriptedHttp::new([Ok((
        404,
        vec![],
        r#"{"message":"Unknown Channel","code":10003}"#,
    ))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = RestClient::builder()
        .token("t")
        .base_url("http://discord.test/api/v10")
        .shared_http_client(Arc::clone(&http) as Arc<dyn HttpClient>)
        .shared_rate_limiter(Arc::clone(&limiter) as Arc<dyn RateLimiter>)
        .cache(MapCache::default())
        .build()
        .unwrap();
    let err = client.get("/channels/9").await.unwrap_err();
    assert_eq!(err.code(), Some(10003));
    assert!(!client.get("/channels/9").await.unwrap().from_cache());
    assert_eq!(http.sent(), 2);
}

pub(super) const BAD_GATEWAY: Scripted = Ok((502, vec![], "<html>502 Bad Gateway</html>"));

#[tokio::test(start_paused = true)]
async fn transient_failures_of_idempotent_requests_are_retried() {
    let http = ScriptedHttp::new([
        BAD_GATEWAY,
        Err(TransportErrorKind::Connection),
        Ok((200, vec![], "{}")),
    ]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = client(&http, &limiter);
    let mut events = client.events().subscribe(ovend_events::AllEvents);
    client.get("/x").await.unwrap();
    assert_eq!(http.sent(), 3);
    let mut retries = Vec::new();
    while let Some(event) = events.try_recv() {
        if let ovend_events::EventKind::Retry {
            attempt, reason, ..
        } = &event.kind
        {
            retries.push((*attempt, reason.clone()));
        }
    }
    assert_eq!(retries.len(), 2, "{retries:?}");
    assert_eq!(retries[0].0, 2);
    assert!(retries[0].1.contains("502"), "{retries:?}");
}

#[tokio::test(start_paused = true)]
async fn post_is_retried_only_when_marked_idempotent() {
    let http = ScriptedHttp::new([BAD_GATEWAY, BAD_GATEWAY, Ok((200, vec![], "{}"))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = client(&http, &limiter);
    let err = client.post("/channels/1/messages").await.unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::BAD_GATEWAY));
    assert_eq!(http.sent(), 1);
    client
        .post("/channels/1/messages")
        .idempotent()
        .await
        .unwrap();
    assert_eq!(http.sent(), 3);
}

#[tokio::test(start_paused = true)]
async fn client_errors_are_never_retried() {
    let http = ScriptedHttp::new([Ok((
        403,
        vec![],
        r#"{"message":"Missing Access","code":50001}"#,
    ))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let err = client(&http, &limiter).get("/x").await.unwrap_err();
    assert_eq!(err.code(), Some(50001));
    assert_eq!(http.sent(), 1);
}

/// A request's whole future is allocated, moved and polled as one block, so
/// its size is paid by every request. An `async fn` keeps its arguments beside
/// its later state: the request-side work handed to the timeout, and the
/// caller's parts, were once held twice (5.3 KiB in all, now about 2.4 KiB).
#[test]
fn a_request_future_holds_its_work_once() {
    let client = RestClient::builder().token("t").build().expect("a client");
    let parts = client.get("/channels/1").into_parts();
    let size = std::mem::size_of_val(&super::run(client.inner_arc(), parts));
    assert!(size <= 4096, "the request future takes {size} bytes");
}
