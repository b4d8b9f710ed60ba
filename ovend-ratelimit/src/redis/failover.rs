//! Redis gone and back: where each request goes under the
//! [`RedisFailurePolicy`], the switches, and the probe that notices Redis again.
//!
//! The first failed Redis call marks Redis **down**. From then on no request
//! touches Redis (so none waits a `redis_timeout` on a dead server): under
//! `FailFast` each is refused at once, under `FallBack` each is limited in memory
//! through the [`ShareWindow`]. A background task, holding only a weak reference
//! to the limiter, pings Redis every `probe_interval` and marks it **up** when it
//! answers; under `FallBack` the share window then still applies while the other
//! processes switch back too (see [`RedisFailurePolicy::FallBack`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use parking_lot::Mutex;
use tokio::time::Instant;

use super::share::ShareWindow;
use super::{Inner, RedisFailurePolicy};
use crate::time::after;

/// The limiter's view of Redis and what follows from it.
#[derive(Debug)]
pub(super) struct Failover {
    /// `Some` under `FallBack`.
    share: Option<Arc<ShareWindow>>,
    probe_interval: Duration,
    /// How long the share window still applies after a recovery.
    settle: Duration,
    /// Set whenever Redis is down or settling, so the common case reads one atomic.
    unsettled: AtomicBool,
    health: Mutex<Health>,
}

#[derive(Debug, Default)]
struct Health {
    /// Since when Redis is down, and why.
    down: Option<(Instant, String)>,
    /// Until when the share window still applies after a recovery.
    settling_until: Option<Instant>,
}

/// Where the next request goes.
#[derive(Debug)]
pub(super) enum Route {
    /// Through Redis, and through `share` too while the fleet settles after a recovery.
    Redis { share: Option<Arc<ShareWindow>> },
    /// In memory, through this process's share (Redis down, `FallBack`).
    Local(Arc<ShareWindow>),
    /// Refused with this reason (Redis down, `FailFast`).
    Refuse(String),
}

impl Failover {
    /// `global_limit` per `window` is the token's whole global limit.
    pub(super) fn new(
        policy: RedisFailurePolicy,
        global_limit: u32,
        window: Duration,
        probe_interval: Duration,
    ) -> Self {
        let share = policy
            .fallback_limit(global_limit)
            .map(|limit| ShareWindow::new(limit, window));
        Self {
            share,
            probe_interval,
            settle: window.saturating_add(probe_interval),
            unsettled: AtomicBool::new(false),
            health: Mutex::new(Health::default()),
        }
    }

    /// Where a request goes at `now`.
    pub(super) fn route(&self, now: Instant) -> Route {
        if !self.unsettled.load(Ordering::Acquire) {
            return Route::Redis { share: None };
        }
        let mut health = self.health.lock();
        if let Some((_, reason)) = &health.down {
            return match &self.share {
                Some(share) => Route::Local(share.clone()),
                None => Route::Refuse(reason.clone()),
            };
        }
        if health.settling_until.is_some_and(|until| now < until) {
            return Route::Redis {
                share: self.share.clone(),
            };
        }
        health.settling_until = None;
        self.unsettled.store(false, Ordering::Release);
        Route::Redis { share: None }
    }

    /// Whether Redis is marked down.
    pub(super) fn is_down(&self) -> bool {
        self.unsettled.load(Ordering::Acquire) && self.health.lock().down.is_some()
    }

    /// A Redis call failed with `reason` at `now`; true when this marked Redis
    /// down (the caller then reports it and starts the probe).
    pub(super) fn failed(&self, reason: &str, now: Instant) -> bool {
        let mut health = self.health.lock();
        if health.down.is_some() {
            return false;
        }
        health.down = Some((now, reason.to_owned()));
        health.settling_until = None;
        self.unsettled.store(true, Ordering::Release);
        if let Some(share) = &self.share {
            share.hold(now);
        }
        true
    }

    /// Redis answered again at `now`: how long it was down, if it was.
    pub(super) fn recovered(&self, now: Instant) -> Option<Duration> {
        let mut health = self.health.lock();
        let (since, _) = health.down.take()?;
        health.settling_until = Some(after(now, self.settle));
        Some(now.saturating_duration_since(since))
    }

    pub(super) fn probe_interval(&self) -> Duration {
        self.probe_interval
    }
}

/// Pings Redis every probe interval until it answers, then marks it up. Holds
/// the limiter only while a ping runs: a dropped limiter ends the probe.
pub(super) fn spawn_probe(inner: Weak<Inner>, interval: Duration) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    runtime.spawn(async move {
        loop {
            tokio::time::sleep(interval).await;
            let Some(inner) = inner.upgrade() else {
                return;
            };
            if inner.store.ping().await.is_ok() {
                inner.store_recovered();
                return;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn failover(policy: RedisFailurePolicy) -> Failover {
        Failover::new(policy, 10, SECOND, SECOND)
    }

    #[tokio::test(start_paused = true)]
    async fn fail_fast_refuses_while_down_and_only_then() {
        let failover = failover(RedisFailurePolicy::FailFast);
        let now = Instant::now();
        assert!(matches!(failover.route(now), Route::Redis { share: None }));
        assert!(failover.failed("gone", now));
        assert!(!failover.failed("still gone", now), "one switch, one event");
        assert!(failover.is_down());
        assert!(matches!(failover.route(now), Route::Refuse(reason) if reason == "gone"));
        let later = now + 3 * SECOND;
        assert_eq!(failover.recovered(later), Some(3 * SECOND));
        assert_eq!(failover.recovered(later), None);
        assert!(matches!(
            failover.route(later),
            Route::Redis { share: None }
        ));
    }

    #[tokio::test(start_paused = true)]
    async fn fall_back_goes_local_then_settles_back_on_redis() {
        let failover = failover(RedisFailurePolicy::fall_back_among(2));
        let now = Instant::now();
        assert!(failover.failed("gone", now));
        let Route::Local(share) = failover.route(now) else {
            panic!("down: limited in memory");
        };
        assert!(share.try_take(now).is_err(), "the first window is held");
        let back = now + SECOND;
        failover.recovered(back);
        assert!(!failover.is_down());
        assert!(matches!(
            failover.route(back),
            Route::Redis { share: Some(_) }
        ));
        // One window and one probe interval later the fleet has settled.
        let settled = back + 2 * SECOND;
        assert!(matches!(
            failover.route(settled),
            Route::Redis { share: None }
        ));
        assert!(!failover.unsettled.load(Ordering::Relaxed));
    }
}
