//! The generic handler: answers an operation that no hand-written route
//! handles, after the pipeline authenticated, rate limited and parsed it.
//!
//! It validates the body against the operation's request schema and answers
//! the success status with a body built by the sample walker from the
//! response schema. It holds no state: a generic `POST` creates nothing that
//! a later `GET` finds (the hand-written routes model what needs state).

use axum::response::Response;
use serde_json::{Map, Value};

use super::check::check_body;
use super::path::Segment;
use super::sample::{Mode, Sampler};
use super::spec::doc;
use super::table::{operation, Answer, Operation};
use crate::api::Call;
use crate::body::Payload;
use crate::respond;
use crate::validation::{ApiError, ApiResult};

/// A 1×1 transparent PNG, for `widget.png`.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// Answers the generic operation `index`.
pub(crate) fn answer(index: u16, call: &Call<'_>) -> ApiResult {
    let op = operation(index).ok_or_else(ApiError::not_found)?;
    check_request(op, call.payload)?;
    Ok(success(op, call))
}

/// Validates the JSON body (or the `payload_json` part of an upload).
///
/// Operations that take only `multipart/form-data` (sticker, soundboard and
/// attachment uploads) describe plain form fields, which the body parser
/// does not keep: they are not validated. A missing body counts as `{}`, so
/// its required fields are reported.
fn check_request(op: &Operation, payload: &Payload) -> ApiResult<()> {
    let Some(schema) = op.request.json else {
        return Ok(());
    };
    if payload.json.is_none() && !payload.files.is_empty() {
        return Ok(()); // files alone, no `payload_json`
    }
    let empty = Value::Object(Map::new());
    check_body(doc(), schema, payload.json.as_ref().unwrap_or(&empty))
}

fn success(op: &Operation, call: &Call<'_>) -> Response {
    match op.answer {
        Answer::Empty => respond::bytes(op.success, None, Vec::new()),
        Answer::Other(content_type) if content_type == "image/png" => {
            respond::bytes(op.success, Some(content_type), PNG.to_vec())
        }
        Answer::Other(content_type) => {
            respond::bytes(op.success, Some(content_type), b"user_id\n".to_vec())
        }
        Answer::Json(schema) => {
            let params = &call.params.path;
            let sampler = Sampler::new(doc(), call.ids, Mode::Answer)
                .with_params(params, resource_id(op, params));
            respond::json(op.success, &sampler.sample(schema))
        }
    }
}

/// The path addresses one resource when it ends with a parameter: that
/// resource's `id` is the parameter (`/guilds/{guild_id}/emojis/{emoji_id}`).
/// A token after an id is not the resource's id: `/webhooks/{webhook_id}/{webhook_token}`
/// names the webhook `webhook_id`.
fn resource_id<'p>(op: &Operation, params: &'p [(&'static str, String)]) -> Option<&'p str> {
    let mut from_end = op.segments.iter().rev();
    let name = match (from_end.next(), from_end.next()) {
        (Some(Segment::Param { name, .. }), Some(Segment::Param { name: id, .. }))
            if name.ends_with("_token") =>
        {
            id
        }
        (Some(Segment::Param { name, .. }), _) => name,
        _ => return None,
    };
    params
        .iter()
        .find(|(param, _)| param == name)
        .map(|(_, value)| value.as_str())
}
