//! Separate OS processes on one token against one `MockDiscord`, sharing their
//! limits through a real `redis-server` with `RedisRateLimiter` (issue 9).
//!
//! Each test starts its own `redis-server` on a free port (see
//! `ovend_testkit::RedisServer`) and `fleet-worker` processes (`fleet/worker.rs`),
//! started together once all have connected. The emulator runs Discord's real
//! limits at time scale 1, with no added latency.

#[path = "../fleet/driver.rs"]
#[allow(dead_code)]
mod driver;

use std::collections::BTreeSet;
use std::time::Duration;

use driver::{Outcome, Spec};
use ovend_testkit::{MockDiscord, RedisServer, Stats};

const WORKER: &str = env!("CARGO_BIN_EXE_fleet-worker");
/// Connecting a debug-built worker (and its scripts) takes well under this.
const READY: Duration = Duration::from_secs(30);
/// Every fleet here needs a few seconds; a hung one is killed after this.
const FINISH: Duration = Duration::from_secs(60);

/// Tokens shaped as Discord's: the bot's user id in base64, a timestamp, a secret.
const BOT_A: &str = "ODA4MTk0NzY3MjM4NDM1ODQx.YBz1Tw.secret-of-bot-a";
const BOT_A_ID: u64 = 808_194_767_238_435_841;
const BOT_B: &str = "OTk5OTk5OTk5OTk5OTk5OTk5.YBz1Tw.secret-of-bot-b";
const BOT_B_ID: u64 = 999_999_999_999_999_999;

/// Runs `specs` as one fleet and returns each worker's outcome and the
/// emulator's counters from the start of the fleet.
async fn run(mock: &MockDiscord, redis: &RedisServer, specs: &[Spec]) -> (Vec<Outcome>, Stats) {
    let mut fleet = driver::spawn(WORKER, &mock.base_url(), &redis.url(), specs, READY)
        .await
        .expect("the workers connect");
    mock.reset_stats();
    let started = fleet.go().await.expect("the workers start");
    let outcomes = fleet
        .finish(started, FINISH)
        .await
        .expect("every worker finishes");
    (outcomes, mock.stats())
}

fn assert_all_succeeded(outcomes: &[Outcome]) {
    for outcome in outcomes {
        assert_eq!(
            (outcome.ok, outcome.failed),
            (outcome.requests, 0),
            "worker {}: {:?}",
            outcome.index,
            outcome.errors
        );
    }
}

/// Four processes, 75 messages each over 50 channels: 300 messages, so the
/// global 50/s binds (about 6 s), and channels 0–24 receive 8 messages from the
/// fleet, so their 5 per 5 s buckets bind too. No process may draw a global or
/// a bucket 429.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_processes_on_one_token_draw_no_global_or_bucket_429() {
    let redis = RedisServer::start().await.expect("start redis-server");
    let mock = MockDiscord::start().await;
    let specs: Vec<Spec> = (0..4)
        .map(|index| Spec::new(mock.token(), "messages", index).count(75))
        .collect();
    let (outcomes, stats) = run(&mock, &redis, &specs).await;
    eprintln!(
        "fleet of 4 × 75 messages: walls {:?}; {stats:?}",
        outcomes.iter().map(|o| o.wall).collect::<Vec<_>>()
    );
    assert_all_succeeded(&outcomes);
    assert_eq!(stats.responses_2xx, 300, "{stats:?}");
    assert_eq!(stats.rate_limited_global, 0, "global 429s: {stats:?}");
    assert_eq!(stats.rate_limited_bucket, 0, "bucket 429s: {stats:?}");
}

/// Two bots on one Redis and the default prefix, two processes each, 50
/// messages per process: each bot's 100 messages fit its own 50/s in about a
/// second (its 51st message may go one second after its first). Were the two
/// bots one global window, the fleet's 200 messages could not all be sent
/// before 3 s.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_bots_on_the_default_prefix_each_have_their_own_global_limit() {
    let redis = RedisServer::start().await.expect("start redis-server");
    let mock = MockDiscord::builder()
        .token(BOT_A)
        .token(BOT_B)
        .start()
        .await
        .expect("start the emulator");
    let specs = [
        Spec::new(BOT_A, "messages", 0).count(50),
        Spec::new(BOT_A, "messages", 1).count(50),
        Spec::new(BOT_B, "messages", 2).count(50),
        Spec::new(BOT_B, "messages", 3).count(50),
    ];
    let (outcomes, stats) = run(&mock, &redis, &specs).await;
    let slowest = outcomes.iter().map(|o| o.seen_after).max().unwrap();
    eprintln!("two bots, 2 × 2 × 50 messages: all done after {slowest:?}; {stats:?}");
    assert_all_succeeded(&outcomes);
    assert_eq!(stats.responses_2xx, 200, "{stats:?}");
    assert_eq!(stats.rate_limited(), 0, "{stats:?}");
    assert!(
        slowest < Duration::from_millis(2_500),
        "the two bots shared one global window: {slowest:?}"
    );

    // Every key is under one of the two bots' namespaces.
    let client = redis::Client::open(redis.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("*")
        .query_async(&mut conn)
        .await
        .unwrap();
    let namespaces: BTreeSet<&str> = keys
        .iter()
        .filter_map(|key| key.split_once("}:").map(|(namespace, _)| namespace))
        .collect();
    let expected: BTreeSet<String> = [BOT_A_ID, BOT_B_ID]
        .iter()
        .map(|id| format!("{{ovend:{id}"))
        .collect();
    assert_eq!(
        namespaces,
        expected.iter().map(String::as_str).collect(),
        "{keys:?}"
    );
}

/// Four processes rename one channel twice each, at once. Discord allows 2
/// renames per 10 minutes (here at time scale 0.002: 1.2 s) and says so in no
/// header. The first 429 teaches the fleet the sublimit (learned from the
/// fleet's shared history of successes), and every process then waits for the
/// shared lane: one sublimit 429 in all, where processes learning alone draw
/// one each (7 or 8 with this workload).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hidden_sublimit_learned_by_one_process_holds_for_the_fleet() {
    let redis = RedisServer::start().await.expect("start redis-server");
    let mock = MockDiscord::builder()
        .time_scale(0.002)
        .start()
        .await
        .expect("start the emulator");
    let specs: Vec<Spec> = (0..4)
        .map(|index| Spec::new(mock.token(), "renames", index).count(2))
        .collect();
    let (outcomes, stats) = run(&mock, &redis, &specs).await;
    eprintln!("fleet of 4 × 2 renames: {stats:?}");
    assert_all_succeeded(&outcomes);
    assert_eq!(stats.responses_2xx, 8, "{stats:?}");
    assert_eq!(stats.rate_limited_sublimit, 1, "sublimit 429s: {stats:?}");
    assert_eq!(
        stats.rate_limited() - stats.rate_limited_sublimit,
        0,
        "{stats:?}"
    );
}
