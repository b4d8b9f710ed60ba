//! Bit-flag types.
//!
//! The rule: an integer enum whose values are all powers of two and whose name ends in `Flags`
//! becomes a flag set. Discord's description has no such schema today (it types every `flags`
//! property as a plain integer), so the flag sets that matter most are also listed here, with
//! their bits from Discord's documentation, together with the properties that hold them. Bits
//! not listed are kept as they are, so a stale list loses names, never data.

/// A flag set: its name, what it is, and its bits (name, bit number, doc).
pub struct FlagSet {
    /// The Rust type name.
    pub name: &'static str,
    /// Its doc comment.
    pub doc: &'static str,
    /// Its named bits: (name, bit number, doc).
    pub bits: &'static [(&'static str, u32, &'static str)],
    /// The properties typed with it: (schema, property).
    pub used_by: &'static [(&'static str, &'static str)],
}

/// The flag sets Discord documents for the properties below.
pub const FLAG_SETS: &[FlagSet] = &[
    FlagSet {
        name: "MessageFlags",
        doc: "A message's flags (Discord's documentation, \"Message Flags\").",
        bits: &[
            ("CROSSPOSTED", 0, "Published to the channels that follow this one."),
            ("IS_CROSSPOST", 1, "Came from a message in another channel (via Channel Following)."),
            ("SUPPRESS_EMBEDS", 2, "Embeds are not shown when serializing this message."),
            ("SOURCE_MESSAGE_DELETED", 3, "The source message of this crosspost was deleted."),
            ("URGENT", 4, "Came from the urgent message system."),
            ("HAS_THREAD", 5, "Has a thread attached to it, with the same id as the message."),
            ("EPHEMERAL", 6, "Only visible to the user who invoked the interaction."),
            ("LOADING", 7, "An interaction response: the bot is \"thinking\"."),
            ("FAILED_TO_MENTION_SOME_ROLES_IN_THREAD", 8, "Failed to mention some roles and add their members to the thread."),
            ("SUPPRESS_NOTIFICATIONS", 12, "Does not trigger push or desktop notifications."),
            ("IS_VOICE_MESSAGE", 13, "A voice message."),
            ("HAS_SNAPSHOT", 14, "Has a snapshot (via message forwarding)."),
            ("IS_COMPONENTS_V2", 15, "Uses components v2: content, embeds, polls and stickers are not allowed."),
        ],
        used_by: &[
            ("BaseCreateMessageCreateRequest", "flags"),
            ("BasicMessageResponse", "flags"),
            ("IncomingWebhookInteractionRequest", "flags"),
            ("IncomingWebhookRequestPartial", "flags"),
            ("IncomingWebhookUpdateForInteractionCallbackRequestPartial", "flags"),
            ("IncomingWebhookUpdateRequestPartial", "flags"),
            ("MessageCreateRequest", "flags"),
            ("MessageEditRequestPartial", "flags"),
            ("MessageResponse", "flags"),
            ("MinimalContentMessageResponse", "flags"),
            ("SearchMessageResponse", "flags"),
        ],
    },
    FlagSet {
        name: "ChannelFlags",
        doc: "A channel's flags (Discord's documentation, \"Channel Flags\").",
        bits: &[
            ("PINNED", 1, "This thread is pinned to the top of its parent forum or media channel."),
            ("REQUIRE_TAG", 4, "A tag is required when creating a thread in this forum or media channel."),
            ("HIDE_MEDIA_DOWNLOAD_OPTIONS", 15, "Hides the embedded media download options (media channels)."),
        ],
        used_by: &[
            ("CreatedThreadResponse", "flags"),
            ("GuildChannelResponse", "flags"),
            ("PrivateChannelResponse", "flags"),
            ("PrivateGroupChannelResponse", "flags"),
            ("ThreadResponse", "flags"),
            ("UpdateGuildChannelRequestPartial", "flags"),
            ("UpdateThreadRequestPartial", "flags"),
        ],
    },
    FlagSet {
        name: "GuildMemberFlags",
        doc: "A guild member's flags (Discord's documentation, \"Guild Member Flags\").",
        bits: &[
            ("DID_REJOIN", 0, "Left and rejoined the guild."),
            ("COMPLETED_ONBOARDING", 1, "Completed onboarding."),
            ("BYPASSES_VERIFICATION", 2, "Exempt from guild verification requirements."),
            ("STARTED_ONBOARDING", 3, "Started onboarding."),
            ("IS_GUEST", 4, "A guest, who can only reach the voice channel they were invited to."),
            ("STARTED_HOME_ACTIONS", 5, "Started the Server Guide new member actions."),
            ("COMPLETED_HOME_ACTIONS", 6, "Completed the Server Guide new member actions."),
            ("AUTOMOD_QUARANTINED_USERNAME", 7, "Quarantined by AutoMod for their username, display name or nickname."),
            ("DM_SETTINGS_UPSELL_ACKNOWLEDGED", 9, "Acknowledged and dismissed the DM settings upsell."),
        ],
        used_by: &[
            ("BasicGuildMemberResponse", "flags"),
            ("BotAddGuildMemberRequest", "flags"),
            ("GuildMemberResponse", "flags"),
            ("PrivateGuildMemberResponse", "flags"),
        ],
    },
    FlagSet {
        name: "SystemChannelFlags",
        doc: "What a guild's system channel leaves out (Discord's documentation, \"System Channel Flags\").",
        bits: &[
            ("SUPPRESS_JOIN_NOTIFICATIONS", 0, "No member join notifications."),
            ("SUPPRESS_PREMIUM_SUBSCRIPTIONS", 1, "No server boost notifications."),
            ("SUPPRESS_GUILD_REMINDER_NOTIFICATIONS", 2, "No server setup tips."),
            ("SUPPRESS_JOIN_NOTIFICATION_REPLIES", 3, "No sticker reply buttons on member join notifications."),
            ("SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATIONS", 4, "No role subscription purchase and renewal notifications."),
            ("SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATION_REPLIES", 5, "No sticker reply buttons on those notifications."),
        ],
        used_by: &[
            ("GuildPatchRequestPartial", "system_channel_flags"),
            ("GuildResponse", "system_channel_flags"),
            ("GuildTemplateSnapshotResponse", "system_channel_flags"),
            ("GuildWithCountsResponse", "system_channel_flags"),
        ],
    },
    FlagSet {
        name: "UserFlags",
        doc: "A user's flags (Discord's documentation, \"User Flags\").",
        bits: &[
            ("STAFF", 0, "Discord employee."),
            ("PARTNER", 1, "Partnered server owner."),
            ("HYPESQUAD", 2, "HypeSquad Events member."),
            ("BUG_HUNTER_LEVEL_1", 3, "Bug hunter, level 1."),
            ("HYPESQUAD_ONLINE_HOUSE_1", 6, "House Bravery member."),
            ("HYPESQUAD_ONLINE_HOUSE_2", 7, "House Brilliance member."),
            ("HYPESQUAD_ONLINE_HOUSE_3", 8, "House Balance member."),
            ("PREMIUM_EARLY_SUPPORTER", 9, "Early Nitro supporter."),
            ("TEAM_PSEUDO_USER", 10, "The user is a team."),
            ("BUG_HUNTER_LEVEL_2", 14, "Bug hunter, level 2."),
            ("VERIFIED_BOT", 16, "Verified bot."),
            ("VERIFIED_DEVELOPER", 17, "Early verified bot developer."),
            ("CERTIFIED_MODERATOR", 18, "Moderator Programs alumnus."),
            ("BOT_HTTP_INTERACTIONS", 19, "Bot that uses only HTTP interactions."),
            ("ACTIVE_DEVELOPER", 22, "Active developer."),
        ],
        used_by: &[
            ("UserPIIResponse", "flags"),
            ("UserPIIResponse", "public_flags"),
            ("UserResponse", "flags"),
            ("UserResponse", "public_flags"),
        ],
    },
    FlagSet {
        name: "RoleFlags",
        doc: "A role's flags (Discord's documentation, \"Role Flags\").",
        bits: &[("IN_PROMPT", 0, "The role can be selected by members in an onboarding prompt.")],
        used_by: &[("GuildRoleResponse", "flags")],
    },
];

/// The flag set a property is typed with, if any.
pub fn flags_for(schema: &str, property: &str) -> Option<&'static str> {
    FLAG_SETS
        .iter()
        .find(|set| set.used_by.contains(&(schema, property)))
        .map(|set| set.name)
}

/// Whether an integer enum follows the flags rule: named `…Flags`, every value a power of two.
pub fn is_flag_enum(name: &str, values: &[i64]) -> bool {
    name.ends_with("Flags")
        && !values.is_empty()
        && values.iter().all(|v| *v > 0 && v.count_ones() == 1)
}
