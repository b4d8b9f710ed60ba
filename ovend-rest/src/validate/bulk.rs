//! The rules of bulk routes that their schema cannot say: every id a snowflake and unique,
//! and bulk-deleted messages younger than 14 days. The item counts, `required` and
//! `delete_message_seconds` range come from the schema walk.

use serde_json::{Map, Value};

use super::codes;
use super::field_path::FieldPath;
use super::generated::BULK_DELETE_MAX_AGE_MS;
use super::report::Report;
use super::snowflake;

/// Checks a bulk-delete body; `now_ms` is the wall clock in Unix milliseconds.
pub(crate) fn check_delete(report: &mut Report, body: &Map<String, Value>, now_ms: u64) {
    let path = FieldPath::ROOT.key("messages");
    let Some(Value::Array(ids)) = body.get("messages") else {
        return;
    };
    let parsed = check_ids(report, &path, ids);
    for (i, id) in parsed.iter().enumerate() {
        let Some(id) = id else { continue };
        let age = now_ms.saturating_sub(snowflake::created_at_ms(*id));
        if age >= BULK_DELETE_MAX_AGE_MS {
            report.push(
                &path.index(i),
                codes::MESSAGE_TOO_OLD_TO_BULK_DELETE,
                "You can only bulk delete messages that are under 14 days old.".to_owned(),
            );
        }
    }
}

/// Checks a bulk-ban body.
pub(crate) fn check_ban(report: &mut Report, body: &Map<String, Value>) {
    if let Some(Value::Array(ids)) = body.get("user_ids") {
        check_ids(report, &FieldPath::ROOT.key("user_ids"), ids);
    }
}

/// Reports items that are not snowflakes or repeat an earlier item, and
/// returns the parsed ids (`None` where invalid). The list is at most a few
/// hundred ids, so the quadratic duplicate scan beats hashing.
fn check_ids(report: &mut Report, path: &FieldPath<'_>, items: &[Value]) -> Vec<Option<u64>> {
    let parsed: Vec<Option<u64>> = items.iter().map(snowflake::from_json).collect();
    for (i, (item, id)) in items.iter().zip(&parsed).enumerate() {
        match id {
            None => report.not_snowflake(&path.index(i), item.as_str()),
            Some(id) if parsed[..i].contains(&Some(*id)) => report.push(
                &path.index(i),
                codes::SET_TYPE_ALREADY_CONTAINS_VALUE,
                "The set already contains this value.".to_owned(),
            ),
            Some(_) => {}
        }
    }
    parsed
}
