//! Hidden limits that no header announces.
//!
//! | what | limit | counted on |
//! |---|---|---|
//! | `PATCH /channels/{id}` changing `name` or `topic` | 2 per 10 minutes | channel |
//! | `POST /webhooks/{id}/{token}` | 30 per minute | webhook |
//! | `DELETE …/messages/{id}` of a message 10 s – 14 days old | 3 per second | channel |
//! | `DELETE …/messages/{id}` of a message older than 14 days | 1 per second | channel |
//!
//! Deleting a message younger than 10 seconds has no extra limit (bots that
//! moderate fresh messages are held only by the bucket). The message age comes
//! from its snowflake and the wall clock, and is not scaled: only windows are.
//! A request over a sublimit gets a 429 with scope `user` while
//! `X-RateLimit-Remaining` is still above 0.

use std::time::Duration;

use crate::body::Payload;
use crate::limits::{Rule, SubRef};
use crate::routes::{Endpoint, Params, RouteDef};
use crate::snowflake;

const RENAME: Rule = Rule::new(2, Duration::from_secs(600));
const WEBHOOK: Rule = Rule::new(30, Duration::from_secs(60));
const DELETE_NORMAL: Rule = Rule::new(3, Duration::from_secs(1));
const DELETE_OLD: Rule = Rule::new(1, Duration::from_secs(1));

const FRESH: Duration = Duration::from_secs(10);
const TWO_WEEKS: Duration = Duration::from_secs(14 * 24 * 3600);

/// The sublimit (already scaled) that applies to this request, if any.
pub(crate) fn for_request(
    def: &RouteDef,
    params: &Params,
    payload: &Payload,
    scale: f64,
) -> Option<SubRef> {
    let (name, scope, rule) = match def.endpoint {
        Endpoint::PatchChannel => {
            let body = payload.json();
            // Clearing the topic (`null`) is a topic change too.
            if body.get("name").is_none() && body.get("topic").is_none() {
                return None;
            }
            ("channel-rename", params.channel?, RENAME)
        }
        Endpoint::ExecuteWebhook => ("webhook-execute", params.webhook?, WEBHOOK),
        Endpoint::DeleteMessage => {
            let age = snowflake::age(params.message?);
            if age < FRESH {
                return None;
            } else if age <= TWO_WEEKS {
                ("delete-normal", params.channel?, DELETE_NORMAL)
            } else {
                ("delete-old", params.channel?, DELETE_OLD)
            }
        }
        _ => return None,
    };
    Some(SubRef {
        name,
        scope,
        rule: rule.scaled(scale),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::{match_route, Match};
    use serde_json::{json, Value};

    fn sub(method: http::Method, path: &str, body: Value) -> Option<SubRef> {
        let Match::Found(def, params) = match_route(&method, path) else {
            panic!("{path}")
        };
        let payload = Payload {
            json: Some(body),
            files: Vec::new(),
        };
        for_request(def, &params, &payload, 1.0)
    }

    #[test]
    fn rename_only_when_name_or_topic_changes() {
        let rename = sub(http::Method::PATCH, "/channels/9", json!({ "name": "x" })).unwrap();
        assert_eq!(
            (rename.name, rename.scope, rename.rule),
            ("channel-rename", 9, RENAME)
        );
        assert!(sub(http::Method::PATCH, "/channels/9", json!({ "topic": null })).is_some());
        assert!(sub(http::Method::PATCH, "/channels/9", json!({ "nsfw": true })).is_none());
    }

    #[test]
    fn delete_sublimit_follows_message_age() {
        let now = snowflake::unix_ms_now();
        let fresh = snowflake::at(now, 0);
        let day_old = snowflake::at(now - 86_400_000, 0);
        let ancient = snowflake::at(now - 30 * 86_400_000, 0);
        let path = |id: u64| format!("/channels/1/messages/{id}");
        assert!(sub(http::Method::DELETE, &path(fresh), Value::Null).is_none());
        assert_eq!(
            sub(http::Method::DELETE, &path(day_old), Value::Null)
                .unwrap()
                .rule,
            DELETE_NORMAL
        );
        assert_eq!(
            sub(http::Method::DELETE, &path(ancient), Value::Null)
                .unwrap()
                .rule,
            DELETE_OLD
        );
    }
}
