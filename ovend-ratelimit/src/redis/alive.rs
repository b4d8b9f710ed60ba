//! The heartbeat: each limiter keeps a short-lived key saying its process is
//! alive, so that the leases of a process that died (killed, crashed, its host
//! gone) stop counting at their bucket's window end instead of holding places
//! for the whole lease time (`take.lua`'s `reap`). A failed beat is not an error
//! of any request: the failover notices a dead Redis on its own.

use std::sync::Weak;

use super::store::ALIVE_TTL;
use super::Inner;

/// Beats every fifth of [`ALIVE_TTL`] for as long as the limiter exists.
pub(super) fn spawn_heartbeat(inner: Weak<Inner>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    runtime.spawn(async move {
        let mut beats = tokio::time::interval(ALIVE_TTL / 5);
        beats.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            beats.tick().await;
            let Some(inner) = inner.upgrade() else {
                return;
            };
            if inner.failover.is_down() {
                continue;
            }
            if let Err(error) = inner.store.beat(&inner.instance).await {
                tracing::debug!(reason = %error.reason(), "heartbeat not written");
            }
        }
    });
}
