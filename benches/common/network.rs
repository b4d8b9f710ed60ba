//! Network conditions and ideal times shared by the load and fleet benchmarks, so
//! both measure against the same emulator settings and the same arithmetic.

use std::time::Duration;

use ovend_testkit::{MockDiscord, MockDiscordBuilder};

/// Network conditions a workload runs under.
#[derive(Clone, Copy)]
pub(crate) struct Network {
    pub(crate) name: &'static str,
    pub(crate) latency: Duration,
    pub(crate) jitter: Duration,
}

/// Loopback with nothing added.
pub(crate) const NO_LATENCY: Network = Network {
    name: "0 ms",
    latency: Duration::ZERO,
    jitter: Duration::ZERO,
};

/// Every benchmark runs under both.
pub(crate) const NETWORKS: [Network; 2] = [
    NO_LATENCY,
    Network {
        name: "40±15 ms",
        latency: Duration::from_millis(40),
        jitter: Duration::from_millis(15),
    },
];

/// A fresh emulator with Discord's real limits under `network`, seeded.
pub(crate) fn mock(network: Network) -> MockDiscordBuilder {
    MockDiscord::builder()
        .latency(network.latency)
        .jitter(network.jitter)
        .seed(7)
}

/// Waits a full `n / limit` windows minus the first: the time the last of `n`
/// requests may leave a bucket of `limit` per `per` that starts empty.
pub(crate) fn windows(n: u32, limit: u32, per: Duration) -> Duration {
    per * (n.div_ceil(limit) - 1)
}
