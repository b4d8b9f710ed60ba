//! The router: which handler receives which events.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::RwLock;

use crate::event::Event;
use crate::filter::EventFilter;
use crate::handler::EventHandler;

/// A handler and the events it wants (`None`: all of them).
#[derive(Clone)]
pub(crate) struct Route {
    pub(crate) filter: Option<Arc<dyn EventFilter>>,
    pub(crate) handler: Arc<dyn EventHandler>,
}

/// Every route; read by the dispatcher for each event, written when handlers are added.
#[derive(Default)]
pub(crate) struct Router {
    // Copy-on-write, so a handler may add handlers without deadlocking the dispatcher.
    routes: RwLock<Arc<Vec<Route>>>,
    panics: AtomicU64,
}

impl Router {
    pub(crate) fn add(&self, route: Route) {
        let mut routes = self.routes.write();
        let mut next = Vec::clone(&routes);
        next.push(route);
        *routes = Arc::new(next);
    }

    pub(crate) fn len(&self) -> usize {
        self.routes.read().len()
    }

    /// Handler panics caught so far.
    pub(crate) fn panics(&self) -> u64 {
        self.panics.load(Ordering::Relaxed)
    }

    /// Hands `event` to every route whose filter passes it, in registration order.
    ///
    /// A panicking handler is contained: it must not take the dispatcher (and with it
    /// every other handler) down.
    pub(crate) fn deliver(&self, event: &Event) {
        let routes = Arc::clone(&self.routes.read());
        for route in routes.iter() {
            if route.filter.as_ref().is_some_and(|f| !f.matches(event)) {
                continue;
            }
            let handled = catch_unwind(AssertUnwindSafe(|| route.handler.handle(event)));
            if handled.is_err() {
                self.panics.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}
