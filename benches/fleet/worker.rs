//! `fleet-worker`: one process of a fleet of bot processes that share one token.
//!
//! It builds a `RestClient` whose rate limiter is a `RedisRateLimiter` (keys
//! named by the token's bot, default prefix `ovend`), runs one workload against
//! a Discord base URL (normally a `MockDiscord`) and prints one line of JSON with
//! what happened. The fleet integration test (`benches/tests/fleet.rs`) and the
//! fleet benchmark (`benches/benches/fleet.rs`) start several of these as
//! separate OS processes.
//!
//! ```sh
//! OVEND_FLEET_TOKEN=mock-bot-token.ovend cargo run --release -p benches --bin fleet-worker -- \
//!     --base-url http://127.0.0.1:4000/api/v10 --redis redis://127.0.0.1:6379 \
//!     --workload messages --index 0
//! ```
//!
//! Workloads (`--count` overrides the number of requests):
//! - `messages`: 200 messages, message `i` to channel `i % --channels` (50), all
//!   at once: they go as fast as the limiter lets them.
//! - `renames`: 2 renames (`PATCH /channels/{id}` with a new name) of one channel,
//!   the same channel in every process, at once.
//! - `paced`: 100 messages, one every `--interval-ms` (100 ms), to channels of this
//!   process's own (`--index` picks them), so that no limit binds for a fleet of up
//!   to four: what each acquire then costs is the limiter's own latency.
//!
//! The time of every `acquire` of the limiter (one per attempt, waits included)
//! is reported in microseconds (`acquire_us`), and when each granted acquire
//! ended, in milliseconds from the start (`grant_ms`). With `--sync` the worker connects, prints
//! `ready`, and starts when a line arrives on its stdin, so a fleet starts
//! together. The token is read from `OVEND_FLEET_TOKEN` (or `--token`, which
//! other users of the machine can see in the process list).
//!
//! For tests of Redis going away (`benches/tests/fleet_redis.rs`) the limiter's
//! knobs can be set (`--on-redis-failure`, `--fleet-size`, `--probe-interval-ms`,
//! `--redis-timeout-ms`, `--idle-timeout-ms`, `--lease-ms`; each left unset keeps
//! the limiter's default), and the JSON line also says, per request in the order
//! they were sent, how it ended (`outcomes`: `ok` or the error's kind, see
//! `kind()`), when it was sent and answered (`sent_ms`, `done_ms`), the failures
//! counted by kind (`errors_by_kind`), when the limiter lost Redis and found it
//! again (`store_down_ms`, `store_recovered_ms`), and when 429 answers arrived
//! (`global_429_ms`, `other_429_ms`: bucket, sublimit or shared, retried or
//! not), all in milliseconds from the start.

mod go;

use std::collections::BTreeMap;
use std::error::Error as StdError;
use std::future::Future;
use std::io::Write as _;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use futures::future::{join_all, BoxFuture};
use ovend_rest::ratelimit::{
    AcquireOptions, Permit, PermitHandle, RateLimitEvent, RateLimitHeaders, RateLimitListener,
    RateLimitManager, RateLimiter, RedisFailurePolicy, RedisRateLimiter, RedisRateLimiterBuilder,
    Rejected, RouteKey,
};
use ovend_rest::{Error, ErrorKind, RestClient};
use serde_json::{json, Value};

type BoxError = Box<dyn StdError + Send + Sync>;

/// The first channel of the `messages` workload and the channel `renames` renames
/// (the load benchmark's channel).
const CHANNEL: u64 = 700_000_000_000_000_001;
/// The first channel of the `paced` workload; each process gets its own range.
const PACED_CHANNEL: u64 = 710_000_000_000_000_001;
/// How long the worker stays up after its workload, so the answers' Redis
/// updates (spawned by the permits) are written before the runtime stops.
const GRACE: Duration = Duration::from_millis(300);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Workload {
    Messages,
    Renames,
    Paced,
}

impl Workload {
    fn default_count(self) -> usize {
        match self {
            Self::Messages => 200,
            Self::Renames => 2,
            Self::Paced => 100,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Messages => "messages",
            Self::Renames => "renames",
            Self::Paced => "paced",
        }
    }
}

/// Which limiter the client uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Limiter {
    /// `RedisRateLimiter`, shared by the fleet.
    Redis,
    /// The default in-memory `RateLimitManager`, this process's alone (a baseline).
    Memory,
}

/// What the Redis limiter does while Redis cannot be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OnRedisFailure {
    /// Refuse every request (`RedisFailurePolicy::FailFast`).
    FailFast,
    /// Limit in memory with a `1 / --fleet-size` share of the global limit
    /// (`RedisFailurePolicy::fall_back_among`).
    FallBack,
}

/// One process of a fleet sharing one bot token.
#[derive(Debug, Parser)]
#[command(name = "fleet-worker")]
struct Args {
    /// The Discord API base URL (a MockDiscord's `base_url()`).
    #[arg(long, env = "OVEND_FLEET_BASE_URL")]
    base_url: String,
    /// The bot token (without `Bot `).
    #[arg(long, env = "OVEND_FLEET_TOKEN", hide_env_values = true)]
    token: String,
    /// The Redis server the limiter shares its state through (needed by `--limiter redis`).
    #[arg(long, env = "OVEND_FLEET_REDIS")]
    redis: Option<String>,
    /// The workload to run.
    #[arg(long, value_enum, env = "OVEND_FLEET_WORKLOAD")]
    workload: Workload,
    /// This process's index in the fleet (0, 1, ...).
    #[arg(long, default_value_t = 0, env = "OVEND_FLEET_INDEX")]
    index: u64,
    /// Requests this process sends (default: 200 messages, 2 renames, 100 paced).
    #[arg(long)]
    count: Option<usize>,
    /// Channels the messages go to.
    #[arg(long, default_value_t = 50)]
    channels: u64,
    /// Milliseconds between two requests of the `paced` workload.
    #[arg(long, default_value_t = 100)]
    interval_ms: u64,
    /// The Redis key prefix (default: the limiter's own, `ovend`).
    #[arg(long)]
    prefix: Option<String>,
    /// The limiter to use.
    #[arg(long, value_enum, default_value_t = Limiter::Redis)]
    limiter: Limiter,
    /// Print `ready` once connected and start when a line arrives on stdin.
    #[arg(long)]
    sync: bool,
    /// What the Redis limiter does while Redis is unreachable (default: the
    /// limiter's, fail-fast).
    #[arg(long, value_enum)]
    on_redis_failure: Option<OnRedisFailure>,
    /// Processes sharing the token: `fall-back` limits this one to `1 / N` of the
    /// global limit (needed by `--on-redis-failure fall-back`).
    #[arg(long)]
    fleet_size: Option<u32>,
    /// How often a limiter that lost Redis pings it (default: the limiter's, 1 s).
    #[arg(long)]
    probe_interval_ms: Option<u64>,
    /// How long any Redis call may take (default: the limiter's, 2 s).
    #[arg(long)]
    redis_timeout_ms: Option<u64>,
    /// How long learned buckets and route hashes stay in Redis unused (default:
    /// the limiter's, 10 min).
    #[arg(long)]
    idle_timeout_ms: Option<u64>,
    /// How long a granted request may stay unanswered (default: the limiter's, 60 s).
    #[arg(long)]
    lease_ms: Option<u64>,
}

impl Args {
    /// The Redis limiter's builder, with every knob given on the command line.
    fn redis_builder(&self, url: &str) -> Result<RedisRateLimiterBuilder, BoxError> {
        let ms = Duration::from_millis;
        let mut builder = RedisRateLimiter::builder(url).token(&self.token);
        if let Some(prefix) = &self.prefix {
            builder = builder.prefix(prefix.clone());
        }
        match (self.on_redis_failure, self.fleet_size) {
            (None, _) => {}
            (Some(OnRedisFailure::FailFast), _) => {
                builder = builder.on_redis_failure(RedisFailurePolicy::FailFast);
            }
            (Some(OnRedisFailure::FallBack), Some(size)) => {
                builder = builder.on_redis_failure(RedisFailurePolicy::fall_back_among(size));
            }
            (Some(OnRedisFailure::FallBack), None) => {
                return Err("--on-redis-failure fall-back needs --fleet-size".into());
            }
        }
        if let Some(interval) = self.probe_interval_ms {
            builder = builder.probe_interval(ms(interval));
        }
        if let Some(timeout) = self.redis_timeout_ms {
            builder = builder.redis_timeout(ms(timeout));
        }
        if let Some(idle) = self.idle_timeout_ms {
            builder = builder.idle_timeout(ms(idle));
        }
        if let Some(lease) = self.lease_ms {
            builder = builder.lease(ms(lease));
        }
        Ok(builder)
    }
}

/// When the limiter lost Redis and found it again (its `SharedStore*` events).
#[derive(Debug, Default)]
struct StoreEvents {
    down: Vec<Instant>,
    recovered: Vec<Instant>,
}

impl StoreEvents {
    fn listener(events: &Arc<Mutex<Self>>) -> Arc<dyn RateLimitListener> {
        let events = Arc::clone(events);
        Arc::new(move |event: &RateLimitEvent| {
            let lock = || events.lock().unwrap_or_else(PoisonError::into_inner);
            match event {
                RateLimitEvent::SharedStoreDown { .. } => lock().down.push(Instant::now()),
                RateLimitEvent::SharedStoreRecovered { .. } => {
                    lock().recovered.push(Instant::now());
                }
                _ => {}
            }
        })
    }
}

/// A limiter that times every acquire of the limiter it wraps.
struct Timed {
    inner: Arc<dyn RateLimiter>,
    /// Every acquire, in the order they ended.
    samples: Mutex<Vec<Sample>>,
    /// Every 429 answer to a granted request: when it arrived, whether global.
    limited: Arc<Mutex<Vec<(Instant, bool)>>>,
}

/// A granted permit that notes a 429 answer before handing it on.
struct Watched {
    permit: Permit,
    limited: Arc<Mutex<Vec<(Instant, bool)>>>,
}

impl PermitHandle for Watched {
    fn complete(self: Box<Self>, headers: &RateLimitHeaders) {
        if headers.status == 429 {
            self.limited
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((Instant::now(), headers.global));
        }
        self.permit.complete(headers);
    }

    fn cancel(self: Box<Self>) {
        drop(self.permit);
    }

    fn release(self: Box<Self>) {
        self.permit.release();
    }
}

/// One acquire: how long it took, when it ended, whether it granted a permit.
#[derive(Debug, Clone, Copy)]
struct Sample {
    micros: u64,
    ended: Instant,
    granted: bool,
}

impl Timed {
    fn record(&self, sample: Sample) {
        self.samples
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(sample);
    }

    fn take(&self) -> Vec<Sample> {
        std::mem::take(&mut *self.samples.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl std::fmt::Debug for Timed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Timed")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

impl RateLimiter for Timed {
    fn acquire_with<'a>(
        &'a self,
        key: &'a RouteKey,
        options: &'a AcquireOptions,
    ) -> BoxFuture<'a, Result<Permit, Rejected>> {
        Box::pin(async move {
            let started = Instant::now();
            let result = self.inner.acquire_with(key, options).await;
            self.record(Sample {
                micros: micros(started.elapsed()),
                ended: Instant::now(),
                granted: result.is_ok(),
            });
            result.map(|permit| {
                Permit::new(Watched {
                    permit,
                    limited: self.limited.clone(),
                })
            })
        })
    }

    fn reset_invalid_token(&self) -> BoxFuture<'_, ()> {
        self.inner.reset_invalid_token()
    }

    fn add_listener(&self, listener: Arc<dyn RateLimitListener>) {
        self.inner.add_listener(listener);
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let args = Args::parse();
    let inner: Arc<dyn RateLimiter> = match args.limiter {
        Limiter::Redis => {
            let url = args
                .redis
                .as_deref()
                .ok_or("--redis is needed by --limiter redis")?;
            Arc::new(args.redis_builder(url)?.connect().await?)
        }
        Limiter::Memory => Arc::new(RateLimitManager::builder().build()),
    };
    let store_events = Arc::new(Mutex::new(StoreEvents::default()));
    inner.add_listener(StoreEvents::listener(&store_events));
    let timed = Arc::new(Timed {
        inner,
        samples: Mutex::new(Vec::new()),
        limited: Arc::default(),
    });
    let client = RestClient::builder()
        .token(&args.token)
        .base_url(&args.base_url)
        .max_wait(Duration::from_secs(900))
        .shared_rate_limiter(timed.clone())
        .build()?;

    if args.sync {
        go::ready_then_go().await?;
    }

    let count = args.count.unwrap_or(args.workload.default_count());
    let started = Instant::now();
    let results = match args.workload {
        Workload::Messages => messages(&client, &args, count).await,
        Workload::Renames => renames(&client, &args, count).await,
        Workload::Paced => paced(&client, &args, count).await,
    };
    let wall = started.elapsed();
    // The driver times the fleet from its `go` to the last process's end by this
    // machine's one wall clock, without the reporting below.
    let ended_epoch_us = go::ended_epoch_us();

    let samples = timed.take();
    let failed: Vec<String> = results
        .iter()
        .filter_map(|r| r.outcome.as_ref().err().map(ToString::to_string))
        .collect();
    let kinds: Vec<&str> = results
        .iter()
        .map(|r| r.outcome.as_ref().map_or_else(kind, |_| "ok"))
        .collect();
    let mut errors_by_kind = BTreeMap::<&str, u64>::new();
    for kind in kinds.iter().filter(|kind| **kind != "ok") {
        *errors_by_kind.entry(kind).or_default() += 1;
    }
    let limited =
        std::mem::take(&mut *timed.limited.lock().unwrap_or_else(PoisonError::into_inner));
    let since_start = |at: &Instant| micros(at.saturating_duration_since(started)) / 1000;
    let limited_ms = |global: bool| {
        limited
            .iter()
            .filter(|(_, g)| *g == global)
            .map(|(at, _)| since_start(at))
            .collect::<Vec<_>>()
    };
    let store_events =
        std::mem::take(&mut *store_events.lock().unwrap_or_else(PoisonError::into_inner));
    let line = json!({
        "workload": args.workload.name(),
        "index": args.index,
        "requests": results.len(),
        "ok": results.len() - failed.len(),
        "failed": failed.len(),
        "errors": failed.iter().take(5).collect::<Vec<_>>(),
        "wall_us": micros(wall),
        "ended_epoch_us": ended_epoch_us,
        "acquire_us": samples.iter().map(|s| s.micros).collect::<Vec<_>>(),
        "grant_ms": samples
            .iter()
            .filter(|s| s.granted)
            .map(|s| micros(s.ended.saturating_duration_since(started)) / 1000)
            .collect::<Vec<_>>(),
        "outcomes": kinds,
        "errors_by_kind": errors_by_kind,
        "sent_ms": results.iter().map(|r| since_start(&r.sent)).collect::<Vec<_>>(),
        "done_ms": results.iter().map(|r| since_start(&r.done)).collect::<Vec<_>>(),
        "store_down_ms": store_events.down.iter().map(since_start).collect::<Vec<_>>(),
        "store_recovered_ms": store_events.recovered.iter().map(since_start).collect::<Vec<_>>(),
        "global_429_ms": limited_ms(true),
        "other_429_ms": limited_ms(false),
    });
    println!("{line}");
    std::io::stdout().flush()?;
    tokio::time::sleep(GRACE).await;
    Ok(())
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

type Outcome = Result<ovend_rest::Response, Error>;

/// One request's outcome, when it was sent and when it ended.
struct Stamped {
    outcome: Outcome,
    sent: Instant,
    done: Instant,
}

/// `request`, sent now, with the instant its outcome arrived.
fn stamp(request: impl Future<Output = Outcome>) -> impl Future<Output = Stamped> {
    let sent = Instant::now();
    async move {
        let outcome = request.await;
        Stamped {
            outcome,
            sent,
            done: Instant::now(),
        }
    }
}

/// A failure's kind, for `outcomes` and `errors_by_kind`: `unavailable` is the
/// Redis limiter's refusal while Redis is gone (`Rejected::Unavailable`).
fn kind(error: &Error) -> &'static str {
    match error.kind() {
        ErrorKind::Rejected(Rejected::Unavailable { .. }) => "unavailable",
        ErrorKind::Rejected(Rejected::MaxWait { .. }) => "max_wait",
        ErrorKind::Rejected(Rejected::QueueFull { .. }) => "queue_full",
        ErrorKind::Rejected(_) => "rejected",
        ErrorKind::RateLimited { global: true, .. } => "rate_limited_global",
        ErrorKind::RateLimited { .. } => "rate_limited",
        ErrorKind::Api { .. } => "api",
        ErrorKind::Timeout => "timeout",
        ErrorKind::Http(_) => "http",
        ErrorKind::InvalidToken => "invalid_token",
        ErrorKind::CloudflareBan { .. } => "cloudflare_ban",
        _ => "other",
    }
}

fn message(args: &Args, n: usize) -> Value {
    json!({ "content": format!("fleet process {} message {n}", args.index) })
}

/// Every message at once, message `n` to channel `n % channels`.
async fn messages(client: &RestClient, args: &Args, count: usize) -> Vec<Stamped> {
    let channels = args.channels.max(1);
    join_all((0..count).map(|n| {
        let channel = CHANNEL + n as u64 % channels;
        stamp(
            client
                .post(format!("/channels/{channel}/messages"))
                .json(&message(args, n))
                .send(),
        )
    }))
    .await
}

/// Every rename of the one channel at once.
async fn renames(client: &RestClient, args: &Args, count: usize) -> Vec<Stamped> {
    join_all((0..count).map(|n| {
        stamp(
            client
                .patch(format!("/channels/{CHANNEL}"))
                .json(&json!({ "name": format!("fleet-{}-{n}", args.index) }))
                .send(),
        )
    }))
    .await
}

/// One message every `interval_ms` to this process's own channels; each is sent
/// on its own task, so a slow one does not hold back the next.
async fn paced(client: &RestClient, args: &Args, count: usize) -> Vec<Stamped> {
    let channels = args.channels.max(1);
    let first = PACED_CHANNEL + args.index * channels;
    let mut ticks = tokio::time::interval(Duration::from_millis(args.interval_ms.max(1)));
    let mut tasks = Vec::with_capacity(count);
    for n in 0..count {
        ticks.tick().await;
        let channel = first + n as u64 % channels;
        let request = client
            .post(format!("/channels/{channel}/messages"))
            .json(&message(args, n))
            .send();
        tasks.push(tokio::spawn(stamp(request)));
    }
    let mut outcomes = Vec::with_capacity(count);
    for task in tasks {
        match task.await {
            Ok(outcome) => outcomes.push(outcome),
            Err(join) => panic!("a request task failed: {join}"),
        }
    }
    outcomes
}
