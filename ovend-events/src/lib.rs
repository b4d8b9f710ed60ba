#![doc = include_str!("../README.md")]

mod event;
mod filter;
mod handler;
mod handlers;
mod notification;
mod queue;
mod rolling;
mod router;
mod stream;
mod system;

pub use event::{Event, EventKind, EventType, Level, RequestInfo};
pub use filter::{AllEvents, EventFilter, FnFilter, KindFilter, LevelFilter};
pub use handler::EventHandler;
pub use handlers::{DebugHandler, FnHandler};
pub use notification::{
    Condition, NotificationHandler, NotificationHandlerBuilder, NotificationSink,
    DEFAULT_MAX_NOTIFICATIONS, DEFAULT_NOTIFICATION_INTERVAL, INVALID_REQUEST_WINDOW,
};
pub use rolling::RollingCount;
pub use stream::EventStream;
pub use system::{EventSystem, EventSystemBuilder, WeakEventSystem, DEFAULT_CAPACITY};
pub use tokio::sync::broadcast::{error::RecvError, Receiver as EventReceiver};
