//! Markdown for BENCHMARKS.md: the comparison's tables, ovend's targets checked
//! against the runs, and the section between the `compare` markers.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::types::{ClientKind, Run};

pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

const BEGIN: &str = "<!-- compare:begin -->";
const END: &str = "<!-- compare:end -->";
const HEADING: &str = "## Side by side with the peers";
/// ovend's floor on efficiency against what the limits and jitter allow.
const MIN_JITTER_EFFICIENCY: f64 = 0.98;
/// ovend's floor on throughput against raw reqwest in the overhead workload.
const MIN_OVERHEAD_RATIO: f64 = 0.9;
/// The run-to-run noise of a rate-limited workload's wall time, as a fraction
/// of it: a floor, not an estimate for every workload. One answer's ±15 ms of
/// jitter alone is 0.25 % of a 6 s run, and ovend's multi-process wall varied
/// by 4 % between runs; a gap under this cannot be told from chance.
pub(crate) const NOISE: f64 = 0.005;

/// The rate-limited table, the overhead tables and ovend's target checks.
pub(crate) fn tables(runs: &[Run]) -> String {
    let mut out = String::new();
    rate_limited_table(&mut out, runs);
    overhead_tables(&mut out, runs);
    targets(&mut out, runs);
    out
}

/// Runs where a limit binds (they carry an ideal).
fn rate_limited(runs: &[Run]) -> impl Iterator<Item = &Run> {
    runs.iter().filter(|run| run.ideal.is_some())
}

fn overhead(runs: &[Run]) -> impl Iterator<Item = &Run> {
    runs.iter().filter(|run| run.workload.contains("overhead"))
}

fn secs(duration: Duration) -> String {
    format!("{:.3} s", duration.as_secs_f64())
}

fn or_dash<T>(value: Option<T>, show: impl Fn(T) -> String) -> String {
    value.map_or_else(|| "–".to_owned(), show)
}

fn rate_limited_table(out: &mut String, runs: &[Run]) {
    out.push_str("| workload | network | client | wall | ideal | jitter-aware ideal | eff | eff (jitter-aware) | 429 bucket | global | sublimit | shared | failed |\n");
    out.push_str("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for run in rate_limited(runs) {
        let s = &run.stats;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            run.workload,
            run.network,
            run.client.name(),
            secs(run.wall),
            or_dash(run.ideal, secs),
            or_dash(run.jitter_ideal, secs),
            or_dash(completed(run, run.efficiency()), |e| format!("{e:.3}")),
            or_dash(completed(run, run.jitter_efficiency()), |e| format!(
                "{e:.3}"
            )),
            s.rate_limited_bucket,
            s.rate_limited_global,
            s.rate_limited_sublimit,
            s.rate_limited_shared,
            run.failures,
        );
    }
    out.push_str("\n“–” in the efficiency columns: some calls failed (raw reqwest neither waits nor retries, so it is done as soon as the server has refused most of its calls), and a floor met by not doing the work says nothing.\n\n");
}

/// `value` for a run whose every call succeeded; none for one where calls
/// failed, whose wall time is not the time to do the workload.
fn completed(run: &Run, value: Option<f64>) -> Option<f64> {
    value.filter(|_| run.failures == 0)
}

/// The raw client's run of the same workload and network.
fn raw_run<'a>(runs: &'a [Run], like: &Run) -> Option<&'a Run> {
    runs.iter().find(|run| {
        run.client == ClientKind::Raw
            && run.workload == like.workload
            && run.network == like.network
    })
}

/// The raw client's throughput on the same workload and network.
fn raw_throughput(runs: &[Run], like: &Run) -> Option<f64> {
    raw_run(runs, like).map(Run::throughput)
}

fn cpu_per_request(run: &Run) -> Option<f64> {
    run.cpu
        .map(|cpu| cpu.as_secs_f64() * 1e6 / run.calls.max(1) as f64)
}

/// One table per overhead workload and network (usually just one).
fn overhead_tables(out: &mut String, runs: &[Run]) {
    let mut pairs: Vec<(&str, &str)> = overhead(runs)
        .map(|run| (run.workload, run.network))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    for (workload, network) in pairs {
        let _ = writeln!(out, "**{workload}, {network}**\n");
        out.push_str("| client | requests/s | CPU µs/request | requests/s vs raw reqwest | CPU/request vs raw reqwest | rounds | wall per round: fastest, median, slowest |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for run in overhead(runs).filter(|run| run.workload == workload && run.network == network) {
            overhead_row(out, runs, run);
        }
        out.push_str("\nEach client's figures are medians over rounds run in turn with the other clients' (the order rotating each round, so a drift in the machine's speed hits all alike); the ratios are the client's over raw reqwest's (for ovend: ovend/raw). The CPU time is the whole process's, the emulator's share included.\n\n");
    }
}

/// A client's row: its medians and their ratios to raw reqwest's.
fn overhead_row(out: &mut String, runs: &[Run], run: &Run) {
    let raw = raw_run(runs, run);
    let speed = raw.map(|raw| run.throughput() / raw.throughput());
    let cpu = cpu_per_request(run)
        .zip(raw.and_then(cpu_per_request))
        .map(|(cpu, raw)| cpu / raw);
    let _ = writeln!(
        out,
        "| {} | {:.0} | {} | {} | {} | {} | {} |",
        run.client.name(),
        run.throughput(),
        or_dash(cpu_per_request(run), |cpu| format!("{cpu:.1}")),
        or_dash(speed, |r| format!("{r:.3}×")),
        or_dash(cpu, |r| format!("{r:.3}×")),
        run.rounds.len().max(1),
        spread(run),
    );
}

/// A run's fastest, median and slowest round, or its one wall.
fn spread(run: &Run) -> String {
    let secs = |wall: &Duration| format!("{:.3} s", wall.as_secs_f64());
    match (run.rounds.first(), run.rounds.last()) {
        (Some(fastest), Some(slowest)) => {
            format!("{}, {}, {}", secs(fastest), secs(&run.wall), secs(slowest))
        }
        _ => secs(&run.wall),
    }
}

/// 429s ovend could have avoided. A hidden sublimit is announced by nothing
/// but its first 429, and a `shared` limit on a resource likewise: one of each
/// per run is the discovery and unavoidable; every other 429 is avoidable.
pub(crate) fn avoidable_429s(run: &Run) -> u64 {
    let s = &run.stats;
    s.rate_limited_bucket
        + s.rate_limited_global
        + s.rate_limited_sublimit.saturating_sub(1)
        + s.rate_limited_shared.saturating_sub(1)
}

fn check_line(out: &mut String, met: bool, text: &str) {
    let mark = if met { "met" } else { "**missed**" };
    let _ = writeln!(out, "- {mark}: {text}");
}

/// Whether ovend's wall is at most twilight's: met, missed by more than
/// [`NOISE`] (of twilight's wall), or missed by less, which repeated runs may
/// well reverse but which is still a miss.
fn wall_mark(ovend: Duration, twilight: Duration) -> &'static str {
    if ovend <= twilight {
        "met"
    } else if (ovend - twilight).as_secs_f64() <= NOISE * twilight.as_secs_f64() {
        "**missed** (within noise)"
    } else {
        "**missed**"
    }
}

/// ovend's targets, each checked on every run it applies to.
fn targets(out: &mut String, runs: &[Run]) {
    let _ = writeln!(
        out,
        "Targets for ovend (a sublimit's first 429 and a shared limit's first 429 per run are discoveries, so unavoidable; every other 429 counts). Its wall must not exceed twilight's at all; a miss by less than the run-to-run noise (taken as {:.1} % of twilight's wall) is still a miss, marked “within noise”:\n",
        NOISE * 100.0
    );
    let ovend = || runs.iter().filter(|run| run.client == ClientKind::Ovend);
    for run in ovend() {
        no_avoidable_429s(out, run);
    }
    for run in ovend().filter(|run| run.ideal.is_some()) {
        wall_vs_twilight(out, runs, run);
        jitter_efficiency(out, run);
    }
    for run in ovend().filter(|run| run.workload.contains("overhead")) {
        if let Some(raw) = raw_throughput(runs, run) {
            let ratio = run.throughput() / raw;
            let text = format!(
                "{} ({}): throughput {ratio:.3}× raw reqwest (target ≥ {MIN_OVERHEAD_RATIO}×)",
                run.workload, run.network
            );
            check_line(out, ratio >= MIN_OVERHEAD_RATIO, &text);
        }
    }
}

fn no_avoidable_429s(out: &mut String, run: &Run) {
    let avoidable = avoidable_429s(run);
    let text = format!(
        "{} ({}): {avoidable} avoidable 429s (target 0)",
        run.workload, run.network
    );
    check_line(out, avoidable == 0, &text);
}

/// The efficiency target; a run with failed calls misses it whatever its
/// wall. Four decimals, so that a miss by less than 0.0005 does not read 0.980.
fn jitter_efficiency(out: &mut String, run: &Run) {
    let Some(eff) = run.jitter_efficiency() else {
        return;
    };
    let text = if run.failures > 0 {
        format!(
            "{} ({}): {} calls failed, so no efficiency (target ≥ {MIN_JITTER_EFFICIENCY} with none failed)",
            run.workload, run.network, run.failures
        )
    } else {
        format!(
            "{} ({}): jitter-aware efficiency {eff:.4} (target ≥ {MIN_JITTER_EFFICIENCY})",
            run.workload, run.network
        )
    };
    check_line(
        out,
        run.failures == 0 && eff >= MIN_JITTER_EFFICIENCY,
        &text,
    );
}

/// ovend's wall against twilight's on the same workload and network, no
/// slack; a miss smaller than the noise is marked so, not forgiven.
fn wall_vs_twilight(out: &mut String, runs: &[Run], run: &Run) {
    let twilight = runs.iter().find(|other| {
        other.client == ClientKind::Twilight
            && other.workload == run.workload
            && other.network == run.network
    });
    if let Some(twilight) = twilight {
        let ratio = run.wall.as_secs_f64() / twilight.wall.as_secs_f64();
        let noise_ms = NOISE * twilight.wall.as_secs_f64() * 1e3;
        let _ = writeln!(
            out,
            "- {}: {} ({}): wall {} vs twilight {} (ratio {ratio:.3}, target ≤ 1; noise ±{noise_ms:.0} ms)",
            wall_mark(run.wall, twilight.wall),
            run.workload,
            run.network,
            secs(run.wall),
            secs(twilight.wall)
        );
    }
}

/// Replaces the section between the `compare` markers in `path` (appending a
/// new section with both markers if they are missing) with the command, the
/// machine, today's date (UTC), how long the run took (`took`, a sentence),
/// the tables and links to `plots`.
pub(crate) fn update_benchmarks_md(
    runs: &[Run],
    path: &Path,
    plots: &[PathBuf],
    machine: &str,
    command: &str,
    took: &str,
) -> Result<(), BoxError> {
    let doc = match std::fs::read_to_string(path) {
        Ok(doc) => doc,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e.into()),
    };
    let base = std::path::absolute(path)?
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let links: Vec<String> = plots
        .iter()
        .map(|plot| relative(&base, plot))
        .collect::<Result<_, _>>()?;
    let date = utc_date(SystemTime::now());
    let body = section(runs, &links, &[machine, command, &date, took]);
    std::fs::write(path, splice(&doc, &body)?)?;
    Ok(())
}

/// What goes between the markers; `about` is the machine, the command, the
/// date and how long the run took.
fn section(runs: &[Run], links: &[String], about: &[&str; 4]) -> String {
    let [machine, command, date, took] = about;
    let mut out = format!(
        "\nCommand: `{command}`\n\nMachine: {machine}\n\nDate: {date} (UTC)\n\nRun time: {took}\n\n"
    );
    out.push_str(&tables(runs));
    for link in links {
        let name = Path::new(link)
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let _ = writeln!(out, "\n![{name}]({link})");
    }
    out
}

/// `doc` with `body` between the markers; the markers and a heading are
/// appended when `doc` has none.
fn splice(doc: &str, body: &str) -> Result<String, BoxError> {
    match (doc.find(BEGIN), doc.find(END)) {
        (Some(begin), Some(end)) if begin < end => {
            let head = &doc[..begin + BEGIN.len()];
            Ok(format!("{head}{body}{}", &doc[end..]))
        }
        (None, None) => {
            let sep = if doc.is_empty() || doc.ends_with("\n\n") {
                ""
            } else if doc.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            Ok(format!("{doc}{sep}{HEADING}\n\n{BEGIN}{body}{END}\n"))
        }
        _ => Err(format!("{BEGIN} and {END} are not a pair in order").into()),
    }
}

/// `to` relative to the directory `from`, with `/` separators (for markdown).
fn relative(from: &Path, to: &Path) -> std::io::Result<String> {
    let to = std::path::absolute(to)?;
    let from: Vec<Component<'_>> = from.components().collect();
    let to_parts: Vec<Component<'_>> = to.components().collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let ups = std::iter::repeat_n("..".to_owned(), from.len() - common);
    let downs = to_parts[common..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    Ok(ups.chain(downs).collect::<Vec<_>>().join("/"))
}

/// `YYYY-MM-DD` of `time` in UTC.
fn utc_date(time: SystemTime) -> String {
    time::OffsetDateTime::from(time).date().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ovend_testkit::Stats;

    fn run(workload: &'static str, client: ClientKind, wall_ms: u64, ideal_ms: Option<u64>) -> Run {
        Run {
            workload,
            network: "0 ms",
            client,
            wall: Duration::from_millis(wall_ms),
            ideal: ideal_ms.map(Duration::from_millis),
            jitter_ideal: ideal_ms.map(Duration::from_millis),
            stats: Stats::default(),
            failures: 0,
            calls: 400,
            timeline: Vec::new(),
            cpu: Some(Duration::from_millis(40)),
            rounds: Vec::new(),
        }
    }

    fn runs() -> Vec<Run> {
        let mut twilight_429s = run("fan-out", ClientKind::Twilight, 7_500, Some(7_000));
        twilight_429s.stats.rate_limited_global = 3;
        let mut renames = run("renames", ClientKind::Ovend, 6_000, Some(6_000));
        renames.stats.rate_limited_sublimit = 1;
        vec![
            run("fan-out", ClientKind::Ovend, 7_010, Some(7_000)),
            twilight_429s,
            renames,
            run("overhead", ClientKind::Raw, 100, None),
            run("overhead", ClientKind::Ovend, 200, None),
        ]
    }

    #[test]
    fn the_date_is_civil() {
        assert_eq!(utc_date(SystemTime::UNIX_EPOCH), "1970-01-01");
        let leap_day = SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(utc_date(leap_day), "2000-02-29");
    }

    #[test]
    fn tables_show_each_run_and_check_the_targets() {
        let text = tables(&runs());
        assert!(text.contains("| fan-out | 0 ms | ovend | 7.010 s | 7.000 s | 7.000 s | 0.999 | 0.999 | 0 | 0 | 0 | 0 | 0 |"), "{text}");
        assert!(
            text.contains("- met: fan-out (0 ms): wall 7.010 s vs twilight 7.500 s (ratio 0.935"),
            "{text}"
        );
        assert!(
            text.contains("- met: renames (0 ms): 0 avoidable 429s"),
            "a sublimit's first 429 is its discovery: {text}"
        );
        assert!(
            text.contains("| raw reqwest | 4000 | 100.0 | 1.000× | 1.000× |"),
            "{text}"
        );
        assert!(
            text.contains("| ovend | 2000 | 100.0 | 0.500× | 1.000× |"),
            "{text}"
        );
        assert!(
            text.contains("- **missed**: overhead (0 ms): throughput 0.500× raw reqwest"),
            "{text}"
        );
    }

    #[test]
    fn runs_with_failures_have_no_efficiency() {
        let mut raw = run("fan-out", ClientKind::Raw, 100, Some(7_000));
        raw.failures = 350;
        let mut ovend = run("fan-out", ClientKind::Ovend, 7_000, Some(7_000));
        ovend.failures = 1;
        let text = tables(&[raw, ovend]);
        assert!(
            text.contains("| fan-out | 0 ms | raw reqwest | 0.100 s | 7.000 s | 7.000 s | – | – | 0 | 0 | 0 | 0 | 350 |"),
            "{text}"
        );
        assert!(
            text.contains("- **missed**: fan-out (0 ms): 1 calls failed, so no efficiency"),
            "{text}"
        );
    }

    #[test]
    fn a_slower_wall_is_missed_even_within_noise() {
        let twilight = run("w", ClientKind::Twilight, 10_000, Some(10_000));
        let wall = |ms| {
            let ovend = run("w", ClientKind::Ovend, ms, Some(10_000));
            tables(&[ovend, twilight.clone()])
        };
        assert!(wall(10_000).contains("- met: w (0 ms): wall 10.000 s vs twilight 10.000 s (ratio 1.000, target ≤ 1; noise ±50 ms)"));
        assert!(wall(10_050).contains("- **missed** (within noise): w (0 ms): wall 10.050 s"));
        assert!(wall(10_051).contains("- **missed**: w (0 ms): wall 10.051 s"));
    }

    #[test]
    fn a_second_sublimit_429_is_avoidable() {
        let mut renames = run("renames", ClientKind::Ovend, 6_000, Some(6_000));
        renames.stats.rate_limited_sublimit = 2;
        renames.stats.rate_limited_shared = 1;
        assert_eq!(avoidable_429s(&renames), 1);
        assert!(tables(&[renames]).contains("- **missed**: renames (0 ms): 1 avoidable 429s"));
    }

    #[test]
    fn splicing_is_idempotent_and_appends_markers_once() {
        let body = section(
            &runs(),
            &["plots/fan-out-0-ms.svg".to_owned()],
            &["2 cores", "cargo bench", "2026-11-29", "this run took 1 s."],
        );
        let once = splice("# Benchmarks\n\nSome text.\n", &body).unwrap();
        let twice = splice(&once, &body).unwrap();
        assert_eq!(once, twice);
        assert_eq!(once.matches(BEGIN).count(), 1);
        assert_eq!(once.matches(HEADING).count(), 1);
        assert!(once.starts_with("# Benchmarks\n\nSome text.\n\n## Side"));
        assert!(once.contains("![fan-out-0-ms](plots/fan-out-0-ms.svg)"));
        assert!(splice("<!-- compare:end --> <!-- compare:begin -->", &body).is_err());
    }

    #[test]
    fn paths_are_relative_to_the_document() {
        let base = Path::new("/repo");
        assert_eq!(
            relative(base, Path::new("/repo/target/compare/a.svg")).unwrap(),
            "target/compare/a.svg"
        );
        assert_eq!(
            relative(Path::new("/repo/docs"), Path::new("/repo/plots/a.svg")).unwrap(),
            "../plots/a.svg"
        );
    }

    #[test]
    fn the_file_is_rewritten_in_place() {
        let dir = std::env::temp_dir().join(format!(
            "ovend-report-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(dir.join("plots")).unwrap();
        let path = dir.join("BENCHMARKS.md");
        std::fs::write(
            &path,
            format!("# B\n\n{HEADING}\n\n{BEGIN}\nold\n{END}\n\n## After\n"),
        )
        .unwrap();
        let plots = [dir.join("plots/x.svg")];
        update_benchmarks_md(&runs(), &path, &plots, "test machine", "cargo bench", "1 s").unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        update_benchmarks_md(&runs(), &path, &plots, "test machine", "cargo bench", "1 s").unwrap();
        let second = std::fs::read_to_string(&path).unwrap();
        assert_eq!(first, second);
        assert!(!first.contains("\nold\n"));
        assert!(first.ends_with(&format!("{END}\n\n## After\n")));
        assert!(first.contains("Machine: test machine"));
        assert!(first.contains("![x](plots/x.svg)"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
