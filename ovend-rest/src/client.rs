//! [`RestClient`] and its builder.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use http::{HeaderValue, Method};
#[cfg(feature = "cache")]
use ovend_cache::{CacheBackend, CacheManager, CachePolicy, CacheStrategy};
use ovend_events::EventSystem;
use ovend_ratelimit::{RateLimitManagerBuilder, RateLimiter};

use crate::batch::{BatchStats, Batcher, Batching};
use crate::bridge::RateLimitBridge;
#[cfg(feature = "cache")]
use crate::cache_rules::CacheRules;
use crate::flow::Flight;
use crate::retry::{DefaultRetryPolicy, RetryPolicy};
use crate::route_keys::RouteKeys;
use crate::single_flight::SingleFlight;
use crate::user_agent;
use crate::validate::{DiscordValidator, NoValidation, Validator};
use crate::{
    Error, ErrorHandler, ErrorKind, HttpClient, HttpConfig, Interceptor, RequestBuilder,
    ReqwestClient, ResponseHandler, ResponseInterceptor, Token, Transformer,
};

/// Discord's API, version 10.
pub const DEFAULT_BASE_URL: &str = "https://discord.com/api/v10";

/// The `User-Agent` Discord requires: `DiscordBot (url, version)`.
pub const USER_AGENT: &str = concat!(
    "DiscordBot (https://github.com/ovend/ovend, ",
    env!("CARGO_PKG_VERSION"),
    ")"
);

/// How many 429s in a row one request may meet before it fails with
/// [`ErrorKind::RateLimited`].
pub const DEFAULT_MAX_RATE_LIMIT_RETRIES: u32 = 3;

/// The longest a request sleeps on a 429's `retry_after` when neither the
/// request nor the client sets `max_wait`.
pub const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// The default bound on each HTTP exchange (see
/// [`RestClientBuilder::attempt_timeout`]).
///
/// Discord answers in well under a second; 30 s leaves room for large uploads
/// on slow links and matches the default HTTP client's own request timeout,
/// while making sure that an answer that never ends (a server or proxy
/// trickling its body byte by byte) cannot hold a request, and its rate-limit
/// permit, forever whatever [`HttpClient`] is plugged in.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);

/// A Discord REST client.
///
/// Cheap to clone (an `Arc` inside); every clone shares the connection pool,
/// rate limiter, cache, event system and metrics. `Debug` never shows the token.
#[derive(Clone)]
pub struct RestClient {
    inner: Arc<ClientInner>,
}

/// What every clone of a client shares.
pub(crate) struct ClientInner {
    pub(crate) token: Token,
    pub(crate) base_url: String,
    pub(crate) user_agent: HeaderValue,
    pub(crate) http: Arc<dyn HttpClient>,
    pub(crate) limiter: Arc<dyn RateLimiter>,
    pub(crate) handler: ResponseHandler,
    pub(crate) validator: Arc<dyn Validator>,
    pub(crate) retry: Arc<dyn RetryPolicy>,
    #[cfg(feature = "cache")]
    pub(crate) cache: Option<Arc<dyn CacheBackend>>,
    #[cfg(feature = "cache")]
    pub(crate) cache_rules: CacheRules,
    pub(crate) dedup: bool,
    pub(crate) flight: SingleFlight<Flight>,
    pub(crate) events: EventSystem,
    #[cfg(feature = "metrics")]
    pub(crate) metrics: Arc<ovend_metrics::MetricsCollector>,
    pub(crate) max_wait: Option<Duration>,
    pub(crate) max_retry_after: Duration,
    pub(crate) max_rate_limit_retries: u32,
    pub(crate) pipeline: Pipeline,
    pub(crate) timeout: Option<Duration>,
    pub(crate) attempt_timeout: Option<Duration>,
    /// Requests slower than this are reported as `SlowRequest` (`None`: off).
    pub(crate) slow_request_threshold: Option<Duration>,
    /// Present when some route family is batched.
    pub(crate) batcher: Option<Batcher>,
    next_id: AtomicU64,
    pub(crate) route_keys: RouteKeys,
}

/// The user's middleware, each list in registration order. Empty lists cost
/// one length check per request.
#[derive(Default)]
pub(crate) struct Pipeline {
    pub(crate) interceptors: Vec<Arc<dyn Interceptor>>,
    pub(crate) response_interceptors: Vec<Arc<dyn ResponseInterceptor>>,
    pub(crate) error_handlers: Vec<Arc<dyn ErrorHandler>>,
    pub(crate) transformers: Vec<Arc<dyn Transformer>>,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pipeline")
            .field("interceptors", &self.interceptors)
            .field("response_interceptors", &self.response_interceptors)
            .field("error_handlers", &self.error_handlers)
            .field("transformers", &self.transformers)
            .finish()
    }
}

impl ClientInner {
    /// A number unique within this client for the next request's events.
    pub(crate) fn next_request_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }
}

impl RestClient {
    /// Starts configuring a client.
    pub fn builder() -> RestClientBuilder {
        RestClientBuilder::default()
    }

    /// A client with every default for `token`.
    pub fn new(token: impl Into<String>) -> Result<Self, Error> {
        Self::builder().token(token).build()
    }

    /// A GET request.
    pub fn get(&self, path: impl Into<String>) -> RequestBuilder {
        self.request(Method::GET, path)
    }

    /// A POST request.
    pub fn post(&self, path: impl Into<String>) -> RequestBuilder {
        self.request(Method::POST, path)
    }

    /// A PUT request.
    pub fn put(&self, path: impl Into<String>) -> RequestBuilder {
        self.request(Method::PUT, path)
    }

    /// A PATCH request.
    pub fn patch(&self, path: impl Into<String>) -> RequestBuilder {
        self.request(Method::PATCH, path)
    }

    /// A DELETE request.
    pub fn delete(&self, path: impl Into<String>) -> RequestBuilder {
        self.request(Method::DELETE, path)
    }

    /// A request with any method; `path` is relative to the base URL
    /// (`/channels/1/messages`) and may carry a query.
    pub fn request(&self, method: Method, path: impl Into<String>) -> RequestBuilder {
        RequestBuilder::new(self.clone(), method, path.into())
    }

    /// The event system every stage of every request reports to: add handlers
    /// or [`subscribe`](EventSystem::subscribe) to a filtered stream of events.
    pub fn events(&self) -> &EventSystem {
        &self.inner.events
    }

    /// A snapshot of the analytics gathered from this client's events.
    ///
    /// Events are handled off the request path; `client.events().flush().await`
    /// first to include every request made so far.
    #[cfg(feature = "metrics")]
    pub fn metrics(&self) -> ovend_metrics::AnalyticsSnapshot {
        self.inner.metrics.snapshot()
    }

    /// The metrics collector registered on the event system.
    #[cfg(feature = "metrics")]
    pub fn metrics_collector(&self) -> &Arc<ovend_metrics::MetricsCollector> {
        &self.inner.metrics
    }

    /// The rate limiter.
    pub fn rate_limiter(&self) -> &Arc<dyn RateLimiter> {
        &self.inner.limiter
    }

    /// Lets requests go again after Discord rejected the bot token (a 401 on a
    /// bot-authenticated route stops every later request at once, since each
    /// would fail and count toward Cloudflare's ban). Call it once the token
    /// works again; a new client with a new token starts clear anyway.
    pub async fn reset_invalid_token(&self) {
        self.inner.limiter.reset_invalid_token().await;
    }

    /// The cache, when one is configured.
    #[cfg(feature = "cache")]
    pub fn cache(&self) -> Option<&Arc<dyn CacheBackend>> {
        self.inner.cache.as_ref()
    }

    /// What batching did so far (all zero when it is off): calls answered
    /// through batches, the requests they took, and
    /// [`requests_saved`](BatchStats::requests_saved).
    pub fn batch_stats(&self) -> BatchStats {
        self.inner
            .batcher
            .as_ref()
            .map(|batcher| batcher.counters.snapshot())
            .unwrap_or_default()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    pub(crate) fn inner_arc(&self) -> Arc<ClientInner> {
        Arc::clone(&self.inner)
    }
}

impl fmt::Debug for RestClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        let mut debug = f.debug_struct("RestClient");
        debug
            .field("token", &inner.token)
            .field("base_url", &inner.base_url)
            .field("http", &inner.http)
            .field("rate_limiter", &inner.limiter);
        #[cfg(feature = "cache")]
        debug.field("cache", &inner.cache);
        debug
            .field("dedup", &inner.dedup)
            .field("events", &inner.events)
            .field("pipeline", &inner.pipeline)
            .finish_non_exhaustive()
    }
}

/// Configures a [`RestClient`]. Only the token is required.
#[must_use = "a builder does nothing until built"]
#[derive(Default)]
pub struct RestClientBuilder {
    token: Option<String>,
    base_url: Option<String>,
    http: Option<Arc<dyn HttpClient>>,
    http_config: HttpConfig,
    limiter: Option<Arc<dyn RateLimiter>>,
    limiter_builder: Option<RateLimitManagerBuilder>,
    validator: Option<Arc<dyn Validator>>,
    retry: Option<Arc<dyn RetryPolicy>>,
    #[cfg(feature = "cache")]
    cache: Option<Arc<dyn CacheBackend>>,
    /// Set by `cache_strategy` only: it wins over a manager's own strategy.
    #[cfg(feature = "cache")]
    cache_strategy: Option<Arc<dyn CacheStrategy>>,
    dedup: Option<bool>,
    events: Option<EventSystem>,
    #[cfg(feature = "metrics")]
    metrics: Option<Arc<ovend_metrics::MetricsCollector>>,
    max_wait: Option<Duration>,
    max_rate_limit_retries: Option<u32>,
    pipeline: Pipeline,
    timeout: Option<Duration>,
    /// `None`: the default; `Some(None)`: no attempt timeout.
    attempt_timeout: Option<Option<Duration>>,
    slow_request_threshold: Option<Duration>,
    #[cfg(feature = "metrics")]
    metrics_off: bool,
    user_agent_suffix: Option<String>,
    batching: Batching,
}

impl RestClientBuilder {
    /// The bot token; `Bot ` is added when missing, a `Bearer ` token is kept.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Where requests go (default [`DEFAULT_BASE_URL`]); a MockDiscord's
    /// `base_url()` in tests.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// Replaces the HTTP stack (default: [`ReqwestClient`] with [`HttpConfig`]).
    pub fn http_client(mut self, http: impl HttpClient + 'static) -> Self {
        self.http = Some(Arc::new(http));
        self
    }

    /// Replaces the HTTP stack with a shared one.
    pub fn shared_http_client(mut self, http: Arc<dyn HttpClient>) -> Self {
        self.http = Some(http);
        self
    }

    /// The default HTTP client's pool and timeout settings.
    pub fn http_config(mut self, config: HttpConfig) -> Self {
        self.http_config = config;
        self
    }

    /// Idle connections kept per host (default 32).
    pub fn pool_max_idle_per_host(mut self, max: usize) -> Self {
        self.http_config.pool_max_idle_per_host = max;
        self
    }

    /// How long idle connections are kept (default 90 s; `None`: forever).
    pub fn pool_idle_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.http_config.pool_idle_timeout = timeout;
        self
    }

    /// TCP keep-alive interval (default 60 s; `None`: off).
    pub fn tcp_keepalive(mut self, interval: Option<Duration>) -> Self {
        self.http_config.tcp_keepalive = interval;
        self
    }

    /// Timeout for connecting (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.http_config.connect_timeout = timeout;
        self
    }

    /// Timeout for a whole HTTP request (default 30 s; `None`: none).
    pub fn request_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.http_config.request_timeout = timeout;
        self
    }

    /// Whether HTTP/2 may be negotiated through ALPN (default true).
    pub fn http2(mut self, enabled: bool) -> Self {
        self.http_config.http2 = enabled;
        self
    }

    /// The largest answer body the default HTTP client reads (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES), 8 MiB);
    /// a larger one fails with [`ErrorKind::ResponseTooLarge`] and is not
    /// retried. Has no effect on an [`HttpClient`] plugged in with
    /// [`http_client`](Self::http_client).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.http_config.max_response_bytes = limit;
        self
    }

    /// Text appended to every request's `User-Agent`, after the
    /// `DiscordBot (url, version)` Discord requires (e.g. `"my-bot/1.2"`). It
    /// must be a valid header value, else [`build`](Self::build) fails with
    /// [`ErrorKind::Config`]. A request's own `.header("User-Agent", ..)`
    /// replaces it for that request.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Uses this rate limiter instead of a default [`RateLimitManager`](ovend_ratelimit::RateLimitManager).
    ///
    /// The client adds a listener to it ([`RateLimiter::add_listener`]) that
    /// forwards the limiter's warnings to [`RestClient::events`].
    pub fn rate_limiter(mut self, limiter: impl RateLimiter + 'static) -> Self {
        self.limiter = Some(Arc::new(limiter));
        self
    }

    /// Uses a shared rate limiter (e.g. one limiter for several clients of one token).
    ///
    /// Each client built on it adds a listener to it ([`RateLimiter::add_listener`])
    /// that forwards the limiter's warnings to that client's
    /// [`events`](RestClient::events) while the client's event system lives.
    /// Clients that share the limiter *and* one event system therefore see each
    /// limiter event once per client.
    pub fn shared_rate_limiter(mut self, limiter: Arc<dyn RateLimiter>) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// Configures the default [`RateLimitManager`](ovend_ratelimit::RateLimitManager); the client adds a listener
    /// that forwards the limiter's warnings to [`RestClient::events`].
    pub fn rate_limit_manager(mut self, builder: RateLimitManagerBuilder) -> Self {
        self.limiter_builder = Some(builder);
        self
    }

    /// Checks requests with this validator before sending (default:
    /// [`DiscordValidator`], Discord's documented limits).
    pub fn validator(mut self, validator: impl Validator + 'static) -> Self {
        self.validator = Some(Arc::new(validator));
        self
    }

    /// Whether requests are validated before sending (default true).
    pub fn validate(mut self, enabled: bool) -> Self {
        if !enabled {
            self.validator = Some(Arc::new(NoValidation));
        } else if self.validator.is_none() {
            self.validator = Some(Arc::new(DiscordValidator::new()));
        }
        self
    }

    /// Retries failed attempts (5xx, timeouts, connection errors) with this
    /// policy (default: [`DefaultRetryPolicy`]: idempotent methods only,
    /// exponential backoff with full jitter, a retry budget).
    /// [`NoRetry`](crate::retry::NoRetry) turns retries off.
    pub fn retry_policy(mut self, policy: impl RetryPolicy + 'static) -> Self {
        self.retry = Some(Arc::new(policy));
        self
    }

    /// Retries with a shared policy (e.g. one retry budget for several clients).
    pub fn shared_retry_policy(mut self, policy: Arc<dyn RetryPolicy>) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Caches GET answers in `cache` (default: no cache), following the
    /// cache strategy: the one set with [`cache_strategy`](Self::cache_strategy),
    /// else the cache's own ([`CacheBackend::strategy`]: a [`CacheManager`]
    /// keeps its rules), else [`CachePolicy::default`].
    #[cfg(feature = "cache")]
    pub fn cache(mut self, cache: impl CacheBackend + 'static) -> Self {
        self.cache = Some(Arc::new(cache));
        self
    }

    /// Caches GET answers in a shared cache; its strategy is adopted as with
    /// [`cache`](Self::cache).
    #[cfg(feature = "cache")]
    pub fn shared_cache(mut self, cache: Arc<dyn CacheBackend>) -> Self {
        self.cache = Some(cache);
        self
    }

    /// Which GETs are cached, for how long, and what mutations invalidate
    /// (default: the cache's own strategy if it has one, else
    /// [`CachePolicy::default`], a TTL table by route). Set here, it wins
    /// over the cache's own, whatever the order of the builder calls.
    #[cfg(feature = "cache")]
    pub fn cache_strategy(mut self, strategy: impl CacheStrategy + 'static) -> Self {
        self.cache_strategy = Some(Arc::new(strategy));
        self
    }

    /// Uses a [`CacheManager`]'s backend and strategy; the same as
    /// [`cache`](Self::cache)`(manager)`.
    #[cfg(feature = "cache")]
    pub fn cache_manager(self, manager: CacheManager) -> Self {
        self.cache(manager)
    }

    /// Whether identical GETs in flight share one HTTP call (default true).
    ///
    /// GETs are identical when path and query are; callers that join a call in
    /// flight get the same answer (or error) as the caller that started it, sent
    /// with that caller's priority and limits. `no_cache()` requests never join.
    pub fn dedup(mut self, enabled: bool) -> Self {
        self.dedup = Some(enabled);
        self
    }

    /// Reports to this event system (default: a new one).
    pub fn events(mut self, events: EventSystem) -> Self {
        self.events = Some(events);
        self
    }

    /// Records into this collector (default: a new one), e.g. one shared by several clients.
    #[cfg(feature = "metrics")]
    pub fn metrics(mut self, collector: Arc<ovend_metrics::MetricsCollector>) -> Self {
        self.metrics = Some(collector);
        self
    }

    /// The longest any request waits for the rate limiter or a 429, unless the
    /// request sets its own `max_wait` (default: the limiter's own limit, and
    /// [`DEFAULT_MAX_RETRY_AFTER`] for 429s).
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// How many 429s in a row a request may meet before failing (default 3).
    pub fn max_rate_limit_retries(mut self, retries: u32) -> Self {
        self.max_rate_limit_retries = Some(retries);
        self
    }

    /// Adds a request interceptor; interceptors run in the order added, before
    /// the validator, the cache and the rate limiter (see [`Interceptor`]).
    pub fn interceptor(mut self, interceptor: impl Interceptor + 'static) -> Self {
        self.pipeline.interceptors.push(Arc::new(interceptor));
        self
    }

    /// Adds a response interceptor; they run in the order added, last of all,
    /// on the answer the caller is about to receive (see [`ResponseInterceptor`]).
    pub fn response_interceptor(mut self, interceptor: impl ResponseInterceptor + 'static) -> Self {
        self.pipeline
            .response_interceptors
            .push(Arc::new(interceptor));
        self
    }

    /// Adds an error handler; they run in the order added on the error a
    /// request is about to end with, and may answer a fallback (see [`ErrorHandler`]).
    pub fn error_handler(mut self, handler: impl ErrorHandler + 'static) -> Self {
        self.pipeline.error_handlers.push(Arc::new(handler));
        self
    }

    /// Adds a transformer of successful answers' bodies; they run in the order
    /// added, before each request's own (see [`Transformer`]).
    pub fn transformer(mut self, transformer: impl Transformer + 'static) -> Self {
        self.pipeline.transformers.push(Arc::new(transformer));
        self
    }

    /// Bounds every request's whole call (default: none): request
    /// interceptors, rate-limit waits, 429 waits, every HTTP attempt and the
    /// backoff between retries. A request can set its own with
    /// [`RequestBuilder::timeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Bounds each HTTP exchange of every request, from sending to the last
    /// byte of the answer (default [`DEFAULT_ATTEMPT_TIMEOUT`], 30 s); an
    /// attempt that elapses fails with [`ErrorKind::Timeout`] and is retried
    /// when safe. A request can set its own with
    /// [`RequestBuilder::attempt_timeout`].
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(Some(timeout));
        self
    }

    /// Removes the default attempt timeout: an HTTP exchange is then bounded
    /// only by the HTTP client's own timeouts (and the whole call's
    /// [`timeout`](Self::timeout), if set).
    pub fn no_attempt_timeout(mut self) -> Self {
        self.attempt_timeout = Some(None);
        self
    }

    /// Reports every request that takes longer than `threshold`, waits
    /// included, as an [`EventKind::SlowRequest`](ovend_events::EventKind::SlowRequest)
    /// (a warning). Off by default: how slow is too slow depends on the bot —
    /// a bulk job that waits out rate limits is slow by design.
    pub fn slow_request_threshold(mut self, threshold: Duration) -> Self {
        self.slow_request_threshold = Some(threshold);
        self
    }

    /// Whether the client registers its metrics collector on the event system
    /// (default true). Off, [`RestClient::metrics`] stays empty and, with no
    /// other handler or subscriber, reporting events costs one atomic load each.
    #[cfg(feature = "metrics")]
    pub fn collect_metrics(mut self, enabled: bool) -> Self {
        self.metrics_off = !enabled;
        self
    }

    /// Gathers concurrent single moderation calls into Discord's bulk
    /// endpoints, for the route families `batching` turns on (default: none).
    ///
    /// Each call still gets its own answer; the bulk request goes through the
    /// limiter, retries, events and metrics as one request.
    /// [`RestClient::batch_stats`] tells how many requests it saved.
    pub fn batch(mut self, batching: Batching) -> Self {
        self.batching = batching;
        self
    }

    /// Builds the client; a [`ErrorKind::Config`] error for a missing or empty
    /// token, a bad base URL, or an HTTP client that cannot be built.
    pub fn build(self) -> Result<RestClient, Error> {
        let token = Token::new(self.token.as_deref().unwrap_or_default())?;
        let base_url = base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        let user_agent = user_agent::for_client(self.user_agent_suffix.as_deref())?;
        let attempt_timeout = self
            .attempt_timeout
            .unwrap_or(Some(DEFAULT_ATTEMPT_TIMEOUT));
        let http = match self.http {
            Some(http) => http,
            None => Arc::new(ReqwestClient::from_config(&http_config(
                self.http_config,
                attempt_timeout,
            ))?),
        };
        let events = self.events.unwrap_or_default();
        let limiter = self.limiter.unwrap_or_else(|| {
            let builder = self.limiter_builder.unwrap_or_default();
            Arc::new(builder.build()) as Arc<dyn RateLimiter>
        });
        // Whatever the limiter, what it learns reaches this client's events.
        limiter.add_listener(Arc::new(RateLimitBridge::new(&events)));
        #[cfg(feature = "metrics")]
        let metrics = {
            let collector = self
                .metrics
                .unwrap_or_else(|| Arc::new(ovend_metrics::MetricsCollector::new()));
            if !self.metrics_off {
                // Inline: counting an event costs less than handing it to the
                // dispatcher thread, and the numbers are current when a call returns.
                events.add_inline_handler(Arc::clone(&collector));
                // Events lost before reaching it show in its snapshots.
                collector.track_dropped(&events);
            }
            collector
        };
        let inner = ClientInner {
            #[cfg(feature = "cache")]
            cache_rules: CacheRules::new(
                token.fingerprint(),
                cache_strategy(self.cache_strategy, self.cache.as_deref()),
            ),
            token,
            base_url,
            user_agent,
            http,
            limiter,
            handler: ResponseHandler,
            validator: self
                .validator
                .unwrap_or_else(|| Arc::new(DiscordValidator::new())),
            retry: self
                .retry
                .unwrap_or_else(|| Arc::new(DefaultRetryPolicy::new())),
            #[cfg(feature = "cache")]
            cache: self.cache,
            dedup: self.dedup.unwrap_or(true),
            flight: SingleFlight::new(),
            events,
            #[cfg(feature = "metrics")]
            metrics,
            max_wait: self.max_wait,
            max_retry_after: self.max_wait.unwrap_or(DEFAULT_MAX_RETRY_AFTER),
            max_rate_limit_retries: self
                .max_rate_limit_retries
                .unwrap_or(DEFAULT_MAX_RATE_LIMIT_RETRIES),
            pipeline: self.pipeline,
            timeout: self.timeout,
            attempt_timeout,
            batcher: self.batching.any().then(|| Batcher::new(self.batching)),
            slow_request_threshold: self.slow_request_threshold,
            next_id: AtomicU64::new(1),
            route_keys: RouteKeys::default(),
        };
        Ok(RestClient {
            inner: Arc::new(inner),
        })
    }
}

impl fmt::Debug for RestClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("RestClientBuilder");
        debug
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("base_url", &self.base_url)
            .field("http_config", &self.http_config)
            .field("rate_limiter", &self.limiter)
            .field("validator", &self.validator)
            .field("retry", &self.retry);
        #[cfg(feature = "cache")]
        debug
            .field("cache", &self.cache)
            .field("cache_strategy", &self.cache_strategy);
        debug
            .field("dedup", &self.dedup)
            .field("pipeline", &self.pipeline)
            .field("timeout", &self.timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("batching", &self.batching)
            .finish_non_exhaustive()
    }
}

/// The strategy a client follows: the one set on the builder, else the
/// cache's own (a [`CacheManager`]'s), else the default policy.
#[cfg(feature = "cache")]
fn cache_strategy(
    explicit: Option<Arc<dyn CacheStrategy>>,
    cache: Option<&dyn CacheBackend>,
) -> Arc<dyn CacheStrategy> {
    explicit
        .or_else(|| cache.and_then(CacheBackend::strategy))
        .unwrap_or_else(|| Arc::new(CachePolicy::default()))
}

/// Checks the base URL: absolute http(s), no query or fragment; the trailing
/// slash is removed so paths can be appended.
/// The default HTTP client's settings. When the flow's attempt timeout (on by
/// default) is no longer than reqwest's whole-request timeout, it always fires
/// first, and reqwest's would only arm a second timer per request for the same
/// job: it is left off. (A request that sets a longer attempt timeout of its
/// own then gets it, rather than being cut at reqwest's.) A shorter
/// `request_timeout`, or none from the flow, keeps reqwest's.
fn http_config(mut config: HttpConfig, attempt_timeout: Option<Duration>) -> HttpConfig {
    if let (Some(attempt), Some(total)) = (attempt_timeout, config.request_timeout) {
        if attempt <= total {
            config.request_timeout = None;
        }
    }
    config
}

fn base_url(raw: &str) -> Result<String, Error> {
    let config = |message: String| Error::new(ErrorKind::Config(message));
    let parsed = url::Url::parse(raw.trim())
        .map_err(|err| config(format!("bad base URL {raw:?}: {err}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(config(format!(
            "the base URL must be http or https, not {:?}",
            parsed.scheme()
        )));
    }
    if parsed.host_str().is_none() || parsed.cannot_be_a_base() {
        return Err(config(format!("the base URL {raw:?} has no host")));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(config(format!(
            "the base URL {raw:?} must not have a query or fragment"
        )));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(config("the base URL must not carry credentials".into()));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        assert_eq!(
            base_url("http://127.0.0.1:4000/api/v10/").unwrap(),
            "http://127.0.0.1:4000/api/v10"
        );
        assert_eq!(base_url(DEFAULT_BASE_URL).unwrap(), DEFAULT_BASE_URL);
        for bad in [
            "",
            "discord.com/api",
            "ftp://x/api",
            "http://x/api?a=1",
            "mailto:a@b",
            "http://u:p@x/",
        ] {
            let err = base_url(bad).unwrap_err();
            assert!(matches!(err.kind(), ErrorKind::Config(_)), "{bad}");
        }
    }

    #[test]
    fn client_and_futures_are_thread_safe() {
        fn shared<T: Clone + Send + Sync + 'static>() {}
        fn sendable<T: Send + 'static>() {}
        shared::<RestClient>();
        sendable::<crate::RequestBuilder>();
        sendable::<crate::ResponseFuture>();
        sendable::<Error>();
    }

    /// An HTTP client whose answers never come (a body trickling forever).
    #[derive(Debug)]
    struct Hanging;

    impl HttpClient for Hanging {
        fn send(
            &self,
            _request: http::Request<crate::Body>,
        ) -> futures::future::BoxFuture<
            '_,
            Result<http::Response<crate::Body>, crate::TransportError>,
        > {
            Box::pin(futures::future::pending())
        }
    }

    fn hanging() -> RestClientBuilder {
        RestClient::builder()
            .token("t")
            .http_client(Hanging)
            .retry_policy(crate::retry::NoRetry)
    }

    #[tokio::test(start_paused = true)]
    async fn attempts_are_bounded_by_default() {
        let started = tokio::time::Instant::now();
        let err = hanging()
            .build()
            .unwrap()
            .get("/users/@me")
            .await
            .unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Timeout);
        assert_eq!(started.elapsed(), DEFAULT_ATTEMPT_TIMEOUT);

        let started = tokio::time::Instant::now();
        let client = hanging()
            .attempt_timeout(std::time::Duration::from_secs(2))
            .build()
            .unwrap();
        assert!(client.get("/users/@me").await.is_err());
        assert_eq!(started.elapsed(), std::time::Duration::from_secs(2));
    }

    #[tokio::test(start_paused = true)]
    async fn the_attempt_timeout_can_be_turned_off() {
        let client = hanging().no_attempt_timeout().build().unwrap();
        let waited =
            tokio::time::timeout(Duration::from_secs(3600), client.get("/users/@me").send());
        assert!(waited.await.is_err(), "still waiting after an hour");
    }

    #[test]
    fn user_agent_follows_discords_format() {
        assert!(USER_AGENT.starts_with("DiscordBot (https://github.com/ovend/ovend, "));
        assert!(USER_AGENT.ends_with(')'));
    }

    #[test]
    fn reqwest_timeout_is_left_off_only_where_the_flow_bounds_first() {
        let thirty = Some(Duration::from_secs(30));
        let default = HttpConfig::default();
        assert_eq!(default.request_timeout, thirty);
        assert_eq!(http_config(default.clone(), thirty).request_timeout, None);
        // No attempt timeout: reqwest's is the only bound and stays.
        assert_eq!(http_config(default.clone(), None).request_timeout, thirty);
        // A shorter whole-request timeout fires first and stays.
        let short = HttpConfig {
            request_timeout: Some(Duration::from_secs(5)),
            ..default
        };
        assert_eq!(
            http_config(short, thirty).request_timeout,
            Some(Duration::from_secs(5))
        );
    }
}
