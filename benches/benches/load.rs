//! The load benchmark: realistic workloads through `RestClient` against `MockDiscord`.
//!
//! For each workload it prints the wall time, the ideal time Discord's limits
//! allow (computed from the emulator's route table, plus one round trip for the
//! last answer), efficiency (ideal / wall) and the 429s the server counted. Each
//! workload runs on a fresh emulator, once with no latency and once with
//! 40 ms ± 15 ms. A last workload sends 2,000 GETs while the emulator fails 20 %
//! of answers with a 502, and counts what the retry policy made of it.
//!
//! ```sh
//! cargo bench -p benches --bench load
//! ```
//!
//! Under `cargo test` (no `--bench` argument) it only prints how to run it.

use std::future::Future;
use std::time::{Duration, Instant};

use futures::stream::{self, StreamExt};
use ovend_rest::retry::{DefaultRetryPolicy, RetryBudget};
use ovend_rest::{Error, RestClient};
use ovend_testkit::{Faults, MockDiscord, Stats};
use serde_json::{json, Value};

#[path = "../common/network.rs"]
mod network;

use network::{mock, windows, Network, NETWORKS};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

const GUILD: u64 = 613_425_648_685_547_541;
const CHANNEL: u64 = 700_000_000_000_000_001;

/// One measured run.
struct Report {
    workload: &'static str,
    network: &'static str,
    wall: Duration,
    ideal: Duration,
    stats: Stats,
    failures: usize,
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    if !std::env::args().any(|arg| arg == "--bench") {
        println!("load benchmark: run it with `cargo bench -p benches --bench load`");
        return Ok(());
    }
    let only = std::env::args().skip(1).find(|arg| !arg.starts_with("--"));
    let mut reports = Vec::new();
    for network in NETWORKS {
        for workload in WORKLOADS {
            if only
                .as_deref()
                .is_some_and(|name| !workload.name.contains(name))
            {
                continue;
            }
            let report = (workload.run)(network).await?;
            print_report(&report);
            reports.push(report);
        }
    }
    if only.as_deref().is_none_or(|name| "retries".contains(name)) {
        retries().await?;
    }
    Ok(())
}

/// A named workload: starts its emulator, runs, reports.
struct Workload {
    name: &'static str,
    run: fn(Network) -> futures::future::BoxFuture<'static, Result<Report, BoxError>>,
}

const WORKLOADS: [Workload; 6] = [
    Workload {
        name: "40 messages, one channel",
        run: |n| Box::pin(one_channel(n)),
    },
    Workload {
        name: "400 messages, 80 channels",
        run: |n| Box::pin(fan_out(n)),
    },
    Workload {
        name: "40 edits+deletes, one hash",
        run: |n| Box::pin(shared_hash(n)),
    },
    Workload {
        name: "4 renames, one channel",
        run: |n| Box::pin(renames(n)),
    },
    Workload {
        name: "20 reactions, one message",
        run: |n| Box::pin(reactions(n)),
    },
    Workload {
        name: "roles + member fetches",
        run: |n| Box::pin(guild_mix(n)),
    },
];

fn client(mock: &MockDiscord) -> Result<RestClient, Error> {
    RestClient::builder()
        .token(mock.token())
        .base_url(mock.base_url())
        .max_wait(Duration::from_secs(900))
        .build()
}

/// Runs `work` against a fresh client, timing it and collecting the server's counters.
async fn measure<F, Fut>(
    workload: &'static str,
    network: Network,
    mock: MockDiscord,
    ideal: Duration,
    work: F,
) -> Result<Report, BoxError>
where
    F: FnOnce(RestClient) -> Fut,
    Fut: Future<Output = usize>,
{
    let client = client(&mock)?;
    mock.reset_stats();
    let started = Instant::now();
    let failures = work(client).await;
    Ok(Report {
        workload,
        network: network.name,
        wall: started.elapsed(),
        ideal: ideal + network.latency,
        stats: mock.stats(),
        failures,
    })
}

/// Runs every request concurrently and counts the ones that failed.
async fn all<Fut>(requests: impl IntoIterator<Item = Fut>) -> usize
where
    Fut: Future<Output = Result<ovend_rest::Response, Error>>,
{
    let results = futures::future::join_all(requests).await;
    results
        .iter()
        .filter(|r| match r {
            Ok(_) => false,
            Err(error) => {
                eprintln!("  request failed: {error}");
                true
            }
        })
        .count()
}

fn message(n: usize) -> Value {
    json!({ "content": format!("load message {n}") })
}

/// 40 messages to one channel: the channel's 5 per 5 s bucket binds.
async fn one_channel(network: Network) -> Result<Report, BoxError> {
    let mock = mock(network).start().await?;
    let ideal = windows(40, 5, Duration::from_secs(5));
    measure(
        "40 messages, one channel",
        network,
        mock,
        ideal,
        |c| async move {
            let path = format!("/channels/{CHANNEL}/messages");
            all((0..40).map(|n| c.post(&path).json(&message(n)).send())).await
        },
    )
    .await
}

/// 400 messages over 80 channels: 5 per channel fit each bucket, the global
/// 50 per second binds.
async fn fan_out(network: Network) -> Result<Report, BoxError> {
    let mock = mock(network).start().await?;
    let ideal = windows(400, 50, Duration::from_secs(1));
    measure(
        "400 messages, 80 channels",
        network,
        mock,
        ideal,
        |c| async move {
            all((0..400).map(|n| {
                let channel = CHANNEL + (n as u64 % 80);
                c.post(format!("/channels/{channel}/messages"))
                    .json(&message(n))
                    .send()
            }))
            .await
        },
    )
    .await
}

/// 20 edits and 20 deletes in one channel: PATCH and DELETE of a message share
/// one 5 per 5 s bucket. The messages are created first, outside the timing.
async fn shared_hash(network: Network) -> Result<Report, BoxError> {
    let mock = mock(network).start().await?;
    let ids = create_messages(&mock, 40).await?;
    let ideal = windows(40, 5, Duration::from_secs(5));
    measure(
        "40 edits+deletes, one hash",
        network,
        mock,
        ideal,
        |c| async move {
            all(ids.iter().enumerate().map(|(n, id)| {
                let path = format!("/channels/{CHANNEL}/messages/{id}");
                if n % 2 == 0 {
                    c.patch(path).json(&json!({ "content": "edited" })).send()
                } else {
                    c.delete(path).send()
                }
            }))
            .await
        },
    )
    .await
}

/// Creates `n` messages in [`CHANNEL`] with a client of its own and returns their ids.
async fn create_messages(mock: &MockDiscord, n: usize) -> Result<Vec<String>, BoxError> {
    let setup = client(mock)?;
    let path = format!("/channels/{CHANNEL}/messages");
    let created =
        futures::future::join_all((0..n).map(|i| setup.post(&path).json(&message(i)).send()));
    let mut ids = Vec::with_capacity(n);
    for response in created.await {
        let body: Value = response?.json()?;
        let id = body["id"].as_str().ok_or("created message has no id")?;
        ids.push(id.to_owned());
    }
    Ok(ids)
}

/// Renames of one channel: the hidden 2 per 10 minutes sublimit binds, on an
/// emulator whose windows run 100 times faster (10 minutes take 6 s).
async fn renames(network: Network) -> Result<Report, BoxError> {
    const SCALE: f64 = 0.01;
    let mock = mock(network).time_scale(SCALE).start().await?;
    let ideal = windows(4, 2, Duration::from_secs(600)).mul_f64(SCALE);
    measure(
        "4 renames, one channel",
        network,
        mock,
        ideal,
        |c| async move {
            all((0..4).map(|n| {
                c.patch(format!("/channels/{CHANNEL}"))
                    .json(&json!({ "name": format!("renamed-{n}") }))
                    .send()
            }))
            .await
        },
    )
    .await
}

const EMOJI: [&str; 20] = [
    "👍", "🎉", "🚀", "👀", "✅", "🔥", "😀", "😂", "🥳", "🤖", "💡", "📌", "⭐", "🍕", "🎵", "🐍",
    "🦀", "🌍", "⚡", "❤",
];

/// 20 reactions on one message: one shared bucket at 1 per 250 ms.
async fn reactions(network: Network) -> Result<Report, BoxError> {
    let mock = mock(network).start().await?;
    let id = create_messages(&mock, 1).await?.remove(0);
    let ideal = windows(20, 1, Duration::from_millis(250));
    measure(
        "20 reactions, one message",
        network,
        mock,
        ideal,
        |c| async move {
            all(EMOJI.iter().map(|emoji| {
                c.put(format!(
                    "/channels/{CHANNEL}/messages/{id}/reactions/{emoji}/@me"
                ))
                .send()
            }))
            .await
        },
    )
    .await
}

/// 20 role grants (10 per 10 s per guild) mixed with 20 member fetches
/// (5 per second per guild) in one guild; the role bucket binds.
async fn guild_mix(network: Network) -> Result<Report, BoxError> {
    let mock = mock(network).start().await?;
    let ideal =
        windows(20, 10, Duration::from_secs(10)).max(windows(20, 5, Duration::from_secs(1)));
    measure(
        "roles + member fetches",
        network,
        mock,
        ideal,
        |c| async move {
            let role = 900_000_000_000_000_001_u64;
            let grants = (0..20u64).map(|n| {
                let member = 800_000_000_000_000_000 + n;
                c.put(format!("/guilds/{GUILD}/members/{member}/roles/{role}"))
                    .send()
            });
            let fetches = (0..20u64).map(|n| {
                let member = 800_000_000_000_000_100 + n;
                c.get(format!("/guilds/{GUILD}/members/{member}")).send()
            });
            let (a, b) = futures::join!(all(grants), all(fetches));
            a + b
        },
    )
    .await
}

fn print_report(report: &Report) {
    let efficiency = report.ideal.as_secs_f64() / report.wall.as_secs_f64();
    let s = &report.stats;
    println!(
        "{:<28} {:<9} wall {:>8.3}s ideal {:>8.3}s eff {:>5.3} | 429 bucket {} global {} sublimit {} shared {} | sent {} failed {}",
        report.workload,
        report.network,
        report.wall.as_secs_f64(),
        report.ideal.as_secs_f64(),
        efficiency,
        s.rate_limited_bucket,
        s.rate_limited_global,
        s.rate_limited_sublimit,
        s.rate_limited_shared,
        s.requests,
        report.failures,
    );
}

/// 2,000 GETs with 20 % of answers failing with a 502: every request must end in
/// success, and the extra requests must stay within the retry budget.
async fn retries() -> Result<(), BoxError> {
    const REQUESTS: u64 = 2_000;
    const MAX_ATTEMPTS: u32 = 8;
    let budget = RetryBudget::new(Duration::from_secs(10), 10, 0.5);
    let mock = MockDiscord::builder()
        .unlimited(true)
        .faults(Faults::none().server_errors(0.2))
        .seed(11)
        .start()
        .await?;
    let client = RestClient::builder()
        .token(mock.token())
        .base_url(mock.base_url())
        .retry_policy(
            DefaultRetryPolicy::builder()
                .max_attempts(MAX_ATTEMPTS)
                .base_delay(Duration::from_millis(10))
                .max_delay(Duration::from_millis(500))
                .budget(budget)
                .build(),
        )
        .build()?;
    let started = Instant::now();
    let outcomes: Vec<bool> = stream::iter(0..REQUESTS)
        .map(|n| {
            let client = client.clone();
            async move {
                let path = format!("/channels/{}", CHANNEL + n);
                client.get(path).no_cache().send().await.is_ok()
            }
        })
        .buffer_unordered(64)
        .collect()
        .await;
    let wall = started.elapsed();
    let stats = mock.stats();
    let ok = outcomes.iter().filter(|ok| **ok).count();
    let extra = stats.requests - REQUESTS;
    // The budget: 10 retries per second in reserve over its 10 s window, plus
    // half of the requests made; and never more than 7 retries per request.
    let reserve = 10 * 10 + wall.as_secs() * 10;
    let allowed = (reserve + REQUESTS / 2).min(REQUESTS * u64::from(MAX_ATTEMPTS - 1));
    println!(
        "{:<28} {:<9} wall {:>8.3}s | ok {ok}/{REQUESTS} | server requests {} (502s {}) | extra {extra}, policy allows {allowed}",
        "2000 GETs, 20% 502s",
        "0 ms",
        wall.as_secs_f64(),
        stats.requests,
        stats.server_errors,
    );
    Ok(())
}
