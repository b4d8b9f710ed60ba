//! `GET/PATCH/DELETE /channels/{channel_id}`, a guild's channel list and a
//! channel's pins.

use http::StatusCode;
use serde_json::Value;

use super::{param, Call};
use crate::respond;
use crate::validation::{check_string, int_in_range, require_object, ApiResult, FieldErrors};

pub(super) fn get(call: &Call<'_>) -> ApiResult {
    let id = param(call.params.channel)?;
    let mut model = call.model.lock();
    Ok(respond::json(StatusCode::OK, &model.channel(id)?.to_json()))
}

pub(super) fn patch(call: &Call<'_>) -> ApiResult {
    let id = param(call.params.channel)?;
    let body = call.payload.json();
    require_object(body)?;
    let mut errors = FieldErrors::default();
    check_string(&mut errors, body, &["name"], 100);
    if body
        .get("name")
        .and_then(Value::as_str)
        .is_some_and(str::is_empty)
    {
        errors.min_length(&["name"], 1);
    }
    check_string(&mut errors, body, &["topic"], 1024);
    errors.finish()?;
    let slowmode = int_in_range(body, "rate_limit_per_user", 0, 21_600)?;
    let position = int_in_range(body, "position", 0, i64::from(i32::MAX))?;
    let mut model = call.model.lock();
    let channel = model.channel(id)?;
    if let Some(name) = body.get("name").and_then(Value::as_str) {
        name.clone_into(&mut channel.name);
    }
    match body.get("topic") {
        Some(Value::String(topic)) => channel.topic = Some(topic.clone()),
        Some(Value::Null) => channel.topic = None,
        _ => {}
    }
    if let Some(nsfw) = body.get("nsfw").and_then(Value::as_bool) {
        channel.nsfw = nsfw;
    }
    if let Some(slowmode) = slowmode {
        channel.rate_limit_per_user = slowmode;
    }
    if let Some(position) = position {
        channel.position = position;
    }
    Ok(respond::json(StatusCode::OK, &channel.to_json()))
}

pub(super) fn delete(call: &Call<'_>) -> ApiResult {
    let id = param(call.params.channel)?;
    let channel = call.model.lock().delete_channel(id)?;
    Ok(respond::json(StatusCode::OK, &channel.to_json()))
}

/// `GET /guilds/{guild_id}/channels`: every live channel of the guild, by id.
pub(super) fn list_in_guild(call: &Call<'_>) -> ApiResult {
    let guild = param(call.params.guild)?;
    let model = call.model.lock();
    let channels: Vec<Value> = model
        .guild_channels(guild)
        .map(|channel| channel.to_json())
        .collect();
    Ok(respond::json(StatusCode::OK, &Value::Array(channels)))
}

/// `GET /channels/{channel_id}/pins`: the pinned messages. The emulator has
/// no pin routes, so the list is always empty; the route exists so clients can
/// read (and cache) it.
pub(super) fn pins(call: &Call<'_>) -> ApiResult {
    let id = param(call.params.channel)?;
    call.model.lock().channel(id)?;
    Ok(respond::json(StatusCode::OK, &Value::Array(Vec::new())))
}
