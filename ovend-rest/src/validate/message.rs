//! The rules of a message body that its schema cannot say: the size of all embeds together
//! and the action-row limit of messages without components v2. They apply to message
//! create/edit, webhook execute/edit, the `data` of an interaction callback, and the first
//! message of a forum thread; every per-field limit comes from the schema walk.

use serde_json::{Map, Value};

use super::codes;
use super::embed;
use super::field_path::FieldPath;
use super::generated::{
    ACTION_ROWS_MAX, COMPONENTS_MAX, EMBEDS_TOTAL_MAX, MESSAGE_FLAG_IS_COMPONENTS_V2,
};
use super::report::Report;

/// Which variant of the message schema applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MessageKind {
    /// A new message in a channel.
    Create,
    /// An edit, whose message may already use components v2 without saying so.
    Edit,
    /// A new message through a webhook.
    WebhookExecute,
    /// A new message as an interaction response or forum thread starter.
    Reply,
}

/// Checks `body` (the message object found at `path`).
pub(crate) fn check(
    report: &mut Report,
    path: &FieldPath<'_>,
    body: &Map<String, Value>,
    kind: MessageKind,
) {
    if let Some(Value::Array(embeds)) = body.get("embeds") {
        check_embeds_total(report, &path.key("embeds"), embeds);
    }
    if let Some(Value::Array(components)) = body.get("components") {
        // Above `COMPONENTS_MAX` the schema walk has already said so.
        let len = components.len();
        if len > ACTION_ROWS_MAX && len <= COMPONENTS_MAX && !allows_v2(body, kind) {
            report.max_items(&path.key("components"), len, ACTION_ROWS_MAX);
        }
    }
}

fn check_embeds_total(report: &mut Report, path: &FieldPath<'_>, embeds: &[Value]) {
    let total: usize = embeds
        .iter()
        .filter_map(Value::as_object)
        .map(embed::size)
        .sum();
    if total > EMBEDS_TOTAL_MAX {
        report.push(
            path,
            codes::MAX_EMBED_SIZE_EXCEEDED,
            format!("Embed size exceeds maximum size of {EMBEDS_TOTAL_MAX}"),
        );
    }
}

/// Whether the message may hold up to `COMPONENTS_MAX` top-level components. Legacy messages
/// take up to 5 action rows; components-v2 messages (flag `IS_COMPONENTS_V2`) up to 40. An
/// edit that does not send `flags` may target a v2 message, so it gets the larger limit
/// rather than a false error.
fn allows_v2(body: &Map<String, Value>, kind: MessageKind) -> bool {
    match body.get("flags").and_then(Value::as_u64) {
        Some(flags) => flags & MESSAGE_FLAG_IS_COMPONENTS_V2 != 0,
        None => kind == MessageKind::Edit,
    }
}
