//! The types every part of the comparison shares: which client ran, what it
//! saw per request, and what one measured run amounts to.
//!
//! The comparison (`benches/benches/compare.rs`) runs the same workloads through
//! three clients against `MockDiscord`; `clients.rs` adapts each client to
//! [`Driver`], `workloads.rs` drives them, `ideal.rs` computes what the limits
//! and the network allow, `plot.rs` and `report.rs` turn [`Run`]s into SVG
//! plots and BENCHMARKS.md tables.

use std::time::Duration;

use futures::future::BoxFuture;
use ovend_testkit::Stats;

/// The clients compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum ClientKind {
    /// reqwest with no limiting at all: the floor of overhead, the ceiling of 429s.
    Raw,
    /// twilight-http 0.18 with its default in-memory ratelimiter.
    Twilight,
    /// ovend's `RestClient` with its defaults (the `RedisRateLimiter` in the
    /// multi-process workload).
    Ovend,
}

impl ClientKind {
    pub(crate) const ALL: [ClientKind; 3] =
        [ClientKind::Raw, ClientKind::Twilight, ClientKind::Ovend];

    pub(crate) fn name(self) -> &'static str {
        match self {
            ClientKind::Raw => "raw reqwest",
            ClientKind::Twilight => "twilight-http 0.18",
            ClientKind::Ovend => "ovend",
        }
    }
}

/// What the client reported for one request: the final status it handed to
/// the caller (after its own retries, if it retries), or 0 for a transport or
/// client-side error.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    pub(crate) status: u16,
}

/// One Discord call as a workload issues it; ids are snowflakes as `u64`.
#[derive(Debug, Clone)]
pub(crate) enum Call {
    CreateMessage {
        channel: u64,
        content: String,
    },
    EditMessage {
        channel: u64,
        message: u64,
        content: String,
    },
    DeleteMessage {
        channel: u64,
        message: u64,
    },
    RenameChannel {
        channel: u64,
        name: String,
    },
    /// A unicode emoji, as is (the driver percent-encodes it).
    AddReaction {
        channel: u64,
        message: u64,
        emoji: &'static str,
    },
    AddMemberRole {
        guild: u64,
        user: u64,
        role: u64,
    },
    GetMember {
        guild: u64,
        user: u64,
    },
    GetChannel {
        channel: u64,
    },
}

/// A client under test, adapted to the calls the workloads make. Cheap to
/// clone (an `Arc` inside); `send` never panics: a failure is an [`Outcome`]
/// with the status seen, or 0.
pub(crate) trait Driver: Send + Sync {
    fn kind(&self) -> ClientKind;
    fn send(&self, call: Call) -> BoxFuture<'static, Outcome>;
}

/// The server's view of one request, from `MockDiscord::recorded()`: when it
/// was answered, relative to the run's start, and with what status.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ServerEvent {
    pub(crate) at: Duration,
    pub(crate) status: u16,
}

/// One measured run of one workload, one client, one network.
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub(crate) workload: &'static str,
    pub(crate) network: &'static str,
    pub(crate) client: ClientKind,
    /// From the first call to the last answer.
    pub(crate) wall: Duration,
    /// What the limits allow with every request sent at the earliest instant
    /// and one mean round trip (the load benchmark's figure); `None` where no
    /// limit binds (the overhead workload).
    pub(crate) ideal: Option<Duration>,
    /// What the limits and the network's jitter allow a client that never sends
    /// early (`ideal.rs`).
    pub(crate) jitter_ideal: Option<Duration>,
    /// The server's counters for the run (429s by kind among them).
    pub(crate) stats: Stats,
    /// Calls that did not end in a 2xx for the caller.
    pub(crate) failures: usize,
    /// Calls made.
    pub(crate) calls: usize,
    /// The server's log of the run, for the plots (may be empty where the
    /// emulator's log cannot hold the run).
    pub(crate) timeline: Vec<ServerEvent>,
    /// CPU time the client's process used during the run, where measured.
    pub(crate) cpu: Option<Duration>,
    /// Where the run stands for several rounds (its wall their median): every
    /// round's wall, fastest first. Empty for a single run.
    pub(crate) rounds: Vec<Duration>,
}

impl Run {
    pub(crate) fn efficiency(&self) -> Option<f64> {
        self.ideal
            .map(|ideal| ideal.as_secs_f64() / self.wall.as_secs_f64())
    }

    pub(crate) fn jitter_efficiency(&self) -> Option<f64> {
        self.jitter_ideal
            .map(|ideal| ideal.as_secs_f64() / self.wall.as_secs_f64())
    }

    /// Requests per second the caller saw completed.
    pub(crate) fn throughput(&self) -> f64 {
        self.calls as f64 / self.wall.as_secs_f64()
    }
}
