//! Every route seen, and what is kept per route.

use std::sync::Arc;

use hdrhistogram::Histogram;
use parking_lot::Mutex;

use crate::export::RouteKeys;
use crate::performance::{self, LatencySummary};
use crate::HashMap;

/// Counters of one route.
#[derive(Default, Clone, Copy)]
pub(crate) struct RouteStats {
    pub(crate) requests: u64,
    pub(crate) successes: u64,
    pub(crate) failures: u64,
    pub(crate) retries: u64,
    pub(crate) rate_limited: u64,
    pub(crate) cache_hits: u64,
}

impl RouteStats {
    fn add(&mut self, other: &Self) {
        self.requests += other.requests;
        self.successes += other.successes;
        self.failures += other.failures;
        self.retries += other.retries;
        self.rate_limited += other.rate_limited;
        self.cache_hits += other.cache_hits;
    }
}

/// A route's latency histogram: one for every shard, as a copy per shard would
/// multiply its 184 KiB by the shard count for every route.
pub(crate) type SharedHistogram = Arc<Mutex<Histogram<u64>>>;

/// Everything a shard keeps per route (method and route template).
#[derive(Default)]
pub(crate) struct Route {
    /// `None` until an event counted in a `RouteSnapshot` arrives: the entry
    /// may exist only for its export keys, and such a route is not reported.
    pub(crate) stats: Option<RouteStats>,
    /// `None` until a request on the route ends in this shard.
    pub(crate) latency: Option<SharedHistogram>,
    pub(crate) keys: RouteKeys,
}

/// Routes by method, then route template.
///
/// The maps are keyed by `String` but looked up with the event's `&str`s, so
/// finding a route already seen allocates nothing. They hold indexes into
/// `entries` rather than the entries themselves, so one lookup serves both a hit
/// and a miss (a `get_mut` that falls back to an insert does not borrow-check).
#[derive(Default)]
pub(crate) struct Routes {
    index: HashMap<String, HashMap<String, usize>>,
    entries: Vec<Route>,
}

impl Routes {
    pub(crate) fn get_or_insert(&mut self, method: &str, route: &str) -> &mut Route {
        let found = self
            .index
            .get(method)
            .and_then(|routes| routes.get(route))
            .copied();
        let at = match found {
            Some(at) => at,
            None => {
                let at = self.entries.len();
                self.entries.push(Route::default());
                self.index
                    .entry(method.to_owned())
                    .or_default()
                    .insert(route.to_owned(), at);
                at
            }
        };
        &mut self.entries[at]
    }

    /// `(method, route, entry)` of every route.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &str, &Route)> + '_ {
        self.index.iter().flat_map(move |(method, routes)| {
            routes.iter().filter_map(move |(route, &at)| {
                Some((method.as_str(), route.as_str(), self.entries.get(at)?))
            })
        })
    }

    /// Adds `other`'s counters into these (for a read over every shard).
    pub(crate) fn absorb(&mut self, other: &Self) {
        for (method, route, theirs) in other.iter() {
            let ours = self.get_or_insert(method, route);
            if let Some(stats) = &theirs.stats {
                ours.stats
                    .get_or_insert_with(RouteStats::default)
                    .add(stats);
            }
            if ours.latency.is_none() {
                ours.latency.clone_from(&theirs.latency);
            }
        }
    }
}

/// The latency histogram of every route that has ended a request, shared by
/// the shards. A shard asks here once per route, then keeps the handle.
#[derive(Default)]
pub(crate) struct RouteLatencies {
    by_route: Mutex<HashMap<String, HashMap<String, SharedHistogram>>>,
}

impl RouteLatencies {
    /// The histogram of `method` `route`, made if it is the first.
    pub(crate) fn of(&self, method: &str, route: &str) -> SharedHistogram {
        let mut by_route = self.by_route.lock();
        if let Some(found) = by_route.get(method).and_then(|routes| routes.get(route)) {
            return Arc::clone(found);
        }
        let made = Arc::new(Mutex::new(performance::micros_histogram()));
        by_route
            .entry(method.to_owned())
            .or_default()
            .insert(route.to_owned(), Arc::clone(&made));
        made
    }

    /// Percentiles of `method` `route`, if a request on it has ended.
    pub(crate) fn summary(&self, method: &str, route: &str) -> Option<LatencySummary> {
        let by_route = self.by_route.lock();
        let histogram = by_route.get(method)?.get(route)?;
        let summary = LatencySummary::of(&histogram.lock());
        Some(summary)
    }

    /// Forgets every route (shards drop their handles when they reset).
    pub(crate) fn clear(&self) {
        self.by_route.lock().clear();
    }
}
