//! Which calls may share a batch: the route family, its parent (channel or
//! guild), and everything in the call that the bulk request sends once for
//! all of them (the audit-log reason, a ban's `delete_message_seconds`).

use http::Method;
use serde_json::{json, Value};

/// The most a single ban may ask to delete, as Discord documents (7 days).
const MAX_DELETE_MESSAGE_SECONDS: u64 = 604_800;

/// A route family that has a bulk endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Family {
    /// `DELETE /channels/{channel}/messages/{message}` → `bulk-delete`.
    MessageDeletes,
    /// `PUT /guilds/{guild}/bans/{user}` → `bulk-ban`.
    Bans,
}

impl Family {
    /// The most ids one bulk request takes.
    pub(crate) fn max_ids(self) -> usize {
        match self {
            Self::MessageDeletes => 100,
            Self::Bans => 200,
        }
    }

    /// The name used in events and logs.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::MessageDeletes => "bulk-delete",
            Self::Bans => "bulk-ban",
        }
    }
}

/// What calls must share to go out in one bulk request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct BatchKey {
    pub(crate) family: Family,
    /// The channel (deletes) or guild (bans) in the path.
    pub(crate) parent: u64,
    /// A ban's `delete_message_seconds` (0 when absent); 0 for deletes.
    pub(crate) delete_message_seconds: u64,
    /// The audit-log reason, sent once for the whole batch.
    pub(crate) reason: Option<String>,
}

impl BatchKey {
    /// The bulk route's path, relative to the base URL.
    pub(crate) fn bulk_path(&self) -> String {
        match self.family {
            Family::MessageDeletes => format!("/channels/{}/messages/bulk-delete", self.parent),
            Family::Bans => format!("/guilds/{}/bulk-ban", self.parent),
        }
    }

    /// The bulk request's body for `ids` (distinct, 2 to `max_ids`).
    pub(crate) fn bulk_body(&self, ids: &[u64]) -> Value {
        let ids: Vec<String> = ids.iter().map(u64::to_string).collect();
        match self.family {
            Family::MessageDeletes => json!({ "messages": ids }),
            Family::Bans => json!({
                "user_ids": ids,
                "delete_message_seconds": self.delete_message_seconds,
            }),
        }
    }
}

/// A call the batcher can take: its batch and its own id (message or user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) key: BatchKey,
    pub(crate) id: u64,
}

/// The parts of a call that decide whether it can be batched.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Call<'a> {
    pub(crate) method: &'a Method,
    pub(crate) path: &'a str,
    pub(crate) has_query: bool,
    pub(crate) files: usize,
    pub(crate) json: Option<&'a Value>,
    pub(crate) reason: Option<&'a str>,
}

/// The batch `call` may join, or `None` when it must go as it is: another
/// route, a query or files, or a body the bulk endpoint cannot say for it.
pub(crate) fn classify(call: Call<'_>) -> Option<Candidate> {
    if call.has_query || call.files > 0 {
        return None;
    }
    let segments: Vec<&str> = call.path.trim_start_matches('/').split('/').collect();
    let (family, parent, id, seconds) = match (call.method, segments.as_slice()) {
        (&Method::DELETE, ["channels", channel, "messages", message]) => {
            if call.json.is_some() {
                return None;
            }
            (Family::MessageDeletes, *channel, *message, 0)
        }
        (&Method::PUT, ["guilds", guild, "bans", user]) => {
            (Family::Bans, *guild, *user, ban_seconds(call.json)?)
        }
        _ => return None,
    };
    Some(Candidate {
        key: BatchKey {
            family,
            parent: snowflake(parent)?,
            delete_message_seconds: seconds,
            reason: call.reason.map(str::to_owned),
        },
        id: snowflake(id)?,
    })
}

/// A ban body's `delete_message_seconds`: no body, `{}` or that field alone
/// with a valid value. Anything else (the deprecated `delete_message_days`,
/// a bad value) goes singly so Discord answers it as it was written.
fn ban_seconds(body: Option<&Value>) -> Option<u64> {
    let Some(body) = body else { return Some(0) };
    let object = body.as_object()?;
    match (object.len(), object.get("delete_message_seconds")) {
        (0, None) => Some(0),
        (1, Some(seconds)) => seconds
            .as_u64()
            .filter(|s| *s <= MAX_DELETE_MESSAGE_SECONDS),
        _ => None,
    }
}

/// A path segment that is a snowflake: ASCII digits that fit in a u64.
fn snowflake(segment: &str) -> Option<u64> {
    if segment.is_empty() || !segment.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    segment.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call<'a>(method: &'a Method, path: &'a str, json: Option<&'a Value>) -> Call<'a> {
        Call {
            method,
            path,
            has_query: false,
            files: 0,
            json,
            reason: None,
        }
    }

    #[test]
    fn message_deletes_group_by_channel() {
        let found = classify(call(&Method::DELETE, "/channels/10/messages/20", None)).unwrap();
        assert_eq!(found.id, 20);
        assert_eq!(found.key.family, Family::MessageDeletes);
        assert_eq!(found.key.parent, 10);
        assert_eq!(found.key.bulk_path(), "/channels/10/messages/bulk-delete");
        assert_eq!(
            found.key.bulk_body(&[20, 21]),
            json!({ "messages": ["20", "21"] })
        );
        let other = classify(call(&Method::DELETE, "/channels/11/messages/20", None)).unwrap();
        assert_ne!(found.key, other.key);
    }

    #[test]
    fn bans_group_by_guild_seconds_and_reason() {
        let plain = classify(call(&Method::PUT, "/guilds/5/bans/7", None)).unwrap();
        let empty = json!({});
        let same = classify(call(&Method::PUT, "/guilds/5/bans/8", Some(&empty))).unwrap();
        assert_eq!(plain.key, same.key, "no body and {{}} both mean 0 seconds");
        let hour = json!({ "delete_message_seconds": 3600 });
        let deleting = classify(call(&Method::PUT, "/guilds/5/bans/9", Some(&hour))).unwrap();
        assert_ne!(plain.key, deleting.key);
        assert_eq!(
            deleting.key.bulk_body(&[9, 10]),
            json!({ "user_ids": ["9", "10"], "delete_message_seconds": 3600 })
        );
        let mut reasoned = call(&Method::PUT, "/guilds/5/bans/7", None);
        reasoned.reason = Some("spam");
        assert_ne!(classify(reasoned).unwrap().key, plain.key);
    }

    #[test]
    fn other_calls_go_as_they_are() {
        let days = json!({ "delete_message_days": 1 });
        let too_long = json!({ "delete_message_seconds": 604_801 });
        let extra = json!({ "delete_message_seconds": 1, "x": 1 });
        let body = json!({});
        for (method, path, json) in [
            (Method::GET, "/channels/1/messages/2", None),
            (Method::DELETE, "/channels/1/messages", None),
            (Method::DELETE, "/channels/1/messages/bulk-delete", None),
            (Method::DELETE, "/channels/@me/messages/2", None),
            (Method::DELETE, "/channels/1/messages/2/reactions", None),
            (Method::DELETE, "/channels/1/messages/2", Some(&body)),
            (Method::DELETE, "/guilds/1/bans/2", None),
            (Method::PUT, "/guilds/1/bans/2", Some(&days)),
            (Method::PUT, "/guilds/1/bans/2", Some(&too_long)),
            (Method::PUT, "/guilds/1/bans/2", Some(&extra)),
        ] {
            assert!(
                classify(call(&method, path, json)).is_none(),
                "{method} {path}"
            );
        }
        let mut with_query = call(&Method::DELETE, "/channels/1/messages/2", None);
        with_query.has_query = true;
        assert!(classify(with_query).is_none());
        let mut with_files = call(&Method::DELETE, "/channels/1/messages/2", None);
        with_files.files = 1;
        assert!(classify(with_files).is_none());
    }
}
