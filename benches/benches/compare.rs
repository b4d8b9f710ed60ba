//! The comparison benchmark: the same workloads through raw reqwest (no
//! limiting, no retries), twilight-http 0.18 (its default in-memory
//! ratelimiter) and ovend's `RestClient` (defaults), against `MockDiscord` with
//! Discord's real limits, at 0 ms and at 40 ms ± 15 ms.
//!
//! - The load benchmark's six workloads (`compare/workloads.rs`). The three
//!   clients of one workload and both networks run at the same time, each on
//!   its own emulator, and two workloads at a time: they mostly sleep, so the
//!   wall time is the slowest's. The exception is the fan-out to 80 channels,
//!   which the global limit binds: its bursts of 50 keep both CPUs busy, so it
//!   runs afterwards, alone, one client and network at a time.
//! - The multi-process workload (`compare/fleet.rs`): 4 processes × 200
//!   messages over 50 channels on one token; per network raw reqwest's fleet
//!   alone, then twilight's and ovend's at the same time, each on its own
//!   emulator; ovend's processes share their limits through Redis, the others
//!   cannot.
//! - The overhead workload: 20,000 GETs of one route, 32 at a time, on an
//!   emulator without limits, alone (it is CPU-bound): fifteen interleaved
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
//! `OVEND_COMPARE_CLIENTS=ovend` (a comma list of `raw`, `twilight`,
//! `ovend`) runs only those clients, e.g. to profile one
//! (`scripts/flamegraph-overhead`). `OVEND_COMPARE_OVERHEAD_ROUNDS=1` runs
//! the overhead workload once per client instead of fifteen times, e.g. to
//! count its instructions under callgrind.
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
#[path = "../fleet/go.rs"]
mod go;
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
/// Load workloads run side by side (each with its six runs).
const LANES: usize = 2;
/// Interleaved rounds of the overhead workload per client. A shared 2-core VM
/// changes speed in spells of a few seconds that hit one client's rounds more
/// than another's; 15 rounds (about a minute) outlast several spells, where 5
/// (about 15 s) could fall in one.
const OVERHEAD_ROUNDS: usize = 15;
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
    let chosen: Vec<&Workload> = workloads::LOAD
        .iter()
        .filter(|workload| selected(workload.name))
        .collect();
    runs.extend(load_workloads(&chosen).await);
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
    // Only a run of everything rewrites the report.
    if only.is_none() && std::env::var_os("OVEND_COMPARE_CLIENTS").is_none() {
        write_report(&runs, &took(begun))?;
    }
    eprintln!("compare: done; {}", took(begun));
    Ok(())
}

/// How long the run took since `begun` and, under cargo, the whole command.
fn took(begun: Instant) -> String {
    let run = format!("this run took {:.0} s", begun.elapsed().as_secs_f64());
    match command_age() {
        Some(age) => format!(
            "{run}; the whole `{COMMAND}` command, build included, {:.0} s.",
            age.as_secs_f64()
        ),
        None => format!("{run}."),
    }
}

/// How long the command has been running, build included: the age of this
/// process's parent when that is cargo (which starts a benchmark as its
/// child once it has built it); `None` otherwise.
fn command_age() -> Option<Duration> {
    let own = std::fs::read_to_string("/proc/self/stat").ok()?;
    let parent = std::fs::read_to_string(format!("/proc/{}/stat", stat_field(&own, 4)?)).ok()?;
    let name = parent.split_once('(')?.1.rsplit_once(')')?.0;
    if name != "cargo" {
        return None;
    }
    // Field 22 is the start time in clock ticks (1/100 s) after boot.
    let started: f64 = stat_field(&parent, 22)?.parse().ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let now: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_secs_f64((now - started / 100.0).max(0.0)))
}

/// Field `n` (counted from 1) of a `/proc/<pid>/stat` line: the command name
/// (field 2) may hold spaces, so fields are counted from after its `)`.
fn stat_field(stat: &str, n: usize) -> Option<&str> {
    let rest = stat.rsplit_once(')')?.1;
    rest.split_whitespace().nth(n.checked_sub(3)?)
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

/// The load workloads, their runs in the workloads' order: the
/// [solo](Workload::solo) ones alone, after the others side by side.
async fn load_workloads(chosen: &[&Workload]) -> Vec<Run> {
    let beside: Vec<&Workload> = chosen.iter().copied().filter(|w| !w.solo).collect();
    let mut runs = side_by_side(&beside).await;
    for workload in chosen.iter().filter(|w| w.solo) {
        runs.extend(alone(workload).await);
    }
    runs.sort_by_key(|run| chosen.iter().position(|w| w.name == run.workload));
    runs
}

/// Each client under each network in turn, nothing else running.
async fn alone(workload: &Workload) -> Vec<Run> {
    let mut results = Vec::new();
    for network in NETWORKS {
        let floors = floors(&workload.plan(), network);
        for kind in clients() {
            let run = workloads::run(workload, network, kind, floors).await;
            if let Ok(run) = &run {
                eprintln!("{}", progress(run));
            }
            results.push(run);
        }
    }
    keep(results, workload.name)
}

/// The load workloads in [`LANES`] lanes side by side, each lane one workload
/// after the other: the runs mostly sleep on the limits, so this takes the
/// longest lane's time instead of the sum. The longest workload goes first,
/// into the lane with the least work so far (so the two 35 s ones run side by
/// side).
async fn side_by_side(chosen: &[&Workload]) -> Vec<Run> {
    let lanes = lanes(chosen).into_iter().map(|lane| {
        let floors: Vec<[Floors; 2]> = lane
            .iter()
            .map(|workload| NETWORKS.map(|network| floors(&workload.plan(), network)))
            .collect();
        async move {
            let mut runs = Vec::new();
            for (workload, floors) in lane.into_iter().zip(floors) {
                runs.extend(load_workload(workload, floors).await);
            }
            runs
        }
    });
    // Every floor is computed here, before the first lane is polled.
    let lanes: Vec<_> = lanes.collect();
    join_all(lanes).await.into_iter().flatten().collect()
}

/// `chosen` dealt into [`LANES`] lanes by what the limits make each take.
fn lanes<'a>(chosen: &[&'a Workload]) -> Vec<Vec<&'a Workload>> {
    let mut by_length: Vec<(Duration, &Workload)> = chosen
        .iter()
        .map(|w| (ideal::plain_ideal(&w.plan(), Duration::ZERO), *w))
        .collect();
    by_length.sort_by_key(|(length, _)| std::cmp::Reverse(*length));
    let mut lanes = vec![(Duration::ZERO, Vec::new()); LANES];
    for (length, workload) in by_length {
        if let Some(lane) = lanes.iter_mut().min_by_key(|(total, _)| *total) {
            lane.0 += length;
            lane.1.push(workload);
        }
    }
    lanes.into_iter().map(|(_, lane)| lane).collect()
}

/// Every client under every network at once, each on its own emulator.
/// `floors` are the workload's under each of [`NETWORKS`], computed before
/// any lane starts: the Monte-Carlo one holds a worker thread for a while,
/// which would delay the other lane's clients mid-run.
async fn load_workload(workload: &Workload, floors: [Floors; 2]) -> Vec<Run> {
    let mut runs: Vec<BoxFuture<'_, Result<Run, BoxError>>> = Vec::new();
    for (network, floors) in NETWORKS.into_iter().zip(floors) {
        for kind in clients() {
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

/// Per network, raw reqwest's fleet alone, then twilight's and ovend's at
/// once, each on its own emulator (ovend's with its own `redis-server`): those
/// two mostly wait on the limits, so this takes the slower one's time instead
/// of the sum, and ovend's wall stayed within its run-to-run spread (2 runs
/// each way). Raw reqwest's burst is over in a fraction of a second, but
/// started beside the others its processes start apart on 2 CPUs and spread
/// it out; alone it costs a second.
async fn fleet_runs() -> Vec<Run> {
    let plan = fleet::plan();
    let mut results = Vec::new();
    for network in NETWORKS {
        let floors = floors(&plan, network);
        let chosen = clients();
        if chosen.contains(&ClientKind::Raw) {
            results.push(fleet_run(network, ClientKind::Raw, floors).await);
        }
        let limited = chosen.into_iter().filter(|kind| *kind != ClientKind::Raw);
        results.extend(join_all(limited.map(|kind| fleet_run(network, kind, floors))).await);
    }
    keep(results, fleet::FLEET)
}

/// One fleet, its progress line printed as it ends.
async fn fleet_run(network: Network, kind: ClientKind, floors: Floors) -> Result<Run, BoxError> {
    let run = fleet::run(network, kind, floors).await;
    if let Ok(run) = &run {
        eprintln!("{}", progress(run));
    }
    run
}

/// Interleaved rounds per client (each round in another client order,
/// so drift in the machine's speed hits every client alike); per client the
/// run of median wall time is kept, with the median CPU time.
async fn overhead_runs() -> Result<Vec<Run>, BoxError> {
    let chosen = clients();
    let mut rounds: Vec<Vec<Run>> = vec![Vec::new(); chosen.len()];
    for round in 0..overhead_rounds() {
        for offset in 0..chosen.len() {
            let slot = (round + offset) % chosen.len();
            let run = workloads::overhead(chosen[slot]).await?;
            eprintln!("{} (round {})", progress(&run), round + 1);
            rounds[slot].push(run);
        }
    }
    Ok(rounds.into_iter().filter_map(median_run).collect())
}

/// [`OVERHEAD_ROUNDS`], unless `OVEND_COMPARE_OVERHEAD_ROUNDS` names another
/// count (at least one).
fn overhead_rounds() -> usize {
    std::env::var("OVEND_COMPARE_OVERHEAD_ROUNDS")
        .ok()
        .and_then(|rounds| rounds.parse::<usize>().ok())
        .map_or(OVERHEAD_ROUNDS, |rounds| rounds.max(1))
}

/// The run of median wall time, carrying the median CPU time.
fn median_run(mut runs: Vec<Run>) -> Option<Run> {
    let mut cpus: Vec<Duration> = runs.iter().filter_map(|run| run.cpu).collect();
    cpus.sort_unstable();
    runs.sort_by_key(|run| run.wall);
    let mut median = runs.get(runs.len() / 2)?.clone();
    median.cpu = cpus.get(cpus.len() / 2).copied();
    median.rounds = runs.iter().map(|run| run.wall).collect();
    Some(median)
}

/// The clients to run: all, or those named in `OVEND_COMPARE_CLIENTS`.
fn clients() -> Vec<ClientKind> {
    let Ok(names) = std::env::var("OVEND_COMPARE_CLIENTS") else {
        return ClientKind::ALL.to_vec();
    };
    ClientKind::ALL
        .into_iter()
        .filter(|kind| {
            let short = match kind {
                ClientKind::Raw => "raw",
                ClientKind::Twilight => "twilight",
                ClientKind::Ovend => "ovend",
            };
            names.split(',').any(|name| name.trim() == short)
        })
        .collect()
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
    // A run with failed calls did not do the work, so it has no efficiency.
    let ratio = |r: Option<f64>| {
        r.filter(|_| run.failures == 0)
            .map_or("-".to_owned(), |r| format!("{r:.3}"))
    };
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
fn write_report(runs: &[Run], took: &str) -> Result<(), BoxError> {
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
        took,
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
