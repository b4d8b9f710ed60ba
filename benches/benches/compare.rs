//! The comparison benchmark: the same workloads through raw reqwest (no
//! limiting, no retries), twilight-http 0.18 (its default in-memory
//! ratelimiter) and ovend's `RestClient` (defaults), against `MockDiscord` with
//! Discord's real limits, at 0 ms and at 40 ms ± 15 ms.
//!
//! - The load benchmark's six workloads (`compare/workloads.rs`). The three
//!   clients of one workload and both networks run at the same time, each on
//!   its own emulator: they mostly sleep, so the wall time is the slowest's.
//! - The multi-process workload (`compare/fleet.rs`): 4 processes × 200
//!   messages over 50 channels on one token, one client at a time; ovend's
//!   processes share their limits through Redis, the others cannot.
//! - The overhead workload: 20,000 GETs of one route, 32 at a time, on an
//!   emulator without limits, alone (it is CPU-bound): five interleaved
//!   rounds per client, the median kept. Its CPU time is the whole process's,
//!   so it includes the emulator's share, which is the same work for every client.
//!
//! Every run prints a progress line on stderr; the results go to stdout, and a
//! full run (no filter) also writes plots to `docs/compare/` and the
//! comparison section of `BENCHMARKS.md`.
//!
//! ```sh
//! cargo bench -p benches --bench compare              # everything
//! cargo bench -p benches --bench compare -- reactions # workloads whose name contains it
//! ```
//!
//! Under `cargo test` (no `--bench` argument) it only prints how to run it.
//! With `--worker raw|twilight` it is one process of a multi-process fleet
//! (started by itself).

#[path = "../compare/clients.rs"]
mod clients;
#[path = "../fleet/driver.rs"]
#[allow(dead_code)]
mod driver;
#[path = "../compare/fleet.rs"]
mod fleet;
#[path = "../compare/ideal.rs"]
#[allow(dead_code)]
mod ideal;
#[path = "../common/network.rs"]
#[allow(dead_code)]
mod network;
#[path = "../compare/plot.rs"]
#[allow(dead_code)]
mod plot;
#[path = "../compare/report.rs"]
#[allow(dead_code)]
mod report;
#[path = "../compare/types.rs"]
mod types;
#[path = "../compare/workloads.rs"]
mod workloads;

use std::path::Path;
use std::time::{Duration, Instant};

use futures::future::{join_all, BoxFuture};
use ideal::Plan;
use network::{Network, NETWORKS};
use types::{ClientKind, Run};
use workloads::{BoxError, Floors, Workload};

/// Monte-Carlo trials and seed of the jitter-aware floor.
const TRIALS: u32 = 200;
const SEED: u64 = 7;
/// Interleaved rounds of the overhead workload per client.
const OVERHEAD_ROUNDS: usize = 5;
const COMMAND: &str = "cargo bench -p benches --bench compare";

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|arg| arg == fleet::WORKER_FLAG) {
        return fleet::worker(&args).await;
    }
    if !args.iter().any(|arg| arg == "--bench") {
        println!("compare benchmark: run it with `{COMMAND}`");
        return Ok(());
    }
    let only = args.iter().skip(1).find(|arg| !arg.starts_with("--"));
    let selected = |name: &str| only.is_none_or(|only| name.contains(only.as_str()));
    let begun = Instant::now();
    let mut runs = Vec::new();
    for workload in &workloads::LOAD {
        if selected(workload.name) {
            runs.extend(load_workload(workload).await);
        }
    }
    if selected(fleet::FLEET) {
        runs.extend(fleet_runs().await);
    }
    if selected(workloads::OVERHEAD) {
        runs.extend(overhead_runs().await?);
    }
    for run in &runs {
        println!("{}", line(run));
    }
    println!("\n{}", report::tables(&runs));
    if only.is_none() {
        write_report(&runs)?;
    }
    eprintln!("compare: done in {:.1} s", begun.elapsed().as_secs_f64());
    Ok(())
}

/// Both floors of `plan` under `network`.
fn floors(plan: &Plan, network: Network) -> Floors {
    Floors {
        ideal: Some(ideal::plain_ideal(plan, network.latency)),
        jitter_ideal: Some(ideal::jitter_ideal(
            plan,
            network.latency,
            network.jitter,
            TRIALS,
            SEED,
        )),
    }
}

/// Every client under every network at once, each on its own emulator.
async fn load_workload(workload: &Workload) -> Vec<Run> {
    let plan = workload.plan();
    let mut runs: Vec<BoxFuture<'_, Result<Run, BoxError>>> = Vec::new();
    for network in NETWORKS {
        let floors = floors(&plan, network);
        for kind in ClientKind::ALL {
            runs.push(Box::pin(async move {
                let run = workloads::run(workload, network, kind, floors).await;
                if let Ok(run) = &run {
                    eprintln!("{}", progress(run));
                }
                run
            }));
        }
    }
    let results = join_all(runs).await;
    keep(results, workload.name)
}

/// Keeps the runs that worked (their progress lines printed as each
/// finished); a failed run is reported and left out.
fn keep(results: Vec<Result<Run, BoxError>>, what: &str) -> Vec<Run> {
    results
        .into_iter()
        .filter_map(|result| {
            result
                .map_err(|error| eprintln!("compare: a run of {what} failed: {error}"))
                .ok()
        })
        .collect()
}

/// The fleet of each client under each network, one at a time.
async fn fleet_runs() -> Vec<Run> {
    let plan = fleet::plan();
    let mut results = Vec::new();
    for network in NETWORKS {
        let floors = floors(&plan, network);
        for kind in ClientKind::ALL {
            let run = fleet::run(network, kind, floors).await;
            if let Ok(run) = &run {
                eprintln!("{}", progress(run));
            }
            results.push(run);
        }
    }
    keep(results, fleet::FLEET)
}

/// Interleaved rounds per client (each round in another client order,
/// so drift in the machine's speed hits every client alike); per client the
/// run of median wall time is kept, with the median CPU time.
async fn overhead_runs() -> Result<Vec<Run>, BoxError> {
    let mut rounds: Vec<Vec<Run>> = vec![Vec::new(); ClientKind::ALL.len()];
    for round in 0..OVERHEAD_ROUNDS {
        for offset in 0..ClientKind::ALL.len() {
            let slot = (round + offset) % ClientKind::ALL.len();
            let run = workloads::overhead(ClientKind::ALL[slot]).await?;
            eprintln!("{} (round {})", progress(&run), round + 1);
            rounds[slot].push(run);
        }
    }
    Ok(rounds.into_iter().filter_map(median_run).collect())
}

/// The run of median wall time, carrying the median CPU time.
fn median_run(mut runs: Vec<Run>) -> Option<Run> {
    let mut cpus: Vec<Duration> = runs.iter().filter_map(|run| run.cpu).collect();
    cpus.sort_unstable();
    runs.sort_by_key(|run| run.wall);
    let mut median = runs.get(runs.len() / 2)?.clone();
    median.cpu = cpus.get(cpus.len() / 2).copied();
    Some(median)
}

/// The short line printed as a run ends.
fn progress(run: &Run) -> String {
    format!(
        "compare: {} | {} | {}: wall {:.3} s, {} 429s, {} failed",
        run.workload,
        run.network,
        run.client.name(),
        run.wall.as_secs_f64(),
        run.stats.rate_limited(),
        run.failures,
    )
}

/// One result line, as the load benchmark prints them.
fn line(run: &Run) -> String {
    let s = &run.stats;
    let secs =
        |d: Option<Duration>| d.map_or("-".to_owned(), |d| format!("{:.3}s", d.as_secs_f64()));
    let ratio = |r: Option<f64>| r.map_or("-".to_owned(), |r| format!("{r:.3}"));
    let cost = run.cpu.map_or(String::new(), |cpu| {
        let per = cpu.as_secs_f64() * 1e6 / run.calls.max(1) as f64;
        format!(" | {:.0} req/s, cpu {per:.1} µs/request", run.throughput())
    });
    format!(
        "{:<44} {:<9} {:<19} wall {:>8.3}s ideal {:>8} eff {:>5} jitter-ideal {:>8} eff {:>5} | 429 bucket {} global {} sublimit {} shared {} | sent {} calls {} failed {}{cost}",
        run.workload,
        run.network,
        run.client.name(),
        run.wall.as_secs_f64(),
        secs(run.ideal),
        ratio(run.efficiency()),
        secs(run.jitter_ideal),
        ratio(run.jitter_efficiency()),
        s.rate_limited_bucket,
        s.rate_limited_global,
        s.rate_limited_sublimit,
        s.rate_limited_shared,
        s.requests,
        run.calls,
        run.failures,
    )
}

/// Plots into `docs/compare/` and the comparison section of `BENCHMARKS.md`.
fn write_report(runs: &[Run]) -> Result<(), BoxError> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("the workspace root")?;
    let plots = plot::write_plots(runs, &root.join("docs").join("compare"))?;
    report::update_benchmarks_md(
        runs,
        &root.join("BENCHMARKS.md"),
        &plots,
        &machine(),
        COMMAND,
    )?;
    eprintln!("compare: wrote {} plots and BENCHMARKS.md", plots.len());
    Ok(())
}

/// The CPU model and the number of CPUs, from `/proc/cpuinfo`.
fn machine() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = info
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
        .map_or("unknown CPU", |(_, model)| model.trim());
    let cpus = std::thread::available_parallelism().map_or(0, usize::from);
    format!("{model}, {cpus} CPUs, Linux")
}
