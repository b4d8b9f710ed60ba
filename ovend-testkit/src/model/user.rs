//! User objects.

use serde_json::{json, Value};

/// Ids of the bot users behind the configured tokens.
const BOT_ID_BASE: u64 = 1_000_000_000_000_000_000;

/// The user id of the bot whose token has index `caller`.
pub(crate) fn bot_user_id(caller: u32) -> u64 {
    BOT_ID_BASE + u64::from(caller)
}

/// `GET /users/@me` for the bot with token index `caller`.
pub(crate) fn bot_user_json(caller: u32) -> Value {
    let username = if caller == 0 {
        "ovend-mock".to_owned()
    } else {
        format!("ovend-mock-{}", caller + 1)
    };
    json!({
        "id": bot_user_id(caller).to_string(),
        "username": username,
        "discriminator": "0",
        "global_name": null,
        "avatar": null,
        "bot": true,
        "verified": true,
        "mfa_enabled": false,
        "flags": 0,
        "public_flags": 0,
        "primary_guild": null,
        "locale": "en-US",
    })
}

/// Any other user: every id exists.
pub(crate) fn user_json(id: u64) -> Value {
    if id >= BOT_ID_BASE && id < BOT_ID_BASE + u64::from(u32::MAX) {
        if let Ok(caller) = u32::try_from(id - BOT_ID_BASE) {
            return bot_user_json(caller);
        }
    }
    json!({
        "id": id.to_string(),
        "username": format!("user{id}"),
        "discriminator": "0",
        "global_name": null,
        "avatar": null,
        "flags": 0,
        "public_flags": 0,
        "primary_guild": null,
    })
}
