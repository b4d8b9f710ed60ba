#![doc = include_str!("../README.md")]

mod analytics;
mod collector;
mod export;
mod performance;
mod timing;

pub use analytics::{Analytics, AnalyticsSnapshot, RouteSnapshot};
pub use collector::{MetricsCollector, MetricsCollectorBuilder};
pub use export::names;
pub use performance::{LatencySummary, PerformanceTracker};
