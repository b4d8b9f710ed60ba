//! The small in-memory model of Discord behind the routes: channels with their
//! messages and reactions, guilds with members, roles and bans, and which
//! interactions were answered.
//!
//! Any channel or guild id exists on first use (created with defaults), so
//! tests need no setup; a deleted channel stays deleted (404 `Unknown Channel`).

mod channel;
mod guild;
mod message;
mod user;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use http::StatusCode;

use crate::validation::{ApiError, ApiResult};

pub(crate) use channel::Channel;
pub(crate) use guild::{Guild, Role};
pub(crate) use message::{Attachment, Author, Message};
pub(crate) use user::{bot_user_id, bot_user_json, user_json};

/// The guild every auto-created channel belongs to.
pub(crate) const DEFAULT_GUILD_ID: u64 = 1_100_000_000_000_000_001;

/// Messages kept per channel; older ones are forgotten so long load runs stay bounded.
const MAX_MESSAGES_PER_CHANNEL: usize = 10_000;

/// Interactions remembered as answered before the set is cleared.
const MAX_ACKNOWLEDGED: usize = 100_000;

/// The state of the emulated Discord.
#[derive(Debug, Default)]
pub(crate) struct Model {
    channels: HashMap<u64, Channel>,
    deleted_channels: HashSet<u64>,
    guilds: HashMap<u64, Guild>,
    acknowledged: HashSet<u64>,
    /// Interaction token → its original response `(channel, message)`.
    originals: HashMap<Arc<str>, (u64, u64)>,
}

pub(crate) fn unknown(code: u64, what: &str) -> ApiError {
    ApiError::discord(StatusCode::NOT_FOUND, code, &format!("Unknown {what}"))
}

impl Model {
    /// The channel, created on first use; 404 if it was deleted.
    pub(crate) fn channel(&mut self, id: u64) -> ApiResult<&mut Channel> {
        if self.deleted_channels.contains(&id) {
            return Err(unknown(10003, "Channel"));
        }
        Ok(self.channels.entry(id).or_insert_with(|| Channel::new(id)))
    }

    /// Deletes a channel for good and returns it.
    pub(crate) fn delete_channel(&mut self, id: u64) -> ApiResult<Channel> {
        self.channel(id)?;
        self.deleted_channels.insert(id);
        self.channels
            .remove(&id)
            .ok_or_else(|| unknown(10003, "Channel"))
    }

    /// The live channels of `guild`, by id (every channel is in the default guild).
    pub(crate) fn guild_channels(&self, guild: u64) -> impl Iterator<Item = &Channel> + '_ {
        let mut channels: Vec<&Channel> = self
            .channels
            .values()
            .filter(|_| guild == DEFAULT_GUILD_ID)
            .collect();
        channels.sort_unstable_by_key(|channel| channel.id);
        channels.into_iter()
    }

    /// Stores a message in its channel.
    pub(crate) fn insert_message(&mut self, message: Message) -> ApiResult<&Message> {
        let channel = self.channel(message.channel_id)?;
        channel.last_message_id = Some(message.id);
        if channel.messages.len() >= MAX_MESSAGES_PER_CHANNEL {
            channel.messages.pop_first();
        }
        let id = message.id;
        Ok(channel.messages.entry(id).or_insert(message))
    }

    /// A message, 404 `Unknown Message` if absent.
    pub(crate) fn message(&mut self, channel: u64, id: u64) -> ApiResult<&mut Message> {
        self.channel(channel)?
            .messages
            .get_mut(&id)
            .ok_or_else(|| unknown(10008, "Message"))
    }

    /// The guild, created on first use.
    pub(crate) fn guild(&mut self, id: u64) -> &mut Guild {
        self.guilds.entry(id).or_insert_with(|| Guild::new(id))
    }

    /// Marks an interaction answered; `false` if it already was.
    pub(crate) fn acknowledge(&mut self, interaction: u64) -> bool {
        if self.acknowledged.len() >= MAX_ACKNOWLEDGED {
            self.acknowledged.clear();
        }
        self.acknowledged.insert(interaction)
    }

    /// Remembers the original response of the interaction whose token is `token`.
    pub(crate) fn set_original(&mut self, token: Arc<str>, channel: u64, message: u64) {
        if self.originals.len() >= MAX_ACKNOWLEDGED {
            self.originals.clear();
        }
        self.originals.insert(token, (channel, message));
    }

    /// Where the original response of the interaction with `token` is.
    pub(crate) fn original(&self, token: &str) -> Option<(u64, u64)> {
        self.originals.get(token).copied()
    }
}
