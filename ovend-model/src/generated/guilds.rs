//! Types of the `guilds` area of Discord's API.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::{Nullable, Snowflake};

/// Discord's `ActionGuildJoinRequestRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActionGuildJoinRequestRequest {
    /// Whether to approve or reject the join request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<GuildJoinRequestApplicationStatus>,
    /// Reason for rejection. Only used when action is REJECTED
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rejection_reason: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `AfkTimeouts`.
    pub enum AfkTimeouts {
        /// `60`.
        OneMinute = 60,
        /// `300`.
        FiveMinutes = 300,
        /// `900`.
        FifteenMinutes = 900,
        /// `1800`.
        ThirtyMinutes = 1800,
        /// `3600`.
        OneHour = 3600,
    }
}

int_enum! {
    /// The values of Discord's `AuditLogActionTypes`.
    pub enum AuditLogActionTypes {
        /// `1`.
        GuildUpdate = 1,
        /// `10`.
        ChannelCreate = 10,
        /// `11`.
        ChannelUpdate = 11,
        /// `12`.
        ChannelDelete = 12,
        /// `13`.
        ChannelOverwriteCreate = 13,
        /// `14`.
        ChannelOverwriteUpdate = 14,
        /// `15`.
        ChannelOverwriteDelete = 15,
        /// `20`.
        MemberKick = 20,
        /// `21`.
        MemberPrune = 21,
        /// `22`.
        MemberBanAdd = 22,
        /// `23`.
        MemberBanRemove = 23,
        /// `24`.
        MemberUpdate = 24,
        /// `25`.
        MemberRoleUpdate = 25,
        /// `26`.
        MemberMove = 26,
        /// `27`.
        MemberDisconnect = 27,
        /// `28`.
        BotAdd = 28,
        /// `30`.
        RoleCreate = 30,
        /// `31`.
        RoleUpdate = 31,
        /// `32`.
        RoleDelete = 32,
        /// `40`.
        InviteCreate = 40,
        /// `41`.
        InviteUpdate = 41,
        /// `42`.
        InviteDelete = 42,
        /// `50`.
        WebhookCreate = 50,
        /// `51`.
        WebhookUpdate = 51,
        /// `52`.
        WebhookDelete = 52,
        /// `60`.
        EmojiCreate = 60,
        /// `61`.
        EmojiUpdate = 61,
        /// `62`.
        EmojiDelete = 62,
        /// `72`.
        MessageDelete = 72,
        /// `73`.
        MessageBulkDelete = 73,
        /// `74`.
        MessagePin = 74,
        /// `75`.
        MessageUnpin = 75,
        /// `80`.
        IntegrationCreate = 80,
        /// `81`.
        IntegrationUpdate = 81,
        /// `82`.
        IntegrationDelete = 82,
        /// `83`.
        StageInstanceCreate = 83,
        /// `84`.
        StageInstanceUpdate = 84,
        /// `85`.
        StageInstanceDelete = 85,
        /// `90`.
        StickerCreate = 90,
        /// `91`.
        StickerUpdate = 91,
        /// `92`.
        StickerDelete = 92,
        /// `100`.
        GuildScheduledEventCreate = 100,
        /// `101`.
        GuildScheduledEventUpdate = 101,
        /// `102`.
        GuildScheduledEventDelete = 102,
        /// `110`.
        ThreadCreate = 110,
        /// `111`.
        ThreadUpdate = 111,
        /// `112`.
        ThreadDelete = 112,
        /// `121`.
        ApplicationCommandPermissionUpdate = 121,
        /// `130`.
        SoundboardSoundCreate = 130,
        /// `131`.
        SoundboardSoundUpdate = 131,
        /// `132`.
        SoundboardSoundDelete = 132,
        /// `140`.
        AutoModerationRuleCreate = 140,
        /// `141`.
        AutoModerationRuleUpdate = 141,
        /// `142`.
        AutoModerationRuleDelete = 142,
        /// `143`.
        AutoModerationBlockMessage = 143,
        /// `144`.
        AutoModerationFlagToChannel = 144,
        /// `145`.
        AutoModerationUserCommDisabled = 145,
        /// `146`.
        AutoModerationQuarantineUser = 146,
        /// `150`.
        CreatorMonetizationRequestCreated = 150,
        /// `151`.
        CreatorMonetizationTermsAccepted = 151,
        /// `163`.
        OnboardingPromptCreate = 163,
        /// `164`.
        OnboardingPromptUpdate = 164,
        /// `165`.
        OnboardingPromptDelete = 165,
        /// `166`.
        OnboardingCreate = 166,
        /// `167`.
        OnboardingUpdate = 167,
        /// `171`.
        GuildHomeFeatureItem = 171,
        /// `172`.
        GuildHomeRemoveItem = 172,
        /// `180`.
        HarmfulLinksBlockedMessage = 180,
        /// `190`.
        HomeSettingsCreate = 190,
        /// `191`.
        HomeSettingsUpdate = 191,
        /// `192`.
        VoiceChannelStatusCreate = 192,
        /// `193`.
        VoiceChannelStatusDelete = 193,
        /// Scheduled event exception was created (`200`)
        GuildScheduledEventExceptionCreate = 200,
        /// Scheduled event exception was updated (`201`)
        GuildScheduledEventExceptionUpdate = 201,
        /// Scheduled event exception was deleted (`202`)
        GuildScheduledEventExceptionDelete = 202,
        /// `211`.
        GuildProfileUpdate = 211,
    }
}

/// Discord's `AuditLogEntryResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditLogEntryResponse {
    /// Discord's `action_type` field.
    pub action_type: AuditLogActionTypes,
    /// Discord's `changes` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<AuditLogObjectChangeResponse>>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
    /// Discord's `reason` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Discord's `target_id` field.
    pub target_id: Option<Snowflake>,
    /// Discord's `user_id` field.
    pub user_id: Option<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `AuditLogObjectChangeResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AuditLogObjectChangeResponse {
    /// Discord's `key` field.
    pub key: Option<String>,
    /// Discord's `new_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_value: Option<serde_json::Value>,
    /// Discord's `old_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_value: Option<serde_json::Value>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `AutomodActionType`.
    pub enum AutomodActionType {
        /// Block a user's message and prevent it from being posted. A custom explanation can be specified and shown to members whenever their message is blocked (`1`)
        BlockMessage = 1,
        /// Send a system message to a channel in order to log the user message that triggered the rule (`2`)
        FlagToChannel = 2,
        /// Temporarily disable a user's ability to communicate in the server (timeout) (`3`)
        UserCommunicationDisabled = 3,
        /// Prevent a user from interacting in the server (`4`)
        QuarantineUser = 4,
    }
}

int_enum! {
    /// The values of Discord's `AutomodEventType`.
    pub enum AutomodEventType {
        /// A user submitted a message to a channel (`1`)
        MessageSend = 1,
        /// A user is attempting to join the server or a member's properties were updated. (`2`)
        GuildMemberJoinOrUpdate = 2,
    }
}

int_enum! {
    /// The values of Discord's `AutomodKeywordPresetType`.
    pub enum AutomodKeywordPresetType {
        /// Words and phrases that may be considered profanity (`1`)
        Profanity = 1,
        /// Words and phrases that may be considered as sexual content (`2`)
        SexualContent = 2,
        /// Words and phrases that may be considered slurs and hate speech (`3`)
        Slurs = 3,
    }
}

int_enum! {
    /// The values of Discord's `AutomodTriggerType`.
    pub enum AutomodTriggerType {
        /// Check if content contains words from a list of keywords or matches regex (`1`)
        Keyword = 1,
        /// Check if content represents generic spam (`3`)
        MlSpam = 3,
        /// Check if content contains words from internal pre-defined wordsets (`4`)
        DefaultKeywordList = 4,
        /// Check if content contains more unique mentions than allowed (`5`)
        MentionSpam = 5,
        /// Check if user profile fields contains words from a list of keywords or matches regex (`6`)
        UserProfile = 6,
    }
}

/// Discord's `BanUserFromGuildRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BanUserFromGuildRequest {
    /// Discord's `delete_message_days` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub delete_message_days: Nullable<i64>,
    /// Discord's `delete_message_seconds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub delete_message_seconds: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BlockMessageAction` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockMessageAction {
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<BlockMessageActionMetadata>,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BlockMessageActionMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BlockMessageActionMetadata {
    /// Discord's `custom_message` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub custom_message: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BlockMessageActionMetadataResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BlockMessageActionMetadataResponse {
    /// Discord's `custom_message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_message: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BlockMessageActionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockMessageActionResponse {
    /// Discord's `metadata` field.
    pub metadata: BlockMessageActionMetadataResponse,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BotAddGuildMemberRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BotAddGuildMemberRequest {
    /// Discord's `access_token` field.
    pub access_token: String,
    /// Discord's `deaf` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub deaf: Nullable<bool>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<GuildMemberFlags>,
    /// Discord's `mute` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mute: Nullable<bool>,
    /// Discord's `nick` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nick: Nullable<String>,
    /// Discord's `roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub roles: Nullable<Vec<Snowflake>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BulkBanUsersRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkBanUsersRequest {
    /// Discord's `delete_message_seconds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub delete_message_seconds: Nullable<i64>,
    /// Discord's `user_ids` field.
    pub user_ids: Vec<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BulkBanUsersResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkBanUsersResponse {
    /// Discord's `banned_users` field.
    pub banned_users: Vec<Snowflake>,
    /// Discord's `failed_users` field.
    pub failed_users: Vec<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BulkUpdateGuildChannelsRequestItem` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BulkUpdateGuildChannelsRequestItem {
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// Discord's `lock_permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub lock_permissions: Nullable<bool>,
    /// Discord's `parent_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub parent_id: Nullable<Snowflake>,
    /// Discord's `position` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub position: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ByNWeekday` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ByNWeekday {
    /// The day within the week to reoccur on
    pub day: RecurrenceRuleWeekdays,
    /// The week to reoccur on (1-5, where 5 represents the last week)
    pub n: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `CreateAutoModerationRuleRequest`.
    pub enum CreateAutoModerationRuleRequest: "trigger_type" {
        /// `trigger_type` 4: a [`DefaultKeywordListUpsertRequest`].
        DefaultKeywordListUpsertRequest(DefaultKeywordListUpsertRequest) = [4],
        /// `trigger_type` 1: a [`KeywordUpsertRequest`].
        KeywordUpsertRequest(KeywordUpsertRequest) = [1],
        /// `trigger_type` 3: a [`MLSpamUpsertRequest`].
        MLSpamUpsertRequest(MLSpamUpsertRequest) = [3],
        /// `trigger_type` 5: a [`MentionSpamUpsertRequest`].
        MentionSpamUpsertRequest(MentionSpamUpsertRequest) = [5],
        /// `trigger_type` 6: a [`UserProfileUpsertRequest`].
        UserProfileUpsertRequest(UserProfileUpsertRequest) = [6],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `CreateAutoModerationRuleResponse`.
    pub enum CreateAutoModerationRuleResponse: "trigger_type" {
        /// `trigger_type` 4: a [`DefaultKeywordRuleResponse`].
        DefaultKeywordRuleResponse(DefaultKeywordRuleResponse) = [4],
        /// `trigger_type` 1: a [`KeywordRuleResponse`].
        KeywordRuleResponse(KeywordRuleResponse) = [1],
        /// `trigger_type` 3: a [`MLSpamRuleResponse`].
        MLSpamRuleResponse(MLSpamRuleResponse) = [3],
        /// `trigger_type` 5: a [`MentionSpamRuleResponse`].
        MentionSpamRuleResponse(MentionSpamRuleResponse) = [5],
        /// `trigger_type` 6: a [`UserProfileRuleResponse`].
        UserProfileRuleResponse(UserProfileRuleResponse) = [6],
    }
}

/// Discord's `CreateGuildChannelRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateGuildChannelRequest {
    /// Discord's `available_tags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub available_tags: Nullable<Vec<Option<CreateOrUpdateThreadTagRequest>>>,
    /// Discord's `bitrate` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub bitrate: Nullable<i64>,
    /// Discord's `default_auto_archive_duration` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_auto_archive_duration: Nullable<ThreadAutoArchiveDuration>,
    /// Discord's `default_forum_layout` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_forum_layout: Nullable<ForumLayout>,
    /// Discord's `default_reaction_emoji` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_reaction_emoji: Nullable<UpdateDefaultReactionEmojiRequest>,
    /// Discord's `default_sort_order` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_sort_order: Nullable<ThreadSortOrder>,
    /// Discord's `default_tag_setting` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_tag_setting: Nullable<ThreadSearchTagSetting>,
    /// Discord's `default_thread_rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_thread_rate_limit_per_user: Nullable<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `nsfw` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nsfw: Nullable<bool>,
    /// Discord's `parent_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub parent_id: Nullable<Snowflake>,
    /// Discord's `permission_overwrites` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub permission_overwrites: Nullable<Vec<ChannelPermissionOverwriteRequest>>,
    /// Discord's `position` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub position: Nullable<i64>,
    /// Discord's `rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rate_limit_per_user: Nullable<i64>,
    /// Discord's `rtc_region` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rtc_region: Nullable<String>,
    /// Discord's `topic` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub topic: Nullable<String>,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<ChannelTypes>,
    /// Discord's `user_limit` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub user_limit: Nullable<i64>,
    /// Discord's `video_quality_mode` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub video_quality_mode: Nullable<VideoQualityModes>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateGuildEmojiRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateGuildEmojiRequest {
    /// Discord's `image` field.
    pub image: String,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub roles: Nullable<Vec<Option<Snowflake>>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `CreateGuildScheduledEventRequest`.
    pub enum CreateGuildScheduledEventRequest: "entity_type" {
        /// `entity_type` 3: a [`ExternalScheduledEventCreateRequest`].
        ExternalScheduledEventCreateRequest(ExternalScheduledEventCreateRequest) = [3],
        /// `entity_type` 1: a [`StageScheduledEventCreateRequest`].
        StageScheduledEventCreateRequest(StageScheduledEventCreateRequest) = [1],
        /// `entity_type` 2: a [`VoiceScheduledEventCreateRequest`].
        VoiceScheduledEventCreateRequest(VoiceScheduledEventCreateRequest) = [2],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `CreateGuildScheduledEventResponse`.
    pub enum CreateGuildScheduledEventResponse: "entity_type" {
        /// `entity_type` 3: a [`ExternalScheduledEventResponse`].
        ExternalScheduledEventResponse(ExternalScheduledEventResponse) = [3],
        /// `entity_type` 1: a [`StageScheduledEventResponse`].
        StageScheduledEventResponse(StageScheduledEventResponse) = [1],
        /// `entity_type` 2: a [`VoiceScheduledEventResponse`].
        VoiceScheduledEventResponse(VoiceScheduledEventResponse) = [2],
    }
}

/// Discord's `CreateGuildTemplateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateGuildTemplateRequest {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateOrUpdateThreadTagRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateOrUpdateThreadTagRequest {
    /// Discord's `emoji_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_id: Nullable<Snowflake>,
    /// Discord's `emoji_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_name: Nullable<String>,
    /// Discord's `moderated` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub moderated: Nullable<bool>,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateRoleRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateRoleRequest {
    /// Discord's `color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub color: Nullable<i64>,
    /// Discord's `colors` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub colors: Nullable<RoleColors>,
    /// Discord's `hoist` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hoist: Nullable<bool>,
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon: Nullable<String>,
    /// Discord's `mentionable` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mentionable: Nullable<bool>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub permissions: Nullable<i64>,
    /// Discord's `unicode_emoji` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unicode_emoji: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `DefaultKeywordListTriggerMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DefaultKeywordListTriggerMetadata {
    /// Discord's `allow_list` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allow_list: Nullable<Vec<String>>,
    /// Discord's `presets` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub presets: Nullable<Vec<AutomodKeywordPresetType>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `DefaultKeywordListTriggerMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DefaultKeywordListTriggerMetadataResponse {
    /// Discord's `allow_list` field.
    pub allow_list: Vec<String>,
    /// Discord's `presets` field.
    pub presets: Vec<AutomodKeywordPresetType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `DefaultKeywordListUpsertRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DefaultKeywordListUpsertRequest {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    pub trigger_metadata: DefaultKeywordListTriggerMetadata,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `DefaultKeywordListUpsertRequestActionsItem`.
    pub enum DefaultKeywordListUpsertRequestActionsItem: "type" {
        /// `type` 1: a [`BlockMessageAction`].
        BlockMessageAction(BlockMessageAction) = [1],
        /// `type` 2: a [`FlagToChannelAction`].
        FlagToChannelAction(FlagToChannelAction) = [2],
        /// `type` 4: a [`QuarantineUserAction`].
        QuarantineUserAction(QuarantineUserAction) = [4],
        /// `type` 3: a [`UserCommunicationDisabledAction`].
        UserCommunicationDisabledAction(UserCommunicationDisabledAction) = [3],
    }
}

/// Discord's `DefaultKeywordListUpsertRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DefaultKeywordListUpsertRequestPartial {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<AutomodEventType>,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_metadata: Option<DefaultKeywordListTriggerMetadata>,
    /// Discord's `trigger_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<AutomodTriggerType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `DefaultKeywordRuleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DefaultKeywordRuleResponse {
    /// Discord's `actions` field.
    pub actions: Vec<DefaultKeywordRuleResponseActionsItem>,
    /// Discord's `creator_id` field.
    pub creator_id: Snowflake,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    pub exempt_channels: Vec<Snowflake>,
    /// Discord's `exempt_roles` field.
    pub exempt_roles: Vec<Snowflake>,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    pub trigger_metadata: DefaultKeywordListTriggerMetadataResponse,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `DefaultKeywordRuleResponseActionsItem`.
    pub enum DefaultKeywordRuleResponseActionsItem: "type" {
        /// `type` 1: a [`BlockMessageActionResponse`].
        BlockMessageActionResponse(BlockMessageActionResponse) = [1],
        /// `type` 2: a [`FlagToChannelActionResponse`].
        FlagToChannelActionResponse(FlagToChannelActionResponse) = [2],
        /// `type` 4: a [`QuarantineUserActionResponse`].
        QuarantineUserActionResponse(QuarantineUserActionResponse) = [4],
        /// `type` 3: a [`UserCommunicationDisabledActionResponse`].
        UserCommunicationDisabledActionResponse(UserCommunicationDisabledActionResponse) = [3],
    }
}

/// Discord's `DiscordIntegrationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiscordIntegrationResponse {
    /// Discord's `account` field.
    pub account: AccountResponse,
    /// Discord's `application` field.
    pub application: IntegrationApplicationResponse,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `scopes` field.
    pub scopes: Vec<OAuth2Scopes>,
    /// Discord's `type` field.
    pub r#type: IntegrationTypes,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EntityMetadataExternal` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityMetadataExternal {
    /// Discord's `location` field.
    pub location: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EntityMetadataExternalResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityMetadataExternalResponse {
    /// Location of the external event
    pub location: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EntityMetadataStageInstance` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityMetadataStageInstance {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EntityMetadataStageInstanceResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityMetadataStageInstanceResponse {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EntityMetadataVoice` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityMetadataVoice {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EntityMetadataVoiceResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityMetadataVoiceResponse {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ExternalConnectionIntegrationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExternalConnectionIntegrationResponse {
    /// Discord's `account` field.
    pub account: AccountResponse,
    /// Discord's `enable_emoticons` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_emoticons: Option<bool>,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `expire_behavior` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_behavior: Option<IntegrationExpireBehaviorTypes>,
    /// Discord's `expire_grace_period` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_grace_period: Option<IntegrationExpireGracePeriodTypes>,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `revoked` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<bool>,
    /// Discord's `role_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<Snowflake>,
    /// Discord's `subscriber_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriber_count: Option<i64>,
    /// Discord's `synced_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synced_at: Option<String>,
    /// Discord's `syncing` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syncing: Option<bool>,
    /// Discord's `type` field.
    pub r#type: IntegrationTypes,
    /// Discord's `user` field.
    pub user: UserResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ExternalScheduledEventCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExternalScheduledEventCreateRequest {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `entity_metadata` field.
    pub entity_metadata: EntityMetadataExternal,
    /// Discord's `entity_type` field.
    pub entity_type: GuildScheduledEventEntityTypes,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `privacy_level` field.
    pub privacy_level: GuildScheduledEventPrivacyLevels,
    /// Recurrence rule for the scheduled event
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub recurrence_rule: Nullable<RecurrenceRule>,
    /// Discord's `scheduled_end_time` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Discord's `scheduled_start_time` field.
    pub scheduled_start_time: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ExternalScheduledEventPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExternalScheduledEventPatchRequestPartial {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `entity_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_metadata: Option<EntityMetadataExternal>,
    /// Discord's `entity_type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub entity_type: Nullable<GuildScheduledEventEntityTypes>,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `privacy_level` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_level: Option<GuildScheduledEventPrivacyLevels>,
    /// Recurrence rule for the scheduled event
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub recurrence_rule: Nullable<RecurrenceRule>,
    /// Discord's `scheduled_end_time` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Discord's `scheduled_start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_start_time: Option<String>,
    /// Discord's `status` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<GuildScheduledEventStatuses>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ExternalScheduledEventResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExternalScheduledEventResponse {
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
    /// Discord's `entity_metadata` field.
    pub entity_metadata: EntityMetadataExternalResponse,
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

/// Discord's `FlagToChannelAction` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FlagToChannelAction {
    /// Discord's `metadata` field.
    pub metadata: FlagToChannelActionMetadata,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `FlagToChannelActionMetadata` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FlagToChannelActionMetadata {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `FlagToChannelActionMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FlagToChannelActionMetadataResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `FlagToChannelActionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FlagToChannelActionResponse {
    /// Discord's `metadata` field.
    pub metadata: FlagToChannelActionMetadataResponse,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `GetAutoModerationRuleResponse`.
    pub enum GetAutoModerationRuleResponse: "trigger_type" {
        /// `trigger_type` 4: a [`DefaultKeywordRuleResponse`].
        DefaultKeywordRuleResponse(DefaultKeywordRuleResponse) = [4],
        /// `trigger_type` 1: a [`KeywordRuleResponse`].
        KeywordRuleResponse(KeywordRuleResponse) = [1],
        /// `trigger_type` 3: a [`MLSpamRuleResponse`].
        MLSpamRuleResponse(MLSpamRuleResponse) = [3],
        /// `trigger_type` 5: a [`MentionSpamRuleResponse`].
        MentionSpamRuleResponse(MentionSpamRuleResponse) = [5],
        /// `trigger_type` 6: a [`UserProfileRuleResponse`].
        UserProfileRuleResponse(UserProfileRuleResponse) = [6],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `GetGuildScheduledEventResponse`.
    pub enum GetGuildScheduledEventResponse: "entity_type" {
        /// `entity_type` 3: a [`ExternalScheduledEventResponse`].
        ExternalScheduledEventResponse(ExternalScheduledEventResponse) = [3],
        /// `entity_type` 1: a [`StageScheduledEventResponse`].
        StageScheduledEventResponse(StageScheduledEventResponse) = [1],
        /// `entity_type` 2: a [`VoiceScheduledEventResponse`].
        VoiceScheduledEventResponse(VoiceScheduledEventResponse) = [2],
    }
}

/// Discord's `GuildAuditLogResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildAuditLogResponse {
    /// Discord's `application_commands` field.
    pub application_commands: Vec<ApplicationCommandResponse>,
    /// Discord's `audit_log_entries` field.
    pub audit_log_entries: Vec<AuditLogEntryResponse>,
    /// Discord's `auto_moderation_rules` field.
    pub auto_moderation_rules: Vec<Option<GuildAuditLogResponseAutoModerationRulesItem>>,
    /// Discord's `guild_scheduled_events` field.
    pub guild_scheduled_events: Vec<GuildAuditLogResponseGuildScheduledEventsItem>,
    /// Discord's `integrations` field.
    pub integrations: Vec<GuildAuditLogResponseIntegrationsItem>,
    /// Discord's `threads` field.
    pub threads: Vec<ThreadResponse>,
    /// Discord's `users` field.
    pub users: Vec<UserResponse>,
    /// Discord's `webhooks` field.
    pub webhooks: Vec<GuildAuditLogResponseWebhooksItem>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `GuildAuditLogResponseAutoModerationRulesItem`.
    pub enum GuildAuditLogResponseAutoModerationRulesItem: "trigger_type" {
        /// `trigger_type` 4: a [`DefaultKeywordRuleResponse`].
        DefaultKeywordRuleResponse(DefaultKeywordRuleResponse) = [4],
        /// `trigger_type` 1: a [`KeywordRuleResponse`].
        KeywordRuleResponse(KeywordRuleResponse) = [1],
        /// `trigger_type` 3: a [`MLSpamRuleResponse`].
        MLSpamRuleResponse(MLSpamRuleResponse) = [3],
        /// `trigger_type` 5: a [`MentionSpamRuleResponse`].
        MentionSpamRuleResponse(MentionSpamRuleResponse) = [5],
        /// `trigger_type` 6: a [`UserProfileRuleResponse`].
        UserProfileRuleResponse(UserProfileRuleResponse) = [6],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `GuildAuditLogResponseGuildScheduledEventsItem`.
    pub enum GuildAuditLogResponseGuildScheduledEventsItem: "entity_type" {
        /// `entity_type` 3: a [`ExternalScheduledEventResponse`].
        ExternalScheduledEventResponse(ExternalScheduledEventResponse) = [3],
        /// `entity_type` 1: a [`StageScheduledEventResponse`].
        StageScheduledEventResponse(StageScheduledEventResponse) = [1],
        /// `entity_type` 2: a [`VoiceScheduledEventResponse`].
        VoiceScheduledEventResponse(VoiceScheduledEventResponse) = [2],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `GuildAuditLogResponseIntegrationsItem`.
    pub enum GuildAuditLogResponseIntegrationsItem: "type" {
        /// `type` "discord": a [`PartialDiscordIntegrationResponse`].
        PartialDiscordIntegrationResponse(PartialDiscordIntegrationResponse) = ["discord"],
        /// `type` "twitch", "youtube": a [`PartialExternalConnectionIntegrationResponse`].
        PartialExternalConnectionIntegrationResponse(PartialExternalConnectionIntegrationResponse) = ["twitch", "youtube"],
        /// `type` "guild_subscription": a [`PartialGuildSubscriptionIntegrationResponse`].
        PartialGuildSubscriptionIntegrationResponse(PartialGuildSubscriptionIntegrationResponse) = ["guild_subscription"],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `GuildAuditLogResponseWebhooksItem`.
    pub enum GuildAuditLogResponseWebhooksItem: "type" {
        /// `type` 3: a [`ApplicationIncomingWebhookResponse`].
        ApplicationIncomingWebhookResponse(ApplicationIncomingWebhookResponse) = [3],
        /// `type` 2: a [`ChannelFollowerWebhookResponse`].
        ChannelFollowerWebhookResponse(ChannelFollowerWebhookResponse) = [2],
        /// `type` 1: a [`GuildIncomingWebhookResponse`].
        GuildIncomingWebhookResponse(GuildIncomingWebhookResponse) = [1],
    }
}

/// Discord's `GuildBanResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildBanResponse {
    /// Discord's `reason` field.
    pub reason: Option<String>,
    /// Discord's `user` field.
    pub user: UserResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `GuildExplicitContentFilterTypes`.
    pub enum GuildExplicitContentFilterTypes {
        /// media content will not be scanned (`0`)
        Disabled = 0,
        /// media content sent by members without roles will be scanned (`1`)
        MembersWithoutRoles = 1,
        /// media content sent by all members will be scanned (`2`)
        AllMembers = 2,
    }
}

/// Discord's `GuildHomeSettingsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildHomeSettingsResponse {
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `new_member_actions` field.
    pub new_member_actions: Vec<NewMemberActionResponse>,
    /// Discord's `resource_channels` field.
    pub resource_channels: Vec<ResourceChannelResponse>,
    /// Discord's `welcome_message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub welcome_message: Option<WelcomeMessageResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildIncidentActionsRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuildIncidentActionsRequest {
    /// When direct messages will be enabled again
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub dms_disabled_until: Nullable<String>,
    /// When invites will be enabled again
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invites_disabled_until: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildIncidentsDataResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuildIncidentsDataResponse {
    /// When direct messages get enabled again
    pub dms_disabled_until: Option<String>,
    /// When invites get enabled again
    pub invites_disabled_until: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `GuildJoinRequestApplicationStatus`.
    pub enum GuildJoinRequestApplicationStatus {
        /// Applicant started but not yet submitted join request (`"STARTED"`)
        Started = "STARTED",
        /// Applicant submitted join request that is awaiting review (`"SUBMITTED"`)
        Submitted = "SUBMITTED",
        /// Join request rejected (`"REJECTED"`)
        Rejected = "REJECTED",
        /// Join request approved (`"APPROVED"`)
        Approved = "APPROVED",
    }
}

/// Discord's `GuildJoinRequestResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildJoinRequestResponse {
    /// Discord's `actioned_by_user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actioned_by_user: Option<UserResponse>,
    /// Discord's `application_status` field.
    pub application_status: Option<GuildJoinRequestApplicationStatus>,
    /// Discord's `created_at` field.
    pub created_at: String,
    /// Applicant's responses on join request form
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_responses: Option<Vec<GuildJoinRequestResponseFormResponsesItem>>,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Reason request was rejected. Only set when application_status is REJECTED
    pub rejection_reason: Option<String>,
    /// Discord's `reviewed_at` field.
    pub reviewed_at: Option<String>,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Discord's `user_id` field.
    pub user_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `GuildJoinRequestResponseFormResponsesItem`.
    pub enum GuildJoinRequestResponseFormResponsesItem: "field_type" {
        /// `field_type` "MULTIPLE_CHOICE": a [`MultipleChoiceFormFieldResponse`].
        MultipleChoiceFormFieldResponse(MultipleChoiceFormFieldResponse) = ["MULTIPLE_CHOICE"],
        /// `field_type` "PARAGRAPH": a [`ParagraphFormFieldResponse`].
        ParagraphFormFieldResponse(ParagraphFormFieldResponse) = ["PARAGRAPH"],
        /// `field_type` "TERMS": a [`TermsFormFieldResponse`].
        TermsFormFieldResponse(TermsFormFieldResponse) = ["TERMS"],
        /// `field_type` "TEXT_INPUT": a [`TextInputFormFieldResponse`].
        TextInputFormFieldResponse(TextInputFormFieldResponse) = ["TEXT_INPUT"],
    }
}

/// Discord's `GuildJoinRequestsListResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuildJoinRequestsListResponse {
    /// Discord's `guild_join_requests` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_join_requests: Option<Vec<GuildJoinRequestResponse>>,
    /// Discord's `total` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `GuildMFALevel`.
    pub enum GuildMFALevel {
        /// Guild has no MFA/2FA requirement for moderation actions (`0`)
        None = 0,
        /// Guild has a 2FA requirement for moderation actions (`1`)
        Elevated = 1,
    }
}

str_enum! {
    /// The values of Discord's `GuildMemberVerificationFormFieldType`.
    pub enum GuildMemberVerificationFormFieldType {
        /// Field requiring applicant to acknowledge list of terms (`"TERMS"`)
        Terms = "TERMS",
        /// Short text input field (`"TEXT_INPUT"`)
        TextInput = "TEXT_INPUT",
        /// Long-form text input field (`"PARAGRAPH"`)
        Paragraph = "PARAGRAPH",
        /// Field where applicant selects one of many options (`"MULTIPLE_CHOICE"`)
        MultipleChoice = "MULTIPLE_CHOICE",
    }
}

int_enum! {
    /// The values of Discord's `GuildOnboardingMode`.
    pub enum GuildOnboardingMode {
        /// Only Default Channels considered in constraints (`0`)
        OnboardingDefault = 0,
        /// Default Channels and Onboarding Prompts considered in constraints (`1`)
        OnboardingAdvanced = 1,
    }
}

/// Discord's `GuildOnboardingResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildOnboardingResponse {
    /// Discord's `default_channel_ids` field.
    pub default_channel_ids: Vec<Snowflake>,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `mode` field.
    pub mode: GuildOnboardingMode,
    /// Discord's `prompts` field.
    pub prompts: Vec<OnboardingPromptResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuildPatchRequestPartial {
    /// Discord's `afk_channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub afk_channel_id: Nullable<Snowflake>,
    /// Discord's `afk_timeout` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub afk_timeout: Nullable<AfkTimeouts>,
    /// Discord's `banner` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub banner: Nullable<String>,
    /// Discord's `default_message_notifications` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_message_notifications: Nullable<UserNotificationSettings>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `discovery_splash` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub discovery_splash: Nullable<String>,
    /// Discord's `explicit_content_filter` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub explicit_content_filter: Nullable<GuildExplicitContentFilterTypes>,
    /// Discord's `features` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub features: Nullable<Vec<Option<String>>>,
    /// Discord's `home_header` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub home_header: Nullable<String>,
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `preferred_locale` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub preferred_locale: Nullable<AvailableLocalesEnum>,
    /// Discord's `premium_progress_bar_enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub premium_progress_bar_enabled: Nullable<bool>,
    /// Discord's `public_updates_channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub public_updates_channel_id: Nullable<Snowflake>,
    /// Discord's `region` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub region: Nullable<String>,
    /// Discord's `rules_channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rules_channel_id: Nullable<Snowflake>,
    /// Discord's `safety_alerts_channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub safety_alerts_channel_id: Nullable<Snowflake>,
    /// Discord's `splash` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub splash: Nullable<String>,
    /// Discord's `system_channel_flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub system_channel_flags: Nullable<SystemChannelFlags>,
    /// Discord's `system_channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub system_channel_id: Nullable<Snowflake>,
    /// Discord's `verification_level` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub verification_level: Nullable<VerificationLevels>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildPreviewResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildPreviewResponse {
    /// Discord's `approximate_member_count` field.
    pub approximate_member_count: i64,
    /// Discord's `approximate_presence_count` field.
    pub approximate_presence_count: i64,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `discovery_splash` field.
    pub discovery_splash: Option<String>,
    /// Discord's `emojis` field.
    pub emojis: Vec<EmojiResponse>,
    /// Discord's `features` field.
    pub features: Vec<GuildFeatures>,
    /// Discord's `home_header` field.
    pub home_header: Option<String>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `splash` field.
    pub splash: Option<String>,
    /// Discord's `stickers` field.
    pub stickers: Vec<GuildStickerResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildPruneResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuildPruneResponse {
    /// Discord's `pruned` field.
    pub pruned: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildResponse {
    /// Discord's `afk_channel_id` field.
    pub afk_channel_id: Option<Snowflake>,
    /// Discord's `afk_timeout` field.
    pub afk_timeout: AfkTimeouts,
    /// Discord's `application_id` field.
    pub application_id: Option<Snowflake>,
    /// Discord's `banner` field.
    pub banner: Option<String>,
    /// Discord's `default_message_notifications` field.
    pub default_message_notifications: UserNotificationSettings,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `discovery_splash` field.
    pub discovery_splash: Option<String>,
    /// Discord's `emojis` field.
    pub emojis: Vec<EmojiResponse>,
    /// Discord's `explicit_content_filter` field.
    pub explicit_content_filter: GuildExplicitContentFilterTypes,
    /// Discord's `features` field.
    pub features: Vec<GuildFeatures>,
    /// Discord's `home_header` field.
    pub home_header: Option<String>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `incidents_data` field.
    pub incidents_data: Option<GuildIncidentsDataResponse>,
    /// Discord's `max_members` field.
    pub max_members: i64,
    /// Discord's `max_presences` field.
    pub max_presences: Option<i64>,
    /// Discord's `max_stage_video_channel_users` field.
    pub max_stage_video_channel_users: i64,
    /// Discord's `max_video_channel_users` field.
    pub max_video_channel_users: i64,
    /// Discord's `mfa_level` field.
    pub mfa_level: GuildMFALevel,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `nsfw` field.
    pub nsfw: bool,
    /// Discord's `nsfw_level` field.
    pub nsfw_level: GuildNSFWContentLevel,
    /// Discord's `owner_id` field.
    pub owner_id: Snowflake,
    /// Discord's `preferred_locale` field.
    pub preferred_locale: AvailableLocalesEnum,
    /// Discord's `premium_progress_bar_enabled` field.
    pub premium_progress_bar_enabled: bool,
    /// Discord's `premium_progress_bar_enabled_user_updated_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium_progress_bar_enabled_user_updated_at: Option<String>,
    /// Discord's `premium_subscription_count` field.
    pub premium_subscription_count: i64,
    /// Discord's `premium_tier` field.
    pub premium_tier: PremiumGuildTiers,
    /// Discord's `public_updates_channel_id` field.
    pub public_updates_channel_id: Option<Snowflake>,
    /// Discord's `region` field.
    pub region: String,
    /// Discord's `roles` field.
    pub roles: Vec<GuildRoleResponse>,
    /// Discord's `rules_channel_id` field.
    pub rules_channel_id: Option<Snowflake>,
    /// Discord's `safety_alerts_channel_id` field.
    pub safety_alerts_channel_id: Option<Snowflake>,
    /// Discord's `splash` field.
    pub splash: Option<String>,
    /// Discord's `stickers` field.
    pub stickers: Vec<GuildStickerResponse>,
    /// Discord's `system_channel_flags` field.
    pub system_channel_flags: SystemChannelFlags,
    /// Discord's `system_channel_id` field.
    pub system_channel_id: Option<Snowflake>,
    /// Discord's `vanity_url_code` field.
    pub vanity_url_code: Option<String>,
    /// Discord's `verification_level` field.
    pub verification_level: VerificationLevels,
    /// Discord's `widget_channel_id` field.
    pub widget_channel_id: Option<Snowflake>,
    /// Discord's `widget_enabled` field.
    pub widget_enabled: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildScheduledEventExceptionCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildScheduledEventExceptionCreateRequest {
    /// Whether this occurrence is canceled
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_canceled: Nullable<bool>,
    /// The original start time of the occurrence to create an exception for
    pub original_scheduled_start_time: String,
    /// Overridden end time of this occurrence
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Overridden start time of this occurrence
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_start_time: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildScheduledEventExceptionPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuildScheduledEventExceptionPatchRequestPartial {
    /// Whether this occurrence is canceled
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_canceled: Nullable<bool>,
    /// Overridden end time of this occurrence
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Overridden start time of this occurrence
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_start_time: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildSearchResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildSearchResponse {
    /// Discord's `documents_indexed` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents_indexed: Option<i64>,
    /// Discord's `doing_deep_historical_index` field.
    pub doing_deep_historical_index: bool,
    /// Discord's `members` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<ThreadMemberResponse>>,
    /// Discord's `messages` field.
    pub messages: Vec<Vec<SearchMessageResponse>>,
    /// Discord's `threads` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threads: Option<Vec<ThreadResponse>>,
    /// Discord's `total_results` field.
    pub total_results: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildSubscriptionIntegrationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildSubscriptionIntegrationResponse {
    /// Discord's `account` field.
    pub account: AccountResponse,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `type` field.
    pub r#type: IntegrationTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildTemplateChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildTemplateChannelResponse {
    /// Discord's `available_tags` field.
    pub available_tags: Option<Vec<GuildTemplateChannelTags>>,
    /// Discord's `bitrate` field.
    pub bitrate: i64,
    /// Discord's `default_auto_archive_duration` field.
    pub default_auto_archive_duration: Option<ThreadAutoArchiveDuration>,
    /// Discord's `default_forum_layout` field.
    pub default_forum_layout: Option<ForumLayout>,
    /// Discord's `default_reaction_emoji` field.
    pub default_reaction_emoji: Option<DefaultReactionEmojiResponse>,
    /// Discord's `default_sort_order` field.
    pub default_sort_order: Option<ThreadSortOrder>,
    /// Discord's `default_tag_setting` field.
    pub default_tag_setting: Option<ThreadSearchTagSetting>,
    /// Discord's `default_thread_rate_limit_per_user` field.
    pub default_thread_rate_limit_per_user: Option<i64>,
    /// Discord's `id` field.
    pub id: Option<i64>,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `nsfw` field.
    pub nsfw: bool,
    /// Discord's `parent_id` field.
    pub parent_id: Option<Snowflake>,
    /// Discord's `permission_overwrites` field.
    pub permission_overwrites: Vec<ChannelPermissionOverwriteResponse>,
    /// Discord's `position` field.
    pub position: Option<i64>,
    /// Discord's `rate_limit_per_user` field.
    pub rate_limit_per_user: i64,
    /// Discord's `template` field.
    pub template: String,
    /// Discord's `theme_color` field.
    pub theme_color: Option<i64>,
    /// Discord's `topic` field.
    pub topic: Option<String>,
    /// Discord's `type` field.
    pub r#type: ChannelTypes,
    /// Discord's `user_limit` field.
    pub user_limit: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildTemplateChannelTags` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildTemplateChannelTags {
    /// Discord's `emoji_id` field.
    pub emoji_id: Option<Snowflake>,
    /// Discord's `emoji_name` field.
    pub emoji_name: Option<String>,
    /// Discord's `id` field.
    pub id: Option<i64>,
    /// Discord's `moderated` field.
    pub moderated: Option<bool>,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildTemplateResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildTemplateResponse {
    /// Discord's `code` field.
    pub code: String,
    /// Discord's `created_at` field.
    pub created_at: String,
    /// Discord's `creator` field.
    pub creator: Option<UserResponse>,
    /// Discord's `creator_id` field.
    pub creator_id: Snowflake,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `is_dirty` field.
    pub is_dirty: Option<bool>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `serialized_source_guild` field.
    pub serialized_source_guild: GuildTemplateSnapshotResponse,
    /// Discord's `source_guild_id` field.
    pub source_guild_id: Snowflake,
    /// Discord's `updated_at` field.
    pub updated_at: String,
    /// Discord's `usage_count` field.
    pub usage_count: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildTemplateRoleColorsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildTemplateRoleColorsResponse {
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

/// Discord's `GuildTemplateRoleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildTemplateRoleResponse {
    /// Discord's `color` field.
    pub color: i64,
    /// Discord's `colors` field.
    pub colors: Option<GuildTemplateRoleColorsResponse>,
    /// Discord's `hoist` field.
    pub hoist: bool,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `mentionable` field.
    pub mentionable: bool,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `permissions` field.
    pub permissions: String,
    /// Discord's `unicode_emoji` field.
    pub unicode_emoji: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildTemplateSnapshotResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildTemplateSnapshotResponse {
    /// Discord's `afk_channel_id` field.
    pub afk_channel_id: Option<Snowflake>,
    /// Discord's `afk_timeout` field.
    pub afk_timeout: AfkTimeouts,
    /// Discord's `channels` field.
    pub channels: Vec<GuildTemplateChannelResponse>,
    /// Discord's `default_message_notifications` field.
    pub default_message_notifications: UserNotificationSettings,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `explicit_content_filter` field.
    pub explicit_content_filter: GuildExplicitContentFilterTypes,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `preferred_locale` field.
    pub preferred_locale: AvailableLocalesEnum,
    /// Discord's `region` field.
    pub region: Option<String>,
    /// Discord's `roles` field.
    pub roles: Vec<GuildTemplateRoleResponse>,
    /// Discord's `system_channel_flags` field.
    pub system_channel_flags: SystemChannelFlags,
    /// Discord's `system_channel_id` field.
    pub system_channel_id: Option<Snowflake>,
    /// Discord's `verification_level` field.
    pub verification_level: VerificationLevels,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildWelcomeChannel` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildWelcomeChannel {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `description` field.
    pub description: String,
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

/// Discord's `GuildWelcomeScreenChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildWelcomeScreenChannelResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `emoji_id` field.
    pub emoji_id: Option<Snowflake>,
    /// Discord's `emoji_name` field.
    pub emoji_name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildWelcomeScreenResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildWelcomeScreenResponse {
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `welcome_channels` field.
    pub welcome_channels: Vec<GuildWelcomeScreenChannelResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GuildWithCountsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildWithCountsResponse {
    /// Discord's `afk_channel_id` field.
    pub afk_channel_id: Option<Snowflake>,
    /// Discord's `afk_timeout` field.
    pub afk_timeout: AfkTimeouts,
    /// Discord's `application_id` field.
    pub application_id: Option<Snowflake>,
    /// Discord's `approximate_member_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_member_count: Option<i64>,
    /// Discord's `approximate_presence_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_presence_count: Option<i64>,
    /// Discord's `banner` field.
    pub banner: Option<String>,
    /// Discord's `default_message_notifications` field.
    pub default_message_notifications: UserNotificationSettings,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `discovery_splash` field.
    pub discovery_splash: Option<String>,
    /// Discord's `emojis` field.
    pub emojis: Vec<EmojiResponse>,
    /// Discord's `explicit_content_filter` field.
    pub explicit_content_filter: GuildExplicitContentFilterTypes,
    /// Discord's `features` field.
    pub features: Vec<GuildFeatures>,
    /// Discord's `home_header` field.
    pub home_header: Option<String>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `incidents_data` field.
    pub incidents_data: Option<GuildIncidentsDataResponse>,
    /// Discord's `max_members` field.
    pub max_members: i64,
    /// Discord's `max_presences` field.
    pub max_presences: Option<i64>,
    /// Discord's `max_stage_video_channel_users` field.
    pub max_stage_video_channel_users: i64,
    /// Discord's `max_video_channel_users` field.
    pub max_video_channel_users: i64,
    /// Discord's `mfa_level` field.
    pub mfa_level: GuildMFALevel,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `nsfw` field.
    pub nsfw: bool,
    /// Discord's `nsfw_level` field.
    pub nsfw_level: GuildNSFWContentLevel,
    /// Discord's `owner_id` field.
    pub owner_id: Snowflake,
    /// Discord's `preferred_locale` field.
    pub preferred_locale: AvailableLocalesEnum,
    /// Discord's `premium_progress_bar_enabled` field.
    pub premium_progress_bar_enabled: bool,
    /// Discord's `premium_progress_bar_enabled_user_updated_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium_progress_bar_enabled_user_updated_at: Option<String>,
    /// Discord's `premium_subscription_count` field.
    pub premium_subscription_count: i64,
    /// Discord's `premium_tier` field.
    pub premium_tier: PremiumGuildTiers,
    /// Discord's `public_updates_channel_id` field.
    pub public_updates_channel_id: Option<Snowflake>,
    /// Discord's `region` field.
    pub region: String,
    /// Discord's `roles` field.
    pub roles: Vec<GuildRoleResponse>,
    /// Discord's `rules_channel_id` field.
    pub rules_channel_id: Option<Snowflake>,
    /// Discord's `safety_alerts_channel_id` field.
    pub safety_alerts_channel_id: Option<Snowflake>,
    /// Discord's `splash` field.
    pub splash: Option<String>,
    /// Discord's `stickers` field.
    pub stickers: Vec<GuildStickerResponse>,
    /// Discord's `system_channel_flags` field.
    pub system_channel_flags: SystemChannelFlags,
    /// Discord's `system_channel_id` field.
    pub system_channel_id: Option<Snowflake>,
    /// Discord's `vanity_url_code` field.
    pub vanity_url_code: Option<String>,
    /// Discord's `verification_level` field.
    pub verification_level: VerificationLevels,
    /// Discord's `widget_channel_id` field.
    pub widget_channel_id: Option<Snowflake>,
    /// Discord's `widget_enabled` field.
    pub widget_enabled: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `IntegrationApplicationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IntegrationApplicationResponse {
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

int_enum! {
    /// The values of Discord's `IntegrationExpireBehaviorTypes`.
    pub enum IntegrationExpireBehaviorTypes {
        /// Remove role (`0`)
        RemoveRole = 0,
        /// Kick (`1`)
        Kick = 1,
    }
}

int_enum! {
    /// The values of Discord's `IntegrationExpireGracePeriodTypes`.
    pub enum IntegrationExpireGracePeriodTypes {
        /// 1 day (`1`)
        OneDay = 1,
        /// 3 days (`3`)
        ThreeDays = 3,
        /// 7 days (`7`)
        SevenDays = 7,
        /// 14 days (`14`)
        FourteenDays = 14,
        /// 30 days (`30`)
        ThirtyDays = 30,
    }
}

/// Discord's `KeywordRuleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeywordRuleResponse {
    /// Discord's `actions` field.
    pub actions: Vec<DefaultKeywordRuleResponseActionsItem>,
    /// Discord's `creator_id` field.
    pub creator_id: Snowflake,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    pub exempt_channels: Vec<Snowflake>,
    /// Discord's `exempt_roles` field.
    pub exempt_roles: Vec<Snowflake>,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    pub trigger_metadata: KeywordTriggerMetadataResponse,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `KeywordTriggerMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeywordTriggerMetadata {
    /// Discord's `allow_list` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allow_list: Nullable<Vec<String>>,
    /// Discord's `keyword_filter` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub keyword_filter: Nullable<Vec<String>>,
    /// Discord's `regex_patterns` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub regex_patterns: Nullable<Vec<String>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `KeywordTriggerMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeywordTriggerMetadataResponse {
    /// Discord's `allow_list` field.
    pub allow_list: Vec<String>,
    /// Discord's `keyword_filter` field.
    pub keyword_filter: Vec<String>,
    /// Discord's `regex_patterns` field.
    pub regex_patterns: Vec<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `KeywordUpsertRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeywordUpsertRequest {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub trigger_metadata: Nullable<KeywordTriggerMetadata>,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `KeywordUpsertRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeywordUpsertRequestPartial {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<AutomodEventType>,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub trigger_metadata: Nullable<KeywordTriggerMetadata>,
    /// Discord's `trigger_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<AutomodTriggerType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ListGuildChannelsResponseItem`.
    pub enum ListGuildChannelsResponseItem: "type" {
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

tagged_union! {
    /// One of the shapes of Discord's `ListGuildIntegrationsResponseItem`.
    pub enum ListGuildIntegrationsResponseItem: "type" {
        /// `type` "discord": a [`DiscordIntegrationResponse`].
        DiscordIntegrationResponse(DiscordIntegrationResponse) = ["discord"],
        /// `type` "twitch", "youtube": a [`ExternalConnectionIntegrationResponse`].
        ExternalConnectionIntegrationResponse(ExternalConnectionIntegrationResponse) = ["twitch", "youtube"],
        /// `type` "guild_subscription": a [`GuildSubscriptionIntegrationResponse`].
        GuildSubscriptionIntegrationResponse(GuildSubscriptionIntegrationResponse) = ["guild_subscription"],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `ListGuildInvitesResponseItem`.
    pub enum ListGuildInvitesResponseItem: "type" {
        /// `type` 2: a [`FriendInviteResponse`].
        FriendInviteResponse(FriendInviteResponse) = [2],
        /// `type` 1: a [`GroupDMInviteResponse`].
        GroupDMInviteResponse(GroupDMInviteResponse) = [1],
        /// `type` 0: a [`GuildInviteResponse`].
        GuildInviteResponse(GuildInviteResponse) = [0],
    }
}

/// Discord's `ListGuildSoundboardSoundsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListGuildSoundboardSoundsResponse {
    /// Discord's `items` field.
    pub items: Vec<SoundboardSoundResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MLSpamRuleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MLSpamRuleResponse {
    /// Discord's `actions` field.
    pub actions: Vec<DefaultKeywordRuleResponseActionsItem>,
    /// Discord's `creator_id` field.
    pub creator_id: Snowflake,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    pub exempt_channels: Vec<Snowflake>,
    /// Discord's `exempt_roles` field.
    pub exempt_roles: Vec<Snowflake>,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    pub trigger_metadata: MLSpamTriggerMetadataResponse,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MLSpamTriggerMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MLSpamTriggerMetadata {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MLSpamTriggerMetadataResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MLSpamTriggerMetadataResponse {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MLSpamUpsertRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MLSpamUpsertRequest {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub trigger_metadata: Nullable<MLSpamTriggerMetadata>,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MLSpamUpsertRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MLSpamUpsertRequestPartial {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<AutomodEventType>,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub trigger_metadata: Nullable<MLSpamTriggerMetadata>,
    /// Discord's `trigger_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<AutomodTriggerType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MentionSpamRuleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionSpamRuleResponse {
    /// Discord's `actions` field.
    pub actions: Vec<DefaultKeywordRuleResponseActionsItem>,
    /// Discord's `creator_id` field.
    pub creator_id: Snowflake,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    pub exempt_channels: Vec<Snowflake>,
    /// Discord's `exempt_roles` field.
    pub exempt_roles: Vec<Snowflake>,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    pub trigger_metadata: MentionSpamTriggerMetadataResponse,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MentionSpamTriggerMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MentionSpamTriggerMetadata {
    /// Discord's `mention_raid_protection_enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mention_raid_protection_enabled: Nullable<bool>,
    /// Discord's `mention_total_limit` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mention_total_limit: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MentionSpamTriggerMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionSpamTriggerMetadataResponse {
    /// Discord's `mention_raid_protection_enabled` field.
    pub mention_raid_protection_enabled: bool,
    /// Discord's `mention_total_limit` field.
    pub mention_total_limit: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MentionSpamUpsertRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionSpamUpsertRequest {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub trigger_metadata: Nullable<MentionSpamTriggerMetadata>,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MentionSpamUpsertRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MentionSpamUpsertRequestPartial {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<AutomodEventType>,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub trigger_metadata: Nullable<MentionSpamTriggerMetadata>,
    /// Discord's `trigger_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<AutomodTriggerType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MultipleChoiceFormFieldResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MultipleChoiceFormFieldResponse {
    /// Choices applicant can select from
    pub choices: Vec<String>,
    /// Optional helper text shown below label
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type of form field
    pub field_type: GuildMemberVerificationFormFieldType,
    /// Label shown above field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whether applicant must fill in field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Index of choice selected by applicant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `NewMemberActionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewMemberActionResponse {
    /// Discord's `action_type` field.
    pub action_type: NewMemberActionType,
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `emoji` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<SettingsEmojiResponse>,
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Discord's `title` field.
    pub title: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `NewMemberActionType`.
    pub enum NewMemberActionType {
        /// `0`.
        View = 0,
        /// `1`.
        Talk = 1,
    }
}

/// Discord's `OnboardingPromptOptionRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnboardingPromptOptionRequest {
    /// Discord's `channel_ids` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_ids: Nullable<Vec<Snowflake>>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `emoji_animated` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_animated: Nullable<bool>,
    /// Discord's `emoji_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_id: Nullable<Snowflake>,
    /// Discord's `emoji_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_name: Nullable<String>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// Discord's `role_ids` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub role_ids: Nullable<Vec<Snowflake>>,
    /// Discord's `title` field.
    pub title: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `OnboardingPromptOptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnboardingPromptOptionResponse {
    /// Discord's `channel_ids` field.
    pub channel_ids: Vec<Snowflake>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `emoji` field.
    pub emoji: SettingsEmojiResponse,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `role_ids` field.
    pub role_ids: Vec<Snowflake>,
    /// Discord's `title` field.
    pub title: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `OnboardingPromptResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnboardingPromptResponse {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `in_onboarding` field.
    pub in_onboarding: bool,
    /// Discord's `options` field.
    pub options: Vec<OnboardingPromptOptionResponse>,
    /// Discord's `required` field.
    pub required: bool,
    /// Discord's `single_select` field.
    pub single_select: bool,
    /// Discord's `title` field.
    pub title: String,
    /// Discord's `type` field.
    pub r#type: OnboardingPromptType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `OnboardingPromptType`.
    pub enum OnboardingPromptType {
        /// Multiple choice options (`0`)
        MultipleChoice = 0,
        /// Many options shown as a dropdown (`1`)
        Dropdown = 1,
    }
}

/// Discord's `ParagraphFormFieldResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParagraphFormFieldResponse {
    /// Optional helper text shown below label
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type of form field
    pub field_type: GuildMemberVerificationFormFieldType,
    /// Label shown above field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Placeholder text shown in empty input
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Whether applicant must fill in field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Applicant's text response
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PartialDiscordIntegrationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartialDiscordIntegrationResponse {
    /// Discord's `account` field.
    pub account: AccountResponse,
    /// Discord's `application_id` field.
    pub application_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `type` field.
    pub r#type: IntegrationTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PartialExternalConnectionIntegrationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartialExternalConnectionIntegrationResponse {
    /// Discord's `account` field.
    pub account: AccountResponse,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `type` field.
    pub r#type: IntegrationTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PartialGuildSubscriptionIntegrationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartialGuildSubscriptionIntegrationResponse {
    /// Discord's `account` field.
    pub account: AccountResponse,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `type` field.
    pub r#type: IntegrationTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `PremiumGuildTiers`.
    pub enum PremiumGuildTiers {
        /// Guild has not unlocked any Server Boost perks (`0`)
        None = 0,
        /// Guild has unlocked Server Boost level 1 perks (`1`)
        Tier1 = 1,
        /// Guild has unlocked Server Boost level 2 perks (`2`)
        Tier2 = 2,
        /// Guild has unlocked Server Boost level 3 perks (`3`)
        Tier3 = 3,
    }
}

/// Discord's `PruneGuildRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PruneGuildRequest {
    /// Discord's `compute_prune_count` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub compute_prune_count: Nullable<bool>,
    /// Discord's `days` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub days: Nullable<i64>,
    /// Discord's `include_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub include_roles: Nullable<PruneGuildRequestIncludeRoles>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `PruneGuildRequestIncludeRoles`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PruneGuildRequestIncludeRoles {
    /// A `String`.
    String(String),
    /// A `Vec<Snowflake>`.
    Array(Vec<Snowflake>),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

/// Discord's `QuarantineUserAction` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuarantineUserAction {
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<QuarantineUserActionMetadata>,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `QuarantineUserActionMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuarantineUserActionMetadata {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `QuarantineUserActionMetadataResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuarantineUserActionMetadataResponse {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `QuarantineUserActionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuarantineUserActionResponse {
    /// Discord's `metadata` field.
    pub metadata: QuarantineUserActionMetadataResponse,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RecurrenceRule` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecurrenceRule {
    /// Set of specific months to recur on
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub by_month: Nullable<Vec<RecurrenceRuleMonths>>,
    /// Set of specific dates within a month to recur on
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub by_month_day: Nullable<Vec<i64>>,
    /// List of specific days within a specific week to recur on
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub by_n_weekday: Nullable<Vec<ByNWeekday>>,
    /// Set of specific days within a week for the event to recur on
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub by_weekday: Nullable<Vec<RecurrenceRuleWeekdays>>,
    /// Set of days within a year to recur on (1-364)
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub by_year_day: Nullable<Vec<i64>>,
    /// Total number of times the event is allowed to recur
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub count: Nullable<i64>,
    /// Ending time of the recurrence interval
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub end: Nullable<String>,
    /// How often the event occurs
    pub frequency: RecurrenceRuleFrequencies,
    /// The spacing between events, defined by frequency
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub interval: Nullable<i64>,
    /// Starting time of the recurrence interval
    pub start: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ResourceChannelResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceChannelResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `emoji` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<SettingsEmojiResponse>,
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Discord's `title` field.
    pub title: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RoleColors` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RoleColors {
    /// Discord's `primary_color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub primary_color: Nullable<i64>,
    /// Discord's `secondary_color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub secondary_color: Nullable<i64>,
    /// Discord's `tertiary_color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub tertiary_color: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ScheduledEventUserCountResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScheduledEventUserCountResponse {
    /// The number of users subscribed to the scheduled event
    pub guild_scheduled_event_count: i64,
    /// Map of exception IDs to user counts for each exception
    pub guild_scheduled_event_exception_counts: BTreeMap<String, i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SearchMessageResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchMessageResponse {
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
    pub components: Vec<SearchMessageResponseComponentsItem>,
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `edited_timestamp` field.
    pub edited_timestamp: Option<String>,
    /// Discord's `embeds` field.
    pub embeds: Vec<MessageEmbedResponse>,
    /// Discord's `flags` field.
    pub flags: MessageFlags,
    /// Discord's `hit` field.
    pub hit: bool,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `interaction` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction: Option<MessageInteractionResponse>,
    /// Discord's `interaction_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction_metadata: Option<SearchMessageResponseInteractionMetadata>,
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
    pub nonce: Option<SearchMessageResponseNonce>,
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
    /// Discord's `restriction_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restriction_count: Option<i64>,
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
    pub stickers: Option<Vec<SearchMessageResponseStickersItem>>,
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
    /// One of the shapes of Discord's `SearchMessageResponseComponentsItem`.
    pub enum SearchMessageResponseComponentsItem: "type" {
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
    /// One of the shapes of Discord's `SearchMessageResponseInteractionMetadata`.
    pub enum SearchMessageResponseInteractionMetadata: "type" {
        /// `type` 2: a [`ApplicationCommandInteractionMetadataResponse`].
        ApplicationCommandInteractionMetadataResponse(ApplicationCommandInteractionMetadataResponse) = [2],
        /// `type` 3: a [`MessageComponentInteractionMetadataResponse`].
        MessageComponentInteractionMetadataResponse(MessageComponentInteractionMetadataResponse) = [3],
        /// `type` 5: a [`ModalSubmitInteractionMetadataResponse`].
        ModalSubmitInteractionMetadataResponse(ModalSubmitInteractionMetadataResponse) = [5],
    }
}

/// One of the shapes of Discord's `SearchMessageResponseNonce`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum SearchMessageResponseNonce {
    /// A `i64`.
    Integer(i64),
    /// A `String`.
    String(String),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

tagged_union! {
    /// One of the shapes of Discord's `SearchMessageResponseStickersItem`.
    pub enum SearchMessageResponseStickersItem: "type" {
        /// `type` 2: a [`GuildStickerResponse`].
        GuildStickerResponse(GuildStickerResponse) = [2],
        /// `type` 1: a [`StandardStickerResponse`].
        StandardStickerResponse(StandardStickerResponse) = [1],
    }
}

/// Discord's `SettingsEmojiResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingsEmojiResponse {
    /// Discord's `animated` field.
    pub animated: bool,
    /// Discord's `id` field.
    pub id: Option<Snowflake>,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SoundboardCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SoundboardCreateRequest {
    /// Discord's `emoji_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_id: Nullable<Snowflake>,
    /// Discord's `emoji_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_name: Nullable<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `sound` field.
    pub sound: String,
    /// Discord's `volume` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub volume: Nullable<f64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SoundboardPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SoundboardPatchRequestPartial {
    /// Discord's `emoji_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_id: Nullable<Snowflake>,
    /// Discord's `emoji_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_name: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `volume` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub volume: Nullable<f64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StageScheduledEventCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageScheduledEventCreateRequest {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `entity_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub entity_metadata: Nullable<EntityMetadataStageInstance>,
    /// Discord's `entity_type` field.
    pub entity_type: GuildScheduledEventEntityTypes,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `privacy_level` field.
    pub privacy_level: GuildScheduledEventPrivacyLevels,
    /// Recurrence rule for the scheduled event
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub recurrence_rule: Nullable<RecurrenceRule>,
    /// Discord's `scheduled_end_time` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Discord's `scheduled_start_time` field.
    pub scheduled_start_time: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StageScheduledEventPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StageScheduledEventPatchRequestPartial {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `entity_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub entity_metadata: Nullable<EntityMetadataStageInstance>,
    /// Discord's `entity_type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub entity_type: Nullable<GuildScheduledEventEntityTypes>,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `privacy_level` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_level: Option<GuildScheduledEventPrivacyLevels>,
    /// Recurrence rule for the scheduled event
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub recurrence_rule: Nullable<RecurrenceRule>,
    /// Discord's `scheduled_end_time` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Discord's `scheduled_start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_start_time: Option<String>,
    /// Discord's `status` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<GuildScheduledEventStatuses>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StageScheduledEventResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageScheduledEventResponse {
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
    /// Discord's `entity_metadata` field.
    pub entity_metadata: Option<EntityMetadataStageInstanceResponse>,
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

/// Discord's `TermsFormFieldResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TermsFormFieldResponse {
    /// Optional helper text shown below label
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type of form field
    pub field_type: GuildMemberVerificationFormFieldType,
    /// Label shown above field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whether applicant must fill in field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Whether applicant accepted terms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<bool>,
    /// Terms applicant must acknowledge
    pub values: Vec<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `TextInputFormFieldResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextInputFormFieldResponse {
    /// Optional helper text shown below label
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type of form field
    pub field_type: GuildMemberVerificationFormFieldType,
    /// Label shown above field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Placeholder text shown in empty input
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Whether applicant must fill in field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Applicant's text response
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UnbanUserFromGuildRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UnbanUserFromGuildRequest {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `UpdateAutoModerationRuleRequest`.
    pub enum UpdateAutoModerationRuleRequest: "trigger_type" {
        /// `trigger_type` 4: a [`DefaultKeywordListUpsertRequestPartial`].
        DefaultKeywordListUpsertRequestPartial(DefaultKeywordListUpsertRequestPartial) = [4],
        /// `trigger_type` 1: a [`KeywordUpsertRequestPartial`].
        KeywordUpsertRequestPartial(KeywordUpsertRequestPartial) = [1],
        /// `trigger_type` 3: a [`MLSpamUpsertRequestPartial`].
        MLSpamUpsertRequestPartial(MLSpamUpsertRequestPartial) = [3],
        /// `trigger_type` 5: a [`MentionSpamUpsertRequestPartial`].
        MentionSpamUpsertRequestPartial(MentionSpamUpsertRequestPartial) = [5],
        /// `trigger_type` 6: a [`UserProfileUpsertRequestPartial`].
        UserProfileUpsertRequestPartial(UserProfileUpsertRequestPartial) = [6],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `UpdateAutoModerationRuleResponse`.
    pub enum UpdateAutoModerationRuleResponse: "trigger_type" {
        /// `trigger_type` 4: a [`DefaultKeywordRuleResponse`].
        DefaultKeywordRuleResponse(DefaultKeywordRuleResponse) = [4],
        /// `trigger_type` 1: a [`KeywordRuleResponse`].
        KeywordRuleResponse(KeywordRuleResponse) = [1],
        /// `trigger_type` 3: a [`MLSpamRuleResponse`].
        MLSpamRuleResponse(MLSpamRuleResponse) = [3],
        /// `trigger_type` 5: a [`MentionSpamRuleResponse`].
        MentionSpamRuleResponse(MentionSpamRuleResponse) = [5],
        /// `trigger_type` 6: a [`UserProfileRuleResponse`].
        UserProfileRuleResponse(UserProfileRuleResponse) = [6],
    }
}

/// Discord's `UpdateGuildEmojiRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGuildEmojiRequest {
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub roles: Nullable<Vec<Option<Snowflake>>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateGuildMemberRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGuildMemberRequest {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `communication_disabled_until` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub communication_disabled_until: Nullable<String>,
    /// Discord's `deaf` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub deaf: Nullable<bool>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `mute` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mute: Nullable<bool>,
    /// Discord's `nick` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nick: Nullable<String>,
    /// Discord's `roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub roles: Nullable<Vec<Option<Snowflake>>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateGuildOnboardingRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGuildOnboardingRequest {
    /// Discord's `default_channel_ids` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_channel_ids: Nullable<Vec<Snowflake>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `mode` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mode: Nullable<GuildOnboardingMode>,
    /// Discord's `prompts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub prompts: Nullable<Vec<UpdateOnboardingPromptRequest>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `UpdateGuildScheduledEventRequest`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateGuildScheduledEventRequest {
    /// A `ExternalScheduledEventPatchRequestPartial`.
    ExternalScheduledEventPatchRequestPartial(ExternalScheduledEventPatchRequestPartial),
    /// A `StageScheduledEventPatchRequestPartial`.
    StageScheduledEventPatchRequestPartial(StageScheduledEventPatchRequestPartial),
    /// A `VoiceScheduledEventPatchRequestPartial`.
    VoiceScheduledEventPatchRequestPartial(VoiceScheduledEventPatchRequestPartial),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

tagged_union! {
    /// One of the shapes of Discord's `UpdateGuildScheduledEventResponse`.
    pub enum UpdateGuildScheduledEventResponse: "entity_type" {
        /// `entity_type` 3: a [`ExternalScheduledEventResponse`].
        ExternalScheduledEventResponse(ExternalScheduledEventResponse) = [3],
        /// `entity_type` 1: a [`StageScheduledEventResponse`].
        StageScheduledEventResponse(StageScheduledEventResponse) = [1],
        /// `entity_type` 2: a [`VoiceScheduledEventResponse`].
        VoiceScheduledEventResponse(VoiceScheduledEventResponse) = [2],
    }
}

/// Discord's `UpdateGuildStickerRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGuildStickerRequest {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateGuildTemplateRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGuildTemplateRequest {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateGuildWidgetSettingsRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGuildWidgetSettingsRequest {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateMyGuildMemberRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateMyGuildMemberRequest {
    /// Discord's `avatar` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub avatar: Nullable<String>,
    /// Discord's `banner` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub banner: Nullable<String>,
    /// Discord's `bio` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub bio: Nullable<String>,
    /// Discord's `nick` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nick: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateOnboardingPromptRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpdateOnboardingPromptRequest {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `in_onboarding` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub in_onboarding: Nullable<bool>,
    /// Discord's `options` field.
    pub options: Vec<OnboardingPromptOptionRequest>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `single_select` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub single_select: Nullable<bool>,
    /// Discord's `title` field.
    pub title: String,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<OnboardingPromptType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateRolePositionsRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRolePositionsRequest {
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// Discord's `position` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub position: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateRoleRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateRoleRequestPartial {
    /// Discord's `color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub color: Nullable<i64>,
    /// Discord's `colors` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub colors: Nullable<RoleColors>,
    /// Discord's `hoist` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hoist: Nullable<bool>,
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon: Nullable<String>,
    /// Discord's `mentionable` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mentionable: Nullable<bool>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub permissions: Nullable<i64>,
    /// Discord's `unicode_emoji` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unicode_emoji: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateSelfVoiceStateRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateSelfVoiceStateRequestPartial {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `request_to_speak_timestamp` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub request_to_speak_timestamp: Nullable<String>,
    /// Discord's `suppress` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub suppress: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateVoiceStateRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateVoiceStateRequestPartial {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `suppress` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub suppress: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserCommunicationDisabledAction` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserCommunicationDisabledAction {
    /// Discord's `metadata` field.
    pub metadata: UserCommunicationDisabledActionMetadata,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserCommunicationDisabledActionMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserCommunicationDisabledActionMetadata {
    /// Discord's `duration_seconds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub duration_seconds: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserCommunicationDisabledActionMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserCommunicationDisabledActionMetadataResponse {
    /// Discord's `duration_seconds` field.
    pub duration_seconds: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserCommunicationDisabledActionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserCommunicationDisabledActionResponse {
    /// Discord's `metadata` field.
    pub metadata: UserCommunicationDisabledActionMetadataResponse,
    /// Discord's `type` field.
    pub r#type: AutomodActionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserGuildOnboardingResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserGuildOnboardingResponse {
    /// Discord's `default_channel_ids` field.
    pub default_channel_ids: Vec<Snowflake>,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `mode` field.
    pub mode: GuildOnboardingMode,
    /// Discord's `prompts` field.
    pub prompts: Vec<OnboardingPromptResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `UserNotificationSettings`.
    pub enum UserNotificationSettings {
        /// members will receive notifications for all messages by default (`0`)
        AllMessages = 0,
        /// members will receive notifications only for messages that @mention them by default (`1`)
        OnlyMentions = 1,
    }
}

/// Discord's `UserProfileMetadata` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserProfileMetadata {
    /// Discord's `allow_list` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allow_list: Nullable<Vec<String>>,
    /// Discord's `keyword_filter` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub keyword_filter: Nullable<Vec<String>>,
    /// Discord's `regex_patterns` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub regex_patterns: Nullable<Vec<String>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserProfileMetadataResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserProfileMetadataResponse {
    /// Discord's `allow_list` field.
    pub allow_list: Vec<String>,
    /// Discord's `keyword_filter` field.
    pub keyword_filter: Vec<String>,
    /// Discord's `regex_patterns` field.
    pub regex_patterns: Vec<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserProfileRuleResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserProfileRuleResponse {
    /// Discord's `actions` field.
    pub actions: Vec<DefaultKeywordRuleResponseActionsItem>,
    /// Discord's `creator_id` field.
    pub creator_id: Snowflake,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    pub exempt_channels: Vec<Snowflake>,
    /// Discord's `exempt_roles` field.
    pub exempt_roles: Vec<Snowflake>,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    pub trigger_metadata: UserProfileMetadataResponse,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserProfileUpsertRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserProfileUpsertRequest {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    pub event_type: AutomodEventType,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `trigger_metadata` field.
    pub trigger_metadata: UserProfileMetadata,
    /// Discord's `trigger_type` field.
    pub trigger_type: AutomodTriggerType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserProfileUpsertRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserProfileUpsertRequestPartial {
    /// Discord's `actions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub actions: Nullable<Vec<DefaultKeywordListUpsertRequestActionsItem>>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `event_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<AutomodEventType>,
    /// Discord's `exempt_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_channels: Nullable<Vec<Snowflake>>,
    /// Discord's `exempt_roles` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub exempt_roles: Nullable<Vec<Snowflake>>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `trigger_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_metadata: Option<UserProfileMetadata>,
    /// Discord's `trigger_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<AutomodTriggerType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `VanityURLErrorResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VanityURLErrorResponse {
    /// Discord's `code` field.
    pub code: i64,
    /// Discord's `message` field.
    pub message: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `VanityURLResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VanityURLResponse {
    /// Discord's `code` field.
    pub code: Option<String>,
    /// Discord's `error` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<VanityURLErrorResponse>,
    /// Discord's `uses` field.
    pub uses: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `VoiceScheduledEventCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoiceScheduledEventCreateRequest {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `entity_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub entity_metadata: Nullable<EntityMetadataVoice>,
    /// Discord's `entity_type` field.
    pub entity_type: GuildScheduledEventEntityTypes,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `privacy_level` field.
    pub privacy_level: GuildScheduledEventPrivacyLevels,
    /// Recurrence rule for the scheduled event
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub recurrence_rule: Nullable<RecurrenceRule>,
    /// Discord's `scheduled_end_time` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Discord's `scheduled_start_time` field.
    pub scheduled_start_time: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `VoiceScheduledEventPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VoiceScheduledEventPatchRequestPartial {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `entity_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub entity_metadata: Nullable<EntityMetadataVoice>,
    /// Discord's `entity_type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub entity_type: Nullable<GuildScheduledEventEntityTypes>,
    /// Discord's `image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `privacy_level` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_level: Option<GuildScheduledEventPrivacyLevels>,
    /// Recurrence rule for the scheduled event
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub recurrence_rule: Nullable<RecurrenceRule>,
    /// Discord's `scheduled_end_time` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_end_time: Nullable<String>,
    /// Discord's `scheduled_start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_start_time: Option<String>,
    /// Discord's `status` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<GuildScheduledEventStatuses>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `VoiceScheduledEventResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoiceScheduledEventResponse {
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
    /// Discord's `entity_metadata` field.
    pub entity_metadata: Option<EntityMetadataVoiceResponse>,
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

/// Discord's `VoiceStateResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoiceStateResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Option<Snowflake>,
    /// Discord's `deaf` field.
    pub deaf: bool,
    /// Discord's `guild_id` field.
    pub guild_id: Option<Snowflake>,
    /// Discord's `member` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<GuildMemberResponse>,
    /// Discord's `mute` field.
    pub mute: bool,
    /// Discord's `request_to_speak_timestamp` field.
    pub request_to_speak_timestamp: Option<String>,
    /// Discord's `self_deaf` field.
    pub self_deaf: bool,
    /// Discord's `self_mute` field.
    pub self_mute: bool,
    /// Discord's `self_stream` field.
    pub self_stream: Option<bool>,
    /// Discord's `self_video` field.
    pub self_video: bool,
    /// Discord's `session_id` field.
    pub session_id: String,
    /// Discord's `suppress` field.
    pub suppress: bool,
    /// Discord's `user_id` field.
    pub user_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WelcomeMessageResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WelcomeMessageResponse {
    /// Discord's `author_ids` field.
    pub author_ids: Vec<Snowflake>,
    /// Discord's `message` field.
    pub message: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WelcomeScreenPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WelcomeScreenPatchRequestPartial {
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `enabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enabled: Nullable<bool>,
    /// Discord's `welcome_channels` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub welcome_channels: Nullable<Vec<GuildWelcomeChannel>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WidgetActivity` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetActivity {
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WidgetChannel` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetChannel {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `position` field.
    pub position: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WidgetMember` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetMember {
    /// Discord's `activity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<WidgetActivity>,
    /// Discord's `avatar` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub avatar: Nullable<()>,
    /// Discord's `avatar_url` field.
    pub avatar_url: String,
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<Snowflake>,
    /// Discord's `deaf` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deaf: Option<bool>,
    /// Discord's `discriminator` field.
    pub discriminator: WidgetUserDiscriminator,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `mute` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mute: Option<bool>,
    /// Discord's `self_deaf` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_deaf: Option<bool>,
    /// Discord's `self_mute` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_mute: Option<bool>,
    /// Discord's `status` field.
    pub status: String,
    /// Discord's `suppress` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppress: Option<bool>,
    /// Discord's `username` field.
    pub username: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WidgetResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetResponse {
    /// Discord's `channels` field.
    pub channels: Vec<WidgetChannel>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `instant_invite` field.
    pub instant_invite: Option<String>,
    /// Discord's `members` field.
    pub members: Vec<WidgetMember>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `presence_count` field.
    pub presence_count: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WidgetSettingsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetSettingsResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Option<Snowflake>,
    /// Discord's `enabled` field.
    pub enabled: bool,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `WidgetUserDiscriminator`.
    pub enum WidgetUserDiscriminator {
        /// `"0000"`.
        Zeroes = "0000",
    }
}
