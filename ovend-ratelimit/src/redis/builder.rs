//! [`RedisRateLimiterBuilder`]: the shared limiter's knobs, with defaults.

use std::sync::atomic::{AtomicU64, AtomicUsize};
use std::sync::Arc;
use std::time::Duration;

use redis::aio::ConnectionManagerConfig;

use super::failover::Failover;
use super::keys::Keys;
use super::store::{Settings, Store};
use super::turns::Turns;
use super::{alive, bot, millis, Inner, RedisFailurePolicy, RedisRateLimiter};
use crate::{RateLimitManager, RateLimitManagerBuilder};

/// A Redis error while connecting.
#[derive(Debug, thiserror::Error)]
#[error("cannot connect the rate limiter to Redis: {0}")]
pub struct RedisLimiterError(#[from] redis::RedisError);

/// Settings of a [`RedisRateLimiter`].
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until connect() is called"]
pub struct RedisRateLimiterBuilder {
    url: String,
    prefix: String,
    /// The bot's namespace under the prefix (never the token itself).
    bot: Option<String>,
    settings: Settings,
    poll: Duration,
    policy: RedisFailurePolicy,
    probe_interval: Duration,
    local: RateLimitManagerBuilder,
}

impl RedisRateLimiterBuilder {
    pub(super) fn new(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            prefix: "ovend".to_owned(),
            bot: None,
            settings: Settings {
                global_limit: 50,
                lease: Duration::from_secs(60),
                idle: Duration::from_secs(600),
                token_ttl: Duration::from_secs(600),
                timeout: Duration::from_secs(2),
                // Set from the local manager's settings at connect.
                ceiling: Duration::ZERO,
                ban: Duration::ZERO,
                reaction_interval: Duration::ZERO,
                invalid_limit: 0,
                invalid_window: Duration::ZERO,
            },
            poll: Duration::from_millis(25),
            policy: RedisFailurePolicy::default(),
            probe_interval: Duration::from_secs(1),
            local: RateLimitManager::builder(),
        }
    }

    /// Keys go under `{prefix:bot}:` (default prefix `ovend`), with the bot named
    /// by [`token`](Self::token) or [`bot_id`](Self::bot_id). When neither is set
    /// they go under `{prefix}:`, and then **each bot token needs a prefix of its
    /// own**: limiters on one prefix share one global window and every bucket.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// The bot token the limiter counts for, so bots sharing a Redis (and a
    /// prefix) never share limits. Only the bot's user id, read from the token's
    /// first segment, reaches Redis; a token not shaped as Discord's is named by
    /// a digest of it. Never the token itself. `Bot ` may lead.
    pub fn token(mut self, token: &str) -> Self {
        self.bot = Some(bot::of_token(token));
        self
    }

    /// The user id of the bot the limiter counts for: the same namespace as
    /// [`token`](Self::token) with that bot's token.
    pub fn bot_id(mut self, id: u64) -> Self {
        self.bot = Some(bot::of_id(id));
        self
    }

    /// What to do while Redis cannot be reached (default
    /// [`RedisFailurePolicy::FailFast`], which says why).
    pub fn on_redis_failure(mut self, policy: RedisFailurePolicy) -> Self {
        self.policy = policy;
        self
    }

    /// How often a limiter that lost Redis checks whether it answers again
    /// (default 1 s). It also caps the backoff between the connection's own
    /// attempts to reconnect, which would otherwise grow to a minute.
    pub fn probe_interval(mut self, interval: Duration) -> Self {
        self.probe_interval = interval.max(Duration::from_millis(1));
        self
    }

    /// Requests per second for the token across all processes (default 50).
    pub fn global_limit(mut self, per_second: u32) -> Self {
        self.settings.global_limit = per_second.max(1);
        self
    }

    /// How long a granted request may stay unanswered before its lease expires
    /// (default 60 s; covers a process that crashed mid-request).
    pub fn lease(mut self, lease: Duration) -> Self {
        self.settings.lease = lease;
        self
    }

    /// How long learned buckets and route hashes stay in Redis unused (default 10 min).
    pub fn idle_timeout(mut self, idle: Duration) -> Self {
        self.settings.idle = idle;
        self
    }

    /// How long a 401 on a bot-authenticated route keeps every process from
    /// sending (default 10 minutes). A token that is really invalid is then
    /// re-learnt with one 401 per process per this time; a fixed one needs no
    /// restart. [`RateLimiter::reset_invalid_token`](crate::RateLimiter::reset_invalid_token)
    /// clears it at once, for every process.
    pub fn invalid_token_ttl(mut self, ttl: Duration) -> Self {
        self.settings.token_ttl = ttl;
        self
    }

    /// How long any Redis call may take before the request is refused with
    /// [`Rejected::Unavailable`](crate::Rejected::Unavailable) (default 2 s); also
    /// the connection's connect and response timeouts.
    pub fn redis_timeout(mut self, timeout: Duration) -> Self {
        self.settings.timeout = timeout.max(Duration::from_millis(1));
        self
    }

    /// How often a request waiting for another process's answer checks again (default 25 ms).
    pub fn poll_interval(mut self, poll: Duration) -> Self {
        self.poll = poll.max(Duration::from_millis(1));
        self
    }

    /// The local limiter's settings (queues, max_wait, guards, wait ceiling,
    /// Cloudflare ban duration, listeners); its global pacing is replaced by the
    /// shared one.
    pub fn local(mut self, local: RateLimitManagerBuilder) -> Self {
        self.local = local;
        self
    }

    /// Connects to Redis and loads the scripts.
    pub async fn connect(mut self) -> Result<RedisRateLimiter, RedisLimiterError> {
        // The shared state bounds waits and bans exactly as the local manager does.
        let local = self.local.config();
        self.settings.ceiling = local.wait_ceiling;
        self.settings.ban = local.cloudflare_ban;
        self.settings.reaction_interval = local.reaction_interval;
        self.settings.invalid_limit = local.invalid_limit;
        self.settings.invalid_window = local.invalid_window;
        let failover = Failover::new(
            self.policy,
            self.settings.global_limit,
            local.global_window,
            self.probe_interval,
        );
        let client = redis::Client::open(self.url.as_str())?;
        let timeout = self.settings.timeout;
        // The connection's own backoff must not outlast the probe: left at its
        // default it waits up to a minute between attempts to reconnect.
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(timeout)
            .set_response_timeout(timeout)
            .set_max_delay(millis(self.probe_interval).max(1));
        let conn = client.get_connection_manager_with_config(config).await?;
        let keys = Keys::new(&self.prefix, self.bot.as_deref());
        let global_limit = self.settings.global_limit;
        let (store, instance) = Store::new(conn, keys, self.settings).await?;
        let limiter = RedisRateLimiter {
            inner: Arc::new(Inner {
                store,
                local: self.local.global_limit_elsewhere(global_limit).build(),
                failover,
                poll: self.poll,
                instance,
                leases: AtomicU64::new(0),
                token_writes: Arc::new(AtomicUsize::new(0)),
                turns: Turns::default(),
            }),
        };
        alive::spawn_heartbeat(Arc::downgrade(&limiter.inner));
        Ok(limiter)
    }
}
