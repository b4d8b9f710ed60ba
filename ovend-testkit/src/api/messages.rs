//! Messages: create (JSON or multipart), get, list, edit, delete, bulk delete.

use std::time::Duration;

use http::StatusCode;
use serde_json::Value;

use super::{param, Call};
use crate::model::{Attachment, Author, Message};
use crate::validation::{
    bad_request, check_message, require_object, snowflake_list, ApiError, ApiResult, FieldErrors,
};
use crate::{respond, snowflake};

/// Bulk delete refuses messages older than this.
const BULK_DELETE_MAX_AGE: Duration = Duration::from_secs(14 * 24 * 3600);

fn array(body: &Value, key: &str) -> Vec<Value> {
    body.get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// Validates the payload and builds a new message by `author` in `channel_id`.
pub(super) fn build(call: &Call<'_>, channel_id: u64, author: Author) -> ApiResult<Message> {
    let body = call.payload.json();
    if call.payload.json.is_some() {
        require_object(body)?;
    }
    check_message(body, call.payload.files.len(), true)?;
    Ok(assemble(call, body, channel_id, author))
}

/// The uploaded files of the request as new attachments.
fn attachments(call: &Call<'_>) -> Vec<Attachment> {
    call.payload
        .files
        .iter()
        .map(|file| Attachment {
            id: call.ids.next(),
            filename: file.filename.clone(),
            size: file.size,
            content_type: file.content_type.clone(),
        })
        .collect()
}

/// A new message from an already validated `body` (the request's, or the
/// `data` of an interaction callback) and the request's files.
pub(super) fn assemble(call: &Call<'_>, body: &Value, channel_id: u64, author: Author) -> Message {
    Message {
        id: call.ids.next(),
        channel_id,
        author,
        content: body
            .get("content")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        embeds: array(body, "embeds"),
        components: array(body, "components"),
        attachments: attachments(call),
        tts: body.get("tts").and_then(Value::as_bool).unwrap_or(false),
        nonce: body.get("nonce").cloned().unwrap_or(Value::Null),
        edited_ms: None,
        reactions: Vec::new(),
    }
}

pub(super) fn create(call: &Call<'_>) -> ApiResult {
    let channel = param(call.params.channel)?;
    let message = build(call, channel, Author::Bot(call.bot()?))?;
    let mut model = call.model.lock();
    let stored = model.insert_message(message)?;
    Ok(respond::json(StatusCode::OK, &stored.to_json(call.caller)))
}

pub(super) fn get(call: &Call<'_>) -> ApiResult {
    let (channel, id) = (param(call.params.channel)?, param(call.params.message)?);
    let mut model = call.model.lock();
    let message = model.message(channel, id)?;
    Ok(respond::json(StatusCode::OK, &message.to_json(call.caller)))
}

/// `?limit` (1–100, default 50) with at most one of `before`, `after`, `around`;
/// newest first, as Discord answers.
pub(super) fn list(call: &Call<'_>) -> ApiResult {
    let channel = param(call.params.channel)?;
    let limit = usize::try_from(call.query.int("limit", 1, 100, 50)?).unwrap_or(50);
    let before = call.query.snowflake("before")?;
    let after = call.query.snowflake("after")?;
    let around = call.query.snowflake("around")?;
    let mut model = call.model.lock();
    let messages = &model.channel(channel)?.messages;
    let picked: Vec<&Message> = if let Some(around) = around {
        let older = messages.range(..around).rev().take(limit / 2);
        let newer = messages.range(around..).take(limit - limit / 2);
        let mut all: Vec<&Message> = newer.map(|(_, m)| m).collect();
        all.reverse();
        all.extend(older.map(|(_, m)| m));
        all
    } else if let Some(after) = after {
        let mut all: Vec<&Message> = messages
            .range(after.saturating_add(1)..)
            .take(limit)
            .map(|(_, m)| m)
            .collect();
        all.reverse();
        all
    } else {
        let end = before.unwrap_or(u64::MAX);
        messages
            .range(..end)
            .rev()
            .take(limit)
            .map(|(_, m)| m)
            .collect()
    };
    let json: Vec<Value> = picked.iter().map(|m| m.to_json(call.caller)).collect();
    Ok(respond::json(StatusCode::OK, &Value::Array(json)))
}

/// A validated edit of a message: the body's fields and new files.
pub(super) struct Edit<'a> {
    body: &'a Value,
    files: Vec<Attachment>,
}

impl<'a> Edit<'a> {
    /// Checks the request's body as an edit (nothing is required).
    pub(super) fn validate(call: &'a Call<'_>) -> ApiResult<Self> {
        let body = call.payload.json();
        if call.payload.json.is_some() {
            require_object(body)?;
        }
        check_message(body, call.payload.files.len(), false)?;
        Ok(Self {
            body,
            files: attachments(call),
        })
    }

    /// Changes what the body names; marks the message edited now.
    pub(super) fn apply(self, message: &mut Message) {
        let body = self.body;
        if let Some(content) = body.get("content") {
            content
                .as_str()
                .unwrap_or_default()
                .clone_into(&mut message.content);
        }
        if body.get("embeds").is_some() {
            message.embeds = array(body, "embeds");
        }
        if body.get("components").is_some() {
            message.components = array(body, "components");
        }
        message.attachments.extend(self.files);
        message.edited_ms = Some(snowflake::unix_ms_now());
    }
}

pub(super) fn edit(call: &Call<'_>) -> ApiResult {
    let (channel, id) = (param(call.params.channel)?, param(call.params.message)?);
    let edit = Edit::validate(call)?;
    let mut model = call.model.lock();
    let message = model.message(channel, id)?;
    if !message.is_by(call.caller) {
        return Err(ApiError::discord(
            StatusCode::FORBIDDEN,
            50005,
            "Cannot edit a message authored by another user",
        ));
    }
    edit.apply(message);
    Ok(respond::json(StatusCode::OK, &message.to_json(call.caller)))
}

pub(super) fn delete(call: &Call<'_>) -> ApiResult {
    let (channel, id) = (param(call.params.channel)?, param(call.params.message)?);
    let mut model = call.model.lock();
    model
        .channel(channel)?
        .messages
        .remove(&id)
        .map(|_| respond::no_content())
        .ok_or_else(|| crate::model::unknown(10008, "Message"))
}

/// `{"messages": [2..=100 ids]}`, all younger than 14 days and none twice.
/// Ids of messages that do not exist count toward the 2..=100 and are
/// ignored, as Discord does.
pub(super) fn bulk_delete(call: &Call<'_>) -> ApiResult {
    let channel = param(call.params.channel)?;
    let body = call.payload.json();
    require_object(body)?;
    let ids = snowflake_list(body, "messages", 2, 100)?;
    if let Some(index) = first_duplicate(&ids) {
        // Discord documents a 400 for duplicate ids but not its body: this is
        // its usual form-error shape, pointing at the repeated id.
        let mut errors = FieldErrors::default();
        errors.add(
            &["messages", &index.to_string()],
            "BASE_TYPE_DUPLICATE",
            "Duplicate message ids are not allowed.".to_owned(),
        );
        errors.finish()?;
    }
    if ids
        .iter()
        .any(|id| snowflake::age(*id) > BULK_DELETE_MAX_AGE)
    {
        return Err(bad_request(
            50034,
            "You can only bulk delete messages that are under 14 days old.",
        ));
    }
    let mut model = call.model.lock();
    let messages = &mut model.channel(channel)?.messages;
    for id in ids {
        messages.remove(&id);
    }
    Ok(respond::no_content())
}

/// The index of the first id that appeared earlier in `ids`.
fn first_duplicate(ids: &[u64]) -> Option<usize> {
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    ids.iter().position(|id| !seen.insert(*id))
}

#[cfg(test)]
mod tests {
    use super::first_duplicate;

    #[test]
    fn finds_the_first_repeated_id() {
        assert_eq!(first_duplicate(&[1, 2, 3]), None);
        assert_eq!(first_duplicate(&[1, 2, 1, 2]), Some(2));
        assert_eq!(first_duplicate(&[]), None);
    }
}
