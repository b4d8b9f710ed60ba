//! `GET`, `PATCH` and `DELETE /webhooks/{webhook_id}/{token}/messages/{message_id}`:
//! a webhook's own messages (and an interaction's follow-ups, which are
//! posted through the application's webhook), with `@original` standing for
//! the interaction's first answer (see [`super::interactions`]).
//!
//! A webhook posts into the channel whose id equals the webhook id, so a
//! message id is looked up there and must have been posted by that webhook;
//! anything else is `Unknown Message`, as on Discord.

use http::StatusCode;

use super::messages::Edit;
use super::{param, Call};
use crate::model::{unknown, Author, Model};
use crate::respond;
use crate::validation::{ApiError, ApiResult};

/// Where the addressed message is: `(channel, message)`.
fn locate(call: &Call<'_>, model: &mut Model) -> ApiResult<(u64, u64)> {
    let webhook = param(call.params.webhook)?;
    let Some(id) = call.params.message else {
        let token = call
            .params
            .token
            .as_deref()
            .ok_or_else(ApiError::not_found)?;
        return model
            .original(token)
            .ok_or_else(|| unknown(10008, "Message"));
    };
    let message = model.message(webhook, id)?;
    match &message.author {
        Author::Webhook { id: author, .. } if *author == webhook => Ok((webhook, id)),
        _ => Err(unknown(10008, "Message")),
    }
}

pub(super) fn get(call: &Call<'_>) -> ApiResult {
    let mut model = call.model.lock();
    let (channel, id) = locate(call, &mut model)?;
    let message = model.message(channel, id)?;
    Ok(respond::json(StatusCode::OK, &message.to_json(call.caller)))
}

pub(super) fn edit(call: &Call<'_>) -> ApiResult {
    let edit = Edit::validate(call)?;
    let mut model = call.model.lock();
    let (channel, id) = locate(call, &mut model)?;
    let message = model.message(channel, id)?;
    edit.apply(message);
    Ok(respond::json(StatusCode::OK, &message.to_json(call.caller)))
}

pub(super) fn delete(call: &Call<'_>) -> ApiResult {
    let mut model = call.model.lock();
    let (channel, id) = locate(call, &mut model)?;
    model
        .channel(channel)?
        .messages
        .remove(&id)
        .map(|_| respond::no_content())
        .ok_or_else(|| unknown(10008, "Message"))
}
