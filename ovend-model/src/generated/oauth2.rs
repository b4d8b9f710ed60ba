//! Types of the `oauth2` area of Discord's API.

use serde::{Deserialize, Serialize};

use super::common::*;

/// Discord's `OAuth2GetAuthorizationResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OAuth2GetAuthorizationResponse {
    /// Discord's `application` field.
    pub application: ApplicationResponse,
    /// Discord's `expires` field.
    pub expires: String,
    /// Discord's `scopes` field.
    pub scopes: Vec<OAuth2Scopes>,
    /// Discord's `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserResponse>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `OAuth2GetKeys` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OAuth2GetKeys {
    /// Discord's `keys` field.
    pub keys: Vec<OAuth2Key>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `OAuth2GetOpenIDConnectUserInfoResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OAuth2GetOpenIDConnectUserInfoResponse {
    /// Discord's `email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Discord's `email_verified` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// Discord's `locale` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Discord's `nickname` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Discord's `picture` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// Discord's `preferred_username` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    /// Discord's `sub` field.
    pub sub: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `OAuth2Key` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OAuth2Key {
    /// Discord's `alg` field.
    pub alg: String,
    /// Discord's `e` field.
    pub e: String,
    /// Discord's `kid` field.
    pub kid: String,
    /// Discord's `kty` field.
    pub kty: String,
    /// Discord's `n` field.
    pub n: String,
    /// Discord's `use` field.
    pub r#use: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
