//! Ready-made handlers: the logger and closures (notifications have a module
//! of their own).

use std::fmt;

use crate::event::{Event, Level};
use crate::handler::EventHandler;

/// The logger sink: writes each event through `tracing` at the event's level, under
/// the target `ovend::events`.
///
/// Events never carry tokens or full paths, so logging them is safe. Nothing is
/// printed unless the application installs a `tracing` subscriber.
#[derive(Debug, Clone, Copy, Default)]
pub struct DebugHandler {
    _private: (),
}

impl DebugHandler {
    /// A logger for every event it is routed.
    pub fn new() -> Self {
        Self::default()
    }
}

impl EventHandler for DebugHandler {
    fn handle(&self, event: &Event) {
        let kind = event.event_type().as_str();
        let data = &event.kind;
        // `tracing` levels are part of each callsite, hence one macro per level.
        match event.level {
            Level::Debug => tracing::debug!(target: "ovend::events", kind, event = ?data),
            Level::Info => tracing::info!(target: "ovend::events", kind, event = ?data),
            Level::Warn => tracing::warn!(target: "ovend::events", kind, event = ?data),
            Level::Error => tracing::error!(target: "ovend::events", kind, event = ?data),
        }
    }
}

/// A closure as a handler: the quickest way to send events anywhere external.
///
/// ```
/// use ovend_events::{EventSystem, FnHandler};
///
/// let events = EventSystem::builder()
///     .handler(FnHandler::new(|event| eprintln!("{:?}", event.kind)))
///     .build();
/// # drop(events);
/// ```
pub struct FnHandler<F> {
    f: F,
}

impl<F> FnHandler<F>
where
    F: Fn(&Event) + Send + Sync,
{
    /// Calls `f` for each event.
    pub fn new(f: F) -> Self {
        Self { f }
    }
}

impl<F> fmt::Debug for FnHandler<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FnHandler")
    }
}

impl<F> EventHandler for FnHandler<F>
where
    F: Fn(&Event) + Send + Sync,
{
    fn handle(&self, event: &Event) {
        (self.f)(event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::EventKind;
    use parking_lot::Mutex;
    use std::time::Duration;

    #[test]
    fn notification_handler_forwards_at_or_above_its_level() {
        use crate::notification::NotificationHandler;
        use std::sync::Arc;

        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = {
            let seen = Arc::clone(&seen);
            move |e: &Event| seen.lock().push(e.level)
        };
        let handler = NotificationHandler::new(Level::Warn, sink);
        handler.handle(&Event::new(EventKind::CloudflareBan {
            retry_after: Duration::from_secs(1),
        }));
        handler.handle(&Event::new(EventKind::CacheInvalidated {
            prefix: "x".into(),
        }));
        handler.handle(&Event::new(EventKind::InvalidRequestWarning {
            count: 5000,
            threshold: 5000,
        }));
        assert_eq!(*seen.lock(), vec![Level::Error, Level::Warn]);
    }

    #[test]
    fn debug_handler_logs_at_the_event_level() {
        use std::io::Write;
        use std::sync::Arc;

        #[derive(Clone, Default)]
        struct Buf(Arc<Mutex<Vec<u8>>>);
        impl Write for Buf {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.lock().extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }

        let buf = Buf::default();
        let writer = buf.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .with_max_level(tracing::Level::TRACE)
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            DebugHandler::new().handle(&Event::new(EventKind::CloudflareBan {
                retry_after: Duration::from_secs(2),
            }));
        });
        let out = String::from_utf8(buf.0.lock().clone()).unwrap_or_default();
        assert!(out.contains("ERROR"), "{out}");
        assert!(out.contains("cloudflare_ban"), "{out}");
    }
}
