#![doc = include_str!("../README.md")]

mod bucket;
mod buckets;
mod config;
mod decision;
mod event;
mod global;
mod guards;
mod headers;
mod lane;
mod limiter;
mod line;
mod listeners;
mod manager;
mod permit;
mod priority;
mod queue;
#[cfg(feature = "redis")]
mod redis;
mod rejected;
mod route;
mod rtt;
mod state;
mod sublimit;
mod sweep;
mod time;
mod window_id;

#[cfg(feature = "redis")]
pub use crate::redis::{
    RedisFailurePolicy, RedisLimiterError, RedisRateLimiter, RedisRateLimiterBuilder,
};
pub use config::RateLimitManagerBuilder;
pub use decision::Decision;
pub use event::{RateLimitEvent, RateLimitListener, WaitReason};
pub use headers::{HeaderError, RateLimitHeaders, Scope, DEFAULT_WAIT_CEILING};
pub use limiter::{AcquireOptions, RateLimiter};
pub use manager::{LimiterStats, RateLimitManager};
pub use permit::{Permit, PermitHandle};
pub use priority::Priority;
pub use rejected::Rejected;
pub use route::{MessageAge, RouteKey};
