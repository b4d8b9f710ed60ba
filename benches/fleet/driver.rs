//! Starts a fleet of `fleet-worker` processes, starts them together and collects
//! their results. Shared by the fleet test (`tests/fleet.rs`) and the fleet
//! benchmark (`benches/fleet.rs`), which include this file as a module.

use std::collections::BTreeMap;
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;
use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader, Lines};
use tokio::process::{Child, ChildStdin, ChildStdout, Command};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How one worker is started.
#[derive(Debug, Clone)]
pub struct Spec {
    pub token: String,
    pub workload: &'static str,
    pub index: u64,
    /// `None`: the workload's default.
    pub count: Option<usize>,
    /// Extra arguments (`--channels`, `--interval-ms`, `--limiter`, ...).
    pub extra: Vec<String>,
}

impl Spec {
    pub fn new(token: &str, workload: &'static str, index: u64) -> Self {
        Self {
            token: token.to_owned(),
            workload,
            index,
            count: None,
            extra: Vec::new(),
        }
    }

    pub fn count(mut self, count: usize) -> Self {
        self.count = Some(count);
        self
    }

    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.extra.push(arg.into());
        self
    }
}

/// What one worker reported.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub index: u64,
    pub requests: u64,
    pub ok: u64,
    pub failed: u64,
    pub errors: Vec<String>,
    /// The worker's own time from its start to its last answer.
    pub wall: Duration,
    /// Microseconds of every acquire (one per attempt, waits included).
    pub acquire_us: Vec<u64>,
    /// When each granted acquire ended, in milliseconds from the worker's start.
    pub grant_ms: Vec<u64>,
    /// From `go` until the parent read this worker's result.
    pub seen_after: Duration,
    /// From `go` until the worker's last answer, by the machine's wall clock
    /// (one clock for every process), without the time the worker then takes
    /// to report; `seen_after` when the worker does not say when it ended.
    pub finished: Duration,
    /// How each request ended, in the order they were sent: `ok`, or the
    /// error's kind (`unavailable`, `rate_limited`, `http`, ...; see the worker).
    pub outcomes: Vec<String>,
    /// The failures counted by kind.
    pub errors_by_kind: BTreeMap<String, u64>,
    /// When each request was sent, in milliseconds from the worker's start (in
    /// the order of `outcomes`).
    pub sent_ms: Vec<u64>,
    /// When each request's outcome arrived, in milliseconds from the worker's start.
    pub done_ms: Vec<u64>,
    /// When the worker's limiter lost Redis, in milliseconds from its start.
    pub store_down_ms: Vec<u64>,
    /// When the worker's limiter found Redis again, in milliseconds from its start.
    pub store_recovered_ms: Vec<u64>,
    /// When each global 429 answer arrived, in milliseconds from the worker's start
    /// (retried ones too).
    pub global_429_ms: Vec<u64>,
    /// When each other 429 answer (bucket, sublimit, shared) arrived.
    pub other_429_ms: Vec<u64>,
}

struct Worker {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Lines<BufReader<ChildStdout>>,
}

/// Workers that connected and wait for `go`. Dropping it kills every worker.
pub struct Fleet {
    workers: Vec<Worker>,
    /// When the workers were told to go, by the wall clock.
    go_at: Option<SystemTime>,
}

/// Starts one `fleet-worker` (at `exe`) per spec with `--sync`, and waits until
/// each has connected and printed `ready` (at most `timeout`).
pub async fn spawn(
    exe: &str,
    base_url: &str,
    redis_url: &str,
    specs: &[Spec],
    timeout: Duration,
) -> Result<Fleet, BoxError> {
    let mut workers = Vec::with_capacity(specs.len());
    for spec in specs {
        let mut command = Command::new(exe);
        command
            .arg("--base-url")
            .arg(base_url)
            .arg("--redis")
            .arg(redis_url)
            .arg("--workload")
            .arg(spec.workload)
            .arg("--index")
            .arg(spec.index.to_string())
            .arg("--sync")
            .args(&spec.extra)
            // The token goes through the environment, not the process list.
            .env("OVEND_FLEET_TOKEN", &spec.token)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true);
        if let Some(count) = spec.count {
            command.arg("--count").arg(count.to_string());
        }
        let mut child = command.spawn()?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().ok_or("worker without stdout")?;
        workers.push(Worker {
            child,
            stdin,
            lines: BufReader::new(stdout).lines(),
        });
    }
    let mut fleet = Fleet {
        workers,
        go_at: None,
    };
    tokio::time::timeout(timeout, async {
        for (n, worker) in fleet.workers.iter_mut().enumerate() {
            match worker.lines.next_line().await? {
                Some(line) if line == "ready" => {}
                other => return Err(format!("worker {n} did not get ready: {other:?}").into()),
            }
        }
        Ok::<_, BoxError>(())
    })
    .await
    .map_err(|_| format!("the workers were not ready within {timeout:?}"))??;
    Ok(fleet)
}

impl Fleet {
    /// Starts every worker; returns the instant they were told to.
    pub async fn go(&mut self) -> Result<Instant, BoxError> {
        let started = Instant::now();
        self.go_at = Some(SystemTime::now());
        for worker in &mut self.workers {
            let mut stdin = worker.stdin.take().ok_or("go twice")?;
            stdin.write_all(b"go\n").await?;
            stdin.flush().await?;
        }
        Ok(started)
    }

    /// Waits (at most `timeout`) for every worker's result and exit. On timeout
    /// or error every worker is killed.
    pub async fn finish(
        mut self,
        started: Instant,
        timeout: Duration,
    ) -> Result<Vec<Outcome>, BoxError> {
        let collect = futures::future::join_all(
            self.workers
                .iter_mut()
                .enumerate()
                .map(|(n, worker)| result(n, worker, started, self.go_at)),
        );
        let outcomes = match tokio::time::timeout(timeout, collect).await {
            Ok(outcomes) => outcomes,
            Err(_) => {
                self.kill().await;
                return Err(format!("the fleet did not finish within {timeout:?}").into());
            }
        };
        let mut all = Vec::with_capacity(outcomes.len());
        for outcome in outcomes {
            match outcome {
                Ok(outcome) => all.push(outcome),
                Err(error) => {
                    self.kill().await;
                    return Err(error);
                }
            }
        }
        Ok(all)
    }

    async fn kill(&mut self) {
        for worker in &mut self.workers {
            // Best effort: it may have exited.
            let _ = worker.child.kill().await;
        }
    }
}

/// Reads worker `n`'s JSON line, then waits for it to exit successfully.
async fn result(
    n: usize,
    worker: &mut Worker,
    started: Instant,
    go_at: Option<SystemTime>,
) -> Result<Outcome, BoxError> {
    let line = loop {
        match worker.lines.next_line().await? {
            Some(line) if line.starts_with('{') => break line,
            Some(_) => continue,
            None => {
                let status = worker.child.wait().await?;
                return Err(format!("worker {n} ended without a result ({status})").into());
            }
        }
    };
    let seen_after = started.elapsed();
    let status = worker.child.wait().await?;
    if !status.success() {
        return Err(format!("worker {n} failed ({status})").into());
    }
    let value: Value = serde_json::from_str(&line)?;
    let number = |field: &str| {
        value[field]
            .as_u64()
            .ok_or_else(|| format!("worker {n}: no `{field}` in {line}"))
    };
    Ok(Outcome {
        index: number("index")?,
        requests: number("requests")?,
        ok: number("ok")?,
        failed: number("failed")?,
        errors: value["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        wall: Duration::from_micros(number("wall_us")?),
        acquire_us: numbers(&value["acquire_us"]),
        grant_ms: numbers(&value["grant_ms"]),
        seen_after,
        finished: finished(&value, go_at).unwrap_or(seen_after),
        outcomes: value["outcomes"]
            .as_array()
            .map(|kinds| {
                kinds
                    .iter()
                    .filter_map(|k| k.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        errors_by_kind: value["errors_by_kind"]
            .as_object()
            .map(|kinds| {
                kinds
                    .iter()
                    .filter_map(|(kind, n)| Some((kind.clone(), n.as_u64()?)))
                    .collect()
            })
            .unwrap_or_default(),
        sent_ms: numbers(&value["sent_ms"]),
        done_ms: numbers(&value["done_ms"]),
        store_down_ms: numbers(&value["store_down_ms"]),
        store_recovered_ms: numbers(&value["store_recovered_ms"]),
        global_429_ms: numbers(&value["global_429_ms"]),
        other_429_ms: numbers(&value["other_429_ms"]),
    })
}

fn numbers(value: &Value) -> Vec<u64> {
    value
        .as_array()
        .map(|items| items.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default()
}

/// Microseconds since the Unix epoch, as the workers report when they ended.
fn epoch_micros(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_micros()).unwrap_or(u64::MAX))
}

/// From `go_at` to the worker's reported `ended_epoch_us`, if both are known.
fn finished(value: &Value, go_at: Option<SystemTime>) -> Option<Duration> {
    let ended = value["ended_epoch_us"].as_u64()?;
    let go = epoch_micros(go_at?);
    Some(Duration::from_micros(ended.saturating_sub(go)))
}
