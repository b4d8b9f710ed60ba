//! `RedisRateLimiter` against a real `redis-server` started on a free port.
//!
//! Two limiters on one prefix stand for two processes: the second one's local
//! manager knows nothing, so what it is told comes from Redis alone.
#![cfg(feature = "redis")]

mod common;

use std::time::Duration;

use common::{answered, eventually, key, patient, reject, too_many, window};
use http::Method;
use ovend_ratelimit::{
    Priority, RateLimitHeaders, RateLimitManager, RateLimiter, RedisRateLimiter,
    RedisRateLimiterBuilder, Rejected, Scope,
};
use ovend_testkit::RedisServer;
use redis::aio::MultiplexedConnection;

/// A private redis-server on a free port (killed on drop) and limiters on it.
struct Server(RedisServer);

impl Server {
    async fn start() -> Self {
        Self(RedisServer::start().await.expect("start redis-server"))
    }

    fn builder(&self, prefix: &str) -> RedisRateLimiterBuilder {
        RedisRateLimiter::builder(&self.0.url()).prefix(prefix)
    }

    async fn limiter(&self, prefix: &str, global: u32) -> RedisRateLimiter {
        self.builder(prefix)
            .global_limit(global)
            .connect()
            .await
            .unwrap()
    }

    /// A plain connection, to look at what the limiters stored.
    async fn redis(&self) -> Redis {
        let client = redis::Client::open(self.0.url()).unwrap();
        Redis(client.get_multiplexed_async_connection().await.unwrap())
    }
}

/// Reads the limiter's keys (their layout is the limiter's business; these tests
/// look inside to prove what no public call shows, such as a lease left behind).
struct Redis(MultiplexedConnection);

impl Redis {
    async fn query<T: redis::FromRedisValue>(&self, cmd: &mut redis::Cmd) -> T {
        cmd.query_async(&mut self.0.clone()).await.unwrap()
    }

    /// Leases held in a bucket (`bucket` as in `{prefix}:bucket:{hash}:{major}`).
    async fn leases(&self, bucket: &str) -> u64 {
        self.query(redis::cmd("ZCARD").arg(format!("{bucket}:leases")))
            .await
    }

    /// Leases held in every bucket of `prefix`.
    async fn all_leases(&self, prefix: &str) -> u64 {
        let sets: Vec<String> = self
            .query(redis::cmd("KEYS").arg(format!("{{{prefix}}}:*:leases")))
            .await;
        let mut total = 0;
        for set in sets {
            total += self.query::<u64>(redis::cmd("ZCARD").arg(set)).await;
        }
        total
    }

    async fn remaining(&self, bucket: &str) -> Option<u32> {
        self.query(redis::cmd("HGET").arg(bucket).arg("remaining"))
            .await
    }
}

fn discord(status: u16) -> RateLimitHeaders {
    let mut h = RateLimitHeaders::new(status);
    h.from_discord = true;
    h
}

#[tokio::test]
async fn processes_share_the_global_window() {
    let server = Server::start().await;
    let a = server.limiter("global", 3).await;
    let b = server.limiter("global", 3).await;
    for c in 0..3 {
        let permit = a
            .acquire(
                &key(Method::GET, &format!("/channels/{c}")),
                Priority::Normal,
            )
            .await
            .unwrap();
        permit.complete(&RateLimitHeaders::new(200));
    }
    let err = b
        .acquire_with(&key(Method::GET, "/channels/9"), &reject())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Rejected::RateLimited { global: true, .. }),
        "{err:?}"
    );
    // Interaction callbacks are exempt everywhere.
    let callback = key(Method::POST, "/interactions/1/tok/callback");
    assert!(b.acquire_with(&callback, &reject()).await.is_ok());
}

#[tokio::test]
async fn a_request_held_by_the_fleets_global_window_reports_the_pressure() {
    let server = Server::start().await;
    let a = server.limiter("pressure", 2).await;
    let b = server.limiter("pressure", 2).await;
    let seen = std::sync::Arc::new(parking_lot::Mutex::new(Vec::new()));
    let sink = std::sync::Arc::clone(&seen);
    b.add_listener(std::sync::Arc::new(
        move |event: &ovend_ratelimit::RateLimitEvent| {
            if let ovend_ratelimit::RateLimitEvent::GlobalPressure {
                in_window, limit, ..
            } = event
            {
                sink.lock().push((*in_window, *limit));
            }
        },
    ));
    for c in 0..2 {
        let route = key(Method::GET, &format!("/channels/{c}"));
        a.acquire(&route, Priority::Normal)
            .await
            .unwrap()
            .complete(&RateLimitHeaders::new(200));
    }
    let err = b
        .acquire_with(&key(Method::GET, "/channels/9"), &reject())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Rejected::RateLimited { global: true, .. }),
        "{err:?}"
    );
    assert_eq!(
        *seen.lock(),
        [(2, 2)],
        "one report for the request that waited"
    );
}

#[tokio::test]
async fn processes_share_learned_buckets() {
    let server = Server::start().await;
    let a = server.limiter("bucket", 50).await;
    let b = server.limiter("bucket", 50).await;
    let send = key(Method::POST, "/channels/1/messages");
    a.acquire(&send, Priority::Normal)
        .await
        .unwrap()
        .complete(&window("h", 5, 0, 30_000));
    eventually(|| async {
        matches!(
            b.acquire_with(&send, &reject()).await,
            Err(Rejected::RateLimited { global: false, .. })
        )
    })
    .await;
    assert!(matches!(
        b.acquire_with(&send, &patient(Duration::from_secs(1)))
            .await,
        Err(Rejected::MaxWait { .. })
    ));
    // Another channel is another bucket.
    assert!(b
        .acquire_with(&key(Method::POST, "/channels/2/messages"), &reject())
        .await
        .is_ok());
}

#[tokio::test]
async fn a_learner_in_another_process_holds_the_unknown_bucket() {
    let server = Server::start().await;
    let a = server.limiter("herd", 50).await;
    let b = server.limiter("herd", 50).await;
    let send = key(Method::POST, "/channels/1/messages");
    let learner = a.acquire(&send, Priority::Normal).await.unwrap();
    assert!(matches!(
        b.acquire_with(&send, &patient(Duration::from_millis(60)))
            .await,
        Err(Rejected::MaxWait { .. })
    ));
    learner.complete(&window("h", 5, 4, 30_000));
    eventually(|| async { b.acquire(&send, Priority::Normal).await.is_ok() }).await;
}

/// The ceiling used by the agreement test: small, so its waits are short.
const CEILING: Duration = Duration::from_secs(1);

/// Feeds absurd answers through `first` and checks what `first` and `second`
/// (one manager twice, or two processes on one prefix) then do. Each case has a
/// channel of its own.
async fn absurd_answers_are_bounded<A, B>(first: &A, second: &B)
where
    A: RateLimiter,
    B: RateLimiter,
{
    let route = |c: u32| key(Method::POST, &format!("/channels/{c}/messages"));
    let short = patient(Duration::from_millis(150));
    let soon = patient(CEILING * 3);

    // A limit of 0 and more remaining than the limit: not a window but an unknown
    // bucket, one request at a time (never a 30 s wait, never nine at once).
    for (c, answer) in [
        (1, window("zero", 0, 0, 30_000)),
        (2, window("above", 2, 9, 30_000)),
    ] {
        answered(first, &route(c), &answer).await;
        let only = first.acquire_with(&route(c), &soon).await.unwrap();
        let err = second.acquire_with(&route(c), &short).await.unwrap_err();
        assert!(matches!(err, Rejected::MaxWait { .. }), "{c}: {err:?}");
        only.complete(&window("sane", 5, 4, 30_000));
        drop(second.acquire_with(&route(c), &soon).await.unwrap());
    }

    // A reset 1e9 s away, and a 429 asking for as long: both clamped to the ceiling.
    let decades = 1_000_000_000_000; // 1e9 s in ms
    for (c, answer) in [
        (3, window("late", 1, 0, decades)),
        (4, too_many(Scope::User, 0, decades)),
    ] {
        answered(first, &route(c), &answer).await;
        let bounded = reject().max_wait(CEILING * 3);
        match second.acquire_with(&route(c), &bounded).await {
            Err(Rejected::RateLimited {
                retry_after,
                global: false,
            }) => assert!(retry_after <= CEILING, "{c}: {retry_after:?}"),
            other => panic!("{c}: {other:?}"),
        }
        drop(second.acquire_with(&route(c), &soon).await.unwrap());
    }
}

#[tokio::test]
async fn absurd_answers_are_read_alike_in_memory_and_in_redis() {
    let local = || RateLimitManager::builder().wait_ceiling(CEILING);
    let manager = local().build();
    let server = Server::start().await;
    let a = server
        .builder("absurd")
        .local(local())
        .connect()
        .await
        .unwrap();
    let b = server
        .builder("absurd")
        .local(local())
        .connect()
        .await
        .unwrap();
    tokio::join!(
        absurd_answers_are_bounded(&manager, &manager),
        absurd_answers_are_bounded(&a, &b),
    );
}

#[tokio::test]
async fn unreadable_stored_numbers_never_break_a_take() {
    let server = Server::start().await;
    let redis = server.redis().await;
    let local = RateLimitManager::builder().wait_ceiling(CEILING);
    let a = server
        .builder("corrupt")
        .local(local)
        .connect()
        .await
        .unwrap();
    let send = key(Method::POST, "/channels/1/messages");
    let bucket = "{corrupt}:bucket:h:1";
    answered(&a, &send, &window("h", 5, 5, 30_000)).await;
    eventually(|| async { redis.remaining(bucket).await == Some(5) }).await;
    let bounded = reject().max_wait(CEILING * 3);

    // Written by another version or by hand: an unreadable window is an unknown
    // bucket (one at a time), not a script error.
    let _: () = redis
        .query(redis::cmd("HSET").arg(bucket).arg("remaining").arg("lots"))
        .await;
    let only = a.acquire_with(&send, &bounded).await.unwrap();
    drop(only);

    // A reset centuries away is pulled in to the ceiling.
    let _: () = redis
        .query(
            redis::cmd("HSET")
                .arg(bucket)
                .arg("remaining")
                .arg(0)
                .arg("reset")
                .arg("1e300")
                .arg("block")
                .arg("nan"),
        )
        .await;
    match a.acquire_with(&send, &bounded).await {
        Err(Rejected::RateLimited { retry_after, .. }) => {
            assert!(retry_after <= CEILING, "{retry_after:?}")
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_401_on_a_path_token_route_leaves_the_bot_token_alone() {
    let server = Server::start().await;
    let a = server.limiter("scoped", 50).await;
    let b = server.limiter("scoped", 50).await;
    let reply = key(Method::PATCH, "/webhooks/1/tok/messages/@original");
    let me = key(Method::GET, "/users/@me");
    // An interaction token expired after 15 minutes: that says nothing about the bot.
    answered(&a, &reply, &discord(401)).await;
    // The reply's bucket is unknown: this waits until the 401 was recorded.
    answered(&b, &reply, &discord(200)).await;
    assert!(a.acquire(&me, Priority::Normal).await.is_ok());
    assert!(b.acquire(&me, Priority::Normal).await.is_ok());

    // A 401 on a bot-authenticated route stops every process...
    answered(&a, &me, &discord(401)).await;
    eventually(|| async {
        matches!(
            b.acquire(&key(Method::GET, "/gateway"), Priority::Normal)
                .await,
            Err(Rejected::InvalidToken)
        )
    })
    .await;
    // ...for a while, not forever.
    let redis = server.redis().await;
    let ttl: i64 = redis
        .query(redis::cmd("PTTL").arg("{scoped}:token-invalid"))
        .await;
    assert!(ttl > 0 && ttl <= 600_000, "{ttl}");

    // One reset (in any process) lets every process send again.
    b.reset_invalid_token().await;
    assert!(b.acquire(&me, Priority::Normal).await.is_ok());
    assert!(a.acquire(&me, Priority::Normal).await.is_ok());
}

#[tokio::test]
async fn an_invalid_token_is_relearnt_after_its_ttl() {
    let server = Server::start().await;
    let a = server
        .builder("ttl")
        .invalid_token_ttl(Duration::from_millis(300))
        .connect()
        .await
        .unwrap();
    let me = key(Method::GET, "/users/@me");
    answered(&a, &me, &discord(401)).await;
    assert_eq!(
        a.acquire(&me, Priority::Normal).await.unwrap_err(),
        Rejected::InvalidToken
    );
    // Once the shared flag expired, this process's own flag goes too.
    eventually(|| async { a.acquire(&me, Priority::Normal).await.is_ok() }).await;
}

#[tokio::test]
async fn a_cancelled_request_keeps_its_slot_spent_and_a_released_one_returns_it() {
    let server = Server::start().await;
    let redis = server.redis().await;
    let a = server.limiter("spent", 3).await;
    let b = server.limiter("spent", 3).await;
    let send = key(Method::POST, "/channels/1/messages");
    let bucket = "{spent}:bucket:h:1";
    answered(&a, &send, &window("h", 2, 2, 30_000)).await;
    eventually(|| async { redis.remaining(bucket).await == Some(2) }).await;

    // Never sent: slot and global place are given back.
    b.acquire(&send, Priority::Normal).await.unwrap().release();
    eventually(|| async { redis.leases(bucket).await == 0 }).await;
    assert_eq!(redis.remaining(bucket).await, Some(2));

    // May have been sent: its slot stays spent for every process.
    let sent = b.acquire_with(&send, &reject()).await.unwrap();
    drop(sent);
    eventually(|| async { redis.leases(bucket).await == 0 }).await;
    assert_eq!(redis.remaining(bucket).await, Some(1));
    let _last = a.acquire_with(&send, &reject()).await.unwrap();
    let err = b.acquire_with(&send, &reject()).await.unwrap_err();
    assert!(
        matches!(err, Rejected::RateLimited { global: false, .. }),
        "the bucket is full, not the global window: {err:?}"
    );
}

#[tokio::test]
async fn a_hash_change_carries_the_requests_in_flight() {
    let server = Server::start().await;
    let redis = server.redis().await;
    let a = server.limiter("carry", 50).await;
    let b = server.limiter("carry", 50).await;
    let send = key(Method::POST, "/channels/1/messages");
    answered(&a, &send, &window("old", 5, 5, 30_000)).await;
    let out = a.acquire(&send, Priority::Normal).await.unwrap();
    let changer = a.acquire(&send, Priority::Normal).await.unwrap();
    changer.complete(&window("new", 2, 1, 30_000));
    let new = "{carry}:bucket:new:1";
    eventually(|| async { redis.leases(new).await == 1 }).await;
    // One slot left and one request still out: the new bucket is full.
    let err = b.acquire_with(&send, &reject()).await.unwrap_err();
    assert!(
        matches!(err, Rejected::RateLimited { global: false, .. }),
        "{err:?}"
    );
    // The carried request frees its place in both buckets when it ends.
    out.complete(&window("new", 2, 1, 30_000));
    eventually(|| async { redis.leases(new).await == 0 }).await;
    assert_eq!(redis.leases("{carry}:bucket:old:1").await, 0);
    assert!(b.acquire_with(&send, &reject()).await.is_ok());
}

#[tokio::test]
async fn an_acquire_dropped_mid_take_leaves_no_lease() {
    let server = Server::start().await;
    let redis = server.redis().await;
    let a = server.limiter("dropped", 50).await;
    // An unknown bucket: a lease left behind would hold it for the lease's 60 s.
    let list = key(Method::GET, "/channels/7/messages");
    for i in 0..80u64 {
        let attempt = a.acquire(&list, Priority::Normal);
        if let Ok(Ok(permit)) = tokio::time::timeout(Duration::from_micros(i * 40), attempt).await {
            permit.release();
        }
    }
    eventually(|| async { redis.all_leases("dropped").await == 0 }).await;
    let global: u64 = redis
        .query(redis::cmd("ZCARD").arg("{dropped}:global"))
        .await;
    assert_eq!(global, 0, "no request was sent: no global place is held");
    let _permit = a
        .acquire_with(&list, &patient(Duration::from_secs(2)))
        .await
        .expect("the bucket is free");
    assert_eq!(a.local().stats().in_flight, 1);
}

#[tokio::test]
async fn a_lost_redis_refuses_with_unavailable() {
    let server = Server::start().await;
    let limiter = server
        .builder("s3cret-prefix")
        .redis_timeout(Duration::from_millis(300))
        .connect()
        .await
        .unwrap();
    let send = key(Method::POST, "/channels/1/messages");
    answered(&limiter, &send, &window("h", 5, 4, 30_000)).await;
    drop(server);
    let attempt = limiter.acquire(&send, Priority::Normal);
    let result = tokio::time::timeout(Duration::from_secs(30), attempt)
        .await
        .expect("an unreachable Redis never makes a request hang");
    match result {
        Err(Rejected::Unavailable { reason }) => {
            assert!(
                !reason.contains("s3cret") && !reason.contains("channels"),
                "{reason}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(limiter.local().stats().in_flight, 0);
}

#[tokio::test]
async fn a_proxy_429_teaches_nothing_and_only_cloudflare_bans() {
    let server = Server::start().await;
    let redis = server.redis().await;
    let a = server.limiter("proxy", 50).await;
    let b = server.limiter("proxy", 50).await;
    let send = key(Method::POST, "/channels/1/messages");
    answered(&a, &send, &window("h", 5, 4, 30_000)).await;
    // A proxy's 429: none of Discord's headers, no Cloudflare signature.
    let mut proxy = RateLimitHeaders::new(429);
    proxy.retry_after = Some(Duration::from_secs(30));
    assert!(proxy.is_foreign_429());
    answered(&a, &send, &proxy).await;
    eventually(|| async { redis.leases("{proxy}:bucket:h:1").await == 0 }).await;
    assert!(b.acquire_with(&send, &reject()).await.is_ok());
    assert!(b
        .acquire_with(&key(Method::GET, "/gateway"), &reject())
        .await
        .is_ok());

    let mut ban = RateLimitHeaders::new(429);
    ban.cloudflare = true;
    answered(&a, &send, &ban).await;
    let other = key(Method::GET, "/gateway");
    eventually(|| async {
        matches!(
            b.acquire(&other, Priority::Normal).await,
            Err(Rejected::CloudflareBan { .. })
        )
    })
    .await;
}

/// A request whose global place leaves the window within a few ms is granted in
/// Redis before it leaves and held until it does: it never goes early, and one
/// given up while held gives the place back as it was (still taken until it
/// leaves), so no other process goes early either.
#[tokio::test]
async fn a_request_held_for_its_global_place_never_goes_early() {
    let server = Server::start().await;
    let a = server.limiter("held", 1).await;
    let b = server.limiter("held", 1).await;
    let first = a
        .acquire(&key(Method::GET, "/channels/1"), Priority::Normal)
        .await
        .unwrap();
    // Before the limiter reads its clock: the place leaves no earlier.
    let leaves = std::time::Instant::now() + Duration::from_secs(1);
    first.complete(&discord(200));
    let early = |what: &str| {
        let now = std::time::Instant::now();
        assert!(
            now >= leaves,
            "{what} {:?} before the place left",
            leaves - now
        );
    };
    // Within reach of the place leaving: held, and given up while held.
    tokio::time::sleep(Duration::from_millis(985)).await;
    let given_up = tokio::time::timeout(
        Duration::from_millis(1),
        b.acquire(&key(Method::GET, "/channels/2"), Priority::Normal),
    )
    .await;
    if given_up.is_ok() {
        early("granted");
    }
    match b
        .acquire_with(&key(Method::GET, "/channels/3"), &reject())
        .await
    {
        Ok(permit) => {
            early("granted");
            permit.release();
        }
        Err(err) => assert!(
            matches!(err, Rejected::RateLimited { global: true, .. }),
            "{err:?}"
        ),
    }
    let permit = a
        .acquire(&key(Method::GET, "/channels/4"), Priority::Normal)
        .await
        .unwrap();
    early("granted");
    permit.complete(&discord(200));
}

/// Keeps Redis busy for 150 ms: every other client's call waits behind it.
const BUSY_150_MS: &str = "local t = redis.call('TIME') \
    local start = t[1] * 1000000 + t[2] \
    repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] - start > 150000 \
    return 1";

/// An answer counts from its arrival, not from when Redis ran its script: a
/// completion queued behind another client's slow script must not hold the
/// global place (and every window measured from it) that much longer.
#[tokio::test]
async fn an_answer_recorded_late_counts_from_its_arrival() {
    let server = Server::start().await;
    let busy = server.redis().await;
    let a = server.limiter("late", 1).await;
    let first = a
        .acquire(&key(Method::GET, "/channels/1"), Priority::Normal)
        .await
        .unwrap();
    let blocker = tokio::spawn(async move {
        busy.query::<i64>(redis::cmd("EVAL").arg(BUSY_150_MS).arg(0))
            .await
    });
    // Real time: the slow script must have started before the answer.
    tokio::time::sleep(Duration::from_millis(20)).await;
    let answered = std::time::Instant::now();
    first.complete(&discord(200));
    blocker.await.unwrap();
    let err = a
        .acquire_with(&key(Method::GET, "/channels/2"), &reject())
        .await
        .unwrap_err();
    let Rejected::RateLimited {
        retry_after,
        global: true,
    } = err
    else {
        panic!("{err:?}");
    };
    let leaves = answered.elapsed() + retry_after;
    assert!(
        leaves < Duration::from_millis(1_030),
        "the place leaves {leaves:?} after the answer (the script ran ~130 ms late)"
    );
}
