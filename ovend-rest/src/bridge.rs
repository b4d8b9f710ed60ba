//! Forwards what the client's rate limiter learns into the client's event system.
//!
//! The client attaches the bridge to whatever limiter it is given (the default
//! manager, a user's manager, a Redis limiter), through
//! [`RateLimiter::add_listener`](ovend_ratelimit::RateLimiter::add_listener).
//! The flow itself reports waits, 429s, refusals and Cloudflare bans with the
//! request they concern (any limiter can be plugged in, so the flow cannot
//! count on the limiter's own events for those). The bridge adds what only the
//! limiter knows: invalid-request warnings, a token found invalid, headers it
//! could not trust and a shared store lost and found again (as `Custom` events
//! named `ratelimit.*`), and, as typed events, buckets and sublimits learned and
//! the global window running full. Events carry route templates
//! (`RouteKey::route`), never a webhook token.
//!
//! ovend-ratelimit reports a bucket's limit but not its window, so the typed
//! bucket events leave `window` empty. Global pressure is the limiter's own
//! count of its window (`RateLimitEvent::GlobalPressure`); a limiter that does
//! not send it (the Redis one) yields none.
//!
//! A limiter may outlive the client (one limiter shared by clients that come
//! and go), so the bridge holds the event system weakly and reports itself
//! closed once the system is gone; the limiter then forgets it.

use std::fmt;

use ovend_events::{Event, EventKind, EventSystem, Level, WeakEventSystem};
use ovend_ratelimit::{RateLimitEvent, RateLimitListener};

/// A [`RateLimitListener`] that emits into an [`EventSystem`] while it lives.
pub(crate) struct RateLimitBridge {
    events: WeakEventSystem,
}

impl RateLimitBridge {
    pub(crate) fn new(events: &EventSystem) -> Self {
        Self {
            events: events.downgrade(),
        }
    }
}

impl RateLimitListener for RateLimitBridge {
    fn on_event(&self, event: &RateLimitEvent) {
        // Listeners run on the request path: build nothing nobody will receive.
        let Some(events) = self.events.upgrade().filter(EventSystem::is_listening) else {
            return;
        };
        if let Some(event) = translate(event) {
            // `emit_event` never blocks, as a listener must not.
            events.emit_event(event);
        }
    }

    fn is_closed(&self) -> bool {
        self.events.is_closed()
    }
}

impl fmt::Debug for RateLimitBridge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RateLimitBridge")
    }
}

fn translate(event: &RateLimitEvent) -> Option<Event> {
    let custom = |name: &str, message: String, level: Level| {
        Event::new(EventKind::Custom {
            name: name.to_owned(),
            message,
        })
        .with_level(level)
    };
    match event {
        RateLimitEvent::InvalidRequestWarning { count, threshold } => {
            Some(Event::new(EventKind::InvalidRequestWarning {
                count: *count,
                threshold: *threshold,
            }))
        }
        RateLimitEvent::TokenInvalid => Some(custom(
            "ratelimit.token_invalid",
            "Discord rejected the token; every later request is refused".into(),
            Level::Error,
        )),
        RateLimitEvent::UntrustedHeaders { key, reason } => Some(custom(
            "ratelimit.untrusted_headers",
            format!("{key}: {reason}; one request at a time until sane headers arrive"),
            Level::Warn,
        )),
        RateLimitEvent::BucketLearned {
            key,
            hash,
            limit,
            window,
        } => Some(Event::new(EventKind::BucketLearned {
            route: key.route().to_owned(),
            bucket: hash.clone(),
            limit: *limit,
            window: *window,
        })),
        RateLimitEvent::BucketChanged { key, old, new } => {
            Some(Event::new(EventKind::BucketChanged {
                route: key.route().to_owned(),
                old: old.clone(),
                bucket: new.clone(),
                limit: None,
                window: None,
            }))
        }
        RateLimitEvent::SublimitLearned {
            key,
            allowed,
            window,
        } => Some(Event::new(EventKind::SublimitLearned {
            route: key.route().to_owned(),
            allowed: *allowed,
            window: *window,
        })),
        RateLimitEvent::GlobalPressure {
            key,
            in_window,
            limit,
        } => Some(Event::new(EventKind::GlobalPressure {
            route: key.route().to_owned(),
            in_window: *in_window,
            limit: *limit,
        })),
        RateLimitEvent::SharedStoreDown { reason } => Some(custom(
            "ratelimit.shared_store_down",
            format!("{reason}; following the failure policy until it answers again"),
            Level::Warn,
        )),
        RateLimitEvent::SharedStoreRecovered { after } => Some(custom(
            "ratelimit.shared_store_recovered",
            format!("the shared store answers again after {after:?}"),
            Level::Info,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;
    use ovend_ratelimit::RouteKey;

    #[test]
    fn warnings_pass_and_tokens_stay_hidden() {
        let warning = translate(&RateLimitEvent::InvalidRequestWarning {
            count: 2500,
            threshold: 2500,
        })
        .unwrap();
        assert!(matches!(
            warning.kind,
            EventKind::InvalidRequestWarning { count: 2500, .. }
        ));

        let key = RouteKey::new(&Method::POST, "/webhooks/1/very-secret");
        let learned = translate(&RateLimitEvent::BucketLearned {
            key,
            hash: "abc".into(),
            limit: Some(5),
            window: Some(std::time::Duration::from_secs(5)),
        })
        .unwrap();
        let EventKind::BucketLearned {
            route,
            bucket,
            limit,
            window,
            ..
        } = &learned.kind
        else {
            panic!("expected a typed bucket event");
        };
        assert_eq!((bucket.as_str(), *limit), ("abc", Some(5)));
        assert_eq!(*window, Some(std::time::Duration::from_secs(5)));
        assert!(!format!("{learned:?}").contains("very-secret"), "{route}");
        assert_eq!(learned.level, Level::Debug);
        assert!(translate(&RateLimitEvent::CloudflareBan {
            duration: std::time::Duration::from_secs(1)
        })
        .is_none());
    }

    #[test]
    fn a_shared_store_lost_warns_and_its_return_informs() {
        let down = translate(&RateLimitEvent::SharedStoreDown {
            reason: "Redis refused the connection".into(),
        })
        .unwrap();
        assert_eq!(down.level, Level::Warn);
        assert!(
            matches!(&down.kind, EventKind::Custom { name, .. } if name == "ratelimit.shared_store_down")
        );
        let back = translate(&RateLimitEvent::SharedStoreRecovered {
            after: std::time::Duration::from_secs(3),
        })
        .unwrap();
        assert_eq!(back.level, Level::Info);
        assert!(
            matches!(&back.kind, EventKind::Custom { name, .. } if name == "ratelimit.shared_store_recovered")
        );
    }

    #[test]
    fn the_bridge_closes_with_its_event_system() {
        let events = EventSystem::new();
        let bridge = RateLimitBridge::new(&events);
        assert!(!bridge.is_closed());
        drop(events);
        assert!(bridge.is_closed());
        bridge.on_event(&RateLimitEvent::TokenInvalid);
    }
}
