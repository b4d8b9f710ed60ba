//! Coherent tiered caches over a real `redis-server`: what one cache
//! invalidates, every other cache's L1 drops, across tasks and across OS
//! processes; a Redis restart clears L1; garbage on the channel is ignored.
#![cfg(feature = "redis")]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Duration;

use bytes::Bytes;
use ovend_cache::{CacheBackend, MemoryCache, RedisCache, TieredCache};
use ovend_testkit::RedisServer;

const TTL: Duration = Duration::from_secs(60);
const KEY: &str = "GET /channels/1?";
/// How long an invalidation may take to reach another L1 before a test fails.
const PROPAGATION: Duration = Duration::from_secs(5);

fn b(s: &str) -> Bytes {
    Bytes::copy_from_slice(s.as_bytes())
}

async fn redis(url: &str) -> RedisCache {
    RedisCache::builder()
        .namespace("coherence:")
        .connect(url)
        .await
        .expect("connect to the test redis-server")
}

/// A coherent tiered cache over `url` with its own L1; the L1 is returned too.
async fn tiered(url: &str) -> (TieredCache, MemoryCache) {
    let l1 = MemoryCache::new();
    let cache = TieredCache::coherent(l1.clone(), redis(url).await)
        .await
        .expect("a connected RedisCache");
    assert_eq!(cache.coherence().map(|c| c.connected), Some(true));
    (cache, l1)
}

/// Waits until `l1` no longer holds `key`; false if it still does after
/// [`PROPAGATION`].
async fn dropped(l1: &MemoryCache, key: &str) -> bool {
    let deadline = tokio::time::Instant::now() + PROPAGATION;
    while tokio::time::Instant::now() < deadline {
        if l1.get(key).await.unwrap().is_none() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    false
}

/// Polls `check` until it holds or [`PROPAGATION`] passes.
async fn eventually(mut check: impl FnMut() -> bool) -> bool {
    let deadline = tokio::time::Instant::now() + PROPAGATION;
    while tokio::time::Instant::now() < deadline {
        if check() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

#[tokio::test]
async fn a_write_in_one_cache_is_not_served_stale_by_anothers_l1() {
    let server = RedisServer::start().await.expect("start redis-server");
    let (one, _) = tiered(&server.url()).await;
    let (two, two_l1) = tiered(&server.url()).await;
    one.set(KEY, b("v1"), TTL).await.unwrap();
    assert_eq!(two.get(KEY).await.unwrap(), Some(b("v1")));
    assert!(two_l1.get(KEY).await.unwrap().is_some(), "promoted into L1");

    // A mutation in `one` invalidates by prefix: `two`'s L1 copy goes too.
    one.delete_prefix("GET /channels/1?").await.unwrap();
    assert!(dropped(&two_l1, KEY).await, "two's L1 kept a stale copy");
    assert_eq!(two.get(KEY).await.unwrap(), None);

    // Single keys and clears travel the same way.
    one.set(KEY, b("v2"), TTL).await.unwrap();
    assert_eq!(two.get(KEY).await.unwrap(), Some(b("v2")));
    one.delete(KEY).await.unwrap();
    assert!(dropped(&two_l1, KEY).await);
    one.set(KEY, b("v3"), TTL).await.unwrap();
    assert_eq!(two.get(KEY).await.unwrap(), Some(b("v3")));
    one.clear().await.unwrap();
    assert!(dropped(&two_l1, KEY).await);

    // Each skips its own news and applies the other's. `one` hears its own
    // news on its subscription, which may lag behind `two`'s: wait for it.
    let counted = eventually(|| {
        let (a, b) = (one.coherence().unwrap(), two.coherence().unwrap());
        a.own >= 3 && b.applied >= 3
    })
    .await;
    let (a, b) = (one.coherence().unwrap(), two.coherence().unwrap());
    assert!(counted, "{a:?} {b:?}");
    assert_eq!(a.applied, 0, "{a:?}");
}

#[tokio::test]
async fn a_plain_redis_cache_without_l1_invalidates_other_l1s() {
    let server = RedisServer::start().await.expect("start redis-server");
    let (cache, l1) = tiered(&server.url()).await;
    let writer = redis(&server.url()).await;
    cache.set(KEY, b("v"), TTL).await.unwrap();
    writer.delete_prefix("GET /channels/").await.unwrap();
    assert!(dropped(&l1, KEY).await);
}

#[tokio::test]
async fn garbage_on_the_channel_is_ignored_and_counted() {
    let server = RedisServer::start().await.expect("start redis-server");
    let (cache, l1) = tiered(&server.url()).await;
    cache.set(KEY, b("v"), TTL).await.unwrap();
    let channel = redis(&server.url()).await.invalidation_channel().to_owned();
    let client = redis::Client::open(server.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let huge = vec![b'x'; 200_000];
    let garbage: [&[u8]; 6] = [
        b"",
        b"\xff\xfe\x00",
        b"ovend-inv/1 zzzz key GET /channels/1?",
        b"ovend-inv/9 0000000000000001 clear ",
        b"ovend-inv/1 0000000000000001 explode GET /",
        &huge,
    ];
    for payload in garbage {
        redis::cmd("PUBLISH")
            .arg(&channel)
            .arg(payload)
            .query_async::<u64>(&mut conn)
            .await
            .unwrap();
    }
    assert!(
        eventually(|| cache.coherence().unwrap().malformed == 6).await,
        "{:?}",
        cache.coherence()
    );
    assert_eq!(l1.get(KEY).await.unwrap(), Some(b("v")), "L1 untouched");
    // The subscriber lives on: a real invalidation still arrives.
    redis(&server.url()).await.delete(KEY).await.unwrap();
    assert!(dropped(&l1, KEY).await);
    assert!(cache.coherence().unwrap().connected);
}

#[tokio::test]
async fn a_redis_restart_clears_l1_and_resubscribes() {
    let mut server = RedisServer::start().await.expect("start redis-server");
    let (one, one_l1) = tiered(&server.url()).await;
    let (two, two_l1) = tiered(&server.url()).await;
    one.set(KEY, b("before"), TTL).await.unwrap();
    assert!(one_l1.get(KEY).await.unwrap().is_some());

    server.restart().await.expect("restart redis-server");
    // L1 may have missed invalidations while nobody listened: it is cleared
    // and used again only once the subscription is back.
    assert!(
        eventually(|| {
            let stats = one.coherence().unwrap();
            stats.connected && stats.subscriptions >= 2
        })
        .await,
        "{:?}",
        one.coherence()
    );
    assert_eq!(one_l1.get(KEY).await.unwrap(), None, "L1 was cleared");
    assert!(eventually(|| two.coherence().unwrap().subscriptions >= 2).await);

    // After the restart, invalidations flow again. (The first command on each
    // command connection may fail while its ConnectionManager reconnects.)
    let deadline = tokio::time::Instant::now() + PROPAGATION;
    while one.set(KEY, b("after"), TTL).await.is_err() || two.get(KEY).await.is_err() {
        assert!(tokio::time::Instant::now() < deadline, "Redis is back");
    }
    assert_eq!(two.get(KEY).await.unwrap(), Some(b("after")));
    assert!(two_l1.get(KEY).await.unwrap().is_some());
    one.delete(KEY).await.unwrap();
    assert!(dropped(&two_l1, KEY).await);
}

#[tokio::test]
async fn without_its_subscription_a_cache_does_not_use_l1() {
    let mut server = RedisServer::start().await.expect("start redis-server");
    let (cache, l1) = tiered(&server.url()).await;
    cache.set(KEY, b("v"), TTL).await.unwrap();
    server.stop();
    assert!(eventually(|| !cache.coherence().unwrap().connected).await);
    assert!(
        dropped(&l1, KEY).await,
        "L1 cleared when the subscription dropped"
    );
    // Redis is gone and L1 cannot be vouched for: no answer from L1.
    l1.set(KEY, b("unvouched"), TTL).await.unwrap();
    assert!(
        cache.get(KEY).await.is_err(),
        "reads go to Redis, which is down"
    );
}

#[tokio::test]
async fn the_subscriber_stops_when_the_cache_is_dropped() {
    let server = RedisServer::start().await.expect("start redis-server");
    let (cache, _) = tiered(&server.url()).await;
    let channel = redis(&server.url()).await.invalidation_channel().to_owned();
    let client = redis::Client::open(server.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let subscribers = || {
        let channel = channel.clone();
        let mut conn = conn.clone();
        async move {
            let (_, n): (String, u64) = redis::cmd("PUBSUB")
                .arg("NUMSUB")
                .arg(&channel)
                .query_async::<Vec<(String, u64)>>(&mut conn)
                .await
                .unwrap()
                .remove(0);
            n
        }
    };
    assert_eq!(subscribers().await, 1);
    let clone = cache.clone();
    drop(cache);
    assert_eq!(subscribers().await, 1, "a clone keeps it");
    drop(clone);
    let deadline = tokio::time::Instant::now() + PROPAGATION;
    while subscribers().await != 0 {
        assert!(tokio::time::Instant::now() < deadline, "still subscribed");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Keep the connection used above alive until here.
    let _: () = redis::cmd("PING").query_async(&mut conn).await.unwrap();
}

#[tokio::test]
async fn a_cache_without_a_client_cannot_be_coherent() {
    let server = RedisServer::start().await.expect("start redis-server");
    let client = redis::Client::open(server.url()).unwrap();
    let conn = client.get_connection_manager().await.unwrap();
    let bare = RedisCache::builder().build(conn);
    assert!(TieredCache::coherent(MemoryCache::new(), bare)
        .await
        .is_err());
}

// ---------------------------------------------------------------------------
// Two OS processes. The test binary runs itself again as a child that serves
// one coherent tiered cache over stdin/stdout; the parent drives two children.

/// Set in a child: the Redis URL to serve a cache on.
const CHILD_ENV: &str = "OVEND_CACHE_COHERENCE_CHILD";
/// Prefix of a child's answer lines (libtest prints its own lines around them).
const ANSWER: &str = "child> ";

/// In a child: reads `set KEY VALUE`, `get KEY`, `l1 KEY`, `delete_prefix
/// PREFIX` and `quit` lines and answers each with one line. Elsewhere it does
/// nothing.
#[tokio::test]
async fn child_process() {
    let Ok(url) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (cache, l1) = tiered(&url).await;
    println!("{ANSWER}ready");
    // Read asynchronously: the subscriber task runs on this same thread.
    let mut lines =
        tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(tokio::io::stdin()));
    while let Ok(Some(line)) = lines.next_line().await {
        let (command, rest) = line.split_once(' ').unwrap_or((&line, ""));
        let answer = match command {
            "set" => {
                let (key, value) = rest.rsplit_once(' ').unwrap();
                cache.set(key, b(value), TTL).await.unwrap();
                "ok".to_owned()
            }
            "get" => show(cache.get(rest).await.unwrap()),
            "l1" => show(l1.get(rest).await.unwrap()),
            "delete_prefix" => {
                cache.delete_prefix(rest).await.unwrap();
                "ok".to_owned()
            }
            _ => break,
        };
        println!("{ANSWER}{answer}");
        std::io::stdout().flush().unwrap();
    }
}

fn show(value: Option<Bytes>) -> String {
    value.map_or("miss".to_owned(), |v| {
        format!("hit {}", String::from_utf8_lossy(&v))
    })
}

/// A child process and its pipes; killed on drop.
struct Peer {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Peer {
    fn spawn(url: &str) -> Self {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "child_process",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, url)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("run the test binary as a child");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut peer = Self {
            child,
            stdin,
            stdout,
        };
        assert_eq!(peer.answer(), "ready");
        peer
    }

    fn answer(&mut self) -> String {
        let mut line = String::new();
        loop {
            line.clear();
            let read = self.stdout.read_line(&mut line).unwrap();
            assert!(read > 0, "the child exited");
            // libtest may print its own text before ours on the same line.
            if let Some((_, answer)) = line.trim_end().split_once(ANSWER) {
                return answer.to_owned();
            }
        }
    }

    fn ask(&mut self, command: &str) -> String {
        writeln!(self.stdin, "{command}").unwrap();
        self.stdin.flush().unwrap();
        self.answer()
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        // Best effort: the child may have exited already.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn two_processes_each_with_its_own_l1_stay_coherent() {
    let server = RedisServer::start().await.expect("start redis-server");
    let url = server.url();
    tokio::task::spawn_blocking(move || {
        let mut one = Peer::spawn(&url);
        let mut two = Peer::spawn(&url);
        assert_ne!(one.child.id(), two.child.id());
        assert_eq!(one.ask(&format!("set {KEY} v1")), "ok");
        assert_eq!(two.ask(&format!("get {KEY}")), "hit v1");
        assert_eq!(two.ask(&format!("l1 {KEY}")), "hit v1", "promoted");

        // A write in one: the other's L1 must not serve the old copy.
        assert_eq!(one.ask("delete_prefix GET /channels/1?"), "ok");
        let deadline = std::time::Instant::now() + PROPAGATION;
        while two.ask(&format!("l1 {KEY}")) != "miss" {
            assert!(std::time::Instant::now() < deadline, "stale in two's L1");
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(two.ask(&format!("get {KEY}")), "miss");

        // And the other way round.
        assert_eq!(two.ask(&format!("set {KEY} v2")), "ok");
        assert_eq!(one.ask(&format!("get {KEY}")), "hit v2");
        assert_eq!(two.ask("delete_prefix GET /channels/"), "ok");
        let deadline = std::time::Instant::now() + PROPAGATION;
        while one.ask(&format!("l1 {KEY}")) != "miss" {
            assert!(std::time::Instant::now() < deadline, "stale in one's L1");
            std::thread::sleep(Duration::from_millis(5));
        }
    })
    .await
    .unwrap();
}
