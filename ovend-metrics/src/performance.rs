//! Latency histograms, overall and per route.

use std::time::Duration;

use crate::HashMap;
use hdrhistogram::Histogram;

/// Highest latency tracked exactly: one hour, in microseconds. Longer values are
/// clamped to it (`saturating_record`), which no real request reaches.
const MAX_MICROS: u64 = 3_600_000_000;

/// An empty histogram of microseconds with three significant digits.
///
/// hdrhistogram keeps a fixed error bound (0.1 %) at every magnitude in 184 KiB
/// (23,552 counts), so percentiles stay exact enough for sub-millisecond cache
/// hits and for minute-long rate-limit waits alike.
pub(crate) fn micros_histogram() -> Histogram<u64> {
    // The bounds are constants known to be valid (1 ≤ low, high ≥ 2·low, sigfig ≤ 5),
    // so construction cannot fail.
    #[allow(clippy::expect_used)]
    Histogram::new_with_bounds(1, MAX_MICROS, 3).expect("constant histogram bounds are valid")
}

pub(crate) fn record(histogram: &mut Histogram<u64>, value: Duration) {
    let micros = u64::try_from(value.as_micros()).unwrap_or(u64::MAX);
    histogram.saturating_record(micros.min(MAX_MICROS));
}

/// Adds `other`'s values into `histogram` (a read over several shards).
pub(crate) fn add(histogram: &mut Histogram<u64>, other: &Histogram<u64>) {
    // Both come from `micros_histogram`, so every value of `other` fits and the
    // addition cannot fail.
    let _ = histogram.add(other);
}

/// Percentiles of a set of durations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LatencySummary {
    /// Values recorded.
    pub count: u64,
    /// Smallest value.
    pub min: Duration,
    /// Arithmetic mean.
    pub mean: Duration,
    /// Median.
    pub p50: Duration,
    /// 90th percentile.
    pub p90: Duration,
    /// 99th percentile.
    pub p99: Duration,
    /// Largest value.
    pub max: Duration,
}

impl LatencySummary {
    /// Summarizes `histogram` (all zeros when it is empty).
    pub(crate) fn of(histogram: &Histogram<u64>) -> Self {
        if histogram.is_empty() {
            return Self::default();
        }
        let at = |q: f64| Duration::from_micros(histogram.value_at_quantile(q));
        Self {
            count: histogram.len(),
            min: Duration::from_micros(histogram.min()),
            // The mean is a float of microseconds; rounding to whole ones is exact enough.
            mean: Duration::from_micros(histogram.mean().round() as u64),
            p50: at(0.50),
            p90: at(0.90),
            p99: at(0.99),
            max: Duration::from_micros(histogram.max()),
        }
    }
}

/// Latency histograms, overall and per route (any string key, e.g. `"GET /users/@me"`).
///
/// Values are kept at microsecond resolution with three significant digits.
#[derive(Debug, Clone)]
pub struct PerformanceTracker {
    overall: Histogram<u64>,
    routes: HashMap<String, Histogram<u64>>,
}

impl Default for PerformanceTracker {
    fn default() -> Self {
        Self::new()
    }
}

impl PerformanceTracker {
    /// An empty tracker.
    pub fn new() -> Self {
        Self {
            overall: micros_histogram(),
            routes: HashMap::default(),
        }
    }

    /// Records one request's latency under `route`.
    pub fn record(&mut self, route: &str, latency: Duration) {
        record(&mut self.overall, latency);
        match self.routes.get_mut(route) {
            Some(histogram) => record(histogram, latency),
            None => {
                let mut histogram = micros_histogram();
                record(&mut histogram, latency);
                self.routes.insert(route.to_owned(), histogram);
            }
        }
    }

    /// Percentiles over every route.
    pub fn summary(&self) -> LatencySummary {
        LatencySummary::of(&self.overall)
    }

    /// Percentiles of one route, if it was recorded.
    pub fn route_summary(&self, route: &str) -> Option<LatencySummary> {
        self.routes.get(route).map(LatencySummary::of)
    }

    /// The value at quantile `q` (0.0–1.0, clamped) over every route.
    pub fn percentile(&self, q: f64) -> Duration {
        if self.overall.is_empty() {
            return Duration::ZERO;
        }
        Duration::from_micros(self.overall.value_at_quantile(q.clamp(0.0, 1.0)))
    }

    /// Every route recorded, with its percentiles.
    pub fn routes(&self) -> impl Iterator<Item = (&str, LatencySummary)> + '_ {
        self.routes
            .iter()
            .map(|(route, h)| (route.as_str(), LatencySummary::of(h)))
    }

    /// Forgets everything.
    pub fn reset(&mut self) {
        self.overall.reset();
        self.routes.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    /// Within hdrhistogram's 0.1 % error.
    fn close(a: Duration, b: Duration) -> bool {
        let (a, b) = (a.as_micros() as f64, b.as_micros() as f64);
        (a - b).abs() <= b * 0.001 + 1.0
    }

    #[test]
    fn percentiles_of_one_to_a_hundred_ms() {
        let mut t = PerformanceTracker::new();
        for i in 1..=100 {
            t.record(if i % 2 == 0 { "even" } else { "odd" }, ms(i));
        }
        let s = t.summary();
        assert_eq!(s.count, 100);
        assert!(close(s.p50, ms(50)), "{s:?}");
        assert!(close(s.p90, ms(90)), "{s:?}");
        assert!(close(s.p99, ms(99)), "{s:?}");
        assert!(close(s.max, ms(100)), "{s:?}");
        assert!(close(s.min, ms(1)), "{s:?}");
        let even = t.route_summary("even").unwrap_or_default();
        assert_eq!(even.count, 50);
        assert!(close(even.max, ms(100)));
        assert!(close(even.min, ms(2)));
        assert!(t.route_summary("none").is_none());
    }

    #[test]
    fn empty_and_extreme_values() {
        let mut t = PerformanceTracker::new();
        assert_eq!(t.summary(), LatencySummary::default());
        assert_eq!(t.percentile(0.5), Duration::ZERO);
        t.record("r", Duration::ZERO);
        t.record("r", Duration::from_secs(365 * 24 * 3600));
        let s = t.summary();
        assert_eq!(s.count, 2);
        assert!(s.max >= Duration::from_secs(3599) && s.max <= Duration::from_secs(3605));
        t.reset();
        assert_eq!(t.summary().count, 0);
        assert_eq!(t.routes().count(), 0);
    }

    proptest::proptest! {
        #[test]
        fn percentiles_are_ordered(values in proptest::collection::vec(0u64..10_000_000, 1..200)) {
            let mut t = PerformanceTracker::new();
            for v in &values {
                t.record("r", Duration::from_micros(*v));
            }
            let s = t.summary();
            proptest::prop_assert!(s.min <= s.p50 && s.p50 <= s.p90 && s.p90 <= s.p99 && s.p99 <= s.max);
            let max = Duration::from_micros(*values.iter().max().unwrap_or(&0));
            proptest::prop_assert!(close(s.max, max));
        }
    }
}
