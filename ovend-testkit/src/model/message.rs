//! Messages, their attachments and reactions.

use serde_json::{json, Value};

use super::user::{bot_user_id, bot_user_json};
use crate::snowflake;

/// Who sent a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Author {
    /// The bot with this token index.
    Bot(u32),
    /// A webhook, with the name it posted under.
    Webhook { id: u64, name: String },
}

/// An uploaded file as listed on its message.
#[derive(Debug, Clone)]
pub(crate) struct Attachment {
    pub(crate) id: u64,
    pub(crate) filename: String,
    pub(crate) size: usize,
    pub(crate) content_type: Option<String>,
}

/// One emoji's reactions: who reacted, in order.
#[derive(Debug, Clone)]
pub(crate) struct Reaction {
    pub(crate) emoji: String,
    pub(crate) users: Vec<u64>,
}

/// A stored message.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    pub(crate) id: u64,
    pub(crate) channel_id: u64,
    pub(crate) author: Author,
    pub(crate) content: String,
    pub(crate) embeds: Vec<Value>,
    pub(crate) components: Vec<Value>,
    pub(crate) attachments: Vec<Attachment>,
    pub(crate) tts: bool,
    pub(crate) nonce: Value,
    pub(crate) edited_ms: Option<u64>,
    pub(crate) reactions: Vec<Reaction>,
}

fn emoji_json(emoji: &str) -> Value {
    match emoji.split_once(':') {
        Some((name, id)) => json!({ "id": id, "name": name }),
        None => json!({ "id": null, "name": emoji }),
    }
}

impl Message {
    /// Whether the bot with token index `caller` wrote it.
    pub(crate) fn is_by(&self, caller: Option<u32>) -> bool {
        matches!((&self.author, caller), (Author::Bot(a), Some(b)) if *a == b)
    }

    /// Adds `user`'s reaction; idempotent like Discord's.
    pub(crate) fn react(&mut self, emoji: &str, user: u64) {
        match self.reactions.iter_mut().find(|r| r.emoji == emoji) {
            Some(reaction) if reaction.users.contains(&user) => {}
            Some(reaction) => reaction.users.push(user),
            None => self.reactions.push(Reaction {
                emoji: emoji.to_owned(),
                users: vec![user],
            }),
        }
    }

    /// Removes `user`'s reaction (all users' when `None`).
    pub(crate) fn unreact(&mut self, emoji: &str, user: Option<u64>) {
        for reaction in self.reactions.iter_mut().filter(|r| r.emoji == emoji) {
            match user {
                Some(user) => reaction.users.retain(|u| *u != user),
                None => reaction.users.clear(),
            }
        }
        self.reactions.retain(|r| !r.users.is_empty());
    }

    /// Users who reacted with `emoji`.
    pub(crate) fn reactors(&self, emoji: &str) -> &[u64] {
        self.reactions
            .iter()
            .find(|r| r.emoji == emoji)
            .map_or(&[], |r| r.users.as_slice())
    }

    /// The message as Discord returns it, seen by the bot `viewer`.
    pub(crate) fn to_json(&self, viewer: Option<u32>) -> Value {
        let (author, webhook_id) = match &self.author {
            Author::Bot(caller) => (bot_user_json(*caller), None),
            Author::Webhook { id, name } => (
                json!({
                    "id": id.to_string(), "username": name, "discriminator": "0000", "avatar": null,
                    "bot": true, "global_name": null, "flags": 0, "public_flags": 0,
                    "primary_guild": null,
                }),
                Some(id.to_string()),
            ),
        };
        let me = viewer.map(bot_user_id);
        let attachments: Vec<Value> = self
            .attachments
            .iter()
            .map(|a| {
                json!({
                    "id": a.id.to_string(),
                    "filename": a.filename,
                    "size": a.size,
                    "content_type": a.content_type,
                    "url": format!("https://cdn.discordapp.com/attachments/{}/{}/{}", self.channel_id, a.id, a.filename),
                    "proxy_url": format!("https://media.discordapp.net/attachments/{}/{}/{}", self.channel_id, a.id, a.filename),
                })
            })
            .collect();
        let reactions: Vec<Value> = self
            .reactions
            .iter()
            .map(|r| {
                json!({
                    "count": r.users.len(),
                    "me": me.is_some_and(|me| r.users.contains(&me)),
                    "emoji": emoji_json(&r.emoji),
                })
            })
            .collect();
        let mut json = json!({
            "id": self.id.to_string(),
            "type": 0,
            "channel_id": self.channel_id.to_string(),
            "author": author,
            "content": self.content,
            "timestamp": snowflake::iso8601(snowflake::created_ms(self.id)),
            "edited_timestamp": self.edited_ms.map(snowflake::iso8601),
            "tts": self.tts,
            "mention_everyone": false,
            "mentions": [],
            "mention_roles": [],
            "attachments": attachments,
            "embeds": self.embeds,
            "components": self.components,
            "pinned": false,
            "flags": 0,
        });
        if let Value::Object(map) = &mut json {
            if !reactions.is_empty() {
                map.insert("reactions".into(), Value::Array(reactions));
            }
            if let Some(id) = webhook_id {
                map.insert("webhook_id".into(), Value::String(id));
            }
            if !self.nonce.is_null() {
                map.insert("nonce".into(), self.nonce.clone());
            }
        }
        json
    }
}
