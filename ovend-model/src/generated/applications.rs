//! Types of the `applications` area of Discord's API.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::{Nullable, Snowflake};

/// Discord's `ActivitiesAttachmentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActivitiesAttachmentResponse {
    /// Discord's `attachment` field.
    pub attachment: AttachmentResponse,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandAttachmentOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandAttachmentOption {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandBooleanOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandBooleanOption {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandChannelOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandChannelOption {
    /// Discord's `channel_types` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_types: Nullable<Vec<ChannelTypes>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandCreateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandCreateRequest {
    /// Discord's `contexts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contexts: Nullable<Vec<InteractionContextType>>,
    /// Discord's `default_member_permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_member_permissions: Nullable<i64>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `dm_permission` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub dm_permission: Nullable<bool>,
    /// Determines whether the interaction is handled by the app's interactions handler or by Discord
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub handler: Nullable<ApplicationCommandHandler>,
    /// Discord's `integration_types` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_types: Nullable<Vec<ApplicationIntegrationType>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<Vec<ApplicationCommandCreateRequestOptionsItem>>,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<ApplicationCommandType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ApplicationCommandCreateRequestOptionsItem`.
    pub enum ApplicationCommandCreateRequestOptionsItem: "type" {
        /// `type` 11: a [`ApplicationCommandAttachmentOption`].
        ApplicationCommandAttachmentOption(ApplicationCommandAttachmentOption) = [11],
        /// `type` 5: a [`ApplicationCommandBooleanOption`].
        ApplicationCommandBooleanOption(ApplicationCommandBooleanOption) = [5],
        /// `type` 7: a [`ApplicationCommandChannelOption`].
        ApplicationCommandChannelOption(ApplicationCommandChannelOption) = [7],
        /// `type` 4: a [`ApplicationCommandIntegerOption`].
        ApplicationCommandIntegerOption(ApplicationCommandIntegerOption) = [4],
        /// `type` 9: a [`ApplicationCommandMentionableOption`].
        ApplicationCommandMentionableOption(ApplicationCommandMentionableOption) = [9],
        /// `type` 10: a [`ApplicationCommandNumberOption`].
        ApplicationCommandNumberOption(ApplicationCommandNumberOption) = [10],
        /// `type` 8: a [`ApplicationCommandRoleOption`].
        ApplicationCommandRoleOption(ApplicationCommandRoleOption) = [8],
        /// `type` 3: a [`ApplicationCommandStringOption`].
        ApplicationCommandStringOption(ApplicationCommandStringOption) = [3],
        /// `type` 2: a [`ApplicationCommandSubcommandGroupOption`].
        ApplicationCommandSubcommandGroupOption(ApplicationCommandSubcommandGroupOption) = [2],
        /// `type` 1: a [`ApplicationCommandSubcommandOption`].
        ApplicationCommandSubcommandOption(ApplicationCommandSubcommandOption) = [1],
        /// `type` 6: a [`ApplicationCommandUserOption`].
        ApplicationCommandUserOption(ApplicationCommandUserOption) = [6],
    }
}

/// Discord's `ApplicationCommandIntegerOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandIntegerOption {
    /// Discord's `autocomplete` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub autocomplete: Nullable<bool>,
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub choices: Nullable<Vec<ApplicationCommandOptionIntegerChoice>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `max_value` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_value: Nullable<i64>,
    /// Discord's `min_value` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_value: Nullable<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandMentionableOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandMentionableOption {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandNumberOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandNumberOption {
    /// Discord's `autocomplete` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub autocomplete: Nullable<bool>,
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub choices: Nullable<Vec<ApplicationCommandOptionNumberChoice>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `max_value` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_value: Nullable<f64>,
    /// Discord's `min_value` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_value: Nullable<f64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandPatchRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandPatchRequestPartial {
    /// Discord's `contexts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contexts: Nullable<Vec<InteractionContextType>>,
    /// Discord's `default_member_permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_member_permissions: Nullable<i64>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `dm_permission` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub dm_permission: Nullable<bool>,
    /// Determines whether the interaction is handled by the app's interactions handler or by Discord
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub handler: Nullable<ApplicationCommandHandler>,
    /// Discord's `integration_types` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_types: Nullable<Vec<ApplicationIntegrationType>>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<Vec<ApplicationCommandCreateRequestOptionsItem>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandPermission` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandPermission {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `permission` field.
    pub permission: bool,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandPermissionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ApplicationCommandPermissionType`.
    pub enum ApplicationCommandPermissionType {
        /// This permission is for a role. (`1`)
        Role = 1,
        /// This permission is for a user. (`2`)
        User = 2,
        /// This permission is for a channel. (`3`)
        Channel = 3,
    }
}

/// Discord's `ApplicationCommandRoleOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandRoleOption {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandStringOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandStringOption {
    /// Discord's `autocomplete` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub autocomplete: Nullable<bool>,
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub choices: Nullable<Vec<ApplicationCommandOptionStringChoice>>,
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `max_length` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_length: Nullable<i64>,
    /// Discord's `min_length` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_length: Nullable<i64>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandSubcommandGroupOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandSubcommandGroupOption {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<Vec<ApplicationCommandSubcommandOption>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandSubcommandOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandSubcommandOption {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<Vec<ApplicationCommandSubcommandOptionOptionsItem>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ApplicationCommandSubcommandOptionOptionsItem`.
    pub enum ApplicationCommandSubcommandOptionOptionsItem: "type" {
        /// `type` 11: a [`ApplicationCommandAttachmentOption`].
        ApplicationCommandAttachmentOption(ApplicationCommandAttachmentOption) = [11],
        /// `type` 5: a [`ApplicationCommandBooleanOption`].
        ApplicationCommandBooleanOption(ApplicationCommandBooleanOption) = [5],
        /// `type` 7: a [`ApplicationCommandChannelOption`].
        ApplicationCommandChannelOption(ApplicationCommandChannelOption) = [7],
        /// `type` 4: a [`ApplicationCommandIntegerOption`].
        ApplicationCommandIntegerOption(ApplicationCommandIntegerOption) = [4],
        /// `type` 9: a [`ApplicationCommandMentionableOption`].
        ApplicationCommandMentionableOption(ApplicationCommandMentionableOption) = [9],
        /// `type` 10: a [`ApplicationCommandNumberOption`].
        ApplicationCommandNumberOption(ApplicationCommandNumberOption) = [10],
        /// `type` 8: a [`ApplicationCommandRoleOption`].
        ApplicationCommandRoleOption(ApplicationCommandRoleOption) = [8],
        /// `type` 3: a [`ApplicationCommandStringOption`].
        ApplicationCommandStringOption(ApplicationCommandStringOption) = [3],
        /// `type` 6: a [`ApplicationCommandUserOption`].
        ApplicationCommandUserOption(ApplicationCommandUserOption) = [6],
    }
}

/// Discord's `ApplicationCommandUpdateRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandUpdateRequest {
    /// Discord's `contexts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contexts: Nullable<Vec<InteractionContextType>>,
    /// Discord's `default_member_permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_member_permissions: Nullable<i64>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `dm_permission` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub dm_permission: Nullable<bool>,
    /// Determines whether the interaction is handled by the app's interactions handler or by Discord
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub handler: Nullable<ApplicationCommandHandler>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Snowflake>,
    /// Discord's `integration_types` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_types: Nullable<Vec<ApplicationIntegrationType>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `options` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<Vec<ApplicationCommandCreateRequestOptionsItem>>,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<ApplicationCommandType>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandUserOption` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandUserOption {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, String>>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandOptionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationFormPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationFormPartial {
    /// Discord's `cover_image` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub cover_image: Nullable<String>,
    /// Discord's `custom_install_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub custom_install_url: Nullable<String>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<ApplicationFormPartialDescription>,
    /// Discord's `event_webhooks_status` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub event_webhooks_status: Nullable<ApplicationEventWebhooksStatus>,
    /// Discord's `event_webhooks_types` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub event_webhooks_types: Nullable<Vec<ActionTypes>>,
    /// Event webhooks URL for the app to receive webhook events
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub event_webhooks_url: Nullable<String>,
    /// Discord's `explicit_content_filter` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub explicit_content_filter: Nullable<ApplicationExplicitContentFilterTypes>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<i64>,
    /// Discord's `icon` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon: Nullable<String>,
    /// Discord's `install_params` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub install_params: Nullable<ApplicationOAuth2InstallParams>,
    /// Discord's `integration_types_config` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_types_config:
        Nullable<BTreeMap<String, Option<ApplicationIntegrationTypeConfiguration>>>,
    /// Discord's `interactions_endpoint_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub interactions_endpoint_url: Nullable<String>,
    /// Discord's `max_participants` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_participants: Nullable<i64>,
    /// Discord's `role_connections_verification_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub role_connections_verification_url: Nullable<String>,
    /// Discord's `tags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub tags: Nullable<Vec<String>>,
    /// Discord's `team_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub team_id: Nullable<Snowflake>,
    /// Discord's `type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#type: Nullable<ApplicationTypes>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationFormPartialDescription` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationFormPartialDescription {
    /// Discord's `default` field.
    pub default: String,
    /// Discord's `localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub localizations: Nullable<BTreeMap<String, String>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationIntegrationTypeConfiguration` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationIntegrationTypeConfiguration {
    /// Discord's `oauth2_install_params` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub oauth2_install_params: Nullable<ApplicationOAuth2InstallParams>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationOAuth2InstallParams` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationOAuth2InstallParams {
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub permissions: Nullable<i64>,
    /// Discord's `scopes` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scopes: Nullable<Vec<OAuth2Scopes>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationRoleConnectionsMetadataItemRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationRoleConnectionsMetadataItemRequest {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description_localizations: Nullable<BTreeMap<String, Option<String>>>,
    /// Discord's `key` field.
    pub key: String,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name_localizations: Nullable<BTreeMap<String, Option<String>>>,
    /// Discord's `type` field.
    pub r#type: MetadataItemTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationRoleConnectionsMetadataItemResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationRoleConnectionsMetadataItemResponse {
    /// Discord's `description` field.
    pub description: String,
    /// Discord's `description_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `key` field.
    pub key: String,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `name_localizations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_localizations: Option<BTreeMap<String, String>>,
    /// Discord's `type` field.
    pub r#type: MetadataItemTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `AttachmentResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttachmentResponse {
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

/// Discord's `CommandPermissionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommandPermissionResponse {
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `permission` field.
    pub permission: bool,
    /// Discord's `type` field.
    pub r#type: ApplicationCommandPermissionType,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CommandPermissionsResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommandPermissionsResponse {
    /// Discord's `application_id` field.
    pub application_id: Snowflake,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `permissions` field.
    pub permissions: Vec<CommandPermissionResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateApplicationEmojiRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateApplicationEmojiRequest {
    /// Discord's `image` field.
    pub image: String,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateEntitlementRequestData` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateEntitlementRequestData {
    /// ID of the guild or user to grant the entitlement to
    pub owner_id: Snowflake,
    /// 1 for a guild subscription, 2 for a user subscription
    pub owner_type: EntitlementOwnerTypes,
    /// ID of the SKU to grant the entitlement to
    pub sku_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `EmbeddedActivityInstance` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmbeddedActivityInstance {
    /// Discord's `application_id` field.
    pub application_id: Snowflake,
    /// Discord's `instance_id` field.
    pub instance_id: String,
    /// Discord's `launch_id` field.
    pub launch_id: String,
    /// Discord's `location` field.
    pub location: EmbeddedActivityInstanceLocation,
    /// Discord's `users` field.
    pub users: Vec<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `EmbeddedActivityInstanceLocation`.
    pub enum EmbeddedActivityInstanceLocation: "kind" {
        /// `kind` "gc": a [`GuildChannelLocation`].
        GuildChannelLocation(GuildChannelLocation) = ["gc"],
        /// `kind` "pc": a [`PrivateChannelLocation`].
        PrivateChannelLocation(PrivateChannelLocation) = ["pc"],
    }
}

str_enum! {
    /// The values of Discord's `EmbeddedActivityLocationKind`.
    pub enum EmbeddedActivityLocationKind {
        /// guild channel (`"gc"`)
        GuildChannel = "gc",
        /// private channel (`"pc"`)
        PrivateChannel = "pc",
        /// party (`"party"`)
        Party = "party",
    }
}

int_enum! {
    /// The values of Discord's `EntitlementOwnerTypes`.
    pub enum EntitlementOwnerTypes {
        /// A guild subscription (`1`)
        Guild = 1,
        /// A user subscription (`2`)
        User = 2,
    }
}

/// Discord's `GuildChannelLocation` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuildChannelLocation {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `kind` field.
    pub kind: EmbeddedActivityLocationKind,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ListApplicationEmojisResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListApplicationEmojisResponse {
    /// Discord's `items` field.
    pub items: Vec<EmojiResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `MetadataItemTypes`.
    pub enum MetadataItemTypes {
        /// the metadata value (integer) is less than or equal to the guild's configured value (integer) (`1`)
        IntegerLessThanEqual = 1,
        /// the metadata value (integer) is greater than or equal to the guild's configured value (integer) (`2`)
        IntegerGreaterThanEqual = 2,
        /// the metadata value (integer) is equal to the guild's configured value (integer) (`3`)
        IntegerEqual = 3,
        /// the metadata value (integer) is not equal to the guild's configured value (integer) (`4`)
        IntegerNotEqual = 4,
        /// the metadata value (ISO8601 string) is less than or equal to the guild's configured value (integer; days before current date) (`5`)
        DatetimeLessThanEqual = 5,
        /// the metadata value (ISO8601 string) is greater than or equal to the guild's configured value (integer; days before current date) (`6`)
        DatetimeGreaterThanEqual = 6,
        /// the metadata value (integer) is equal to the guild's configured value (integer; 1) (`7`)
        BooleanEqual = 7,
        /// the metadata value (integer) is not equal to the guild's configured value (integer; 1) (`8`)
        BooleanNotEqual = 8,
    }
}

/// Discord's `PrivateChannelLocation` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivateChannelLocation {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `kind` field.
    pub kind: EmbeddedActivityLocationKind,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SetGuildApplicationCommandPermissionsRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetGuildApplicationCommandPermissionsRequest {
    /// Discord's `permissions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub permissions: Nullable<Vec<ApplicationCommandPermission>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateApplicationEmojiRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateApplicationEmojiRequest {
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
