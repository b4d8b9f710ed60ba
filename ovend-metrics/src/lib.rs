#![doc = include_str!("../README.md")]

mod analytics;
mod collector;
mod export;
mod performance;
mod routes;
mod shards;
mod state;
mod timing;

/// The collector's maps, looked up for every event: foldhash, keyed per process
/// like the standard SipHash, at a fraction of its cost.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

pub use analytics::{Analytics, AnalyticsSnapshot, RouteSnapshot};
pub use collector::{MetricsCollector, MetricsCollectorBuilder};
pub use export::names;
pub use performance::{LatencySummary, PerformanceTracker};
