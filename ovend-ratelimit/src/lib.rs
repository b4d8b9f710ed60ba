#![doc = include_str!("../README.md")]

mod headers;
mod limiter;
mod permit;
mod priority;
mod rejected;
mod route;

pub use headers::{HeaderError, RateLimitHeaders, Scope};
pub use limiter::{AcquireOptions, RateLimiter};
pub use permit::{Permit, PermitHandle};
pub use priority::Priority;
pub use rejected::Rejected;
pub use route::RouteKey;
