//! The shared state's only door: the three Lua scripts and the token flag, each
//! call bounded by the limiter's Redis timeout.

use std::future::Future;
use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::{FromRedisValue, RedisError, Script, ScriptInvocation};

use super::answer::Answer;
use super::keys::{Keys, RouteKeys};
use super::millis;
use crate::RouteKey;

/// A random number, from the standard library's per-process random hash keys.
fn random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish()
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
    /// A lease was taken in `bucket`.
    Granted {
        bucket: String,
    },
    /// The bucket (`global: false`) or the global window is full: wait `wait`
    /// (`None`: until an answer in flight arrives).
    Full {
        wait: Option<Duration>,
        global: bool,
    },
    Banned(Duration),
    TokenInvalid,
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
}

/// The connection, the scripts and the key names.
pub(super) struct Store {
    conn: ConnectionManager,
    keys: Keys,
    take: Script,
    complete: Script,
    end: Script,
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
            conn,
            keys,
            take: script!("take.lua"),
            complete: script!("complete.lua"),
            end: script!("end.lua"),
            settings,
        };
        let mut conn = store.conn.clone();
        for script in [&store.take, &store.complete, &store.end] {
            script.prepare_invoke().load_async(&mut conn).await?;
        }
        Ok((store, format!("{:x}{:x}", random(), random())))
    }

    pub(super) fn prefix(&self) -> &str {
        self.keys.prefix()
    }

    pub(super) fn route_keys(&self, key: &RouteKey) -> RouteKeys {
        self.keys.route(key)
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
        route: &RouteKeys,
        lease: &str,
    ) -> Result<Take, StoreError> {
        let mut call = self.take.prepare_invoke();
        call.key(&route.route)
            .key(&route.provisional)
            .key(self.keys.key("global"))
            .key(self.keys.key("global-block"))
            .key(self.keys.key("ban"))
            .key(self.keys.key("token-invalid"))
            .arg(self.keys.bucket_base())
            .arg(&route.major)
            .arg(self.settings.global_limit)
            .arg(1000)
            .arg(lease)
            .arg(u8::from(key.is_interaction_callback()))
            .arg(millis(self.settings.lease).max(1))
            .arg(millis(self.settings.idle).max(1))
            .arg(millis(self.settings.ceiling).max(1));
        let (code, ms, bucket): (i64, i64, String) = self.run(&call).await?;
        // Every wait is bounded by take.lua; a negative one means "until an answer".
        let wait = u64::try_from(ms).ok().map(Duration::from_millis);
        Ok(match code {
            0 => Take::Granted { bucket },
            3 => Take::Banned(wait.unwrap_or_default()),
            4 => Take::TokenInvalid,
            code => Take::Full {
                wait,
                global: code == 2,
            },
        })
    }

    /// Ends lease `lease` (taken in `bucket`) and records `answer`.
    pub(super) async fn complete(
        &self,
        route: &RouteKeys,
        bucket: &str,
        lease: &str,
        answer: &Answer,
    ) -> Result<(), StoreError> {
        let (mode, limit, remaining, reset_after, wait) = answer.args();
        let mut call = self.complete.prepare_invoke();
        call.key(bucket)
            .key(&route.route)
            .key(&route.provisional)
            .key(self.keys.key("global"))
            .key(self.keys.key("global-block"))
            .key(self.keys.key("ban"))
            .key(self.keys.key("token-invalid"))
            .arg(lease)
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
            .arg(millis(self.settings.token_ttl).max(1));
        self.run::<i64>(&call).await.map(drop)
    }

    /// Ends lease `lease` (taken in `bucket`) without an answer: `spent` if the
    /// request may have been sent (its slot stays used), else its slot is returned.
    pub(super) async fn end(
        &self,
        route: &RouteKeys,
        bucket: &str,
        lease: &str,
        spent: bool,
    ) -> Result<(), StoreError> {
        let mut call = self.end.prepare_invoke();
        call.key(bucket)
            .key(&route.route)
            .key(&route.provisional)
            .key(self.keys.key("global"))
            .arg(lease)
            .arg(self.keys.bucket_base())
            .arg(&route.major)
            .arg(u8::from(spent));
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
