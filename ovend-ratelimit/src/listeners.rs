//! Who hears a limiter's events: the listeners given to its builder and those
//! added later through [`RateLimiter::add_listener`](crate::RateLimiter::add_listener)
//! (a client attaches its event bridge to whatever limiter it is given).

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use parking_lot::RwLock;

use crate::event::{RateLimitEvent, RateLimitListener};

/// Listeners given to a builder, in registration order.
#[derive(Clone, Default)]
pub(crate) struct ListenerList(Vec<Arc<dyn RateLimitListener>>);

impl ListenerList {
    pub(crate) fn push(&mut self, listener: Arc<dyn RateLimitListener>) {
        self.0.push(listener);
    }
}

impl fmt::Debug for ListenerList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} listener(s)", self.0.len())
    }
}

/// The listeners of a running limiter.
///
/// Events are sent on the request path and listeners are added almost never, so
/// the list is an immutable snapshot replaced whole on each addition: sending
/// holds the lock only to clone the snapshot's `Arc` and calls the listeners with
/// no lock held (a listener may itself add one). A flag lets a limiter nobody
/// listens to skip even that, and build no event at all.
pub(crate) struct Listeners {
    any: AtomicBool,
    list: RwLock<Arc<[Arc<dyn RateLimitListener>]>>,
}

impl Listeners {
    pub(crate) fn new(initial: ListenerList) -> Self {
        Self {
            any: AtomicBool::new(!initial.0.is_empty()),
            list: RwLock::new(initial.0.into()),
        }
    }

    /// Adds `listener` after the others. Listeners that said they are closed are
    /// forgotten here, so a limiter shared by clients that come and go does not
    /// keep every client's listener.
    pub(crate) fn add(&self, listener: Arc<dyn RateLimitListener>) {
        let mut list = self.list.write();
        let mut next: Vec<_> = list.iter().filter(|l| !l.is_closed()).cloned().collect();
        next.push(listener);
        *list = next.into();
        self.any.store(true, Ordering::Release);
    }

    /// Builds and sends an event only when someone listens, so an unobserved
    /// limiter pays nothing for events.
    #[cfg(any(test, feature = "redis"))]
    pub(crate) fn emit(&self, event: impl FnOnce() -> RateLimitEvent) {
        if let Some(list) = self.snapshot() {
            let event = event();
            for listener in list.iter() {
                listener.on_event(&event);
            }
        }
    }

    /// Sends each of `events` in order.
    pub(crate) fn emit_all(&self, events: Vec<RateLimitEvent>) {
        if events.is_empty() {
            return;
        }
        if let Some(list) = self.snapshot() {
            for event in &events {
                for listener in list.iter() {
                    listener.on_event(event);
                }
            }
        }
    }

    fn snapshot(&self) -> Option<Arc<[Arc<dyn RateLimitListener>]>> {
        if !self.any.load(Ordering::Acquire) {
            return None;
        }
        Some(Arc::clone(&self.list.read()))
    }
}

impl fmt::Debug for Listeners {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} listener(s)", self.list.read().len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    struct Counter {
        seen: AtomicUsize,
        closed: AtomicBool,
    }

    impl RateLimitListener for Counter {
        fn on_event(&self, _event: &RateLimitEvent) {
            self.seen.fetch_add(1, Ordering::Relaxed);
        }

        fn is_closed(&self) -> bool {
            self.closed.load(Ordering::Relaxed)
        }
    }

    fn counter() -> Arc<Counter> {
        Arc::new(Counter {
            seen: AtomicUsize::new(0),
            closed: AtomicBool::new(false),
        })
    }

    #[test]
    fn nothing_is_built_until_someone_listens() {
        let listeners = Listeners::new(ListenerList::default());
        listeners.emit(|| unreachable!("no listener: the event is never built"));
        let first = counter();
        listeners.add(first.clone());
        listeners.emit(|| RateLimitEvent::TokenInvalid);
        listeners.emit_all(vec![RateLimitEvent::TokenInvalid; 2]);
        assert_eq!(first.seen.load(Ordering::Relaxed), 3);
    }

    #[test]
    fn closed_listeners_are_forgotten_when_another_comes() {
        let listeners = Listeners::new(ListenerList::default());
        let gone = counter();
        listeners.add(gone.clone());
        gone.closed.store(true, Ordering::Relaxed);
        let next = counter();
        listeners.add(next.clone());
        assert_eq!(listeners.list.read().len(), 1);
        listeners.emit(|| RateLimitEvent::TokenInvalid);
        assert_eq!(gone.seen.load(Ordering::Relaxed), 0);
        assert_eq!(next.seen.load(Ordering::Relaxed), 1);
        assert_eq!(Arc::strong_count(&gone), 1, "the limiter let it go");
    }
}
