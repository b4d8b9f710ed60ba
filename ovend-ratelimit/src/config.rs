//! [`RateLimitManagerBuilder`]: every knob of the [`RateLimitManager`], with defaults.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use crate::event::{RateLimitEvent, RateLimitListener};
use crate::listeners::ListenerList;
use crate::RateLimitManager;

/// The settings of one manager (one token).
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) global_limit: Option<u32>,
    /// Requests that can be in flight at once when the global limit is kept
    /// elsewhere (the Redis limiter's local manager): the round-trip floor needs
    /// it to know when its samples include a warm connection.
    pub(crate) global_limit_elsewhere: Option<u32>,
    pub(crate) global_window: Duration,
    pub(crate) max_wait: Option<Duration>,
    pub(crate) queue_capacity: usize,
    pub(crate) reject_on_rate_limit: bool,
    pub(crate) reject_routes: HashSet<String>,
    pub(crate) invalid_limit: u32,
    pub(crate) invalid_warnings: Vec<u32>,
    pub(crate) invalid_window: Duration,
    pub(crate) cloudflare_ban: Duration,
    pub(crate) reaction_interval: Duration,
    pub(crate) sweep_interval: Option<Duration>,
    pub(crate) idle_timeout: Duration,
    pub(crate) wait_ceiling: Duration,
    pub(crate) listeners: ListenerList,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            global_limit: Some(50),
            global_limit_elsewhere: None,
            global_window: Duration::from_secs(1),
            max_wait: None,
            queue_capacity: 4096,
            reject_on_rate_limit: false,
            reject_routes: HashSet::new(),
            invalid_limit: 9_000,
            invalid_warnings: vec![2_500, 5_000, 7_500],
            invalid_window: Duration::from_secs(600),
            cloudflare_ban: Duration::from_secs(3600),
            reaction_interval: Duration::from_millis(250),
            sweep_interval: Some(Duration::from_secs(60)),
            idle_timeout: Duration::from_secs(300),
            wait_ceiling: crate::DEFAULT_WAIT_CEILING,
            listeners: ListenerList::default(),
        }
    }
}

impl Config {
    /// Whether a request on `route` should be rejected rather than delayed by a limit.
    pub(crate) fn rejects_on_rate_limit(&self, route: &str, per_request: bool) -> bool {
        per_request
            || self.reject_on_rate_limit
            || (!self.reject_routes.is_empty() && self.reject_routes.contains(route))
    }
}

/// Builds a [`RateLimitManager`]; every setting has a safe default.
///
/// ```
/// use std::time::Duration;
/// use ovend_ratelimit::RateLimitManager;
///
/// let limiter = RateLimitManager::builder()
///     .global_limit(50)
///     .max_wait(Duration::from_secs(30))
///     .reject_on_rate_limit_route("/channels/{channel_id}/messages/{id}/reactions/{id}/@me")
///     .on_event(std::sync::Arc::new(|event: &ovend_ratelimit::RateLimitEvent| {
///         eprintln!("{event:?}");
///     }))
///     .build();
/// # drop(limiter);
/// ```
#[derive(Debug, Clone, Default)]
#[must_use = "a builder does nothing until build() is called"]
pub struct RateLimitManagerBuilder {
    config: Config,
}

impl RateLimitManagerBuilder {
    /// Requests per second allowed for this token across all routes (default 50;
    /// large bots are granted more). Interaction callbacks are always exempt.
    pub fn global_limit(mut self, per_second: u32) -> Self {
        self.config.global_limit = Some(per_second.max(1));
        self
    }

    /// Turns proactive global pacing off (global 429s are still obeyed).
    pub fn no_global_limit(mut self) -> Self {
        self.config.global_limit = None;
        self
    }

    /// No global pacing here: `per_second` is kept by another limiter (Redis).
    #[cfg(feature = "redis")]
    pub(crate) fn global_limit_elsewhere(mut self, per_second: u32) -> Self {
        self.config.global_limit = None;
        self.config.global_limit_elsewhere = Some(per_second.max(1));
        self
    }

    /// Default `max_wait` for requests that do not set one: a request that would wait
    /// longer is rejected up front (default: wait as long as needed).
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.config.max_wait = Some(max_wait);
        self
    }

    /// Most requests waiting in one bucket's queue; more are rejected with
    /// [`Rejected::QueueFull`](crate::Rejected::QueueFull) (default 4096).
    pub fn queue_capacity(mut self, capacity: usize) -> Self {
        self.config.queue_capacity = capacity;
        self
    }

    /// Rejects every rate-limited request instead of delaying it (default off).
    pub fn reject_on_rate_limit(mut self, reject: bool) -> Self {
        self.config.reject_on_rate_limit = reject;
        self
    }

    /// Rejects rate-limited requests on this route template (as shown by
    /// [`RouteKey::route`](crate::RouteKey::route)) instead of delaying them.
    pub fn reject_on_rate_limit_route(mut self, route: impl Into<String>) -> Self {
        self.config.reject_routes.insert(route.into());
        self
    }

    /// Invalid requests (401, 403, non-shared 429) in ten minutes after which the
    /// manager refuses to send (default 9,000; Discord bans the IP at 10,000).
    pub fn invalid_request_limit(mut self, limit: u32) -> Self {
        self.config.invalid_limit = limit;
        self
    }

    /// Counts of invalid requests at which a warning event is sent (default 2,500, 5,000, 7,500).
    pub fn invalid_request_warnings(mut self, thresholds: impl IntoIterator<Item = u32>) -> Self {
        let mut thresholds: Vec<u32> = thresholds.into_iter().collect();
        thresholds.sort_unstable();
        thresholds.dedup();
        self.config.invalid_warnings = thresholds;
        self
    }

    /// The rolling window invalid requests are counted over (default 10 minutes, as Discord).
    pub fn invalid_request_window(mut self, window: Duration) -> Self {
        self.config.invalid_window = window;
        self
    }

    /// How long all sending stops after a Cloudflare ban is detected (default 1 hour).
    pub fn cloudflare_ban_duration(mut self, duration: Duration) -> Self {
        self.config.cloudflare_ban = duration;
        self
    }

    /// Pacing of reaction routes, which Discord limits to about 1 per 250 ms without
    /// saying so in headers (default 250 ms).
    pub fn reaction_interval(mut self, interval: Duration) -> Self {
        self.config.reaction_interval = interval;
        self
    }

    /// How often idle buckets are swept (default every minute; `None` turns the
    /// background sweeper off, [`RateLimitManager::sweep`] still works).
    pub fn sweep_interval(mut self, interval: Option<Duration>) -> Self {
        self.config.sweep_interval = interval;
        self
    }

    /// How long a bucket or learned entry stays after its last use (default 5 minutes).
    pub fn idle_timeout(mut self, idle: Duration) -> Self {
        self.config.idle_timeout = idle;
        self
    }

    /// The longest wait any answer may impose (default
    /// [`DEFAULT_WAIT_CEILING`](crate::DEFAULT_WAIT_CEILING), one hour): every
    /// `Reset-After` and `retry_after` is clamped to it, so no header can hold a
    /// bucket or the global window longer. Zero is taken as one millisecond.
    pub fn wait_ceiling(mut self, ceiling: Duration) -> Self {
        self.config.wait_ceiling = ceiling.max(Duration::from_millis(1));
        self
    }

    /// Adds a callback for every [`RateLimitEvent`]; it must be cheap and never block.
    pub fn on_event(self, listener: Arc<dyn Fn(&RateLimitEvent) + Send + Sync>) -> Self {
        self.listener(Arc::new(move |event: &RateLimitEvent| listener(event)))
    }

    /// Adds a [`RateLimitListener`].
    pub fn listener(mut self, listener: Arc<dyn RateLimitListener>) -> Self {
        self.config.listeners.push(listener);
        self
    }

    #[cfg(feature = "redis")]
    pub(crate) fn config(&self) -> &Config {
        &self.config
    }

    /// Builds the manager. No task is spawned until the first request, so this works
    /// outside a tokio runtime.
    pub fn build(self) -> RateLimitManager {
        RateLimitManager::from_config(self.config)
    }
}
