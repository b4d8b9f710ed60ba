//! Types of the `users` area of Discord's API.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::{Nullable, Snowflake};

/// Discord's `ApplicationUserRoleConnectionResponse` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationUserRoleConnectionResponse {
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// Discord's `platform_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_name: Option<String>,
    /// Discord's `platform_username` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_username: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `BotAccountPatchRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BotAccountPatchRequest {
    /// Discord's `avatar` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub avatar: Nullable<String>,
    /// Discord's `banner` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub banner: Nullable<String>,
    /// Discord's `username` field.
    pub username: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ConnectedAccountGuildResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectedAccountGuildResponse {
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

/// Discord's `ConnectedAccountIntegrationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectedAccountIntegrationResponse {
    /// Discord's `account` field.
    pub account: AccountResponse,
    /// Discord's `guild` field.
    pub guild: ConnectedAccountGuildResponse,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `type` field.
    pub r#type: IntegrationTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `ConnectedAccountProviders`.
    pub enum ConnectedAccountProviders {
        /// `"battlenet"`.
        Battlenet = "battlenet",
        /// `"bluesky"`.
        Bluesky = "bluesky",
        /// `"bungie"`.
        Bungie = "bungie",
        /// `"ebay"`.
        Ebay = "ebay",
        /// `"epicgames"`.
        EpicGames = "epicgames",
        /// `"facebook"`.
        Facebook = "facebook",
        /// `"github"`.
        Github = "github",
        /// `"instagram"`.
        Instagram = "instagram",
        /// `"mastodon"`.
        Mastodon = "mastodon",
        /// `"leagueoflegends"`.
        LeagueOfLegends = "leagueoflegends",
        /// `"paypal"`.
        Paypal = "paypal",
        /// `"playstation"`.
        Playstation = "playstation",
        /// `"reddit"`.
        Reddit = "reddit",
        /// `"riotgames"`.
        RiotGames = "riotgames",
        /// `"roblox"`.
        Roblox = "roblox",
        /// `"skype"`.
        Skype = "skype",
        /// `"spotify"`.
        Spotify = "spotify",
        /// `"steam"`.
        Steam = "steam",
        /// `"tiktok"`.
        Tiktok = "tiktok",
        /// `"twitch"`.
        Twitch = "twitch",
        /// `"twitter"`.
        Twitter = "twitter",
        /// `"xbox"`.
        Xbox = "xbox",
        /// `"youtube"`.
        Youtube = "youtube",
        /// `"domain"`.
        Domain = "domain",
    }
}

/// Discord's `ConnectedAccountResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectedAccountResponse {
    /// Discord's `friend_sync` field.
    pub friend_sync: bool,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `integrations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrations: Option<Vec<ConnectedAccountIntegrationResponse>>,
    /// Discord's `name` field.
    pub name: Option<String>,
    /// Discord's `revoked` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<bool>,
    /// Discord's `show_activity` field.
    pub show_activity: bool,
    /// Discord's `two_way_link` field.
    pub two_way_link: bool,
    /// Discord's `type` field.
    pub r#type: ConnectedAccountProviders,
    /// Discord's `verified` field.
    pub verified: bool,
    /// Discord's `visibility` field.
    pub visibility: ConnectedAccountVisibility,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ConnectedAccountVisibility`.
    pub enum ConnectedAccountVisibility {
        /// `0`.
        None = 0,
        /// `1`.
        Everyone = 1,
    }
}

tagged_union! {
    /// One of the shapes of Discord's `CreateDmResponse`.
    pub enum CreateDmResponse: "type" {
        /// `type` 1: a [`PrivateChannelResponse`].
        PrivateChannelResponse(PrivateChannelResponse) = [1],
        /// `type` 3: a [`PrivateGroupChannelResponse`].
        PrivateGroupChannelResponse(PrivateGroupChannelResponse) = [3],
    }
}

/// Discord's `CreatePrivateChannelRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatePrivateChannelRequest {
    /// Discord's `access_tokens` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub access_tokens: Nullable<Vec<String>>,
    /// Discord's `nicks` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub nicks: Nullable<BTreeMap<String, Option<String>>>,
    /// Discord's `recipient_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub recipient_id: Nullable<Snowflake>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MyGuildResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyGuildResponse {
    /// Discord's `approximate_member_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_member_count: Option<i64>,
    /// Discord's `approximate_presence_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_presence_count: Option<i64>,
    /// Discord's `banner` field.
    pub banner: Option<String>,
    /// Discord's `features` field.
    pub features: Vec<GuildFeatures>,
    /// Discord's `icon` field.
    pub icon: Option<String>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `owner` field.
    pub owner: bool,
    /// Discord's `permissions` field.
    pub permissions: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `PremiumTypes`.
    pub enum PremiumTypes {
        /// None (`0`)
        None = 0,
        /// Nitro Classic (`1`)
        Tier1 = 1,
        /// Nitro Standard (`2`)
        Tier2 = 2,
        /// Nitro Basic (`3`)
        Tier0 = 3,
    }
}

/// Discord's `UpdateApplicationUserRoleConnectionRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateApplicationUserRoleConnectionRequest {
    /// Discord's `metadata` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<BTreeMap<String, String>>,
    /// Discord's `platform_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub platform_name: Nullable<String>,
    /// Discord's `platform_username` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub platform_username: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserPIIResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserPIIResponse {
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
    /// Discord's `email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// the flags on a user's account
    pub flags: UserFlags,
    /// the user's display name, if it is set
    pub global_name: Option<String>,
    /// the user's id
    pub id: Snowflake,
    /// Discord's `locale` field.
    pub locale: AvailableLocalesEnum,
    /// Discord's `mfa_enabled` field.
    pub mfa_enabled: bool,
    /// Discord's `premium_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium_type: Option<PremiumTypes>,
    /// Discord's `primary_guild` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_guild: Option<UserPrimaryGuildResponse>,
    /// the public flags on a user's account
    pub public_flags: UserFlags,
    /// whether the user is an Official Discord System user (part of the urgent message system)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<bool>,
    /// the user's username, not unique across the platform
    pub username: String,
    /// Discord's `verified` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
