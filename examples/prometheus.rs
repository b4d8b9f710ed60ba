//! Prometheus metrics for an ovend bot.
//!
//! Installs the `metrics-exporter-prometheus` recorder with its HTTP listener
//! (the library itself never installs a recorder), starts `MockDiscord`
//! in-process, and runs a small bot workload through `RestClient` — messages,
//! reads, topic edits that meet a hidden sublimit, and now and then a refused
//! request — so that every family of ovend metrics moves. Scrape it while it runs.
//!
//! ```sh
//! cargo run --release --example prometheus                  # until Ctrl-C, port 9000
//! cargo run --release --example prometheus -- --port 9100 --seconds 30
//! curl -s http://127.0.0.1:9000/metrics | grep ^ovend_
//! ```

use std::error::Error as StdError;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use metrics_exporter_prometheus::PrometheusBuilder;
use ovend_rest::metrics::AnalyticsSnapshot;
use ovend_rest::RestClient;
use ovend_testkit::{Fault, MockDiscord};
use serde_json::json;

type BoxError = Box<dyn StdError + Send + Sync>;

/// The default scrape port, as Prometheus exporters usually use.
const DEFAULT_PORT: u16 = 9000;

const CHANNELS: [u64; 3] = [
    700_000_000_000_000_001,
    700_000_000_000_000_002,
    700_000_000_000_000_003,
];

/// Command-line options: `--port N` and `--seconds N`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Where `/metrics` is served, on 127.0.0.1.
    pub port: u16,
    /// Stop after this long (default: at Ctrl-C).
    pub seconds: Option<u64>,
}

impl Options {
    /// Parses `--port N` and `--seconds N`.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Self, BoxError> {
        let mut options = Self {
            port: DEFAULT_PORT,
            seconds: None,
        };
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
            match flag.as_str() {
                "--port" => options.port = value.parse()?,
                "--seconds" => options.seconds = Some(value.parse()?),
                other => return Err(format!("unknown option {other}").into()),
            }
        }
        Ok(options)
    }
}

#[tokio::main]
#[allow(dead_code)] // A test includes this file for `run`.
async fn main() -> Result<(), BoxError> {
    let options = Options::parse(std::env::args().skip(1))?;
    let ctrl_c = async {
        // Without a signal handler the program runs until `--seconds`, if given.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let snapshot = run(options, ctrl_c).await?;
    println!("\n{snapshot}");
    Ok(())
}

/// Serves `/metrics`, runs the workload until `stop` or `options.seconds`, and
/// returns the client's analytics. The listener keeps serving while the
/// runtime lives.
pub async fn run(
    options: Options,
    stop: impl Future<Output = ()>,
) -> Result<AnalyticsSnapshot, BoxError> {
    let addr = SocketAddr::from(([127, 0, 0, 1], options.port));
    PrometheusBuilder::new()
        .with_http_listener(addr)
        .install()?;
    let mock = MockDiscord::builder()
        .latency(Duration::from_millis(20))
        .jitter(Duration::from_millis(10))
        .time_scale(0.01)
        .start()
        .await?;
    let client = RestClient::builder()
        .token(mock.token())
        .base_url(mock.base_url())
        .slow_request_threshold(Duration::from_millis(250))
        .build()?;
    println!("ovend metrics: scrape http://{addr}/metrics (Prometheus text format)");
    println!("MockDiscord at {}; Ctrl-C to stop", mock.base_url());

    let limit = async {
        match options.seconds {
            Some(seconds) => tokio::time::sleep(Duration::from_secs(seconds)).await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        () = workload(&client, &mock) => {}
        () = limit => {}
        () = stop => {}
    }
    client.events().flush().await;
    Ok(client.metrics())
}

/// One bot per channel, forever: post, read, and now and then edit the topic
/// (the rename sublimit answers 429) or meet a refusal (403, an invalid request).
async fn workload(client: &RestClient, mock: &MockDiscord) {
    let bots = CHANNELS.iter().map(|&channel| bot(client, mock, channel));
    futures::future::join_all(bots).await;
}

async fn bot(client: &RestClient, mock: &MockDiscord, channel: u64) {
    for round in 0u64.. {
        let messages = format!("/channels/{channel}/messages");
        let body = json!({ "content": format!("round {round}") });
        // Errors are the point of some rounds; the metrics count them.
        let _ = client.post(&messages).json(&body).await;
        let _ = client.get(format!("/channels/{channel}")).await;
        if round % 5 == 4 {
            let topic = json!({ "topic": format!("round {round}") });
            let _ = client
                .patch(format!("/channels/{channel}"))
                .json(&topic)
                .await;
        }
        if round % 20 == 19 {
            mock.fail_next_on(&messages, 1, Fault::Forbidden);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
