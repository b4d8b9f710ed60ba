//! Collections that list a changed resource: what a mutation makes stale
//! beyond its own path, its subtree and its ancestors.
//!
//! The ancestor rule of [`CachePolicy`](crate::CachePolicy) already covers a
//! collection that is a parent of the changed path (`POST
//! /channels/{c}/messages` drops `GET /channels/{c}/messages`). This module adds
//! the collections that list a resource from elsewhere in the route tree, route
//! family by route family:
//!
//! | mutation | also stale | learnt from |
//! |---|---|---|
//! | `PATCH`/`DELETE /channels/{c}` | `GET /guilds/{g}/channels` | the answer's `guild_id` |
//! | anything on `/channels/{c}/messages/{m}[/…]` (edit, delete, reactions, crosspost) | `GET /channels/{c}/pins` | the path (a pinned message is embedded in the pins list) |
//! | `POST /channels/{c}/messages/bulk-delete` | every `GET /channels/{c}/messages/{m}`, the pins | the path |
//! | `PUT`/`DELETE /channels/{c}/pins/{m}` (and `…/messages/pins/{m}`) | the message and the channel's message list (their `pinned` flag), the pins | the path |
//! | `PATCH`/`DELETE /guilds/{g}/roles/{r}` | every `GET /guilds/{g}/members…` (members list role ids; a deleted role leaves them) | the path |
//! | `PUT /guilds/{g}/bans/{u}` | `GET /guilds/{g}/members/{u}` and the member list (a ban removes the member) | the path |
//! | `POST /guilds/{g}/bulk-ban` | every `GET /guilds/{g}/members…` | the path |
//! | `DELETE /users/@me/guilds/{g}` (leaving) | everything under `GET /guilds/{g}` | the path |
//! | `PATCH /guilds/{g}/members/@me` | `GET /guilds/{g}/members/{me}` | the answer's `user.id` |
//! | `PATCH /users/@me` | `GET /users/{me}` | the answer's `id` |
//! | `POST /webhooks/{w}/{t}` (`wait=true`), `PATCH …/messages/{m}` | `GET /channels/{c}/messages`, that message, the pins | the answer's `channel_id` and `id` |
//!
//! Member role changes (`/guilds/{g}/members/{u}/roles/{r}`) and member edits
//! need nothing here: the member and the member list are ancestors.
//! Permission overwrite changes (`/channels/{c}/permissions/{o}`) answer 204
//! without a guild id, so the guild's channel list keeps its copy until its TTL
//! (60 s) runs out; likewise a webhook message delete (204).
//!
//! **Answers are untrusted input.** A body is parsed only for the families
//! that need it, only up to [`MAX_ANSWER_BYTES`]; an id is taken only when it
//! is a JSON string of 1 to 20 ASCII digits that fits a `u64` (a snowflake), so
//! garbage, numbers, huge values or text such as `1?x` never reach a cache key
//! prefix. Anything else means "no extra invalidation", never a panic.

use serde_json::Value;

use crate::route::is_id;

/// Answers longer than this are not parsed: every answer this module reads
/// (a channel, a member, a user, a message) is far smaller.
pub(crate) const MAX_ANSWER_BYTES: usize = 1 << 20;

/// One stale collection, as a normalized path with real ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stale {
    /// The reads of this path (any query).
    Exact(String),
    /// The reads of this path and of everything under it.
    Tree(String),
}

/// Whether `segment` is a real snowflake (not a `{placeholder}`).
fn is_snowflake(segment: &str) -> bool {
    is_id(segment) && !segment.starts_with('{')
}

/// The collections a mutation of the path with these `segments` makes stale,
/// as far as the path alone tells.
pub(crate) fn from_path(method: &str, segments: &[&str]) -> Vec<Stale> {
    let put = method.eq_ignore_ascii_case("PUT");
    let post = method.eq_ignore_ascii_case("POST");
    match segments {
        ["channels", c, "messages", "bulk-delete"] if is_snowflake(c) => vec![
            Stale::Tree(format!("/channels/{c}/messages")),
            Stale::Exact(format!("/channels/{c}/pins")),
        ],
        ["channels", c, "messages", "pins", m] | ["channels", c, "pins", m]
            if is_snowflake(c) && is_snowflake(m) =>
        {
            pin_changed(c, m)
        }
        ["channels", c, "messages", m, ..] if is_snowflake(c) && is_snowflake(m) => {
            vec![Stale::Exact(format!("/channels/{c}/pins"))]
        }
        ["guilds", g, "roles", r] if is_snowflake(g) && is_snowflake(r) => {
            vec![Stale::Tree(format!("/guilds/{g}/members"))]
        }
        ["guilds", g, "bans", u] if put && is_snowflake(g) && is_snowflake(u) => vec![
            Stale::Exact(format!("/guilds/{g}/members/{u}")),
            Stale::Exact(format!("/guilds/{g}/members")),
        ],
        ["guilds", g, "bulk-ban"] if post && is_snowflake(g) => {
            vec![Stale::Tree(format!("/guilds/{g}/members"))]
        }
        ["users", "@me", "guilds", g] if is_snowflake(g) => {
            vec![Stale::Tree(format!("/guilds/{g}"))]
        }
        _ => Vec::new(),
    }
}

/// Pinning or unpinning flips the message's `pinned` flag.
fn pin_changed(c: &str, m: &str) -> Vec<Stale> {
    vec![
        Stale::Exact(format!("/channels/{c}/messages/{m}")),
        Stale::Exact(format!("/channels/{c}/messages")),
        Stale::Exact(format!("/channels/{c}/pins")),
    ]
}

/// The collections only the answer can name: the path does not carry the id.
pub(crate) fn from_answer(method: &str, segments: &[&str], body: &[u8]) -> Vec<Stale> {
    let patch = method.eq_ignore_ascii_case("PATCH");
    let delete = method.eq_ignore_ascii_case("DELETE");
    let post = method.eq_ignore_ascii_case("POST");
    match segments {
        ["channels", c] if (patch || delete) && is_snowflake(c) => field(body, &["guild_id"])
            .map_or_else(Vec::new, |g| {
                vec![Stale::Exact(format!("/guilds/{g}/channels"))]
            }),
        ["guilds", g, "members", "@me", ..] if patch && is_snowflake(g) => {
            field(body, &["user", "id"]).map_or_else(Vec::new, |u| {
                vec![Stale::Exact(format!("/guilds/{g}/members/{u}"))]
            })
        }
        ["users", "@me"] if patch => field(body, &["id"])
            .map_or_else(Vec::new, |u| vec![Stale::Exact(format!("/users/{u}"))]),
        ["webhooks", w, _token] if post && is_snowflake(w) => webhook_message(body),
        ["webhooks", w, _token, "messages", _] if patch && is_snowflake(w) => webhook_message(body),
        _ => Vec::new(),
    }
}

/// A message a webhook posted or edited shows in its channel.
fn webhook_message(body: &[u8]) -> Vec<Stale> {
    let Some(answer) = parse(body) else {
        return Vec::new();
    };
    let Some(c) = snowflake_at(&answer, &["channel_id"]) else {
        return Vec::new();
    };
    let mut stale = vec![
        Stale::Exact(format!("/channels/{c}/messages")),
        Stale::Exact(format!("/channels/{c}/pins")),
    ];
    if let Some(m) = snowflake_at(&answer, &["id"]) {
        stale.push(Stale::Exact(format!("/channels/{c}/messages/{m}")));
    }
    stale
}

/// The answer as JSON, if it is small enough and valid.
fn parse(body: &[u8]) -> Option<Value> {
    if body.is_empty() || body.len() > MAX_ANSWER_BYTES {
        return None;
    }
    // serde_json bounds nesting (128 levels), so deep garbage fails, not overflows.
    serde_json::from_slice(body).ok()
}

/// The snowflake at `path` in the answer, if there is one.
fn field(body: &[u8], path: &[&str]) -> Option<String> {
    snowflake_at(&parse(body)?, path)
}

/// The string at `path` if it is a snowflake: 1 to 20 ASCII digits within `u64`.
fn snowflake_at(value: &Value, path: &[&str]) -> Option<String> {
    let mut node = value;
    for key in path {
        node = node.as_object()?.get(*key)?;
    }
    let text = node.as_str()?;
    let valid = !text.is_empty()
        && text.len() <= 20
        && text.bytes().all(|b| b.is_ascii_digit())
        && text.parse::<u64>().is_ok();
    valid.then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::segments;

    fn answer(method: &str, path: &str, body: &str) -> Vec<Stale> {
        from_answer(method, &segments(path), body.as_bytes())
    }

    #[test]
    fn a_channel_answer_names_its_guild() {
        let body = r#"{"id":"5","guild_id":"77","name":"x"}"#;
        assert_eq!(
            answer("PATCH", "/channels/5", body),
            [Stale::Exact("/guilds/77/channels".into())]
        );
        assert_eq!(answer("DELETE", "/channels/5", body).len(), 1);
        assert!(answer("GET", "/channels/5", body).is_empty());
        // A DM channel has no guild.
        assert!(answer("PATCH", "/channels/5", r#"{"id":"5"}"#).is_empty());
    }

    #[test]
    fn only_snowflake_strings_become_ids() {
        for body in [
            r#"{"guild_id":77}"#,
            r#"{"guild_id":"1?x"}"#,
            r#"{"guild_id":"../1"}"#,
            r#"{"guild_id":""}"#,
            r#"{"guild_id":"99999999999999999999"}"#,
            r#"{"guild_id":"123456789012345678901"}"#,
            r#"{"guild_id":1e400}"#,
            r#"{"guild_id":null}"#,
            r#"{"guild_id":["1"]}"#,
            r#"["guild_id"]"#,
            "not json",
            "",
        ] {
            assert!(answer("PATCH", "/channels/5", body).is_empty(), "{body}");
        }
        let deep = "[".repeat(100_000);
        assert!(answer("PATCH", "/channels/5", &deep).is_empty());
    }

    #[test]
    fn path_families() {
        let path = |m: &str, p: &str| from_path(m, &segments(p));
        assert_eq!(
            path("PATCH", "/channels/1/messages/2"),
            [Stale::Exact("/channels/1/pins".into())]
        );
        assert!(path("POST", "/channels/1/messages").is_empty());
        assert_eq!(path("PUT", "/channels/1/pins/2").len(), 3);
        assert_eq!(
            path("DELETE", "/guilds/1/roles/2"),
            [Stale::Tree("/guilds/1/members".into())]
        );
        assert_eq!(path("PUT", "/guilds/1/bans/2").len(), 2);
        assert!(path("DELETE", "/guilds/1/bans/2").is_empty());
        assert_eq!(
            path("DELETE", "/users/@me/guilds/9"),
            [Stale::Tree("/guilds/9".into())]
        );
        assert!(path("PATCH", "/channels/{channel_id}/messages/{id}").is_empty());
    }

    proptest::proptest! {
        /// Any bytes as an answer to any family: no panic, and every id that
        /// comes out is a snowflake.
        #[test]
        fn garbage_answers_never_panic(
            body in proptest::collection::vec(proptest::num::u8::ANY, 0..512),
            text in "\\PC{0,200}",
            family in 0usize..5,
        ) {
            let (method, path) = [
                ("PATCH", "/channels/5"),
                ("PATCH", "/guilds/1/members/@me"),
                ("PATCH", "/users/@me"),
                ("POST", "/webhooks/1/tok"),
                ("PATCH", "/webhooks/1/tok/messages/2"),
            ][family];
            for bytes in [&body[..], text.as_bytes()] {
                for stale in from_answer(method, &segments(path), bytes) {
                    let (Stale::Exact(p) | Stale::Tree(p)) = stale;
                    proptest::prop_assert!(p.split('/').skip(1).all(|s| !s.is_empty()
                        && (s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'@' || b == b'_'))));
                }
            }
        }

        /// Well-formed answers with random ids: an id comes out exactly when
        /// it is a snowflake.
        #[test]
        fn ids_come_out_only_when_valid(id in "[0-9a-z?/]{0,24}") {
            let body = format!(r#"{{"guild_id":"{id}"}}"#);
            let out = answer("PATCH", "/channels/5", &body);
            let valid = !id.is_empty() && id.len() <= 20
                && id.bytes().all(|b| b.is_ascii_digit()) && id.parse::<u64>().is_ok();
            proptest::prop_assert_eq!(out.len(), usize::from(valid));
        }
    }
}
