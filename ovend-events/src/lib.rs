#![doc = include_str!("../README.md")]

mod event;
mod filter;
mod handler;
mod handlers;
mod queue;
mod router;
mod system;

pub use event::{Event, EventKind, EventType, Level, RequestInfo};
pub use filter::{EventFilter, FnFilter, KindFilter, LevelFilter};
pub use handler::EventHandler;
pub use handlers::{DebugHandler, FnHandler, NotificationHandler, NotificationSink};
pub use system::{EventSystem, EventSystemBuilder, WeakEventSystem, DEFAULT_CAPACITY};
pub use tokio::sync::broadcast::{error::RecvError, Receiver as EventReceiver};
