//! Guilds: members, roles and bans.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use super::user::user_json;
use crate::snowflake;

/// A role.
#[derive(Debug, Clone)]
pub(crate) struct Role {
    pub(crate) id: u64,
    pub(crate) name: String,
    pub(crate) color: i64,
    pub(crate) hoist: bool,
    pub(crate) mentionable: bool,
    pub(crate) permissions: String,
    pub(crate) position: i64,
}

impl Role {
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "id": self.id.to_string(),
            "name": self.name,
            "color": self.color,
            "colors": {
                "primary_color": self.color,
                "secondary_color": null,
                "tertiary_color": null,
            },
            "hoist": self.hoist,
            "icon": null,
            "unicode_emoji": null,
            "position": self.position,
            "permissions": self.permissions,
            "managed": false,
            "mentionable": self.mentionable,
            "flags": 0,
        })
    }
}

/// A guild member.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub(crate) user_id: u64,
    pub(crate) nick: Option<String>,
    pub(crate) roles: Vec<u64>,
    pub(crate) joined_ms: u64,
    pub(crate) mute: bool,
    pub(crate) deaf: bool,
    pub(crate) timeout_until: Value,
}

impl Member {
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "user": user_json(self.user_id),
            "nick": self.nick,
            "avatar": null,
            "banner": null,
            "premium_since": null,
            "roles": self.roles.iter().map(u64::to_string).collect::<Vec<_>>(),
            "joined_at": snowflake::iso8601(self.joined_ms),
            "deaf": self.deaf,
            "mute": self.mute,
            "flags": 0,
            "pending": false,
            "communication_disabled_until": self.timeout_until,
        })
    }
}

/// A guild. Every user is a member until banned, and every role id exists
/// until deleted (like channels); members and roles touched by a request are
/// remembered and listed.
#[derive(Debug)]
pub(crate) struct Guild {
    pub(crate) id: u64,
    pub(crate) roles: BTreeMap<u64, Role>,
    pub(crate) deleted_roles: BTreeSet<u64>,
    pub(crate) members: BTreeMap<u64, Member>,
    pub(crate) bans: BTreeSet<u64>,
}

impl Guild {
    pub(crate) fn new(id: u64) -> Self {
        let everyone = Role {
            id,
            name: "@everyone".into(),
            color: 0,
            hoist: false,
            mentionable: false,
            permissions: "1071698660929".into(),
            position: 0,
        };
        Self {
            id,
            roles: BTreeMap::from([(id, everyone)]),
            deleted_roles: BTreeSet::new(),
            members: BTreeMap::new(),
            bans: BTreeSet::new(),
        }
    }

    /// The member, materialized on first use; `None` if the user is banned.
    pub(crate) fn member(&mut self, user_id: u64) -> Option<&mut Member> {
        if self.bans.contains(&user_id) {
            return None;
        }
        Some(self.members.entry(user_id).or_insert_with(|| Member {
            user_id,
            nick: None,
            roles: Vec::new(),
            joined_ms: snowflake::created_ms(user_id),
            mute: false,
            deaf: false,
            timeout_until: Value::Null,
        }))
    }

    /// The role, materialized on first use; `None` once deleted.
    pub(crate) fn role(&mut self, id: u64) -> Option<&mut Role> {
        if self.deleted_roles.contains(&id) {
            return None;
        }
        let position = i64::try_from(self.roles.len()).unwrap_or(i64::MAX);
        Some(self.roles.entry(id).or_insert_with(|| Role {
            id,
            name: format!("role-{id}"),
            color: 0,
            hoist: false,
            mentionable: false,
            permissions: "0".into(),
            position,
        }))
    }

    /// Deletes a role for good and takes it off every member; `false` if it was already gone.
    pub(crate) fn delete_role(&mut self, id: u64) -> bool {
        if self.role(id).is_none() {
            return false;
        }
        self.roles.remove(&id);
        self.deleted_roles.insert(id);
        for member in self.members.values_mut() {
            member.roles.retain(|r| *r != id);
        }
        true
    }

    /// Bans a user (removing the member); `false` if already banned.
    pub(crate) fn ban(&mut self, user_id: u64) -> bool {
        self.members.remove(&user_id);
        self.bans.insert(user_id)
    }
}
