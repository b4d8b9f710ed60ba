//! [`RedisFailurePolicy`]: what the shared limiter does while Redis is unreachable.

/// What a [`RedisRateLimiter`](crate::RedisRateLimiter) does while Redis cannot be
/// reached: it did not answer within `redis_timeout`, refused the connection, or a
/// script failed.
///
/// Under either policy no request waits on a dead Redis. The first failure
/// switches the limiter over (and sends
/// [`RateLimitEvent::SharedStoreDown`](crate::RateLimitEvent::SharedStoreDown)),
/// and no request asks Redis from then on; a background probe pings it every
/// `probe_interval` and switches back as soon as it answers
/// ([`RateLimitEvent::SharedStoreRecovered`](crate::RateLimitEvent::SharedStoreRecovered)),
/// so a passing failure costs at most about one `probe_interval`.
///
/// The default is [`FailFast`](Self::FailFast), because it is the only policy that
/// can never exceed a limit: a fallback can only guess how many processes share
/// the token, and when more run than its share assumes they exceed the global
/// limit together, and global 429s count toward Discord's invalid-request ban.
/// Choose [`FallBack`](Self::FallBack) when staying available matters more and
/// the number of processes is known.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub enum RedisFailurePolicy {
    /// Refuse every request at once with
    /// [`Rejected::Unavailable`](crate::Rejected::Unavailable) until Redis answers again.
    #[default]
    FailFast,
    /// Keep sending, limited in this process alone: buckets, hidden limits and
    /// guards as the local manager knows them, and a global limit of `share` × the
    /// configured global limit (at least one request per window).
    ///
    /// The fallback's window starts closed for one window, because what the other
    /// processes sent through Redis just before it went down is unknown; and after
    /// Redis is back it still applies for one window and one `probe_interval`, until
    /// every process has switched back and everything sent in the current window is
    /// counted in Redis. A permit granted in fallback completes in memory; one
    /// granted through Redis completes through Redis, or, if Redis is gone, its
    /// lease expires (every Redis call is bounded by `redis_timeout`).
    FallBack {
        /// This process's share of the token's global limit, from 0 to 1: `1/N`
        /// when N processes share the token (see
        /// [`fall_back_among`](RedisFailurePolicy::fall_back_among)). Values out of
        /// range are clamped; NaN counts as 0.
        share: f64,
    },
}

impl RedisFailurePolicy {
    /// [`FallBack`](Self::FallBack) with an equal share for each of `processes`
    /// processes on the token (`1 / processes`; 0 counts as 1).
    pub fn fall_back_among(processes: u32) -> Self {
        Self::FallBack {
            share: 1.0 / f64::from(processes.max(1)),
        }
    }

    /// The fallback's global limit for a token allowed `global` per window:
    /// `share × global` rounded down, at least 1. `None` under `FailFast`.
    pub(super) fn fallback_limit(&self, global: u32) -> Option<u32> {
        let Self::FallBack { share } = *self else {
            return None;
        };
        let share = if share.is_nan() {
            0.0
        } else {
            share.clamp(0.0, 1.0)
        };
        // The epsilon keeps 0.3 × 10 from rounding down to 2; the product is in
        // [0, global], so the cast cannot overflow.
        let limit = (f64::from(global) * share + 1e-9).floor() as u32;
        Some(limit.clamp(1, global.max(1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_limit_is_a_sane_share_of_the_global_one() {
        let share = |share| RedisFailurePolicy::FallBack { share }.fallback_limit(50);
        assert_eq!(RedisFailurePolicy::FailFast.fallback_limit(50), None);
        assert_eq!(
            RedisFailurePolicy::fall_back_among(4).fallback_limit(50),
            Some(12)
        );
        assert_eq!(
            RedisFailurePolicy::fall_back_among(0).fallback_limit(50),
            Some(50)
        );
        assert_eq!(
            RedisFailurePolicy::FallBack { share: 0.3 }.fallback_limit(10),
            Some(3)
        );
        assert_eq!(share(0.0), Some(1), "at least one request per window");
        assert_eq!(share(f64::NAN), Some(1));
        assert_eq!(share(-3.0), Some(1));
        assert_eq!(share(7.0), Some(50), "never more than the whole limit");
        assert_eq!(share(f64::INFINITY), Some(50));
    }
}
