//! A worker's side of the fleet's start: say `ready` once connected, then wait
//! for the driver's `go` (`driver.rs`), so every process of a fleet starts at
//! once. Shared by `fleet-worker` (`worker.rs`) and the comparison's raw and
//! twilight workers (`compare/fleet.rs`), which include this file as a module.

use std::io::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::io::AsyncBufReadExt as _;

/// Prints `ready` on stdout and returns when a line arrives on stdin.
pub async fn ready_then_go() -> std::io::Result<()> {
    println!("ready");
    std::io::stdout().flush()?;
    let mut line = String::new();
    tokio::io::BufReader::new(tokio::io::stdin())
        .read_line(&mut line)
        .await?;
    Ok(())
}

/// Now, in µs since the Unix epoch: when a worker ended, by the machine's one
/// wall clock, which the driver compares with its `go`.
pub fn ended_epoch_us() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_micros()).unwrap_or(u64::MAX))
}
