//! The shared state's only door: the three Lua scripts and the token flag, each
//! call bounded by the limiter's Redis timeout.

use std::future::Future;
use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::{FromRedisValue, RedisError, Script, ScriptInvocation};

use tokio::time::Instant;

use super::answer::{Answer, LaneLesson};
use super::clock::RedisClock;
use super::keys::{Keys, RouteKeys};
use super::lane::{learn, shared_lane, SharedLane};
use super::millis;
use crate::sublimit::Sublimit;
use crate::RouteKey;

/// A random number, from the standard library's per-process random hash keys.
fn random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish()
}

/// The heartbeat of limiter `instance`: its key, alive for [`ALIVE_TTL`].
fn beat(keys: &Keys, instance: &str) -> redis::Cmd {
    let mut cmd = redis::cmd("SET");
    cmd.arg(format!("{}{instance}", keys.alive_base()))
        .arg(1)
        .arg("PX")
        .arg(millis(ALIVE_TTL));
    cmd
}

/// Every script is the shared prelude (`common.lua`) followed by its body.
macro_rules! script {
    ($file:literal) => {
        Script::new(concat!(include_str!("common.lua"), include_str!($file)))
    };
}

/// Why the shared state could not be read or changed.
#[derive(Debug)]
pub(super) enum StoreError {
    Redis(RedisError),
    /// No answer within the timeout (Redis down, reconnecting, overloaded).
    Timeout(Duration),
}

impl StoreError {
    /// What failed, for [`Rejected::Unavailable`](crate::Rejected::Unavailable):
    /// the error's kind only, never a key (or a script's text).
    pub(super) fn reason(&self) -> String {
        match self {
            Self::Timeout(after) => format!("Redis did not answer within {after:?}"),
            Self::Redis(err) if err.is_connection_refusal() => {
                "Redis refused the connection".to_owned()
            }
            Self::Redis(err) if err.is_timeout() => "the Redis connection timed out".to_owned(),
            Self::Redis(err) if err.is_connection_dropped() => {
                "the connection to Redis was lost".to_owned()
            }
            Self::Redis(err) => match err.code() {
                Some(code) => format!("Redis error: {} ({code})", err.category()),
                None => format!("Redis error: {}", err.category()),
            },
        }
    }
}

/// What `take.lua` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Take {
    /// A lease was taken in `bucket` at `at_ms` (Redis's clock); the request
    /// goes after `hold`, when the global place reserved for it leaves the
    /// window (zero: at once).
    Granted {
        bucket: String,
        at_ms: u64,
        hold: Duration,
    },
    /// The bucket (`global: false`) or the global window is full: wait `wait`
    /// (`None`: until an answer in flight arrives), and ask again after `wake`
    /// (at most `wait`; `None`: poll).
    Full {
        wait: Option<Duration>,
        wake: Option<Duration>,
        global: bool,
    },
    Banned(Duration),
    TokenInvalid,
    /// The fleet's invalid requests in the rolling window reached the limit.
    InvalidLimit(u32),
}

/// One granted lease, as `complete.lua` needs it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Lease<'a> {
    pub(super) id: &'a str,
    /// The bucket it was taken in.
    pub(super) bucket: &'a str,
    /// The grant's instant on Redis's clock.
    pub(super) granted_ms: u64,
    /// The limiter that took it.
    pub(super) instance: &'a str,
    /// When its answer arrived.
    pub(super) answered: Instant,
}

/// Limits and durations the scripts are given.
#[derive(Debug, Clone)]
pub(super) struct Settings {
    pub(super) global_limit: u32,
    pub(super) lease: Duration,
    pub(super) idle: Duration,
    pub(super) token_ttl: Duration,
    pub(super) timeout: Duration,
    /// The local manager's `wait_ceiling`: no wait stored or returned exceeds it.
    pub(super) ceiling: Duration,
    /// The local manager's Cloudflare ban duration.
    pub(super) ban: Duration,
    /// The local manager's reaction pacing.
    pub(super) reaction_interval: Duration,
    /// The local manager's invalid-request limit and window, applied to the
    /// fleet's count.
    pub(super) invalid_limit: u32,
    pub(super) invalid_window: Duration,
}

/// How long a heartbeat key lives: a process silent this long is taken for dead
/// and its leases stop counting at their bucket's window end. A beat goes every
/// fifth of it, so a busy host must stall a process for seconds to lose it.
pub(super) const ALIVE_TTL: Duration = Duration::from_secs(5);

/// The global window, in ms: Discord's second (both scripts measure it).
const GLOBAL_WINDOW_MS: u64 = 1000;

/// The connection, the scripts and the key names.
pub(super) struct Store {
    /// In this crate's tests, the instant (ms) the scripts take as now instead of
    /// Redis's `TIME`.
    #[cfg(test)]
    pub(super) clock: Option<std::sync::Arc<std::sync::atomic::AtomicU64>>,
    conn: ConnectionManager,
    keys: Keys,
    take: Script,
    complete: Script,
    end: Script,
    /// Redis's clock as the takes' replies bound it (see `clock.rs`).
    redis_clock: RedisClock,
    pub(super) settings: Settings,
}

impl Store {
    /// Loads the scripts (so the first requests do not pay for a `NOSCRIPT`) and
    /// draws this limiter's instance name, which makes its lease ids unique
    /// among every process on the prefix. It is 128 random bits rather than a
    /// counter in Redis: process ids repeat across hosts, and a counter would be
    /// a key without an expiry (and would count from 1 again after a restart
    /// while limiters holding the old numbers still run).
    pub(super) async fn new(
        conn: ConnectionManager,
        keys: Keys,
        settings: Settings,
    ) -> Result<(Self, String), RedisError> {
        let store = Self {
            #[cfg(test)]
            clock: None,
            conn,
            keys,
            take: script!("take.lua"),
            complete: script!("complete.lua"),
            end: script!("end.lua"),
            redis_clock: RedisClock::new(),
            settings,
        };
        let mut conn = store.conn.clone();
        for script in [&store.take, &store.complete, &store.end] {
            script.prepare_invoke().load_async(&mut conn).await?;
        }
        let instance = format!("{:x}{:x}", random(), random());
        // Alive from the start, so no take reaps this limiter's first leases.
        beat(&store.keys, &instance)
            .query_async::<()>(&mut conn)
            .await?;
        Ok((store, instance))
    }

    /// The scripts' last argument: empty, so they read Redis's `TIME`.
    #[cfg(not(test))]
    #[allow(clippy::unused_self)]
    fn clock(&self) -> &'static str {
        ""
    }

    /// The scripts' last argument: a test's virtual instant, if it set one.
    #[cfg(test)]
    fn clock(&self) -> String {
        self.clock
            .as_ref()
            .map(|ms| ms.load(std::sync::atomic::Ordering::SeqCst).to_string())
            .unwrap_or_default()
    }

    /// Whether the scripts read Redis's `TIME` (a test's virtual instant is no
    /// clock to bound).
    fn on_redis_time(&self) -> bool {
        self.clock().is_empty()
    }

    /// When an answer that arrived at `answered` arrived on Redis's clock, at
    /// the latest (ms), or empty when the clock is not bounded yet.
    fn answered_on_redis(&self, answered: Instant) -> String {
        self.redis_clock
            .redis_ms(answered)
            .filter(|_| self.on_redis_time())
            .map(|ms| ms.to_string())
            .unwrap_or_default()
    }

    pub(super) fn prefix(&self) -> &str {
        self.keys.prefix()
    }

    /// The keys of a request on `key` classed now (a delete's lane by its age).
    pub(super) fn route_keys(&self, key: &RouteKey) -> (RouteKeys, SharedLane) {
        let lane = shared_lane(
            &self.keys,
            key,
            Instant::now(),
            self.settings.reaction_interval,
        );
        (self.keys.route(key), lane)
    }

    /// Runs one script invocation, bounded by the timeout.
    async fn run<T: FromRedisValue>(&self, call: &ScriptInvocation<'_>) -> Result<T, StoreError> {
        let mut conn = self.conn.clone();
        self.bounded(call.invoke_async(&mut conn)).await
    }

    /// Runs one command, bounded by the timeout.
    async fn query<T: FromRedisValue>(&self, cmd: &redis::Cmd) -> Result<T, StoreError> {
        let mut conn = self.conn.clone();
        self.bounded(cmd.query_async(&mut conn)).await
    }

    /// A Redis call that gives up after the timeout: the connection manager may be
    /// retrying a lost connection with backoff for many seconds.
    async fn bounded<T>(
        &self,
        call: impl Future<Output = redis::RedisResult<T>>,
    ) -> Result<T, StoreError> {
        let timeout = self.settings.timeout;
        match tokio::time::timeout(timeout, call).await {
            Ok(result) => result.map_err(StoreError::Redis),
            Err(_) => Err(StoreError::Timeout(timeout)),
        }
    }

    /// Tries to take lease `lease` for a request on `key`.
    pub(super) async fn take(
        &self,
        key: &RouteKey,
        (route, lane): (&RouteKeys, &SharedLane),
        lease: &str,
    ) -> Result<Take, StoreError> {
        let mut call = self.take.prepare_invoke();
        call.key(&route.route)
            .key(&route.provisional)
            .key(self.keys.key("global"))
            .key(self.keys.key("global-block"))
            .key(self.keys.key("ban"))
            .key(self.keys.key("token-invalid"))
            .key(&lane.key)
            .key(self.keys.key("invalid"))
            .key(self.keys.key("global-line"))
            .key(self.keys.key("global-seen"))
            .key(self.keys.key("global-served"))
            .key(&route.neighbours)
            .key(self.keys.key("global-reserved"))
            .arg(self.keys.bucket_base())
            .arg(&route.major)
            .arg(self.settings.global_limit)
            .arg(GLOBAL_WINDOW_MS)
            .arg(lease)
            .arg(u8::from(key.is_interaction_callback()))
            .arg(millis(self.settings.lease).max(1))
            .arg(millis(self.settings.idle).max(1))
            .arg(millis(self.settings.ceiling).max(1))
            .arg(lane.mode as u8)
            .arg(millis(lane.pace))
            .arg(self.keys.alive_base())
            .arg(self.settings.invalid_limit)
            .arg(millis(self.settings.invalid_window).max(1))
            .arg(u8::from(key.uses_path_token()))
            .arg(self.clock());
        let sent = Instant::now();
        let (code, ms, bucket, at_ms, wake): (i64, i64, String, u64, i64) = self.run(&call).await?;
        if self.on_redis_time() {
            self.redis_clock.sample(sent, at_ms);
        }
        // Every wait is bounded by take.lua; a negative one means "until an answer".
        let wait = u64::try_from(ms).ok().map(Duration::from_millis);
        Ok(match code {
            0 => Take::Granted {
                bucket,
                at_ms,
                // At most EARLY_MS from take.lua; bounded here all the same.
                hold: wait.unwrap_or_default().min(self.settings.ceiling),
            },
            3 => Take::Banned(wait.unwrap_or_default()),
            4 => Take::TokenInvalid,
            5 => Take::InvalidLimit(u32::try_from(ms).unwrap_or(u32::MAX)),
            code => Take::Full {
                wait,
                wake: u64::try_from(wake).ok().map(Duration::from_millis),
                global: code == 2,
            },
        })
    }

    /// Ends lease `lease` (taken in `bucket` at `granted_ms`) and records
    /// `answer`; `floor` is this process's round-trip floor. After a sublimit
    /// 429, learns the sublimit from the lane's shared history and stores it.
    pub(super) async fn complete(
        &self,
        (route, lane): (&RouteKeys, &SharedLane),
        lease: &Lease<'_>,
        answer: &Answer,
        floor: Duration,
    ) -> Result<(), StoreError> {
        let (mode, limit, remaining, reset_after, wait) = answer.args();
        let (lane_lesson, lane_wait) = answer.lane.args();
        let mut call = self.complete.prepare_invoke();
        call.key(lease.bucket)
            .key(&route.route)
            .key(&route.provisional)
            .key(self.keys.key("global"))
            .key(self.keys.key("global-block"))
            .key(self.keys.key("ban"))
            .key(self.keys.key("token-invalid"))
            .key(&lane.key)
            .key(self.keys.key("floors"))
            .key(self.keys.key("invalid"))
            .key(&route.neighbours)
            .arg(lease.id)
            .arg(self.keys.bucket_base())
            .arg(&route.major)
            .arg(answer.hash.as_deref().unwrap_or(""))
            .arg(mode)
            .arg(limit)
            .arg(remaining)
            .arg(reset_after)
            .arg(wait)
            .arg(millis(self.settings.ban).max(1))
            .arg(u8::from(answer.unauthorized))
            .arg(millis(self.settings.idle).max(1))
            .arg(millis(self.settings.lease).max(1))
            .arg(millis(self.settings.token_ttl).max(1))
            .arg(lane_lesson)
            .arg(lane_wait)
            .arg(millis(floor))
            .arg(lease.instance)
            .arg(u8::from(answer.invalid))
            .arg(millis(self.settings.invalid_window).max(1))
            .arg(lease.granted_ms)
            .arg(millis(lease.answered.elapsed()))
            .arg(GLOBAL_WINDOW_MS)
            .arg(self.answered_on_redis(lease.answered))
            .arg(
                answer
                    .window_end
                    .map(|ms| ms.to_string())
                    .unwrap_or_default(),
            )
            .arg(self.clock());
        let reply: Vec<u64> = self.run(&call).await?;
        let LaneLesson::Sublimit { wait } = answer.lane else {
            return Ok(());
        };
        match reply.split_first() {
            Some((now_ms, history)) => match learn(history, *now_ms, wait) {
                Some(learned) => self.store_sublimit(lane, learned).await,
                None => Ok(()),
            },
            None => Ok(()),
        }
    }

    /// Stores a learned sublimit for every process (the lane was blocked by the
    /// 429 meanwhile, so nothing went through it unlearned).
    async fn store_sublimit(&self, lane: &SharedLane, learned: Sublimit) -> Result<(), StoreError> {
        // A window of 0 ms limits nothing, as in memory.
        let window = millis(learned.window);
        let keep = window.max(millis(self.settings.idle)).max(1);
        let mut pipe = redis::pipe();
        pipe.atomic()
            .hset_multiple(
                &lane.key,
                &[("allowed", u64::from(learned.allowed)), ("window", window)],
            )
            .ignore()
            .pexpire(&lane.key, i64::try_from(keep).unwrap_or(i64::MAX))
            .ignore();
        let mut conn = self.conn.clone();
        self.bounded(pipe.query_async::<()>(&mut conn)).await
    }

    /// Says this process is alive, for [`ALIVE_TTL`] (see `take.lua`'s `reap`).
    pub(super) async fn beat(&self, instance: &str) -> Result<(), StoreError> {
        self.query::<()>(&beat(&self.keys, instance)).await
    }

    /// Ends lease `lease` without an answer: `spent` if the request may have been
    /// sent (its slot stays used), else its slot is returned.
    pub(super) async fn end(
        &self,
        (route, lane): (&RouteKeys, &SharedLane),
        bucket: &str,
        lease: &str,
        spent: bool,
    ) -> Result<(), StoreError> {
        let mut call = self.end.prepare_invoke();
        call.key(bucket)
            .key(&route.route)
            .key(&route.provisional)
            .key(self.keys.key("global"))
            .key(&lane.key)
            .key(self.keys.key("global-reserved"))
            .arg(lease)
            .arg(self.keys.bucket_base())
            .arg(&route.major)
            .arg(u8::from(spent))
            .arg(GLOBAL_WINDOW_MS)
            .arg(self.clock());
        self.run::<i64>(&call).await.map(drop)
    }

    /// Whether Redis answers at all (the probe of a limiter that lost it).
    pub(super) async fn ping(&self) -> Result<(), StoreError> {
        self.query::<String>(&redis::cmd("PING")).await.map(drop)
    }

    /// Whether some process saw the bot token rejected (and the flag has not expired).
    pub(super) async fn token_invalid(&self) -> Result<bool, StoreError> {
        let mut cmd = redis::cmd("EXISTS");
        cmd.arg(self.keys.key("token-invalid"));
        self.query(&cmd).await
    }

    /// Forgets that the bot token was rejected, for every process.
    pub(super) async fn reset_token(&self) -> Result<(), StoreError> {
        let mut cmd = redis::cmd("DEL");
        cmd.arg(self.keys.key("token-invalid"));
        self.query::<i64>(&cmd).await.map(drop)
    }
}
