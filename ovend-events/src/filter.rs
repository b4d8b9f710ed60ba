//! Filters: which events go on (to the whole system, or to one routed handler).

use std::collections::HashSet;
use std::fmt;

use crate::event::{Event, EventType, Level};

/// Decides whether an event passes.
///
/// Object safe (`Arc<dyn EventFilter>`); any `Fn(&Event) -> bool + Send + Sync`
/// closure is a filter too.
pub trait EventFilter: Send + Sync {
    /// Whether `event` passes.
    fn matches(&self, event: &Event) -> bool;
}

impl<F> EventFilter for F
where
    F: Fn(&Event) -> bool + Send + Sync,
{
    fn matches(&self, event: &Event) -> bool {
        self(event)
    }
}

/// Passes every event: the filter of a subscriber that wants everything.
///
/// ```
/// # use ovend_events::{AllEvents, EventSystem};
/// let events = EventSystem::new();
/// let stream = events.subscribe(AllEvents);
/// # drop(stream);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AllEvents;

impl EventFilter for AllEvents {
    fn matches(&self, _: &Event) -> bool {
        true
    }
}

/// Passes events at or above a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelFilter {
    min: Level,
}

impl LevelFilter {
    /// Passes events whose level is `min` or higher.
    pub fn at_least(min: Level) -> Self {
        Self { min }
    }
}

impl EventFilter for LevelFilter {
    fn matches(&self, event: &Event) -> bool {
        event.level >= self.min
    }
}

/// Passes events of the given kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindFilter {
    kinds: HashSet<EventType>,
}

impl KindFilter {
    /// Passes events whose kind is one of `kinds`.
    pub fn new(kinds: impl IntoIterator<Item = EventType>) -> Self {
        Self {
            kinds: kinds.into_iter().collect(),
        }
    }
}

impl EventFilter for KindFilter {
    fn matches(&self, event: &Event) -> bool {
        self.kinds.contains(&event.event_type())
    }
}

/// A named closure filter, for when a `Debug` impl or an explicit type is wanted.
pub struct FnFilter<F>(pub F);

impl<F> fmt::Debug for FnFilter<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FnFilter")
    }
}

impl<F> EventFilter for FnFilter<F>
where
    F: Fn(&Event) -> bool + Send + Sync,
{
    fn matches(&self, event: &Event) -> bool {
        (self.0)(event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::EventKind;
    use std::time::Duration;

    fn ban() -> Event {
        Event::new(EventKind::CloudflareBan {
            retry_after: Duration::from_secs(1),
        })
    }

    fn custom(name: &str) -> Event {
        Event::new(EventKind::Custom {
            name: name.into(),
            message: String::new(),
        })
    }

    #[test]
    fn level_filter_passes_at_or_above() {
        let f = LevelFilter::at_least(Level::Warn);
        assert!(f.matches(&ban()));
        assert!(!f.matches(&custom("x")));
        assert!(f.matches(&custom("x").with_level(Level::Warn)));
    }

    #[test]
    fn kind_filter_passes_listed_kinds_only() {
        let f = KindFilter::new([EventType::Custom]);
        assert!(f.matches(&custom("a")));
        assert!(!f.matches(&ban()));
    }

    #[test]
    fn closures_are_filters() {
        let f =
            FnFilter(|e: &Event| matches!(&e.kind, EventKind::Custom { name, .. } if name == "a"));
        assert!(f.matches(&custom("a")));
        assert!(!f.matches(&custom("b")));
        let g = |e: &Event| e.level == Level::Error;
        assert!(EventFilter::matches(&g, &ban()));
    }
}
