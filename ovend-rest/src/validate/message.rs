//! Limits of a message body: message create/edit, webhook execute/edit, the
//! `data` of an interaction callback, and the first message of a forum thread.

use serde_json::{Map, Value};

use super::codes;
use super::embed;
use super::field_path::FieldPath;
use super::generated::{
    ACTION_ROWS_MAX, ATTACHMENTS_MAX, COMPONENTS_MAX, EMBEDS_MAX, EMBEDS_TOTAL_MAX,
    MESSAGE_CONTENT_MAX, MESSAGE_FLAG_IS_COMPONENTS_V2, STICKER_IDS_MAX, WEBHOOK_APPLIED_TAGS_MAX,
    WEBHOOK_THREAD_NAME_MAX, WEBHOOK_USERNAME_MAX, WEBHOOK_USERNAME_MIN,
};
use super::report::Report;

/// Which variant of the message schema applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MessageKind {
    /// A new message in a channel (`sticker_ids` allowed).
    Create,
    /// An edit, whose message may already use components v2 without saying so.
    Edit,
    /// A new message through a webhook (`username`, `thread_name`, `applied_tags`).
    WebhookExecute,
    /// A new message without sticker or webhook fields (interaction response,
    /// forum thread starter).
    Reply,
}

/// Checks `body` (the message object found at `path`).
pub(crate) fn check(
    report: &mut Report,
    path: &FieldPath<'_>,
    body: &Map<String, Value>,
    kind: MessageKind,
) {
    if let Some(Value::String(content)) = body.get("content") {
        report.max_chars(&path.key("content"), content, MESSAGE_CONTENT_MAX);
    }
    if let Some(Value::Array(embeds)) = body.get("embeds") {
        check_embeds(report, &path.key("embeds"), embeds);
    }
    if let Some(Value::Array(components)) = body.get("components") {
        let max = components_max(body, kind);
        report.max_items(&path.key("components"), components.len(), max);
    }
    if let Some(Value::Array(attachments)) = body.get("attachments") {
        report.max_items(&path.key("attachments"), attachments.len(), ATTACHMENTS_MAX);
    }
    match kind {
        MessageKind::Create => {
            if let Some(Value::Array(ids)) = body.get("sticker_ids") {
                report.max_items(&path.key("sticker_ids"), ids.len(), STICKER_IDS_MAX);
            }
        }
        MessageKind::WebhookExecute => check_webhook_fields(report, path, body),
        MessageKind::Edit | MessageKind::Reply => {}
    }
}

fn check_embeds(report: &mut Report, path: &FieldPath<'_>, embeds: &[Value]) {
    report.max_items(path, embeds.len(), EMBEDS_MAX);
    let mut total = 0;
    for (i, item) in embeds.iter().enumerate() {
        if let Value::Object(item) = item {
            total += embed::check(report, &path.index(i), item);
        }
    }
    if total > EMBEDS_TOTAL_MAX {
        report.push(
            path,
            codes::MAX_EMBED_SIZE_EXCEEDED,
            format!("Embed size exceeds maximum size of {EMBEDS_TOTAL_MAX}"),
        );
    }
}

/// Top-level components allowed. Legacy messages take up to 5 action rows;
/// components-v2 messages (flag `IS_COMPONENTS_V2`) up to 40 components. An
/// edit that does not send `flags` may target a v2 message, so it gets the
/// larger limit rather than a false error.
fn components_max(body: &Map<String, Value>, kind: MessageKind) -> usize {
    match body.get("flags").and_then(Value::as_u64) {
        Some(flags) if flags & MESSAGE_FLAG_IS_COMPONENTS_V2 != 0 => COMPONENTS_MAX,
        None if kind == MessageKind::Edit => COMPONENTS_MAX,
        _ => ACTION_ROWS_MAX,
    }
}

fn check_webhook_fields(report: &mut Report, path: &FieldPath<'_>, body: &Map<String, Value>) {
    if let Some(Value::String(name)) = body.get("username") {
        report.chars_between(
            &path.key("username"),
            name,
            WEBHOOK_USERNAME_MIN,
            WEBHOOK_USERNAME_MAX,
        );
    }
    if let Some(Value::String(name)) = body.get("thread_name") {
        report.max_chars(&path.key("thread_name"), name, WEBHOOK_THREAD_NAME_MAX);
    }
    if let Some(Value::Array(tags)) = body.get("applied_tags") {
        report.max_items(
            &path.key("applied_tags"),
            tags.len(),
            WEBHOOK_APPLIED_TAGS_MAX,
        );
    }
}
