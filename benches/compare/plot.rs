//! SVG plots of the comparison: how each client paces the fan-out workloads
//! over time, and what each costs per request.
//!
//! Only plotters' SVG backend is used: it writes text as SVG `<text>` elements
//! and sizes it with a crude estimate, so no font library or system font is
//! needed to build or run it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::types::{ClientKind, Run};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Width of a rate bin: fine enough to show the global limit's one-second
/// steps, coarse enough that a bin holds several answers.
const BIN: Duration = Duration::from_millis(250);
const SIZE: (u32, u32) = (960, 720);

/// Writes one pacing plot per fan-out or multi-process workload and network,
/// and one cost plot per overhead workload and network, into `dir`; returns
/// the files written.
pub(crate) fn write_plots(runs: &[Run], dir: &Path) -> Result<Vec<PathBuf>, BoxError> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for ((workload, network), group) in by_pair(runs) {
        let path = dir.join(format!("{}.svg", slug(&format!("{workload} {network}"))));
        let title = format!("{workload}, {network}");
        if workload.contains("80 channels") || workload.contains("processes") {
            if group.iter().all(|run| run.timeline.is_empty()) {
                continue; // Nothing to plot: the emulator could not log the run.
            }
            pacing_plot(&group, &path, &title)?;
        } else if workload.contains("overhead") {
            overhead_plot(&group, &path, &title)?;
        } else {
            continue;
        }
        written.push(path);
    }
    Ok(written)
}

/// Runs grouped by workload and network, in a stable order.
fn by_pair(runs: &[Run]) -> BTreeMap<(&'static str, &'static str), Vec<&Run>> {
    let mut groups: BTreeMap<_, Vec<&Run>> = BTreeMap::new();
    for run in runs {
        groups
            .entry((run.workload, run.network))
            .or_default()
            .push(run);
    }
    for group in groups.values_mut() {
        group.sort_by_key(|run| run.client);
    }
    groups
}

/// Lowercase ASCII letters and digits, every other run of characters one `-`.
pub(crate) fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

fn color(client: ClientKind) -> RGBColor {
    match client {
        ClientKind::Raw => RGBColor(214, 39, 40),
        ClientKind::Twilight => RGBColor(31, 119, 180),
        ClientKind::Ovend => RGBColor(44, 160, 44),
    }
}

/// Per bin of [`BIN`], how many answers `keep` selects, scaled to per second;
/// as (bin start in seconds, rate) points, closed by a zero one bin after the
/// last answer, so a run done within one bin (raw reqwest) is a spike and not
/// a lone point, which a line would not draw.
fn rate(run: &Run, keep: impl Fn(u16) -> bool) -> Vec<(f64, f64)> {
    let bin = BIN.as_secs_f64();
    let Some(last) = run.timeline.iter().map(|event| event.at).max() else {
        return Vec::new();
    };
    let mut counts = vec![0u32; (last.as_secs_f64() / bin) as usize + 2];
    for event in run.timeline.iter().filter(|event| keep(event.status)) {
        counts[(event.at.as_secs_f64() / bin) as usize] += 1;
    }
    let per_second = 1.0 / bin;
    counts
        .iter()
        .enumerate()
        .map(|(i, &count)| (i as f64 * bin, f64::from(count) * per_second))
        .collect()
}

/// One client's line in a panel: its points and its legend entry.
struct Line {
    client: ClientKind,
    points: Vec<(f64, f64)>,
    label: String,
}

/// Each run's line of the answers `keep` selects (`what` names them in the
/// legend), raw reqwest's last, so that it is drawn over the others. Raw
/// reqwest's legend says how many it got and by when: its whole run fits in
/// the first bin or two.
fn lines(group: &[&Run], keep: impl Fn(u16) -> bool + Copy, what: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = group
        .iter()
        .map(|run| Line {
            client: run.client,
            points: rate(run, keep),
            label: label(run, keep, what),
        })
        .collect();
    lines.sort_by_key(|line| line.client == ClientKind::Raw);
    lines
}

fn label(run: &Run, keep: impl Fn(u16) -> bool, what: &str) -> String {
    if run.client != ClientKind::Raw {
        return run.client.name().to_owned();
    }
    let times: Vec<f64> = run
        .timeline
        .iter()
        .filter(|event| keep(event.status))
        .map(|event| event.at.as_secs_f64())
        .collect();
    let last = times.iter().copied().fold(0.0, f64::max);
    format!(
        "{}: {} {what}, all by {last:.2} s",
        run.client.name(),
        times.len()
    )
}

/// Two panels sharing the time axis: 2xx answers per second on top, 429s per
/// second below, one line per client. Both axes are linear and start at zero,
/// so raw reqwest's spike of 429s is shown at its true height next to the
/// others' (it sets the 429 panel's scale).
fn pacing_plot(group: &[&Run], path: &Path, title: &str) -> Result<(), BoxError> {
    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let root = root.titled(title, ("sans-serif", 22))?;
    let (top, bottom) = root.split_vertically(SIZE.1 * 3 / 5);
    let x_max = group
        .iter()
        .flat_map(|run| &run.timeline)
        .map(|event| event.at.as_secs_f64())
        .fold(1.0, f64::max);
    let ok = lines(group, |s| (200..300).contains(&s), "2xx");
    rate_panel(&top, &ok, x_max, "2xx answers/s")?;
    rate_panel(
        &bottom,
        &lines(group, |s| s == 429, "429s"),
        x_max,
        "429s/s",
    )?;
    root.present()?;
    Ok(())
}

/// One panel of [`pacing_plot`], time up to `x_max` seconds; raw reqwest's
/// points are marked too, as its spike is a few pixels wide.
fn rate_panel(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    lines: &[Line],
    x_max: f64,
    y_label: &str,
) -> Result<(), BoxError> {
    let y_max = lines
        .iter()
        .flat_map(|line| &line.points)
        .fold(1.0f64, |y, &(_, py)| y.max(py));
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        // Headroom above the highest point, for the legend to sit in.
        .build_cartesian_2d(0.0..x_max + 2.0 * BIN.as_secs_f64(), 0.0..y_max * 1.4)?;
    chart
        .configure_mesh()
        .x_desc("seconds since the first call")
        .y_desc(y_label)
        .draw()?;
    for line in lines {
        draw_line(&mut chart, line)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()?;
    Ok(())
}

type Chart<'a> = ChartContext<'a, SVGBackend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A client's line with its legend entry; raw reqwest's with a dot on each
/// non-zero point, in the legend too.
fn draw_line<'a>(chart: &mut Chart<'a>, line: &Line) -> Result<(), BoxError> {
    let style = color(line.client).stroke_width(2);
    let marked = line.client == ClientKind::Raw;
    chart
        .draw_series(LineSeries::new(line.points.iter().copied(), style))?
        .label(line.label.as_str())
        .legend(move |(x, y)| {
            let radius = if marked { 4 } else { 0 };
            EmptyElement::at((x, y))
                + PathElement::new(vec![(0, 0), (20, 0)], style)
                + Circle::new((10, 0), radius, style.filled())
        });
    if marked {
        let dots = line.points.iter().filter(|(_, y)| *y > 0.0);
        chart.draw_series(dots.map(|&point| Circle::new(point, 5, style.filled())))?;
    }
    Ok(())
}

/// Microseconds per request: CPU (where measured) and wall.
fn per_request(run: &Run) -> (Option<f64>, f64) {
    let calls = run.calls.max(1) as f64;
    let cpu = run.cpu.map(|cpu| cpu.as_secs_f64() * 1e6 / calls);
    (cpu, run.wall.as_secs_f64() * 1e6 / calls)
}

/// Bars per client: CPU µs per request and wall µs per request side by side.
fn overhead_plot(group: &[&Run], path: &Path, title: &str) -> Result<(), BoxError> {
    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let costs: Vec<_> = group
        .iter()
        .map(|run| (run.client, per_request(run)))
        .collect();
    let y_max = costs
        .iter()
        .map(|(_, (cpu, wall))| cpu.unwrap_or(0.0).max(*wall))
        .fold(1.0, f64::max);
    let clients = costs.len();
    let names: Vec<&str> = costs.iter().map(|(client, _)| client.name()).collect();
    let mut chart = ChartBuilder::on(&root)
        .caption(format!("Cost per request: {title}"), ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(-0.5..clients as f64 - 0.5, 0.0..y_max * 1.15)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(clients)
        .x_label_formatter(&|x| client_label(&names, *x))
        .y_desc("µs per request")
        .draw()?;
    let cpu_color = RGBColor(148, 103, 189);
    let wall_color = RGBColor(255, 127, 14);
    let cpu_bars = costs
        .iter()
        .enumerate()
        .filter_map(|(i, (_, (cpu, _)))| cpu.map(|cpu| bar(i, -0.3, cpu, cpu_color)));
    chart
        .draw_series(cpu_bars)?
        .label("CPU µs/request")
        .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 15, y + 5)], cpu_color.filled()));
    let wall_bars = costs
        .iter()
        .enumerate()
        .map(|(i, (_, (_, wall)))| bar(i, 0.0, *wall, wall_color));
    chart
        .draw_series(wall_bars)?
        .label("wall µs/request")
        .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 15, y + 5)], wall_color.filled()));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

/// A bar 0.3 wide starting `offset` from client `i`'s tick.
fn bar(i: usize, offset: f64, height: f64, color: RGBColor) -> Rectangle<(f64, f64)> {
    let x = i as f64 + offset;
    Rectangle::new([(x, 0.0), (x + 0.3, height)], color.filled())
}

/// The client's name on its integer tick, nothing between ticks.
fn client_label(names: &[&str], x: f64) -> String {
    let i = x.round();
    if (x - i).abs() > 1e-6 || i < 0.0 {
        return String::new();
    }
    names
        .get(i as usize)
        .map_or_else(String::new, |name| (*name).to_owned())
}
