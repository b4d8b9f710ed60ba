//! `POST /interactions/{interaction_id}/{token}/callback`.
//!
//! Answering with a message (type 4) or deferring one (type 5) creates the
//! interaction's original response, which
//! `/webhooks/{application_id}/{token}/messages/@original` then reads, edits
//! or deletes. It is posted in the channel whose id equals the interaction id
//! (the emulator knows no other channel for it).

use serde_json::Value;

use super::messages::assemble;
use super::{param, Call};
use crate::model::Author;
use crate::respond;
use crate::validation::{bad_request, check_message, require_object, ApiResult, FieldErrors};

/// Callback types Discord accepts.
const TYPES: [i64; 9] = [1, 4, 5, 6, 7, 8, 9, 10, 12];

/// Types whose `data` is a message.
const MESSAGE_TYPES: [i64; 2] = [4, 7];

/// Types that create the original response (a message, or a deferred one).
const ORIGINAL_TYPES: [i64; 2] = [4, 5];

/// The name the original response is posted under.
const APPLICATION_NAME: &str = "Mock Application";

/// Answers an interaction once; a second answer is refused (40060).
pub(super) fn callback(call: &Call<'_>) -> ApiResult {
    let interaction = param(call.params.interaction)?;
    let body = call.payload.json();
    require_object(body)?;
    let mut errors = FieldErrors::default();
    match body.get("type").map(Value::as_i64) {
        None => errors.required(&["type"]),
        Some(Some(kind)) if TYPES.contains(&kind) => {}
        Some(_) => errors.add(
            &["type"],
            "BASE_TYPE_CHOICES",
            format!("Value must be one of {TYPES:?}."),
        ),
    }
    errors.finish()?;
    let kind = body.get("type").and_then(Value::as_i64).unwrap_or_default();
    if MESSAGE_TYPES.contains(&kind) {
        let data = body.get("data").unwrap_or(&Value::Null);
        check_message(data, call.payload.files.len(), kind == 4)?;
    }
    let mut model = call.model.lock();
    if !model.acknowledge(interaction) {
        return Err(bad_request(
            40060,
            "Interaction has already been acknowledged.",
        ));
    }
    if let (true, Some(token)) = (ORIGINAL_TYPES.contains(&kind), &call.params.token) {
        let data = body.get("data").unwrap_or(&Value::Null);
        let author = Author::Webhook {
            id: interaction,
            name: APPLICATION_NAME.to_owned(),
        };
        let message = model.insert_message(assemble(call, data, interaction, author))?;
        let (channel, id) = (message.channel_id, message.id);
        model.set_original(std::sync::Arc::clone(token), channel, id);
    }
    Ok(respond::no_content())
}
