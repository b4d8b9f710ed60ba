//! Redis going away under a fleet of `fleet-worker` processes on one token, and
//! the limiter's keys expiring (issue 9).
//!
//! Each test starts its own `redis-server` on a free port and one `MockDiscord`
//! (Discord's real limits at time scale 1). The restart tests stop Redis part way
//! through a paced run and start it again, empty, on the same port, while the
//! processes keep sending; each process reports how every request ended and when
//! its limiter lost Redis and found it again (its `SharedStoreDown` and
//! `SharedStoreRecovered` events), so the assertions follow each process's own
//! switch instead of guessing from the clock.

#[path = "../fleet/driver.rs"]
#[allow(dead_code)]
mod driver;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use driver::{Outcome, Spec};
use ovend_testkit::{MockDiscord, RedisServer, Stats};
use redis::aio::MultiplexedConnection;

const WORKER: &str = env!("CARGO_BIN_EXE_fleet-worker");
/// Connecting a debug-built worker (and its scripts) takes well under this.
const READY: Duration = Duration::from_secs(30);
/// Every fleet here needs well under 10 s; a hung one is killed after this.
const FINISH: Duration = Duration::from_secs(20);

/// A token shaped as Discord's, so the bot's keys are under `{ovend:<its id>}:`.
const BOT: &str = "ODA4MTk0NzY3MjM4NDM1ODQx.YBz1Tw.secret-of-bot-a";
const BOT_ID: u64 = 808_194_767_238_435_841;

/// The restart fleet: three processes, each sending one message every 50 ms for
/// 5 s (to 50 channels of its own, so no bucket binds): 60 requests a second
/// offered against the token's 50, so the global limit binds throughout, through
/// Redis and in each fallback (a third of 50: 16 a second per process).
const PROCESSES: u64 = 3;
const COUNT: usize = 100;
const INTERVAL_MS: u64 = 50;
/// Short, so each process notices Redis again soon after the restart.
const PROBE_MS: u64 = 200;
const REDIS_TIMEOUT_MS: u64 = 500;
/// Redis is stopped this long after the fleet starts...
const STOP_AFTER: Duration = Duration::from_millis(1_500);
/// ...and started again (empty, same port) this long later.
const DOWN_FOR: Duration = Duration::from_millis(1_500);
/// Requests each process must send through Redis after it found Redis again
/// (it has about 2 s of its 5 s left, 40 requests).
const MIN_AFTER_RECOVERY: usize = 10;

fn restart_specs(policy: &str) -> Vec<Spec> {
    (0..PROCESSES)
        .map(|index| {
            let spec = Spec::new(BOT, "paced", index)
                .count(COUNT)
                .arg("--interval-ms")
                .arg(INTERVAL_MS.to_string())
                .arg("--on-redis-failure")
                .arg(policy)
                .arg("--probe-interval-ms")
                .arg(PROBE_MS.to_string())
                .arg("--redis-timeout-ms")
                .arg(REDIS_TIMEOUT_MS.to_string());
            if policy == "fall-back" {
                spec.arg("--fleet-size").arg(PROCESSES.to_string())
            } else {
                spec
            }
        })
        .collect()
}

async fn mock() -> MockDiscord {
    MockDiscord::builder()
        .token(BOT)
        .start()
        .await
        .expect("start the emulator")
}

/// When Redis went away and came back, from the fleet's start.
#[derive(Debug, Clone, Copy)]
struct Outage {
    stopped: Duration,
    restarted: Duration,
}

/// Runs `specs` as one fleet, stops Redis `STOP_AFTER` after the start and starts
/// it again `DOWN_FOR` later; returns each worker's outcome, the emulator's
/// counters from the start, and when the outage was.
async fn run_with_restart(
    mock: &MockDiscord,
    redis: &mut RedisServer,
    specs: &[Spec],
) -> (Vec<Outcome>, Stats, Outage) {
    let mut fleet = driver::spawn(WORKER, &mock.base_url(), &redis.url(), specs, READY)
        .await
        .expect("the workers connect");
    mock.reset_stats();
    let started = fleet.go().await.expect("the workers start");
    let outage = async {
        tokio::time::sleep_until(tokio::time::Instant::from_std(started + STOP_AFTER)).await;
        redis.stop();
        let stopped = started.elapsed();
        tokio::time::sleep(DOWN_FOR).await;
        redis.restart().await.expect("restart redis-server");
        Outage {
            stopped,
            restarted: started.elapsed(),
        }
    };
    let (outcomes, outage) = tokio::join!(fleet.finish(started, FINISH), outage);
    // An error here is a worker that hung (killed after FINISH) or crashed.
    let outcomes = outcomes.expect("every worker finishes");
    (outcomes, mock.stats(), outage)
}

/// Every request of every worker ended, with an outcome.
fn assert_all_resolved(outcomes: &[Outcome]) {
    assert_eq!(outcomes.len(), PROCESSES as usize);
    for o in outcomes {
        assert_eq!(o.requests, COUNT as u64, "worker {}", o.index);
        assert_eq!(o.ok + o.failed, o.requests, "worker {}", o.index);
        assert_eq!(o.outcomes.len(), COUNT, "worker {}", o.index);
        assert_eq!(o.sent_ms.len(), COUNT, "worker {}", o.index);
        assert_eq!(o.done_ms.len(), COUNT, "worker {}", o.index);
    }
}

/// Each worker's limiter lost Redis once and found it again once, in that
/// order; returns (down, recovered) in ms from the worker's start.
fn switched_once(o: &Outcome) -> (u64, u64) {
    match (o.store_down_ms.as_slice(), o.store_recovered_ms.as_slice()) {
        ([down], [recovered]) if down <= recovered => (*down, *recovered),
        (down, recovered) => panic!(
            "worker {}: the limiter should lose Redis once and find it again once; \
             lost it at {down:?} ms, found it at {recovered:?} ms",
            o.index
        ),
    }
}

/// Indices of the requests a worker sent after its limiter found Redis again.
fn sent_after(o: &Outcome, recovered_ms: u64) -> Vec<usize> {
    (0..o.sent_ms.len())
        .filter(|&n| o.sent_ms[n] > recovered_ms)
        .collect()
}

async fn connect(redis: &RedisServer) -> MultiplexedConnection {
    redis::Client::open(redis.url())
        .expect("a redis URL")
        .get_multiplexed_async_connection()
        .await
        .expect("connect to redis-server")
}

/// Every key on the server with its `PTTL` (ms; -1: no expiry). Keys that
/// expired between `KEYS` and `PTTL` (-2) are left out.
async fn keys_with_ttl(conn: &mut MultiplexedConnection) -> BTreeMap<String, i64> {
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("*")
        .query_async(conn)
        .await
        .expect("KEYS");
    let mut ttls = BTreeMap::new();
    for key in keys {
        let ttl: i64 = redis::cmd("PTTL")
            .arg(&key)
            .query_async(conn)
            .await
            .expect("PTTL");
        if ttl != -2 {
            ttls.insert(key, ttl);
        }
    }
    ttls
}

/// What every key of the bot starts with.
fn bot_namespace() -> String {
    format!("{{ovend:{BOT_ID}}}:")
}

/// The keys without an expiry (`PTTL` -1).
fn without_ttl(keys: &BTreeMap<String, i64>) -> Vec<&str> {
    keys.iter()
        .filter(|(_, ttl)| **ttl == -1)
        .map(|(key, _)| key.as_str())
        .collect()
}

/// The restarted Redis (it came back empty) holds the bot's keys again, each
/// with an expiry: the limiter went back to Redis after the restart.
async fn assert_back_on_redis(redis: &RedisServer) {
    let mut conn = connect(redis).await;
    let keys = keys_with_ttl(&mut conn).await;
    eprintln!(
        "after the restart Redis holds {} keys: {:?}",
        keys.len(),
        keys.keys().take(8).collect::<Vec<_>>()
    );
    let namespace = bot_namespace();
    assert!(
        keys.contains_key(&format!("{namespace}global")),
        "the global window is not in the restarted Redis: the fleet did not go back \
         to Redis; keys: {keys:?}"
    );
    assert!(
        keys.keys()
            .any(|key| key.starts_with(&format!("{namespace}route:"))),
        "no route learned in the restarted Redis; keys: {keys:?}"
    );
    assert!(
        keys.keys().all(|key| key.starts_with(&namespace)),
        "a key outside the bot's namespace: {keys:?}"
    );
    assert_eq!(
        without_ttl(&keys),
        Vec::<&str>::new(),
        "keys written after the restart without an expiry"
    );
}

fn report(policy: &str, outcomes: &[Outcome], stats: &Stats, outage: Outage) {
    eprintln!(
        "{policy}: Redis stopped at {:?}, restarted at {:?} (fleet clock); {stats:?}",
        outage.stopped, outage.restarted
    );
    for o in outcomes {
        eprintln!(
            "  worker {}: {} ok, {} failed {:?}; lost Redis at {:?} ms, found it at {:?} ms; \
             global 429s at {:?} ms, other 429s at {:?} ms; done after {:?}",
            o.index,
            o.ok,
            o.failed,
            o.errors_by_kind,
            o.store_down_ms,
            o.store_recovered_ms,
            o.global_429_ms,
            o.other_429_ms,
            o.wall
        );
    }
}

/// `FailFast`: while Redis is gone every request is refused at once with the
/// limiter's `Unavailable` (none waits, none reaches Discord unchecked), and once
/// a probe finds the restarted Redis every request goes through it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fail_fast_refuses_while_redis_is_down_and_uses_it_again_after_a_restart() {
    let mut redis = RedisServer::start().await.expect("start redis-server");
    let mock = mock().await;
    let specs = restart_specs("fail-fast");
    let (outcomes, stats, outage) = run_with_restart(&mock, &mut redis, &specs).await;
    report("fail-fast", &outcomes, &stats, outage);
    assert_all_resolved(&outcomes);

    let mut ok = 0;
    for o in &outcomes {
        let (_, recovered) = switched_once(o);
        // The only failures are the limiter's refusals while Redis was down.
        assert!(
            o.failed > 0,
            "worker {}: nothing was refused while Redis was down",
            o.index
        );
        assert_eq!(
            o.errors_by_kind,
            BTreeMap::from([("unavailable".to_owned(), o.failed)]),
            "worker {}: failures other than `Unavailable`: {:?}",
            o.index,
            o.errors
        );
        for (n, outcome) in o.outcomes.iter().enumerate() {
            if outcome != "ok" {
                assert!(
                    o.sent_ms[n] <= recovered,
                    "worker {}: request {n}, sent at {} ms after Redis was found again \
                     at {recovered} ms, was refused ({outcome})",
                    o.index,
                    o.sent_ms[n]
                );
            }
        }
        // Everything sent after the limiter found Redis again went through it.
        let after = sent_after(o, recovered);
        assert!(
            after.len() >= MIN_AFTER_RECOVERY,
            "worker {}: only {} requests sent after the recovery at {recovered} ms",
            o.index,
            after.len()
        );
        for n in after {
            assert_eq!(
                o.outcomes[n], "ok",
                "worker {}: request {n}, sent at {} ms after the recovery at {recovered} ms",
                o.index, o.sent_ms[n]
            );
        }
        ok += o.ok;
    }
    // Refused requests never reached Discord, and nothing overdrew a limit.
    assert_eq!(stats.requests, ok, "{stats:?}");
    assert_eq!(stats.responses_2xx, ok, "{stats:?}");
    assert_eq!(stats.rate_limited(), 0, "{stats:?}");
    assert_back_on_redis(&redis).await;
}

/// `FallBack` among 3: while Redis is gone each process limits itself in memory
/// to a third of the global limit, so every request still succeeds and the
/// fleet never draws a global 429; after the restart they go through Redis again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fall_back_keeps_sending_within_the_global_limit_while_redis_restarts() {
    let mut redis = RedisServer::start().await.expect("start redis-server");
    let mock = mock().await;
    let specs = restart_specs("fall-back");
    let (outcomes, stats, outage) = run_with_restart(&mock, &mut redis, &specs).await;
    report("fall-back", &outcomes, &stats, outage);
    assert_all_resolved(&outcomes);

    let mut ok = 0;
    for o in &outcomes {
        let (down, recovered) = switched_once(o);
        assert_eq!(
            (o.ok, o.failed),
            (o.requests, 0),
            "worker {}: {:?} {:?}",
            o.index,
            o.errors_by_kind,
            o.errors
        );
        // The fallback was really used: requests were sent (and succeeded) while
        // this process's limiter had lost Redis.
        let during = o
            .sent_ms
            .iter()
            .filter(|&&sent| down < sent && sent < recovered)
            .count();
        assert!(
            during > 0,
            "worker {}: no request sent between losing Redis at {down} ms and finding it at {recovered} ms",
            o.index
        );
        let after = sent_after(o, recovered).len();
        assert!(
            after >= MIN_AFTER_RECOVERY,
            "worker {}: only {after} requests sent after the recovery at {recovered} ms",
            o.index
        );
        ok += o.ok;
    }
    assert_eq!(stats.responses_2xx, ok, "{stats:?}");
    // The shares add up to 48 of the token's 50 a second, and the fallback's
    // window starts closed and outlasts the recovery by a window and a probe
    // interval ("until everything sent in the current window is counted in
    // Redis", `RedisFailurePolicy::FallBack`), so the fleet never exceeds the
    // global limit. Bucket 429s are counted, not forbidden: in fallback a process
    // knows only the buckets its own local manager learned, so a bucket it had
    // only used through Redis is unknown to it. (Here each process has its own
    // channels, two messages each 2.5 s apart, so none is expected.)
    let global_429_ms: Vec<_> = outcomes.iter().map(|o| &o.global_429_ms).collect();
    let recovered_ms: Vec<_> = outcomes.iter().map(|o| &o.store_recovered_ms).collect();
    assert_eq!(
        stats.rate_limited_global,
        0,
        "the fleet drew global 429s around Redis's restart, at {global_429_ms:?} ms on \
         each worker's clock; the limiters found Redis again at {recovered_ms:?} ms, so \
         the fallback's window stopped applying {} ms later. Seen in every run on \
         eabf93e: a request that began waiting for a place in the fallback's window \
         while Redis was down keeps waiting on that in-memory route after Redis is back \
         (`RedisRateLimiter::acquire_inner`, `Route::Local`: `take_place` loops without \
         asking the route again), so it is sent after the settling time without being \
         counted in Redis's global window; {stats:?}",
        1_000 + PROBE_MS
    );
    eprintln!(
        "fall-back: bucket 429s {}, sublimit 429s {}, shared 429s {}",
        stats.rate_limited_bucket, stats.rate_limited_sublimit, stats.rate_limited_shared
    );
    assert_back_on_redis(&redis).await;
}

/// The idle timeout and lease this test runs with.
const IDLE_MS: u64 = 1_000;
const LEASE_MS: u64 = 1_000;
/// The longest expiry a key may get: a bucket is kept for the idle timeout past
/// the end of its window (at most 5 s for messages at the emulator, as at
/// Discord); the global window for two windows and a lease; leases for two leases.
const LONGEST_TTL_MS: u64 = max(max(IDLE_MS + 5_000, 2 * 1_000 + LEASE_MS), 2 * LEASE_MS);
/// Time given past the longest expiry before an undeleted key fails the test
/// (Redis deletes expired keys when touched or in its background sweep; `KEYS`
/// touches each).
const EXPIRY_SLACK: Duration = Duration::from_secs(2);

const fn max(a: u64, b: u64) -> u64 {
    if a > b {
        a
    } else {
        b
    }
}

/// Every key a fleet writes has an expiry no longer than the idle timeout plus
/// the longest window, and after that the bot's keyspace is empty: nothing a
/// fleet leaves behind stays in Redis for ever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_key_of_a_fleet_expires_after_the_idle_timeout() {
    let redis = RedisServer::start().await.expect("start redis-server");
    let mock = mock().await;
    let short = |spec: Spec| {
        spec.arg("--idle-timeout-ms")
            .arg(IDLE_MS.to_string())
            .arg("--lease-ms")
            .arg(LEASE_MS.to_string())
    };
    // Three paced processes, and one that sends 20 messages at once to 10
    // channels, so requests also wait for unknown buckets and hold leases together.
    let mut specs: Vec<Spec> = (0..PROCESSES)
        .map(|index| {
            short(
                Spec::new(BOT, "paced", index)
                    .count(30)
                    .arg("--interval-ms")
                    .arg("50"),
            )
        })
        .collect();
    specs.push(short(
        Spec::new(BOT, "messages", PROCESSES)
            .count(30)
            .arg("--channels")
            .arg("10"),
    ));
    let mut fleet = driver::spawn(WORKER, &mock.base_url(), &redis.url(), &specs, READY)
        .await
        .expect("the workers connect");
    let started = fleet.go().await.expect("the workers start");
    let outcomes = fleet
        .finish(started, FINISH)
        .await
        .expect("every worker finishes");
    for o in &outcomes {
        assert_eq!(
            (o.ok, o.failed),
            (30, 0),
            "worker {}: {:?}",
            o.index,
            o.errors
        );
    }

    let mut conn = connect(&redis).await;
    let keys = keys_with_ttl(&mut conn).await;
    let namespace = bot_namespace();
    eprintln!("after the fleet Redis holds {} keys:", keys.len());
    let mut kinds = BTreeMap::<&str, (usize, i64)>::new();
    for (key, ttl) in &keys {
        let rest = key.strip_prefix(&namespace).unwrap_or(key);
        let kind = rest.split(':').next().unwrap_or(rest);
        let kind = if rest.ends_with(":leases") {
            "leases"
        } else {
            kind
        };
        let entry = kinds.entry(kind).or_insert((0, i64::MIN));
        entry.0 += 1;
        entry.1 = entry.1.max(*ttl);
    }
    eprintln!("  by kind (count, longest PTTL ms): {kinds:?}");
    assert!(
        keys.contains_key(&format!("{namespace}global")),
        "the fleet wrote no global window: {keys:?}"
    );
    assert!(
        keys.keys().all(|key| key.starts_with(&namespace)),
        "a key outside the bot's namespace: {keys:?}"
    );
    // A key without an expiry would outlive every process of the fleet.
    assert_eq!(
        without_ttl(&keys),
        Vec::<&str>::new(),
        "keys without an expiry (PTTL -1); see which script writes them in \
         ovend-ratelimit/src/redis/*.lua"
    );
    let too_long: Vec<_> = keys
        .iter()
        .filter(|(_, ttl)| **ttl > LONGEST_TTL_MS as i64)
        .collect();
    assert!(
        too_long.is_empty(),
        "keys kept longer than the idle timeout plus the longest window \
         ({LONGEST_TTL_MS} ms): {too_long:?}"
    );

    // Then nothing is left. Polled, so the test takes only as long as the keys live.
    let waiting = Instant::now();
    let deadline = waiting + Duration::from_millis(LONGEST_TTL_MS) + EXPIRY_SLACK;
    loop {
        let left = keys_with_ttl(&mut conn).await;
        if left.is_empty() {
            eprintln!(
                "the keyspace was empty {:?} after the fleet",
                waiting.elapsed()
            );
            break;
        }
        assert!(
            Instant::now() < deadline,
            "keys still in Redis {LONGEST_TTL_MS} ms + {EXPIRY_SLACK:?} after the fleet \
             (PTTL in ms): {left:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
