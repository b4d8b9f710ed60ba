//! Types of the `gateway` area of Discord's API.

use serde::{Deserialize, Serialize};

/// Discord's `GatewayBotResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GatewayBotResponse {
    /// Discord's `session_start_limit` field.
    pub session_start_limit: GatewayBotSessionStartLimitResponse,
    /// Discord's `shards` field.
    pub shards: i64,
    /// Discord's `url` field.
    pub url: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GatewayBotSessionStartLimitResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GatewayBotSessionStartLimitResponse {
    /// Discord's `max_concurrency` field.
    pub max_concurrency: i64,
    /// Discord's `remaining` field.
    pub remaining: i64,
    /// Discord's `reset_after` field.
    pub reset_after: i64,
    /// Discord's `total` field.
    pub total: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GatewayResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GatewayResponse {
    /// Discord's `url` field.
    pub url: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
