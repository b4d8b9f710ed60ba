//! Serves the Discord emulator until Ctrl-C, for bots in any language.
//!
//! ```text
//! ovend-mock --port 4000 --token my-token --time-scale 0.1 --server-errors 0.05
//! ```

use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use ovend_testkit::{Faults, MockDiscord};

/// A Discord REST API emulator that enforces Discord's rate limits.
#[derive(Debug, Parser)]
#[command(name = "ovend-mock", version, about)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 4000)]
    port: u16,
    /// Accepted bot token (repeat for several); default "mock-bot-token.ovend".
    #[arg(long = "token")]
    tokens: Vec<String>,
    /// Multiplies every rate-limit window and the ban length.
    #[arg(long, default_value_t = 1.0)]
    time_scale: f64,
    /// Added before each answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Uniform +/- spread around the latency, in milliseconds.
    #[arg(long, default_value_t = 0)]
    jitter_ms: u64,
    /// Turn every rate limit off.
    #[arg(long)]
    unlimited: bool,
    /// Requests per second per token.
    #[arg(long, default_value_t = 50)]
    global_limit: u32,
    /// Invalid requests per 10 minutes before the Cloudflare ban (0: never).
    #[arg(long, default_value_t = 10_000)]
    invalid_request_limit: u32,
    /// Answer 400 to requests without a "DiscordBot (" User-Agent.
    #[arg(long)]
    strict_user_agent: bool,
    /// Probability of an HTML 502 per request.
    #[arg(long, default_value_t = 0.0)]
    server_errors: f64,
    /// Probability of closing the connection without an answer.
    #[arg(long, default_value_t = 0.0)]
    drops: f64,
    /// Probability of a slow answer.
    #[arg(long, default_value_t = 0.0)]
    slow: f64,
    /// Delay of a slow answer, in milliseconds.
    #[arg(long, default_value_t = 1_000)]
    slow_ms: u64,
    /// Probability of `X-RateLimit-Remaining: garbage`.
    #[arg(long, default_value_t = 0.0)]
    malformed_headers: f64,
    /// Probability of aborting the connection in the middle of the body.
    #[arg(long, default_value_t = 0.0)]
    resets_mid_body: f64,
    /// Probability of a 200 whose JSON body is cut in the middle.
    #[arg(long, default_value_t = 0.0)]
    truncated_json: f64,
    /// Probability of a proxy's 429 without any Discord header.
    #[arg(long, default_value_t = 0.0)]
    proxy_429: f64,
    /// Seed for faults and jitter.
    #[arg(long)]
    seed: Option<u64>,
}

impl Args {
    fn builder(self) -> ovend_testkit::MockDiscordBuilder {
        let faults = Faults::none()
            .server_errors(self.server_errors)
            .drops(self.drops)
            .slow(self.slow, Duration::from_millis(self.slow_ms))
            .malformed_headers(self.malformed_headers)
            .resets_mid_body(self.resets_mid_body)
            .truncated_json(self.truncated_json)
            .proxy_429(self.proxy_429);
        let mut builder = MockDiscord::builder()
            .bind(SocketAddr::new(self.host, self.port))
            .time_scale(self.time_scale)
            .latency(Duration::from_millis(self.latency_ms))
            .jitter(Duration::from_millis(self.jitter_ms))
            .unlimited(self.unlimited)
            .global_limit(self.global_limit)
            .invalid_request_limit(self.invalid_request_limit)
            .strict_user_agent(self.strict_user_agent)
            .faults(faults);
        for token in self.tokens {
            builder = builder.token(token);
        }
        if let Some(seed) = self.seed {
            builder = builder.seed(seed);
        }
        builder
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let mock = match args.builder().start().await {
        Ok(mock) => mock,
        Err(error) => {
            eprintln!("ovend-mock: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    // Printing the token is the point of this binary: it is the emulator's own,
    // not a Discord secret.
    println!("ovend-mock listening on {}", mock.base_url());
    println!("token: {}", mock.token());
    println!("stats: http://{}/__ovend/stats", mock.addr());
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("ovend-mock: cannot wait for Ctrl-C: {error}");
    }
    mock.shutdown().await;
    ExitCode::SUCCESS
}
