//! [`RedisRateLimiter`]: one token's limits shared by several processes through Redis.
//!
//! Each process keeps a local [`RateLimitManager`] for what is per process (queues,
//! priorities, cancellation, hidden-limit lanes, the local guards), with its own
//! global pacing turned off. What Discord counts per token is kept in Redis and
//! changed only by two Lua scripts, so every check-and-take is atomic across
//! processes:
//!
//! - `take.lua` checks the shared guards (invalid token, Cloudflare ban), the bucket
//!   (limit, remaining, reset, and the leases in flight) and the global sliding-window
//!   log, and only when all have room takes a lease and a place in the window. Times
//!   come from Redis's own clock (`TIME`), so the processes' clocks may disagree.
//!   Leases expire, so a crashed process cannot hold a bucket forever.
//! - `complete.lua` returns the lease and records the answer: the route's hash, the
//!   bucket's window, 429 back-offs, a global block, a ban or an invalid token. The
//!   request's global entry is held from its grant until one window after its answer,
//!   as in the in-process limiter, so network jitter cannot squeeze arrivals together.
//!
//! Keys live under `{prefix}:` (one hash tag, so a Redis Cluster keeps them on one
//! slot). Webhook and interaction tokens never reach Redis: majors that carry one are
//! stored as a hash of it.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use redis::aio::ConnectionManager;
use redis::Script;

use crate::{
    AcquireOptions, Permit, PermitHandle, RateLimitHeaders, RateLimitManager,
    RateLimitManagerBuilder, RateLimiter, Rejected, RouteKey, Scope,
};

/// Returns an abandoned request's lease; its global place stays one window from now.
const CANCEL: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], 'XX', now, ARGV[1])
return 0
";

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
    global_limit: u32,
    lease: Duration,
    idle: Duration,
    poll: Duration,
    ban: Duration,
    local: RateLimitManagerBuilder,
}

impl RedisRateLimiterBuilder {
    /// Keys go under `{prefix}:` (default `ovend`); use one prefix per bot token.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Requests per second for the token across all processes (default 50).
    pub fn global_limit(mut self, per_second: u32) -> Self {
        self.global_limit = per_second.max(1);
        self
    }

    /// How long a granted request may stay unanswered before its lease expires
    /// (default 60 s; covers a process that crashed mid-request).
    pub fn lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// How long learned buckets and route hashes stay in Redis unused (default 10 min).
    pub fn idle_timeout(mut self, idle: Duration) -> Self {
        self.idle = idle;
        self
    }

    /// How often a request waiting for another process's answer checks again (default 25 ms).
    pub fn poll_interval(mut self, poll: Duration) -> Self {
        self.poll = poll.max(Duration::from_millis(1));
        self
    }

    /// The local limiter's settings (queues, max_wait, guards, listeners); its global
    /// pacing is replaced by the shared one.
    pub fn local(mut self, local: RateLimitManagerBuilder) -> Self {
        self.ban = local.config().cloudflare_ban;
        self.local = local;
        self
    }

    /// Connects to Redis.
    pub async fn connect(self) -> Result<RedisRateLimiter, RedisLimiterError> {
        let client = redis::Client::open(self.url.as_str())?;
        let conn = client.get_connection_manager().await?;
        Ok(RedisRateLimiter {
            inner: Arc::new(Inner {
                conn,
                local: self.local.no_global_limit().build(),
                keys: Keys {
                    prefix: format!("{{{}}}", self.prefix),
                },
                take: Script::new(include_str!("take.lua")),
                complete: Script::new(include_str!("complete.lua")),
                cancel: Script::new(CANCEL),
                global_limit: self.global_limit,
                lease: self.lease,
                idle: self.idle,
                poll: self.poll,
                ban: self.ban,
                leases: AtomicU64::new(0),
                process: std::process::id(),
            }),
        })
    }
}

/// A [`RateLimiter`] whose global window and learned buckets are shared through
/// Redis by every process using one token (feature `redis`).
#[derive(Clone)]
pub struct RedisRateLimiter {
    inner: Arc<Inner>,
}

struct Inner {
    conn: ConnectionManager,
    local: RateLimitManager,
    keys: Keys,
    take: Script,
    complete: Script,
    cancel: Script,
    global_limit: u32,
    lease: Duration,
    idle: Duration,
    poll: Duration,
    ban: Duration,
    leases: AtomicU64,
    process: u32,
}

impl fmt::Debug for RedisRateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisRateLimiter")
            .field("prefix", &self.inner.keys.prefix)
            .field("global_limit", &self.inner.global_limit)
            .finish_non_exhaustive()
    }
}

impl RedisRateLimiter {
    /// Connects with every default (prefix `ovend`, 50 requests/s).
    pub async fn connect(url: &str) -> Result<Self, RedisLimiterError> {
        Self::builder(url).connect().await
    }

    /// Starts configuring a limiter for the Redis server at `url`.
    pub fn builder(url: &str) -> RedisRateLimiterBuilder {
        let local = RateLimitManager::builder();
        RedisRateLimiterBuilder {
            url: url.to_owned(),
            prefix: "ovend".to_owned(),
            global_limit: 50,
            lease: Duration::from_secs(60),
            idle: Duration::from_secs(600),
            poll: Duration::from_millis(25),
            ban: local.config().cloudflare_ban,
            local,
        }
    }

    /// The process-local part (queues, lanes, local guards).
    pub fn local(&self) -> &RateLimitManager {
        &self.inner.local
    }

    async fn acquire_inner(
        &self,
        key: &RouteKey,
        options: &AcquireOptions,
    ) -> Result<Permit, Rejected> {
        let local = self.inner.local.acquire_with(key, options).await?;
        let max_wait = options.max_wait.or(self.inner.local.config().max_wait);
        let deadline = max_wait.map(|w| tokio::time::Instant::now() + w);
        let reject = self
            .inner
            .local
            .config()
            .rejects_on_rate_limit(key.route(), options.reject_on_rate_limit);
        let mut conn = self.inner.conn.clone();
        let leases = self.inner.bucket_keys(&mut conn, key).await;
        let lease = format!(
            "{}-{}",
            self.inner.process,
            self.inner.leases.fetch_add(1, Ordering::Relaxed)
        );
        loop {
            let (code, ms) = self.inner.take(&mut conn, &leases, &lease, key).await?;
            let wait = Duration::from_millis(u64::try_from(ms).unwrap_or(0));
            match code {
                0 => {
                    return Ok(Permit::new(RedisPermit {
                        inner: self.inner.clone(),
                        local: Some(local),
                        key: key.clone(),
                        leases,
                        lease,
                    }))
                }
                3 => return Err(Rejected::CloudflareBan { remaining: wait }),
                4 => return Err(Rejected::InvalidToken),
                _ => {}
            }
            let known = ms >= 0;
            if reject && known {
                return Err(Rejected::RateLimited {
                    retry_after: wait,
                    global: code == 2,
                });
            }
            let sleep = if known {
                wait.max(Duration::from_millis(1))
            } else {
                self.inner.poll
            };
            let wake = tokio::time::Instant::now() + sleep;
            if let Some((deadline, max_wait)) = deadline.zip(max_wait) {
                if known && wake > deadline {
                    // Known to be too long: refuse now rather than after waiting.
                    return Err(Rejected::MaxWait { wait, max_wait });
                }
                if wake > deadline {
                    tokio::time::sleep_until(deadline).await;
                    return Err(Rejected::MaxWait {
                        wait: sleep,
                        max_wait,
                    });
                }
            }
            tokio::time::sleep_until(wake).await;
        }
    }
}

impl RateLimiter for RedisRateLimiter {
    fn acquire_with<'a>(
        &'a self,
        key: &'a RouteKey,
        options: &'a AcquireOptions,
    ) -> BoxFuture<'a, Result<Permit, Rejected>> {
        Box::pin(self.acquire_inner(key, options))
    }
}

/// Key names under the prefix.
#[derive(Debug)]
struct Keys {
    prefix: String,
}

impl Keys {
    fn key(&self, name: &str) -> String {
        format!("{}:{name}", self.prefix)
    }

    fn route(&self, key: &RouteKey) -> String {
        self.key(&format!("route:{}", key.template()))
    }

    /// One bucket per hash and major: a delete's message age is a hidden sublimit
    /// inside the bucket, not a bucket of its own.
    fn hashed(&self, hash: &str, key: &RouteKey) -> String {
        self.key(&format!("bucket:{hash}:{}", safe_major(key.major())))
    }

    fn provisional(&self, key: &RouteKey) -> String {
        self.key(&format!(
            "route-bucket:{}:{}",
            key.template(),
            safe_major(key.major())
        ))
    }
}

/// A major with its token replaced by a stable hash, so no secret reaches Redis.
fn safe_major(major: &str) -> String {
    match major.split_once('/') {
        Some((id, token)) => format!("{id}/{:016x}", fnv1a(token.as_bytes())),
        None => major.to_owned(),
    }
}

/// FNV-1a: stable across processes (unlike std's randomized hasher).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The bucket a lease is taken in.
#[derive(Debug, Clone)]
struct BucketKeys {
    bucket: String,
    leases: String,
}

impl Inner {
    async fn bucket_keys(&self, conn: &mut ConnectionManager, key: &RouteKey) -> BucketKeys {
        let hash: Option<String> = redis::cmd("GET")
            .arg(self.keys.route(key))
            .query_async(conn)
            .await
            .unwrap_or(None);
        let bucket = match hash {
            Some(hash) => self.keys.hashed(&hash, key),
            None => self.keys.provisional(key),
        };
        BucketKeys {
            leases: format!("{bucket}:leases"),
            bucket,
        }
    }

    async fn take(
        &self,
        conn: &mut ConnectionManager,
        keys: &BucketKeys,
        lease: &str,
        key: &RouteKey,
    ) -> Result<(i64, i64), Rejected> {
        let mut call = self.take.prepare_invoke();
        call.key(&keys.bucket)
            .key(&keys.leases)
            .key(self.keys.key("global"))
            .key(self.keys.key("global-block"))
            .key(self.keys.key("ban"))
            .key(self.keys.key("token-invalid"))
            .arg(self.global_limit)
            .arg(1000)
            .arg(lease)
            .arg(u8::from(key.is_interaction_callback()))
            .arg(millis(self.lease))
            .arg(millis(self.idle));
        call.invoke_async(conn).await.map_err(|error| {
            tracing::warn!(%error, "Redis rate limiter unavailable");
            Rejected::Closed
        })
    }

    async fn complete(
        &self,
        keys: &BucketKeys,
        lease: &str,
        key: &RouteKey,
        headers: &RateLimitHeaders,
    ) {
        let mut conn = self.conn.clone();
        let target = match headers.bucket.as_deref() {
            Some(hash) => self.keys.hashed(hash, key),
            None => keys.bucket.clone(),
        };
        let backoff = headers.is_rate_limited()
            && !headers.global
            && (headers.scope == Some(Scope::Shared) || headers.remaining.unwrap_or(0) == 0);
        let unlimited = headers.from_discord
            && !headers.is_rate_limited()
            && (200..500).contains(&headers.status)
            && headers.limit.is_none();
        let opt = |v: Option<u32>| v.map_or(-1, i64::from);
        let dur = |v: Option<Duration>| {
            v.map_or(-1, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        };
        let mut call = self.complete.prepare_invoke();
        call.key(&keys.leases)
            .key(&target)
            .key(self.keys.key("global-block"))
            .key(self.keys.key("ban"))
            .key(self.keys.key("token-invalid"))
            .key(self.keys.route(key))
            .key(self.keys.key("global"))
            .arg(lease)
            .arg(opt(headers.limit))
            .arg(opt(headers.remaining))
            .arg(dur(headers.reset_after))
            .arg(dur(headers.retry_after))
            .arg(u8::from(headers.is_rate_limited() && headers.global))
            .arg(u8::from(backoff))
            .arg(headers.bucket.as_deref().unwrap_or(""))
            .arg(millis(self.ban))
            .arg(u8::from(headers.is_cloudflare_ban()))
            .arg(u8::from(headers.status == 401))
            .arg(millis(self.idle))
            .arg(u8::from(unlimited));
        if let Err(error) = call.invoke_async::<i64>(&mut conn).await {
            tracing::warn!(%error, "could not record a rate-limit answer in Redis");
        }
    }

    async fn cancel(&self, keys: &BucketKeys, lease: &str) {
        let mut conn = self.conn.clone();
        let result: redis::RedisResult<i64> = self
            .cancel
            .key(&keys.leases)
            .key(self.keys.key("global"))
            .arg(lease)
            .invoke_async(&mut conn)
            .await;
        if let Err(error) = result {
            tracing::warn!(%error, "could not return a lease to Redis; it will expire");
        }
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// A granted request: its local permit and its lease in Redis.
struct RedisPermit {
    inner: Arc<Inner>,
    local: Option<Permit>,
    key: RouteKey,
    leases: BucketKeys,
    lease: String,
}

impl RedisPermit {
    /// Runs `work` on the current runtime; without one the lease simply expires.
    fn spawn(work: impl std::future::Future<Output = ()> + Send + 'static) {
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(work);
        }
    }
}

impl PermitHandle for RedisPermit {
    fn complete(mut self: Box<Self>, headers: &RateLimitHeaders) {
        if let Some(local) = self.local.take() {
            local.complete(headers);
        }
        let headers = headers.clone();
        Self::spawn(async move {
            self.inner
                .complete(&self.leases, &self.lease, &self.key, &headers)
                .await;
        });
    }

    fn cancel(mut self: Box<Self>) {
        drop(self.local.take());
        Self::spawn(async move {
            self.inner.cancel(&self.leases, &self.lease).await;
        });
    }
}
