//! Hidden limits shared by the fleet: the in-memory lanes' rules (`lane.rs`), with
//! their state in Redis so that what one process learns holds for all.
//!
//! A route's lane is named exactly as the in-memory limiter groups it (reactions
//! per channel, deletes per channel and age class, any other route per route and
//! major). `take.lua` applies the rules: a documented hidden limit is serial across
//! the fleet (one request in flight at a time, deletes only until a sublimit is
//! learned), reactions are paced from the fleet's last grant, and a learned
//! sublimit admits at most `allowed` grants in any `window`. `complete.lua` keeps
//! the grant instants of the lane's successes and, at a sublimit 429, blocks the
//! lane for its `retry_after` and hands the history back: the sublimit is learned
//! here, by the very function the in-memory lanes use ([`learn_recent`]), and
//! stored for every process. So a hidden limit costs the fleet one 429, not one
//! per process.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

use super::keys::{safe_major, Keys};
use crate::lane::{hidden_lane, LaneKey};
use crate::sublimit::{learn_recent, Sublimit};
use crate::RouteKey;

/// How `take.lua` admits requests through a lane (its `lane_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LaneMode {
    /// No documented hidden limit: limited only once a sublimit 429 created the lane.
    Tracking = 0,
    /// One request in flight at a time, across the fleet.
    Serial = 1,
    /// Serial until a sublimit is learned (message deletes).
    SerialUntilLearned = 2,
}

/// A route's lane as the scripts see it.
#[derive(Debug, Clone)]
pub(super) struct SharedLane {
    pub(super) key: String,
    pub(super) mode: LaneMode,
    /// Reactions are paced at this interval (zero: not paced).
    pub(super) pace: Duration,
}

/// The lane of a request on `key` classed at `now`, paced (reactions) at `pace`.
pub(super) fn shared_lane(keys: &Keys, key: &RouteKey, now: Instant, pace: Duration) -> SharedLane {
    let Some((lane, hidden)) = hidden_lane(key, now) else {
        return SharedLane {
            key: route_lane(keys, key),
            mode: LaneMode::Tracking,
            pace: Duration::ZERO,
        };
    };
    let name = match &lane {
        LaneKey::Reactions(channel) => keys.key(&format!("lane:reactions:{channel}")),
        LaneKey::Delete(channel, age) => keys.key(&format!("lane:delete:{channel}:{age:?}")),
        LaneKey::Route(route) => route_lane(keys, route),
    };
    SharedLane {
        key: name,
        mode: if hidden.serial_until_learned() {
            LaneMode::SerialUntilLearned
        } else {
            LaneMode::Serial
        },
        pace: if hidden.paced() { pace } else { Duration::ZERO },
    }
}

fn route_lane(keys: &Keys, key: &RouteKey) -> String {
    keys.key(&format!(
        "lane:route:{}:{}",
        key.template(),
        safe_major(key.major())
    ))
}

/// What a sublimit 429 answered at `now_ms` (Redis's clock), asking to wait
/// `retry_after`, teaches from the grant instants (`history`, Redis's clock, oldest
/// first) of the lane's successes before it.
pub(super) fn learn(history: &[u64], now_ms: u64, retry_after: Duration) -> Option<Sublimit> {
    // Only differences matter: map Redis's milliseconds onto instants from the
    // oldest of them (a grant after the answer, from a clock step, counts as now).
    let origin = Instant::now();
    let base = history
        .iter()
        .copied()
        .chain([now_ms])
        .min()
        .unwrap_or(now_ms);
    let at = |ms: u64| origin + Duration::from_millis(ms.min(now_ms) - base);
    let successes: VecDeque<Instant> = history.iter().map(|ms| at(*ms)).collect();
    learn_recent(successes, at(now_ms), retry_after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    #[tokio::test]
    async fn lanes_group_routes_as_in_memory() {
        let keys = Keys::new("p", Some("1"));
        let lane = |method: Method, path: &str| {
            shared_lane(
                &keys,
                &RouteKey::new(&method, path),
                Instant::now(),
                Duration::from_millis(250),
            )
        };
        let put = lane(Method::PUT, "/channels/9/messages/2/reactions/x:1/@me");
        let delete = lane(Method::DELETE, "/channels/9/messages/3/reactions/y:2/5");
        assert_eq!(put.key, delete.key, "one lane for a channel's reactions");
        assert_eq!(
            (put.mode, put.pace),
            (LaneMode::Serial, Duration::from_millis(250))
        );
        let rename = lane(Method::PATCH, "/channels/9");
        assert_eq!(
            (rename.mode, rename.pace),
            (LaneMode::Serial, Duration::ZERO)
        );
        let post = lane(Method::POST, "/channels/9/messages");
        assert_eq!(post.mode, LaneMode::Tracking);
        assert_ne!(post.key, rename.key);
        let webhook = lane(Method::POST, "/webhooks/5/s3cret");
        assert!(!webhook.key.contains("s3cret"));
    }

    #[tokio::test]
    async fn learns_as_the_in_memory_lane_does() {
        // Two successes 1 s apart, then a 429 at 2 s freeing at 10 s: only
        // "2 per 10 s" explains them (the in-memory lane's own test).
        let t0 = 1_700_000_000_000;
        let learned = learn(&[t0, t0 + 1_000], t0 + 2_000, Duration::from_secs(8));
        assert_eq!(
            learned,
            Some(Sublimit {
                allowed: 2,
                window: Duration::from_secs(10)
            })
        );
        assert_eq!(learn(&[], t0, Duration::from_secs(1)), None);
    }
}
