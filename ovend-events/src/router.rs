//! The router: which handler receives which events.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::event::Event;
use crate::filter::EventFilter;
use crate::handler::EventHandler;

/// A handler and the events it wants (`None`: all of them).
#[derive(Clone)]
pub(crate) struct Route {
    pub(crate) filter: Option<Arc<dyn EventFilter>>,
    pub(crate) handler: Arc<dyn EventHandler>,
}

impl Route {
    /// `handler` for every event.
    pub(crate) fn all(handler: impl EventHandler + 'static) -> Self {
        Self {
            filter: None,
            handler: Arc::new(handler),
        }
    }

    /// `handler` for the events `filter` passes.
    pub(crate) fn filtered(
        filter: impl EventFilter + 'static,
        handler: impl EventHandler + 'static,
    ) -> Self {
        Self {
            filter: Some(Arc::new(filter)),
            handler: Arc::new(handler),
        }
    }
}

/// Every route; read for each event, written when handlers are added.
///
/// Copy-on-write through an `ArcSwap`: a read writes no memory other threads
/// share (an `RwLock` would, on every event, which costs the request path when
/// inline handlers run on several threads at once), and a handler may add
/// handlers without deadlocking the thread that delivers to it.
#[derive(Default)]
pub(crate) struct Router {
    routes: ArcSwap<Vec<Route>>,
    panics: AtomicU64,
}

impl Router {
    pub(crate) fn add(&self, route: Route) {
        self.routes.rcu(|routes| {
            let mut next = Vec::clone(routes);
            next.push(route.clone());
            next
        });
    }

    pub(crate) fn len(&self) -> usize {
        self.routes.load().len()
    }

    /// Handler panics caught so far.
    pub(crate) fn panics(&self) -> u64 {
        self.panics.load(Ordering::Relaxed)
    }

    /// Hands `event` to every route whose filter passes it, in registration order.
    ///
    /// A panicking handler is contained: it must not take the dispatcher (and with it
    /// every other handler), or for an inline handler the request, down.
    pub(crate) fn deliver(&self, event: &Event) {
        let routes = self.routes.load();
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
