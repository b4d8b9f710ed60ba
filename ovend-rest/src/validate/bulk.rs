//! Bulk delete (`messages`: 2–100 ids younger than 14 days) and bulk ban
//! (`user_ids`: up to 200 ids).

use serde_json::{Map, Value};

use super::codes;
use super::field_path::FieldPath;
use super::generated::{
    BULK_BAN_DELETE_SECONDS_MAX, BULK_BAN_MAX, BULK_DELETE_MAX, BULK_DELETE_MAX_AGE_MS,
    BULK_DELETE_MIN,
};
use super::report::Report;
use super::snowflake;

/// Checks a bulk-delete body; `now_ms` is the wall clock in Unix milliseconds.
pub(crate) fn check_delete(report: &mut Report, body: &Map<String, Value>, now_ms: u64) {
    let path = FieldPath::ROOT.key("messages");
    let Some(ids) = required_array(report, &path, body, "messages") else {
        return;
    };
    report.min_items(&path, ids.len(), BULK_DELETE_MIN);
    report.max_items(&path, ids.len(), BULK_DELETE_MAX);
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
    let path = FieldPath::ROOT.key("user_ids");
    if let Some(ids) = required_array(report, &path, body, "user_ids") {
        report.max_items(&path, ids.len(), BULK_BAN_MAX);
        check_ids(report, &path, ids);
    }
    let Some(seconds) = body.get("delete_message_seconds") else {
        return;
    };
    let path = FieldPath::ROOT.key("delete_message_seconds");
    if let Some(seconds) = seconds.as_i64() {
        let max = i64::try_from(BULK_BAN_DELETE_SECONDS_MAX).unwrap_or(i64::MAX);
        if seconds > max {
            report.push(
                &path,
                codes::NUMBER_TYPE_MAX,
                format!("int value should be less than or equal to {max}."),
            );
        } else if seconds < 0 {
            report.push(
                &path,
                codes::NUMBER_TYPE_MIN,
                "int value should be greater than or equal to 0.".to_owned(),
            );
        }
    }
}

/// The array at `body[key]`, reporting it when missing (a wrong type is left
/// for Discord to report).
fn required_array<'b>(
    report: &mut Report,
    path: &FieldPath<'_>,
    body: &'b Map<String, Value>,
    key: &str,
) -> Option<&'b [Value]> {
    match body.get(key) {
        None | Some(Value::Null) => {
            report.required(path);
            None
        }
        Some(Value::Array(items)) => Some(items),
        Some(_) => None,
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
