//! The hand-written route table: the routes the emulator models with state
//! and Discord's real rules, with their bucket hash, visible limit and major
//! parameter, and the matcher that maps a path onto them. Every other
//! operation of Discord's OpenAPI description is answered by
//! [`crate::openapi`] (see [`crate::routing`]).
//!
//! | method | route (under `/api/v10`) | limit | major | hash group |
//! |---|---|---|---|---|
//! | GET | `/users/@me` | 5 / 1 s | — | users-me |
//! | GET | `/channels/{channel}` | 5 / 5 s | channel | channel-get |
//! | PATCH, DELETE | `/channels/{channel}` | 5 / 5 s | channel | channel-modify (shared hash) |
//! | GET | `/channels/{channel}/messages` and `…/messages/{message}` | 5 / 5 s | channel | messages-read (shared hash) |
//! | POST | `/channels/{channel}/messages` | 5 / 5 s | channel | messages-create |
//! | PATCH, DELETE | `/channels/{channel}/messages/{message}` | 5 / 5 s | channel | messages-modify (shared hash) |
//! | POST | `/channels/{channel}/messages/bulk-delete` | 1 / 1 s | channel | bulk-delete |
//! | all reaction routes | `…/messages/{message}/reactions…` | 1 / 250 ms | channel | reactions (one bucket) |
//! | GET | `/guilds/{guild}/members/{user}` | 5 / 1 s | guild | member-get |
//! | GET | `/guilds/{guild}/members` | 10 / 10 s | guild | members-list |
//! | PATCH | `/guilds/{guild}/members/{user}` | 10 / 10 s | guild | member-modify |
//! | GET | `/guilds/{guild}/roles` | 5 / 5 s | guild | roles-list |
//! | GET | `/guilds/{guild}/channels` | 5 / 5 s | guild | guild-channels |
//! | GET | `/channels/{channel}/pins` | 5 / 5 s | channel | pins-list |
//! | POST | `/guilds/{guild}/roles` | 10 / 10 s | guild | role-create |
//! | PATCH, DELETE | `/guilds/{guild}/roles/{role}` | 10 / 10 s | guild | role-modify (shared hash) |
//! | PUT, DELETE | `/guilds/{guild}/members/{user}/roles/{role}` | 10 / 10 s | guild | member-role (shared hash) |
//! | PUT, DELETE | `/guilds/{guild}/bans/{user}` | 5 / 5 s | guild | ban (shared hash) |
//! | POST | `/guilds/{guild}/bulk-ban` | 1 / 1 s | guild | bulk-ban |
//! | POST | `/webhooks/{webhook}/{token}` | 5 / 2 s | webhook + token | webhook-execute |
//! | GET | `/webhooks/{webhook}/{token}/messages/{message or @original}` | 5 / 1 s | webhook + token | webhook-message-read |
//! | PATCH, DELETE | `/webhooks/{webhook}/{token}/messages/{message or @original}` | 5 / 2 s | webhook + token | webhook-message-modify (shared hash) |
//! | POST | `/interactions/{interaction}/{token}/callback` | 5 / 1 s | interaction + token | interaction-callback (no global limit) |
//!
//! Hidden limits (no header announces them; a 429 with `X-RateLimit-Remaining`
//! above 0 and scope `user`), defined in [`crate::sublimits`]:
//! channel name/topic changes 2 per 10 minutes per channel; webhook executions
//! 30 per minute per webhook; message deletion by message age.

use std::sync::Arc;
use std::time::Duration;

use http::Method;

use crate::limits::{Major, Rule};

/// What a matched route does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endpoint {
    GetCurrentUser,
    GetChannel,
    PatchChannel,
    DeleteChannel,
    ListMessages,
    GetMessage,
    CreateMessage,
    EditMessage,
    DeleteMessage,
    BulkDelete,
    PutOwnReaction,
    DeleteOwnReaction,
    DeleteUserReaction,
    ListReactions,
    DeleteAllReactions,
    DeleteEmojiReactions,
    GetMember,
    ListMembers,
    PatchMember,
    ListRoles,
    ListGuildChannels,
    ListPins,
    CreateRole,
    PatchRole,
    DeleteRole,
    AddMemberRole,
    RemoveMemberRole,
    PutBan,
    DeleteBan,
    BulkBan,
    ExecuteWebhook,
    GetWebhookMessage,
    EditWebhookMessage,
    DeleteWebhookMessage,
    InteractionCallback,
    /// An operation of Discord's OpenAPI description without a hand-written
    /// handler, by its index in [`crate::openapi`]'s table.
    Generic(u16),
}

/// Which path parameter splits the hash into buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MajorKind {
    None,
    Channel,
    Guild,
    Webhook,
    Interaction,
}

/// One row of the table.
#[derive(Debug)]
pub(crate) struct RouteDef {
    pub(crate) method: Method,
    pub(crate) pattern: &'static str,
    pub(crate) endpoint: Endpoint,
    pub(crate) hash: &'static str,
    pub(crate) rule: Rule,
    pub(crate) major: MajorKind,
    /// Whether the route takes `multipart/form-data` uploads.
    pub(crate) files: bool,
    /// Whether `Authorization` may be left out (routes such as `/gateway`
    /// that Discord answers without a token; one sent there must be valid).
    pub(crate) optional_auth: bool,
}

impl RouteDef {
    /// Webhook and interaction routes are authenticated by the token in the URL.
    pub(crate) fn token_in_url(&self) -> bool {
        matches!(self.major, MajorKind::Webhook | MajorKind::Interaction)
    }

    /// Interaction callbacks are exempt from the global limit.
    pub(crate) fn global(&self) -> bool {
        self.major != MajorKind::Interaction
    }
}

const fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

const fn route(
    method: Method,
    pattern: &'static str,
    endpoint: Endpoint,
    hash: &'static str,
    limit: u32,
    per: Duration,
    major: MajorKind,
) -> RouteDef {
    RouteDef {
        method,
        pattern,
        endpoint,
        hash,
        rule: Rule::new(limit, per),
        major,
        files: false,
        optional_auth: false,
    }
}

const fn with_files(mut def: RouteDef) -> RouteDef {
    def.files = true;
    def
}

const USERS_ME: &str = "0f766e554642496c090d9946fe3ce472";
const CHANNEL_GET: &str = "35a7ddb33ec6e2e48ec203c5f0174c8f";
const CHANNEL_MODIFY: &str = "cdbf45e10bb0aaa2ede850b14e585405";
const MESSAGES_READ: &str = "ee9742f3128cc1a2732efcfb4df48c5e";
const MESSAGES_CREATE: &str = "032a90571d5066de97b787bf839ba84e";
const MESSAGES_MODIFY: &str = "c4bb3aaadd428d53db64263e2fdf6160";
const BULK_DELETE: &str = "88216b8e3fba82557abd116b4eeb5030";
const REACTIONS: &str = "50ee092e92ebf33837f0ba12e3bcd885";
const MEMBER_GET: &str = "f3a5b37408da24d4028e8d496d4e0511";
const MEMBERS_LIST: &str = "bcc5a811584eaadaac897469c0639cd9";
const MEMBER_MODIFY: &str = "5c6c557d70e01a87d62399a22b952577";
const ROLES_LIST: &str = "c793d4faa3d1924d776198bf219dd228";
const GUILD_CHANNELS: &str = "3f1c9e07a2b84d6e5f0a1b2c3d4e5f60";
const PINS_LIST: &str = "7e2d4c6b8a0f1e3d5c7b9a1f3e5d7c9b";
const ROLE_CREATE: &str = "7df1046d8ae979056b80c83367bcabaa";
const ROLE_MODIFY: &str = "ab6e398234cf8d194053621b6f844fed";
const MEMBER_ROLE: &str = "1a347b9ab0ccf34d6b1eec1c1dec971a";
const BAN: &str = "ee72e7c3ab9df576293b5f3cd5c340ca";
const BULK_BAN: &str = "6dc18dff990d4ba4ca6fbff156c85b18";
const WEBHOOK_EXECUTE: &str = "f2b2addc354823861b26b18d65fdde74";
const INTERACTION_CALLBACK: &str = "b743371ccc1e50722e02ba825d2d2752";
const WEBHOOK_MESSAGE_READ: &str = "4c8d1c1d0e6f4b2a9f3e7a5b6c2d1e0f";
const WEBHOOK_MESSAGE_MODIFY: &str = "9a0e2b7c4d1f3e5a6b8c0d2e4f6a8b1c";

const MSG: &str = "/channels/{channel_id}/messages/{message_id}";
/// A webhook's message; `@original` (an interaction's first answer) is tried first.
const HOOK_ORIGINAL: &str = "/webhooks/{webhook_id}/{token}/messages/@original";
const HOOK_MSG: &str = "/webhooks/{webhook_id}/{token}/messages/{message_id}";

use Endpoint as E;
use MajorKind as M;

/// The table, tried in order (literal segments such as `@me` before parameters).
pub(crate) static ROUTES: &[RouteDef] = &[
    route(
        Method::GET,
        "/users/@me",
        E::GetCurrentUser,
        USERS_ME,
        5,
        ms(1_000),
        M::None,
    ),
    route(
        Method::GET,
        "/channels/{channel_id}",
        E::GetChannel,
        CHANNEL_GET,
        5,
        ms(5_000),
        M::Channel,
    ),
    route(
        Method::PATCH,
        "/channels/{channel_id}",
        E::PatchChannel,
        CHANNEL_MODIFY,
        5,
        ms(5_000),
        M::Channel,
    ),
    route(
        Method::DELETE,
        "/channels/{channel_id}",
        E::DeleteChannel,
        CHANNEL_MODIFY,
        5,
        ms(5_000),
        M::Channel,
    ),
    route(
        Method::GET,
        "/channels/{channel_id}/messages",
        E::ListMessages,
        MESSAGES_READ,
        5,
        ms(5_000),
        M::Channel,
    ),
    with_files(route(
        Method::POST,
        "/channels/{channel_id}/messages",
        E::CreateMessage,
        MESSAGES_CREATE,
        5,
        ms(5_000),
        M::Channel,
    )),
    route(
        Method::POST,
        "/channels/{channel_id}/messages/bulk-delete",
        E::BulkDelete,
        BULK_DELETE,
        1,
        ms(1_000),
        M::Channel,
    ),
    route(
        Method::GET,
        MSG,
        E::GetMessage,
        MESSAGES_READ,
        5,
        ms(5_000),
        M::Channel,
    ),
    with_files(route(
        Method::PATCH,
        MSG,
        E::EditMessage,
        MESSAGES_MODIFY,
        5,
        ms(5_000),
        M::Channel,
    )),
    route(
        Method::DELETE,
        MSG,
        E::DeleteMessage,
        MESSAGES_MODIFY,
        5,
        ms(5_000),
        M::Channel,
    ),
    route(
        Method::PUT,
        "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
        E::PutOwnReaction,
        REACTIONS,
        1,
        ms(250),
        M::Channel,
    ),
    route(
        Method::DELETE,
        "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
        E::DeleteOwnReaction,
        REACTIONS,
        1,
        ms(250),
        M::Channel,
    ),
    route(
        Method::DELETE,
        "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{user_id}",
        E::DeleteUserReaction,
        REACTIONS,
        1,
        ms(250),
        M::Channel,
    ),
    route(
        Method::GET,
        "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}",
        E::ListReactions,
        REACTIONS,
        1,
        ms(250),
        M::Channel,
    ),
    route(
        Method::DELETE,
        "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}",
        E::DeleteEmojiReactions,
        REACTIONS,
        1,
        ms(250),
        M::Channel,
    ),
    route(
        Method::DELETE,
        "/channels/{channel_id}/messages/{message_id}/reactions",
        E::DeleteAllReactions,
        REACTIONS,
        1,
        ms(250),
        M::Channel,
    ),
    route(
        Method::GET,
        "/guilds/{guild_id}/members",
        E::ListMembers,
        MEMBERS_LIST,
        10,
        ms(10_000),
        M::Guild,
    ),
    route(
        Method::GET,
        "/guilds/{guild_id}/members/{user_id}",
        E::GetMember,
        MEMBER_GET,
        5,
        ms(1_000),
        M::Guild,
    ),
    route(
        Method::PATCH,
        "/guilds/{guild_id}/members/{user_id}",
        E::PatchMember,
        MEMBER_MODIFY,
        10,
        ms(10_000),
        M::Guild,
    ),
    route(
        Method::PUT,
        "/guilds/{guild_id}/members/{user_id}/roles/{role_id}",
        E::AddMemberRole,
        MEMBER_ROLE,
        10,
        ms(10_000),
        M::Guild,
    ),
    route(
        Method::DELETE,
        "/guilds/{guild_id}/members/{user_id}/roles/{role_id}",
        E::RemoveMemberRole,
        MEMBER_ROLE,
        10,
        ms(10_000),
        M::Guild,
    ),
    route(
        Method::GET,
        "/guilds/{guild_id}/roles",
        E::ListRoles,
        ROLES_LIST,
        5,
        ms(5_000),
        M::Guild,
    ),
    route(
        Method::GET,
        "/guilds/{guild_id}/channels",
        E::ListGuildChannels,
        GUILD_CHANNELS,
        5,
        ms(5_000),
        M::Guild,
    ),
    route(
        Method::GET,
        "/channels/{channel_id}/pins",
        E::ListPins,
        PINS_LIST,
        5,
        ms(5_000),
        M::Channel,
    ),
    route(
        Method::POST,
        "/guilds/{guild_id}/roles",
        E::CreateRole,
        ROLE_CREATE,
        10,
        ms(10_000),
        M::Guild,
    ),
    route(
        Method::PATCH,
        "/guilds/{guild_id}/roles/{role_id}",
        E::PatchRole,
        ROLE_MODIFY,
        10,
        ms(10_000),
        M::Guild,
    ),
    route(
        Method::DELETE,
        "/guilds/{guild_id}/roles/{role_id}",
        E::DeleteRole,
        ROLE_MODIFY,
        10,
        ms(10_000),
        M::Guild,
    ),
    route(
        Method::PUT,
        "/guilds/{guild_id}/bans/{user_id}",
        E::PutBan,
        BAN,
        5,
        ms(5_000),
        M::Guild,
    ),
    route(
        Method::DELETE,
        "/guilds/{guild_id}/bans/{user_id}",
        E::DeleteBan,
        BAN,
        5,
        ms(5_000),
        M::Guild,
    ),
    route(
        Method::POST,
        "/guilds/{guild_id}/bulk-ban",
        E::BulkBan,
        BULK_BAN,
        1,
        ms(1_000),
        M::Guild,
    ),
    with_files(route(
        Method::POST,
        "/webhooks/{webhook_id}/{token}",
        E::ExecuteWebhook,
        WEBHOOK_EXECUTE,
        5,
        ms(2_000),
        M::Webhook,
    )),
    route(
        Method::GET,
        HOOK_ORIGINAL,
        E::GetWebhookMessage,
        WEBHOOK_MESSAGE_READ,
        5,
        ms(1_000),
        M::Webhook,
    ),
    with_files(route(
        Method::PATCH,
        HOOK_ORIGINAL,
        E::EditWebhookMessage,
        WEBHOOK_MESSAGE_MODIFY,
        5,
        ms(2_000),
        M::Webhook,
    )),
    route(
        Method::DELETE,
        HOOK_ORIGINAL,
        E::DeleteWebhookMessage,
        WEBHOOK_MESSAGE_MODIFY,
        5,
        ms(2_000),
        M::Webhook,
    ),
    route(
        Method::GET,
        HOOK_MSG,
        E::GetWebhookMessage,
        WEBHOOK_MESSAGE_READ,
        5,
        ms(1_000),
        M::Webhook,
    ),
    with_files(route(
        Method::PATCH,
        HOOK_MSG,
        E::EditWebhookMessage,
        WEBHOOK_MESSAGE_MODIFY,
        5,
        ms(2_000),
        M::Webhook,
    )),
    route(
        Method::DELETE,
        HOOK_MSG,
        E::DeleteWebhookMessage,
        WEBHOOK_MESSAGE_MODIFY,
        5,
        ms(2_000),
        M::Webhook,
    ),
    with_files(route(
        Method::POST,
        "/interactions/{interaction_id}/{token}/callback",
        E::InteractionCallback,
        INTERACTION_CALLBACK,
        5,
        ms(1_000),
        M::Interaction,
    )),
];

/// Path parameters of a matched route.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Params {
    pub(crate) channel: Option<u64>,
    pub(crate) message: Option<u64>,
    pub(crate) guild: Option<u64>,
    pub(crate) user: Option<u64>,
    pub(crate) role: Option<u64>,
    pub(crate) webhook: Option<u64>,
    pub(crate) interaction: Option<u64>,
    pub(crate) token: Option<Arc<str>>,
    /// Percent-decoded emoji (`name` or `name:id`).
    pub(crate) emoji: Option<String>,
    /// Every path parameter by its name in the template, as sent (filled for
    /// generic operations, whose answers echo them).
    pub(crate) path: Vec<(&'static str, String)>,
}

impl Params {
    /// The major parameter of `def`'s bucket.
    pub(crate) fn major(&self, def: &RouteDef) -> Major {
        let id_token = |id: Option<u64>| match (id, &self.token) {
            (Some(id), Some(token)) => Major::IdToken(id, Arc::clone(token)),
            _ => Major::None,
        };
        match def.major {
            M::None => Major::None,
            M::Channel => self.channel.map_or(Major::None, Major::Id),
            M::Guild => self.guild.map_or(Major::None, Major::Id),
            M::Webhook => id_token(self.webhook),
            M::Interaction => id_token(self.interaction),
        }
    }

    /// The major id alone (checked against `shared` limits).
    pub(crate) fn resource(&self, def: &RouteDef) -> Option<u64> {
        match def.major {
            M::None => None,
            M::Channel => self.channel,
            M::Guild => self.guild,
            M::Webhook => self.webhook,
            M::Interaction => self.interaction,
        }
    }
}

/// The outcome of matching a path.
#[derive(Debug)]
pub(crate) enum Match {
    Found(&'static RouteDef, Params),
    /// The path exists with other methods.
    MethodNotAllowed,
    /// A path parameter that must be a snowflake is not one.
    BadSnowflake {
        field: &'static str,
        value: String,
    },
    NotFound,
}

/// Strips `/api/v10` or `/api/v9`; anything else is not a Discord route.
pub(crate) fn strip_version(path: &str) -> Option<&str> {
    ["/api/v10", "/api/v9"].iter().find_map(|prefix| {
        path.strip_prefix(prefix)
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Matches `path` (without version and query) against the table.
pub(crate) fn match_route(method: &Method, path: &str) -> Match {
    let path = path.strip_suffix('/').unwrap_or(path);
    let mut shape_matched = false;
    for def in ROUTES {
        let Some(raw) = capture(def.pattern, path) else {
            continue;
        };
        if def.method != method {
            shape_matched = true;
            continue;
        }
        return match parse_params(&raw) {
            Ok(params) => Match::Found(def, params),
            Err((field, value)) => Match::BadSnowflake { field, value },
        };
    }
    if shape_matched {
        Match::MethodNotAllowed
    } else {
        Match::NotFound
    }
}

/// Matches the segments, returning the raw `{name}` captures.
fn capture<'a>(pattern: &'static str, path: &'a str) -> Option<Vec<(&'static str, &'a str)>> {
    let mut pattern_segments = pattern.split('/');
    let mut path_segments = path.split('/');
    let mut captured = Vec::with_capacity(4);
    loop {
        match (pattern_segments.next(), path_segments.next()) {
            (None, None) => return Some(captured),
            (Some(p), Some(s)) => {
                if let Some(name) = p.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                    if s.is_empty() {
                        return None;
                    }
                    captured.push((name, s));
                } else if p != s {
                    return None;
                }
            }
            _ => return None,
        }
    }
}

fn parse_params(raw: &[(&'static str, &str)]) -> Result<Params, (&'static str, String)> {
    let mut params = Params::default();
    for &(name, value) in raw {
        let snowflake = || value.parse::<u64>().map_err(|_| (name, value.to_owned()));
        match name {
            "channel_id" => params.channel = Some(snowflake()?),
            "message_id" => params.message = Some(snowflake()?),
            "guild_id" => params.guild = Some(snowflake()?),
            "user_id" => params.user = Some(snowflake()?),
            "role_id" => params.role = Some(snowflake()?),
            "webhook_id" => params.webhook = Some(snowflake()?),
            "interaction_id" => params.interaction = Some(snowflake()?),
            "token" => params.token = Some(Arc::from(value)),
            "emoji" => {
                let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
                params.emoji = Some(decoded.into_owned());
            }
            _ => {}
        }
    }
    Ok(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(method: Method, path: &str) -> (Endpoint, Params) {
        match match_route(&method, path) {
            Match::Found(def, params) => (def.endpoint, params),
            other => panic!("{path}: {other:?}"),
        }
    }

    #[test]
    fn matches_routes_and_captures_params() {
        let (endpoint, params) = found(
            Method::DELETE,
            "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me",
        );
        assert_eq!(endpoint, Endpoint::DeleteOwnReaction);
        assert_eq!(params.channel, Some(1));
        assert_eq!(params.message, Some(2));
        assert_eq!(params.emoji.as_deref(), Some("👍"));
        let (endpoint, params) = found(Method::DELETE, "/channels/1/messages/2/reactions/x/3");
        assert_eq!(endpoint, Endpoint::DeleteUserReaction);
        assert_eq!(params.user, Some(3));
        assert_eq!(
            found(Method::POST, "/channels/1/messages/bulk-delete").0,
            Endpoint::BulkDelete
        );
        assert_eq!(
            found(Method::GET, "/users/@me/").0,
            Endpoint::GetCurrentUser
        );
    }

    #[test]
    fn webhook_messages_by_id_or_original() {
        let (endpoint, params) = found(Method::PATCH, "/webhooks/5/tok/messages/@original");
        assert_eq!(endpoint, Endpoint::EditWebhookMessage);
        assert_eq!((params.webhook, params.message), (Some(5), None));
        assert_eq!(params.token.as_deref(), Some("tok"));
        let (endpoint, params) = found(Method::DELETE, "/webhooks/5/tok/messages/77");
        assert_eq!(endpoint, Endpoint::DeleteWebhookMessage);
        assert_eq!(params.message, Some(77));
        assert_eq!(
            found(Method::GET, "/webhooks/5/tok/messages/@original").0,
            Endpoint::GetWebhookMessage
        );
        assert!(matches!(
            match_route(&Method::POST, "/webhooks/5/tok/messages/1"),
            Match::MethodNotAllowed
        ));
        assert!(matches!(
            match_route(&Method::GET, "/webhooks/5/tok/messages/@latest"),
            Match::BadSnowflake {
                field: "message_id",
                ..
            }
        ));
    }

    #[test]
    fn reports_wrong_method_bad_ids_and_unknown_paths() {
        assert!(matches!(
            match_route(&Method::PUT, "/users/@me"),
            Match::MethodNotAllowed
        ));
        assert!(matches!(
            match_route(&Method::GET, "/channels/abc"),
            Match::BadSnowflake {
                field: "channel_id",
                ..
            }
        ));
        assert!(matches!(
            match_route(&Method::GET, "/nope"),
            Match::NotFound
        ));
        assert!(matches!(
            match_route(&Method::GET, "/channels//messages"),
            Match::NotFound
        ));
    }

    #[test]
    fn shared_hashes_and_majors() {
        let patch = ROUTES
            .iter()
            .find(|d| d.endpoint == Endpoint::EditMessage)
            .unwrap();
        let delete = ROUTES
            .iter()
            .find(|d| d.endpoint == Endpoint::DeleteMessage)
            .unwrap();
        assert_eq!(patch.hash, delete.hash);
        let (_, params) = found(Method::POST, "/webhooks/5/tok");
        let def = ROUTES
            .iter()
            .find(|d| d.endpoint == Endpoint::ExecuteWebhook)
            .unwrap();
        assert_eq!(params.major(def), Major::IdToken(5, Arc::from("tok")));
        assert!(def.token_in_url() && def.global());
        let callback = ROUTES
            .iter()
            .find(|d| d.endpoint == Endpoint::InteractionCallback)
            .unwrap();
        assert!(!callback.global());
    }

    #[test]
    fn version_prefix_is_required() {
        assert_eq!(strip_version("/api/v10/users/@me"), Some("/users/@me"));
        assert_eq!(strip_version("/api/v9/users/@me"), Some("/users/@me"));
        assert_eq!(strip_version("/api/v100/users/@me"), None);
        assert_eq!(strip_version("/users/@me"), None);
    }
}
