//! Keeping every process's L1 coherent: invalidations travel through Redis
//! pub/sub.
//!
//! **Publishing.** Every [`RedisCache`] publishes each `delete`,
//! `delete_prefix` and `clear` on its invalidation channel
//! ([`RedisCache::invalidation_channel`]: the namespace followed by
//! `!invalidations`), *after* the keys are gone from Redis, as
//! `ovend-inv/1 <origin> <op> <argument>`: `origin` is the publishing
//! `RedisCache`'s random id (its clones share it), `op` is `key`, `prefix` or
//! `clear`.
//!
//! **Subscribing.** A [`TieredCache::coherent`](crate::TieredCache::coherent)
//! runs one task that subscribes to that channel and applies each message of
//! another origin to its L1 (its own are skipped: the cache applied them
//! already, on the way). A payload that is not such a message (garbage, an
//! unknown version or op, over [`MAX_PAYLOAD`] bytes, not UTF-8) is ignored
//! and counted in [`CoherenceStats::malformed`]; it never ends the task.
//!
//! **When the subscription drops** (Redis restarts, the network fails), the
//! process can no longer vouch for its L1: it may miss invalidations. So the
//! task clears L1 and the cache stops using L1 (reads go to Redis, L2 hits
//! are not copied into L1) until the task has subscribed again, with
//! exponential backoff from [`RECONNECT_MIN`] to [`RECONNECT_MAX`]; on
//! reconnect it clears L1 once more and L1 is used again. A dead peer that
//! sends no FIN or RST is noticed only when the operating system's TCP
//! timeouts end the connection.
//!
//! **Races.** An invalidation bumps a generation counter before it clears L1;
//! a lookup that copies an L2 hit into L1 checks the counter afterwards and
//! drops its copy when it moved, so a value read from Redis just before
//! another process deleted it never settles in L1. What remains is the
//! pub/sub delay itself: between a delete in Redis and its arrival (well
//! under a millisecond on one host), another process may still serve its L1
//! copy.
//!
//! The task holds no reference to the cache, only to its L1 and state; it
//! stops when the last clone of the [`TieredCache`](crate::TieredCache) is
//! dropped.
//!
//! [`RedisCache`]: crate::RedisCache
//! [`RedisCache::invalidation_channel`]: crate::RedisCache::invalidation_channel

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::backend::CacheBackend;
use crate::tiered::L1State;

/// Payloads longer than this are not invalidations of ours.
pub const MAX_PAYLOAD: usize = 64 * 1024;
/// The first wait before subscribing again after the subscription dropped.
pub const RECONNECT_MIN: Duration = Duration::from_millis(50);
/// The longest wait between attempts to subscribe again.
pub const RECONNECT_MAX: Duration = Duration::from_secs(5);
/// How long one attempt to connect and subscribe may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The version tag every message starts with.
const VERSION: &str = "ovend-inv/1";

/// One invalidation, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Op<'a> {
    /// One key.
    Key(&'a str),
    /// Every key with this prefix.
    Prefix(&'a str),
    /// Everything.
    Clear,
}

/// The payload of `op` published by `origin`.
pub(crate) fn encode(origin: u64, op: &Op<'_>) -> String {
    match op {
        Op::Key(key) => format!("{VERSION} {origin:016x} key {key}"),
        Op::Prefix(prefix) => format!("{VERSION} {origin:016x} prefix {prefix}"),
        Op::Clear => format!("{VERSION} {origin:016x} clear "),
    }
}

/// The origin and operation of a payload, if it is one of ours.
pub(crate) fn decode(payload: &[u8]) -> Option<(u64, Op<'_>)> {
    if payload.len() > MAX_PAYLOAD {
        return None;
    }
    let text = std::str::from_utf8(payload).ok()?;
    let mut parts = text.splitn(4, ' ');
    if parts.next()? != VERSION {
        return None;
    }
    let origin = parts.next()?;
    if origin.len() != 16 {
        return None;
    }
    let origin = u64::from_str_radix(origin, 16).ok()?;
    let op = parts.next()?;
    let argument = parts.next()?;
    let op = match op {
        "key" => Op::Key(argument),
        "prefix" => Op::Prefix(argument),
        "clear" if argument.is_empty() => Op::Clear,
        _ => return None,
    };
    Some((origin, op))
}

/// What a coherent [`TieredCache`](crate::TieredCache)'s subscription did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CoherenceStats {
    /// Whether the subscription is live (L1 is in use).
    pub connected: bool,
    /// Times the subscription was established, the first included.
    pub subscriptions: u64,
    /// Invalidations of other origins applied to L1.
    pub applied: u64,
    /// Invalidations of this cache's own origin, skipped.
    pub own: u64,
    /// Payloads that were not invalidations, ignored.
    pub malformed: u64,
}

/// The counters behind [`CoherenceStats`].
#[derive(Debug, Default)]
pub(crate) struct Counters {
    subscriptions: AtomicU64,
    applied: AtomicU64,
    own: AtomicU64,
    malformed: AtomicU64,
}

impl Counters {
    fn add(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

/// A running subscriber; dropping it stops the task.
#[derive(Debug)]
pub(crate) struct Subscriber {
    task: JoinHandle<()>,
    state: Arc<L1State>,
    counters: Arc<Counters>,
}

impl Subscriber {
    /// Starts the task and waits up to `ready` for the first subscription.
    /// When Redis is unreachable the cache still works, without L1, and the
    /// task keeps trying.
    pub(crate) async fn start(
        client: redis::Client,
        channel: String,
        origin: u64,
        l1: Arc<dyn CacheBackend>,
        ready: Duration,
    ) -> Self {
        let state = Arc::new(L1State::new(false));
        let counters = Arc::new(Counters::default());
        let (live_tx, mut live_rx) = watch::channel(false);
        let task = Listener {
            client,
            channel,
            origin,
            l1,
            state: Arc::clone(&state),
            counters: Arc::clone(&counters),
            live_tx,
        };
        let task = tokio::spawn(task.run());
        // Best effort: a timeout only means L1 waits for the subscription.
        let _ = tokio::time::timeout(ready, live_rx.wait_for(|live| *live)).await;
        Self {
            task,
            state,
            counters,
        }
    }

    pub(crate) fn state(&self) -> &Arc<L1State> {
        &self.state
    }

    pub(crate) fn stats(&self) -> CoherenceStats {
        let get = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        CoherenceStats {
            connected: self.state.live(),
            subscriptions: get(&self.counters.subscriptions),
            applied: get(&self.counters.applied),
            own: get(&self.counters.own),
            malformed: get(&self.counters.malformed),
        }
    }
}

impl Drop for Subscriber {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The subscriber task's state.
struct Listener {
    client: redis::Client,
    channel: String,
    origin: u64,
    l1: Arc<dyn CacheBackend>,
    state: Arc<L1State>,
    counters: Arc<Counters>,
    live_tx: watch::Sender<bool>,
}

impl Listener {
    async fn run(self) {
        let mut delay = RECONNECT_MIN;
        loop {
            if let Some(stream) = self.subscribe().await {
                delay = RECONNECT_MIN;
                self.listen(stream).await;
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(RECONNECT_MAX);
        }
    }

    async fn subscribe(&self) -> Option<redis::aio::PubSubStream> {
        let attempt = async {
            let mut pubsub = self.client.get_async_pubsub().await.ok()?;
            pubsub.subscribe(&self.channel).await.ok()?;
            Some(pubsub.into_on_message())
        };
        tokio::time::timeout(CONNECT_TIMEOUT, attempt)
            .await
            .ok()
            .flatten()
    }

    /// Applies messages until the subscription ends; L1 is only in use while
    /// it lasts, and cleared on both edges since invalidations may have been
    /// missed while nobody listened.
    async fn listen(&self, mut stream: redis::aio::PubSubStream) {
        Counters::add(&self.counters.subscriptions);
        self.clear_l1().await;
        self.state.set_live(true);
        self.live_tx.send_replace(true);
        while let Some(message) = stream.next().await {
            self.apply(message.get_payload_bytes()).await;
        }
        self.state.set_live(false);
        self.live_tx.send_replace(false);
        self.clear_l1().await;
    }

    async fn clear_l1(&self) {
        self.state.bump();
        // An L1 that cannot clear cannot be vouched for either, but it is
        // in-process memory: moka's clear does not fail.
        let _ = self.l1.clear().await;
    }

    async fn apply(&self, payload: &[u8]) {
        let Some((origin, op)) = decode(payload) else {
            Counters::add(&self.counters.malformed);
            return;
        };
        if origin == self.origin {
            Counters::add(&self.counters.own);
            return;
        }
        self.state.bump();
        // L1 is in-process; its failures are not actionable here.
        let _ = match op {
            Op::Key(key) => self.l1.delete(key).await,
            Op::Prefix(prefix) => self.l1.delete_prefix(prefix).await,
            Op::Clear => self.l1.clear().await,
        };
        Counters::add(&self.counters.applied);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip() {
        for op in [Op::Key("GET /a b?"), Op::Prefix("GET /a/"), Op::Clear] {
            let text = encode(0xdead_beef, &op);
            assert_eq!(decode(text.as_bytes()), Some((0xdead_beef, op)));
        }
        // Keys may hold spaces: everything after the op is the argument.
        assert_eq!(
            decode(encode(1, &Op::Prefix("GET /x y")).as_bytes()),
            Some((1, Op::Prefix("GET /x y")))
        );
    }

    #[test]
    fn garbage_is_not_a_message() {
        for payload in [
            &b""[..],
            b"hello",
            b"ovend-inv/1",
            b"ovend-inv/1 00000000000000zz key x",
            b"ovend-inv/1 1 key x",
            b"ovend-inv/2 0000000000000001 key x",
            b"ovend-inv/1 0000000000000001 drop x",
            b"ovend-inv/1 0000000000000001 clear x",
            b"ovend-inv/1 0000000000000001 key",
            b"\xff\xfe ovend-inv/1",
        ] {
            assert_eq!(decode(payload), None, "{payload:?}");
        }
        let huge = format!("{VERSION} 0000000000000001 key {}", "x".repeat(MAX_PAYLOAD));
        assert_eq!(decode(huge.as_bytes()), None);
    }

    proptest::proptest! {
        #[test]
        fn any_payload_decodes_or_not_without_panicking(
            payload in proptest::collection::vec(proptest::num::u8::ANY, 0..128),
            text in "ovend-inv/1 [0-9a-f]{14,18} (key|prefix|clear)?.{0,20}",
        ) {
            let _ = decode(&payload);
            let _ = decode(text.as_bytes());
        }
    }
}
