//! The comparison benchmark's parts that need no clients and no emulator:
//! the ideals, the plots and the report, built as `compare.rs` builds them
//! (their own unit tests run here too).

#[path = "../compare/ideal.rs"]
#[allow(dead_code)]
mod ideal;
#[path = "../compare/plot.rs"]
#[allow(dead_code)]
mod plot;
#[path = "../compare/report.rs"]
#[allow(dead_code)]
mod report;
#[path = "../compare/types.rs"]
#[allow(dead_code)]
mod types;

use std::path::PathBuf;
use std::time::Duration;

use ovend_testkit::Stats;
use types::{ClientKind, Run, ServerEvent};

/// A fan-out run paced at `per_second` 2xx answers for `seconds`, with one
/// 429 every second for the clients that overshoot.
fn fan_out(client: ClientKind, network: &'static str, per_second: u32, seconds: u32) -> Run {
    let mut timeline = Vec::new();
    for i in 0..per_second * seconds {
        let at = Duration::from_secs_f64(f64::from(i) / f64::from(per_second));
        timeline.push(ServerEvent { at, status: 200 });
        if client == ClientKind::Raw && i % per_second == 0 {
            timeline.push(ServerEvent { at, status: 429 });
        }
    }
    let mut stats = Stats::default();
    stats.rate_limited_global = if client == ClientKind::Raw {
        u64::from(seconds)
    } else {
        0
    };
    Run {
        workload: "fan-out: 400 messages over 80 channels",
        network,
        client,
        wall: Duration::from_secs(u64::from(seconds)),
        ideal: Some(Duration::from_secs(7)),
        jitter_ideal: Some(Duration::from_millis(7_050)),
        stats,
        failures: 0,
        calls: 400,
        timeline,
        cpu: None,
        rounds: Vec::new(),
    }
}

fn overhead(client: ClientKind, wall_ms: u64) -> Run {
    Run {
        workload: "overhead: 10000 gets",
        network: "0 ms",
        client,
        wall: Duration::from_millis(wall_ms),
        ideal: None,
        jitter_ideal: None,
        stats: Stats::default(),
        failures: 0,
        calls: 10_000,
        timeline: Vec::new(),
        cpu: Some(Duration::from_millis(wall_ms / 2)),
        rounds: [wall_ms - 50, wall_ms, wall_ms + 100]
            .map(Duration::from_millis)
            .to_vec(),
    }
}

fn runs() -> Vec<Run> {
    let mut runs = Vec::new();
    for network in ["0 ms", "40±15 ms"] {
        runs.push(fan_out(ClientKind::Raw, network, 60, 6));
        runs.push(fan_out(ClientKind::Twilight, network, 50, 8));
        runs.push(fan_out(ClientKind::Ovend, network, 50, 8));
    }
    runs.push(overhead(ClientKind::Raw, 1_000));
    runs.push(overhead(ClientKind::Twilight, 1_300));
    runs.push(overhead(ClientKind::Ovend, 1_050));
    runs
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ovend-compare-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn plots_are_written_as_svg() {
    let dir = scratch_dir("plots");
    let paths = plot::write_plots(&runs(), &dir).unwrap();
    let names: Vec<String> = paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "fan-out-400-messages-over-80-channels-0-ms.svg",
            "fan-out-400-messages-over-80-channels-40-15-ms.svg",
            "overhead-10000-gets-0-ms.svg",
        ]
    );
    for path in &paths {
        let svg = std::fs::read_to_string(path).unwrap();
        assert!(svg.contains("<svg"), "{}", path.display());
        assert!(
            svg.contains("ovend") && svg.contains("twilight-http 0.18"),
            "legend in {}",
            path.display()
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_report_links_the_plots() {
    let dir = scratch_dir("report");
    let runs = runs();
    let plots = plot::write_plots(&runs, &dir.join("plots")).unwrap();
    let md = dir.join("BENCHMARKS.md");
    std::fs::write(&md, "# Benchmarks\n").unwrap();
    report::update_benchmarks_md(
        &runs,
        &md,
        &plots,
        "2 cores",
        "cargo bench -p benches --bench compare",
        "this run took 1 s.",
    )
    .unwrap();
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("Run time: this run took 1 s."), "{text}");
    assert!(
        text.contains("![overhead-10000-gets-0-ms](plots/overhead-10000-gets-0-ms.svg)"),
        "{text}"
    );
    assert!(
        text.contains("- met: overhead: 10000 gets (0 ms): throughput 0.952× raw reqwest"),
        "{text}"
    );
    // The overhead rows show how the rounds spread around their median.
    assert!(text.contains("| 3 | 1.000 s, 1.050 s, 1.150 s |"), "{text}");
    assert!(text.contains("- met: fan-out: 400 messages over 80 channels (40±15 ms): wall 8.000 s vs twilight 8.000 s (ratio 1.000"), "{text}");
    assert!(text.contains("- **missed**: fan-out: 400 messages over 80 channels (0 ms): jitter-aware efficiency 0.881"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The fleet workload's plan as `compare/fleet.rs` issues it: 4 processes
/// each sending its `i`-th message to channel `i % 50` at the same time.
fn fleet_plan(five: ideal::Limit, global: ideal::Limit) -> ideal::Plan {
    ideal::Plan {
        limits: vec![five; 50],
        requests: (0..200)
            .flat_map(|i| (0..4).map(move |_| vec![i % 50]))
            .collect(),
        global: Some(global),
    }
}

/// The floors for the comparison's workloads at 40±15 ms, with the trials and
/// seed the benchmark uses, printed for the record (`--nocapture`).
#[test]
fn floors_of_the_workloads() {
    use ideal::{jitter_ideal, plain_ideal, plan_fan_out, plan_one_bucket, Limit};
    let ms = Duration::from_millis(1);
    let five = Limit::new(5, Duration::from_secs(5));
    let global = Limit::new(50, Duration::from_secs(1));
    let mut renames_scaled = plan_one_bucket(4, Limit::new(2, Duration::from_secs(6)));
    renames_scaled.limits.push(Limit::new(5, 50 * ms));
    renames_scaled.requests = vec![vec![0, 1]; 4];
    renames_scaled.global = Some(Limit::new(50, 10 * ms));
    let plans = [
        (
            "40 messages, one 5/5 s bucket",
            plan_one_bucket(40, five),
            35.0,
        ),
        (
            "400 messages over 80 channels",
            plan_fan_out(400, 80, five, global),
            7.0,
        ),
        (
            "20 reactions at 1/250 ms",
            plan_one_bucket(20, Limit::new(1, 250 * ms)),
            4.75,
        ),
        (
            "4 renames at 2 per 6 s",
            plan_one_bucket(4, Limit::new(2, Duration::from_secs(6))),
            6.0,
        ),
        (
            "the same, bucket and global scaled too",
            renames_scaled,
            6.0,
        ),
        (
            "800 messages over 50 channels, round-robin",
            plan_fan_out(800, 50, five, global),
            15.0,
        ),
        (
            "800 messages over 50 channels, fleet order",
            fleet_plan(five, global),
            15.0,
        ),
    ];
    for (name, plan, limits_allow) in plans {
        let plain = plain_ideal(&plan, 40 * ms);
        let jitter = jitter_ideal(&plan, 40 * ms, 15 * ms, 200, 7);
        assert!(
            (plain.as_secs_f64() - limits_allow - 0.040).abs() < 1e-9,
            "{name}: {plain:?}"
        );
        assert!(jitter >= plain, "{name}");
        let lost = (jitter.as_secs_f64() - plain.as_secs_f64()) * 1e3;
        println!(
            "{name}: plain {:.4} s, jitter-aware {:.4} s (+{lost:.1} ms)",
            plain.as_secs_f64(),
            jitter.as_secs_f64()
        );
    }
}
