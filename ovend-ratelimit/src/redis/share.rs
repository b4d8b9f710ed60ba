//! The fallback's global window: this process's share of the token's global
//! limit, kept in memory while Redis cannot count for every process.
//!
//! It is the in-memory limiter's sliding-window log (`global.rs`), so no window,
//! wherever it starts, holds more than the share. A place is held from its grant
//! until one window after its request ended, whatever the end (an answer, a
//! cancel, a release): arrivals are unknown here, so the window is never
//! shortened.

use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::time::Instant;

use crate::bucket::Room;
use crate::global::GlobalWindow;
use crate::time::after;
use crate::{Permit, PermitHandle, RateLimitHeaders};

/// This process's share of the global limit.
#[derive(Debug)]
pub(super) struct ShareWindow {
    window: Mutex<GlobalWindow>,
    length: Duration,
}

impl ShareWindow {
    pub(super) fn new(limit: u32, length: Duration) -> Arc<Self> {
        Arc::new(Self {
            window: Mutex::new(GlobalWindow::new(Some(limit), length)),
            length,
        })
    }

    /// Closes the window for one window length from `now`: what the other
    /// processes sent through Redis just before it went down is unknown, and it
    /// may have filled the token's whole window.
    pub(super) fn hold(&self, now: Instant) {
        self.window.lock().block_until(after(now, self.length));
    }

    /// A place now, or how long until one may free (`None`: until a request
    /// holding one ends).
    pub(super) fn try_take(self: &Arc<Self>, now: Instant) -> Result<Place, Option<Duration>> {
        let mut window = self.window.lock();
        match window.room(now) {
            Room::Free => {
                window.record();
                Ok(Place(self.clone()))
            }
            Room::Until(at) => Err(Some(at.saturating_duration_since(now))),
            Room::AwaitAnswer => Err(None),
        }
    }
}

/// One request's place in the share window; it ends when dropped.
#[derive(Debug)]
pub(super) struct Place(Arc<ShareWindow>);

impl Drop for Place {
    fn drop(&mut self) {
        // Only a count of places: no floor, whatever the request's end.
        self.0.window.lock().spent(Instant::now());
    }
}

/// A local permit with the share place its request holds: the permit learns the
/// answer, then the place ends.
pub(super) fn with_place(local: Permit, place: Place) -> Permit {
    Permit::new(Placed {
        local,
        _place: place,
    })
}

struct Placed {
    local: Permit,
    _place: Place,
}

impl PermitHandle for Placed {
    fn sending(&mut self) {
        self.local.sending();
    }

    fn complete(self: Box<Self>, headers: &RateLimitHeaders) {
        self.local.complete(headers);
    }

    fn cancel(self: Box<Self>) {
        drop(self.local);
    }

    fn release(self: Box<Self>) {
        self.local.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    #[tokio::test(start_paused = true)]
    async fn no_window_holds_more_than_the_share() {
        let share = ShareWindow::new(2, SECOND);
        let start = Instant::now();
        let a = share.try_take(start).unwrap();
        let b = share.try_take(start).unwrap();
        assert_eq!(share.try_take(start).unwrap_err(), None, "both in flight");
        tokio::time::advance(Duration::from_millis(300)).await;
        drop(a);
        let now = Instant::now();
        assert_eq!(share.try_take(now).unwrap_err(), Some(SECOND));
        drop(b);
        tokio::time::advance(SECOND).await;
        assert!(share.try_take(Instant::now()).is_ok());
    }

    #[tokio::test(start_paused = true)]
    async fn a_fresh_fallback_waits_one_window() {
        let share = ShareWindow::new(5, SECOND);
        let now = Instant::now();
        share.hold(now);
        assert_eq!(share.try_take(now).unwrap_err(), Some(SECOND));
        assert!(share.try_take(now + SECOND).is_ok());
    }

    #[tokio::test(start_paused = true)]
    async fn a_placed_permit_ends_its_place_whatever_the_end() {
        let share = ShareWindow::new(1, SECOND);
        let place = share.try_take(Instant::now()).unwrap();
        with_place(Permit::unlimited(), place).complete(&RateLimitHeaders::new(200));
        // Ended: its place now runs one window from the answer.
        assert_eq!(share.try_take(Instant::now()).unwrap_err(), Some(SECOND));
        tokio::time::advance(SECOND).await;
        let place = share.try_take(Instant::now()).unwrap();
        drop(with_place(Permit::unlimited(), place));
        assert_eq!(share.try_take(Instant::now()).unwrap_err(), Some(SECOND));
    }
}
