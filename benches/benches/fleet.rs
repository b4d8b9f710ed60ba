//! The fleet benchmark: several OS processes on one bot token, sharing their
//! limits through `RedisRateLimiter` on a loopback `redis-server` (issue 9).
//!
//! Each run starts a fresh `redis-server` (free port) and a fresh `MockDiscord`
//! with Discord's real limits, then its `fleet-worker` processes
//! (`benches/fleet/worker.rs`), started together once all have connected:
//!
//! - **messages**: 4 processes × 200 messages over 50 channels (message `i` of
//!   each process to channel `i % 50`), at 0 ms and at 40 ms ± 15 ms. The
//!   fleet's 800 messages need 15 s at the global 50/s, and each channel's 16
//!   need four windows of its 5 per 5 s bucket (15 s), so both bind. *Ideal* is
//!   computed as the load benchmark does (the time the limits allow the last
//!   request, plus one mean round trip); *eff* is ideal / wall.
//! - **single** (a control): the same 800 messages from one process, with its
//!   in-memory `RateLimitManager` and with `RedisRateLimiter`, to tell what the
//!   workload itself allows from what the fleet costs.
//! - **renames**: 4 processes × 2 renames of one channel (Discord's hidden 2 per
//!   10 min), on an emulator at time scale 0.01 as the load benchmark's renames.
//! - **paced**: 4 processes × 100 messages, each process one every 100 ms to
//!   channels of its own, so no limit binds: the acquire times are the limiter's
//!   own cost. Run with `RedisRateLimiter` and, as a baseline, with each
//!   process's own in-memory `RateLimitManager`.
//!
//! Every worker times each `acquire` of its limiter (per attempt, waits
//! included); the percentiles are over the whole fleet. A second line per run
//! counts the fleet's granted acquires in each second from the start.
//!
//! Redis calls are counted from `INFO commandstats` before and after the run
//! (the benchmark's own `INFO` excluded), per request the emulator received.
//! `commandstats` also counts the commands the Lua scripts run, so *round
//! trips* counts only the commands the limiter sends itself and its scripts
//! never call (`EVALSHA`, `EVAL`, `SCRIPT`, `PING`, and `EXEC` for a learned
//! sublimit's transaction). Its other commands cannot be told apart from the
//! scripts' own: `EXISTS` and `DEL` on the invalid-token flag (only after a 401
//! or a reset, none here) and each process's heartbeat `SET` (one a second per
//! process, about 0.08 per request here). *Commands* counts everything Redis
//! ran, the scripts' included.
//!
//! With `OVEND_FLEET_TRACE` set, each run also prints when the emulator answered
//! every request of the channels served last, to see which windows opened late.
//!
//! ```sh
//! cargo bench -p benches --bench fleet            # every run
//! cargo bench -p benches --bench fleet -- renames # one kind: messages, single, renames, paced
//! OVEND_FLEET_NETWORK=40 cargo bench -p benches --bench fleet -- messages  # one network
//! ```
//!
//! The trace also prints the *global step*: the time from each answer to the
//! 50th after it, one cycle of the global window at best (1,000 ms).
//!
//! Under `cargo test` (no `--bench` argument) it only prints how to run it.

#[path = "../fleet/driver.rs"]
#[allow(dead_code)]
mod driver;
#[path = "../common/network.rs"]
mod network;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use driver::{BoxError, Outcome, Spec};
use hdrhistogram::Histogram;
use network::{mock, windows, Network, NETWORKS, NO_LATENCY};
use ovend_testkit::{MockDiscord, RedisServer, Stats};

const WORKER: &str = env!("CARGO_BIN_EXE_fleet-worker");
const PROCESSES: u64 = 4;
const READY: Duration = Duration::from_secs(30);
const FINISH: Duration = Duration::from_secs(300);
/// The load benchmark's time scale for renames: 10 minutes take 6 s.
const RENAME_SCALE: f64 = 0.01;
/// Commands `RedisRateLimiter` sends as calls of its own that its Lua scripts
/// never run (`commandstats` names subcommands `script|load`).
const ROUND_TRIPS: [&str; 5] = ["evalsha", "eval", "script", "ping", "exec"];

fn is_round_trip(command: &str) -> bool {
    let base = command.split('|').next().unwrap_or(command);
    ROUND_TRIPS.contains(&base)
}

/// One measured fleet run.
struct Report {
    name: String,
    network: &'static str,
    wall: Duration,
    ideal: Duration,
    stats: Stats,
    outcomes: Vec<Outcome>,
    /// Redis commands per command name, during the run.
    redis_calls: BTreeMap<String, u64>,
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    if !std::env::args().any(|arg| arg == "--bench") {
        println!("fleet benchmark: run it with `cargo bench -p benches --bench fleet`");
        return Ok(());
    }
    let only = std::env::args().skip(1).find(|arg| !arg.starts_with("--"));
    let selected = |name: &str| only.as_deref().is_none_or(|only| name.contains(only));
    // `OVEND_FLEET_NETWORK=40` runs only the networks whose name contains it.
    let wanted = std::env::var("OVEND_FLEET_NETWORK").ok();
    let networks = NETWORKS
        .into_iter()
        .filter(|n| wanted.as_deref().is_none_or(|w| n.name.contains(w)));
    for network in networks.clone() {
        if selected("messages") {
            print_report(&messages(network, PROCESSES, "redis").await?);
        }
        if selected("renames") {
            print_report(&renames(network).await?);
        }
    }
    // The same 800 messages from one process: what the workload allows without
    // a fleet, with the in-memory limiter and with the Redis one.
    for network in networks {
        if selected("single") {
            print_report(&messages(network, 1, "memory").await?);
            print_report(&messages(network, 1, "redis").await?);
        }
    }
    if selected("paced") {
        print_report(&paced("redis").await?);
        print_report(&paced("memory").await?);
    }
    Ok(())
}

/// 800 messages over 50 channels, one token, from `processes` processes that
/// use `limiter`. Message `i` of each process goes to channel `i % 50`.
async fn messages(
    network: Network,
    processes: u64,
    limiter: &'static str,
) -> Result<Report, BoxError> {
    const TOTAL: u32 = 800;
    const CHANNELS: u32 = 50;
    let per_process = TOTAL / processes as u32;
    let per_channel = per_process.div_ceil(CHANNELS) * processes as u32;
    let global = windows(TOTAL, 50, Duration::from_secs(1));
    let ideal = global.max(windows(per_channel, 5, Duration::from_secs(5)));
    let mock = mock(network).start().await?;
    let specs: Vec<Spec> = (0..processes)
        .map(|index| {
            Spec::new(mock.token(), "messages", index)
                .count(per_process as usize)
                .arg("--channels")
                .arg(CHANNELS.to_string())
                .arg("--limiter")
                .arg(limiter)
        })
        .collect();
    measure(
        format!("{processes} × {per_process} messages, {CHANNELS} channels ({limiter})"),
        network,
        &mock,
        ideal,
        &specs,
    )
    .await
}

/// 4 × 2 renames of one channel: the hidden 2 per 10 minutes binds.
async fn renames(network: Network) -> Result<Report, BoxError> {
    const PER_PROCESS: u32 = 2;
    let total = PER_PROCESS * PROCESSES as u32;
    let ideal = windows(total, 2, Duration::from_secs(600)).mul_f64(RENAME_SCALE);
    let mock = mock(network).time_scale(RENAME_SCALE).start().await?;
    let specs: Vec<Spec> = (0..PROCESSES)
        .map(|index| Spec::new(mock.token(), "renames", index).count(PER_PROCESS as usize))
        .collect();
    measure(
        format!("{PROCESSES} × {PER_PROCESS} renames, one channel"),
        network,
        &mock,
        ideal,
        &specs,
    )
    .await
}

/// 4 × 100 messages, one per 100 ms per process to its own channels.
async fn paced(limiter: &'static str) -> Result<Report, BoxError> {
    const PER_PROCESS: u32 = 100;
    const INTERVAL_MS: u32 = 100;
    let ideal = Duration::from_millis(u64::from((PER_PROCESS - 1) * INTERVAL_MS));
    let mock = mock(NO_LATENCY).start().await?;
    let specs: Vec<Spec> = (0..PROCESSES)
        .map(|index| {
            Spec::new(mock.token(), "paced", index)
                .count(PER_PROCESS as usize)
                .arg("--interval-ms")
                .arg(INTERVAL_MS.to_string())
                .arg("--limiter")
                .arg(limiter)
        })
        .collect();
    measure(
        format!("{PROCESSES} × {PER_PROCESS} paced ({limiter})"),
        NO_LATENCY,
        &mock,
        ideal,
        &specs,
    )
    .await
}

/// Runs one fleet on a fresh `redis-server`, counting the Redis calls it makes.
async fn measure(
    name: String,
    network: Network,
    mock: &MockDiscord,
    ideal: Duration,
    specs: &[Spec],
) -> Result<Report, BoxError> {
    let redis = RedisServer::start().await?;
    let mut fleet = driver::spawn(WORKER, &mock.base_url(), &redis.url(), specs, READY).await?;
    let client = redis::Client::open(redis.url())?;
    let mut conn = client.get_multiplexed_async_connection().await?;
    let before = command_calls(&mut conn).await?;
    mock.reset_stats();
    let started = fleet.go().await?;
    let outcomes = fleet.finish(started, FINISH).await?;
    let stats = mock.stats();
    if std::env::var_os("OVEND_FLEET_TRACE").is_some() {
        trace_latest_channels(mock, started);
    }
    // Every worker has exited: its answers' updates are written.
    let after = command_calls(&mut conn).await?;
    let redis_calls = after
        .into_iter()
        .filter(|(command, _)| command != "info")
        .map(|(command, calls)| {
            let earlier = before.get(&command).copied().unwrap_or(0);
            (command, calls.saturating_sub(earlier))
        })
        .filter(|(_, calls)| *calls > 0)
        .collect();
    let wall = outcomes
        .iter()
        .map(|o| o.finished)
        .max()
        .unwrap_or_default();
    Ok(Report {
        name,
        network: network.name,
        wall,
        ideal: ideal + network.latency,
        stats,
        outcomes,
        redis_calls,
    })
}

/// Calls per command since the server started, from `INFO commandstats`.
async fn command_calls(
    conn: &mut redis::aio::MultiplexedConnection,
) -> Result<BTreeMap<String, u64>, BoxError> {
    let info: String = redis::cmd("INFO")
        .arg("commandstats")
        .query_async(conn)
        .await?;
    let mut calls = BTreeMap::new();
    for line in info.lines() {
        // cmdstat_evalsha:calls=10,usec=...,...
        let Some((command, fields)) = line
            .strip_prefix("cmdstat_")
            .and_then(|rest| rest.split_once(':'))
        else {
            continue;
        };
        let count = fields
            .split(',')
            .find_map(|field| field.strip_prefix("calls="))
            .and_then(|n| n.parse::<u64>().ok())
            .ok_or_else(|| format!("unreadable commandstats line: {line}"))?;
        calls.insert(command.to_owned(), count);
    }
    Ok(calls)
}

fn print_report(report: &Report) {
    let efficiency = report.ideal.as_secs_f64() / report.wall.as_secs_f64();
    let s = &report.stats;
    let failed: u64 = report.outcomes.iter().map(|o| o.failed).sum();
    let ok: u64 = report.outcomes.iter().map(|o| o.ok).sum();
    // Up to an hour in microseconds (an auto-resizing histogram would clamp
    // `saturating_record` to its current, tiny, range).
    let mut acquire = Histogram::<u64>::new_with_bounds(1, 3_600_000_000, 3).expect("valid bounds");
    for sample in report.outcomes.iter().flat_map(|o| &o.acquire_us) {
        acquire.saturating_record(*sample);
    }
    let ms = |micros: u64| micros as f64 / 1000.0;
    let commands: u64 = report.redis_calls.values().sum();
    let round_trips: u64 = report
        .redis_calls
        .iter()
        .filter(|(command, _)| is_round_trip(command))
        .map(|(_, calls)| calls)
        .sum();
    let per_request = |calls: u64| calls as f64 / s.requests.max(1) as f64;
    let breakdown: Vec<String> = report
        .redis_calls
        .iter()
        .filter(|(command, _)| is_round_trip(command))
        .map(|(command, calls)| format!("{command} {calls}"))
        .collect();
    println!(
        "{:<34} {:<9} wall {:>8.3}s ideal {:>8.3}s eff {:>5.3} | 429 bucket {} global {} sublimit {} shared {} | sent {} ok {ok} failed {failed} | acquire p50 {:.3} ms p99 {:.3} ms max {:.3} ms (n {}) | redis round trips {:.2}/request ({}), commands {:.2}/request",
        report.name,
        report.network,
        report.wall.as_secs_f64(),
        report.ideal.as_secs_f64(),
        efficiency,
        s.rate_limited_bucket,
        s.rate_limited_global,
        s.rate_limited_sublimit,
        s.rate_limited_shared,
        s.requests,
        ms(acquire.value_at_quantile(0.5)),
        ms(acquire.value_at_quantile(0.99)),
        ms(acquire.max()),
        acquire.len(),
        per_request(round_trips),
        breakdown.join(", "),
        per_request(commands),
    );
    // Where the time went: the fleet's grants in each second from the start.
    let mut per_second = Vec::new();
    for ms in report.outcomes.iter().flat_map(|o| &o.grant_ms) {
        let second = usize::try_from(ms / 1000).unwrap_or(usize::MAX).min(3600);
        if per_second.len() <= second {
            per_second.resize(second + 1, 0);
        }
        per_second[second] += 1;
    }
    let per_second: Vec<String> = per_second.iter().map(u32::to_string).collect();
    println!("    grants per second: {}", per_second.join(" "));
    for outcome in report.outcomes.iter().filter(|o| o.failed > 0) {
        eprintln!(
            "  worker {}: {} failed: {:?}",
            outcome.index, outcome.failed, outcome.errors
        );
    }
}

/// With `OVEND_FLEET_TRACE` set: when the emulator answered each request of the
/// channels served last, in milliseconds from `go`, to see which windows opened
/// late.
fn trace_latest_channels(mock: &MockDiscord, started: Instant) {
    let mut by_path: BTreeMap<String, Vec<u128>> = BTreeMap::new();
    for request in mock.recorded() {
        let ms = request
            .answered
            .saturating_duration_since(started)
            .as_millis();
        by_path.entry(request.path).or_default().push(ms);
    }
    // Each place of the global window against the one it followed: the k-th
    // answer and the (k + 50)-th, one cycle apart at best.
    let mut all: Vec<u128> = by_path.values().flatten().copied().collect();
    all.sort_unstable();
    let mut steps: Vec<u128> = all.windows(51).map(|w| w[50] - w[0]).collect();
    steps.sort_unstable();
    if !steps.is_empty() {
        let mean = steps.iter().sum::<u128>() as f64 / steps.len() as f64;
        let at = |q: usize| steps[(steps.len() - 1) * q / 100];
        eprintln!(
            "    global step (answer k to k + 50): mean {mean:.1} ms, p10 {} p50 {} p90 {} max {}",
            at(10),
            at(50),
            at(90),
            at(100)
        );
    }
    let mut rows: Vec<(String, Vec<u128>)> = by_path.into_iter().collect();
    rows.sort_by_key(|(_, times)| std::cmp::Reverse(times.iter().max().copied()));
    for (path, mut times) in rows.into_iter().take(8) {
        times.sort_unstable();
        eprintln!("    {path}: {times:?}");
    }
}
