//! Paths, route templates and patterns.
//!
//! A cached key keeps the real path (`/channels/1/messages`), because two channels
//! hold different answers. Policies are written against templates, where every id is
//! a placeholder; this module turns one into the other and matches patterns.

/// The segments of `path` without query, fragment, or empty segments.
pub(crate) fn segments(path: &str) -> Vec<&str> {
    path.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .split('/')
        .filter(|s| !s.is_empty())
        .collect()
}

/// `path` without query, fragment, duplicate or trailing slashes: `/a/b`.
pub(crate) fn normalize(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for segment in segments(path) {
        out.push('/');
        out.push_str(segment);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// A snowflake, or a placeholder such as `{channel_id}` in a template.
pub(crate) fn is_id(segment: &str) -> bool {
    (!segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()))
        || (segment.starts_with('{') && segment.ends_with('}'))
}

/// One segment of a [`Pattern`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// This exact text.
    Literal(String),
    /// An id (`{id}`, `{channel_id}`, …): a snowflake or a placeholder.
    Id,
    /// Any one segment (`*`).
    Any,
    /// Any number of remaining segments, zero included (`**`, last only).
    Rest,
}

/// A route pattern such as `/channels/{id}/messages/*` or `/webhooks/**`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    text: String,
    parts: Vec<Part>,
}

impl Pattern {
    pub(crate) fn parse(text: &str) -> Self {
        let parts = segments(text)
            .into_iter()
            .map(|s| match s {
                "*" => Part::Any,
                "**" => Part::Rest,
                s if s.starts_with('{') && s.ends_with('}') => Part::Id,
                s => Part::Literal(s.to_owned()),
            })
            .collect();
        Self {
            text: text.to_owned(),
            parts,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the pattern ends in `**`, so it matches everything under what it
    /// matches.
    pub(crate) fn covers_subtree(&self) -> bool {
        self.parts.last() == Some(&Part::Rest)
    }

    /// Whether the path (or template) with these segments matches.
    pub(crate) fn matches(&self, path: &[&str]) -> bool {
        let mut rest = path.iter();
        for part in &self.parts {
            let segment = match part {
                Part::Rest => return true,
                _ => rest.next(),
            };
            let Some(segment) = segment else {
                return false;
            };
            let ok = match part {
                Part::Literal(text) => text == segment,
                Part::Id => is_id(segment),
                Part::Any | Part::Rest => true,
            };
            if !ok {
                return false;
            }
        }
        rest.next().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, path: &str) -> bool {
        Pattern::parse(pattern).matches(&segments(path))
    }

    #[test]
    fn normalizes_paths() {
        assert_eq!(
            normalize("/channels//1/messages/?limit=5"),
            "/channels/1/messages"
        );
        assert_eq!(normalize(""), "/");
        assert_eq!(normalize("users/@me#x"), "/users/@me");
    }

    #[test]
    fn ids_and_placeholders_match_id_parts() {
        assert!(matches("/channels/{id}", "/channels/123"));
        assert!(matches("/channels/{id}", "/channels/{channel_id}"));
        assert!(!matches("/users/{id}", "/users/@me"));
        assert!(matches("/users/@me", "/users/@me?x=1"));
        assert!(!matches("/channels/{id}", "/channels/1/messages"));
        assert!(!matches("/channels/{id}/messages", "/channels/1"));
    }

    #[test]
    fn wildcards() {
        assert!(matches("/webhooks/**", "/webhooks/1/token/messages/2"));
        assert!(matches("/webhooks/**", "/webhooks"));
        assert!(matches("/guilds/*/members", "/guilds/1/members"));
        assert!(!matches("/guilds/*/members", "/guilds/1/members/2"));
    }
}
