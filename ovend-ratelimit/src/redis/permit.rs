//! A request's lease, from the take that may create it to its end, so that no path
//! (an answer, a cancel, a release, an acquire dropped mid-take) leaves it behind.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use super::answer::Answer;
use super::keys::RouteKeys;
use super::lane::SharedLane;
use super::share::{with_place, Place};
use super::store::{Lease, StoreError, Take};
use super::Inner;
use crate::{Permit, PermitHandle, RateLimitHeaders, RouteKey};

/// Runs `work` on the current runtime; without one the lease simply expires.
fn spawn(work: impl Future<Output = ()> + Send + 'static) {
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        runtime.spawn(work);
    }
}

fn warn_on(result: Result<(), StoreError>, what: &'static str) {
    if let Err(error) = result {
        tracing::warn!(reason = %error.reason(), "could not {what} in Redis; the lease will expire");
    }
}

/// Counts one 401 on its way to Redis, until the script ran (or the work was
/// dropped, e.g. without a runtime).
struct Writing(Arc<AtomicUsize>);

impl Writing {
    fn start(count: &Arc<AtomicUsize>) -> Self {
        count.fetch_add(1, Ordering::AcqRel);
        Self(count.clone())
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// An acquire between its local permit and its shared lease (or, with Redis
/// down, its place in the fallback's share of the global limit).
///
/// Dropped before it became a [`Permit`] (the caller's future was dropped while
/// `take.lua` ran, the take failed, the request was refused), it gives both back at
/// once: the request was certainly never sent. A take whose answer never came may
/// still have granted the lease, so that one is released in Redis too rather than
/// left to expire (which would hold an unknown bucket for the whole lease time).
pub(super) struct Pending {
    inner: Arc<Inner>,
    key: RouteKey,
    route: RouteKeys,
    lane: SharedLane,
    lease: String,
    local: Option<Permit>,
    /// Its place in the share window, when the fallback's limit applies.
    place: Option<Place>,
    /// A take is running or ended without an answer: the lease may exist.
    armed: bool,
}

impl Pending {
    pub(super) fn new(inner: &Arc<Inner>, key: &RouteKey, local: Permit) -> Self {
        let (route, lane) = inner.store.route_keys(key);
        Self {
            route,
            lane,
            lease: inner.next_lease(),
            inner: inner.clone(),
            key: key.clone(),
            local: Some(local),
            place: None,
            armed: false,
        }
    }

    pub(super) fn key(&self) -> &RouteKey {
        &self.key
    }

    /// Names the route's turn (see `turns.rs`): its provisional bucket, one per
    /// route and major.
    pub(super) fn turn_name(&self) -> &str {
        &self.route.provisional
    }

    pub(super) fn has_place(&self) -> bool {
        self.place.is_some()
    }

    /// Holds `place` until the request ends.
    pub(super) fn hold(&mut self, place: Place) {
        self.place = Some(place);
    }

    /// The local permit, with the share place if one is held.
    fn local_permit(&mut self) -> Option<Permit> {
        let local = self.local.take()?;
        Some(match self.place.take() {
            Some(place) => with_place(local, place),
            None => local,
        })
    }

    /// Granted in memory alone (Redis is down): the request completes locally. A
    /// lease a failed take may have left is returned when this is dropped.
    pub(super) fn into_local(mut self) -> Permit {
        let mut local = self.local_permit().unwrap_or_else(Permit::unlimited);
        local.sending();
        local
    }

    /// Runs `take.lua` once.
    pub(super) async fn take(&mut self) -> Result<Take, StoreError> {
        self.armed = true;
        let take = self
            .inner
            .store
            .take(&self.key, (&self.route, &self.lane), &self.lease)
            .await?;
        // Only a grant leaves a lease behind; an error keeps the guard armed.
        self.armed = matches!(take, Take::Granted { .. });
        Ok(take)
    }

    /// The lease was granted in `bucket` at `granted_ms`: from now on the
    /// permit ends it.
    pub(super) fn grant(mut self, bucket: String, granted_ms: u64) -> Permit {
        self.armed = false;
        let mut local = self.local_permit();
        // The local manager granted it before Redis did: its round trip starts now.
        if let Some(local) = local.as_mut() {
            local.sending();
        }
        Permit::new(RedisPermit {
            inner: self.inner.clone(),
            local,
            key: self.key.clone(),
            route: self.route.clone(),
            lane: self.lane.clone(),
            bucket,
            granted_ms,
            lease: std::mem::take(&mut self.lease),
        })
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Some(local) = self.local.take() {
            local.release();
        }
        if !self.armed {
            return;
        }
        // Which bucket the take chose is unknown: the route's current one (end.lua
        // looks it up) or its provisional one.
        let inner = self.inner.clone();
        let route = self.route.clone();
        let lane = self.lane.clone();
        let lease = std::mem::take(&mut self.lease);
        spawn(async move {
            let result = inner
                .store
                .end((&route, &lane), &route.provisional, &lease, false)
                .await;
            warn_on(result, "return an interrupted lease");
        });
    }
}

/// A granted request: its local permit and its lease in Redis.
struct RedisPermit {
    inner: Arc<Inner>,
    local: Option<Permit>,
    key: RouteKey,
    route: RouteKeys,
    lane: SharedLane,
    /// The bucket the lease was taken in.
    bucket: String,
    /// The grant's instant on Redis's clock.
    granted_ms: u64,
    lease: String,
}

impl RedisPermit {
    /// Ends the lease without an answer, in the background.
    fn end(self: Box<Self>, spent: bool) {
        spawn(async move {
            let result = self
                .inner
                .store
                .end((&self.route, &self.lane), &self.bucket, &self.lease, spent)
                .await;
            warn_on(result, "end a lease");
        });
    }
}

impl PermitHandle for RedisPermit {
    fn complete(mut self: Box<Self>, headers: &RateLimitHeaders) {
        if let Some(local) = self.local.take() {
            local.complete(headers);
        }
        let answered = tokio::time::Instant::now();
        // Read after the local permit recorded this round trip.
        let floor = self.inner.local.round_trip_floor();
        let ceiling = self.inner.store.settings.ceiling;
        let answer = Answer::of(&self.key, headers, ceiling);
        let writing = answer
            .unauthorized
            .then(|| Writing::start(&self.inner.token_writes));
        spawn(async move {
            let _writing = writing;
            let lease = Lease {
                id: &self.lease,
                bucket: &self.bucket,
                granted_ms: self.granted_ms,
                instance: &self.inner.instance,
                answered,
            };
            let result = self
                .inner
                .store
                .complete((&self.route, &self.lane), &lease, &answer, floor)
                .await;
            warn_on(result, "record a rate-limit answer");
        });
    }

    /// It may have reached Discord: its slot stays spent, here and in Redis.
    fn cancel(mut self: Box<Self>) {
        drop(self.local.take());
        self.end(true);
    }

    /// It was certainly never sent: its slot and global place are given back.
    fn release(mut self: Box<Self>) {
        if let Some(local) = self.local.take() {
            local.release();
        }
        self.end(false);
    }
}
