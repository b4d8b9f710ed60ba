//! Types of the `monetization` area of Discord's API.

use serde::{Deserialize, Serialize};

use crate::Snowflake;

/// Discord's `SubscriptionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubscriptionResponse {
    /// When the subscription was canceled
    pub canceled_at: Option<String>,
    /// ISO3166-1 alpha-2 country code of the payment source used to purchase the subscription
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// End of the current subscription period
    pub current_period_end: String,
    /// Start of the current subscription period
    pub current_period_start: String,
    /// List of entitlements granted for this subscription
    pub entitlement_ids: Vec<Snowflake>,
    /// ID of the subscription
    pub id: Snowflake,
    /// List of SKUs that this user will be subscribed to at renewal
    pub renewal_sku_ids: Option<Vec<Snowflake>>,
    /// List of SKUs subscribed to
    pub sku_ids: Vec<Snowflake>,
    /// Current status of the subscription
    pub status: SubscriptionResponseStatusType,
    /// ID of the user who is subscribed
    pub user_id: Snowflake,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `SubscriptionResponseStatusType`.
    pub enum SubscriptionResponseStatusType {
        /// Subscription is active and scheduled to renew (`0`)
        Active = 0,
        /// Subscription is inactive and not being charged (`1`)
        Inactive = 1,
        /// Subscription is active but will not renew (`2`)
        Ending = 2,
    }
}
