//! Types of the `common` area of Discord's API.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Nullable, Snowflake};

/// Discord's `AccountResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountResponse {
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ActionRowComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionRowComponentForMessageRequest {
    /// Discord's `components` field.
    pub components: Vec<ActionRowComponentForMessageRequestComponentsItem>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ActionRowComponentForMessageRequestComponentsItem`.
    pub enum ActionRowComponentForMessageRequestComponentsItem: "type" {
        /// `type` 2: a [`ButtonComponentForMessageRequest`].
        ButtonComponentForMessageRequest(ButtonComponentForMessageRequest) = [2],
        /// `type` 8: a [`ChannelSelectComponentForMessageRequest`].
        ChannelSelectComponentForMessageRequest(ChannelSelectComponentForMessageRequest) = [8],
        /// `type` 7: a [`MentionableSelectComponentForMessageRequest`].
        MentionableSelectComponentForMessageRequest(MentionableSelectComponentForMessageRequest) = [7],
        /// `type` 6: a [`RoleSelectComponentForMessageRequest`].
        RoleSelectComponentForMessageRequest(RoleSelectComponentForMessageRequest) = [6],
        /// `type` 3: a [`StringSelectComponentForMessageRequest`].
        StringSelectComponentForMessageRequest(StringSelectComponentForMessageRequest) = [3],
        /// `type` 5: a [`UserSelectComponentForMessageRequest`].
        UserSelectComponentForMessageRequest(UserSelectComponentForMessageRequest) = [5],
    }
}

/// Discord's `ActionRowComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionRowComponentResponse {
    /// Discord's `components` field.
    pub components: Vec<ActionRowComponentResponseComponentsItem>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ActionRowComponentResponseComponentsItem`.
    pub enum ActionRowComponentResponseComponentsItem: "type" {
        /// `type` 2: a [`ButtonComponentResponse`].
        ButtonComponentResponse(ButtonComponentResponse) = [2],
        /// `type` 8: a [`ChannelSelectComponentResponse`].
        ChannelSelectComponentResponse(ChannelSelectComponentResponse) = [8],
        /// `type` 7: a [`MentionableSelectComponentResponse`].
        MentionableSelectComponentResponse(MentionableSelectComponentResponse) = [7],
        /// `type` 6: a [`RoleSelectComponentResponse`].
        RoleSelectComponentResponse(RoleSelectComponentResponse) = [6],
        /// `type` 3: a [`StringSelectComponentResponse`].
        StringSelectComponentResponse(StringSelectComponentResponse) = [3],
        /// `type` 4: a [`TextInputComponentResponse`].
        TextInputComponentResponse(TextInputComponentResponse) = [4],
        /// `type` 5: a [`UserSelectComponentResponse`].
        UserSelectComponentResponse(UserSelectComponentResponse) = [5],
    }
}

str_enum! {
    /// The values of Discord's `ActionTypes`.
    pub enum ActionTypes {
        /// User started typing in a channel (`"TYPING_START"`)
        TypingStart = "TYPING_START",
        /// Invite to a channel was created (`"INVITE_CREATE"`)
        InviteCreate = "INVITE_CREATE",
        /// Invite to a channel was deleted (`"INVITE_DELETE"`)
        InviteDelete = "INVITE_DELETE",
        /// Guild channel webhook was created, updated, or deleted (`"WEBHOOKS_UPDATE"`)
        WebhooksUpdate = "WEBHOOKS_UPDATE",
        /// New guild channel created (`"CHANNEL_CREATE"`)
        ChannelCreate = "CHANNEL_CREATE",
        /// Voice channel status was updated (`"VOICE_CHANNEL_STATUS_UPDATE"`)
        VoiceChannelStatusUpdate = "VOICE_CHANNEL_STATUS_UPDATE",
        /// Channel was updated (`"CHANNEL_UPDATE"`)
        ChannelUpdate = "CHANNEL_UPDATE",
        /// Channel was deleted (`"CHANNEL_DELETE"`)
        ChannelDelete = "CHANNEL_DELETE",
        /// Message was pinned or unpinned (`"CHANNEL_PINS_UPDATE"`)
        ChannelPinsUpdate = "CHANNEL_PINS_UPDATE",
        /// Thread created, also sent when being added to a private thread (`"THREAD_CREATE"`)
        ThreadCreate = "THREAD_CREATE",
        /// Thread was updated (`"THREAD_UPDATE"`)
        ThreadUpdate = "THREAD_UPDATE",
        /// Thread was deleted (`"THREAD_DELETE"`)
        ThreadDelete = "THREAD_DELETE",
        /// Sent when gaining access to a channel, contains all active threads in that channel (`"THREAD_LIST_SYNC"`)
        ThreadListSync = "THREAD_LIST_SYNC",
        /// Thread member for the current user was updated (`"THREAD_MEMBER_UPDATE"`)
        ThreadMemberUpdate = "THREAD_MEMBER_UPDATE",
        /// Some user(s) were added to or removed from a thread (`"THREAD_MEMBERS_UPDATE"`)
        ThreadMembersUpdate = "THREAD_MEMBERS_UPDATE",
        /// Lazy-load for unavailable guild, guild became available, or user joined a new guild (`"GUILD_CREATE"`)
        GuildCreate = "GUILD_CREATE",
        /// Guild was updated (`"GUILD_UPDATE"`)
        GuildUpdate = "GUILD_UPDATE",
        /// Guild became unavailable, or user left/was removed from a guild (`"GUILD_DELETE"`)
        GuildDelete = "GUILD_DELETE",
        /// Guild emojis were updated (`"GUILD_EMOJIS_UPDATE"`)
        GuildEmojisUpdate = "GUILD_EMOJIS_UPDATE",
        /// Guild stickers were updated (`"GUILD_STICKERS_UPDATE"`)
        GuildStickersUpdate = "GUILD_STICKERS_UPDATE",
        /// Guild integration was updated (`"GUILD_INTEGRATIONS_UPDATE"`)
        GuildIntegrationsUpdate = "GUILD_INTEGRATIONS_UPDATE",
        /// New user joined a guild (`"GUILD_MEMBER_ADD"`)
        GuildMemberAdd = "GUILD_MEMBER_ADD",
        /// Guild member was updated (`"GUILD_MEMBER_UPDATE"`)
        GuildMemberUpdate = "GUILD_MEMBER_UPDATE",
        /// User was removed from a guild (`"GUILD_MEMBER_REMOVE"`)
        GuildMemberRemove = "GUILD_MEMBER_REMOVE",
        /// User was banned from a guild (`"GUILD_BAN_ADD"`)
        GuildBanAdd = "GUILD_BAN_ADD",
        /// User was unbanned from a guild (`"GUILD_BAN_REMOVE"`)
        GuildBanRemove = "GUILD_BAN_REMOVE",
        /// Guild role was created (`"GUILD_ROLE_CREATE"`)
        GuildRoleCreate = "GUILD_ROLE_CREATE",
        /// Guild role was updated (`"GUILD_ROLE_UPDATE"`)
        GuildRoleUpdate = "GUILD_ROLE_UPDATE",
        /// Guild role was deleted (`"GUILD_ROLE_DELETE"`)
        GuildRoleDelete = "GUILD_ROLE_DELETE",
        /// Response to Request Guild Members (`"GUILD_MEMBERS_CHUNK"`)
        GuildMembersChunk = "GUILD_MEMBERS_CHUNK",
        /// Message was created (`"MESSAGE_CREATE"`)
        MessageCreate = "MESSAGE_CREATE",
        /// Message was edited (`"MESSAGE_UPDATE"`)
        MessageUpdate = "MESSAGE_UPDATE",
        /// Message was deleted (`"MESSAGE_DELETE"`)
        MessageDelete = "MESSAGE_DELETE",
        /// Multiple messages were deleted at once (`"MESSAGE_DELETE_BULK"`)
        MessageDeleteBulk = "MESSAGE_DELETE_BULK",
        /// User reacted to a message (`"MESSAGE_REACTION_ADD"`)
        MessageReactionAdd = "MESSAGE_REACTION_ADD",
        /// User removed a reaction from a message (`"MESSAGE_REACTION_REMOVE"`)
        MessageReactionRemove = "MESSAGE_REACTION_REMOVE",
        /// All reactions were explicitly removed from a message (`"MESSAGE_REACTION_REMOVE_ALL"`)
        MessageReactionRemoveAll = "MESSAGE_REACTION_REMOVE_ALL",
        /// All reactions for a given emoji were explicitly removed from a message (`"MESSAGE_REACTION_REMOVE_EMOJI"`)
        MessageReactionRemoveEmoji = "MESSAGE_REACTION_REMOVE_EMOJI",
        /// Properties about the user changed (`"USER_UPDATE"`)
        UserUpdate = "USER_UPDATE",
        /// Entitlement was created (`"ENTITLEMENT_CREATE"`)
        EntitlementCreate = "ENTITLEMENT_CREATE",
        /// Entitlement was updated (`"ENTITLEMENT_UPDATE"`)
        EntitlementUpdate = "ENTITLEMENT_UPDATE",
        /// Entitlement was deleted (`"ENTITLEMENT_DELETE"`)
        EntitlementDelete = "ENTITLEMENT_DELETE",
        /// Contains the initial state information (`"READY"`)
        Ready = "READY",
        /// Response to Resume (`"RESUMED"`)
        Resumed = "RESUMED",
        /// User was updated (`"PRESENCE_UPDATE"`)
        PresenceUpdate = "PRESENCE_UPDATE",
        /// Someone joined, left, or moved a voice channel (`"VOICE_STATE_UPDATE"`)
        VoiceStateUpdate = "VOICE_STATE_UPDATE",
        /// Guild's voice server was updated (`"VOICE_SERVER_UPDATE"`)
        VoiceServerUpdate = "VOICE_SERVER_UPDATE",
        /// Sent when a message is created in a lobby (`"LOBBY_MESSAGE_CREATE"`)
        LobbyMessageCreate = "LOBBY_MESSAGE_CREATE",
        /// Sent when a message is updated in a lobby (`"LOBBY_MESSAGE_UPDATE"`)
        LobbyMessageUpdate = "LOBBY_MESSAGE_UPDATE",
        /// Sent when a message is deleted from a lobby (`"LOBBY_MESSAGE_DELETE"`)
        LobbyMessageDelete = "LOBBY_MESSAGE_DELETE",
        /// Sent when a direct message is created during an active Social SDK session (`"GAME_DIRECT_MESSAGE_CREATE"`)
        GameDirectMessageCreate = "GAME_DIRECT_MESSAGE_CREATE",
        /// Sent when a direct message is deleted during an active Social SDK session (`"GAME_DIRECT_MESSAGE_DELETE"`)
        GameDirectMessageDelete = "GAME_DIRECT_MESSAGE_DELETE",
        /// Sent when a direct message is updated during an active Social SDK session (`"GAME_DIRECT_MESSAGE_UPDATE"`)
        GameDirectMessageUpdate = "GAME_DIRECT_MESSAGE_UPDATE",
        /// User used an interaction, such as an Application Command (`"INTERACTION_CREATE"`)
        InteractionCreate = "INTERACTION_CREATE",
        /// Guild integration was created (`"INTEGRATION_CREATE"`)
        IntegrationCreate = "INTEGRATION_CREATE",
        /// Guild integration was updated (`"INTEGRATION_UPDATE"`)
        IntegrationUpdate = "INTEGRATION_UPDATE",
        /// Guild integration was deleted (`"INTEGRATION_DELETE"`)
        IntegrationDelete = "INTEGRATION_DELETE",
        /// Application command permission was updated (`"APPLICATION_COMMAND_PERMISSIONS_UPDATE"`)
        ApplicationCommandPermissionsUpdate = "APPLICATION_COMMAND_PERMISSIONS_UPDATE",
        /// Sent when an app was authorized by a user to a server or their account (`"APPLICATION_AUTHORIZED"`)
        ApplicationAuthorized = "APPLICATION_AUTHORIZED",
        /// Sent when an app was deauthorized by a user (`"APPLICATION_DEAUTHORIZED"`)
        ApplicationDeauthorized = "APPLICATION_DEAUTHORIZED",
        /// Stage instance was created (`"STAGE_INSTANCE_CREATE"`)
        StageInstanceCreate = "STAGE_INSTANCE_CREATE",
        /// Stage instance was updated (`"STAGE_INSTANCE_UPDATE"`)
        StageInstanceUpdate = "STAGE_INSTANCE_UPDATE",
        /// Stage instance was deleted or closed (`"STAGE_INSTANCE_DELETE"`)
        StageInstanceDelete = "STAGE_INSTANCE_DELETE",
        /// A guild audit log entry was created (`"GUILD_AUDIT_LOG_ENTRY_CREATE"`)
        GuildAuditLogEntryCreate = "GUILD_AUDIT_LOG_ENTRY_CREATE",
        /// Guild scheduled event was created (`"GUILD_SCHEDULED_EVENT_CREATE"`)
        GuildScheduledEventCreate = "GUILD_SCHEDULED_EVENT_CREATE",
        /// Guild scheduled event was updated (`"GUILD_SCHEDULED_EVENT_UPDATE"`)
        GuildScheduledEventUpdate = "GUILD_SCHEDULED_EVENT_UPDATE",
        /// Guild scheduled event was deleted (`"GUILD_SCHEDULED_EVENT_DELETE"`)
        GuildScheduledEventDelete = "GUILD_SCHEDULED_EVENT_DELETE",
        /// User subscribed to a guild scheduled event (`"GUILD_SCHEDULED_EVENT_USER_ADD"`)
        GuildScheduledEventUserAdd = "GUILD_SCHEDULED_EVENT_USER_ADD",
        /// User unsubscribed from a guild scheduled event (`"GUILD_SCHEDULED_EVENT_USER_REMOVE"`)
        GuildScheduledEventUserRemove = "GUILD_SCHEDULED_EVENT_USER_REMOVE",
        /// Auto Moderation rule was created (`"AUTO_MODERATION_RULE_CREATE"`)
        AutoModerationRuleCreate = "AUTO_MODERATION_RULE_CREATE",
        /// Auto Moderation rule was updated (`"AUTO_MODERATION_RULE_UPDATE"`)
        AutoModerationRuleUpdate = "AUTO_MODERATION_RULE_UPDATE",
        /// Auto Moderation rule was deleted (`"AUTO_MODERATION_RULE_DELETE"`)
        AutoModerationRuleDelete = "AUTO_MODERATION_RULE_DELETE",
        /// Auto Moderation rule was triggered and an action was executed (.e.g. a message was blocked) (`"AUTO_MODERATION_ACTION_EXECUTION"`)
        AutoModerationActionExecution = "AUTO_MODERATION_ACTION_EXECUTION",
        /// `"GUILD_SOUNDBOARD_SOUNDS_UPDATE"`.
        GuildSoundboardSoundsUpdate = "GUILD_SOUNDBOARD_SOUNDS_UPDATE",
        /// `"GUILD_SOUNDBOARD_SOUND_CREATE"`.
        GuildSoundboardSoundCreate = "GUILD_SOUNDBOARD_SOUND_CREATE",
        /// `"GUILD_SOUNDBOARD_SOUND_UPDATE"`.
        GuildSoundboardSoundUpdate = "GUILD_SOUNDBOARD_SOUND_UPDATE",
        /// `"GUILD_SOUNDBOARD_SOUND_DELETE"`.
        GuildSoundboardSoundDelete = "GUILD_SOUNDBOARD_SOUND_DELETE",
        /// User was added to a Quest (currently unavailable) (`"QUEST_USER_ENROLLMENT"`)
        QuestUserEnrollment = "QUEST_USER_ENROLLMENT",
        /// `"RATE_LIMITED"`.
        RateLimited = "RATE_LIMITED",
    }
}

int_enum! {
    /// The values of Discord's `ActivityActionTypes`.
    pub enum ActivityActionTypes {
        /// `1`.
        Join = 1,
        /// `2`.
        Spectate = 2,
        /// `3`.
        Listen = 3,
        /// `5`.
        JoinRequest = 5,
        /// `6`.
        StreamRequest = 6,
    }
}

str_enum! {
    /// The values of Discord's `AllowedMentionTypes`.
    pub enum AllowedMentionTypes {
        /// Controls role mentions (`"users"`)
        Users = "users",
        /// Controls user mentions (`"roles"`)
        Roles = "roles",
        /// Controls @everyone and @here mentions (`"everyone"`)
        Everyone = "everyone",
    }
}

/// Discord's `ApplicationCommandAttachmentOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandAttachmentOptionResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandBooleanOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandBooleanOptionResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandChannelOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandChannelOptionResponse {
    /// Discord's `channel_types` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_types: Option<Vec<ChannelTypes>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ApplicationCommandHandler`.
    pub enum ApplicationCommandHandler {
        /// The app handles the interaction using an interaction token (`1`)
        AppHandler = 1,
        /// Discord handles the interaction by launching an Activity and sending a follow-up message without coordinating with the app (`2`)
        DiscordLaunchActivity = 2,
    }
}

/// Discord's `ApplicationCommandIntegerOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandIntegerOptionResponse {
    /// Discord's `autocomplete` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<bool>,
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<ApplicationCommandOptionIntegerChoiceResponse>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `max_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<i64>,
    /// Discord's `min_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandInteractionMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandInteractionMetadataResponse {
    /// Discord's `authorizing_integration_owners` field.
    pub authorizing_integration_owners: BTreeMap<String, Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `original_response_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_response_message_id: Option<Snowflake>,
    /// Discord's `target_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_message_id: Option<Snowflake>,
    /// Discord's `target_user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_user: Option<UserResponse>,
    /// Discord's `type` field.
    pub r#type: InteractionTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandMentionableOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandMentionableOptionResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandNumberOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandNumberOptionResponse {
    /// Discord's `autocomplete` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<bool>,
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<ApplicationCommandOptionNumberChoiceResponse>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `max_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<f64>,
    /// Discord's `min_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<f64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandOptionIntegerChoice` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandOptionIntegerChoice {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `value` field.
    pub value: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandOptionIntegerChoiceResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandOptionIntegerChoiceResponse {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `value` field.
    pub value: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandOptionNumberChoice` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandOptionNumberChoice {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `value` field.
    pub value: f64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandOptionNumberChoiceResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandOptionNumberChoiceResponse {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `value` field.
    pub value: f64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandOptionStringChoice` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandOptionStringChoice {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandOptionStringChoiceResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandOptionStringChoiceResponse {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ApplicationCommandOptionType`.
    pub enum ApplicationCommandOptionType {
        /// A sub-action within a command or group (`1`)
        SubCommand = 1,
        /// A group of subcommands (`2`)
        SubCommandGroup = 2,
        /// A string option (`3`)
        String = 3,
        /// An integer option. Any integer between -2^53 and 2^53 is a valid value (`4`)
        Integer = 4,
        /// A boolean option (`5`)
        Boolean = 5,
        /// A snowflake option that represents a User (`6`)
        User = 6,
        /// A snowflake option that represents a Channel. Includes all channel types and categories (`7`)
        Channel = 7,
        /// A snowflake option that represents a Role (`8`)
        Role = 8,
        /// A snowflake option that represents anything you can mention (`9`)
        Mentionable = 9,
        /// A number option. Any double between -2^53 and 2^53 is a valid value (`10`)
        Number = 10,
        /// An attachment option (`11`)
        Attachment = 11,
    }
}

/// Discord's `ApplicationCommandResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandResponse {
    /// Discord's `application_id` field.
    pub application_id: Snowflake,
    /// Discord's `contexts` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contexts: Option<Vec<InteractionContextType>>,
    /// Discord's `default_member_permissions` field.
    pub default_member_permissions: Option<String>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `dm_permission` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dm_permission: Option<bool>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Determines whether the interaction is handled by the app's interactions handler or by Discord
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<ApplicationCommandHandler>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `integration_types` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_types: Option<Vec<ApplicationIntegrationType>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `nsfw` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nsfw: Option<bool>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ApplicationCommandResponseOptionsItem>>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandType,
    /// Discord's `version` field.
    pub version: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ApplicationCommandResponseOptionsItem`.
    pub enum ApplicationCommandResponseOptionsItem: "type" {
        /// `type` 11: a [`ApplicationCommandAttachmentOptionResponse`].
        ApplicationCommandAttachmentOptionResponse(ApplicationCommandAttachmentOptionResponse) = [11],
        /// `type` 5: a [`ApplicationCommandBooleanOptionResponse`].
        ApplicationCommandBooleanOptionResponse(ApplicationCommandBooleanOptionResponse) = [5],
        /// `type` 7: a [`ApplicationCommandChannelOptionResponse`].
        ApplicationCommandChannelOptionResponse(ApplicationCommandChannelOptionResponse) = [7],
        /// `type` 4: a [`ApplicationCommandIntegerOptionResponse`].
        ApplicationCommandIntegerOptionResponse(ApplicationCommandIntegerOptionResponse) = [4],
        /// `type` 9: a [`ApplicationCommandMentionableOptionResponse`].
        ApplicationCommandMentionableOptionResponse(ApplicationCommandMentionableOptionResponse) = [9],
        /// `type` 10: a [`ApplicationCommandNumberOptionResponse`].
        ApplicationCommandNumberOptionResponse(ApplicationCommandNumberOptionResponse) = [10],
        /// `type` 8: a [`ApplicationCommandRoleOptionResponse`].
        ApplicationCommandRoleOptionResponse(ApplicationCommandRoleOptionResponse) = [8],
        /// `type` 3: a [`ApplicationCommandStringOptionResponse`].
        ApplicationCommandStringOptionResponse(ApplicationCommandStringOptionResponse) = [3],
        /// `type` 2: a [`ApplicationCommandSubcommandGroupOptionResponse`].
        ApplicationCommandSubcommandGroupOptionResponse(ApplicationCommandSubcommandGroupOptionResponse) = [2],
        /// `type` 1: a [`ApplicationCommandSubcommandOptionResponse`].
        ApplicationCommandSubcommandOptionResponse(ApplicationCommandSubcommandOptionResponse) = [1],
        /// `type` 6: a [`ApplicationCommandUserOptionResponse`].
        ApplicationCommandUserOptionResponse(ApplicationCommandUserOptionResponse) = [6],
    }
}

/// Discord's `ApplicationCommandRoleOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandRoleOptionResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandStringOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandStringOptionResponse {
    /// Discord's `autocomplete` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<bool>,
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<ApplicationCommandOptionStringChoiceResponse>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `max_length` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<i64>,
    /// Discord's `min_length` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandSubcommandGroupOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandSubcommandGroupOptionResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ApplicationCommandSubcommandOptionResponse>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandSubcommandOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandSubcommandOptionResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ApplicationCommandSubcommandOptionResponseOptionsItem>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ApplicationCommandSubcommandOptionResponseOptionsItem`.
    pub enum ApplicationCommandSubcommandOptionResponseOptionsItem: "type" {
        /// `type` 11: a [`ApplicationCommandAttachmentOptionResponse`].
        ApplicationCommandAttachmentOptionResponse(ApplicationCommandAttachmentOptionResponse) = [11],
        /// `type` 5: a [`ApplicationCommandBooleanOptionResponse`].
        ApplicationCommandBooleanOptionResponse(ApplicationCommandBooleanOptionResponse) = [5],
        /// `type` 7: a [`ApplicationCommandChannelOptionResponse`].
        ApplicationCommandChannelOptionResponse(ApplicationCommandChannelOptionResponse) = [7],
        /// `type` 4: a [`ApplicationCommandIntegerOptionResponse`].
        ApplicationCommandIntegerOptionResponse(ApplicationCommandIntegerOptionResponse) = [4],
        /// `type` 9: a [`ApplicationCommandMentionableOptionResponse`].
        ApplicationCommandMentionableOptionResponse(ApplicationCommandMentionableOptionResponse) = [9],
        /// `type` 10: a [`ApplicationCommandNumberOptionResponse`].
        ApplicationCommandNumberOptionResponse(ApplicationCommandNumberOptionResponse) = [10],
        /// `type` 8: a [`ApplicationCommandRoleOptionResponse`].
        ApplicationCommandRoleOptionResponse(ApplicationCommandRoleOptionResponse) = [8],
        /// `type` 3: a [`ApplicationCommandStringOptionResponse`].
        ApplicationCommandStringOptionResponse(ApplicationCommandStringOptionResponse) = [3],
        /// `type` 6: a [`ApplicationCommandUserOptionResponse`].
        ApplicationCommandUserOptionResponse(ApplicationCommandUserOptionResponse) = [6],
    }
}

int_enum! {
    /// The values of Discord's `ApplicationCommandType`.
    pub enum ApplicationCommandType {
        /// Slash commands; a text-based command that shows up when a user types / (`1`)
        Chat = 1,
        /// A UI-based command that shows up when you right click or tap on a user (`2`)
        User = 2,
        /// A UI-based command that shows up when you right click or tap on a message (`3`)
        Message = 3,
        /// A command that represents the primary way to use an application (e.g. launching an Activity) (`4`)
        PrimaryEntryPoint = 4,
    }
}

/// Discord's `ApplicationCommandUserOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandUserOptionResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `description_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localized: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ApplicationEventWebhooksStatus`.
    pub enum ApplicationEventWebhooksStatus {
        /// Webhook events are disabled by developer (`1`)
        Disabled = 1,
        /// Webhook events are enabled by developer (`2`)
        Enabled = 2,
        /// Webhook events are disabled by Discord, usually due to inactivity (`3`)
        DisabledByDiscord = 3,
    }
}

int_enum! {
    /// The values of Discord's `ApplicationExplicitContentFilterTypes`.
    pub enum ApplicationExplicitContentFilterTypes {
        /// inherit guild content filter setting (`0`)
        Inherit = 0,
        /// interactions will always be scanned (`1`)
        Always = 1,
    }
}

/// Discord's `ApplicationIncomingWebhookResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationIncomingWebhookResponse {
    /// Discord's `application_id` field.
    pub application_id: Option<Snowflake>,
    /// Discord's `avatar` field.
    pub avatar: Option<String>,
    /// Discord's `channel_id` field.
    pub channel_id: Option<Snowflake>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `type` field.
    pub r#type: WebhookTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ApplicationIntegrationType`.
    pub enum ApplicationIntegrationType {
        /// For Guild install. (`0`)
        GuildInstall = 0,
        /// For User install. (`1`)
        UserInstall = 1,
    }
}

/// Discord's `ApplicationIntegrationTypeConfigurationResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationIntegrationTypeConfigurationResponse {
    /// Discord's `oauth2_install_params` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth2_install_params: Option<ApplicationOAuth2InstallParamsResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationOAuth2InstallParamsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationOAuth2InstallParamsResponse {
    /// Discord's `permissions` field.
    pub permissions: String,
    /// Discord's `scopes` field.
    pub scopes: Vec<OAuth2Scopes>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationResponse {
    /// Discord's `bot` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<UserResponse>,
    /// Discord's `bot_public` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_public: Option<bool>,
    /// Discord's `bot_require_code_grant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_require_code_grant: Option<bool>,
    /// Discord's `cover_image` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_image: Option<String>,
    /// Discord's `custom_install_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_install_url: Option<String>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `flags` field.
    pub flags: i64,
    /// Discord's `flags_new` field.
    pub flags_new: String,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `install_params` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install_params: Option<ApplicationOAuth2InstallParamsResponse>,
    /// Discord's `integration_types_config` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_types_config:
        Option<BTreeMap<String, ApplicationIntegrationTypeConfigurationResponse>>,
    /// Discord's `max_participants` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_participants: Option<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `primary_sku_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_sku_id: Option<Snowflake>,
    /// Discord's `privacy_policy_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy_url: Option<String>,
    /// Discord's `rpc_origins` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc_origins: Option<Vec<String>>,
    /// Discord's `slug` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Discord's `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Discord's `terms_of_service_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_of_service_url: Option<String>,
    /// Discord's `type` field.
    pub r#type: Option<ApplicationTypes>,
    /// Discord's `verify_key` field.
    pub verify_key: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ApplicationTypes`.
    pub enum ApplicationTypes {
        /// `4`.
        GuildRoleSubscriptions = 4,
    }
}

str_enum! {
    /// The values of Discord's `AvailableLocalesEnum`.
    pub enum AvailableLocalesEnum {
        /// The ar locale (`"ar"`)
        Ar = "ar",
        /// The bg locale (`"bg"`)
        Bg = "bg",
        /// The cs locale (`"cs"`)
        Cs = "cs",
        /// The da locale (`"da"`)
        Da = "da",
        /// The de locale (`"de"`)
        De = "de",
        /// The el locale (`"el"`)
        El = "el",
        /// The en-GB locale (`"en-GB"`)
        EnGb = "en-GB",
        /// The en-US locale (`"en-US"`)
        EnUs = "en-US",
        /// The es-419 locale (`"es-419"`)
        Es419 = "es-419",
        /// The es-ES locale (`"es-ES"`)
        EsEs = "es-ES",
        /// The fi locale (`"fi"`)
        Fi = "fi",
        /// The fr locale (`"fr"`)
        Fr = "fr",
        /// The he locale (`"he"`)
        He = "he",
        /// The hi locale (`"hi"`)
        Hi = "hi",
        /// The hr locale (`"hr"`)
        Hr = "hr",
        /// The hu locale (`"hu"`)
        Hu = "hu",
        /// The id locale (`"id"`)
        Id = "id",
        /// The it locale (`"it"`)
        It = "it",
        /// The ja locale (`"ja"`)
        Ja = "ja",
        /// The ko locale (`"ko"`)
        Ko = "ko",
        /// The lt locale (`"lt"`)
        Lt = "lt",
        /// The nl locale (`"nl"`)
        Nl = "nl",
        /// The no locale (`"no"`)
        No = "no",
        /// The pl locale (`"pl"`)
        Pl = "pl",
        /// The pt-BR locale (`"pt-BR"`)
        PtBr = "pt-BR",
        /// The ro locale (`"ro"`)
        Ro = "ro",
        /// The ru locale (`"ru"`)
        Ru = "ru",
        /// The sv-SE locale (`"sv-SE"`)
        SvSe = "sv-SE",
        /// The th locale (`"th"`)
        Th = "th",
        /// The tr locale (`"tr"`)
        Tr = "tr",
        /// The uk locale (`"uk"`)
        Uk = "uk",
        /// The vi locale (`"vi"`)
        Vi = "vi",
        /// The zh-CN locale (`"zh-CN"`)
        ZhCn = "zh-CN",
        /// The zh-TW locale (`"zh-TW"`)
        ZhTw = "zh-TW",
    }
}

/// Discord's `BasicApplicationResponseWithBot` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BasicApplicationResponseWithBot {
    /// Discord's `bot` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<UserResponse>,
    /// Discord's `cover_image` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_image: Option<String>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `primary_sku_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_sku_id: Option<Snowflake>,
    /// Discord's `type` field.
    pub r#type: Option<ApplicationTypes>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BasicGuildMemberResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BasicGuildMemberResponse {
    /// the member's guild avatar hash
    pub avatar: Option<String>,
    /// data for the member's guild avatar decoration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_decoration_data: Option<UserAvatarDecorationResponse>,
    /// the member's guild banner hash
    pub banner: Option<String>,
    /// data for the member's collectibles
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectibles: Option<UserCollectiblesResponse>,
    /// when the user's timeout will expire and the user will be able to communicate in the guild again, null or a time in the past if the user is not timed out
    pub communication_disabled_until: Option<String>,
    /// guild member flags represented as a bit set, defaults to 0
    pub flags: GuildMemberFlags,
    /// when the user joined the guild
    pub joined_at: String,
    /// this user's guild nickname
    pub nick: Option<String>,
    /// whether the user has not yet passed the guild's Membership Screening requirements
    pub pending: bool,
    /// when the user started boosting the guild
    pub premium_since: Option<String>,
    /// array of role object ids
    pub roles: Vec<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BasicMessageResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BasicMessageResponse {
    /// Discord's `activity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<MessageActivityResponse>,
    /// Discord's `application` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<BasicApplicationResponseWithBot>,
    /// Discord's `application_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<Snowflake>,
    /// Discord's `attachments` field.
    pub attachments: Vec<MessageAttachmentResponse>,
    /// Discord's `author` field.
    pub author: UserResponse,
    /// Discord's `call` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<MessageCallResponse>,
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `components` field.
    pub components: Vec<BasicMessageResponseComponentsItem>,
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `edited_timestamp` field.
    pub edited_timestamp: Option<String>,
    /// Discord's `embeds` field.
    pub embeds: Vec<MessageEmbedResponse>,
    /// Discord's `flags` field.
    pub flags: MessageFlags,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `interaction` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction: Option<MessageInteractionResponse>,
    /// Discord's `interaction_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction_metadata: Option<BasicMessageResponseInteractionMetadata>,
    /// Discord's `lobby_member` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lobby_member: Option<MessageLobbyMemberResponse>,
    /// Discord's `mention_channels` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention_channels: Option<Vec<MessageMentionChannelResponse>>,
    /// Discord's `mention_everyone` field.
    pub mention_everyone: bool,
    /// Discord's `mention_roles` field.
    pub mention_roles: Vec<Snowflake>,
    /// Discord's `mentions` field.
    pub mentions: Vec<UserResponse>,
    /// Discord's `message_reference` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_reference: Option<MessageReferenceResponse>,
    /// Discord's `message_snapshots` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_snapshots: Option<Vec<MessageSnapshotResponse>>,
    /// Discord's `nonce` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<BasicMessageResponseNonce>,
    /// Discord's `pinned` field.
    pub pinned: bool,
    /// Discord's `poll` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<PollResponse>,
    /// Discord's `position` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// Discord's `purchase_notification` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_notification: Option<PurchaseNotificationResponse>,
    /// Discord's `resolved` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<ResolvedObjectsResponse>,
    /// Discord's `role_subscription_data` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_subscription_data: Option<MessageRoleSubscriptionDataResponse>,
    /// Discord's `shared_client_theme` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_client_theme: Option<CustomClientThemeResponse>,
    /// Discord's `sticker_items` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sticker_items: Option<Vec<MessageStickerItemResponse>>,
    /// Discord's `stickers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stickers: Option<Vec<BasicMessageResponseStickersItem>>,
    /// Discord's `thread` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<ThreadResponse>,
    /// Discord's `timestamp` field.
    pub timestamp: String,
    /// Discord's `tts` field.
    pub tts: bool,
    /// Discord's `type` field.
    pub r#type: MessageType,
    /// Discord's `webhook_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `BasicMessageResponseComponentsItem`.
    pub enum BasicMessageResponseComponentsItem: "type" {
        /// `type` 1: a [`ActionRowComponentResponse`].
        ActionRowComponentResponse(ActionRowComponentResponse) = [1],
        /// `type` 17: a [`ContainerComponentResponse`].
        ContainerComponentResponse(ContainerComponentResponse) = [17],
        /// `type` 13: a [`FileComponentResponse`].
        FileComponentResponse(FileComponentResponse) = [13],
        /// `type` 12: a [`MediaGalleryComponentResponse`].
        MediaGalleryComponentResponse(MediaGalleryComponentResponse) = [12],
        /// `type` 9: a [`SectionComponentResponse`].
        SectionComponentResponse(SectionComponentResponse) = [9],
        /// `type` 14: a [`SeparatorComponentResponse`].
        SeparatorComponentResponse(SeparatorComponentResponse) = [14],
        /// `type` 10: a [`TextDisplayComponentResponse`].
        TextDisplayComponentResponse(TextDisplayComponentResponse) = [10],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `BasicMessageResponseInteractionMetadata`.
    pub enum BasicMessageResponseInteractionMetadata: "type" {
        /// `type` 2: a [`ApplicationCommandInteractionMetadataResponse`].
        ApplicationCommandInteractionMetadataResponse(ApplicationCommandInteractionMetadataResponse) = [2],
        /// `type` 3: a [`MessageComponentInteractionMetadataResponse`].
        MessageComponentInteractionMetadataResponse(MessageComponentInteractionMetadataResponse) = [3],
        /// `type` 5: a [`ModalSubmitInteractionMetadataResponse`].
        ModalSubmitInteractionMetadataResponse(ModalSubmitInteractionMetadataResponse) = [5],
    }
}

/// One of the shapes of Discord's `BasicMessageResponseNonce`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum BasicMessageResponseNonce {
    /// A `i64`.
    Integer(i64),
    /// A `String`.
    String(String),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

tagged_union! {
    /// One of the shapes of Discord's `BasicMessageResponseStickersItem`.
    pub enum BasicMessageResponseStickersItem: "type" {
        /// `type` 2: a [`GuildStickerResponse`].
        GuildStickerResponse(GuildStickerResponse) = [2],
        /// `type` 1: a [`StandardStickerResponse`].
        StandardStickerResponse(StandardStickerResponse) = [1],
    }
}

/// Discord's `ButtonComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ButtonComponentForMessageRequest {
    /// Discord's `custom_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub custom_id: Nullable<String>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `emoji` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji: Nullable<ComponentEmojiForRequest>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `label` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label: Nullable<String>,
    /// Discord's `sku_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sku_id: Nullable<Snowflake>,
    /// Discord's `style` field.
    pub style: ButtonStyleTypes,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ButtonComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ButtonComponentResponse {
    /// Discord's `custom_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_id: Option<String>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Discord's `emoji` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<ComponentEmojiResponse>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `label` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Discord's `sku_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku_id: Option<Snowflake>,
    /// Discord's `style` field.
    pub style: ButtonStyleTypes,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ButtonStyleTypes`.
    pub enum ButtonStyleTypes {
        /// `1`.
        Primary = 1,
        /// `2`.
        Secondary = 2,
        /// `3`.
        Success = 3,
        /// `4`.
        Danger = 4,
        /// `5`.
        Link = 5,
        /// `6`.
        Premium = 6,
    }
}

/// Discord's `ByNWeekdayResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ByNWeekdayResponse {
    /// The day within the week to reoccur on
    pub day: RecurrenceRuleWeekdays,
    /// The week to reoccur on (1-5, where 5 represents the last week)
    pub n: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

flags! {
    /// A channel's flags (Discord's documentation, "Channel Flags").
    pub struct ChannelFlags {
        /// This thread is pinned to the top of its parent forum or media channel. (`1 << 1`)
        const PINNED = 1 << 1;
        /// A tag is required when creating a thread in this forum or media channel. (`1 << 4`)
        const REQUIRE_TAG = 1 << 4;
        /// Hides the embedded media download options (media channels). (`1 << 15`)
        const HIDE_MEDIA_DOWNLOAD_OPTIONS = 1 << 15;
    }
}

/// Discord's `ChannelFollowerWebhookResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelFollowerWebhookResponse {
    /// Discord's `application_id` field.
    pub application_id: Option<Snowflake>,
    /// Discord's `avatar` field.
    pub avatar: Option<String>,
    /// Discord's `channel_id` field.
    pub channel_id: Option<Snowflake>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `source_channel` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_channel: Option<WebhookSourceChannelResponse>,
    /// Discord's `source_guild` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_guild: Option<WebhookSourceGuildResponse>,
    /// Discord's `type` field.
    pub r#type: WebhookTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ChannelPermissionOverwriteRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelPermissionOverwriteRequest {
    /// Discord's `allow` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allow: Nullable<i64>,
    /// Discord's `deny` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub deny: Nullable<i64>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<ChannelPermissionOverwrites>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ChannelPermissionOverwriteResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelPermissionOverwriteResponse {
    /// Discord's `allow` field.
    pub allow: String,
    /// Discord's `deny` field.
    pub deny: String,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    pub r#type: ChannelPermissionOverwrites,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ChannelPermissionOverwrites`.
    pub enum ChannelPermissionOverwrites {
        /// `0`.
        Role = 0,
        /// `1`.
        Member = 1,
    }
}

/// Discord's `ChannelSelectComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelSelectComponentForMessageRequest {
    /// Discord's `channel_types` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_types: Nullable<Vec<ChannelTypes>>,
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<ChannelSelectDefaultValue>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ChannelSelectComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelSelectComponentResponse {
    /// Discord's `channel_types` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_types: Option<Vec<ChannelTypes>>,
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_values: Option<Vec<ChannelSelectDefaultValueResponse>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `max_values` field.
    pub max_values: i64,
    /// Discord's `min_values` field.
    pub min_values: i64,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ChannelSelectDefaultValue` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelSelectDefaultValue {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    pub r#type: SnowflakeSelectDefaultValueTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ChannelSelectDefaultValueResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelSelectDefaultValueResponse {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    pub r#type: SnowflakeSelectDefaultValueTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ChannelTypes`.
    pub enum ChannelTypes {
        /// A direct message between users (`1`)
        Dm = 1,
        /// A direct message between multiple users (`3`)
        GroupDm = 3,
        /// A text channel within a server (`0`)
        GuildText = 0,
        /// A voice channel within a server (`2`)
        GuildVoice = 2,
        /// An organizational category that contains up to 50 channels (`4`)
        GuildCategory = 4,
        /// A channel that users can follow and crosspost into their own server (formerly news channels) (`5`)
        GuildAnnouncement = 5,
        /// A temporary sub-channel within a GUILD_ANNOUNCEMENT channel (`10`)
        AnnouncementThread = 10,
        /// A temporary sub-channel within a GUILD_TEXT or GUILD_THREADS_ONLY channel type set (`11`)
        PublicThread = 11,
        /// A temporary sub-channel within a GUILD_TEXT channel that is only viewable by those invited and those with the MANAGE_THREADS permission (`12`)
        PrivateThread = 12,
        /// A voice channel for hosting events with an audience (`13`)
        GuildStageVoice = 13,
        /// The channel in a hub containing the listed servers (`14`)
        GuildDirectory = 14,
        /// Channel that can only contain threads (`15`)
        GuildForum = 15,
    }
}

/// Discord's `ComponentEmojiForRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComponentEmojiForRequest {
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ComponentEmojiResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComponentEmojiResponse {
    /// Discord's `animated` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub animated: Option<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Snowflake>,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ContainerComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContainerComponentForMessageRequest {
    /// Discord's `accent_color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub accent_color: Nullable<i64>,
    /// Discord's `components` field.
    pub components: Vec<ContainerComponentForMessageRequestComponentsItem>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `spoiler` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub spoiler: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ContainerComponentForMessageRequestComponentsItem`.
    pub enum ContainerComponentForMessageRequestComponentsItem: "type" {
        /// `type` 1: a [`ActionRowComponentForMessageRequest`].
        ActionRowComponentForMessageRequest(ActionRowComponentForMessageRequest) = [1],
        /// `type` 13: a [`FileComponentForMessageRequest`].
        FileComponentForMessageRequest(FileComponentForMessageRequest) = [13],
        /// `type` 12: a [`MediaGalleryComponentForMessageRequest`].
        MediaGalleryComponentForMessageRequest(MediaGalleryComponentForMessageRequest) = [12],
        /// `type` 9: a [`SectionComponentForMessageRequest`].
        SectionComponentForMessageRequest(SectionComponentForMessageRequest) = [9],
        /// `type` 14: a [`SeparatorComponentForMessageRequest`].
        SeparatorComponentForMessageRequest(SeparatorComponentForMessageRequest) = [14],
        /// `type` 10: a [`TextDisplayComponentForMessageRequest`].
        TextDisplayComponentForMessageRequest(TextDisplayComponentForMessageRequest) = [10],
    }
}

/// Discord's `ContainerComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContainerComponentResponse {
    /// Discord's `accent_color` field.
    pub accent_color: Option<i64>,
    /// Discord's `components` field.
    pub components: Vec<ContainerComponentResponseComponentsItem>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `spoiler` field.
    pub spoiler: bool,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ContainerComponentResponseComponentsItem`.
    pub enum ContainerComponentResponseComponentsItem: "type" {
        /// `type` 1: a [`ActionRowComponentResponse`].
        ActionRowComponentResponse(ActionRowComponentResponse) = [1],
        /// `type` 13: a [`FileComponentResponse`].
        FileComponentResponse(FileComponentResponse) = [13],
        /// `type` 12: a [`MediaGalleryComponentResponse`].
        MediaGalleryComponentResponse(MediaGalleryComponentResponse) = [12],
        /// `type` 9: a [`SectionComponentResponse`].
        SectionComponentResponse(SectionComponentResponse) = [9],
        /// `type` 14: a [`SeparatorComponentResponse`].
        SeparatorComponentResponse(SeparatorComponentResponse) = [14],
        /// `type` 10: a [`TextDisplayComponentResponse`].
        TextDisplayComponentResponse(TextDisplayComponentResponse) = [10],
    }
}

/// Discord's `CustomClientThemeResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomClientThemeResponse {
    /// Discord's `base_mix` field.
    pub base_mix: i64,
    /// Discord's `base_theme` field.
    pub base_theme: MessageShareCustomUserThemeBaseTheme,
    /// Discord's `colors` field.
    pub colors: Vec<String>,
    /// Discord's `gradient_angle` field.
    pub gradient_angle: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CustomClientThemeShareRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomClientThemeShareRequest {
    /// Discord's `base_mix` field.
    pub base_mix: i64,
    /// Discord's `base_theme` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub base_theme: Nullable<MessageShareCustomUserThemeBaseTheme>,
    /// Discord's `colors` field.
    pub colors: Vec<String>,
    /// Discord's `gradient_angle` field.
    pub gradient_angle: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `DefaultReactionEmojiResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DefaultReactionEmojiResponse {
    /// Discord's `emoji_id` field.
    pub emoji_id: Option<Snowflake>,
    /// Discord's `emoji_name` field.
    pub emoji_name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EmojiResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmojiResponse {
    /// Discord's `animated` field.
    pub animated: bool,
    /// Discord's `available` field.
    pub available: bool,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `managed` field.
    pub managed: bool,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `require_colons` field.
    pub require_colons: bool,
    /// Discord's `roles` field.
    pub roles: Vec<Snowflake>,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EntitlementResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntitlementResponse {
    /// Discord's `application_id` field.
    pub application_id: Snowflake,
    /// Discord's `consumed` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed: Option<bool>,
    /// Discord's `deleted` field.
    pub deleted: bool,
    /// Discord's `ends_at` field.
    pub ends_at: Option<String>,
    /// Discord's `fulfilled_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_at: Option<String>,
    /// Discord's `fulfillment_status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfillment_status: Option<EntitlementTenantFulfillmentStatusResponse>,
    /// Discord's `gifter_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gifter_user_id: Option<Snowflake>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `parent_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<Snowflake>,
    /// Discord's `sku_id` field.
    pub sku_id: Snowflake,
    /// Discord's `starts_at` field.
    pub starts_at: Option<String>,
    /// Discord's `type` field.
    pub r#type: EntitlementTypes,
    /// Discord's `user_id` field.
    pub user_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `EntitlementTenantFulfillmentStatusResponse`.
    pub enum EntitlementTenantFulfillmentStatusResponse {
        /// `0`.
        UnknownValue = 0,
        /// `1`.
        FulfillmentNotNeeded = 1,
        /// `2`.
        FulfillmentNeeded = 2,
        /// `3`.
        Fulfilled = 3,
        /// `4`.
        FulfillmentFailed = 4,
        /// `5`.
        UnfulfillmentNeeded = 5,
        /// `6`.
        Unfulfilled = 6,
        /// `7`.
        UnfulfillmentFailed = 7,
    }
}

int_enum! {
    /// The values of Discord's `EntitlementTypes`.
    pub enum EntitlementTypes {
        /// `8`.
        ApplicationSubscription = 8,
        /// `10`.
        QuestReward = 10,
    }
}

/// Discord's `FileComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileComponentForMessageRequest {
    /// Discord's `file` field.
    pub file: UnfurledMediaRequestWithAttachmentReferenceRequired,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `spoiler` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub spoiler: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `FileComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileComponentResponse {
    /// Discord's `file` field.
    pub file: UnfurledMediaResponse,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `size` field.
    pub size: Option<i64>,
    /// Discord's `spoiler` field.
    pub spoiler: bool,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ForumLayout`.
    pub enum ForumLayout {
        /// No default has been set for forum channel (`0`)
        Default = 0,
        /// Display posts as a list (`1`)
        List = 1,
        /// Display posts as a collection of tiles (`2`)
        Grid = 2,
    }
}

/// Discord's `ForumTagResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForumTagResponse {
    /// Discord's `emoji_id` field.
    pub emoji_id: Option<Snowflake>,
    /// Discord's `emoji_name` field.
    pub emoji_name: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `moderated` field.
    pub moderated: bool,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `FriendInviteResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FriendInviteResponse {
    /// Discord's `channel` field.
    pub channel: Option<InviteChannelResponse>,
    /// Discord's `code` field.
    pub code: String,
    /// Discord's `created_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Discord's `expires_at` field.
    pub expires_at: Option<String>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<i64>,
    /// Discord's `friends_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friends_count: Option<i64>,
    /// Discord's `inviter` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter: Option<UserResponse>,
    /// Discord's `is_contact` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_contact: Option<bool>,
    /// Discord's `max_age` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<i64>,
    /// Discord's `max_uses` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_uses: Option<i64>,
    /// Discord's `type` field.
    pub r#type: InviteTypes,
    /// Discord's `uses` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uses: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GroupDMInviteResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupDMInviteResponse {
    /// Discord's `approximate_member_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_member_count: Option<i64>,
    /// Discord's `channel` field.
    pub channel: InviteChannelResponse,
    /// Discord's `code` field.
    pub code: String,
    /// Discord's `created_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Discord's `expires_at` field.
    pub expires_at: Option<String>,
    /// Discord's `inviter` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter: Option<UserResponse>,
    /// Discord's `max_age` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<i64>,
    /// Discord's `type` field.
    pub r#type: InviteTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildChannelResponse {
    /// Discord's `available_tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_tags: Option<Vec<ForumTagResponse>>,
    /// Discord's `bitrate` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i64>,
    /// Discord's `default_auto_archive_duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_auto_archive_duration: Option<ThreadAutoArchiveDuration>,
    /// Discord's `default_forum_layout` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_forum_layout: Option<ForumLayout>,
    /// Discord's `default_reaction_emoji` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_reaction_emoji: Option<DefaultReactionEmojiResponse>,
    /// Discord's `default_sort_order` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_sort_order: Option<ThreadSortOrder>,
    /// Discord's `default_tag_setting` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_tag_setting: Option<ThreadSearchTagSetting>,
    /// Discord's `default_thread_rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_thread_rate_limit_per_user: Option<i64>,
    /// Discord's `flags` field.
    pub flags: ChannelFlags,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `last_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message_id: Option<Snowflake>,
    /// Discord's `last_pin_timestamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_pin_timestamp: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `nsfw` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nsfw: Option<bool>,
    /// Discord's `parent_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<Snowflake>,
    /// Discord's `permission_overwrites` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_overwrites: Option<Vec<ChannelPermissionOverwriteResponse>>,
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// Discord's `position` field.
    pub position: i64,
    /// Discord's `rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit_per_user: Option<i64>,
    /// Discord's `rtc_region` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtc_region: Option<String>,
    /// Discord's `topic` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Discord's `type` field.
    pub r#type: ChannelTypes,
    /// Discord's `user_limit` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_limit: Option<i64>,
    /// Discord's `video_quality_mode` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_quality_mode: Option<VideoQualityModes>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `GuildFeatures`.
    pub enum GuildFeatures {
        /// guild has access to set an animated guild banner image (`"ANIMATED_BANNER"`)
        AnimatedBanner = "ANIMATED_BANNER",
        /// guild has access to set an animated guild icon (`"ANIMATED_ICON"`)
        AnimatedIcon = "ANIMATED_ICON",
        /// guild is using the old permissions configuration behavior (`"APPLICATION_COMMAND_PERMISSIONS_V2"`)
        ApplicationCommandPermissionsV2 = "APPLICATION_COMMAND_PERMISSIONS_V2",
        /// guild has set up auto moderation rules (`"AUTO_MODERATION"`)
        AutoModeration = "AUTO_MODERATION",
        /// guild has access to set a guild banner image (`"BANNER"`)
        Banner = "BANNER",
        /// guild can enable welcome screen, Membership Screening, stage channels and discovery, and             receives community updates (`"COMMUNITY"`)
        Community = "COMMUNITY",
        /// guild has enabled monetization (`"CREATOR_MONETIZABLE_PROVISIONAL"`)
        CreatorMonetizableProvisional = "CREATOR_MONETIZABLE_PROVISIONAL",
        /// guild has enabled the role subscription promo page (`"CREATOR_STORE_PAGE"`)
        CreatorStorePage = "CREATOR_STORE_PAGE",
        /// guild has been set as a support server on the App Directory (`"DEVELOPER_SUPPORT_SERVER"`)
        DeveloperSupportServer = "DEVELOPER_SUPPORT_SERVER",
        /// guild is able to be discovered in the directory (`"DISCOVERABLE"`)
        Discoverable = "DISCOVERABLE",
        /// guild is able to be featured in the directory (`"FEATURABLE"`)
        Featurable = "FEATURABLE",
        /// guild has paused invites, preventing new users from joining (`"INVITES_DISABLED"`)
        InvitesDisabled = "INVITES_DISABLED",
        /// guild has access to set an invite splash background (`"INVITE_SPLASH"`)
        InviteSplash = "INVITE_SPLASH",
        /// guild has enabled Membership Screening (`"MEMBER_VERIFICATION_GATE_ENABLED"`)
        MemberVerificationGateEnabled = "MEMBER_VERIFICATION_GATE_ENABLED",
        /// guild has increased custom sticker slots (`"MORE_STICKERS"`)
        MoreStickers = "MORE_STICKERS",
        /// guild has access to create announcement channels (`"NEWS"`)
        News = "NEWS",
        /// guild is partnered (`"PARTNERED"`)
        Partnered = "PARTNERED",
        /// guild can be previewed before joining via Membership Screening or the directory (`"PREVIEW_ENABLED"`)
        PreviewEnabled = "PREVIEW_ENABLED",
        /// guild has disabled activity alerts in the configured safety alerts channel (`"RAID_ALERTS_DISABLED"`)
        RaidAlertsDisabled = "RAID_ALERTS_DISABLED",
        /// guild has restricted member prune to administrators and the guild owner (`"PRUNE_REQUIRES_ADMIN"`)
        PruneRequiresAdmin = "PRUNE_REQUIRES_ADMIN",
        /// guild is able to set role icons (`"ROLE_ICONS"`)
        RoleIcons = "ROLE_ICONS",
        /// guild has role subscriptions that can be purchased (`"ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE"`)
        RoleSubscriptionsAvailableForPurchase = "ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE",
        /// guild has enabled role subscriptions (`"ROLE_SUBSCRIPTIONS_ENABLED"`)
        RoleSubscriptionsEnabled = "ROLE_SUBSCRIPTIONS_ENABLED",
        /// guild has enabled ticketed events (`"TICKETED_EVENTS_ENABLED"`)
        TicketedEventsEnabled = "TICKETED_EVENTS_ENABLED",
        /// guild has access to set a vanity URL (`"VANITY_URL"`)
        VanityUrl = "VANITY_URL",
        /// guild is verified (`"VERIFIED"`)
        Verified = "VERIFIED",
        /// guild has access to set 384kbps bitrate in voice (previously VIP voice servers) (`"VIP_REGIONS"`)
        VipRegions = "VIP_REGIONS",
        /// guild has enabled the welcome screen (`"WELCOME_SCREEN_ENABLED"`)
        WelcomeScreenEnabled = "WELCOME_SCREEN_ENABLED",
        /// guild is an official guild for one or more games (`"OFFICIAL_GAME_GUILD"`)
        OfficialGameGuild = "OFFICIAL_GAME_GUILD",
    }
}

/// Discord's `GuildIncomingWebhookResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildIncomingWebhookResponse {
    /// Discord's `application_id` field.
    pub application_id: Option<Snowflake>,
    /// Discord's `avatar` field.
    pub avatar: Option<String>,
    /// Discord's `channel_id` field.
    pub channel_id: Option<Snowflake>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `token` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Discord's `type` field.
    pub r#type: WebhookTypes,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildInviteResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildInviteResponse {
    /// Discord's `approximate_member_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_member_count: Option<i64>,
    /// Discord's `approximate_presence_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_presence_count: Option<i64>,
    /// Discord's `channel` field.
    pub channel: InviteChannelResponse,
    /// Discord's `code` field.
    pub code: String,
    /// Discord's `created_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Discord's `expires_at` field.
    pub expires_at: Option<String>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<i64>,
    /// Discord's `guild` field.
    pub guild: InviteGuildResponse,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `guild_scheduled_event` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_scheduled_event: Option<ScheduledEventResponse>,
    /// Discord's `inviter` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter: Option<UserResponse>,
    /// Discord's `is_contact` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_contact: Option<bool>,
    /// Discord's `is_nickname_changeable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_nickname_changeable: Option<bool>,
    /// Discord's `liveliness` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveliness: Option<GuildLivelinessResponse>,
    /// Discord's `max_age` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<i64>,
    /// Discord's `max_uses` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_uses: Option<i64>,
    /// Discord's `roles` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<InviteGuildRoleResponse>>,
    /// Discord's `target_application` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_application: Option<InviteApplicationResponse>,
    /// Discord's `target_channel_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_channel_id: Option<Snowflake>,
    /// Discord's `target_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_message_id: Option<Snowflake>,
    /// Discord's `target_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<InviteTargetTypes>,
    /// Discord's `target_user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_user: Option<UserResponse>,
    /// Discord's `temporary` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary: Option<bool>,
    /// Discord's `type` field.
    pub r#type: InviteTypes,
    /// Discord's `uses` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uses: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildLivelinessResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildLivelinessResponse {
    /// Discord's `last_updated_ts` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_ts: Option<String>,
    /// Discord's `msg_activity_bins` field.
    pub msg_activity_bins: Vec<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

flags! {
    /// A guild member's flags (Discord's documentation, "Guild Member Flags").
    pub struct GuildMemberFlags {
        /// Left and rejoined the guild. (`1 << 0`)
        const DID_REJOIN = 1 << 0;
        /// Completed onboarding. (`1 << 1`)
        const COMPLETED_ONBOARDING = 1 << 1;
        /// Exempt from guild verification requirements. (`1 << 2`)
        const BYPASSES_VERIFICATION = 1 << 2;
        /// Started onboarding. (`1 << 3`)
        const STARTED_ONBOARDING = 1 << 3;
        /// A guest, who can only reach the voice channel they were invited to. (`1 << 4`)
        const IS_GUEST = 1 << 4;
        /// Started the Server Guide new member actions. (`1 << 5`)
        const STARTED_HOME_ACTIONS = 1 << 5;
        /// Completed the Server Guide new member actions. (`1 << 6`)
        const COMPLETED_HOME_ACTIONS = 1 << 6;
        /// Quarantined by AutoMod for their username, display name or nickname. (`1 << 7`)
        const AUTOMOD_QUARANTINED_USERNAME = 1 << 7;
        /// Acknowledged and dismissed the DM settings upsell. (`1 << 9`)
        const DM_SETTINGS_UPSELL_ACKNOWLEDGED = 1 << 9;
    }
}

/// Discord's `GuildMemberResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildMemberResponse {
    /// the member's guild avatar hash
    pub avatar: Option<String>,
    /// data for the member's guild avatar decoration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_decoration_data: Option<UserAvatarDecorationResponse>,
    /// the member's guild banner hash
    pub banner: Option<String>,
    /// data for the member's collectibles
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectibles: Option<UserCollectiblesResponse>,
    /// when the user's timeout will expire and the user will be able to communicate in the guild again, null or a time in the past if the user is not timed out
    pub communication_disabled_until: Option<String>,
    /// whether the user is deafened in voice channels
    pub deaf: bool,
    /// guild member flags represented as a bit set, defaults to 0
    pub flags: GuildMemberFlags,
    /// when the user joined the guild
    pub joined_at: String,
    /// whether the user is muted in voice channels
    pub mute: bool,
    /// this user's guild nickname
    pub nick: Option<String>,
    /// whether the user has not yet passed the guild's Membership Screening requirements
    pub pending: bool,
    /// when the user started boosting the guild
    pub premium_since: Option<String>,
    /// array of role object ids
    pub roles: Vec<Snowflake>,
    /// the user this guild member represents
    pub user: UserResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `GuildNSFWContentLevel`.
    pub enum GuildNSFWContentLevel {
        /// `0`.
        Default = 0,
        /// `1`.
        Explicit = 1,
        /// `2`.
        Safe = 2,
        /// `3`.
        AgeRestricted = 3,
    }
}

/// Discord's `GuildProductPurchaseResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildProductPurchaseResponse {
    /// Discord's `listing_id` field.
    pub listing_id: Snowflake,
    /// Discord's `product_name` field.
    pub product_name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildRoleColorsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildRoleColorsResponse {
    /// Discord's `primary_color` field.
    pub primary_color: i64,
    /// Discord's `secondary_color` field.
    pub secondary_color: Option<i64>,
    /// Discord's `tertiary_color` field.
    pub tertiary_color: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildRoleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildRoleResponse {
    /// Discord's `color` field.
    pub color: i64,
    /// Discord's `colors` field.
    pub colors: GuildRoleColorsResponse,
    /// Discord's `flags` field.
    pub flags: RoleFlags,
    /// Discord's `hoist` field.
    pub hoist: bool,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `managed` field.
    pub managed: bool,
    /// Discord's `mentionable` field.
    pub mentionable: bool,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `permissions` field.
    pub permissions: String,
    /// Discord's `position` field.
    pub position: i64,
    /// Discord's `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<GuildRoleTagsResponse>,
    /// Discord's `unicode_emoji` field.
    pub unicode_emoji: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildRoleTagsResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuildRoleTagsResponse {
    /// Discord's `available_for_purchase` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub available_for_purchase: Nullable<()>,
    /// Discord's `bot_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_id: Option<Snowflake>,
    /// Discord's `guild_connections` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub guild_connections: Nullable<()>,
    /// Discord's `integration_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_id: Option<Snowflake>,
    /// Discord's `premium_subscriber` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub premium_subscriber: Nullable<()>,
    /// Discord's `subscription_listing_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_listing_id: Option<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `GuildScheduledEventEntityTypes`.
    pub enum GuildScheduledEventEntityTypes {
        /// `0`.
        None = 0,
        /// `1`.
        StageInstance = 1,
        /// `2`.
        Voice = 2,
        /// `3`.
        External = 3,
    }
}

/// Discord's `GuildScheduledEventExceptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildScheduledEventExceptionResponse {
    /// ID of the event exception
    pub event_exception_id: Snowflake,
    /// ID of the scheduled event this exception belongs to
    pub event_id: Snowflake,
    /// Whether this occurrence is canceled
    pub is_canceled: bool,
    /// Overridden end time of this occurrence
    pub scheduled_end_time: Option<String>,
    /// Overridden start time of this occurrence
    pub scheduled_start_time: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `GuildScheduledEventPrivacyLevels`.
    pub enum GuildScheduledEventPrivacyLevels {
        /// the scheduled event is only accessible to guild members (`2`)
        GuildOnly = 2,
    }
}

int_enum! {
    /// The values of Discord's `GuildScheduledEventStatuses`.
    pub enum GuildScheduledEventStatuses {
        /// `1`.
        Scheduled = 1,
        /// `2`.
        Active = 2,
        /// `3`.
        Completed = 3,
        /// `4`.
        Canceled = 4,
    }
}

int_enum! {
    /// The values of Discord's `GuildScheduledEventUserResponses`.
    pub enum GuildScheduledEventUserResponses {
        /// User is not interested in the event (`0`)
        Uninterested = 0,
        /// User is interested in the event (`1`)
        Interested = 1,
    }
}

/// Discord's `GuildStickerResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildStickerResponse {
    /// Discord's `available` field.
    pub available: bool,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `format_type` field.
    pub format_type: Option<StickerFormatTypes>,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `tags` field.
    pub tags: String,
    /// Discord's `type` field.
    pub r#type: StickerTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `Int53Type` type.
pub type Int53Type = i64;

str_enum! {
    /// The values of Discord's `IntegrationTypes`.
    pub enum IntegrationTypes {
        /// `"discord"`.
        Discord = "discord",
        /// `"twitch"`.
        Twitch = "twitch",
        /// `"youtube"`.
        Youtube = "youtube",
        /// `"guild_subscription"`.
        GuildSubscription = "guild_subscription",
    }
}

int_enum! {
    /// The values of Discord's `InteractionContextType`.
    pub enum InteractionContextType {
        /// This command can be used within a Guild. (`0`)
        Guild = 0,
        /// This command can be used within a DM with this application's bot. (`1`)
        BotDm = 1,
        /// This command can be used within DMs and Group DMs with users. (`2`)
        PrivateChannel = 2,
    }
}

int_enum! {
    /// The values of Discord's `InteractionTypes`.
    pub enum InteractionTypes {
        /// Sent by Discord to validate your application's interaction handler (`1`)
        Ping = 1,
        /// Sent when a user uses an application command (`2`)
        ApplicationCommand = 2,
        /// Sent when a user interacts with a message component previously sent by your application (`3`)
        MessageComponent = 3,
        /// Sent when a user is filling in an autocomplete option in a chat command (`4`)
        ApplicationCommandAutocomplete = 4,
        /// Sent when a user submits a modal previously sent by your application (`5`)
        ModalSubmit = 5,
        /// Sent when Discord is checking if a user can purchase a Social Layer SKU (`6`)
        SocialLayerSkuPurchaseEligibility = 6,
    }
}

/// Discord's `InviteApplicationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteApplicationResponse {
    /// Discord's `bot` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<UserResponse>,
    /// Discord's `bot_public` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_public: Option<bool>,
    /// Discord's `bot_require_code_grant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_require_code_grant: Option<bool>,
    /// Discord's `cover_image` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_image: Option<String>,
    /// Discord's `custom_install_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_install_url: Option<String>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `flags` field.
    pub flags: i64,
    /// Discord's `flags_new` field.
    pub flags_new: String,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `install_params` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install_params: Option<ApplicationOAuth2InstallParamsResponse>,
    /// Discord's `integration_types_config` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_types_config:
        Option<BTreeMap<String, ApplicationIntegrationTypeConfigurationResponse>>,
    /// Discord's `max_participants` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_participants: Option<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `primary_sku_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_sku_id: Option<Snowflake>,
    /// Discord's `privacy_policy_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy_url: Option<String>,
    /// Discord's `rpc_origins` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc_origins: Option<Vec<String>>,
    /// Discord's `slug` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Discord's `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Discord's `terms_of_service_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_of_service_url: Option<String>,
    /// Discord's `type` field.
    pub r#type: Option<ApplicationTypes>,
    /// Discord's `verify_key` field.
    pub verify_key: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InviteChannelRecipientResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteChannelRecipientResponse {
    /// Discord's `avatar` field.
    pub avatar: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `username` field.
    pub username: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InviteChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteChannelResponse {
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `recipients` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<InviteChannelRecipientResponse>>,
    /// Discord's `type` field.
    pub r#type: ChannelTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InviteGuildResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteGuildResponse {
    /// Discord's `banner` field.
    pub banner: Option<String>,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `features` field.
    pub features: Vec<GuildFeatures>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `nsfw` field.
    pub nsfw: Option<bool>,
    /// Discord's `nsfw_level` field.
    pub nsfw_level: Option<GuildNSFWContentLevel>,
    /// Discord's `premium_subscription_count` field.
    pub premium_subscription_count: i64,
    /// Discord's `splash` field.
    pub splash: Option<String>,
    /// Discord's `vanity_url_code` field.
    pub vanity_url_code: Option<String>,
    /// Discord's `verification_level` field.
    pub verification_level: Option<VerificationLevels>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InviteGuildRoleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteGuildRoleResponse {
    /// Discord's `color` field.
    pub color: i64,
    /// Discord's `colors` field.
    pub colors: GuildRoleColorsResponse,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// Discord's `position` field.
    pub position: i64,
    /// Discord's `unicode_emoji` field.
    pub unicode_emoji: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `InviteTargetTypes`.
    pub enum InviteTargetTypes {
        /// `1`.
        Stream = 1,
        /// `2`.
        EmbeddedApplication = 2,
        /// `3`.
        RoleSubscriptionsPurchase = 3,
    }
}

int_enum! {
    /// The values of Discord's `InviteTypes`.
    pub enum InviteTypes {
        /// `0`.
        Guild = 0,
        /// `1`.
        GroupDm = 1,
        /// `2`.
        Friend = 2,
    }
}

/// Discord's `MediaGalleryComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MediaGalleryComponentForMessageRequest {
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `items` field.
    pub items: Vec<MediaGalleryItemRequest>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MediaGalleryComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MediaGalleryComponentResponse {
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `items` field.
    pub items: Vec<MediaGalleryItemResponse>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MediaGalleryItemRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MediaGalleryItemRequest {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `media` field.
    pub media: UnfurledMediaRequest,
    /// Discord's `spoiler` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub spoiler: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MediaGalleryItemResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MediaGalleryItemResponse {
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `media` field.
    pub media: UnfurledMediaResponse,
    /// Discord's `spoiler` field.
    pub spoiler: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MentionableSelectComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionableSelectComponentForMessageRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<MentionableSelectComponentForMessageRequestDefaultValuesItem>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `MentionableSelectComponentForMessageRequestDefaultValuesItem`.
    pub enum MentionableSelectComponentForMessageRequestDefaultValuesItem: "type" {
        /// `type` "role": a [`RoleSelectDefaultValue`].
        RoleSelectDefaultValue(RoleSelectDefaultValue) = ["role"],
        /// `type` "user": a [`UserSelectDefaultValue`].
        UserSelectDefaultValue(UserSelectDefaultValue) = ["user"],
    }
}

/// Discord's `MentionableSelectComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionableSelectComponentResponse {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_values: Option<Vec<MentionableSelectComponentResponseDefaultValuesItem>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `max_values` field.
    pub max_values: i64,
    /// Discord's `min_values` field.
    pub min_values: i64,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `MentionableSelectComponentResponseDefaultValuesItem`.
    pub enum MentionableSelectComponentResponseDefaultValuesItem: "type" {
        /// `type` "role": a [`RoleSelectDefaultValueResponse`].
        RoleSelectDefaultValueResponse(RoleSelectDefaultValueResponse) = ["role"],
        /// `type` "user": a [`UserSelectDefaultValueResponse`].
        UserSelectDefaultValueResponse(UserSelectDefaultValueResponse) = ["user"],
    }
}

/// Discord's `MessageActivityResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageActivityResponse {
    /// Discord's `party_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_id: Option<String>,
    /// Discord's `type` field.
    pub r#type: ActivityActionTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageAllowedMentionsRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageAllowedMentionsRequest {
    /// Discord's `parse` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub parse: Nullable<Vec<Option<AllowedMentionTypes>>>,
    /// Discord's `replied_user` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub replied_user: Nullable<bool>,
    /// Discord's `roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub roles: Nullable<Vec<Option<Snowflake>>>,
    /// Discord's `users` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub users: Nullable<Vec<Option<Snowflake>>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageAttachmentRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageAttachmentRequest {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `duration_secs` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub duration_secs: Nullable<f64>,
    /// Discord's `filename` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub filename: Nullable<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `is_remix` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_remix: Nullable<bool>,
    /// Discord's `is_spoiler` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_spoiler: Nullable<bool>,
    /// Discord's `title` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub title: Nullable<String>,
    /// Discord's `waveform` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub waveform: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageAttachmentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageAttachmentResponse {
    /// Discord's `application` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<ApplicationResponse>,
    /// Discord's `clip_created_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clip_created_at: Option<String>,
    /// Discord's `clip_participants` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clip_participants: Option<Vec<UserResponse>>,
    /// Discord's `content_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Discord's `duration_secs` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_secs: Option<f64>,
    /// Discord's `ephemeral` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral: Option<bool>,
    /// Discord's `filename` field.
    pub filename: String,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<i64>,
    /// Discord's `height` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `placeholder_version` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder_version: Option<i64>,
    /// Discord's `proxy_url` field.
    pub proxy_url: String,
    /// Discord's `size` field.
    pub size: i64,
    /// Discord's `title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Discord's `url` field.
    pub url: String,
    /// Discord's `waveform` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waveform: Option<String>,
    /// Discord's `width` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageCallResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageCallResponse {
    /// Discord's `ended_timestamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_timestamp: Option<String>,
    /// Discord's `participants` field.
    pub participants: Vec<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageComponentInteractionMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageComponentInteractionMetadataResponse {
    /// Discord's `authorizing_integration_owners` field.
    pub authorizing_integration_owners: BTreeMap<String, Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `interacted_message_id` field.
    pub interacted_message_id: Snowflake,
    /// Discord's `original_response_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_response_message_id: Option<Snowflake>,
    /// Discord's `type` field.
    pub r#type: InteractionTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `MessageComponentSeparatorSpacingSize`.
    pub enum MessageComponentSeparatorSpacingSize {
        /// Small spacing (`1`)
        Small = 1,
        /// Large spacing (`2`)
        Large = 2,
    }
}

int_enum! {
    /// The values of Discord's `MessageComponentTypes`.
    pub enum MessageComponentTypes {
        /// Container for other components (`1`)
        ActionRow = 1,
        /// Button object (`2`)
        Button = 2,
        /// Select menu for picking from defined text options (`3`)
        StringSelect = 3,
        /// Text input object (`4`)
        TextInput = 4,
        /// Select menu for users (`5`)
        UserSelect = 5,
        /// Select menu for roles (`6`)
        RoleSelect = 6,
        /// Select menu for mentionables (users and roles) (`7`)
        MentionableSelect = 7,
        /// Select menu for channels (`8`)
        ChannelSelect = 8,
        /// Section component (`9`)
        Section = 9,
        /// Text component (`10`)
        TextDisplay = 10,
        /// Thumbnail component (`11`)
        Thumbnail = 11,
        /// Media gallery component (`12`)
        MediaGallery = 12,
        /// File component (`13`)
        File = 13,
        /// Separator component (`14`)
        Separator = 14,
        /// Container component (`17`)
        Container = 17,
        /// Label component (`18`)
        Label = 18,
        /// File upload component (`19`)
        FileUpload = 19,
        /// Radio group component (`21`)
        RadioGroup = 21,
        /// Checkbox group component (`22`)
        CheckboxGroup = 22,
        /// Checkbox component (`23`)
        Checkbox = 23,
    }
}

/// Discord's `MessageEmbedAuthorResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageEmbedAuthorResponse {
    /// Discord's `icon_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `proxy_icon_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_icon_url: Option<String>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageEmbedFieldResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageEmbedFieldResponse {
    /// Discord's `inline` field.
    pub inline: bool,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageEmbedFooterResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageEmbedFooterResponse {
    /// Discord's `icon_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Discord's `proxy_icon_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_icon_url: Option<String>,
    /// Discord's `text` field.
    pub text: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageEmbedImageResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageEmbedImageResponse {
    /// Discord's `content_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<i64>,
    /// Discord's `height` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `placeholder_version` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder_version: Option<i64>,
    /// Discord's `proxy_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_url: Option<String>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Discord's `width` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageEmbedProviderResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageEmbedProviderResponse {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageEmbedResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageEmbedResponse {
    /// Discord's `author` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<MessageEmbedAuthorResponse>,
    /// Discord's `color` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<i64>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<ContainerComponentResponse>>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Discord's `fields` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<MessageEmbedFieldResponse>>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<i64>,
    /// Discord's `footer` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer: Option<MessageEmbedFooterResponse>,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<MessageEmbedImageResponse>,
    /// Discord's `provider` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<MessageEmbedProviderResponse>,
    /// Discord's `thumbnail` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<MessageEmbedImageResponse>,
    /// Discord's `timestamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// Discord's `title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Discord's `type` field.
    pub r#type: String,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Discord's `video` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<MessageEmbedVideoResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageEmbedVideoResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageEmbedVideoResponse {
    /// Discord's `content_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<i64>,
    /// Discord's `height` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `placeholder_version` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder_version: Option<i64>,
    /// Discord's `proxy_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_url: Option<String>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Discord's `width` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

flags! {
    /// A message's flags (Discord's documentation, "Message Flags").
    pub struct MessageFlags {
        /// Published to the channels that follow this one. (`1 << 0`)
        const CROSSPOSTED = 1 << 0;
        /// Came from a message in another channel (via Channel Following). (`1 << 1`)
        const IS_CROSSPOST = 1 << 1;
        /// Embeds are not shown when serializing this message. (`1 << 2`)
        const SUPPRESS_EMBEDS = 1 << 2;
        /// The source message of this crosspost was deleted. (`1 << 3`)
        const SOURCE_MESSAGE_DELETED = 1 << 3;
        /// Came from the urgent message system. (`1 << 4`)
        const URGENT = 1 << 4;
        /// Has a thread attached to it, with the same id as the message. (`1 << 5`)
        const HAS_THREAD = 1 << 5;
        /// Only visible to the user who invoked the interaction. (`1 << 6`)
        const EPHEMERAL = 1 << 6;
        /// An interaction response: the bot is "thinking". (`1 << 7`)
        const LOADING = 1 << 7;
        /// Failed to mention some roles and add their members to the thread. (`1 << 8`)
        const FAILED_TO_MENTION_SOME_ROLES_IN_THREAD = 1 << 8;
        /// Does not trigger push or desktop notifications. (`1 << 12`)
        const SUPPRESS_NOTIFICATIONS = 1 << 12;
        /// A voice message. (`1 << 13`)
        const IS_VOICE_MESSAGE = 1 << 13;
        /// Has a snapshot (via message forwarding). (`1 << 14`)
        const HAS_SNAPSHOT = 1 << 14;
        /// Uses components v2: content, embeds, polls and stickers are not allowed. (`1 << 15`)
        const IS_COMPONENTS_V2 = 1 << 15;
    }
}

/// Discord's `MessageInteractionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageInteractionResponse {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localized` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localized: Option<String>,
    /// Discord's `type` field.
    pub r#type: InteractionTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageLobbyMemberResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageLobbyMemberResponse {
    /// Discord's `additional_name` field.
    pub additional_name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageMentionChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageMentionChannelResponse {
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `type` field.
    pub r#type: ChannelTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageReactionCountDetailsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageReactionCountDetailsResponse {
    /// Discord's `burst` field.
    pub burst: i64,
    /// Discord's `normal` field.
    pub normal: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageReactionEmojiResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageReactionEmojiResponse {
    /// Discord's `animated` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub animated: Option<bool>,
    /// Discord's `id` field.
    pub id: Option<Snowflake>,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageReactionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageReactionResponse {
    /// Discord's `burst_colors` field.
    pub burst_colors: Vec<String>,
    /// Discord's `count` field.
    pub count: i64,
    /// Discord's `count_details` field.
    pub count_details: MessageReactionCountDetailsResponse,
    /// Discord's `emoji` field.
    pub emoji: MessageReactionEmojiResponse,
    /// Discord's `me` field.
    pub me: bool,
    /// Discord's `me_burst` field.
    pub me_burst: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageReferenceRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageReferenceRequest {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `fail_if_not_exists` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub fail_if_not_exists: Nullable<bool>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub guild_id: Nullable<Snowflake>,
    /// Discord's `message_id` field.
    pub message_id: Snowflake,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<MessageReferenceType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageReferenceResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageReferenceResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<Snowflake>,
    /// Discord's `type` field.
    pub r#type: MessageReferenceType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `MessageReferenceType`.
    pub enum MessageReferenceType {
        /// Reference to a message (`0`)
        Default = 0,
    }
}

/// Discord's `MessageResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageResponse {
    /// Discord's `activity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<MessageActivityResponse>,
    /// Discord's `application` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<BasicApplicationResponseWithBot>,
    /// Discord's `application_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<Snowflake>,
    /// Discord's `attachments` field.
    pub attachments: Vec<MessageAttachmentResponse>,
    /// Discord's `author` field.
    pub author: UserResponse,
    /// Discord's `call` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<MessageCallResponse>,
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `components` field.
    pub components: Vec<BasicMessageResponseComponentsItem>,
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `edited_timestamp` field.
    pub edited_timestamp: Option<String>,
    /// Discord's `embeds` field.
    pub embeds: Vec<MessageEmbedResponse>,
    /// Discord's `flags` field.
    pub flags: MessageFlags,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `interaction` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction: Option<MessageInteractionResponse>,
    /// Discord's `interaction_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction_metadata: Option<BasicMessageResponseInteractionMetadata>,
    /// Discord's `lobby_member` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lobby_member: Option<MessageLobbyMemberResponse>,
    /// Discord's `mention_channels` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention_channels: Option<Vec<MessageMentionChannelResponse>>,
    /// Discord's `mention_everyone` field.
    pub mention_everyone: bool,
    /// Discord's `mention_roles` field.
    pub mention_roles: Vec<Snowflake>,
    /// Discord's `mentions` field.
    pub mentions: Vec<UserResponse>,
    /// Discord's `message_reference` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_reference: Option<MessageReferenceResponse>,
    /// Discord's `message_snapshots` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_snapshots: Option<Vec<MessageSnapshotResponse>>,
    /// Discord's `nonce` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<BasicMessageResponseNonce>,
    /// Discord's `pinned` field.
    pub pinned: bool,
    /// Discord's `poll` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<PollResponse>,
    /// Discord's `position` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// Discord's `purchase_notification` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_notification: Option<PurchaseNotificationResponse>,
    /// Discord's `reactions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reactions: Option<Vec<MessageReactionResponse>>,
    /// Discord's `referenced_message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_message: Option<BasicMessageResponse>,
    /// Discord's `resolved` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<ResolvedObjectsResponse>,
    /// Discord's `role_subscription_data` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_subscription_data: Option<MessageRoleSubscriptionDataResponse>,
    /// Discord's `shared_client_theme` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_client_theme: Option<CustomClientThemeResponse>,
    /// Discord's `sticker_items` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sticker_items: Option<Vec<MessageStickerItemResponse>>,
    /// Discord's `stickers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stickers: Option<Vec<BasicMessageResponseStickersItem>>,
    /// Discord's `thread` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<ThreadResponse>,
    /// Discord's `timestamp` field.
    pub timestamp: String,
    /// Discord's `tts` field.
    pub tts: bool,
    /// Discord's `type` field.
    pub r#type: MessageType,
    /// Discord's `webhook_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageRoleSubscriptionDataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageRoleSubscriptionDataResponse {
    /// Discord's `is_renewal` field.
    pub is_renewal: bool,
    /// Discord's `role_subscription_listing_id` field.
    pub role_subscription_listing_id: Snowflake,
    /// Discord's `tier_name` field.
    pub tier_name: String,
    /// Discord's `total_months_subscribed` field.
    pub total_months_subscribed: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `MessageShareCustomUserThemeBaseTheme`.
    pub enum MessageShareCustomUserThemeBaseTheme {
        /// No base theme (`0`)
        Unset = 0,
        /// Dark base theme (`1`)
        Dark = 1,
        /// Light base theme (`2`)
        Light = 2,
        /// Darker base theme (`3`)
        Darker = 3,
        /// Midnight base theme (`4`)
        Midnight = 4,
    }
}

/// Discord's `MessageSnapshotResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageSnapshotResponse {
    /// Discord's `message` field.
    pub message: MinimalContentMessageResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MessageStickerItemResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageStickerItemResponse {
    /// Discord's `format_type` field.
    pub format_type: StickerFormatTypes,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `MessageType`.
    pub enum MessageType {
        /// `0`.
        Default = 0,
        /// `1`.
        RecipientAdd = 1,
        /// `2`.
        RecipientRemove = 2,
        /// `3`.
        Call = 3,
        /// `4`.
        ChannelNameChange = 4,
        /// `5`.
        ChannelIconChange = 5,
        /// `6`.
        ChannelPinnedMessage = 6,
        /// `7`.
        UserJoin = 7,
        /// `8`.
        GuildBoost = 8,
        /// `9`.
        GuildBoostTier1 = 9,
        /// `10`.
        GuildBoostTier2 = 10,
        /// `11`.
        GuildBoostTier3 = 11,
        /// `12`.
        ChannelFollowAdd = 12,
        /// `14`.
        GuildDiscoveryDisqualified = 14,
        /// `15`.
        GuildDiscoveryRequalified = 15,
        /// `16`.
        GuildDiscoveryGracePeriodInitialWarning = 16,
        /// `17`.
        GuildDiscoveryGracePeriodFinalWarning = 17,
        /// `18`.
        ThreadCreated = 18,
        /// `19`.
        Reply = 19,
        /// `20`.
        ChatInputCommand = 20,
        /// `21`.
        ThreadStarterMessage = 21,
        /// `22`.
        GuildInviteReminder = 22,
        /// `23`.
        ContextMenuCommand = 23,
        /// `24`.
        AutoModerationAction = 24,
        /// `25`.
        RoleSubscriptionPurchase = 25,
        /// `26`.
        InteractionPremiumUpsell = 26,
        /// `27`.
        StageStart = 27,
        /// `28`.
        StageEnd = 28,
        /// `29`.
        StageSpeaker = 29,
        /// `31`.
        StageTopic = 31,
        /// `32`.
        GuildApplicationPremiumSubscription = 32,
        /// `36`.
        GuildIncidentAlertModeEnabled = 36,
        /// `37`.
        GuildIncidentAlertModeDisabled = 37,
        /// `38`.
        GuildIncidentReportRaid = 38,
        /// `39`.
        GuildIncidentReportFalseAlarm = 39,
        /// `46`.
        PollResult = 46,
        /// `55`.
        HdStreamingUpgraded = 55,
    }
}

/// Discord's `MinimalContentMessageResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MinimalContentMessageResponse {
    /// Discord's `attachments` field.
    pub attachments: Vec<MessageAttachmentResponse>,
    /// Discord's `components` field.
    pub components: Vec<BasicMessageResponseComponentsItem>,
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `edited_timestamp` field.
    pub edited_timestamp: Option<String>,
    /// Discord's `embeds` field.
    pub embeds: Vec<MessageEmbedResponse>,
    /// Discord's `flags` field.
    pub flags: MessageFlags,
    /// Discord's `mention_roles` field.
    pub mention_roles: Vec<Snowflake>,
    /// Discord's `mentions` field.
    pub mentions: Vec<UserResponse>,
    /// Discord's `sticker_items` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sticker_items: Option<Vec<MessageStickerItemResponse>>,
    /// Discord's `stickers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stickers: Option<Vec<BasicMessageResponseStickersItem>>,
    /// Discord's `timestamp` field.
    pub timestamp: String,
    /// Discord's `type` field.
    pub r#type: MessageType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ModalSubmitInteractionMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModalSubmitInteractionMetadataResponse {
    /// Discord's `authorizing_integration_owners` field.
    pub authorizing_integration_owners: BTreeMap<String, Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `original_response_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_response_message_id: Option<Snowflake>,
    /// Discord's `triggering_interaction_metadata` field.
    pub triggering_interaction_metadata:
        ModalSubmitInteractionMetadataResponseTriggeringInteractionMetadata,
    /// Discord's `type` field.
    pub r#type: InteractionTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ModalSubmitInteractionMetadataResponseTriggeringInteractionMetadata`.
    pub enum ModalSubmitInteractionMetadataResponseTriggeringInteractionMetadata: "type" {
        /// `type` 2: a [`ApplicationCommandInteractionMetadataResponse`].
        ApplicationCommandInteractionMetadataResponse(ApplicationCommandInteractionMetadataResponse) = [2],
        /// `type` 3: a [`MessageComponentInteractionMetadataResponse`].
        MessageComponentInteractionMetadataResponse(MessageComponentInteractionMetadataResponse) = [3],
    }
}

str_enum! {
    /// The values of Discord's `NameplatePalette`.
    pub enum NameplatePalette {
        /// Crimson color palette (`"crimson"`)
        Crimson = "crimson",
        /// Berry color palette (`"berry"`)
        Berry = "berry",
        /// Sky color palette (`"sky"`)
        Sky = "sky",
        /// Teal color palette (`"teal"`)
        Teal = "teal",
        /// Forest color palette (`"forest"`)
        Forest = "forest",
        /// Bubble gum color palette (`"bubble_gum"`)
        BubbleGum = "bubble_gum",
        /// Violet color palette (`"violet"`)
        Violet = "violet",
        /// Cobalt color palette (`"cobalt"`)
        Cobalt = "cobalt",
        /// Clover color palette (`"clover"`)
        Clover = "clover",
        /// Lemon color palette (`"lemon"`)
        Lemon = "lemon",
        /// White color palette (`"white"`)
        White = "white",
        /// Black color palette (`"black"`)
        Black = "black",
    }
}

str_enum! {
    /// The values of Discord's `OAuth2Scopes`.
    pub enum OAuth2Scopes {
        /// allows /users/@me without email (`"identify"`)
        Identify = "identify",
        /// enables /users/@me to return an email (`"email"`)
        Email = "email",
        /// allows /users/@me/connections to return linked third-party accounts (`"connections"`)
        Connections = "connections",
        /// allows /users/@me/guilds to return basic information about all of a user's guilds (`"guilds"`)
        Guilds = "guilds",
        /// allows /guilds/{guild.id}/members/{user.id} to be used for joining users to a guild (`"guilds.join"`)
        GuildsJoin = "guilds.join",
        /// allows /users/@me/guilds/{guild.id}/member to return a user's member information in a guild (`"guilds.members.read"`)
        GuildsMembersRead = "guilds.members.read",
        /// allows your app to join users to a group dm (`"gdm.join"`)
        GdmJoin = "gdm.join",
        /// for oauth2 bots, this puts the bot in the user's selected guild by default (`"bot"`)
        Bot = "bot",
        /// for local rpc server access, this allows you to control a user's local Discord client - requires Discord approval (`"rpc"`)
        Rpc = "rpc",
        /// for local rpc server access, this allows you to receive notifications pushed out to the user - requires Discord approval (`"rpc.notifications.read"`)
        RpcNotificationsRead = "rpc.notifications.read",
        /// for local rpc server access, this allows you to read a user's voice settings and listen for voice events - requires Discord approval (`"rpc.voice.read"`)
        RpcVoiceRead = "rpc.voice.read",
        /// for local rpc server access, this allows you to update a user's voice settings - requires Discord approval (`"rpc.voice.write"`)
        RpcVoiceWrite = "rpc.voice.write",
        /// for local rpc server access, this allows you to read a user's video status - requires Discord approval (`"rpc.video.read"`)
        RpcVideoRead = "rpc.video.read",
        /// for local rpc server access, this allows you to update a user's video settings - requires Discord approval (`"rpc.video.write"`)
        RpcVideoWrite = "rpc.video.write",
        /// for local rpc server access, this allows you to read a user's screenshare status- requires Discord approval (`"rpc.screenshare.read"`)
        RpcScreenshareRead = "rpc.screenshare.read",
        /// for local rpc server access, this allows you to update a user's screenshare settings- requires Discord approval (`"rpc.screenshare.write"`)
        RpcScreenshareWrite = "rpc.screenshare.write",
        /// for local rpc server access, this allows you to update a user's activity - requires Discord approval (`"rpc.activities.write"`)
        RpcActivitiesWrite = "rpc.activities.write",
        /// this generates a webhook that is returned in the oauth token response for authorization code grants (`"webhook.incoming"`)
        WebhookIncoming = "webhook.incoming",
        /// for local rpc server api access, this allows you to read messages from all client channels (otherwise restricted to channels/guilds your app creates) (`"messages.read"`)
        MessagesRead = "messages.read",
        /// allows your app to upload/update builds for a user's applications - requires Discord approval (`"applications.builds.upload"`)
        ApplicationsBuildsUpload = "applications.builds.upload",
        /// allows your app to read build data for a user's applications (`"applications.builds.read"`)
        ApplicationsBuildsRead = "applications.builds.read",
        /// allows your app to use commands in a guild (`"applications.commands"`)
        ApplicationsCommands = "applications.commands",
        /// allows your app to update permissions for its commands in a guild a user has permissions to (`"applications.commands.permissions.update"`)
        ApplicationsCommandsPermissionsUpdate = "applications.commands.permissions.update",
        /// allows your app to update its commands using a Bearer token - client credentials grant only (`"applications.commands.update"`)
        ApplicationsCommandsUpdate = "applications.commands.update",
        /// allows your app to read and update store data (SKUs, store listings, achievements, etc.) for a user's applications (`"applications.store.update"`)
        ApplicationsStoreUpdate = "applications.store.update",
        /// allows your app to read entitlements for a user's applications (`"applications.entitlements"`)
        ApplicationsEntitlements = "applications.entitlements",
        /// allows your app to fetch data from a user's "Now Playing/Recently Played" list - requires Discord approval (`"activities.read"`)
        ActivitiesRead = "activities.read",
        /// allows your app to update a user's activity - requires Discord approval (NOT REQUIRED FOR GAMESDK ACTIVITY MANAGER) (`"activities.write"`)
        ActivitiesWrite = "activities.write",
        /// allows your app to send activity invites - requires Discord approval (NOT REQUIRED FOR GAMESDK ACTIVITY MANAGER) (`"activities.invites.write"`)
        ActivitiesInvitesWrite = "activities.invites.write",
        /// allows your app to know a user's friends and implicit relationships - requires Discord approval (`"relationships.read"`)
        RelationshipsRead = "relationships.read",
        /// allows your app to connect to voice on user's behalf and see all the voice members - requires Discord approval (`"voice"`)
        Voice = "voice",
        /// allows your app to see information about the user's DMs and group DMs - requires Discord approval (`"dm_channels.read"`)
        DmChannelsRead = "dm_channels.read",
        /// allows your app to update a user's connection and metadata for the app (`"role_connections.write"`)
        RoleConnectionsWrite = "role_connections.write",
        /// for OpenID Connect, this allows your app to receive user id and basic profile information (`"openid"`)
        Openid = "openid",
    }
}

/// Discord's `PollAnswerCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollAnswerCreateRequest {
    /// The data of the answer
    pub poll_media: PollMediaCreateRequest,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollAnswerResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollAnswerResponse {
    /// The ID of the answer
    pub answer_id: i64,
    /// The data of the answer
    pub poll_media: PollMediaResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollCreateRequest {
    /// Whether a user can select multiple answers
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allow_multiselect: Nullable<bool>,
    /// Each of the answers available in the poll, up to 10
    pub answers: Vec<PollAnswerCreateRequest>,
    /// Number of hours the poll should be open for, up to 32 days. Defaults to 24
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub duration: Nullable<i64>,
    /// The layout type of the poll. Defaults to... DEFAULT!
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub layout_type: Nullable<PollLayoutTypes>,
    /// The question of the poll. Only `text` is supported.
    pub question: PollMedia,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollEmoji` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PollEmoji {
    /// Whether the emoji is animated
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub animated: Nullable<bool>,
    /// The ID of the custom emoji
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// The name of the emoji, or the unicode emoji character
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollEmojiCreateRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PollEmojiCreateRequest {
    /// Whether the emoji is animated
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub animated: Nullable<bool>,
    /// The ID of the custom emoji
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// The name of the emoji, or the unicode emoji character
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `PollLayoutTypes`.
    pub enum PollLayoutTypes {
        /// The, uhm, default layout type. (`1`)
        Default = 1,
    }
}

/// Discord's `PollMedia` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PollMedia {
    /// The emoji of the field
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji: Nullable<PollEmoji>,
    /// The text of the field
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub text: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollMediaCreateRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PollMediaCreateRequest {
    /// The emoji of the field
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji: Nullable<PollEmojiCreateRequest>,
    /// The text of the field
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub text: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollMediaResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PollMediaResponse {
    /// The emoji of the field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<MessageReactionEmojiResponse>,
    /// The text of the field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollResponse {
    /// Whether a user can select multiple answers
    pub allow_multiselect: bool,
    /// Each of the answers available in the poll
    pub answers: Vec<PollAnswerResponse>,
    /// The time when the poll ends
    pub expiry: String,
    /// The layout type of the poll
    pub layout_type: PollLayoutTypes,
    /// The question of the poll. Only `text` is supported.
    pub question: PollMediaResponse,
    /// The results of the poll
    pub results: PollResultsResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollResultsEntryResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollResultsEntryResponse {
    /// The number of votes for this answer
    pub count: i64,
    /// The answer_id
    pub id: i64,
    /// Whether the current user voted for this answer
    pub me_voted: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollResultsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollResultsResponse {
    /// The counts for each answer
    pub answer_counts: Vec<PollResultsEntryResponse>,
    /// Whether the votes have been precisely counted
    pub is_finalized: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PrivateApplicationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivateApplicationResponse {
    /// Discord's `approximate_guild_count` field.
    pub approximate_guild_count: i64,
    /// Discord's `approximate_user_authorization_count` field.
    pub approximate_user_authorization_count: i64,
    /// Discord's `approximate_user_install_count` field.
    pub approximate_user_install_count: i64,
    /// Discord's `bot` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<UserResponse>,
    /// Discord's `bot_public` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_public: Option<bool>,
    /// Discord's `bot_require_code_grant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_require_code_grant: Option<bool>,
    /// Discord's `cover_image` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_image: Option<String>,
    /// Discord's `custom_install_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_install_url: Option<String>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `eligible_oauth2_scopes` field.
    pub eligible_oauth2_scopes: Vec<OAuth2Scopes>,
    /// Discord's `event_webhooks_status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_webhooks_status: Option<ApplicationEventWebhooksStatus>,
    /// Discord's `event_webhooks_types` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_webhooks_types: Option<Vec<ActionTypes>>,
    /// Discord's `event_webhooks_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_webhooks_url: Option<String>,
    /// Discord's `explicit_content_filter` field.
    pub explicit_content_filter: ApplicationExplicitContentFilterTypes,
    /// Discord's `flags` field.
    pub flags: i64,
    /// Discord's `flags_new` field.
    pub flags_new: String,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `install_params` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install_params: Option<ApplicationOAuth2InstallParamsResponse>,
    /// Discord's `integration_types_config` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_types_config:
        Option<BTreeMap<String, ApplicationIntegrationTypeConfigurationResponse>>,
    /// Discord's `interactions_endpoint_url` field.
    pub interactions_endpoint_url: Option<String>,
    /// Discord's `max_participants` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_participants: Option<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `owner` field.
    pub owner: UserResponse,
    /// Discord's `primary_sku_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_sku_id: Option<Snowflake>,
    /// Discord's `privacy_policy_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy_url: Option<String>,
    /// Discord's `redirect_uris` field.
    pub redirect_uris: Vec<String>,
    /// Discord's `role_connections_verification_url` field.
    pub role_connections_verification_url: Option<String>,
    /// Discord's `rpc_origins` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc_origins: Option<Vec<String>>,
    /// Discord's `slug` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Discord's `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Discord's `team` field.
    pub team: Option<TeamResponse>,
    /// Discord's `terms_of_service_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_of_service_url: Option<String>,
    /// Discord's `type` field.
    pub r#type: Option<ApplicationTypes>,
    /// Discord's `verify_key` field.
    pub verify_key: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PrivateChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivateChannelResponse {
    /// Discord's `flags` field.
    pub flags: ChannelFlags,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `last_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message_id: Option<Snowflake>,
    /// Discord's `last_pin_timestamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_pin_timestamp: Option<String>,
    /// Discord's `recipients` field.
    pub recipients: Vec<UserResponse>,
    /// Discord's `type` field.
    pub r#type: ChannelTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PrivateGroupChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivateGroupChannelResponse {
    /// Discord's `application_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<Snowflake>,
    /// Discord's `flags` field.
    pub flags: ChannelFlags,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `last_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message_id: Option<Snowflake>,
    /// Discord's `last_pin_timestamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_pin_timestamp: Option<String>,
    /// Discord's `managed` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<bool>,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `owner_id` field.
    pub owner_id: Snowflake,
    /// Discord's `recipients` field.
    pub recipients: Vec<UserResponse>,
    /// Discord's `type` field.
    pub r#type: ChannelTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PrivateGuildMemberResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivateGuildMemberResponse {
    /// the member's guild avatar hash
    pub avatar: Option<String>,
    /// data for the member's guild avatar decoration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_decoration_data: Option<UserAvatarDecorationResponse>,
    /// the member's guild banner hash
    pub banner: Option<String>,
    /// data for the member's collectibles
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectibles: Option<UserCollectiblesResponse>,
    /// when the user's timeout will expire and the user will be able to communicate in the guild again, null or a time in the past if the user is not timed out
    pub communication_disabled_until: Option<String>,
    /// whether the user is deafened in voice channels
    pub deaf: bool,
    /// guild member flags represented as a bit set, defaults to 0
    pub flags: GuildMemberFlags,
    /// when the user joined the guild
    pub joined_at: String,
    /// whether the user is muted in voice channels
    pub mute: bool,
    /// this user's guild nickname
    pub nick: Option<String>,
    /// whether the user has not yet passed the guild's Membership Screening requirements
    pub pending: bool,
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// when the user started boosting the guild
    pub premium_since: Option<String>,
    /// array of role object ids
    pub roles: Vec<Snowflake>,
    /// the user this guild member represents
    pub user: UserResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PurchaseNotificationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PurchaseNotificationResponse {
    /// Discord's `guild_product_purchase` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_product_purchase: Option<GuildProductPurchaseResponse>,
    /// Discord's `type` field.
    pub r#type: PurchaseType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `PurchaseType`.
    pub enum PurchaseType {
        /// `0`.
        GuildProduct = 0,
    }
}

int_enum! {
    /// The values of Discord's `RecurrenceRuleFrequencies`.
    pub enum RecurrenceRuleFrequencies {
        /// `3`.
        Daily = 3,
        /// `2`.
        Weekly = 2,
        /// `1`.
        Monthly = 1,
        /// `0`.
        Yearly = 0,
    }
}

int_enum! {
    /// The values of Discord's `RecurrenceRuleMonths`.
    pub enum RecurrenceRuleMonths {
        /// `1`.
        January = 1,
        /// `2`.
        February = 2,
        /// `3`.
        March = 3,
        /// `4`.
        April = 4,
        /// `5`.
        May = 5,
        /// `6`.
        June = 6,
        /// `7`.
        July = 7,
        /// `8`.
        August = 8,
        /// `9`.
        September = 9,
        /// `10`.
        October = 10,
        /// `11`.
        November = 11,
        /// `12`.
        December = 12,
    }
}

/// Discord's `RecurrenceRuleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecurrenceRuleResponse {
    /// Set of specific months to recur on
    pub by_month: Option<Vec<RecurrenceRuleMonths>>,
    /// Set of specific dates within a month to recur on
    pub by_month_day: Option<Vec<i64>>,
    /// List of specific days within a specific week to recur on
    pub by_n_weekday: Option<Vec<ByNWeekdayResponse>>,
    /// Set of specific days within a week for the event to recur on
    pub by_weekday: Option<Vec<RecurrenceRuleWeekdays>>,
    /// Set of days within a year to recur on (1-364)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_year_day: Option<Vec<i64>>,
    /// Total number of times the event is allowed to recur
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Ending time of the recurrence interval
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// How often the event occurs
    pub frequency: RecurrenceRuleFrequencies,
    /// The spacing between events, defined by frequency
    pub interval: i64,
    /// Starting time of the recurrence interval
    pub start: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `RecurrenceRuleWeekdays`.
    pub enum RecurrenceRuleWeekdays {
        /// `0`.
        Monday = 0,
        /// `1`.
        Tuesday = 1,
        /// `2`.
        Wednesday = 2,
        /// `3`.
        Thursday = 3,
        /// `4`.
        Friday = 4,
        /// `5`.
        Saturday = 5,
        /// `6`.
        Sunday = 6,
    }
}

/// Discord's `ResolvedObjectsResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResolvedObjectsResponse {
    /// Discord's `channels` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<BTreeMap<String, ResolvedObjectsResponseChannelsValue>>,
    /// Discord's `members` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<BTreeMap<String, BasicGuildMemberResponse>>,
    /// Discord's `roles` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<BTreeMap<String, GuildRoleResponse>>,
    /// Discord's `users` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<BTreeMap<String, UserResponse>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ResolvedObjectsResponseChannelsValue`.
    pub enum ResolvedObjectsResponseChannelsValue: "type" {
        /// `type` 0, 2, 4, 5, 13, 14, 15: a [`GuildChannelResponse`].
        GuildChannelResponse(GuildChannelResponse) = [0, 2, 4, 5, 13, 14, 15],
        /// `type` 1: a [`PrivateChannelResponse`].
        PrivateChannelResponse(PrivateChannelResponse) = [1],
        /// `type` 3: a [`PrivateGroupChannelResponse`].
        PrivateGroupChannelResponse(PrivateGroupChannelResponse) = [3],
        /// `type` 10, 11, 12: a [`ThreadResponse`].
        ThreadResponse(ThreadResponse) = [10, 11, 12],
    }
}

/// Discord's `RichEmbed` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RichEmbed {
    /// Discord's `author` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub author: Nullable<RichEmbedAuthor>,
    /// Discord's `color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub color: Nullable<i64>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `fields` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub fields: Nullable<Vec<RichEmbedField>>,
    /// Discord's `footer` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub footer: Nullable<RichEmbedFooter>,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<RichEmbedImage>,
    /// Discord's `provider` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub provider: Nullable<RichEmbedProvider>,
    /// Discord's `thumbnail` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub thumbnail: Nullable<RichEmbedThumbnail>,
    /// Discord's `timestamp` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timestamp: Nullable<String>,
    /// Discord's `title` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub title: Nullable<String>,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<String>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,
    /// Discord's `video` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub video: Nullable<RichEmbedVideo>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RichEmbedAuthor` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RichEmbedAuthor {
    /// Discord's `icon_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon_url: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RichEmbedField` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RichEmbedField {
    /// Discord's `inline` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub inline: Nullable<bool>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RichEmbedFooter` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RichEmbedFooter {
    /// Discord's `icon_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon_url: Nullable<String>,
    /// Discord's `text` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub text: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RichEmbedImage` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RichEmbedImage {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `height` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub height: Nullable<i64>,
    /// Discord's `is_animated` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_animated: Nullable<bool>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `placeholder_version` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder_version: Nullable<i64>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,
    /// Discord's `width` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub width: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RichEmbedProvider` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RichEmbedProvider {
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RichEmbedThumbnail` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RichEmbedThumbnail {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `height` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub height: Nullable<i64>,
    /// Discord's `is_animated` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_animated: Nullable<bool>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `placeholder_version` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder_version: Nullable<i64>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,
    /// Discord's `width` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub width: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RichEmbedVideo` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RichEmbedVideo {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `height` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub height: Nullable<i64>,
    /// Discord's `is_animated` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_animated: Nullable<bool>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `placeholder_version` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder_version: Nullable<i64>,
    /// Discord's `url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,
    /// Discord's `width` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub width: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

flags! {
    /// A role's flags (Discord's documentation, "Role Flags").
    pub struct RoleFlags {
        /// The role can be selected by members in an onboarding prompt. (`1 << 0`)
        const IN_PROMPT = 1 << 0;
    }
}

/// Discord's `RoleSelectComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleSelectComponentForMessageRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<RoleSelectDefaultValue>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RoleSelectComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleSelectComponentResponse {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_values: Option<Vec<RoleSelectDefaultValueResponse>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `max_values` field.
    pub max_values: i64,
    /// Discord's `min_values` field.
    pub min_values: i64,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RoleSelectDefaultValue` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleSelectDefaultValue {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    pub r#type: SnowflakeSelectDefaultValueTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RoleSelectDefaultValueResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleSelectDefaultValueResponse {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    pub r#type: SnowflakeSelectDefaultValueTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ScheduledEventResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScheduledEventResponse {
    /// Channel ID in which the scheduled event will be hosted, or null if entity type is EXTERNAL
    pub channel_id: Option<Snowflake>,
    /// User that created the scheduled event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<UserResponse>,
    /// ID of the user that created the scheduled event
    pub creator_id: Option<Snowflake>,
    /// Description of the scheduled event
    pub description: Option<String>,
    /// ID of the hosting entity associated with the scheduled event
    pub entity_id: Option<Snowflake>,
    /// Type of hosting entity associated with the scheduled event
    pub entity_type: GuildScheduledEventEntityTypes,
    /// ID of the guild the scheduled event belongs to
    pub guild_id: Snowflake,
    /// Discord's `guild_scheduled_event_exceptions` field.
    pub guild_scheduled_event_exceptions: Vec<GuildScheduledEventExceptionResponse>,
    /// ID of the scheduled event
    pub id: Snowflake,
    /// Cover image hash of the scheduled event
    pub image: Option<String>,
    /// Name of the scheduled event
    pub name: String,
    /// Privacy level of the scheduled event
    pub privacy_level: GuildScheduledEventPrivacyLevels,
    /// Recurrence rule for the scheduled event, or null if not recurring
    pub recurrence_rule: Option<RecurrenceRuleResponse>,
    /// When the scheduled event will end, or null if no end time
    pub scheduled_end_time: Option<String>,
    /// When the scheduled event will start
    pub scheduled_start_time: String,
    /// Status of the scheduled event
    pub status: GuildScheduledEventStatuses,
    /// Number of users subscribed to the scheduled event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_count: Option<i64>,
    /// Discord's `user_rsvp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_rsvp: Option<ScheduledEventUserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ScheduledEventUserResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScheduledEventUserResponse {
    /// ID of the scheduled event exception
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_scheduled_event_exception_id: Option<Snowflake>,
    /// ID of the scheduled event
    pub guild_scheduled_event_id: Snowflake,
    /// Guild member object for the RSVP user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<GuildMemberResponse>,
    /// User's RSVP status for the event
    pub response: GuildScheduledEventUserResponses,
    /// User object for the RSVP user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// ID of the user
    pub user_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SearchIndexNotReadyResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchIndexNotReadyResponse {
    /// Discord's `code` field.
    pub code: i64,
    /// Discord's `documents_indexed` field.
    pub documents_indexed: i64,
    /// Discord's `message` field.
    pub message: String,
    /// Discord's `retry_after` field.
    pub retry_after: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SectionComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectionComponentForMessageRequest {
    /// Discord's `accessory` field.
    pub accessory: SectionComponentForMessageRequestAccessory,
    /// Discord's `components` field.
    pub components: Vec<TextDisplayComponentForMessageRequest>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `SectionComponentForMessageRequestAccessory`.
    pub enum SectionComponentForMessageRequestAccessory: "type" {
        /// `type` 2: a [`ButtonComponentForMessageRequest`].
        ButtonComponentForMessageRequest(ButtonComponentForMessageRequest) = [2],
        /// `type` 11: a [`ThumbnailComponentForMessageRequest`].
        ThumbnailComponentForMessageRequest(ThumbnailComponentForMessageRequest) = [11],
    }
}

/// Discord's `SectionComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectionComponentResponse {
    /// Discord's `accessory` field.
    pub accessory: SectionComponentResponseAccessory,
    /// Discord's `components` field.
    pub components: Vec<TextDisplayComponentResponse>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `SectionComponentResponseAccessory`.
    pub enum SectionComponentResponseAccessory: "type" {
        /// `type` 2: a [`ButtonComponentResponse`].
        ButtonComponentResponse(ButtonComponentResponse) = [2],
        /// `type` 11: a [`ThumbnailComponentResponse`].
        ThumbnailComponentResponse(ThumbnailComponentResponse) = [11],
    }
}

/// Discord's `SeparatorComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeparatorComponentForMessageRequest {
    /// Discord's `divider` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub divider: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `spacing` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub spacing: Nullable<MessageComponentSeparatorSpacingSize>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SeparatorComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeparatorComponentResponse {
    /// Discord's `divider` field.
    pub divider: bool,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `spacing` field.
    pub spacing: MessageComponentSeparatorSpacingSize,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `SnowflakeSelectDefaultValueTypes`.
    pub enum SnowflakeSelectDefaultValueTypes {
        /// `"user"`.
        User = "user",
        /// `"role"`.
        Role = "role",
        /// `"channel"`.
        Channel = "channel",
    }
}

/// Discord's `SnowflakeType` type.
pub type SnowflakeType = Snowflake;

/// Discord's `SoundboardSoundResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SoundboardSoundResponse {
    /// Discord's `available` field.
    pub available: bool,
    /// Discord's `emoji_id` field.
    pub emoji_id: Option<Snowflake>,
    /// Discord's `emoji_name` field.
    pub emoji_name: Option<String>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `sound_id` field.
    pub sound_id: Snowflake,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Discord's `volume` field.
    pub volume: f64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StandardStickerResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StandardStickerResponse {
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `format_type` field.
    pub format_type: Option<StickerFormatTypes>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `pack_id` field.
    pub pack_id: Snowflake,
    /// Discord's `sort_value` field.
    pub sort_value: i64,
    /// Discord's `tags` field.
    pub tags: String,
    /// Discord's `type` field.
    pub r#type: StickerTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `StickerFormatTypes`.
    pub enum StickerFormatTypes {
        /// `1`.
        Png = 1,
        /// `2`.
        Apng = 2,
        /// `3`.
        Lottie = 3,
        /// `4`.
        Gif = 4,
    }
}

int_enum! {
    /// The values of Discord's `StickerTypes`.
    pub enum StickerTypes {
        /// an official sticker in a pack, part of Nitro or in a removed purchasable pack (`1`)
        Standard = 1,
        /// a sticker uploaded to a guild for the guild's members (`2`)
        Guild = 2,
    }
}

/// Discord's `StringSelectComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StringSelectComponentForMessageRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `options` field.
    pub options: Vec<StringSelectOptionForRequest>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StringSelectComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StringSelectComponentResponse {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `max_values` field.
    pub max_values: i64,
    /// Discord's `min_values` field.
    pub min_values: i64,
    /// Discord's `options` field.
    pub options: Vec<StringSelectOptionResponse>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StringSelectOptionForRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StringSelectOptionForRequest {
    /// Discord's `default` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default: Nullable<bool>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `emoji` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji: Nullable<ComponentEmojiForRequest>,
    /// Discord's `label` field.
    pub label: String,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StringSelectOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StringSelectOptionResponse {
    /// Discord's `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Discord's `emoji` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<ComponentEmojiResponse>,
    /// Discord's `label` field.
    pub label: String,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

flags! {
    /// What a guild's system channel leaves out (Discord's documentation, "System Channel Flags").
    pub struct SystemChannelFlags {
        /// No member join notifications. (`1 << 0`)
        const SUPPRESS_JOIN_NOTIFICATIONS = 1 << 0;
        /// No server boost notifications. (`1 << 1`)
        const SUPPRESS_PREMIUM_SUBSCRIPTIONS = 1 << 1;
        /// No server setup tips. (`1 << 2`)
        const SUPPRESS_GUILD_REMINDER_NOTIFICATIONS = 1 << 2;
        /// No sticker reply buttons on member join notifications. (`1 << 3`)
        const SUPPRESS_JOIN_NOTIFICATION_REPLIES = 1 << 3;
        /// No role subscription purchase and renewal notifications. (`1 << 4`)
        const SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATIONS = 1 << 4;
        /// No sticker reply buttons on those notifications. (`1 << 5`)
        const SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATION_REPLIES = 1 << 5;
    }
}

/// Discord's `TeamMemberResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamMemberResponse {
    /// Discord's `membership_state` field.
    pub membership_state: TeamMembershipStates,
    /// Discord's `permissions` field.
    pub permissions: Vec<String>,
    /// Discord's `role` field.
    pub role: TeamMemberRoles,
    /// Discord's `team_id` field.
    pub team_id: Snowflake,
    /// Discord's `user` field.
    pub user: UserResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `TeamMemberRoles`.
    pub enum TeamMemberRoles {
        /// Admins have similar access as owners, except they cannot take destructive actions on the team or team-owned apps. (`"admin"`)
        Admin = "admin",
        /// Developers can access information about team-owned apps, like the client secret or public key. They can also take limited actions on team-owned apps, like configuring interaction endpoints or resetting the bot token. Members with the Developer role cannot manage the team or its members, or take destructive actions on team-owned apps. (`"developer"`)
        Developer = "developer",
        /// Read-only members can access information about a team and any team-owned apps. Some examples include getting the IDs of applications and exporting payout records. Members can also invite bots associated with team-owned apps that are marked private. (`"read_only"`)
        ReadOnly = "read_only",
    }
}

int_enum! {
    /// The values of Discord's `TeamMembershipStates`.
    pub enum TeamMembershipStates {
        /// User has been invited to the team. (`1`)
        Invited = 1,
        /// User has accepted the team invitation. (`2`)
        Accepted = 2,
    }
}

/// Discord's `TeamResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamResponse {
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `members` field.
    pub members: Vec<TeamMemberResponse>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `owner_user_id` field.
    pub owner_user_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `TextDisplayComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextDisplayComponentForMessageRequest {
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `TextDisplayComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextDisplayComponentResponse {
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `TextInputComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextInputComponentResponse {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `label` field.
    pub label: Option<String>,
    /// Discord's `max_length` field.
    pub max_length: Option<i64>,
    /// Discord's `min_length` field.
    pub min_length: Option<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Discord's `style` field.
    pub style: TextInputStyleTypes,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Discord's `value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `TextInputStyleTypes`.
    pub enum TextInputStyleTypes {
        /// Single-line input (`1`)
        Short = 1,
        /// Multi-line input (`2`)
        Paragraph = 2,
    }
}

int_enum! {
    /// The values of Discord's `ThreadAutoArchiveDuration`.
    pub enum ThreadAutoArchiveDuration {
        /// One hour (`60`)
        OneHour = 60,
        /// One day (`1440`)
        OneDay = 1440,
        /// Three days (`4320`)
        ThreeDay = 4320,
        /// Seven days (`10080`)
        SevenDay = 10080,
    }
}

/// Discord's `ThreadMemberResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadMemberResponse {
    /// Discord's `flags` field.
    pub flags: i64,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `join_timestamp` field.
    pub join_timestamp: String,
    /// Discord's `member` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<GuildMemberResponse>,
    /// Discord's `user_id` field.
    pub user_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ThreadMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadMetadataResponse {
    /// Discord's `archive_timestamp` field.
    pub archive_timestamp: Option<String>,
    /// Discord's `archived` field.
    pub archived: bool,
    /// Discord's `auto_archive_duration` field.
    pub auto_archive_duration: ThreadAutoArchiveDuration,
    /// Discord's `create_timestamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_timestamp: Option<String>,
    /// Discord's `invitable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitable: Option<bool>,
    /// Discord's `locked` field.
    pub locked: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ThreadResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadResponse {
    /// Discord's `applied_tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_tags: Option<Vec<Snowflake>>,
    /// Discord's `bitrate` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i64>,
    /// Discord's `flags` field.
    pub flags: ChannelFlags,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `last_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message_id: Option<Snowflake>,
    /// Discord's `last_pin_timestamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_pin_timestamp: Option<String>,
    /// Discord's `member` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<ThreadMemberResponse>,
    /// Discord's `member_count` field.
    pub member_count: i64,
    /// Discord's `message_count` field.
    pub message_count: i64,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `owner_id` field.
    pub owner_id: Snowflake,
    /// Discord's `parent_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<Snowflake>,
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// Discord's `rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit_per_user: Option<i64>,
    /// Discord's `rtc_region` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtc_region: Option<String>,
    /// Discord's `thread_metadata` field.
    pub thread_metadata: ThreadMetadataResponse,
    /// Discord's `total_message_sent` field.
    pub total_message_sent: i64,
    /// Discord's `type` field.
    pub r#type: ChannelTypes,
    /// Discord's `user_limit` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_limit: Option<i64>,
    /// Discord's `video_quality_mode` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_quality_mode: Option<VideoQualityModes>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `ThreadSearchTagSetting`.
    pub enum ThreadSearchTagSetting {
        /// The thread tags must contain all tags in the search query (`"match_all"`)
        MatchAll = "match_all",
        /// The thread tags must contain at least one of tags in the search query (`"match_some"`)
        MatchSome = "match_some",
    }
}

int_enum! {
    /// The values of Discord's `ThreadSortOrder`.
    pub enum ThreadSortOrder {
        /// Sort forum posts by activity (`0`)
        LatestActivity = 0,
        /// Sort forum posts by creation time (from most recent to oldest) (`1`)
        CreationDate = 1,
    }
}

/// Discord's `ThreadsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadsResponse {
    /// Discord's `first_messages` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_messages: Option<Vec<MessageResponse>>,
    /// Discord's `has_more` field.
    pub has_more: bool,
    /// Discord's `members` field.
    pub members: Vec<ThreadMemberResponse>,
    /// Discord's `threads` field.
    pub threads: Vec<ThreadResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ThumbnailComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThumbnailComponentForMessageRequest {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `media` field.
    pub media: UnfurledMediaRequest,
    /// Discord's `spoiler` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub spoiler: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ThumbnailComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThumbnailComponentResponse {
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `media` field.
    pub media: UnfurledMediaResponse,
    /// Discord's `spoiler` field.
    pub spoiler: bool,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UInt32Type` type.
pub type UInt32Type = i64;

/// Discord's `UnfurledMediaRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnfurledMediaRequest {
    /// Discord's `url` field.
    pub url: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UnfurledMediaRequestWithAttachmentReferenceRequired` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnfurledMediaRequestWithAttachmentReferenceRequired {
    /// Discord's `url` field.
    pub url: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UnfurledMediaResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnfurledMediaResponse {
    /// Discord's `attachment_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_id: Option<Snowflake>,
    /// Discord's `content_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Discord's `height` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `proxy_url` field.
    pub proxy_url: String,
    /// Discord's `url` field.
    pub url: String,
    /// Discord's `width` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateDefaultReactionEmojiRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateDefaultReactionEmojiRequest {
    /// Discord's `emoji_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_id: Nullable<Snowflake>,
    /// Discord's `emoji_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_name: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserAvatarDecorationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserAvatarDecorationResponse {
    /// the avatar decoration hash
    pub asset: String,
    /// id of the avatar decoration's SKU
    pub sku_id: Option<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserCollectiblesResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserCollectiblesResponse {
    /// Object mapping of nameplate data
    pub nameplate: Option<UserNameplateResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

flags! {
    /// A user's flags (Discord's documentation, "User Flags").
    pub struct UserFlags {
        /// Discord employee. (`1 << 0`)
        const STAFF = 1 << 0;
        /// Partnered server owner. (`1 << 1`)
        const PARTNER = 1 << 1;
        /// HypeSquad Events member. (`1 << 2`)
        const HYPESQUAD = 1 << 2;
        /// Bug hunter, level 1. (`1 << 3`)
        const BUG_HUNTER_LEVEL_1 = 1 << 3;
        /// House Bravery member. (`1 << 6`)
        const HYPESQUAD_ONLINE_HOUSE_1 = 1 << 6;
        /// House Brilliance member. (`1 << 7`)
        const HYPESQUAD_ONLINE_HOUSE_2 = 1 << 7;
        /// House Balance member. (`1 << 8`)
        const HYPESQUAD_ONLINE_HOUSE_3 = 1 << 8;
        /// Early Nitro supporter. (`1 << 9`)
        const PREMIUM_EARLY_SUPPORTER = 1 << 9;
        /// The user is a team. (`1 << 10`)
        const TEAM_PSEUDO_USER = 1 << 10;
        /// Bug hunter, level 2. (`1 << 14`)
        const BUG_HUNTER_LEVEL_2 = 1 << 14;
        /// Verified bot. (`1 << 16`)
        const VERIFIED_BOT = 1 << 16;
        /// Early verified bot developer. (`1 << 17`)
        const VERIFIED_DEVELOPER = 1 << 17;
        /// Moderator Programs alumnus. (`1 << 18`)
        const CERTIFIED_MODERATOR = 1 << 18;
        /// Bot that uses only HTTP interactions. (`1 << 19`)
        const BOT_HTTP_INTERACTIONS = 1 << 19;
        /// Active developer. (`1 << 22`)
        const ACTIVE_DEVELOPER = 1 << 22;
    }
}

/// Discord's `UserNameplateResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserNameplateResponse {
    /// Path to the nameplate asset
    pub asset: String,
    /// The label of this nameplate. Currently unused
    pub label: String,
    /// Background color of the nameplate
    pub palette: NameplatePalette,
    /// ID of the nameplate SKU
    pub sku_id: Option<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserPrimaryGuildResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserPrimaryGuildResponse {
    /// the server tag badge hash
    pub badge: Option<String>,
    /// whether the user is displaying the primary guild's server tag
    pub identity_enabled: Option<bool>,
    /// the id of the user's primary guild
    pub identity_guild_id: Option<Snowflake>,
    /// the text of the user's server tag, limited to 4 characters
    pub tag: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserResponse {
    /// the user's banner color encoded as an integer representation of hexadecimal color code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent_color: Option<i64>,
    /// the user's avatar hash
    pub avatar: Option<String>,
    /// data for the user's avatar decoration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_decoration_data: Option<UserAvatarDecorationResponse>,
    /// the user's banner hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<String>,
    /// whether the user belongs to an OAuth2 application
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<bool>,
    /// data for the user's collectibles
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectibles: Option<UserCollectiblesResponse>,
    /// the user's Discord-tag
    pub discriminator: String,
    /// the flags on a user's account
    pub flags: UserFlags,
    /// the user's display name, if it is set
    pub global_name: Option<String>,
    /// the user's id
    pub id: Snowflake,
    /// the user's primary guild
    pub primary_guild: Option<UserPrimaryGuildResponse>,
    /// the public flags on a user's account
    pub public_flags: UserFlags,
    /// whether the user is an Official Discord System user (part of the urgent message system)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<bool>,
    /// the user's username, not unique across the platform
    pub username: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserSelectComponentForMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserSelectComponentForMessageRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<UserSelectDefaultValue>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserSelectComponentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserSelectComponentResponse {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_values: Option<Vec<UserSelectDefaultValueResponse>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `max_values` field.
    pub max_values: i64,
    /// Discord's `min_values` field.
    pub min_values: i64,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserSelectDefaultValue` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserSelectDefaultValue {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    pub r#type: SnowflakeSelectDefaultValueTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserSelectDefaultValueResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserSelectDefaultValueResponse {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `type` field.
    pub r#type: SnowflakeSelectDefaultValueTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `VerificationLevels`.
    pub enum VerificationLevels {
        /// unrestricted (`0`)
        None = 0,
        /// must have verified email on account (`1`)
        Low = 1,
        /// must be registered on Discord for longer than 5 minutes (`2`)
        Medium = 2,
        /// must be a member of the server for longer than 10 minutes (`3`)
        High = 3,
        /// must have a verified phone number (`4`)
        VeryHigh = 4,
    }
}

int_enum! {
    /// The values of Discord's `VideoQualityModes`.
    pub enum VideoQualityModes {
        /// Discord chooses the quality for optimal performance (`1`)
        Auto = 1,
        /// 720p (`2`)
        Full = 2,
    }
}

/// Discord's `VoiceRegionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoiceRegionResponse {
    /// Discord's `custom` field.
    pub custom: bool,
    /// Discord's `deprecated` field.
    pub deprecated: bool,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `optimal` field.
    pub optimal: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WebhookSourceChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebhookSourceChannelResponse {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WebhookSourceGuildResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebhookSourceGuildResponse {
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `WebhookTypes`.
    pub enum WebhookTypes {
        /// Incoming Webhooks can post messages to channels with a generated token (`1`)
        GuildIncoming = 1,
        /// Channel Follower Webhooks are internal webhooks used with Channel Following to post new messages into channels (`2`)
        ChannelFollower = 2,
        /// Application webhooks are webhooks used with Interactions (`3`)
        ApplicationIncoming = 3,
    }
}
