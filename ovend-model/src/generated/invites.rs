//! Types of the `invites` area of Discord's API.

use serde::{Deserialize, Serialize};

use super::common::*;

tagged_union! {
    /// One of the shapes of Discord's `InviteResolveResponse`.
    pub enum InviteResolveResponse: "type" {
        /// `type` 2: a [`FriendInviteResponse`].
        FriendInviteResponse(FriendInviteResponse) = [2],
        /// `type` 1: a [`GroupDMInviteResponse`].
        GroupDMInviteResponse(GroupDMInviteResponse) = [1],
        /// `type` 0: a [`GuildInviteResponse`].
        GuildInviteResponse(GuildInviteResponse) = [0],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `InviteRevokeResponse`.
    pub enum InviteRevokeResponse: "type" {
        /// `type` 2: a [`FriendInviteResponse`].
        FriendInviteResponse(FriendInviteResponse) = [2],
        /// `type` 1: a [`GroupDMInviteResponse`].
        GroupDMInviteResponse(GroupDMInviteResponse) = [1],
        /// `type` 0: a [`GuildInviteResponse`].
        GuildInviteResponse(GuildInviteResponse) = [0],
    }
}

/// Discord's `TargetUsersJobStatusResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TargetUsersJobStatusResponse {
    /// The timestamp when the job was successfully completed.
    pub completed_at: Option<String>,
    /// The timestamp when the job was created.
    pub created_at: Option<String>,
    /// The error message if the job failed.
    pub error_message: Option<String>,
    /// The number of users processed so far.
    pub processed_users: i64,
    /// The status of the job processing the target users.
    pub status: TargetUsersJobStatusTypes,
    /// The total number of users in the provided list.
    pub total_users: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `TargetUsersJobStatusTypes`.
    pub enum TargetUsersJobStatusTypes {
        /// The default value. (`0`)
        Unspecified = 0,
        /// The job is still being processed. (`1`)
        Processing = 1,
        /// The job has been completed successfully. (`2`)
        Completed = 2,
        /// The job has failed, see error_message field for more details. (`3`)
        Failed = 3,
    }
}
