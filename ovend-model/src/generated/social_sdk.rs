//! Types of the `social_sdk` area of Discord's API.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::{Nullable, Snowflake};

/// Discord's `AddLobbyMemberRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AddLobbyMemberRequest {
    /// Discord's `additional_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub additional_name: Nullable<String>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<BTreeMap<String, String>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `ApplicationIdentityProviderAuthType`.
    pub enum ApplicationIdentityProviderAuthType {
        /// `"OIDC"`.
        Oidc = "OIDC",
        /// `"EPIC_ONLINE_SERVICES_ACCESS_TOKEN"`.
        EpicOnlineServicesAccessToken = "EPIC_ONLINE_SERVICES_ACCESS_TOKEN",
        /// `"EPIC_ONLINE_SERVICES_ID_TOKEN"`.
        EpicOnlineServicesIdToken = "EPIC_ONLINE_SERVICES_ID_TOKEN",
        /// `"STEAM_SESSION_TICKET"`.
        SteamSessionTicket = "STEAM_SESSION_TICKET",
        /// `"UNITY_SERVICES_ID_TOKEN"`.
        UnityServicesIdToken = "UNITY_SERVICES_ID_TOKEN",
        /// `"DISCORD_BOT_ISSUED_ACCESS_TOKEN"`.
        DiscordBotIssuedAccessToken = "DISCORD_BOT_ISSUED_ACCESS_TOKEN",
        /// `"APPLE_ID_TOKEN"`.
        AppleIdToken = "APPLE_ID_TOKEN",
        /// `"PLAYSTATION_NETWORK_ID_TOKEN"`.
        PlaystationNetworkIdToken = "PLAYSTATION_NETWORK_ID_TOKEN",
    }
}

/// Discord's `BotPartnerSdkTokenRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BotPartnerSdkTokenRequest {
    /// Discord's `external_user_id` field.
    pub external_user_id: String,
    /// Discord's `preferred_global_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub preferred_global_name: Nullable<String>,
    /// Discord's `provisional_user_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub provisional_user_id: Nullable<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BotPartnerSdkUnmergeProvisionalAccountRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BotPartnerSdkUnmergeProvisionalAccountRequest {
    /// Discord's `external_user_id` field.
    pub external_user_id: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BulkLobbyMemberRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkLobbyMemberRequest {
    /// Discord's `additional_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub additional_name: Nullable<String>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<BTreeMap<String, String>>,
    /// Discord's `remove_member` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub remove_member: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateLobbyRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateLobbyRequest {
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `idle_timeout_seconds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub idle_timeout_seconds: Nullable<i64>,
    /// Discord's `members` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub members: Nullable<Vec<LobbyMemberRequest>>,
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<BTreeMap<String, String>>,
    /// Discord's `override_event_webhooks_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub override_event_webhooks_url: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateOrJoinLobbyRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateOrJoinLobbyRequest {
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `idle_timeout_seconds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub idle_timeout_seconds: Nullable<i64>,
    /// Discord's `lobby_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub lobby_metadata: Nullable<BTreeMap<String, String>>,
    /// Discord's `member_metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_metadata: Nullable<BTreeMap<String, String>>,
    /// Discord's `secret` field.
    pub secret: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EditLobbyChannelLinkRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EditLobbyChannelLinkRequest {
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EditLobbyRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EditLobbyRequest {
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `idle_timeout_seconds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub idle_timeout_seconds: Nullable<i64>,
    /// Discord's `members` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub members: Nullable<Vec<LobbyMemberRequest>>,
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<BTreeMap<String, String>>,
    /// Discord's `override_event_webhooks_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub override_event_webhooks_url: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `LobbyGuildInviteResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LobbyGuildInviteResponse {
    /// Discord's `code` field.
    pub code: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `LobbyMemberRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LobbyMemberRequest {
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<BTreeMap<String, String>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `LobbyMemberResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LobbyMemberResponse {
    /// Discord's `additional_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_name: Option<String>,
    /// Discord's `flags` field.
    pub flags: i64,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `metadata` field.
    pub metadata: Option<BTreeMap<String, String>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `LobbyMessageResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LobbyMessageResponse {
    /// Discord's `application_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<Snowflake>,
    /// Discord's `author` field.
    pub author: UserResponse,
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `flags` field.
    pub flags: i64,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `lobby_id` field.
    pub lobby_id: Snowflake,
    /// Discord's `lobby_member` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lobby_member: Option<MessageLobbyMemberResponse>,
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// Discord's `moderation_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderation_metadata: Option<BTreeMap<String, String>>,
    /// Discord's `type` field.
    pub r#type: MessageType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `LobbyResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LobbyResponse {
    /// Discord's `application_id` field.
    pub application_id: Snowflake,
    /// Discord's `flags` field.
    pub flags: i64,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `linked_channel` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_channel: Option<GuildChannelResponse>,
    /// Discord's `members` field.
    pub members: Vec<LobbyMemberResponse>,
    /// Discord's `metadata` field.
    pub metadata: Option<BTreeMap<String, String>>,
    /// Discord's `override_event_webhooks_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_event_webhooks_url: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PartnerSdkTokenRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerSdkTokenRequest {
    /// Discord's `client_id` field.
    pub client_id: Snowflake,
    /// Discord's `client_secret` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub client_secret: Nullable<String>,
    /// Discord's `external_auth_token` field.
    pub external_auth_token: String,
    /// Discord's `external_auth_type` field.
    pub external_auth_type: ApplicationIdentityProviderAuthType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `PartnerSdkUnmergeProvisionalAccountRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerSdkUnmergeProvisionalAccountRequest {
    /// Discord's `client_id` field.
    pub client_id: Snowflake,
    /// Discord's `client_secret` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub client_secret: Nullable<String>,
    /// Discord's `external_auth_token` field.
    pub external_auth_token: String,
    /// Discord's `external_auth_type` field.
    pub external_auth_type: ApplicationIdentityProviderAuthType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ProvisionalTokenResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProvisionalTokenResponse {
    /// Discord's `access_token` field.
    pub access_token: String,
    /// Discord's `expires_at_s` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at_s: Option<i64>,
    /// Discord's `expires_in` field.
    pub expires_in: i64,
    /// Discord's `id_token` field.
    pub id_token: String,
    /// Discord's `refresh_token` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Discord's `scope` field.
    pub scope: String,
    /// Discord's `scopes` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Discord's `token_type` field.
    pub token_type: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SDKMessageRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SDKMessageRequest {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<SDKMessageRequestComponentsItem>>,
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
    pub flags: Nullable<i64>,
    /// Discord's `message_reference` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_reference: Nullable<MessageReferenceRequest>,
    /// Discord's `nonce` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nonce: Nullable<SDKMessageRequestNonce>,
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

tagged_union! {
    /// One of the shapes of Discord's `SDKMessageRequestComponentsItem`.
    pub enum SDKMessageRequestComponentsItem: "type" {
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

/// One of the shapes of Discord's `SDKMessageRequestNonce`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum SDKMessageRequestNonce {
    /// A `i64`.
    Integer(i64),
    /// A `String`.
    String(String),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}
