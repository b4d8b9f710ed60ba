//! The multi-process workload: 4 OS processes × 200 messages over 50 channels
//! on one bot token and one `MockDiscord` (message `i` of each process to
//! channel `i % 50`), all sent at once once every process is ready.
//!
//! ovend's processes are the fleet benchmark's `fleet-worker`s, sharing their
//! limits through `RedisRateLimiter` on a fresh `redis-server`. twilight-http is
//! a dev-dependency, so no bin can use it: for raw reqwest and twilight the
//! comparison binary starts copies of itself with `--worker raw|twilight`
//! ([`worker`]), which speak the same protocol as `fleet-worker` (print
//! `ready`, wait for a line on stdin, run, print one JSON line, exit), so one
//! parent ([`crate::driver`]) starts and collects every fleet. Those two have
//! nothing to share limits through: each process limits (or not) on its own.

use std::io::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ovend_testkit::RedisServer;
use serde_json::json;

use crate::clients::{RawDriver, TwilightDriver};
use crate::driver::{self, Spec};
use crate::go;
use crate::ideal::{Limit, Plan};
use crate::network::{self, Network};
use crate::types::{Call, ClientKind, Driver, Run};
use crate::workloads::{failures, timeline, BoxError, Floors, CHANNEL, RECORD_CAPACITY};

/// The workload's name in reports.
pub(crate) const FLEET: &str = "4 processes × 200 messages, 50 channels";
const PROCESSES: u64 = 4;
const PER_PROCESS: usize = 200;
const CHANNELS: usize = 50;
/// ovend's worker process (`benches/fleet/worker.rs`).
const OVEND_WORKER: &str = env!("CARGO_BIN_EXE_fleet-worker");
const READY: Duration = Duration::from_secs(30);
const FINISH: Duration = Duration::from_secs(300);

/// The argument that turns the comparison binary into a fleet worker.
pub(crate) const WORKER_FLAG: &str = "--worker";

/// Process `index`'s calls: message `i` to channel `i % 50`.
pub(crate) fn process_calls(index: u64, count: usize, channels: usize) -> Vec<Call> {
    (0..count)
        .map(|i| Call::CreateMessage {
            channel: CHANNEL + (i % channels.max(1)) as u64,
            content: format!("fleet process {index} message {i}"),
        })
        .collect()
}

/// The fleet's plan: 800 messages over 50 channel buckets of 5 per 5 s, in the
/// order the processes issue them side by side, under the global 50 per second.
/// Both bind: 15 s for the global limit, four windows (15 s) for each
/// channel's 16 messages.
pub(crate) fn plan() -> Plan {
    let requests = (0..PER_PROCESS)
        .flat_map(|i| (0..PROCESSES).map(move |_| vec![i % CHANNELS]))
        .collect();
    Plan {
        limits: vec![Limit::new(5, Duration::from_secs(5)); CHANNELS],
        requests,
        global: Some(Limit::new(50, Duration::from_secs(1))),
    }
}

/// How each process of `kind`'s fleet is started: the program and its specs.
fn fleet_specs(kind: ClientKind, token: &str) -> Result<(String, Vec<Spec>), BoxError> {
    let program = match kind {
        ClientKind::Ovend => OVEND_WORKER.to_owned(),
        ClientKind::Raw | ClientKind::Twilight => std::env::current_exe()?
            .to_str()
            .ok_or("the benchmark's path is not UTF-8")?
            .to_owned(),
    };
    let specs = (0..PROCESSES)
        .map(|index| {
            let spec = Spec::new(token, "messages", index)
                .count(PER_PROCESS)
                .arg("--channels")
                .arg(CHANNELS.to_string());
            match kind {
                ClientKind::Ovend => spec.arg("--limiter").arg("redis"),
                ClientKind::Raw => spec.arg(WORKER_FLAG).arg("raw"),
                ClientKind::Twilight => spec.arg(WORKER_FLAG).arg("twilight"),
            }
        })
        .collect();
    Ok((program, specs))
}

/// One fleet of `kind` on a fresh emulator under `network` (and, for ovend,
/// a fresh `redis-server`).
pub(crate) async fn run(
    network: Network,
    kind: ClientKind,
    floors: Floors,
) -> Result<Run, BoxError> {
    let mock = network::mock(network)
        .record_capacity(RECORD_CAPACITY)
        .start()
        .await?;
    // Only ovend's processes share anything; the others get an unused URL.
    let redis = match kind {
        ClientKind::Ovend => Some(RedisServer::start().await?),
        ClientKind::Raw | ClientKind::Twilight => None,
    };
    let redis_url = redis
        .as_ref()
        .map_or_else(|| "redis://127.0.0.1:1".to_owned(), RedisServer::url);
    let (program, specs) = fleet_specs(kind, mock.token())?;
    let mut fleet = driver::spawn(&program, &mock.base_url(), &redis_url, &specs, READY).await?;
    mock.reset_stats();
    mock.clear_recorded();
    let started = fleet.go().await?;
    let outcomes = fleet.finish(started, FINISH).await?;
    let wall = outcomes
        .iter()
        .map(|o| o.finished)
        .max()
        .unwrap_or_default();
    for outcome in outcomes.iter().filter(|o| o.failed > 0) {
        eprintln!(
            "  {} process {}: {} failed, e.g. {:?}",
            kind.name(),
            outcome.index,
            outcome.failed,
            outcome.errors
        );
    }
    Ok(Run {
        workload: FLEET,
        network: network.name,
        client: kind,
        wall,
        ideal: floors.ideal,
        jitter_ideal: floors.jitter_ideal,
        stats: mock.stats(),
        failures: usize::try_from(outcomes.iter().map(|o| o.failed).sum::<u64>())?,
        calls: PER_PROCESS * PROCESSES as usize,
        timeline: timeline(&mock, started),
        cpu: None,
        rounds: Vec::new(),
    })
}

/// The value after `flag` in `args`.
fn value<'a>(args: &'a [String], flag: &str) -> Option<&'a str> {
    args.iter()
        .position(|arg| arg == flag)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// `host:port` of a base URL such as `http://127.0.0.1:4000/api/v10`.
fn socket_addr(base_url: &str) -> Result<SocketAddr, BoxError> {
    let rest = base_url
        .strip_prefix("http://")
        .ok_or("the base URL must start with http://")?;
    let host = rest.split('/').next().unwrap_or(rest);
    Ok(host.parse()?)
}

/// One raw or twilight process of a fleet, as started by [`run`] with the
/// `fleet-worker` arguments (`--base-url`, `--index`, `--count`, `--channels`,
/// `--sync`) plus `--worker raw|twilight`; the token comes from
/// `OVEND_FLEET_TOKEN`. Prints `ready`, waits for a line on stdin, sends every
/// message at once, prints one JSON line the parent reads.
pub(crate) async fn worker(args: &[String]) -> Result<(), BoxError> {
    let base_url = value(args, "--base-url").ok_or("--base-url is needed")?;
    let index: u64 = value(args, "--index").unwrap_or("0").parse()?;
    let count: usize = value(args, "--count").unwrap_or("200").parse()?;
    let channels: usize = value(args, "--channels").unwrap_or("50").parse()?;
    let token = std::env::var("OVEND_FLEET_TOKEN")?;
    let driver: Arc<dyn Driver> = match value(args, WORKER_FLAG) {
        Some("raw") => Arc::new(RawDriver::new(base_url, &token)?),
        Some("twilight") => Arc::new(TwilightDriver::new(socket_addr(base_url)?, &token)),
        other => return Err(format!("unknown worker {other:?}").into()),
    };
    if args.iter().any(|arg| arg == "--sync") {
        go::ready_then_go().await?;
    }
    let calls = process_calls(index, count, channels);
    let started = Instant::now();
    let outcomes = futures::future::join_all(calls.into_iter().map(|call| driver.send(call))).await;
    let wall = started.elapsed();
    let ended_epoch_us = go::ended_epoch_us();
    let failed = failures(&outcomes);
    let errors: Vec<String> = outcomes
        .iter()
        .filter(|o| !(200..300).contains(&o.status))
        .take(5)
        .map(|o| format!("status {}", o.status))
        .collect();
    let line = json!({
        "workload": "messages",
        "index": index,
        "requests": outcomes.len(),
        "ok": outcomes.len() - failed,
        "failed": failed,
        "errors": errors,
        "wall_us": u64::try_from(wall.as_micros()).unwrap_or(u64::MAX),
        "ended_epoch_us": ended_epoch_us,
    });
    println!("{line}");
    std::io::stdout().flush()?;
    Ok(())
}
