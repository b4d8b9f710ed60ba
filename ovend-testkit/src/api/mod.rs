//! Endpoint handlers: what each route does to the model and answers.
//!
//! Handlers run after authentication, rate limiting and body parsing; they
//! only validate their body and touch the [`Model`].

mod channels;
mod guilds;
mod interactions;
mod messages;
mod reactions;
mod webhook_messages;
mod webhooks;

use axum::response::Response;
use parking_lot::Mutex;
use percent_encoding::percent_decode_str;
use serde_json::{json, Value};

use crate::body::Payload;
use crate::model::{bot_user_json, Model};
use crate::respond;
use crate::routes::{Endpoint, Params};
use crate::snowflake::Generator;
use crate::validation::{ApiError, ApiResult, FieldErrors};

/// Everything a handler may use.
#[derive(Debug)]
pub(crate) struct Call<'a> {
    /// Token index of the bot, `None` for token-in-URL requests without `Authorization`.
    pub(crate) caller: Option<u32>,
    pub(crate) params: &'a Params,
    pub(crate) payload: &'a Payload,
    pub(crate) query: Query,
    pub(crate) ids: &'a Generator,
    pub(crate) model: &'a Mutex<Model>,
}

impl Call<'_> {
    /// The bot's token index; routes that need one are behind authentication.
    fn bot(&self) -> ApiResult<u32> {
        self.caller.ok_or_else(ApiError::unauthorized)
    }
}

/// Runs the handler of `endpoint`.
pub(crate) fn dispatch(endpoint: Endpoint, call: &Call<'_>) -> Response {
    use Endpoint as E;
    let result = match endpoint {
        E::GetCurrentUser => call
            .bot()
            .map(|bot| respond::json(http::StatusCode::OK, &bot_user_json(bot))),
        E::GetChannel => channels::get(call),
        E::PatchChannel => channels::patch(call),
        E::DeleteChannel => channels::delete(call),
        E::ListMessages => messages::list(call),
        E::GetMessage => messages::get(call),
        E::CreateMessage => messages::create(call),
        E::EditMessage => messages::edit(call),
        E::DeleteMessage => messages::delete(call),
        E::BulkDelete => messages::bulk_delete(call),
        E::PutOwnReaction => reactions::put_own(call),
        E::DeleteOwnReaction => reactions::delete_own(call),
        E::DeleteUserReaction => reactions::delete_user(call),
        E::ListReactions => reactions::list(call),
        E::DeleteAllReactions => reactions::delete_all(call),
        E::DeleteEmojiReactions => reactions::delete_emoji(call),
        E::GetMember => guilds::get_member(call),
        E::ListMembers => guilds::list_members(call),
        E::PatchMember => guilds::patch_member(call),
        E::ListRoles => guilds::list_roles(call),
        E::ListGuildChannels => channels::list_in_guild(call),
        E::ListPins => channels::pins(call),
        E::CreateRole => guilds::create_role(call),
        E::PatchRole => guilds::patch_role(call),
        E::DeleteRole => guilds::delete_role(call),
        E::AddMemberRole => guilds::add_member_role(call),
        E::RemoveMemberRole => guilds::remove_member_role(call),
        E::PutBan => guilds::put_ban(call),
        E::DeleteBan => guilds::delete_ban(call),
        E::BulkBan => guilds::bulk_ban(call),
        E::ExecuteWebhook => webhooks::execute(call),
        E::GetWebhookMessage => webhook_messages::get(call),
        E::EditWebhookMessage => webhook_messages::edit(call),
        E::DeleteWebhookMessage => webhook_messages::delete(call),
        E::InteractionCallback => interactions::callback(call),
        E::Generic(index) => crate::openapi::answer(index, call),
    };
    result.unwrap_or_else(Response::from)
}

/// A path parameter the matched route guarantees.
fn param(value: Option<u64>) -> ApiResult<u64> {
    value.ok_or_else(ApiError::not_found)
}

/// Decoded query-string pairs.
#[derive(Debug, Default, Clone)]
pub(crate) struct Query(Vec<(String, String)>);

impl Query {
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        let decode = |s: &str| {
            percent_decode_str(&s.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned()
        };
        Self(
            raw.unwrap_or_default()
                .split('&')
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    (decode(key), decode(value))
                })
                .collect(),
        )
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A boolean flag such as `wait=true`.
    fn flag(&self, key: &str) -> bool {
        self.get(key)
            .is_some_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
    }

    /// A snowflake parameter; 400 if present but not a snowflake.
    fn snowflake(&self, key: &str) -> ApiResult<Option<u64>> {
        let Some(raw) = self.get(key) else {
            return Ok(None);
        };
        raw.parse().map(Some).map_err(|_| {
            let mut errors = FieldErrors::default();
            errors.add(
                &[key],
                "NUMBER_TYPE_COERCE",
                format!("Value \"{raw}\" is not snowflake."),
            );
            errors.finish().err().unwrap_or_else(ApiError::not_found)
        })
    }

    /// An integer parameter in `min..=max`, `default` when absent.
    fn int(&self, key: &str, min: i64, max: i64, default: i64) -> ApiResult<i64> {
        let Some(raw) = self.get(key) else {
            return Ok(default);
        };
        let value = Value::from(raw.parse::<i64>().map_err(|_| {
            let mut errors = FieldErrors::default();
            errors.add(
                &[key],
                "NUMBER_TYPE_COERCE",
                format!("Value \"{raw}\" is not int."),
            );
            errors.finish().err().unwrap_or_else(ApiError::not_found)
        })?);
        let body = json!({ key: value });
        Ok(crate::validation::int_in_range(&body, key, min, max)?.unwrap_or(default))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decodes_pairs() {
        let query = Query::parse(Some("limit=5&wait=true&name=a%20b+c&flag"));
        assert_eq!(query.int("limit", 1, 100, 50).unwrap(), 5);
        assert!(query.flag("wait"));
        assert_eq!(query.get("name"), Some("a b c"));
        assert_eq!(query.get("flag"), Some(""));
        assert!(query.int("name", 1, 100, 50).is_err());
        assert_eq!(Query::parse(None).int("limit", 1, 100, 50).unwrap(), 50);
        assert!(Query::parse(Some("limit=101"))
            .int("limit", 1, 100, 50)
            .is_err());
    }
}
