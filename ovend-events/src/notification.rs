//! Notifications: serious events forwarded to a pager, once per crossing and
//! never in a flood.
//!
//! A [`NotificationHandler`] looks at each event routed to it (events below its
//! level are ignored altogether). Without a [`Condition`] every event notifies.
//! With one, the condition is re-evaluated at each event, and the handler
//! notifies only when it *becomes* true — a burst of matching events pages once —
//! and re-arms only after it has been false again. On top of that the handler
//! limits itself to `max` notifications per `interval` and counts the ones it
//! suppressed, so a misbehaving bot cannot turn the pager into a second flood.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::time::Instant;

use crate::event::{Event, EventKind, EventType, Level};
use crate::handler::EventHandler;
use crate::rolling::RollingCount;

/// Discord's window for invalid requests: ten minutes.
pub const INVALID_REQUEST_WINDOW: Duration = Duration::from_secs(600);

/// Notifications a handler sends per interval unless configured.
pub const DEFAULT_MAX_NOTIFICATIONS: u32 = 10;

/// The interval of [`DEFAULT_MAX_NOTIFICATIONS`].
pub const DEFAULT_NOTIFICATION_INTERVAL: Duration = Duration::from_secs(60);

/// Where notifications go: a webhook, a pager, a chat channel.
///
/// Called on the dispatcher thread; a sink that does network I/O should hand the
/// event to its own task or thread rather than block every other handler.
pub trait NotificationSink: Send + Sync {
    /// Delivers one notification.
    fn notify(&self, event: &Event);
}

impl<F> NotificationSink for F
where
    F: Fn(&Event) + Send + Sync,
{
    fn notify(&self, event: &Event) {
        self(event);
    }
}

/// When a [`NotificationHandler`] fires: it notifies as the condition becomes true.
#[derive(Clone)]
pub struct Condition(Rule);

#[derive(Clone)]
enum Rule {
    Kind(EventType),
    Custom(Arc<dyn Fn(&Event) -> bool + Send + Sync>),
    InvalidRequests { threshold: u32, window: Duration },
}

impl Condition {
    /// True at an event of kind `kind`, false at any other: a run of such events
    /// notifies once.
    pub fn kind(kind: EventType) -> Self {
        Self(Rule::Kind(kind))
    }

    /// True at the events `f` accepts, false at the others.
    pub fn custom(f: impl Fn(&Event) -> bool + Send + Sync + 'static) -> Self {
        Self(Rule::Custom(Arc::new(f)))
    }

    /// True while at least `threshold` invalid requests were counted in the last
    /// ten minutes: the handler's own count of [`EventKind::InvalidRequest`]
    /// events, or the count of the latest [`EventKind::InvalidRequestWarning`] from
    /// the rate limiter (which may see other clients of the token) while it is
    /// younger than the window, whichever is higher. It becomes false as the count
    /// drops below `threshold`.
    pub fn invalid_requests_over(threshold: u32) -> Self {
        Self(Rule::InvalidRequests {
            threshold,
            window: INVALID_REQUEST_WINDOW,
        })
    }
}

impl fmt::Debug for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Rule::Kind(kind) => write!(f, "Condition::kind({kind})"),
            Rule::Custom(_) => f.write_str("Condition::custom(..)"),
            Rule::InvalidRequests { threshold, .. } => {
                write!(f, "Condition::invalid_requests_over({threshold})")
            }
        }
    }
}

/// What a handler remembers between events.
struct State {
    /// The condition's truth at the last event.
    active: bool,
    invalid: RollingCount,
    /// The rate limiter's latest count, and when it came.
    reported: Option<(u32, Instant)>,
    /// Start of the current rate-limit interval and notifications sent in it.
    interval: Option<(Instant, u32)>,
    sent: u64,
    suppressed: u64,
}

impl State {
    /// Updates what the condition tracks with `event` and says whether it holds.
    fn evaluate(&mut self, rule: &Rule, event: &Event, now: Instant) -> bool {
        match rule {
            Rule::Kind(kind) => event.event_type() == *kind,
            Rule::Custom(f) => f(event),
            Rule::InvalidRequests { threshold, window } => {
                match &event.kind {
                    EventKind::InvalidRequest { .. } => self.invalid.record(now),
                    EventKind::InvalidRequestWarning { count, .. } => {
                        self.reported = Some((*count, now));
                    }
                    _ => {}
                }
                let reported = match self.reported {
                    Some((count, at)) if now.saturating_duration_since(at) < *window => count,
                    _ => 0,
                };
                self.invalid.count(now).max(reported) >= *threshold
            }
        }
    }

    /// Takes one notification from the budget, or counts it suppressed.
    fn take_budget(&mut self, max: u32, per: Duration, now: Instant) -> bool {
        let (start, used) = match self.interval {
            Some((start, used)) if now.saturating_duration_since(start) < per => (start, used),
            _ => (now, 0),
        };
        if used >= max {
            self.suppressed += 1;
            return false;
        }
        self.interval = Some((start, used + 1));
        self.sent += 1;
        true
    }
}

/// Forwards serious events to a [`NotificationSink`]: those at or above a level,
/// optionally only as a [`Condition`] becomes true, at most `max` per interval.
///
/// Clones share their state, so a clone kept aside reads [`sent`](Self::sent) and
/// [`suppressed`](Self::suppressed) of the one registered.
///
/// ```
/// use std::time::Duration;
/// use ovend_events::{Condition, Event, EventHandler, EventKind, Level, NotificationHandler};
///
/// let pager = NotificationHandler::builder(|event: &Event| eprintln!("page: {:?}", event.kind))
///     .min_level(Level::Warn)
///     .condition(Condition::invalid_requests_over(1000))
///     .rate_limit(5, Duration::from_secs(300))
///     .build();
/// pager.handle(&Event::new(EventKind::InvalidRequestWarning { count: 2500, threshold: 2500 }));
/// pager.handle(&Event::new(EventKind::InvalidRequestWarning { count: 5000, threshold: 5000 }));
/// assert_eq!(pager.sent(), 1, "still over the threshold: no second page");
/// ```
#[derive(Clone)]
pub struct NotificationHandler {
    min_level: Level,
    condition: Option<Condition>,
    max: u32,
    per: Duration,
    sink: Arc<dyn NotificationSink>,
    state: Arc<Mutex<State>>,
}

impl NotificationHandler {
    /// Notifies `sink` of every event at `min_level` or above, at most
    /// [`DEFAULT_MAX_NOTIFICATIONS`] per [`DEFAULT_NOTIFICATION_INTERVAL`].
    pub fn new(min_level: Level, sink: impl NotificationSink + 'static) -> Self {
        Self::builder(sink).min_level(min_level).build()
    }

    /// Starts configuring a handler that notifies `sink`.
    pub fn builder(sink: impl NotificationSink + 'static) -> NotificationHandlerBuilder {
        NotificationHandlerBuilder {
            min_level: Level::Debug,
            condition: None,
            max: DEFAULT_MAX_NOTIFICATIONS,
            per: DEFAULT_NOTIFICATION_INTERVAL,
            sink: Arc::new(sink),
        }
    }

    /// The lowest level looked at.
    pub fn min_level(&self) -> Level {
        self.min_level
    }

    /// Notifications sent to the sink.
    pub fn sent(&self) -> u64 {
        self.state.lock().sent
    }

    /// Notifications withheld by the handler's own rate limit.
    pub fn suppressed(&self) -> u64 {
        self.state.lock().suppressed
    }

    /// Whether `event` should notify now, updating the condition and the budget.
    fn should_notify(&self, event: &Event) -> bool {
        let now = Instant::now();
        let mut state = self.state.lock();
        if let Some(condition) = &self.condition {
            let active = state.evaluate(&condition.0, event, now);
            let crossed = active && !state.active;
            state.active = active;
            if !crossed {
                return false;
            }
        }
        state.take_budget(self.max, self.per, now)
    }
}

impl fmt::Debug for NotificationHandler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NotificationHandler")
            .field("min_level", &self.min_level)
            .field("condition", &self.condition)
            .field("max", &self.max)
            .field("per", &self.per)
            .finish_non_exhaustive()
    }
}

impl EventHandler for NotificationHandler {
    fn handle(&self, event: &Event) {
        if event.level < self.min_level {
            return;
        }
        // The lock is released before the sink runs: a slow sink must not hold it.
        if self.should_notify(event) {
            self.sink.notify(event);
        }
    }
}

/// Configures a [`NotificationHandler`].
#[must_use = "a builder does nothing until `build` is called"]
pub struct NotificationHandlerBuilder {
    min_level: Level,
    condition: Option<Condition>,
    max: u32,
    per: Duration,
    sink: Arc<dyn NotificationSink>,
}

impl NotificationHandlerBuilder {
    /// Ignores events below `level` (default [`Level::Debug`]: looks at all). A
    /// condition sees only the events at or above it.
    pub fn min_level(mut self, level: Level) -> Self {
        self.min_level = level;
        self
    }

    /// Notifies only as `condition` becomes true (default: at every event).
    pub fn condition(mut self, condition: Condition) -> Self {
        self.condition = Some(condition);
        self
    }

    /// At most `max` notifications per `per`; the rest are counted in
    /// [`NotificationHandler::suppressed`]. Default [`DEFAULT_MAX_NOTIFICATIONS`]
    /// per [`DEFAULT_NOTIFICATION_INTERVAL`].
    pub fn rate_limit(mut self, max: u32, per: Duration) -> Self {
        self.max = max;
        self.per = per;
        self
    }

    /// Builds the handler.
    pub fn build(self) -> NotificationHandler {
        NotificationHandler {
            min_level: self.min_level,
            condition: self.condition,
            max: self.max,
            per: self.per,
            sink: self.sink,
            state: Arc::new(Mutex::new(State {
                active: false,
                invalid: RollingCount::new(INVALID_REQUEST_WINDOW),
                reported: None,
                interval: None,
                sent: 0,
                suppressed: 0,
            })),
        }
    }
}

impl fmt::Debug for NotificationHandlerBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NotificationHandlerBuilder")
            .field("min_level", &self.min_level)
            .field("condition", &self.condition)
            .field("max", &self.max)
            .field("per", &self.per)
            .finish_non_exhaustive()
    }
}
