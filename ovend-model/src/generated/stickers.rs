//! Types of the `stickers` area of Discord's API.

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::Snowflake;

tagged_union! {
    /// One of the shapes of Discord's `GetStickerResponse`.
    pub enum GetStickerResponse: "type" {
        /// `type` 2: a [`GuildStickerResponse`].
        GuildStickerResponse(GuildStickerResponse) = [2],
        /// `type` 1: a [`StandardStickerResponse`].
        StandardStickerResponse(StandardStickerResponse) = [1],
    }
}

/// Discord's `StickerPackCollectionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StickerPackCollectionResponse {
    /// Discord's `sticker_packs` field.
    pub sticker_packs: Vec<StickerPackResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StickerPackResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StickerPackResponse {
    /// Discord's `banner_asset_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner_asset_id: Option<Snowflake>,
    /// Discord's `cover_sticker_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_sticker_id: Option<Snowflake>,
    /// Discord's `description` field.
    pub description: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `sku_id` field.
    pub sku_id: Snowflake,
    /// Discord's `stickers` field.
    pub stickers: Vec<StandardStickerResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
