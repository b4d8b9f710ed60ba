//! Types of the `channels` area of Discord's API.

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::{Nullable, Snowflake};

/// Discord's `AddGroupDmUserRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AddGroupDmUserRequest {
    /// Discord's `access_token` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub access_token: Nullable<String>,
    /// Discord's `nick` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nick: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `AddGroupDmUserResponse`.
    pub enum AddGroupDmUserResponse: "type" {
        /// `type` 1: a [`PrivateChannelResponse`].
        PrivateChannelResponse(PrivateChannelResponse) = [1],
        /// `type` 3: a [`PrivateGroupChannelResponse`].
        PrivateGroupChannelResponse(PrivateGroupChannelResponse) = [3],
    }
}

/// Discord's `BaseCreateMessageCreateRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BaseCreateMessageCreateRequest {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<BaseCreateMessageCreateRequestComponentsItem>>,
    /// Discord's `content` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub content: Nullable<String>,
    /// Discord's `embeds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub embeds: Nullable<Vec<RichEmbed>>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<MessageFlags>,
    /// Discord's `poll` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll: Nullable<PollCreateRequest>,
    /// Discord's `shared_client_theme` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub shared_client_theme: Nullable<CustomClientThemeShareRequest>,
    /// Discord's `sticker_ids` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sticker_ids: Nullable<Vec<Snowflake>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `BaseCreateMessageCreateRequestComponentsItem`.
    pub enum BaseCreateMessageCreateRequestComponentsItem: "type" {
        /// `type` 1: a [`ActionRowComponentForMessageRequest`].
        ActionRowComponentForMessageRequest(ActionRowComponentForMessageRequest) = [1],
        /// `type` 17: a [`ContainerComponentForMessageRequest`].
        ContainerComponentForMessageRequest(ContainerComponentForMessageRequest) = [17],
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

/// Discord's `BulkDeleteMessagesRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkDeleteMessagesRequest {
    /// Discord's `messages` field.
    pub messages: Vec<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ChannelFollowerResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelFollowerResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `webhook_id` field.
    pub webhook_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `CreateChannelInviteRequest`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateChannelInviteRequest {
    /// A `CreateGroupDMInviteRequest`.
    CreateGroupDMInviteRequest(CreateGroupDMInviteRequest),
    /// A `CreateGuildInviteRequest`.
    CreateGuildInviteRequest(CreateGuildInviteRequest),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

tagged_union! {
    /// One of the shapes of Discord's `CreateChannelInviteResponse`.
    pub enum CreateChannelInviteResponse: "type" {
        /// `type` 2: a [`FriendInviteResponse`].
        FriendInviteResponse(FriendInviteResponse) = [2],
        /// `type` 1: a [`GroupDMInviteResponse`].
        GroupDMInviteResponse(GroupDMInviteResponse) = [1],
        /// `type` 0: a [`GuildInviteResponse`].
        GuildInviteResponse(GuildInviteResponse) = [0],
    }
}

/// Discord's `CreateForumThreadRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateForumThreadRequest {
    /// Discord's `applied_tags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub applied_tags: Nullable<Vec<Snowflake>>,
    /// Discord's `auto_archive_duration` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub auto_archive_duration: Nullable<ThreadAutoArchiveDuration>,
    /// Discord's `message` field.
    pub message: BaseCreateMessageCreateRequest,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rate_limit_per_user: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateGroupDMInviteRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateGroupDMInviteRequest {
    /// Discord's `max_age` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_age: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateGuildInviteRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateGuildInviteRequest {
    /// Discord's `max_age` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_age: Nullable<i64>,
    /// Discord's `max_uses` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_uses: Nullable<i64>,
    /// Discord's `role_ids` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub role_ids: Nullable<CreateGuildInviteRequestRoleIds>,
    /// Discord's `target_application_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub target_application_id: Nullable<Snowflake>,
    /// Discord's `target_type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub target_type: Nullable<InviteTargetTypes>,
    /// Discord's `target_user_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub target_user_id: Nullable<Snowflake>,
    /// Discord's `temporary` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub temporary: Nullable<bool>,
    /// Discord's `unique` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unique: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `CreateGuildInviteRequestRoleIds`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateGuildInviteRequestRoleIds {
    /// A `String`.
    String(String),
    /// A `Vec<Snowflake>`.
    Array(Vec<Snowflake>),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

/// Discord's `CreateTextThreadWithMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateTextThreadWithMessageRequest {
    /// Discord's `auto_archive_duration` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub auto_archive_duration: Nullable<ThreadAutoArchiveDuration>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rate_limit_per_user: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateTextThreadWithoutMessageRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateTextThreadWithoutMessageRequest {
    /// Discord's `auto_archive_duration` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub auto_archive_duration: Nullable<ThreadAutoArchiveDuration>,
    /// Discord's `invitable` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invitable: Nullable<bool>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rate_limit_per_user: Nullable<i64>,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<ChannelTypes>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `CreateThreadRequest`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateThreadRequest {
    /// A `CreateForumThreadRequest`.
    CreateForumThreadRequest(CreateForumThreadRequest),
    /// A `CreateTextThreadWithoutMessageRequest`.
    CreateTextThreadWithoutMessageRequest(CreateTextThreadWithoutMessageRequest),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

/// Discord's `CreateWebhookRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateWebhookRequest {
    /// Discord's `avatar` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub avatar: Nullable<String>,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreatedThreadResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreatedThreadResponse {
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

tagged_union! {
    /// One of the shapes of Discord's `DeleteChannelResponse`.
    pub enum DeleteChannelResponse: "type" {
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

/// Discord's `FollowChannelRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowChannelRequest {
    /// Discord's `webhook_channel_id` field.
    pub webhook_channel_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `GetChannelResponse`.
    pub enum GetChannelResponse: "type" {
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
    /// One of the shapes of Discord's `ListChannelInvitesResponseItem`.
    pub enum ListChannelInvitesResponseItem: "type" {
        /// `type` 2: a [`FriendInviteResponse`].
        FriendInviteResponse(FriendInviteResponse) = [2],
        /// `type` 1: a [`GroupDMInviteResponse`].
        GroupDMInviteResponse(GroupDMInviteResponse) = [1],
        /// `type` 0: a [`GuildInviteResponse`].
        GuildInviteResponse(GuildInviteResponse) = [0],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `ListChannelWebhooksResponseItem`.
    pub enum ListChannelWebhooksResponseItem: "type" {
        /// `type` 3: a [`ApplicationIncomingWebhookResponse`].
        ApplicationIncomingWebhookResponse(ApplicationIncomingWebhookResponse) = [3],
        /// `type` 2: a [`ChannelFollowerWebhookResponse`].
        ChannelFollowerWebhookResponse(ChannelFollowerWebhookResponse) = [2],
        /// `type` 1: a [`GuildIncomingWebhookResponse`].
        GuildIncomingWebhookResponse(GuildIncomingWebhookResponse) = [1],
    }
}

/// Discord's `MessageCreateRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageCreateRequest {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<BaseCreateMessageCreateRequestComponentsItem>>,
    /// Discord's `content` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub content: Nullable<String>,
    /// Discord's `embeds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub embeds: Nullable<Vec<RichEmbed>>,
    /// Discord's `enforce_nonce` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub enforce_nonce: Nullable<bool>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<MessageFlags>,
    /// Discord's `message_reference` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_reference: Nullable<MessageReferenceRequest>,
    /// Discord's `nonce` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nonce: Nullable<MessageCreateRequestNonce>,
    /// Discord's `poll` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll: Nullable<PollCreateRequest>,
    /// Discord's `shared_client_theme` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub shared_client_theme: Nullable<CustomClientThemeShareRequest>,
    /// Discord's `sticker_ids` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sticker_ids: Nullable<Vec<Snowflake>>,
    /// Discord's `tts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub tts: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `MessageCreateRequestNonce`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum MessageCreateRequestNonce {
    /// A `i64`.
    Integer(i64),
    /// A `String`.
    String(String),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

/// Discord's `MessageEditRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageEditRequestPartial {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<BaseCreateMessageCreateRequestComponentsItem>>,
    /// Discord's `content` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub content: Nullable<String>,
    /// Discord's `embeds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub embeds: Nullable<Vec<RichEmbed>>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<MessageFlags>,
    /// Discord's `sticker_ids` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sticker_ids: Nullable<Vec<Snowflake>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PinnedMessageResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PinnedMessageResponse {
    /// Discord's `message` field.
    pub message: MessageResponse,
    /// Discord's `pinned_at` field.
    pub pinned_at: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PinnedMessagesResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PinnedMessagesResponse {
    /// Discord's `has_more` field.
    pub has_more: bool,
    /// Discord's `items` field.
    pub items: Vec<PinnedMessageResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PollAnswerDetailsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollAnswerDetailsResponse {
    /// Discord's `users` field.
    pub users: Vec<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SetChannelPermissionOverwriteRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetChannelPermissionOverwriteRequest {
    /// Discord's `allow` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allow: Nullable<i64>,
    /// Discord's `deny` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub deny: Nullable<i64>,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<ChannelPermissionOverwrites>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SoundboardSoundSendRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SoundboardSoundSendRequest {
    /// Discord's `sound_id` field.
    pub sound_id: Snowflake,
    /// Discord's `source_guild_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub source_guild_id: Nullable<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ThreadSearchResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadSearchResponse {
    /// Discord's `first_messages` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_messages: Option<Vec<MessageResponse>>,
    /// Discord's `has_more` field.
    pub has_more: bool,
    /// Discord's `members` field.
    pub members: Vec<ThreadMemberResponse>,
    /// Discord's `threads` field.
    pub threads: Vec<ThreadResponse>,
    /// Discord's `total_results` field.
    pub total_results: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `TypingIndicatorResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TypingIndicatorResponse {
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `UpdateChannelRequest`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateChannelRequest {
    /// A `UpdateDMRequestPartial`.
    UpdateDMRequestPartial(UpdateDMRequestPartial),
    /// A `UpdateGroupDMRequestPartial`.
    UpdateGroupDMRequestPartial(UpdateGroupDMRequestPartial),
    /// A `UpdateGuildChannelRequestPartial`.
    UpdateGuildChannelRequestPartial(UpdateGuildChannelRequestPartial),
    /// A `UpdateThreadRequestPartial`.
    UpdateThreadRequestPartial(UpdateThreadRequestPartial),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

tagged_union! {
    /// One of the shapes of Discord's `UpdateChannelResponse`.
    pub enum UpdateChannelResponse: "type" {
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

/// Discord's `UpdateDMRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateDMRequestPartial {
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateGroupDMRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGroupDMRequestPartial {
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateGuildChannelRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGuildChannelRequestPartial {
    /// Discord's `available_tags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub available_tags: Nullable<Vec<UpdateThreadTagRequest>>,
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
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<ChannelFlags>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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

/// Discord's `UpdateThreadRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateThreadRequestPartial {
    /// Discord's `applied_tags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub applied_tags: Nullable<Vec<Snowflake>>,
    /// Discord's `archived` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub archived: Nullable<bool>,
    /// Discord's `auto_archive_duration` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub auto_archive_duration: Nullable<ThreadAutoArchiveDuration>,
    /// Discord's `bitrate` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub bitrate: Nullable<i64>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<ChannelFlags>,
    /// Discord's `invitable` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invitable: Nullable<bool>,
    /// Discord's `locked` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub locked: Nullable<bool>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Discord's `rate_limit_per_user` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rate_limit_per_user: Nullable<i64>,
    /// Discord's `rtc_region` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub rtc_region: Nullable<String>,
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

/// Discord's `UpdateThreadTagRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpdateThreadTagRequest {
    /// Discord's `emoji_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_id: Nullable<Snowflake>,
    /// Discord's `emoji_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub emoji_name: Nullable<String>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// Discord's `moderated` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub moderated: Nullable<bool>,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateVoiceChannelStatusRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateVoiceChannelStatusRequest {
    /// The new voice channel status
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
