//! Every limited field of the 20 most used operations, pushed over its limit one at a time.
//!
//! For each operation below, a valid body is checked first (it must pass). Then the body's
//! constraint tree in the generated table is walked alongside the body, and for every limited
//! member the walk meets (string length, item count, number range, allowed values, required)
//! one case replaces that member in a copy of the valid body with a value just past the limit
//! (or removes a required member). The validator must reject each case with the member's
//! Discord field path and the matching code. Members the valid body holds are walked into
//! (objects, the first item of arrays, the alternative of a union the body takes), so the
//! richer the valid body, the more of the tree is covered.
//!
//! The operations (method, route template):
//!  1. create message — `POST /channels/{channel_id}/messages`
//!  2. edit message — `PATCH /channels/{channel_id}/messages/{message_id}`
//!  3. bulk delete messages — `POST /channels/{channel_id}/messages/bulk-delete`
//!  4. create guild channel — `POST /guilds/{guild_id}/channels`
//!  5. modify channel — `PATCH /channels/{channel_id}`
//!  6. modify guild member — `PATCH /guilds/{guild_id}/members/{user_id}`
//!  7. modify current member — `PATCH /guilds/{guild_id}/members/@me`
//!  8. create guild role — `POST /guilds/{guild_id}/roles`
//!  9. modify guild role — `PATCH /guilds/{guild_id}/roles/{role_id}`
//! 10. create interaction response — `POST /interactions/{interaction_id}/{interaction_token}/callback`
//! 11. edit original interaction response — `PATCH /webhooks/{application_id}/{token}/messages/@original`
//! 12. create followup message / execute webhook — `POST /webhooks/{webhook_id}/{webhook_token}`
//! 13. edit webhook (or followup) message — `PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}`
//! 14. create webhook — `POST /channels/{channel_id}/webhooks`
//! 15. modify webhook — `PATCH /webhooks/{webhook_id}`
//! 16. create forum thread — `POST /channels/{channel_id}/threads`
//! 17. create thread from message — `POST /channels/{channel_id}/messages/{message_id}/threads`
//! 18. create guild ban — `PUT /guilds/{guild_id}/bans/{user_id}`
//! 19. bulk guild ban — `POST /guilds/{guild_id}/bulk-ban`
//! 20. create channel invite — `POST /channels/{channel_id}/invites`
//!
//! Create reaction (`PUT /channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me`)
//! has no body; a last test makes sure the table says so and its path is still checked.

use std::sync::Arc;

use http::Method;
use serde_json::{json, Map, Value};

use super::codes;
use super::generated::DISCORD_EPOCH_MS;
use super::schema::{self, Node, NodeId};
use super::walk;
use super::*;

const NOW_MS: u64 = 1_750_000_000_000;

/// One step into a body.
#[derive(Debug, Clone)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// One over-limit variant of a valid body.
#[derive(Debug)]
struct Case {
    at: Vec<Step>,
    /// The new value, or `None` to remove the member.
    value: Option<Value>,
    code: &'static str,
}

impl Case {
    fn path(&self) -> String {
        let parts: Vec<String> = self
            .at
            .iter()
            .map(|step| match step {
                Step::Key(key) => (*key).to_owned(),
                Step::Index(i) => i.to_string(),
            })
            .collect();
        parts.join(".")
    }

    fn apply(&self, base: &Value) -> Value {
        let mut body = base.clone();
        let (last, parents) = self.at.split_last().expect("a member");
        let mut here = &mut body;
        for step in parents {
            here = match step {
                Step::Key(key) => &mut here[*key],
                Step::Index(i) => &mut here[*i],
            };
        }
        match (last, &self.value) {
            (Step::Key(key), Some(value)) => here[*key] = value.clone(),
            (Step::Key(key), None) => {
                here.as_object_mut().expect("an object").remove(*key);
            }
            (Step::Index(i), Some(value)) => here[*i] = value.clone(),
            (Step::Index(_), None) => unreachable!("cases never remove items"),
        }
        body
    }
}

fn long(n: usize) -> Value {
    Value::String("a".repeat(n))
}

/// A value that satisfies node `id` on its own, to fill arrays with.
fn sample(id: NodeId) -> Option<Value> {
    match schema::node(id) {
        Node::Any => Some(json!("1")),
        Node::Str(min, max, choices) => Some(match choices.split('|').next() {
            Some(first) if !first.is_empty() => json!(first),
            _ => long((*min).max(1).min(max.unwrap_or(usize::MAX))),
        }),
        Node::Num(min, _, choices) => Some(match choices.split(',').next() {
            Some(first) if !first.is_empty() => json!(first.parse::<i64>().ok()?),
            _ => json!(min.unwrap_or(1)),
        }),
        _ => None,
    }
}

/// The alternative of a union that `value` takes (the closest, as the walk decides).
fn alternative(alternatives: &[NodeId], value: &Value) -> Option<NodeId> {
    alternatives
        .iter()
        .copied()
        .filter(|&a| walk::fits_type(a, value))
        .min_by_key(|&a| walk::fixed_mismatches(a, value) + walk::unknown_members(a, value))
}

/// Collects the cases for `value` (valid, at `at`) and node `id`.
fn collect(id: NodeId, value: &Value, at: &[Step], out: &mut Vec<Case>) {
    match (schema::node(id), value) {
        (Node::Object(props), Value::Object(members)) => {
            for prop in *props {
                let mut here = at.to_vec();
                here.push(Step::Key(prop.name));
                member_cases(prop.node, members.get(prop.name), &here, out);
                if prop.required && members.contains_key(prop.name) {
                    out.push(Case {
                        at: here,
                        value: None,
                        code: codes::BASE_TYPE_REQUIRED,
                    });
                }
            }
        }
        (Node::OneOf(alternatives), _) => {
            if let Some(chosen) = alternative(alternatives, value) {
                collect(chosen, value, at, out);
            }
        }
        _ => {}
    }
}

fn member_cases(id: NodeId, current: Option<&Value>, at: &[Step], out: &mut Vec<Case>) {
    let mut push = |value: Value, code| {
        out.push(Case {
            at: at.to_vec(),
            value: Some(value),
            code,
        });
    };
    match schema::node(id) {
        Node::Str(min, max, choices) => {
            if !choices.is_empty() {
                push(json!("not-one-of-the-choices"), codes::BASE_TYPE_CHOICES);
                return;
            }
            let both = *min > 0 && max.is_some();
            if let Some(max) = max {
                let code = if both {
                    codes::BASE_TYPE_BAD_LENGTH
                } else {
                    codes::BASE_TYPE_MAX_LENGTH
                };
                push(long(max + 1), code);
            }
            if *min > 0 {
                let code = if both {
                    codes::BASE_TYPE_BAD_LENGTH
                } else {
                    codes::BASE_TYPE_MIN_LENGTH
                };
                push(long(min - 1), code);
            }
        }
        Node::Num(min, max, choices) => {
            if !choices.is_empty() {
                push(json!(987_654_321), codes::BASE_TYPE_CHOICES);
                return;
            }
            if let Some(max) = max {
                push(json!(max + 1), codes::NUMBER_TYPE_MAX);
            }
            if let Some(min) = min {
                push(json!(min - 1), codes::NUMBER_TYPE_MIN);
            }
        }
        Node::Array(min, max, items) => {
            let first = current
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .cloned();
            let item = first.clone().or_else(|| sample(*items));
            if let (Some(max), Some(item)) = (max, &item) {
                push(
                    Value::Array(vec![item.clone(); max + 1]),
                    codes::BASE_TYPE_MAX_LENGTH,
                );
            }
            if let (true, Some(item)) = (*min > 0, &item) {
                push(
                    Value::Array(vec![item.clone(); min - 1]),
                    codes::BASE_TYPE_MIN_LENGTH,
                );
            }
            if let Some(first) = first {
                let mut here = at.to_vec();
                here.push(Step::Index(0));
                match schema::node(*items) {
                    Node::Object(_) | Node::OneOf(_) => collect(*items, &first, &here, out),
                    _ => member_cases(*items, Some(&first), &here, out),
                }
            }
        }
        Node::Object(_) | Node::OneOf(_) => {
            if let Some(current) = current {
                collect(id, current, at, out);
            }
        }
        Node::Any => {}
    }
}

/// A snowflake created `age_ms` before `NOW_MS`.
fn id_aged(age_ms: u64) -> String {
    ((NOW_MS - age_ms - DISCORD_EPOCH_MS) << 22).to_string()
}

fn button() -> Value {
    json!({ "type": 2, "style": 1, "custom_id": "click", "label": "Click",
            "emoji": { "name": "x" } })
}

fn select() -> Value {
    json!({ "type": 3, "custom_id": "pick", "placeholder": "Pick", "min_values": 1, "max_values": 1,
            "options": [{ "label": "One", "value": "1", "description": "the first",
                          "emoji": { "name": "x" } }] })
}

fn embed() -> Value {
    json!({
        "title": "Title", "description": "Description", "url": "https://example.com",
        "color": 5, "timestamp": "2025-01-01T00:00:00Z",
        "footer": { "text": "Footer", "icon_url": "https://example.com/f.png" },
        "author": { "name": "Author", "url": "https://example.com" },
        "image": { "url": "https://example.com/i.png" },
        "thumbnail": { "url": "https://example.com/t.png" },
        "fields": [{ "name": "Name", "value": "Value", "inline": true }],
    })
}

/// A message with every commonly used member.
fn message() -> Map<String, Value> {
    let body = json!({
        "content": "Hello",
        "embeds": [embed()],
        "allowed_mentions": { "parse": ["users"], "users": ["1"], "roles": ["2"] },
        "components": [
            { "type": 1, "components": [button()] },
            { "type": 1, "components": [select()] },
        ],
        "attachments": [{ "id": "0", "filename": "a.png", "description": "A" }],
        "flags": 4,
    });
    match body {
        Value::Object(map) => map,
        _ => unreachable!(),
    }
}

fn with(mut base: Map<String, Value>, extra: Value) -> Value {
    if let Value::Object(extra) = extra {
        base.extend(extra);
    }
    Value::Object(base)
}

/// `(name, method, concrete path, valid body)` of the 20 operations.
fn operations() -> Vec<(&'static str, Method, &'static str, Value)> {
    let poll = json!({ "question": { "text": "Q?" },
        "answers": [{ "poll_media": { "text": "A", "emoji": { "name": "x" } } }],
        "duration": 24, "allow_multiselect": false, "layout_type": 1 });
    vec![
        (
            "create message",
            Method::POST,
            "/channels/1/messages",
            with(
                message(),
                json!({ "tts": false, "sticker_ids": ["3"], "nonce": "n",
                        "message_reference": { "message_id": "4" }, "poll": poll }),
            ),
        ),
        (
            "edit message",
            Method::PATCH,
            "/channels/1/messages/2",
            Value::Object(message()),
        ),
        (
            "bulk delete",
            Method::POST,
            "/channels/1/messages/bulk-delete",
            json!({ "messages": [id_aged(1000), id_aged(2000)] }),
        ),
        (
            "create guild channel",
            Method::POST,
            "/guilds/1/channels",
            json!({ "name": "general", "type": 0, "topic": "Topic", "position": 1,
                    "rate_limit_per_user": 5, "nsfw": false, "parent_id": "2",
                    "bitrate": 64000, "user_limit": 10, "default_auto_archive_duration": 60,
                    "permission_overwrites": [{ "id": "3", "type": 0, "allow": "0", "deny": "0" }] }),
        ),
        (
            "modify channel",
            Method::PATCH,
            "/channels/1",
            json!({ "name": "general", "topic": "Topic", "position": 1, "rate_limit_per_user": 5,
                    "nsfw": false, "parent_id": "2", "bitrate": 64000, "user_limit": 10,
                    "default_auto_archive_duration": 60,
                    "permission_overwrites": [{ "id": "3", "type": 0, "allow": "0", "deny": "0" }] }),
        ),
        (
            "modify guild member",
            Method::PATCH,
            "/guilds/1/members/2",
            json!({ "nick": "Nick", "roles": ["3"], "mute": false, "deaf": false,
                    "channel_id": "4", "flags": 0 }),
        ),
        (
            "modify current member",
            Method::PATCH,
            "/guilds/1/members/@me",
            json!({ "nick": "Nick" }),
        ),
        (
            "create guild role",
            Method::POST,
            "/guilds/1/roles",
            json!({ "name": "Role", "permissions": "0", "color": 5, "hoist": false,
                    "mentionable": false, "unicode_emoji": "x" }),
        ),
        (
            "modify guild role",
            Method::PATCH,
            "/guilds/1/roles/2",
            json!({ "name": "Role", "permissions": "0", "color": 5, "hoist": false,
                    "mentionable": false, "unicode_emoji": "x" }),
        ),
        (
            "create interaction response",
            Method::POST,
            "/interactions/1/token/callback",
            json!({ "type": 4, "data": Value::Object(message()) }),
        ),
        (
            "edit original interaction response",
            Method::PATCH,
            "/webhooks/1/token/messages/@original",
            Value::Object(message()),
        ),
        (
            "create followup message / execute webhook",
            Method::POST,
            "/webhooks/1/token",
            with(
                message(),
                json!({ "username": "Hook", "avatar_url": "https://example.com/a.png",
                        "tts": false, "applied_tags": ["5"], "thread_name": "Thread",
                        "poll": poll }),
            ),
        ),
        (
            "edit webhook message",
            Method::PATCH,
            "/webhooks/1/token/messages/2",
            Value::Object(message()),
        ),
        (
            "create webhook",
            Method::POST,
            "/channels/1/webhooks",
            json!({ "name": "Hook" }),
        ),
        (
            "modify webhook",
            Method::PATCH,
            "/webhooks/1",
            json!({ "name": "Hook", "channel_id": "2" }),
        ),
        (
            "create forum thread",
            Method::POST,
            "/channels/1/threads",
            json!({ "name": "Thread", "auto_archive_duration": 60, "rate_limit_per_user": 5,
                    "applied_tags": ["2"], "message": Value::Object(message()) }),
        ),
        (
            "create thread from message",
            Method::POST,
            "/channels/1/messages/2/threads",
            json!({ "name": "Thread", "auto_archive_duration": 60, "rate_limit_per_user": 5 }),
        ),
        (
            "create guild ban",
            Method::PUT,
            "/guilds/1/bans/2",
            json!({ "delete_message_seconds": 60 }),
        ),
        (
            "bulk guild ban",
            Method::POST,
            "/guilds/1/bulk-ban",
            json!({ "user_ids": ["2", "3"], "delete_message_seconds": 60 }),
        ),
        (
            "create channel invite",
            Method::POST,
            "/channels/1/invites",
            json!({ "max_age": 3600, "max_uses": 5, "temporary": false, "unique": true }),
        ),
    ]
}

fn validator() -> DiscordValidator {
    DiscordValidator::with_clock(Arc::new(FixedClock(NOW_MS)))
}

fn run(method: &Method, path: &str, body: &Value) -> Result<(), Vec<FieldError>> {
    validator().validate(&RequestView::new(method, path).json(body))
}

/// The body node of `path`, found as the validator finds it.
fn body_node(method: &Method, path: &str) -> NodeId {
    let segments = routes::PathSegments::parse(path).expect("a path");
    let route = routes::find(segments.as_slice()).expect("a known route");
    schema::body_of(method, route.template).expect("an operation with a body")
}

#[test]
fn every_limited_field_of_the_top_operations_is_rejected_with_its_path() {
    let mut total = 0;
    let mut failures = Vec::new();
    for (name, method, path, base) in operations() {
        if let Err(errors) = run(&method, path, &base) {
            failures.push(format!("{name}: the valid body is rejected: {errors:?}"));
            continue;
        }
        let mut cases = Vec::new();
        collect(body_node(&method, path), &base, &[], &mut cases);
        assert!(!cases.is_empty(), "{name}: no limited field found");
        for case in &cases {
            let body = case.apply(&base);
            let errors = run(&method, path, &body).err().unwrap_or_default();
            let want = case.path();
            if !errors.iter().any(|e| e.path == want && e.code == case.code) {
                failures.push(format!(
                    "{name}: {want} = {:?} wants {}, got {errors:?}",
                    case.value
                        .as_ref()
                        .map(|v| v.to_string().chars().take(40).collect::<String>()),
                    case.code
                ));
            }
        }
        println!("{name}: {} cases", cases.len());
        total += cases.len();
    }
    println!("total: {total} cases over 20 operations");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(operations().len(), 20);
}

#[test]
fn create_reaction_has_no_body_but_its_path_is_checked() {
    let method = Method::PUT;
    let path = "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me";
    let segments = routes::PathSegments::parse(path).expect("a path");
    let route = routes::find(segments.as_slice()).expect("a known route");
    assert!(schema::body_of(&method, route.template).is_none());
    assert!(validator()
        .validate(&RequestView::new(&method, path))
        .is_ok());
    let bad = RequestView::new(&method, "/channels/x/messages/2/reactions/a/@me");
    assert_eq!(
        validator().validate(&bad).unwrap_err()[0].path,
        "channel_id"
    );
}
