//! Types of the `stage_instances` area of Discord's API.

use serde::{Deserialize, Serialize};

use crate::{Nullable, Snowflake};

/// Discord's `CreateStageInstanceRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateStageInstanceRequest {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `guild_scheduled_event_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub guild_scheduled_event_id: Nullable<Snowflake>,
    /// Discord's `privacy_level` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub privacy_level: Nullable<StageInstancesPrivacyLevels>,
    /// Discord's `send_start_notification` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub send_start_notification: Nullable<bool>,
    /// Discord's `topic` field.
    pub topic: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StageInstanceResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageInstanceResponse {
    /// Discord's `channel_id` field.
    pub channel_id: Snowflake,
    /// Discord's `discoverable_disabled` field.
    pub discoverable_disabled: bool,
    /// Discord's `guild_id` field.
    pub guild_id: Snowflake,
    /// Discord's `guild_scheduled_event_id` field.
    pub guild_scheduled_event_id: Option<Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `privacy_level` field.
    pub privacy_level: StageInstancesPrivacyLevels,
    /// Discord's `topic` field.
    pub topic: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `StageInstancesPrivacyLevels`.
    pub enum StageInstancesPrivacyLevels {
        /// The Stage instance is visible publicly. (deprecated) (`1`)
        Public = 1,
        /// The Stage instance is visible to only guild members. (`2`)
        GuildOnly = 2,
    }
}

/// Discord's `UpdateStageInstanceRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateStageInstanceRequest {
    /// Discord's `privacy_level` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_level: Option<StageInstancesPrivacyLevels>,
    /// Discord's `topic` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
