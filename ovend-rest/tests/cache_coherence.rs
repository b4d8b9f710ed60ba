//! A successful mutation drops the cached collections that list what it
//! changed, route family by route family, over real HTTP to the emulator: a
//! read that was cached goes back to Discord after the mutation.
#![cfg(feature = "cache")]

mod common;

use ovend_rest::RestClient;
use ovend_testkit::MockDiscord;
use serde_json::{json, Value};

/// The guild every emulated channel belongs to.
const GUILD: u64 = 1_100_000_000_000_000_001;

/// Reads `path` twice and checks the second read came from the cache.
async fn cache(client: &RestClient, path: &str) {
    client.get(path).await.unwrap();
    let again = client.get(path).await.unwrap();
    assert!(again.from_cache(), "{path} is cached before the mutation");
}

/// Reads `path` once more and checks that the read reached the emulator
/// (the answer may be an error: a banned member is gone).
async fn assert_fresh(mock: &MockDiscord, client: &RestClient, path: &str) {
    let before = mock.stats().requests;
    if let Ok(response) = client.get(path).await {
        assert!(!response.from_cache(), "{path} was served stale");
    }
    assert_eq!(mock.stats().requests, before + 1, "{path} reached Discord");
}

#[tokio::test]
async fn editing_or_deleting_a_channel_drops_its_guilds_channel_list() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    let list = format!("/guilds/{GUILD}/channels");
    client.get("/channels/501").await.unwrap();
    client.get("/channels/502").await.unwrap();
    cache(&client, &list).await;

    // The path names no guild: the answer's `guild_id` does.
    client
        .patch("/channels/501")
        .json(&json!({ "nsfw": true }))
        .await
        .unwrap();
    assert_fresh(&mock, &client, &list).await;
    let listed: Value = client.get(&list).await.unwrap().json().unwrap();
    assert_eq!(
        listed[0]["nsfw"],
        json!(true),
        "the fresh list has the edit"
    );

    cache(&client, &list).await;
    client.delete("/channels/502").await.unwrap();
    assert_fresh(&mock, &client, &list).await;
    let listed: Value = client.get(&list).await.unwrap().json().unwrap();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn editing_or_deleting_a_message_drops_the_channels_pins() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    let posted: Value = client
        .post("/channels/601/messages")
        .json(&json!({ "content": "pin me" }))
        .await
        .unwrap()
        .json()
        .unwrap();
    let id = posted["id"].as_str().unwrap().to_owned();
    cache(&client, "/channels/601/pins").await;

    client
        .patch(format!("/channels/601/messages/{id}"))
        .json(&json!({ "content": "edited" }))
        .await
        .unwrap();
    assert_fresh(&mock, &client, "/channels/601/pins").await;

    cache(&client, "/channels/601/pins").await;
    client
        .delete(format!("/channels/601/messages/{id}"))
        .await
        .unwrap();
    assert_fresh(&mock, &client, "/channels/601/pins").await;
}

#[tokio::test]
async fn a_bulk_delete_drops_each_cached_message() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    let mut ids = Vec::new();
    for content in ["one", "two"] {
        let posted: Value = client
            .post("/channels/701/messages")
            .json(&json!({ "content": content }))
            .await
            .unwrap()
            .json()
            .unwrap();
        ids.push(posted["id"].as_str().unwrap().to_owned());
    }
    let one = format!("/channels/701/messages/{}", ids[0]);
    cache(&client, &one).await;
    client
        .post("/channels/701/messages/bulk-delete")
        .json(&json!({ "messages": ids }))
        .await
        .unwrap();
    assert_fresh(&mock, &client, &one).await;
}

#[tokio::test]
async fn editing_or_deleting_a_role_drops_the_guilds_members() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    let role: Value = client
        .post("/guilds/801/roles")
        .json(&json!({ "name": "mods" }))
        .await
        .unwrap()
        .json()
        .unwrap();
    let role = role["id"].as_str().unwrap().to_owned();
    let member = "/guilds/801/members/802";
    client.put(format!("{member}/roles/{role}")).await.unwrap();
    cache(&client, member).await;

    client
        .patch(format!("/guilds/801/roles/{role}"))
        .json(&json!({ "name": "moderators" }))
        .await
        .unwrap();
    assert_fresh(&mock, &client, member).await;

    cache(&client, member).await;
    client
        .delete(format!("/guilds/801/roles/{role}"))
        .await
        .unwrap();
    assert_fresh(&mock, &client, member).await;
    let fresh: Value = client.get(member).await.unwrap().json().unwrap();
    assert_eq!(
        fresh["roles"],
        json!([]),
        "the deleted role left the member"
    );
}

#[tokio::test]
async fn a_ban_drops_the_banned_member() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    let member = "/guilds/901/members/902";
    let other = "/guilds/901/members/903";
    cache(&client, member).await;
    cache(&client, other).await;
    client.put("/guilds/901/bans/902").await.unwrap();
    assert_fresh(&mock, &client, member).await;
    assert!(
        client.get(other).await.unwrap().from_cache(),
        "another member is untouched"
    );

    client
        .post("/guilds/901/bulk-ban")
        .json(&json!({ "user_ids": ["903"] }))
        .await
        .unwrap();
    assert_fresh(&mock, &client, other).await;
}

#[tokio::test]
async fn a_webhook_message_drops_its_channels_message_list() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    // The emulator's webhook 55 posts into channel 55.
    cache(&client, "/channels/55/messages").await;
    client
        .post("/webhooks/55/a-webhook-token?wait=true")
        .json(&json!({ "content": "from a webhook" }))
        .await
        .unwrap();
    assert_fresh(&mock, &client, "/channels/55/messages").await;
    let listed: Value = client
        .get("/channels/55/messages")
        .await
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn the_member_list_is_never_cached() {
    let mock = MockDiscord::start().await;
    let client = common::cached_client(&mock);
    // Large, paginated and changing all the time: the policy never caches it.
    client.get("/guilds/950/members").await.unwrap();
    assert_fresh(&mock, &client, "/guilds/950/members").await;
}
