//! `POST /webhooks/{webhook_id}/{token}`: execute a webhook.
//!
//! A webhook posts into the channel whose id equals the webhook id, so
//! `GET /channels/{webhook_id}/messages` finds what it posted.

use http::StatusCode;
use serde_json::Value;

use super::messages::build;
use super::{param, Call};
use crate::model::Author;
use crate::respond;
use crate::validation::{check_string, ApiResult, FieldErrors};

/// The name a webhook posts under unless `username` overrides it.
const DEFAULT_NAME: &str = "Mock Webhook";

pub(super) fn execute(call: &Call<'_>) -> ApiResult {
    let webhook = param(call.params.webhook)?;
    let body = call.payload.json();
    let mut errors = FieldErrors::default();
    check_string(&mut errors, body, &["username"], 80);
    errors.finish()?;
    let name = body
        .get("username")
        .and_then(Value::as_str)
        .unwrap_or(DEFAULT_NAME)
        .to_owned();
    let message = build(call, webhook, Author::Webhook { id: webhook, name })?;
    let mut model = call.model.lock();
    let stored = model.insert_message(message)?;
    if call.query.flag("wait") {
        Ok(respond::json(StatusCode::OK, &stored.to_json(call.caller)))
    } else {
        Ok(respond::no_content())
    }
}
