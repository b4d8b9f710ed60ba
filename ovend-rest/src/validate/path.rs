//! Snowflake shapes in request paths.
//!
//! On a known route every `{…_id}` parameter that Discord types as a snowflake
//! must be one; the error is named after the parameter (`channel_id`) as in
//! Discord's own answer. On a route missing from the table (one Discord added
//! after the table was generated) the check is lenient, so that a new literal
//! segment is never mistaken for a bad id: only a segment that follows a known
//! collection (`channels`, `guilds`, …) and starts with a digit must be a
//! snowflake, which still catches typos such as `12x` and ids too large for a u64.

use super::field_path::FieldPath;
use super::report::Report;
use super::routes::{self, RouteTemplate, Segment};
use super::snowflake;

/// Checks the ids in `segments` against `route` (or leniently when `None`).
pub(crate) fn check(report: &mut Report, segments: &[&str], route: Option<&RouteTemplate>) {
    match route {
        Some(route) => check_known(report, segments, route),
        None => check_unknown(report, segments),
    }
}

fn check_known(report: &mut Report, segments: &[&str], route: &RouteTemplate) {
    for (template, actual) in route.segments.iter().zip(segments) {
        if let Segment::Snowflake(name) = template {
            if snowflake::parse(actual).is_none() {
                report.not_snowflake(&FieldPath::ROOT.key(name), Some(actual));
            }
        }
    }
}

fn check_unknown(report: &mut Report, segments: &[&str]) {
    for pair in segments.windows(2) {
        let [collection, actual] = pair else { continue };
        let looks_like_id = actual.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if !looks_like_id || snowflake::parse(actual).is_some() {
            continue;
        }
        if let Some(name) = routes::id_after(collection) {
            report.not_snowflake(&FieldPath::ROOT.key(name), Some(actual));
        }
    }
}
