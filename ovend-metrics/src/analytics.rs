//! Plain snapshots of what a collector has seen, and their table rendering.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use crate::performance::LatencySummary;

/// Anything that can summarize itself as an [`AnalyticsSnapshot`].
///
/// Object safe, so a client can hold `Arc<dyn Analytics>`.
pub trait Analytics: Send + Sync {
    /// The numbers so far.
    fn snapshot(&self) -> AnalyticsSnapshot;
}

/// What happened on one route.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RouteSnapshot {
    /// HTTP method.
    pub method: String,
    /// Route template, e.g. `/channels/{channel_id}/messages`.
    pub route: String,
    /// Requests that finished (answered or failed).
    pub requests: u64,
    /// Answers with a status below 400.
    pub successes: u64,
    /// Errors and answers with a status of 400 or more.
    pub failures: u64,
    /// Retries sent.
    pub retries: u64,
    /// 429 answers received.
    pub rate_limited: u64,
    /// Answers served from the cache.
    pub cache_hits: u64,
    /// Latency of finished requests.
    pub latency: LatencySummary,
}

/// Everything a collector counted, as plain data.
///
/// `requests` counts finished requests (`successes + failures`); a request that
/// was answered 4xx/5xx counts as a failure, as does one that ended in an error.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyticsSnapshot {
    /// Time since the collector was created (or reset).
    pub uptime: Duration,
    /// Requests that finished.
    pub requests: u64,
    /// Answers with a status below 400.
    pub successes: u64,
    /// Errors and answers with a status of 400 or more.
    pub failures: u64,
    /// Requests started and not yet finished.
    pub in_flight: u64,
    /// Retries sent.
    pub retries: u64,
    /// 429 answers received.
    pub rate_limited: u64,
    /// 429 answers by `X-RateLimit-Scope` (`user`, `global`, `shared`, `unknown`).
    pub rate_limited_by_scope: BTreeMap<String, u64>,
    /// Finished answers by status class (`2xx`, `4xx`, …; `error` for failures without one).
    pub by_status_class: BTreeMap<String, u64>,
    /// Answers served from the cache.
    pub cache_hits: u64,
    /// Cacheable requests that missed.
    pub cache_misses: u64,
    /// GETs answered by an identical GET already in flight (single-flight):
    /// requests that never reached Discord, like cache hits.
    pub deduplicated: u64,
    /// Cache invalidations by mutations.
    pub cache_invalidations: u64,
    /// Cloudflare bans seen.
    pub cloudflare_bans: u64,
    /// Invalid-request warnings seen.
    pub invalid_request_warnings: u64,
    /// Latency of finished requests.
    pub latency: LatencySummary,
    /// Total time requests spent waiting for the rate limiter.
    pub wait_total: Duration,
    /// Distribution of individual rate-limit waits.
    pub wait: LatencySummary,
    /// Routes, most requested first.
    pub routes: Vec<RouteSnapshot>,
    /// Time requests spent in the rate limiter's queue (requests that sent
    /// at least one HTTP attempt).
    pub queue_time: LatencySummary,
    /// The rest of those requests' time: HTTP exchanges and the pauses between
    /// them (retry backoffs, 429 sleeps).
    pub network_time: LatencySummary,
    /// Answers Discord counted as invalid requests (401, 403, 429), in all.
    pub invalid_requests: u64,
    /// Invalid requests in the last ten minutes (Discord bans the IP at 10,000).
    pub invalid_requests_10m: u32,
    /// Requests slower than the client's slow-request threshold.
    pub slow_requests: u64,
    /// Requests that waited for a full global window.
    pub global_pressure: u64,
    /// Events lost before reaching handlers or subscribers (a full queue, a
    /// subscriber too far behind), for the event systems the collector tracks.
    pub events_dropped: u64,
}

impl AnalyticsSnapshot {
    /// Cache hits over cache lookups, 0 when there were none.
    pub fn hit_ratio(&self) -> f64 {
        ratio(self.cache_hits, self.cache_hits + self.cache_misses)
    }

    /// Successes over finished requests, 0 when there were none.
    pub fn success_ratio(&self) -> f64 {
        ratio(self.successes, self.requests)
    }

    /// Finished requests per second over the uptime.
    pub fn requests_per_second(&self) -> f64 {
        let secs = self.uptime.as_secs_f64();
        if secs > 0.0 {
            self.requests as f64 / secs
        } else {
            0.0
        }
    }

    /// The `n` most requested routes.
    pub fn top_routes(&self, n: usize) -> &[RouteSnapshot] {
        &self.routes[..n.min(self.routes.len())]
    }

    /// The 99th percentile of rate-limit waits.
    pub fn wait_p99(&self) -> Duration {
        self.wait.p99
    }
}

fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Routes shown by `Display`.
const SHOWN_ROUTES: usize = 10;

/// A duration short enough to read in a table (`850µs`, `12.3ms`, `4.20s`).
struct Short(Duration);

impl fmt::Display for Short {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let micros = self.0.as_micros();
        let text = if micros < 1_000 {
            format!("{micros}µs")
        } else if micros < 1_000_000 {
            format!("{:.1}ms", micros as f64 / 1e3)
        } else {
            format!("{:.2}s", self.0.as_secs_f64())
        };
        f.pad(&text)
    }
}

impl fmt::Display for AnalyticsSnapshot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "requests  {} ({} ok, {} failed, {} in flight), {:.1}/s over {}",
            self.requests,
            self.successes,
            self.failures,
            self.in_flight,
            self.requests_per_second(),
            Short(self.uptime)
        )?;
        let scopes: Vec<String> = self
            .rate_limited_by_scope
            .iter()
            .map(|(scope, n)| format!("{scope} {n}"))
            .collect();
        writeln!(
            f,
            "retries   {}, 429s {}{}, cloudflare bans {}",
            self.retries,
            self.rate_limited,
            if scopes.is_empty() {
                String::new()
            } else {
                format!(" ({})", scopes.join(", "))
            },
            self.cloudflare_bans
        )?;
        writeln!(
            f,
            "cache     {} hits, {} misses ({:.1}% hit), {} invalidations; {} GETs deduplicated",
            self.cache_hits,
            self.cache_misses,
            self.hit_ratio() * 100.0,
            self.cache_invalidations,
            self.deduplicated
        )?;
        let l = &self.latency;
        writeln!(
            f,
            "latency   p50 {}  p90 {}  p99 {}  max {}",
            Short(l.p50),
            Short(l.p90),
            Short(l.p99),
            Short(l.max)
        )?;
        writeln!(
            f,
            "waits     total {}, p99 {}, max {} ({} waits)",
            Short(self.wait_total),
            Short(self.wait.p99),
            Short(self.wait.max),
            self.wait.count
        )?;
        writeln!(
            f,
            "split     queue p50 {} p99 {}, network p50 {} p99 {}",
            Short(self.queue_time.p50),
            Short(self.queue_time.p99),
            Short(self.network_time.p50),
            Short(self.network_time.p99)
        )?;
        writeln!(
            f,
            "health    invalid {} in 10 min ({} in all), {} slow, {} global waits, {} events dropped",
            self.invalid_requests_10m,
            self.invalid_requests,
            self.slow_requests,
            self.global_pressure,
            self.events_dropped
        )?;
        if self.routes.is_empty() {
            return Ok(());
        }
        writeln!(
            f,
            "{:<48} {:>7} {:>6} {:>9} {:>9}",
            "route", "count", "fail", "p50", "p99"
        )?;
        for r in self.top_routes(SHOWN_ROUTES) {
            writeln!(
                f,
                "{:<48} {:>7} {:>6} {:>9} {:>9}",
                format!("{} {}", r.method, r.route),
                r.requests,
                r.failures,
                Short(r.latency.p50),
                Short(r.latency.p99)
            )?;
        }
        if self.routes.len() > SHOWN_ROUTES {
            writeln!(f, "… and {} more routes", self.routes.len() - SHOWN_ROUTES)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_and_rates_handle_zero() {
        let s = AnalyticsSnapshot::default();
        assert_eq!(s.hit_ratio(), 0.0);
        assert_eq!(s.success_ratio(), 0.0);
        assert_eq!(s.requests_per_second(), 0.0);
        assert!(s.top_routes(5).is_empty());
        let s = AnalyticsSnapshot {
            uptime: Duration::from_secs(4),
            requests: 10,
            successes: 9,
            cache_hits: 3,
            cache_misses: 1,
            ..Default::default()
        };
        assert_eq!(s.hit_ratio(), 0.75);
        assert_eq!(s.success_ratio(), 0.9);
        assert_eq!(s.requests_per_second(), 2.5);
    }

    #[test]
    fn display_is_a_small_table() {
        let s = AnalyticsSnapshot {
            requests: 2,
            routes: vec![RouteSnapshot {
                method: "GET".into(),
                route: "/users/@me".into(),
                requests: 2,
                latency: LatencySummary {
                    p50: Duration::from_micros(1500),
                    ..Default::default()
                },
                ..Default::default()
            }],
            ..Default::default()
        };
        let text = s.to_string();
        assert!(text.contains("GET /users/@me"), "{text}");
        assert!(text.contains("1.5ms"), "{text}");
        assert!(text.lines().count() >= 6, "{text}");
    }
}
