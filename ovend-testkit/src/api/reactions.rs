//! Reactions on a message; every route here shares one bucket.

use http::StatusCode;
use serde_json::Value;

use super::{param, Call};
use crate::model::{bot_user_id, user_json, Message};
use crate::respond;
use crate::validation::{bad_request, ApiResult};

/// The emoji from the path; 400 `Unknown Emoji` if empty.
fn emoji<'a>(call: &'a Call<'_>) -> ApiResult<&'a str> {
    call.params
        .emoji
        .as_deref()
        .filter(|e| !e.is_empty())
        .ok_or_else(|| bad_request(10014, "Unknown Emoji"))
}

/// Runs `change` on the message and answers 204.
fn with_message(call: &Call<'_>, change: impl FnOnce(&mut Message)) -> ApiResult {
    let (channel, id) = (param(call.params.channel)?, param(call.params.message)?);
    let mut model = call.model.lock();
    change(model.message(channel, id)?);
    Ok(respond::no_content())
}

pub(super) fn put_own(call: &Call<'_>) -> ApiResult {
    let (emoji, me) = (emoji(call)?, bot_user_id(call.bot()?));
    with_message(call, |m| m.react(emoji, me))
}

pub(super) fn delete_own(call: &Call<'_>) -> ApiResult {
    let (emoji, me) = (emoji(call)?, bot_user_id(call.bot()?));
    with_message(call, |m| m.unreact(emoji, Some(me)))
}

pub(super) fn delete_user(call: &Call<'_>) -> ApiResult {
    let (emoji, user) = (emoji(call)?, param(call.params.user)?);
    with_message(call, |m| m.unreact(emoji, Some(user)))
}

pub(super) fn delete_emoji(call: &Call<'_>) -> ApiResult {
    let emoji = emoji(call)?;
    with_message(call, |m| m.unreact(emoji, None))
}

pub(super) fn delete_all(call: &Call<'_>) -> ApiResult {
    with_message(call, |m| m.reactions.clear())
}

/// Users who reacted, `?limit` 1–100 (default 25) and `?after`.
pub(super) fn list(call: &Call<'_>) -> ApiResult {
    let emoji = emoji(call)?;
    let limit = usize::try_from(call.query.int("limit", 1, 100, 25)?).unwrap_or(25);
    let after = call.query.snowflake("after")?.unwrap_or(0);
    let (channel, id) = (param(call.params.channel)?, param(call.params.message)?);
    let mut model = call.model.lock();
    let message = model.message(channel, id)?;
    let mut users: Vec<u64> = message
        .reactors(emoji)
        .iter()
        .copied()
        .filter(|u| *u > after)
        .collect();
    users.sort_unstable();
    let json: Vec<Value> = users.into_iter().take(limit).map(user_json).collect();
    Ok(respond::json(StatusCode::OK, &Value::Array(json)))
}
