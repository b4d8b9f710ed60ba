//! [`RedisRateLimiter`]: one token's limits shared by several processes through Redis.
//!
//! Each process keeps a local [`RateLimitManager`] for what is per process (queues,
//! priorities, cancellation, the local guards), with its own global pacing turned
//! off. Everything Discord counts per token, and everything learned about it, is
//! kept in Redis and changed only by Lua scripts, so every check-and-take is atomic
//! across processes. Times come from Redis's own clock (`TIME`), so the processes'
//! clocks may disagree.
//!
//! - `take.lua` checks the shared guards (invalid token, Cloudflare ban, the
//!   fleet's invalid requests in the last 10 minutes), the route's hidden-limit
//!   lane (`lane.rs`: serial, paced or a learned sublimit), the route's current
//!   bucket (limit, remaining, reset, a 429's block, and the leases in flight) and
//!   the global sliding-window log, and only when all have room takes a lease and a
//!   place in each, in one round trip (the route's hash is looked up inside). A
//!   bucket without a limit is **unknown**: one lease at a time goes, to learn it.
//!   Buckets waiting for a global place are served in turn (a line in Redis), so
//!   every channel moves at the same pace whichever process polls first. Each
//!   asks again when its own turn's place leaves the window, not when the
//!   oldest does (which woke the whole line at once). A bucket's first turn of a
//!   window whose place leaves within 20 ms is granted at once and the request
//!   held until the place leaves (`reserve`): sent on this process's own timer,
//!   it does not wait for a take queued behind every other process's at that
//!   instant. A request given up while held gives the place back as it was.
//! - `complete.lua` ends the lease and records the answer at its arrival on
//!   Redis's clock (bounded from the takes' replies, `clock.rs`): the route's hash, the
//!   bucket's window, 429 back-offs, a global block, a ban or an invalid token, the
//!   lane's history of successes (and, after a sublimit 429, the sublimit learned
//!   from it in Rust by the in-memory lanes' own function). The answer is read in
//!   Rust first (`answer.rs`) exactly as the in-memory limiter reads it: waits
//!   clamped to the local manager's `wait_ceiling`, untrusted headers (malformed,
//!   limit 0, remaining above limit) turning the bucket unknown, a proxy's 429
//!   teaching nothing, a 401 invalidating the bot token only on a bot-authenticated
//!   route (for `invalid_token_ttl`, not forever). Windows run from the answer less
//!   the fleet's round-trip floor (each process reports its own; the smallest is
//!   used), as in memory. When the route's bucket changes (a first hash, or a new
//!   one), the old bucket's leases are copied into the new one, so requests still
//!   out count there too.
//! - `end.lua` ends a lease without an answer. A *cancelled* request may have
//!   reached Discord: its slot stays spent (the bucket's `remaining` drops by one)
//!   and its global place stays one window. A *released* one was never sent: both
//!   are given back. A lease is removed from the set it was taken in and from the
//!   route's current bucket (where a hash change may have carried it).
//!
//! The request's global entry is held from its grant until one window after its
//! answer (less the floor), as in the in-process limiter, so network jitter cannot
//! squeeze arrivals together. Every wait a script returns is bounded by the
//! ceiling, and every number read back from Redis is checked before arithmetic.
//! Leases expire after `lease`; a process that dies stops beating (`alive.rs`) and
//! its leases stop counting at their bucket's window end. Every key has an expiry.
//!
//! An acquire dropped while its take runs, or refused after its local permit, gives
//! both back at once as never sent (`permit::Pending`). Every Redis call is bounded
//! by `redis_timeout`. What a failure leads to is the [`RedisFailurePolicy`]
//! (`failover.rs`): refuse with [`Rejected::Unavailable`] (the default), or limit
//! in memory with a share of the global limit (`share.rs`) until a probe finds
//! Redis again; never wait blind or send unchecked. The shared
//! invalid-token flag is the truth for every process: a local guard that still
//! refuses is reset once the flag was reset (by any process) or expired.
//!
//! Keys live under `{prefix:bot}:` (`bot.rs`: the bot's user id, never its token)
//! or, with no bot named, `{prefix}:`; one hash tag, so a Redis Cluster keeps a
//! bot's keys on one slot (the scripts build bucket keys from stored hashes, which
//! relies on it). Webhook and interaction tokens never reach Redis: majors that
//! carry one are stored as a hash of it.

mod alive;
mod answer;
mod bot;
mod builder;
mod clock;
#[cfg(test)]
mod differential;
mod failover;
mod keys;
mod lane;
mod permit;
mod policy;
mod share;
mod store;
mod turns;

use std::fmt;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::time::Instant;

pub use builder::{RedisLimiterError, RedisRateLimiterBuilder};
use failover::{Failover, Route};
use permit::Pending;
pub use policy::RedisFailurePolicy;
use share::ShareWindow;
use store::{Store, StoreError, Take};
use turns::{Turn, Turns};

use crate::{
    AcquireOptions, Permit, RateLimitEvent, RateLimitListener, RateLimitManager, RateLimiter,
    Rejected, RouteKey,
};

/// Milliseconds passed to a script are capped here (about 35 years): a
/// `Duration::MAX` setting must not become a number Lua prints in exponent form.
const MAX_MS: u64 = 1 << 40;

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).map_or(MAX_MS, |ms| ms.min(MAX_MS))
}

/// A [`RateLimiter`] whose global window and learned buckets are shared through
/// Redis by every process using one token (feature `redis`).
///
/// Name the bot with [`RedisRateLimiterBuilder::token`] (or `bot_id`) so bots on
/// one Redis never share limits, and choose what happens while Redis is
/// unreachable with [`RedisRateLimiterBuilder::on_redis_failure`].
#[derive(Clone)]
pub struct RedisRateLimiter {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    local: RateLimitManager,
    failover: Failover,
    poll: Duration,
    /// This limiter's name among all on the prefix.
    instance: String,
    leases: AtomicU64,
    /// This process's 401s on their way to Redis (see `acquire_local`).
    token_writes: Arc<AtomicUsize>,
    turns: Turns,
}

impl Inner {
    /// A lease id no other limiter on the prefix uses.
    fn next_lease(&self) -> String {
        let n = self.leases.fetch_add(1, Ordering::Relaxed);
        format!("{}-{n}", self.instance)
    }

    /// A Redis call failed: the first failure marks Redis down, says so, and
    /// starts the probe; what follows is the policy's (see `failover.rs`).
    fn store_failed(self: &Arc<Self>, error: &StoreError) {
        let reason = error.reason();
        tracing::warn!(%reason, "Redis rate limiter unavailable");
        if self.failover.failed(&reason, Instant::now()) {
            self.local
                .emit(|| RateLimitEvent::SharedStoreDown { reason });
            failover::spawn_probe(Arc::downgrade(self), self.failover.probe_interval());
        }
    }

    /// The probe found Redis again.
    fn store_recovered(&self) {
        if let Some(after) = self.failover.recovered(Instant::now()) {
            tracing::info!(?after, "Redis rate limiter recovered");
            self.local
                .emit(|| RateLimitEvent::SharedStoreRecovered { after });
        }
    }
}

impl fmt::Debug for RedisRateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisRateLimiter")
            .field("prefix", &self.inner.store.prefix())
            .field("global_limit", &self.inner.store.settings.global_limit)
            .finish_non_exhaustive()
    }
}

/// How long a request may still wait, from its arrival.
#[derive(Debug, Clone, Copy)]
struct Deadline {
    at: Instant,
    max_wait: Duration,
}

/// How a request takes a wait: refuse it (`reject_on_rate_limit`) or wait,
/// at most until its deadline.
#[derive(Debug, Clone, Copy)]
struct Patience {
    reject: bool,
    deadline: Option<Deadline>,
}

impl RedisRateLimiter {
    /// Connects with every default (prefix `ovend`, 50 requests/s).
    pub async fn connect(url: &str) -> Result<Self, RedisLimiterError> {
        Self::builder(url).connect().await
    }

    /// Starts configuring a limiter for the Redis server at `url`.
    pub fn builder(url: &str) -> RedisRateLimiterBuilder {
        RedisRateLimiterBuilder::new(url)
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
        let config = self.inner.local.config();
        // Time spent in the local queue counts against max_wait too.
        let patience = Patience {
            reject: config.rejects_on_rate_limit(key.route(), options.reject_on_rate_limit),
            deadline: options
                .max_wait
                .or(config.max_wait)
                .map(|max_wait| Deadline {
                    at: Instant::now() + max_wait,
                    max_wait,
                }),
        };
        let local = self.acquire_local(key, options).await?;
        let mut pending = Pending::new(&self.inner, key, local);
        let _turn = self.turn(&pending, patience).await?;
        let mut pressure_reported = false;
        loop {
            let share = match self.inner.failover.route(Instant::now()) {
                Route::Refuse(reason) => return Err(Rejected::Unavailable { reason }),
                Route::Local(share) => {
                    if self.take_place(&mut pending, &share, patience).await? {
                        return Ok(pending.into_local());
                    }
                    continue;
                }
                Route::Redis { share } => share,
            };
            if let Some(share) = share {
                if !self.take_place(&mut pending, &share, patience).await? {
                    continue;
                }
            }
            match pending.take().await {
                Ok(Take::Granted {
                    bucket,
                    at_ms,
                    hold,
                }) => {
                    if !hold.is_zero() {
                        // Granted its global place before it leaves the window
                        // (take.lua's `reserve`): dropped, refused or past its
                        // deadline meanwhile, `pending` gives it back.
                        if !pressure_reported {
                            self.report_pressure(key);
                        }
                        self.pause(Some(hold), Some(hold), true, patience).await?;
                    }
                    return Ok(pending.grant(bucket, at_ms));
                }
                Ok(Take::Banned(remaining)) => return Err(Rejected::CloudflareBan { remaining }),
                Ok(Take::TokenInvalid) => return Err(Rejected::InvalidToken),
                Ok(Take::InvalidLimit(count)) => {
                    return Err(Rejected::InvalidRequestLimit {
                        count,
                        limit: self.inner.store.settings.invalid_limit,
                    })
                }
                Ok(Take::Full { wait, wake, global }) => {
                    if global && !pressure_reported {
                        pressure_reported = true;
                        self.report_pressure(key);
                    }
                    self.pause(wait, wake, global, patience).await?
                }
                // The next turn follows the policy.
                Err(error) => self.inner.store_failed(&error),
            }
        }
    }

    /// A request waits for the fleet's global window, as the in-memory
    /// manager reports it (once per request). The script says only that the
    /// window is full (or a global 429 blocks it), not how full, so the fill
    /// reported is the limit.
    fn report_pressure(&self, key: &RouteKey) {
        let limit = self.inner.store.settings.global_limit;
        self.inner.local.emit(|| RateLimitEvent::GlobalPressure {
            key: key.clone(),
            in_window: limit,
            limit,
        });
    }

    /// Waits for this request's turn to ask Redis (see `turns.rs`), at most
    /// until its deadline.
    async fn turn(&self, pending: &Pending, patience: Patience) -> Result<Turn, Rejected> {
        let turn = self.inner.turns.take(pending.turn_name());
        let Some(Deadline { at, max_wait }) = patience.deadline else {
            return Ok(turn.await);
        };
        tokio::time::timeout_at(at, turn)
            .await
            .map_err(|_| Rejected::MaxWait {
                wait: max_wait,
                max_wait,
            })
    }

    /// Takes a place in this process's share of the global limit, unless the
    /// request holds one or is exempt from the global limit; else waits for the
    /// next one and returns false. The caller then asks the failover again where
    /// the request goes: a request that waited out an outage in the fallback must
    /// go through Redis once it is back, or the fleet's global window would never
    /// count it (seen: global 429s right after a restart under `FallBack`).
    async fn take_place(
        &self,
        pending: &mut Pending,
        share: &Arc<ShareWindow>,
        patience: Patience,
    ) -> Result<bool, Rejected> {
        if pending.has_place() || pending.key().is_interaction_callback() {
            return Ok(true);
        }
        match share.try_take(Instant::now()) {
            Ok(place) => {
                pending.hold(place);
                Ok(true)
            }
            Err(wait) => self.pause(wait, wait, true, patience).await.map(|()| false),
        }
    }

    /// The local permit. The shared token flag is the truth: when the local guard
    /// still refuses but the flag was reset (by any process) or expired, the local
    /// guard is reset too, so one `reset_invalid_token` reaches every process.
    async fn acquire_local(
        &self,
        key: &RouteKey,
        options: &AcquireOptions,
    ) -> Result<Permit, Rejected> {
        let local = &self.inner.local;
        match local.acquire_with(key, options).await {
            Err(Rejected::InvalidToken) if self.token_reset_elsewhere().await => {
                local.reset_invalid_token().await;
                local.acquire_with(key, options).await
            }
            other => other,
        }
    }

    /// Whether the shared flag no longer says the token is invalid. A 401 of this
    /// process still on its way to Redis, or a Redis that cannot be asked, leaves
    /// the local guard as it is.
    async fn token_reset_elsewhere(&self) -> bool {
        if self.inner.token_writes.load(Ordering::Acquire) > 0 || self.inner.failover.is_down() {
            return false;
        }
        match self.inner.store.token_invalid().await {
            Ok(invalid) => !invalid,
            Err(error) => {
                self.inner.store_failed(&error);
                false
            }
        }
    }

    /// Waits before the next try, or refuses: `wait` is known (`None`: until an
    /// answer in flight), and the next try comes after `wake` (`None`: the poll
    /// interval).
    async fn pause(
        &self,
        wait: Option<Duration>,
        wake: Option<Duration>,
        global: bool,
        patience: Patience,
    ) -> Result<(), Rejected> {
        let now = Instant::now();
        if let (true, Some(wait)) = (patience.reject, wait) {
            return Err(Rejected::RateLimited {
                retry_after: wait,
                global,
            });
        }
        let after = wake.or(wait).map_or(self.inner.poll, |w| {
            w.min(wait.unwrap_or(w)).max(Duration::from_millis(1))
        });
        let mut wake = now + after;
        if let Some(Deadline { at, max_wait }) = patience.deadline {
            match wait {
                // Known to be too long: refuse now rather than after waiting.
                Some(wait) if now + wait > at => return Err(Rejected::MaxWait { wait, max_wait }),
                None if now >= at => {
                    return Err(Rejected::MaxWait {
                        wait: max_wait,
                        max_wait,
                    })
                }
                // One last look at the deadline itself.
                _ => wake = wake.min(at),
            }
        }
        tokio::time::sleep_until(wake).await;
        Ok(())
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

    /// Deletes the shared flag (every process sends again) and this process's own.
    fn reset_invalid_token(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            if let Err(error) = self.inner.store.reset_token().await {
                tracing::warn!(reason = %error.reason(), "could not reset the shared invalid-token flag");
            }
            self.inner.local.reset_invalid_token().await;
        })
    }

    /// The listener hears the local manager's events and this limiter's own
    /// (Redis lost and found again).
    fn add_listener(&self, listener: Arc<dyn RateLimitListener>) {
        self.inner.local.add_listener(listener);
    }
}
