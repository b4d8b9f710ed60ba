//! `POST /interactions/{interaction_id}/{token}/callback`.

use serde_json::Value;

use super::{param, Call};
use crate::respond;
use crate::validation::{bad_request, check_message, require_object, ApiResult, FieldErrors};

/// Callback types Discord accepts.
const TYPES: [i64; 9] = [1, 4, 5, 6, 7, 8, 9, 10, 12];

/// Types whose `data` is a message.
const MESSAGE_TYPES: [i64; 2] = [4, 7];

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
    if !call.model.lock().acknowledge(interaction) {
        return Err(bad_request(
            40060,
            "Interaction has already been acknowledged.",
        ));
    }
    Ok(respond::no_content())
}
