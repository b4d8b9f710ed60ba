//! Path templates of the description (`/channels/{channel_id}/messages`) and
//! matching a request path against them.
//!
//! A parameter segment accepts what its schema allows: snowflakes are decimal
//! `u64`s, integers must parse and sit within their bounds, strings (webhook
//! and interaction tokens, emoji, invite and template codes) accept any
//! non-empty segment. Literal segments win over parameters when both match,
//! so `/guilds/{guild_id}/members/search` never reads `search` as a user.

use serde_json::Value;

use super::spec::deref;

/// What a path parameter accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParamKind {
    /// A decimal `u64`.
    Snowflake,
    /// An integer within `min..=max`.
    Integer { min: i64, max: i64 },
    /// Any non-empty segment.
    Text,
}

impl ParamKind {
    /// The kind of a parameter from its schema in the description.
    pub(crate) fn of(root: &Value, schema: &Value) -> Self {
        let schema = deref(root, schema);
        let bound =
            |key: &str, default: i64| schema.get(key).and_then(Value::as_i64).unwrap_or(default);
        match (
            schema.get("format").and_then(Value::as_str),
            schema.get("type").and_then(Value::as_str),
        ) {
            (Some("snowflake"), _) => Self::Snowflake,
            (_, Some("integer")) => Self::Integer {
                min: bound("minimum", i64::MIN),
                max: bound("maximum", i64::MAX),
            },
            _ => Self::Text,
        }
    }

    fn accepts(self, segment: &str) -> bool {
        match self {
            Self::Snowflake => segment.parse::<u64>().is_ok(),
            Self::Integer { min, max } => segment
                .parse::<i64>()
                .is_ok_and(|n| (min..=max).contains(&n)),
            Self::Text => true,
        }
    }

    /// A segment this kind accepts, for building example requests.
    pub(crate) fn example(self) -> String {
        match self {
            Self::Snowflake => "1000".to_owned(),
            Self::Integer { min, max } => 1.clamp(min, max).to_string(),
            Self::Text => "example-token".to_owned(),
        }
    }
}

/// One segment of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment {
    Literal(&'static str),
    Param { name: &'static str, kind: ParamKind },
}

/// Splits `template`; `kind` tells each parameter's kind by name.
pub(crate) fn parse_template(
    template: &'static str,
    kind: impl Fn(&str) -> ParamKind,
) -> Vec<Segment> {
    template
        .split('/')
        .skip(1)
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param {
                    name,
                    kind: kind(name),
                },
                None => Segment::Literal(segment),
            },
        )
        .collect()
}

/// How a path fits one template.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Fit<'p> {
    /// Every segment fits; the captures and the number of literal segments.
    Full {
        captures: Vec<(&'static str, &'p str)>,
        literals: usize,
    },
    /// The shape fits but a parameter's value is not of its kind.
    BadParam {
        name: &'static str,
        value: &'p str,
    },
    No,
}

/// Fits `path` (no version prefix, no query) to `segments`.
pub(crate) fn fit<'p>(segments: &[Segment], path: &'p str) -> Fit<'p> {
    let path = path.strip_suffix('/').unwrap_or(path);
    let Some(rest) = path.strip_prefix('/') else {
        return Fit::No;
    };
    let parts: Vec<&str> = rest.split('/').collect();
    if parts.len() != segments.len() {
        return Fit::No;
    }
    let mut captures = Vec::new();
    let mut literals = 0;
    let mut bad = None;
    for (segment, part) in segments.iter().zip(parts) {
        match segment {
            Segment::Literal(literal) if *literal == part => literals += 1,
            Segment::Literal(_) => return Fit::No,
            Segment::Param { .. } if part.is_empty() => return Fit::No,
            Segment::Param { name, kind } if kind.accepts(part) => captures.push((*name, part)),
            Segment::Param { name, .. } => bad = bad.or(Some((*name, part))),
        }
    }
    match bad {
        Some((name, value)) => Fit::BadParam { name, value },
        None => Fit::Full { captures, literals },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(template: &'static str) -> Vec<Segment> {
        parse_template(template, |name| match name {
            "answer_id" => ParamKind::Integer { min: 1, max: 10 },
            "code" | "webhook_token" => ParamKind::Text,
            _ => ParamKind::Snowflake,
        })
    }

    #[test]
    fn captures_params_by_kind() {
        let hook = segments("/webhooks/{webhook_id}/{webhook_token}");
        assert_eq!(
            fit(&hook, "/webhooks/5/abc/"),
            Fit::Full {
                captures: vec![("webhook_id", "5"), ("webhook_token", "abc")],
                literals: 1
            }
        );
        assert_eq!(
            fit(&hook, "/webhooks/x/abc"),
            Fit::BadParam {
                name: "webhook_id",
                value: "x"
            }
        );
        assert_eq!(fit(&hook, "/webhooks/5//"), Fit::No);
        assert_eq!(fit(&hook, "/webhooks/5"), Fit::No);
        assert_eq!(fit(&hook, "webhooks/5/abc"), Fit::No);
    }

    #[test]
    fn integers_respect_bounds() {
        let answers = segments("/channels/{channel_id}/polls/{message_id}/answers/{answer_id}");
        assert!(matches!(
            fit(&answers, "/channels/1/polls/2/answers/10"),
            Fit::Full { .. }
        ));
        assert!(matches!(
            fit(&answers, "/channels/1/polls/2/answers/11"),
            Fit::BadParam {
                name: "answer_id",
                ..
            }
        ));
    }

    #[test]
    fn literals_are_counted_and_must_match() {
        let search = segments("/guilds/{guild_id}/members/search");
        assert!(matches!(
            fit(&search, "/guilds/1/members/search"),
            Fit::Full { literals: 3, .. }
        ));
        assert_eq!(fit(&search, "/guilds/1/members/other"), Fit::No);
        let member = segments("/guilds/{guild_id}/members/{user_id}");
        assert!(matches!(
            fit(&member, "/guilds/1/members/search"),
            Fit::BadParam { .. }
        ));
    }
}
