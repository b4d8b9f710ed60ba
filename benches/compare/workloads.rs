//! The comparison's single-process workloads and how one run of them is measured.
//!
//! The six rate-limited workloads are the load benchmark's (`benches/load.rs`):
//! same channel and guild ids, same counts, renames at time scale 0.01, and
//! every request of a workload issued at once. Each workload is a function
//! that returns its calls together with its [`Plan`] (the limits it meets and
//! which of them each call takes), from which `ideal.rs` computes both floors.
//!
//! The overhead workload (20,000 GETs of one route, 32 at a time, on an
//! emulator without limits) measures what each client costs per request.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::stream::{self, StreamExt};
use ovend_testkit::MockDiscord;

use crate::clients::{OvendDriver, RawDriver, TwilightDriver};
use crate::ideal::{Limit, Plan};
use crate::network::{self, Network};
use crate::types::{Call, ClientKind, Driver, Outcome, Run, ServerEvent};

pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The load benchmark's guild and first channel.
pub(crate) const GUILD: u64 = 613_425_648_685_547_541;
pub(crate) const CHANNEL: u64 = 700_000_000_000_000_001;
const ROLE: u64 = 900_000_000_000_000_001;
/// Members granted the role, and members fetched (distinct, so no GET repeats).
const GRANTED: u64 = 800_000_000_000_000_000;
const FETCHED: u64 = 800_000_000_000_000_100;
/// The renames' time scale: 10 minutes take 6 s.
pub(crate) const RENAME_SCALE: f64 = 0.01;
/// Enough for any run's requests, retries included (the emulator's default
/// keeps 1024; a run's timeline must be whole).
pub(crate) const RECORD_CAPACITY: usize = 50_000;

/// Discord's global limit, which every request on a bot token takes.
const GLOBAL: Limit = Limit::new(50, Duration::from_secs(1));
/// A channel's message buckets (create; edit and delete share one).
const MESSAGES: Limit = Limit::new(5, Duration::from_secs(5));

const EMOJI: [&str; 20] = [
    "👍", "🎉", "🚀", "👀", "✅", "🔥", "😀", "😂", "🥳", "🤖", "💡", "📌", "⭐", "🍕", "🎵", "🐍",
    "🦀", "🌍", "⚡", "❤",
];

/// One rate-limited workload: its name, the emulator's time scale, how many
/// messages it needs in [`CHANNEL`] before the timing starts, its calls with
/// their plan (given those messages' ids), and whether it runs alone.
pub(crate) struct Workload {
    pub(crate) name: &'static str,
    pub(crate) time_scale: f64,
    pub(crate) setup_messages: usize,
    pub(crate) build: fn(&[u64]) -> (Vec<Call>, Plan),
    /// Runs alone, one client and network at a time, rather than beside the
    /// others: its bursts of requests keep the CPUs busy, and beside eleven
    /// other runs on 2 cores the host's own queueing adds to every round trip,
    /// which no client can tell from the network's jitter (see BENCHMARKS.md).
    pub(crate) solo: bool,
}

impl Workload {
    /// The workload's plan (which does not depend on the messages' ids).
    pub(crate) fn plan(&self) -> Plan {
        let ids: Vec<u64> = (1..=self.setup_messages as u64).collect();
        (self.build)(&ids).1
    }
}

/// The load benchmark's six workloads, in its order.
pub(crate) const LOAD: [Workload; 6] = [
    Workload {
        name: "40 messages, one channel",
        time_scale: 1.0,
        setup_messages: 0,
        build: |_| one_channel(),
        solo: false,
    },
    Workload {
        name: "400 messages, 80 channels",
        time_scale: 1.0,
        setup_messages: 0,
        build: |_| fan_out(),
        solo: true,
    },
    Workload {
        name: "40 edits+deletes, one hash",
        time_scale: 1.0,
        setup_messages: 40,
        build: shared_hash,
        solo: false,
    },
    Workload {
        name: "4 renames, one channel",
        time_scale: RENAME_SCALE,
        setup_messages: 0,
        build: |_| renames(),
        solo: false,
    },
    Workload {
        name: "20 reactions, one message",
        time_scale: 1.0,
        setup_messages: 1,
        build: reactions,
        solo: false,
    },
    Workload {
        name: "roles + member fetches",
        time_scale: 1.0,
        setup_messages: 0,
        build: |_| guild_mix(),
        solo: false,
    },
];

fn content(n: usize) -> String {
    format!("load message {n}")
}

/// 40 messages to one channel: its 5 per 5 s bucket binds.
pub(crate) fn one_channel() -> (Vec<Call>, Plan) {
    let calls = (0..40)
        .map(|n| Call::CreateMessage {
            channel: CHANNEL,
            content: content(n),
        })
        .collect();
    let plan = Plan {
        limits: vec![MESSAGES],
        requests: vec![vec![0]; 40],
        global: Some(GLOBAL),
    };
    (calls, plan)
}

/// 400 messages over 80 channels (message `n` to channel `n % 80`): 5 per
/// channel fit each bucket, the global 50 per second binds.
pub(crate) fn fan_out() -> (Vec<Call>, Plan) {
    const CHANNELS: usize = 80;
    let calls = (0..400)
        .map(|n| Call::CreateMessage {
            channel: CHANNEL + (n % CHANNELS) as u64,
            content: content(n),
        })
        .collect();
    let plan = Plan {
        limits: vec![MESSAGES; CHANNELS],
        requests: (0..400).map(|n| vec![n % CHANNELS]).collect(),
        global: Some(GLOBAL),
    };
    (calls, plan)
}

/// Edits (even `n`) and deletes (odd `n`) of the given messages of
/// [`CHANNEL`]: PATCH and DELETE of a message share one 5 per 5 s bucket.
/// (Deleting a message 10 s to 14 days old also takes a hidden 3 per second,
/// which the 1 per second the bucket allows never reaches.)
pub(crate) fn shared_hash(messages: &[u64]) -> (Vec<Call>, Plan) {
    let calls = messages
        .iter()
        .enumerate()
        .map(|(n, &message)| {
            if n % 2 == 0 {
                Call::EditMessage {
                    channel: CHANNEL,
                    message,
                    content: "edited".to_owned(),
                }
            } else {
                Call::DeleteMessage {
                    channel: CHANNEL,
                    message,
                }
            }
        })
        .collect();
    let plan = Plan {
        limits: vec![MESSAGES],
        requests: vec![vec![0]; messages.len()],
        global: Some(GLOBAL),
    };
    (calls, plan)
}

/// 4 renames of one channel on an emulator at [`RENAME_SCALE`]: the hidden
/// 2 per 10 minutes binds (6 s scaled); the channel's own 5 per 5 s bucket
/// and the global limit are scaled too.
pub(crate) fn renames() -> (Vec<Call>, Plan) {
    let scaled = |limit: u32, per: Duration| Limit::new(limit, per.mul_f64(RENAME_SCALE));
    let calls = (0..4)
        .map(|n| Call::RenameChannel {
            channel: CHANNEL,
            name: format!("renamed-{n}"),
        })
        .collect();
    let plan = Plan {
        limits: vec![
            scaled(5, Duration::from_secs(5)),
            scaled(2, Duration::from_secs(600)),
        ],
        requests: vec![vec![0, 1]; 4],
        global: Some(scaled(GLOBAL.limit, GLOBAL.per)),
    };
    (calls, plan)
}

/// 20 reactions on the given message: one bucket of 1 per 250 ms.
pub(crate) fn reactions(messages: &[u64]) -> (Vec<Call>, Plan) {
    let message = messages.first().copied().unwrap_or(CHANNEL);
    let calls = EMOJI
        .iter()
        .map(|&emoji| Call::AddReaction {
            channel: CHANNEL,
            message,
            emoji,
        })
        .collect();
    let plan = Plan {
        limits: vec![Limit::new(1, Duration::from_millis(250))],
        requests: vec![vec![0]; EMOJI.len()],
        global: Some(GLOBAL),
    };
    (calls, plan)
}

/// 20 role grants (10 per 10 s per guild) then 20 member fetches (5 per
/// second per guild), all at once: the role bucket binds.
pub(crate) fn guild_mix() -> (Vec<Call>, Plan) {
    let grants = (0..20).map(|n| Call::AddMemberRole {
        guild: GUILD,
        user: GRANTED + n,
        role: ROLE,
    });
    let fetches = (0..20).map(|n| Call::GetMember {
        guild: GUILD,
        user: FETCHED + n,
    });
    let plan = Plan {
        limits: vec![
            Limit::new(10, Duration::from_secs(10)),
            Limit::new(5, Duration::from_secs(1)),
        ],
        requests: (0..40).map(|n| vec![usize::from(n >= 20)]).collect(),
        global: Some(GLOBAL),
    };
    (grants.chain(fetches).collect(), plan)
}

/// A fresh driver of `kind` for `mock`, as the rate-limited workloads use it.
pub(crate) fn driver(kind: ClientKind, mock: &MockDiscord) -> Result<Arc<dyn Driver>, BoxError> {
    Ok(match kind {
        ClientKind::Raw => Arc::new(RawDriver::new(&mock.base_url(), mock.token())?),
        ClientKind::Twilight => Arc::new(TwilightDriver::new(mock.addr(), mock.token())),
        ClientKind::Ovend => Arc::new(OvendDriver::new(&mock.base_url(), mock.token())?),
    })
}

/// What the limits allow a workload under a network: the plain floor and the
/// jitter-aware one (the same for every client, so computed once).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Floors {
    pub(crate) ideal: Option<Duration>,
    pub(crate) jitter_ideal: Option<Duration>,
}

/// One run of `workload` through a fresh client of `kind`, on a fresh
/// emulator with Discord's real limits under `network`.
pub(crate) async fn run(
    workload: &Workload,
    network: Network,
    kind: ClientKind,
    floors: Floors,
) -> Result<Run, BoxError> {
    let mock = network::mock(network)
        .time_scale(workload.time_scale)
        .record_capacity(RECORD_CAPACITY)
        .start()
        .await?;
    let ids = create_messages(&mock, workload.setup_messages).await?;
    let (calls, _) = (workload.build)(&ids);
    // Fresh windows and counters: the setup leaves nothing behind.
    mock.reset();
    mock.clear_recorded();
    let driver = driver(kind, &mock)?;
    let count = calls.len();
    let started = Instant::now();
    let outcomes = futures::future::join_all(calls.into_iter().map(|c| driver.send(c))).await;
    let wall = started.elapsed();
    Ok(Run {
        workload: workload.name,
        network: network.name,
        client: driver.kind(),
        wall,
        ideal: floors.ideal,
        jitter_ideal: floors.jitter_ideal,
        stats: mock.stats(),
        failures: failures(&outcomes),
        calls: count,
        timeline: timeline(&mock, started),
        cpu: None,
        rounds: Vec::new(),
    })
}

/// Calls that did not end in a 2xx for the caller.
pub(crate) fn failures(outcomes: &[Outcome]) -> usize {
    outcomes
        .iter()
        .filter(|o| !(200..300).contains(&o.status))
        .count()
}

/// The emulator's log relative to `started`.
pub(crate) fn timeline(mock: &MockDiscord, started: Instant) -> Vec<ServerEvent> {
    mock.recorded()
        .iter()
        .map(|request| ServerEvent {
            at: request.answered.saturating_duration_since(started),
            status: request.status,
        })
        .collect()
}

/// Creates `n` messages in [`CHANNEL`] and returns their ids, five at a time
/// with the emulator's windows forgotten after each five: the setup takes
/// milliseconds instead of the 35 s Discord's bucket would ask.
pub(crate) async fn create_messages(mock: &MockDiscord, n: usize) -> Result<Vec<u64>, BoxError> {
    let http = RawDriver::new(&mock.base_url(), mock.token())?;
    let mut ids = Vec::with_capacity(n);
    for batch in (0..n).collect::<Vec<_>>().chunks(5) {
        for &i in batch {
            ids.push(http.create_message(CHANNEL, &content(i)).await?);
        }
        mock.reset();
    }
    Ok(ids)
}

/// The overhead workload's request count and concurrency.
pub(crate) const OVERHEAD_REQUESTS: usize = 20_000;
const OVERHEAD_CONCURRENCY: usize = 32;
pub(crate) const OVERHEAD: &str = "overhead: 20,000 GETs of one route, 32 at a time";

/// A driver of `kind` for the overhead run: the global limit off where the
/// client lets it be (ovend; twilight's at `u16::MAX` per second), and for
/// ovend no single-flight, so every GET reaches the server.
fn overhead_driver(kind: ClientKind, mock: &MockDiscord) -> Result<Arc<dyn Driver>, BoxError> {
    Ok(match kind {
        ClientKind::Raw => Arc::new(RawDriver::new(&mock.base_url(), mock.token())?),
        ClientKind::Twilight => Arc::new(TwilightDriver::without_global_limit(
            mock.addr(),
            mock.token(),
        )),
        ClientKind::Ovend => Arc::new(OvendDriver::without_global_limit(
            &mock.base_url(),
            mock.token(),
        )?),
    })
}

/// One round of the overhead workload for `kind` on a fresh unlimited
/// emulator in this process. `cpu` is the process's CPU time over the run, so
/// it includes the emulator's share, which is the same work for every client.
pub(crate) async fn overhead(kind: ClientKind) -> Result<Run, BoxError> {
    // The log is of no use here and would only add to the emulator's share.
    let mock = MockDiscord::builder()
        .unlimited(true)
        .record_capacity(0)
        .start()
        .await?;
    let driver = overhead_driver(kind, &mock)?;
    let call = Call::GetChannel { channel: CHANNEL };
    let cpu_before = process_cpu()?;
    let started = Instant::now();
    let outcomes: Vec<Outcome> = stream::iter(0..OVERHEAD_REQUESTS)
        .map(|_| driver.send(call.clone()))
        .buffer_unordered(OVERHEAD_CONCURRENCY)
        .collect()
        .await;
    let wall = started.elapsed();
    let cpu = process_cpu()?.saturating_sub(cpu_before);
    Ok(Run {
        workload: OVERHEAD,
        network: network::NO_LATENCY.name,
        client: driver.kind(),
        wall,
        ideal: None,
        jitter_ideal: None,
        stats: mock.stats(),
        failures: failures(&outcomes),
        calls: OVERHEAD_REQUESTS,
        timeline: Vec::new(),
        cpu: Some(cpu),
        rounds: Vec::new(),
    })
}

/// User plus system CPU time of this process so far, from `/proc/self/stat`
/// (in clock ticks of 1/100 s, the `USER_HZ` Linux exports on every
/// architecture; 10 ms steps are fine for runs of seconds).
pub(crate) fn process_cpu() -> Result<Duration, BoxError> {
    let stat = std::fs::read_to_string("/proc/self/stat")?;
    // The command name (field 2) may hold spaces; the fields after its `)`
    // start with field 3, so utime (14) and stime (15) are the 12th and 13th.
    let rest = stat.rsplit_once(')').ok_or("unreadable /proc/self/stat")?.1;
    let mut fields = rest.split_whitespace().skip(11);
    let mut tick = || -> Result<u64, BoxError> {
        Ok(fields
            .next()
            .ok_or("short /proc/self/stat")?
            .parse::<u64>()?)
    };
    let ticks = tick()? + tick()?;
    Ok(Duration::from_millis(ticks * 10))
}
