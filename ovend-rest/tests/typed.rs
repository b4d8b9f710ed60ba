//! Typed calls keep the untyped builder's per-request options and decode into
//! `ovend-model` types.

mod common;

use std::time::Duration;

use ovend_rest::model::{GuildMemberResponse, MessageCreateRequest, Nullable};
use ovend_rest::operations::ListMessagesQuery;
use ovend_rest::{routes, ErrorKind, Priority};
use ovend_testkit::MockDiscord;

async fn mock() -> MockDiscord {
    MockDiscord::builder()
        .unlimited(true)
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn options_of_a_typed_call_reach_discord() {
    let mock = mock().await;
    let client = common::client(&mock);
    let body = MessageCreateRequest {
        content: Nullable::Value("hello".into()),
        ..Default::default()
    };
    let message = client
        .create_message(41u64, &body)
        .reason("tidying up ✓")
        .priority(Priority::High)
        .timeout(Duration::from_secs(10))
        .header("X-Test", "1")
        .await
        .unwrap();
    assert_eq!(message.content, "hello");
    assert_eq!(message.channel_id.get(), 41);

    let sent = mock
        .recorded()
        .into_iter()
        .find(|r| r.path == "/channels/41/messages")
        .expect("the request reached the emulator");
    assert_eq!(
        sent.headers["x-audit-log-reason"],
        "tidying%20up%20%E2%9C%93"
    );
    assert_eq!(sent.headers["x-test"], "1");

    let member: GuildMemberResponse = client.get_guild_member(7u64, 8u64).await.unwrap();
    assert_eq!(member.user.id.get(), 8);

    let query = ListMessagesQuery {
        limit: Some(2),
        ..Default::default()
    };
    let listed = client.list_messages(41u64, &query).await.unwrap();
    assert!(listed.unwrap_or_default().len() <= 2);
    let sent = mock.recorded();
    assert!(sent
        .iter()
        .any(|r| r.path == "/channels/41/messages" && r.query.as_deref() == Some("limit=2")));
}

#[tokio::test]
async fn no_content_answers_are_unit_and_misfits_are_decode_errors() {
    let mock = mock().await;
    let client = common::client(&mock);
    let typing: Option<_> = client.trigger_typing_indicator(5u64).await.unwrap();
    drop(typing);
    // A typed call whose answer is not its type: the untyped path to a user, decoded as a message.
    let wrong: ovend_rest::TypedRequest<ovend_rest::model::MessageResponse> =
        ovend_rest::TypedRequest::new(client.get("/users/@me"));
    let err = wrong.await.unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Decode(_)), "{err:?}");
}

#[test]
fn routes_fill_and_encode_their_parameters() {
    let route = routes::get_guild_member(1u64, 2u64);
    assert_eq!(route.method(), http::Method::GET);
    assert_eq!(route.path(), "/guilds/1/members/2");
    let reaction = routes::delete_all_message_reactions_by_emoji(1u64, 2u64, "name:3");
    assert_eq!(reaction.path(), "/channels/1/messages/2/reactions/name%3A3");
}
