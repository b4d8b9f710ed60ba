//! Rate-limit buckets for the operations no hand-written route handles.
//!
//! Discord does not publish its per-route limits, so every generic operation
//! gets the most common visible limit, 5 requests per 5 seconds, on a bucket
//! hash of its own (derived from method and template, so it is stable across
//! runs) split by the route's major parameter like Discord's: webhook id +
//! token, interaction id + token, else channel, else guild. The global limit
//! applies as everywhere (the interaction callback, the only exempt route, is
//! hand-written).

use std::time::Duration;

use http::Method;

use super::path::Segment;
use crate::limits::Rule;
use crate::routes::{Endpoint, MajorKind, RouteDef};

/// The limit of every generic operation's bucket.
pub(crate) const DEFAULT_RULE: Rule = Rule::new(5, Duration::from_secs(5));

/// What the pipeline needs to know about one generic operation.
pub(crate) struct RouteSpec<'a> {
    pub(crate) index: u16,
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) segments: &'a [Segment],
    pub(crate) files: bool,
    pub(crate) optional_auth: bool,
}

/// The route definition of a generic operation.
pub(crate) fn route_def(spec: RouteSpec<'_>) -> RouteDef {
    let hash = bucket_hash(&spec.method, spec.template);
    RouteDef {
        major: major(spec.segments),
        method: spec.method,
        pattern: spec.template,
        endpoint: Endpoint::Generic(spec.index),
        hash,
        rule: DEFAULT_RULE,
        files: spec.files,
        optional_auth: spec.optional_auth,
    }
}

/// The major parameter, by Discord's precedence.
fn major(segments: &[Segment]) -> MajorKind {
    let has = |wanted: &str| {
        segments
            .iter()
            .any(|s| matches!(s, Segment::Param { name, .. } if *name == wanted))
    };
    if has("webhook_id") && has("webhook_token") {
        MajorKind::Webhook
    } else if has("interaction_id") && has("interaction_token") {
        MajorKind::Interaction
    } else if has("channel_id") {
        MajorKind::Channel
    } else if has("guild_id") {
        MajorKind::Guild
    } else {
        MajorKind::None
    }
}

/// A 32-hex-digit opaque hash, like Discord's `X-RateLimit-Bucket`.
///
/// Leaked on purpose: the limiter keys buckets by `&'static str`, and this
/// runs once per operation when the table is built (242 short strings for
/// the life of the process).
fn bucket_hash(method: &Method, template: &str) -> &'static str {
    let text = format!("{method} {template}");
    let hex = format!(
        "{:016x}{:016x}",
        fnv1a(&text, 0xcbf2_9ce4_8422_2325),
        fnv1a(&text, 0x8422_2325_cbf2_9ce4)
    );
    Box::leak(hex.into_boxed_str())
}

/// FNV-1a, 64 bits, from `seed`.
fn fnv1a(text: &str, seed: u64) -> u64 {
    text.bytes().fold(seed, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::openapi::path::{parse_template, ParamKind};

    fn def(template: &'static str) -> RouteDef {
        let segments = parse_template(template, |name| {
            if name.ends_with("token") {
                ParamKind::Text
            } else {
                ParamKind::Snowflake
            }
        });
        route_def(RouteSpec {
            index: 0,
            method: Method::GET,
            template,
            segments: &segments,
            files: false,
            optional_auth: false,
        })
    }

    #[test]
    fn majors_follow_discords_precedence() {
        assert_eq!(
            def("/webhooks/{webhook_id}/{webhook_token}").major,
            MajorKind::Webhook
        );
        assert_eq!(def("/webhooks/{webhook_id}").major, MajorKind::None);
        assert_eq!(
            def("/stage-instances/{channel_id}").major,
            MajorKind::Channel
        );
        assert_eq!(
            def("/applications/{application_id}/guilds/{guild_id}/commands").major,
            MajorKind::Guild
        );
        assert_eq!(def("/users/@me").major, MajorKind::None);
    }

    #[test]
    fn hashes_are_opaque_stable_and_distinct() {
        let a = def("/guilds/{guild_id}/emojis");
        assert_eq!(a.hash.len(), 32);
        assert_eq!(a.hash, def("/guilds/{guild_id}/emojis").hash);
        assert_ne!(a.hash, def("/guilds/{guild_id}/stickers").hash);
        assert_eq!(a.rule, DEFAULT_RULE);
    }
}
