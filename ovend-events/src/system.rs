//! The dispatcher: `emit` on the request path, handlers on a thread of their own
//! (or, for inline handlers, on the emitting thread).

use std::fmt;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use parking_lot::Mutex;
use tokio::sync::broadcast;

use crate::event::{Event, EventKind, Level};
use crate::filter::{EventFilter, LevelFilter};
use crate::handler::EventHandler;
use crate::queue::PriorityQueue;
use crate::router::{Route, Router};
use crate::stream::EventStream;

/// Events the queue holds before `emit` starts dropping, unless configured.
pub const DEFAULT_CAPACITY: usize = 4096;

/// The event system: emit events from anywhere, handle them off the request path.
///
/// `emit` never blocks and needs no async runtime: it applies the system's filters,
/// publishes to [`subscribe`](Self::subscribe)rs and puts the event on a bounded
/// priority queue. A dedicated thread (started with the first handler) takes events
/// off the queue — highest [`Level`] first when a backlog builds — and hands each to
/// every handler whose route matches. When the queue is full the event is dropped
/// and counted in [`dropped`](Self::dropped). With no handler and no subscriber,
/// `emit` returns after three atomic loads.
///
/// [Inline handlers](Self::add_inline_handler) are the exception: `emit` calls them
/// itself, on the emitting thread, before it returns. They are for handlers that
/// only count (a metrics collector): handing an event to another thread costs
/// more than counting it, and an inline handler loses nothing to a full queue.
///
/// Cloning is cheap and every clone is the same system. The dispatcher thread ends
/// once the last clone is dropped and the queue is drained. A handler should not hold
/// a clone of the system that feeds it (that cycle keeps both alive).
#[derive(Clone)]
pub struct EventSystem {
    inner: Arc<Inner>,
}

/// The part shared with the dispatcher thread.
struct Shared {
    queue: PriorityQueue,
    router: Router,
    handled: AtomicU64,
}

struct Inner {
    shared: Arc<Shared>,
    /// Handlers `emit` calls on the emitting thread.
    inline: Router,
    inline_routes: AtomicUsize,
    filters: Vec<Arc<dyn EventFilter>>,
    broadcast: broadcast::Sender<Arc<Event>>,
    /// Live subscriber streams, kept apart from the channel's own count, which
    /// takes a lock to read: `is_listening` must stay two atomic loads.
    subscribers: Arc<AtomicUsize>,
    routes: AtomicUsize,
    emitted: AtomicU64,
    /// Shared with subscriber streams, which add the events they lag behind on.
    dropped: Arc<AtomicU64>,
    filtered: AtomicU64,
    dispatcher: Mutex<bool>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // Not joined: the last clone may be dropped on the dispatcher thread itself.
        self.shared.queue.close();
    }
}

impl EventSystem {
    /// A system with the default capacity, no filters and no handlers.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// Starts configuring a system.
    pub fn builder() -> EventSystemBuilder {
        EventSystemBuilder::default()
    }

    /// A handle that reaches this system without keeping it alive: for emitters
    /// that may outlive the system's owner (a rate limiter shared by several
    /// clients reports to each client's events only while that client lives).
    pub fn downgrade(&self) -> WeakEventSystem {
        WeakEventSystem {
            inner: Arc::downgrade(&self.inner),
        }
    }

    /// Emits an event of `kind` at its default level. Never blocks.
    pub fn emit(&self, kind: EventKind) {
        if self.is_listening() {
            self.emit_event(Event::new(kind));
        }
    }

    /// Emits a ready-made event (e.g. one with a non-default level). Never blocks.
    pub fn emit_event(&self, event: Event) {
        let inner = &*self.inner;
        if !self.is_listening() {
            return;
        }
        if !inner.filters.iter().all(|f| f.matches(&event)) {
            inner.filtered.fetch_add(1, Ordering::Relaxed);
            return;
        }
        if inner.inline_routes.load(Ordering::Acquire) > 0 {
            inner.inline.deliver(&event);
        }
        let routed = inner.routes.load(Ordering::Acquire) > 0;
        let subscribed = inner.subscribers.load(Ordering::Acquire) > 0;
        match (subscribed, routed) {
            (true, true) => {
                // Subscribers share one copy, the handlers' queue keeps its own
                // (a request's events copy cheaply: their strings are shared).
                self.broadcast(event.clone());
                self.enqueue(event);
            }
            (true, false) => self.broadcast(event),
            (false, true) => self.enqueue(event),
            (false, false) => {}
        }
    }

    fn broadcast(&self, event: Event) {
        // Fails only when every receiver is gone, which is not an error.
        let _ = self.inner.broadcast.send(Arc::new(event));
    }

    fn enqueue(&self, event: Event) {
        let inner = &*self.inner;
        if inner.shared.queue.push(event) {
            inner.emitted.fetch_add(1, Ordering::Relaxed);
        } else {
            inner.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Whether anyone would see an event: a handler (inline or not) or a live
    /// subscriber. Emitters may check this before building an expensive event.
    pub fn is_listening(&self) -> bool {
        self.inner.routes.load(Ordering::Acquire) > 0
            || self.inner.subscribers.load(Ordering::Acquire) > 0
            || self.inner.inline_routes.load(Ordering::Acquire) > 0
    }

    /// Adds a handler that receives every event passing the system's filters.
    pub fn add_handler(&self, handler: impl EventHandler + 'static) {
        self.add(Route::all(handler));
    }

    /// Adds a handler that receives only the events `filter` passes.
    pub fn add_route(
        &self,
        filter: impl EventFilter + 'static,
        handler: impl EventHandler + 'static,
    ) {
        self.add(Route::filtered(filter, handler));
    }

    fn add(&self, route: Route) {
        self.inner.shared.router.add(route);
        self.ensure_dispatcher();
        self.inner.routes.fetch_add(1, Ordering::Release);
    }

    /// Adds a handler that `emit` calls on the emitting thread, for every event
    /// passing the system's filters, before it returns.
    ///
    /// For handlers that only record (counters, histograms): they run on the
    /// request path, so they must be quick, must never block or wait, and must not
    /// emit to this system. A panic is caught and counted in
    /// [`handler_panics`](Self::handler_panics), as on the dispatcher. Unlike a
    /// queued handler, an inline one sees every event, even when the queue is
    /// full, and has seen it by the time `emit` returns.
    ///
    /// ```
    /// use ovend_events::{EventKind, EventSystem, FnHandler, RequestInfo};
    /// use std::sync::atomic::{AtomicU64, Ordering};
    /// use std::sync::Arc;
    ///
    /// let started = Arc::new(AtomicU64::new(0));
    /// let count = Arc::clone(&started);
    /// let events = EventSystem::new();
    /// events.add_inline_handler(FnHandler::new(move |event| {
    ///     if matches!(event.kind, EventKind::RequestStarted { .. }) {
    ///         count.fetch_add(1, Ordering::Relaxed);
    ///     }
    /// }));
    /// events.emit(EventKind::RequestStarted { request: RequestInfo::new(1, "GET", "/users/@me") });
    /// assert_eq!(started.load(Ordering::Relaxed), 1, "counted before emit returned");
    /// ```
    pub fn add_inline_handler(&self, handler: impl EventHandler + 'static) {
        self.add_inline(Route::all(handler));
    }

    /// Adds an inline handler (see [`add_inline_handler`](Self::add_inline_handler))
    /// that receives only the events `filter` passes.
    pub fn add_inline_route(
        &self,
        filter: impl EventFilter + 'static,
        handler: impl EventHandler + 'static,
    ) {
        self.add_inline(Route::filtered(filter, handler));
    }

    fn add_inline(&self, route: Route) {
        self.inner.inline.add(route);
        self.inner.inline_routes.fetch_add(1, Ordering::Release);
    }

    /// Starts the dispatcher thread the first time a handler is added.
    fn ensure_dispatcher(&self) {
        let mut started = self.inner.dispatcher.lock();
        if *started {
            return;
        }
        let shared = Arc::clone(&self.inner.shared);
        let spawned = std::thread::Builder::new()
            .name("ovend-events".into())
            .spawn(move || dispatch_loop(&shared));
        match spawned {
            Ok(_) => *started = true,
            // Events will queue up and then be dropped and counted; the next
            // `add_handler` tries again.
            Err(error) => tracing::error!(%error, "could not start the ovend event dispatcher"),
        }
    }

    /// A [`Stream`](futures_core::Stream) of the events, from now on, that pass
    /// both the system's filters and `filter` ([`AllEvents`](crate::AllEvents) for
    /// every one, or a [`KindFilter`](crate::KindFilter), a
    /// [`LevelFilter`](crate::LevelFilter), a closure…). Events `filter` refuses
    /// are never delivered.
    ///
    /// A subscriber that falls more than the capacity behind loses the oldest
    /// events; they are counted in [`EventStream::missed`] and in
    /// [`dropped`](Self::dropped).
    pub fn subscribe(&self, filter: impl EventFilter + 'static) -> EventStream {
        EventStream::new(
            self.inner.broadcast.subscribe(),
            Box::new(filter),
            Arc::clone(&self.inner.dropped),
            Arc::clone(&self.inner.subscribers),
        )
    }

    /// Returns once every event emitted before the call has been handled by every
    /// handler. Works on any async runtime.
    pub async fn flush(&self) {
        self.inner.shared.queue.flush().await;
    }

    /// Like [`flush`](Self::flush) but blocks the thread, at most for `timeout`.
    /// Returns whether everything was handled. Not for use inside async code.
    pub fn flush_blocking(&self, timeout: Duration) -> bool {
        self.inner.shared.queue.flush_blocking(timeout)
    }

    /// Events accepted onto the queue.
    pub fn emitted(&self) -> u64 {
        self.inner.emitted.load(Ordering::Relaxed)
    }

    /// Events lost: dropped because the handlers' queue was full, plus events
    /// subscribers missed by falling too far behind.
    pub fn dropped(&self) -> u64 {
        self.inner.dropped.load(Ordering::Relaxed)
    }

    /// Events the system's filters rejected.
    pub fn filtered(&self) -> u64 {
        self.inner.filtered.load(Ordering::Relaxed)
    }

    /// Events the dispatcher has handed to the handlers.
    pub fn handled(&self) -> u64 {
        self.inner.shared.handled.load(Ordering::Relaxed)
    }

    /// Events waiting on the queue.
    pub fn pending(&self) -> usize {
        self.inner.shared.queue.len()
    }

    /// Handler panics caught, on the dispatcher and inline (the handler's event is
    /// lost for it only).
    pub fn handler_panics(&self) -> u64 {
        self.inner.shared.router.panics() + self.inner.inline.panics()
    }

    /// Registered handlers run by the dispatcher.
    pub fn handler_count(&self) -> usize {
        self.inner.shared.router.len()
    }

    /// Registered inline handlers (run by `emit` itself).
    pub fn inline_handler_count(&self) -> usize {
        self.inner.inline.len()
    }
}

impl Default for EventSystem {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for EventSystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventSystem")
            .field("handlers", &self.handler_count())
            .field("inline_handlers", &self.inline_handler_count())
            .field(
                "subscribers",
                &self.inner.subscribers.load(Ordering::Relaxed),
            )
            .field("pending", &self.pending())
            .field("emitted", &self.emitted())
            .field("dropped", &self.dropped())
            .finish()
    }
}

/// An [`EventSystem`] that is not kept alive by this handle; see
/// [`EventSystem::downgrade`].
#[derive(Clone)]
pub struct WeakEventSystem {
    inner: Weak<Inner>,
}

impl WeakEventSystem {
    /// The system, while any clone of it is still alive.
    pub fn upgrade(&self) -> Option<EventSystem> {
        self.inner.upgrade().map(|inner| EventSystem { inner })
    }

    /// Whether every clone of the system is gone, so nothing emitted here is seen.
    pub fn is_closed(&self) -> bool {
        self.inner.strong_count() == 0
    }
}

impl fmt::Debug for WeakEventSystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WeakEventSystem")
            .field("closed", &self.is_closed())
            .finish()
    }
}

/// The dispatcher thread's body: runs until the system is dropped and drained.
fn dispatch_loop(shared: &Shared) {
    while let Some(item) = shared.queue.next() {
        shared.router.deliver(&item.event);
        shared.handled.fetch_add(1, Ordering::Relaxed);
    }
}

/// Configures an [`EventSystem`].
#[must_use = "a builder does nothing until `build` is called"]
pub struct EventSystemBuilder {
    capacity: usize,
    filters: Vec<Arc<dyn EventFilter>>,
    routes: Vec<Route>,
    inline: Vec<Route>,
}

impl Default for EventSystemBuilder {
    fn default() -> Self {
        Self {
            capacity: DEFAULT_CAPACITY,
            filters: Vec::new(),
            routes: Vec::new(),
            inline: Vec::new(),
        }
    }
}

impl fmt::Debug for EventSystemBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventSystemBuilder")
            .field("capacity", &self.capacity)
            .field("filters", &self.filters.len())
            .field("handlers", &self.routes.len())
            .field("inline_handlers", &self.inline.len())
            .finish()
    }
}

impl EventSystemBuilder {
    /// How many events may wait for the handlers before `emit` drops (at least 1;
    /// also the subscribers' lag bound). Default [`DEFAULT_CAPACITY`].
    pub fn capacity(mut self, capacity: usize) -> Self {
        self.capacity = capacity.max(1);
        self
    }

    /// Only events `filter` passes reach handlers and subscribers. Several filters
    /// must all pass.
    pub fn filter(mut self, filter: impl EventFilter + 'static) -> Self {
        self.filters.push(Arc::new(filter));
        self
    }

    /// Shorthand for a [`LevelFilter`]: drop events below `level` at emit time.
    pub fn min_level(self, level: Level) -> Self {
        self.filter(LevelFilter::at_least(level))
    }

    /// Adds a handler for every event.
    pub fn handler(mut self, handler: impl EventHandler + 'static) -> Self {
        self.routes.push(Route::all(handler));
        self
    }

    /// Adds a handler for the events `filter` passes.
    pub fn route(
        mut self,
        filter: impl EventFilter + 'static,
        handler: impl EventHandler + 'static,
    ) -> Self {
        self.routes.push(Route::filtered(filter, handler));
        self
    }

    /// Adds an inline handler for every event; see
    /// [`EventSystem::add_inline_handler`].
    pub fn inline_handler(mut self, handler: impl EventHandler + 'static) -> Self {
        self.inline.push(Route::all(handler));
        self
    }

    /// Adds an inline handler for the events `filter` passes.
    pub fn inline_route(
        mut self,
        filter: impl EventFilter + 'static,
        handler: impl EventHandler + 'static,
    ) -> Self {
        self.inline.push(Route::filtered(filter, handler));
        self
    }

    /// Builds the system (and starts its dispatcher thread if it has handlers).
    pub fn build(self) -> EventSystem {
        let (broadcast, _) = broadcast::channel(self.capacity);
        let system = EventSystem {
            inner: Arc::new(Inner {
                shared: Arc::new(Shared {
                    queue: PriorityQueue::new(self.capacity),
                    router: Router::default(),
                    handled: AtomicU64::new(0),
                }),
                inline: Router::default(),
                inline_routes: AtomicUsize::new(0),
                filters: self.filters,
                broadcast,
                subscribers: Arc::new(AtomicUsize::new(0)),
                routes: AtomicUsize::new(0),
                emitted: AtomicU64::new(0),
                dropped: Arc::new(AtomicU64::new(0)),
                filtered: AtomicU64::new(0),
                dispatcher: Mutex::new(false),
            }),
        };
        for route in self.routes {
            system.add(route);
        }
        for route in self.inline {
            system.add_inline(route);
        }
        system
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weak_handle_reaches_the_system_only_while_it_lives() {
        let system = EventSystem::new();
        let weak = system.downgrade();
        let mut events = weak.upgrade().expect("alive").subscribe(crate::AllEvents);
        weak.upgrade()
            .unwrap()
            .emit_event(Event::new(EventKind::Custom {
                name: "x".into(),
                message: String::new(),
            }));
        assert!(events.try_recv().is_some());
        assert!(!weak.is_closed());
        drop(system);
        assert!(weak.is_closed());
        assert!(weak.upgrade().is_none());
    }
}
