//! Text channels.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::{Message, DEFAULT_GUILD_ID};

/// A guild text channel and its messages (ordered by id, i.e. by time).
#[derive(Debug)]
pub(crate) struct Channel {
    pub(crate) id: u64,
    pub(crate) name: String,
    pub(crate) topic: Option<String>,
    pub(crate) nsfw: bool,
    pub(crate) rate_limit_per_user: i64,
    pub(crate) position: i64,
    pub(crate) last_message_id: Option<u64>,
    pub(crate) messages: BTreeMap<u64, Message>,
}

impl Channel {
    pub(crate) fn new(id: u64) -> Self {
        Self {
            id,
            name: format!("channel-{id}"),
            topic: None,
            nsfw: false,
            rate_limit_per_user: 0,
            position: 0,
            last_message_id: None,
            messages: BTreeMap::new(),
        }
    }

    pub(crate) fn to_json(&self) -> Value {
        json!({
            "id": self.id.to_string(),
            "type": 0,
            "guild_id": DEFAULT_GUILD_ID.to_string(),
            "name": self.name,
            "topic": self.topic,
            "position": self.position,
            "nsfw": self.nsfw,
            "rate_limit_per_user": self.rate_limit_per_user,
            "last_message_id": self.last_message_id.map(|id| id.to_string()),
            "parent_id": null,
            "permission_overwrites": [],
            "flags": 0,
        })
    }
}
