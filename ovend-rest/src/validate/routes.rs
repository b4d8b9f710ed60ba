//! Matching a request path against Discord's route templates.
//!
//! The templates come from the generated table ([`super::generated::ROUTES`]).
//! A path matches a template when it has as many segments and every literal
//! segment is equal; when several match (`/channels/1/messages/bulk-delete`
//! matches both `…/messages/bulk-delete` and `…/messages/{message_id}`), the one
//! whose first literal comes earliest wins, which is how Discord routes too.

use std::sync::OnceLock;

use super::generated::ROUTES;
use crate::path_map::FastMap;

/// One segment of a route template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Segment {
    /// A fixed word, e.g. `channels` or `@me`.
    Literal(&'static str),
    /// A parameter whose value must be a snowflake, e.g. `channel_id`.
    Snowflake(&'static str),
    /// Any other parameter (tokens, codes, emoji names), never checked.
    Param(&'static str),
}

/// A route of the API, e.g. `/channels/{channel_id}/messages`.
#[derive(Debug)]
pub(crate) struct RouteTemplate {
    /// The template as Discord writes it.
    pub(crate) template: &'static str,
    /// The template split on `/`.
    pub(crate) segments: &'static [Segment],
}

/// Paths deeper than this match no route (the deepest has 8 segments).
const MAX_SEGMENTS: usize = 16;

/// The segments of a request path, borrowed, without allocating.
#[derive(Debug)]
pub(crate) struct PathSegments<'a> {
    items: [&'a str; MAX_SEGMENTS],
    len: usize,
}

impl<'a> PathSegments<'a> {
    /// Splits `path`, dropping a query string, a trailing `/`, and an
    /// `/api/v10`-style prefix. `None` when the path is deeper than any route.
    pub(crate) fn parse(path: &'a str) -> Option<Self> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let path = strip_api_prefix(path);
        let mut items = [""; MAX_SEGMENTS];
        let mut len = 0;
        if !path.is_empty() {
            for segment in path.split('/') {
                *items.get_mut(len)? = segment;
                len += 1;
            }
        }
        Some(Self { items, len })
    }

    /// The segments in order.
    pub(crate) fn as_slice(&self) -> &[&'a str] {
        &self.items[..self.len]
    }
}

/// Drops a leading `api/v<digits>` (or bare `api`), so full paths work too.
fn strip_api_prefix(path: &str) -> &str {
    let Some(rest) = path.strip_prefix("api") else {
        return path;
    };
    let rest = match rest.strip_prefix('/') {
        Some(rest) => rest,
        None if rest.is_empty() => return rest,
        None => return path,
    };
    let (first, tail) = rest.split_once('/').unwrap_or((rest, ""));
    let is_version = first.len() > 1
        && first.starts_with('v')
        && first.bytes().skip(1).all(|b| b.is_ascii_digit());
    if is_version {
        tail
    } else {
        rest
    }
}

/// The template `segments` belong to, if any.
pub(crate) fn find(segments: &[&str]) -> Option<&'static RouteTemplate> {
    let index = INDEX.get_or_init(Index::build);
    let first = segments.first().copied().unwrap_or_default();
    let candidates = index.by_shape.get(&(segments.len(), first));
    candidates
        .into_iter()
        .flatten()
        .chain(&index.loose)
        .filter(|route| matches(route, segments))
        .max_by_key(|route| literal_rank(route))
        .copied()
}

/// Every request is matched, so the ~150 templates are grouped once by segment
/// count and first literal: a path then tries the handful that could match.
/// Templates whose first segment is not a plain literal (a parameter, or an
/// `@` word that `%40` also spells) are tried for every path.
struct Index {
    /// Every request looks its shape up here.
    by_shape: FastMap<(usize, &'static str), Vec<&'static RouteTemplate>>,
    loose: Vec<&'static RouteTemplate>,
}

static INDEX: OnceLock<Index> = OnceLock::new();

impl Index {
    fn build() -> Self {
        let mut index = Self {
            by_shape: FastMap::default(),
            loose: Vec::new(),
        };
        for route in ROUTES {
            match route.segments.first() {
                Some(Segment::Literal(word)) if !word.starts_with('@') => index
                    .by_shape
                    .entry((route.segments.len(), *word))
                    .or_default()
                    .push(route),
                _ => index.loose.push(route),
            }
        }
        index
    }
}

fn matches(route: &RouteTemplate, segments: &[&str]) -> bool {
    route.segments.len() == segments.len()
        && route
            .segments
            .iter()
            .zip(segments)
            .all(|(template, actual)| match template {
                Segment::Literal(word) => literal_eq(word, actual),
                Segment::Snowflake(_) | Segment::Param(_) => true,
            })
}

/// Higher for templates whose literals come earlier: bit `MAX - i` is set
/// when segment `i` is a literal.
fn literal_rank(route: &RouteTemplate) -> u32 {
    route
        .segments
        .iter()
        .enumerate()
        .filter(|(_, segment)| matches!(segment, Segment::Literal(_)))
        .map(|(i, _)| 1u32 << (MAX_SEGMENTS - 1 - i.min(MAX_SEGMENTS - 1)))
        .sum()
}

/// Literal comparison that also accepts `@` percent-encoded (`%40me`).
pub(crate) fn literal_eq(word: &str, actual: &str) -> bool {
    if word == actual {
        return true;
    }
    match (word.strip_prefix('@'), actual.get(..3)) {
        (Some(rest), Some(prefix)) if prefix.eq_ignore_ascii_case("%40") => {
            actual.get(3..) == Some(rest)
        }
        _ => false,
    }
}

/// For a path that matches no template: the snowflake parameter that follows
/// the literal `word` somewhere in the table (`channels` → `channel_id`).
pub(crate) fn id_after(word: &str) -> Option<&'static str> {
    ROUTES.iter().find_map(|route| {
        route.segments.windows(2).find_map(|pair| match pair {
            [Segment::Literal(w), Segment::Snowflake(name)] if *w == word => Some(*name),
            _ => None,
        })
    })
}

/// `path` with every secret segment (webhook and interaction tokens, and any
/// segment of an unknown route that follows a webhook or interaction id)
/// replaced, for `Debug` output.
pub(crate) fn redacted(path: &str) -> String {
    const HIDDEN: &str = "<redacted>";
    let Some(segments) = PathSegments::parse(path) else {
        return HIDDEN.to_owned();
    };
    let segments = segments.as_slice();
    let route = find(segments);
    let mut out = String::with_capacity(path.len());
    for (i, segment) in segments.iter().enumerate() {
        out.push('/');
        let secret = match route {
            Some(route) => {
                matches!(route.segments.get(i), Some(Segment::Param(name)) if name.ends_with("token"))
            }
            None => i >= 2 && matches!(segments[0], "webhooks" | "interactions"),
        };
        out.push_str(if secret { HIDDEN } else { segment });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(path: &str) -> Option<&'static str> {
        let segments = PathSegments::parse(path)?;
        find(segments.as_slice()).map(|r| r.template)
    }

    #[test]
    fn matches_templates() {
        assert_eq!(
            route("/channels/1/messages"),
            Some("/channels/{channel_id}/messages")
        );
        assert_eq!(
            route("/channels/1/messages/2?limit=5"),
            Some("/channels/{channel_id}/messages/{message_id}")
        );
        assert_eq!(route("/users/@me"), Some("/users/@me"));
        assert_eq!(route("/users/%40me"), Some("/users/@me"));
        assert_eq!(route("/nope/1"), None);
    }

    #[test]
    fn literals_win_over_parameters() {
        assert_eq!(
            route("/channels/1/messages/bulk-delete"),
            Some("/channels/{channel_id}/messages/bulk-delete")
        );
        assert_eq!(
            route("/guilds/templates/abc"),
            Some("/guilds/templates/{code}")
        );
        assert_eq!(
            route("/guilds/1/members/@me"),
            Some("/guilds/{guild_id}/members/@me")
        );
        assert_eq!(
            route("/webhooks/1/tok/messages/@original"),
            Some("/webhooks/{webhook_id}/{webhook_token}/messages/@original")
        );
    }

    #[test]
    fn accepts_full_api_paths_and_trailing_slashes() {
        assert_eq!(
            route("/api/v10/channels/1/"),
            Some("/channels/{channel_id}")
        );
        assert_eq!(route("api/channels/1"), Some("/channels/{channel_id}"));
        assert_eq!(route("channels/1"), Some("/channels/{channel_id}"));
    }

    #[test]
    fn very_deep_paths_match_nothing() {
        let deep = "/a".repeat(MAX_SEGMENTS + 1);
        assert!(PathSegments::parse(&deep).is_none());
    }

    #[test]
    fn knows_which_id_follows_a_collection() {
        assert_eq!(id_after("channels"), Some("channel_id"));
        assert_eq!(id_after("guilds"), Some("guild_id"));
        assert_eq!(id_after("nope"), None);
    }

    #[test]
    fn redacts_tokens() {
        let token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OlNlY3JldA";
        let shown = redacted(&format!("/webhooks/1/{token}/messages/2"));
        assert!(!shown.contains(token));
        assert_eq!(shown, "/webhooks/1/<redacted>/messages/2");
        let shown = redacted(&format!("/interactions/1/{token}/callback"));
        assert_eq!(shown, "/interactions/1/<redacted>/callback");
        let shown = redacted(&format!("/webhooks/1/{token}/unknown/route"));
        assert!(!shown.contains(token));
        assert_eq!(redacted("/channels/1/messages"), "/channels/1/messages");
    }
}
