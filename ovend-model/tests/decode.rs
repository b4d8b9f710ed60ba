//! Decoding and encoding the generated types the way Discord's payloads use them.

use ovend_model::{
    ChannelTypes, GuildFeatures, MessageFlags, MessageResponse, MessageType, Nullable, Snowflake,
    UpdateGuildChannelRequestPartial, UpdateGuildMemberRequest, UserFlags, UserResponse,
};
use serde_json::{json, Value};

fn user(extra: Value) -> Value {
    let mut user = json!({
        "id": "80351110224678912",
        "username": "nelly",
        "discriminator": "0",
        "global_name": "Nelly",
        "avatar": "8342729096ea3675442027381ff50dfe",
        "public_flags": 64,
        "flags": 64,
        "primary_guild": null,
    });
    user.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    user
}

#[test]
fn unknown_enum_values_survive_decode_and_encode() {
    let kind: ChannelTypes = serde_json::from_value(json!(999)).unwrap();
    assert_eq!(kind, ChannelTypes::Unknown(999));
    assert_eq!(serde_json::to_value(kind).unwrap(), json!(999));
    assert_eq!(
        serde_json::from_value::<ChannelTypes>(json!(0)).unwrap(),
        ChannelTypes::GuildText
    );

    let feature: GuildFeatures = serde_json::from_value(json!("HOVERCRAFT_ENABLED")).unwrap();
    assert_eq!(
        feature,
        GuildFeatures::Unknown("HOVERCRAFT_ENABLED".to_owned())
    );
    assert_eq!(
        serde_json::to_value(&feature).unwrap(),
        json!("HOVERCRAFT_ENABLED")
    );
    assert_eq!(GuildFeatures::from("COMMUNITY"), GuildFeatures::Community);
}

#[test]
fn extra_fields_do_not_fail_decoding_and_are_kept() {
    let sent = user(json!({"a_field_from_2030": {"nested": [1, 2]}, "banner_color": "#ff0000"}));
    let decoded: UserResponse = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(decoded.username, "nelly");
    assert_eq!(
        decoded.extra["a_field_from_2030"],
        json!({"nested": [1, 2]})
    );
    assert_eq!(serde_json::to_value(&decoded).unwrap(), sent);
}

#[test]
fn absent_and_null_stay_apart_in_a_patch_body() {
    // Clearing the topic sends `"topic": null`; leaving it out leaves the topic alone.
    let clear = UpdateGuildChannelRequestPartial {
        topic: Nullable::Null,
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&clear).unwrap(),
        json!({"topic": null})
    );
    let rename = UpdateGuildChannelRequestPartial {
        name: Some("general".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&rename).unwrap(),
        json!({"name": "general"})
    );

    let decoded: UpdateGuildChannelRequestPartial =
        serde_json::from_value(json!({"topic": null})).unwrap();
    assert!(decoded.topic.is_null());
    let decoded: UpdateGuildChannelRequestPartial = serde_json::from_value(json!({})).unwrap();
    assert!(decoded.topic.is_absent());

    // The same for a member's nickname (an inline body, named after its operation).
    let reset_nick = UpdateGuildMemberRequest {
        nick: Nullable::Null,
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&reset_nick).unwrap(),
        json!({"nick": null})
    );
    let decoded: UpdateGuildMemberRequest = serde_json::from_value(json!({"nick": "Neo"})).unwrap();
    assert_eq!(decoded.nick, Nullable::Value("Neo".to_owned()));
    assert_eq!(
        serde_json::to_value(&decoded).unwrap(),
        json!({"nick": "Neo"})
    );
}

#[test]
fn snowflakes_from_strings_and_numbers() {
    let from_string: Snowflake = serde_json::from_value(json!("175928847299117063")).unwrap();
    let from_number: Snowflake = serde_json::from_value(json!(175928847299117063u64)).unwrap();
    assert_eq!(from_string, from_number);
    assert_eq!(from_string.timestamp(), 1_462_015_105_796);
    assert_eq!(
        serde_json::to_value(from_number).unwrap(),
        json!("175928847299117063")
    );
    assert_eq!(
        "175928847299117063".parse::<Snowflake>().unwrap(),
        from_string
    );
    assert_eq!(from_string.to_string(), "175928847299117063");
    assert!(serde_json::from_value::<Snowflake>(json!("not an id")).is_err());
    assert!(serde_json::from_value::<Snowflake>(json!(-1)).is_err());
}

#[test]
fn flags_keep_unknown_bits() {
    let bits: u64 = (1 << 2) | (1 << 40);
    let flags: MessageFlags = serde_json::from_value(json!(bits)).unwrap();
    assert!(flags.contains(MessageFlags::SUPPRESS_EMBEDS));
    assert!(!flags.contains(MessageFlags::EPHEMERAL));
    assert_eq!(flags.unknown_bits(), 1 << 40);
    assert_eq!(serde_json::to_value(flags).unwrap(), json!(bits));
    assert_eq!(format!("{flags:?}"), "{SUPPRESS_EMBEDS, 0x10000000000}");

    let mut flags = MessageFlags::empty();
    flags.insert(MessageFlags::SUPPRESS_NOTIFICATIONS | MessageFlags::IS_COMPONENTS_V2);
    assert_eq!(flags.bits(), (1 << 12) | (1 << 15));
    flags.remove(MessageFlags::IS_COMPONENTS_V2);
    assert_eq!(flags, MessageFlags::SUPPRESS_NOTIFICATIONS);
}

/// A message as `GET /channels/{channel.id}/messages/{message.id}` returns it: a reply with an
/// embed, a reaction, a button, a mention and the referenced message.
fn message() -> Value {
    json!({
        "type": 19,
        "content": "Ship it <@80351110224678912> 🚀",
        "mentions": [user(json!({}))],
        "mention_roles": ["41771983423143936"],
        "attachments": [],
        "embeds": [{
            "type": "rich",
            "title": "Build #42",
            "description": "All tests passed.",
            "color": 5763719,
            "fields": [{"name": "Duration", "value": "3m 12s", "inline": true}],
            "footer": {"text": "ci"},
            "timestamp": "2024-05-01T12:00:00+00:00"
        }],
        "timestamp": "2024-05-01T12:00:03.123000+00:00",
        "edited_timestamp": null,
        "flags": 0,
        "components": [{
            "type": 1,
            "id": 1,
            "components": [{
                "type": 2,
                "id": 2,
                "style": 5,
                "label": "Open",
                "url": "https://example.com/builds/42"
            }]
        }],
        "id": "1235212345678901248",
        "channel_id": "1235200000000000000",
        "author": user(json!({"bot": true, "username": "ci-bot", "id": "1100000000000000000"})),
        "pinned": false,
        "mention_everyone": false,
        "tts": false,
        "reactions": [{
            "emoji": {"id": null, "name": "🎉"},
            "count": 2,
            "count_details": {"burst": 0, "normal": 2},
            "burst_colors": [],
            "me_burst": false,
            "burst_me": false,
            "me": true,
            "burst_count": 0
        }],
        "message_reference": {
            "type": 0,
            "channel_id": "1235200000000000000",
            "message_id": "1235212000000000000",
            "guild_id": "1235100000000000000"
        },
        "referenced_message": {
            "type": 0,
            "content": "Can we release?",
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "timestamp": "2024-05-01T11:59:00.000000+00:00",
            "edited_timestamp": null,
            "flags": 0,
            "components": [],
            "id": "1235212000000000000",
            "channel_id": "1235200000000000000",
            "author": user(json!({})),
            "pinned": false,
            "mention_everyone": false,
            "tts": false
        }
    })
}

#[test]
fn a_real_message_decodes() {
    let message: MessageResponse = serde_json::from_value(message()).unwrap();
    assert_eq!(message.r#type, MessageType::Reply);
    assert_eq!(message.id.get(), 1235212345678901248);
    assert_eq!(message.author.username, "ci-bot");
    assert_eq!(message.author.bot, Some(true));
    assert!(message
        .author
        .public_flags
        .contains(UserFlags::HYPESQUAD_ONLINE_HOUSE_1));
    assert_eq!(message.embeds[0].title.as_deref(), Some("Build #42"));
    assert_eq!(message.components.len(), 1);
    assert_eq!(message.reactions.as_ref().map(Vec::len), Some(1));
    let replied_to = message
        .referenced_message
        .as_ref()
        .expect("the referenced message");
    assert_eq!(replied_to.content, "Can we release?");
    assert_eq!(message.flags, MessageFlags::empty());

    // And it encodes back to what was sent, apart from the order of keys.
    let again: MessageResponse =
        serde_json::from_value(serde_json::to_value(&message).unwrap()).unwrap();
    assert_eq!(again, message);
}
