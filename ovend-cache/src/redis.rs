//! L2: a cache shared by every process, in Redis.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use crate::backend::{CacheBackend, CacheError, CacheStats, ValueWithTtl};
use crate::coherence::{encode, Op};
use crate::counters::Counters;

/// Where keys live unless configured: `ovend:cache:<key>`.
pub const DEFAULT_NAMESPACE: &str = "ovend:cache:";

/// Appended to the namespace to name the invalidation channel.
const CHANNEL_SUFFIX: &str = "!invalidations";

/// Keys removed per `UNLINK` and asked for per `SCAN` step.
const SCAN_BATCH: usize = 500;

fn backend_error(error: redis::RedisError) -> CacheError {
    CacheError::Backend(error.to_string())
}

/// `text` with Redis glob metacharacters escaped, so `SCAN MATCH` takes it literally
/// (paths may hold `?` and `[`).
fn escape_glob(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A cache in Redis, shared by every process that uses the same server and
/// namespace.
///
/// Every key is stored under the namespace prefix; values expire through
/// `SET … PX`; prefix deletes walk `SCAN MATCH` and `UNLINK` in batches; `clear`
/// removes this namespace only. The connection is a [`ConnectionManager`], which
/// reconnects on its own. Counters are this process's own; `entries` and
/// `memory_bytes` are not tracked (see [`RedisCache::len`]).
///
/// Every removal (`delete`, `delete_prefix`, `clear`) is also published on
/// [`invalidation_channel`](Self::invalidation_channel), once the keys are
/// gone, so the L1 of every process's
/// [`TieredCache::coherent`](crate::TieredCache::coherent) drops them too
/// (see there for what a subscriber does), as `ovend-inv/1 <origin> <op>
/// <argument>`: `origin` is this cache's random id in 16 hex digits (shared by
/// its clones), `op` is `key`, `prefix` or `clear`, and the argument is the
/// key or prefix (empty for `clear`).
#[derive(Clone)]
pub struct RedisCache {
    conn: ConnectionManager,
    /// For the pub/sub connection of a coherent tiered cache; `None` when
    /// built from a bare connection.
    client: Option<redis::Client>,
    namespace: Arc<str>,
    channel: Arc<str>,
    /// Tags what this cache (and its clones) publishes.
    origin: u64,
    counters: Arc<Counters>,
}

impl RedisCache {
    /// Connects to `url` (e.g. `redis://127.0.0.1:6379`) with the default namespace.
    pub async fn connect(url: &str) -> Result<Self, CacheError> {
        Self::builder().connect(url).await
    }

    /// Starts configuring a cache.
    pub fn builder() -> RedisCacheBuilder {
        RedisCacheBuilder {
            namespace: DEFAULT_NAMESPACE.to_owned(),
            response_timeout: Duration::from_secs(2),
            connection_timeout: Duration::from_secs(5),
            connect_retries: 2,
        }
    }

    /// The key prefix of this cache.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// The pub/sub channel removals are published on: the namespace followed
    /// by `!invalidations`.
    pub fn invalidation_channel(&self) -> &str {
        &self.channel
    }

    /// The random id that tags what this cache (and its clones) publishes.
    pub(crate) fn origin(&self) -> u64 {
        self.origin
    }

    /// The client to open a subscription with, if known.
    pub(crate) fn client(&self) -> Option<&redis::Client> {
        self.client.as_ref()
    }

    /// Tells every subscriber that `op` happened. Called after the removal
    /// itself, so a subscriber that reads Redis after hearing of it never
    /// finds the old value.
    async fn publish(&self, op: Op<'_>) -> Result<(), CacheError> {
        let mut conn = self.conn.clone();
        redis::cmd("PUBLISH")
            .arg(&*self.channel)
            .arg(encode(self.origin, &op))
            .query_async::<()>(&mut conn)
            .await
            .map_err(backend_error)
    }

    /// Live entries in this namespace (a full `SCAN`: for diagnostics, not hot paths).
    pub async fn len(&self) -> Result<u64, CacheError> {
        let mut count = 0;
        self.scan(&self.pattern(""), |keys| {
            count += keys.len() as u64;
            async { Ok(()) }
        })
        .await?;
        Ok(count)
    }

    /// Whether this namespace holds no entries.
    pub async fn is_empty(&self) -> Result<bool, CacheError> {
        Ok(self.len().await? == 0)
    }

    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.namespace)
    }

    fn pattern(&self, prefix: &str) -> String {
        format!("{}{}*", escape_glob(&self.namespace), escape_glob(prefix))
    }

    /// Walks every key matching `pattern`, batch by batch.
    async fn scan<F, Fut>(&self, pattern: &str, mut each: F) -> Result<(), CacheError>
    where
        F: FnMut(Vec<Vec<u8>>) -> Fut,
        Fut: std::future::Future<Output = Result<(), CacheError>>,
    {
        let mut conn = self.conn.clone();
        let mut cursor: u64 = 0;
        loop {
            let (next, keys): (u64, Vec<Vec<u8>>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(pattern)
                .arg("COUNT")
                .arg(SCAN_BATCH)
                .query_async(&mut conn)
                .await
                .map_err(backend_error)?;
            if !keys.is_empty() {
                each(keys).await?;
            }
            if next == 0 {
                return Ok(());
            }
            cursor = next;
        }
    }

    async fn unlink_matching(&self, prefix: &str) -> Result<(), CacheError> {
        let pattern = self.pattern(prefix);
        self.scan(&pattern, |keys| async move {
            let mut conn = self.conn.clone();
            let removed: u64 = redis::cmd("UNLINK")
                .arg(keys)
                .query_async(&mut conn)
                .await
                .map_err(backend_error)?;
            self.counters.invalidated(removed);
            Ok(())
        })
        .await
    }

    async fn lookup(&self, key: &str) -> Result<Option<ValueWithTtl>, CacheError> {
        let started = Instant::now();
        let mut conn = self.conn.clone();
        let key = self.key(key);
        // One round trip for the value and the time it has left.
        let (value, pttl): (Option<Vec<u8>>, i64) = redis::pipe()
            .cmd("GET")
            .arg(&key)
            .cmd("PTTL")
            .arg(&key)
            .query_async(&mut conn)
            .await
            .map_err(backend_error)?;
        self.counters.lookup(value.is_some(), started.elapsed());
        // PTTL: -1 no expiry, -2 gone (expired between the two commands).
        let left = u64::try_from(pttl).ok().map(Duration::from_millis);
        Ok(value.map(|v| (Bytes::from(v), left)))
    }
}

impl fmt::Debug for RedisCache {
    // The URL (which may hold a password) is never kept, so never printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisCache")
            .field("namespace", &self.namespace)
            .finish_non_exhaustive()
    }
}

impl CacheBackend for RedisCache {
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
        Box::pin(async move { Ok(self.lookup(key).await?.map(|(value, _)| value)) })
    }

    fn get_with_ttl<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<ValueWithTtl>, CacheError>> {
        Box::pin(self.lookup(key))
    }

    fn set<'a>(
        &'a self,
        key: &'a str,
        value: Bytes,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            let millis = u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX);
            if millis == 0 {
                return self.delete(key).await;
            }
            let mut conn = self.conn.clone();
            redis::cmd("SET")
                .arg(self.key(key))
                .arg(value.as_ref())
                .arg("PX")
                .arg(millis)
                .query_async::<()>(&mut conn)
                .await
                .map_err(backend_error)?;
            self.counters.insert();
            Ok(())
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            // One round trip: the key goes first, then the news of it.
            let (removed, _receivers): (u64, u64) = redis::pipe()
                .cmd("UNLINK")
                .arg(self.key(key))
                .cmd("PUBLISH")
                .arg(&*self.channel)
                .arg(encode(self.origin, &Op::Key(key)))
                .query_async(&mut conn)
                .await
                .map_err(backend_error)?;
            self.counters.invalidated(removed);
            Ok(())
        })
    }

    fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
        Box::pin(async move {
            self.unlink_matching(prefix).await?;
            self.publish(Op::Prefix(prefix)).await
        })
    }

    fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
        Box::pin(async move {
            self.unlink_matching("").await?;
            self.publish(Op::Clear).await
        })
    }

    fn stats(&self) -> CacheStats {
        self.counters.stats()
    }
}

/// Configures a [`RedisCache`].
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `connect` or `build` is called"]
pub struct RedisCacheBuilder {
    namespace: String,
    response_timeout: Duration,
    connection_timeout: Duration,
    connect_retries: usize,
}

impl RedisCacheBuilder {
    /// The key prefix (default [`DEFAULT_NAMESPACE`]); caches with different
    /// namespaces on one server never see each other's keys.
    pub fn namespace(mut self, namespace: impl Into<String>) -> Self {
        self.namespace = namespace.into();
        self
    }

    /// How long one command may take before it fails (default 2 s).
    pub fn response_timeout(mut self, timeout: Duration) -> Self {
        self.response_timeout = timeout;
        self
    }

    /// How long connecting may take (default 5 s).
    pub fn connection_timeout(mut self, timeout: Duration) -> Self {
        self.connection_timeout = timeout;
        self
    }

    /// How many times a failed (re)connection is retried, with exponential backoff
    /// capped at one second, before a command fails (default 2).
    pub fn connect_retries(mut self, retries: usize) -> Self {
        self.connect_retries = retries;
        self
    }

    /// Connects to `url` (e.g. `redis://127.0.0.1:6379`).
    pub async fn connect(self, url: &str) -> Result<RedisCache, CacheError> {
        // The URL may carry a password: errors describe the failure, not the URL.
        let client = redis::Client::open(url)
            .map_err(|e| CacheError::Config(format!("invalid redis URL: {}", e.category())))?;
        let config = ConnectionManagerConfig::new()
            .set_response_timeout(self.response_timeout)
            .set_connection_timeout(self.connection_timeout)
            .set_number_of_retries(self.connect_retries)
            .set_max_delay(1_000);
        let conn = client
            .get_connection_manager_with_config(config)
            .await
            .map_err(backend_error)?;
        let mut cache = self.build(conn);
        cache.client = Some(client);
        Ok(cache)
    }

    /// Uses an existing connection. Such a cache publishes its removals, but
    /// cannot back a [`TieredCache::coherent`](crate::TieredCache::coherent),
    /// which needs to open a subscription: use [`connect`](Self::connect).
    pub fn build(self, conn: ConnectionManager) -> RedisCache {
        let channel = format!("{}{CHANNEL_SUFFIX}", self.namespace);
        RedisCache {
            conn,
            client: None,
            namespace: self.namespace.into(),
            channel: channel.into(),
            origin: random_origin(),
            counters: Arc::default(),
        }
    }
}

/// A random id: the standard library's per-process random hash keys, mixed
/// with the process id, the time and a counter, so two caches in one process
/// or in two processes differ.
fn random_origin() -> u64 {
    use std::hash::BuildHasher;
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos());
    std::collections::hash_map::RandomState::new().hash_one((
        std::process::id(),
        nanos,
        NEXT.fetch_add(1, Ordering::Relaxed),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_metacharacters_are_escaped() {
        assert_eq!(escape_glob("GET /a?b=[1]*\\"), "GET /a\\?b=\\[1\\]\\*\\\\");
    }
}
