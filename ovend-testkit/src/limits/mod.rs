//! Discord's rate-limit rules: per-route bucket windows, hidden sublimits,
//! shared-scope limits, the global per-token limit and the invalid-request
//! counter that leads to a Cloudflare ban.
//!
//! All rule timing uses [`tokio::time::Instant`], so these modules can be
//! tested under tokio's paused clock.

mod global;
mod invalid;
mod limiter;
mod window;

pub(crate) use global::SlidingLog;
pub(crate) use invalid::InvalidTracker;
pub(crate) use limiter::{
    BucketHeaders, LimitRequest, LimitScope, Limiter, Major, SubRef, Verdict,
};
pub(crate) use window::{scale_duration as window_scale, Rule, Window};
