//! Batching of single moderation calls into bulk requests, over real HTTP to
//! the emulator.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::future::join_all;
use http::{Method, StatusCode};
use ovend_rest::{Batching, RestClient};
use ovend_testkit::{Fault, MockDiscord, RecordedRequest};
use serde_json::{json, Value};

const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// A mock without rate limits, so seeding a hundred messages is quick.
async fn unlimited_mock() -> MockDiscord {
    MockDiscord::builder()
        .unlimited(true)
        .start()
        .await
        .unwrap()
}

/// A client that batches both families with `window`.
fn batching(mock: &MockDiscord, window: Duration) -> RestClient {
    common::builder(mock)
        .batch(Batching::new().message_deletes(window).bans(window))
        .build()
        .unwrap()
}

/// Posts `n` messages in `channel` and returns their ids.
async fn seed_messages(client: &RestClient, channel: u64, n: usize) -> Vec<u64> {
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let created: Value = client
            .post(format!("/channels/{channel}/messages"))
            .json(&json!({ "content": format!("message {i}") }))
            .await
            .unwrap()
            .json()
            .unwrap();
        ids.push(created["id"].as_str().unwrap().parse().unwrap());
    }
    ids
}

/// A snowflake created `ago` before now (no message has it).
fn snowflake_aged(ago: Duration) -> u64 {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let created = u64::try_from((now - ago).as_millis()).unwrap();
    (created - DISCORD_EPOCH_MS) << 22
}

async fn delete_all(client: &RestClient, channel: u64, ids: &[u64]) -> Vec<ovend_rest::Response> {
    let deletes = ids.iter().map(|id| {
        client
            .delete(format!("/channels/{channel}/messages/{id}"))
            .send()
    });
    join_all(deletes)
        .await
        .into_iter()
        .map(|answer| answer.unwrap())
        .collect()
}

fn ids_in(request: &RecordedRequest, field: &str) -> BTreeSet<u64> {
    let body: Value = serde_json::from_slice(&request.body).unwrap();
    body[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().parse().unwrap())
        .collect()
}

fn calls<'a>(
    recorded: &'a [RecordedRequest],
    method: &Method,
    suffix: &str,
) -> Vec<&'a RecordedRequest> {
    recorded
        .iter()
        .filter(|r| r.method == *method && r.path.ends_with(suffix))
        .collect()
}

async fn exists(client: &RestClient, channel: u64, id: u64) -> bool {
    match client
        .get(format!("/channels/{channel}/messages/{id}"))
        .await
    {
        Ok(_) => true,
        Err(err) if err.code() == Some(10008) => false,
        Err(err) => panic!("unexpected {err}"),
    }
}

#[tokio::test]
async fn a_hundred_deletes_leave_as_one_bulk_delete() {
    let mock = unlimited_mock().await;
    let client = batching(&mock, Duration::from_millis(50));
    let ids = seed_messages(&client, 21, 100).await;
    mock.clear_recorded();

    let answers = delete_all(&client, 21, &ids).await;
    assert!(answers.iter().all(|a| a.status() == StatusCode::NO_CONTENT));

    let recorded = mock.recorded();
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    assert_eq!(recorded[0].method, Method::POST);
    assert_eq!(recorded[0].path, "/channels/21/messages/bulk-delete");
    assert_eq!(recorded[0].status, 204);
    assert_eq!(
        ids_in(&recorded[0], "messages"),
        ids.iter().copied().collect()
    );
    let left: Vec<Value> = client
        .get("/channels/21/messages?limit=100")
        .await
        .unwrap()
        .json()
        .unwrap();
    assert!(left.is_empty(), "the messages are gone");
    let stats = client.batch_stats();
    assert_eq!(
        (stats.calls, stats.requests, stats.bulk_requests),
        (100, 1, 1)
    );
    assert_eq!(stats.requests_saved(), 99);
}

#[tokio::test]
async fn duplicate_ids_go_once_and_every_caller_is_answered() {
    let mock = unlimited_mock().await;
    let client = batching(&mock, Duration::from_millis(50));
    let ids = seed_messages(&client, 22, 2).await;
    mock.clear_recorded();

    let answers = delete_all(&client, 22, &[ids[0], ids[1], ids[0]]).await;
    assert_eq!(answers.len(), 3);
    assert!(answers.iter().all(|a| a.status() == StatusCode::NO_CONTENT));
    let recorded = mock.recorded();
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    let body: Value = serde_json::from_slice(&recorded[0].body).unwrap();
    assert_eq!(body["messages"].as_array().unwrap().len(), 2);
    assert_eq!(client.batch_stats().requests_saved(), 2);
}

#[tokio::test]
async fn old_messages_and_batches_of_one_go_singly() {
    let mock = unlimited_mock().await;
    let client = batching(&mock, Duration::from_millis(50));
    let young = seed_messages(&client, 23, 1).await[0];
    let old = snowflake_aged(Duration::from_secs(15 * 24 * 3600));
    mock.clear_recorded();

    let (young_answer, old_answer) = tokio::join!(
        client
            .delete(format!("/channels/23/messages/{young}"))
            .send(),
        client.delete(format!("/channels/23/messages/{old}")).send(),
    );
    assert_eq!(young_answer.unwrap().status(), StatusCode::NO_CONTENT);
    let err = old_answer.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(
        err.code(),
        Some(10008),
        "Discord's own single-delete answer"
    );

    let recorded = mock.recorded();
    assert!(calls(&recorded, &Method::POST, "/bulk-delete").is_empty());
    let singles = calls(&recorded, &Method::DELETE, "");
    let paths: BTreeSet<&str> = singles.iter().map(|r| r.path.as_str()).collect();
    let expected: BTreeSet<String> = [young, old]
        .iter()
        .map(|id| format!("/channels/23/messages/{id}"))
        .collect();
    assert_eq!(paths, expected.iter().map(String::as_str).collect());
    assert_eq!(client.batch_stats().requests_saved(), 0);
}

#[tokio::test]
async fn a_refused_bulk_delete_falls_back_to_singles() {
    let mock = unlimited_mock().await;
    let client = batching(&mock, Duration::from_millis(50));
    let ids = seed_messages(&client, 24, 3).await;
    let missing = snowflake_aged(Duration::from_secs(60));
    mock.clear_recorded();
    // The bot lacks MANAGE_MESSAGES: the bulk call is refused as a whole.
    mock.fail_next_on("/channels/24/messages/bulk-delete", 1, Fault::Forbidden);

    let targets = [ids[0], ids[1], missing, ids[2]];
    let deletes = targets
        .iter()
        .map(|id| client.delete(format!("/channels/24/messages/{id}")).send());
    let answers = join_all(deletes).await;
    for (id, answer) in targets.iter().zip(&answers) {
        if *id == missing {
            let err = answer.as_ref().unwrap_err();
            assert_eq!(err.code(), Some(10008), "its own answer: Unknown Message");
        } else {
            assert_eq!(answer.as_ref().unwrap().status(), StatusCode::NO_CONTENT);
        }
    }
    let recorded = mock.recorded();
    let bulk = calls(&recorded, &Method::POST, "/bulk-delete");
    assert_eq!(bulk.len(), 1);
    assert_eq!(bulk[0].status, 403);
    assert_eq!(calls(&recorded, &Method::DELETE, "").len(), 4);
    for id in ids {
        assert!(!exists(&client, 24, id).await);
    }
    assert_eq!(client.batch_stats().fallbacks, 4);
}

#[tokio::test]
async fn bans_leave_as_one_bulk_ban_per_body_and_failures_go_singly() {
    // Rate limits on: the limiter sees each bulk ban as one request.
    let mock = MockDiscord::start().await;
    let client = batching(&mock, Duration::from_millis(50));
    // User 3 is banned already, so the bulk call lists it as failed.
    common::client(&mock)
        .put("/guilds/31/bans/3")
        .await
        .unwrap();
    mock.clear_recorded();

    let deleting = json!({ "delete_message_seconds": 60 });
    let mut bans: Vec<_> = (1..=5)
        .map(|user| {
            client
                .put(format!("/guilds/31/bans/{user}"))
                .json(&deleting)
                .reason("raid")
                .send()
        })
        .collect();
    // Another `delete_message_seconds`: another batch.
    bans.extend((6..=7).map(|user| {
        client
            .put(format!("/guilds/31/bans/{user}"))
            .reason("raid")
            .send()
    }));
    let answers = join_all(bans).await;
    for answer in answers {
        assert_eq!(answer.unwrap().status(), StatusCode::NO_CONTENT);
    }

    let recorded = mock.recorded();
    let bulk = calls(&recorded, &Method::POST, "/guilds/31/bulk-ban");
    assert_eq!(bulk.len(), 2, "{recorded:?}");
    let deleting_batch = bulk
        .iter()
        .find(|r| ids_in(r, "user_ids").len() == 5)
        .expect("the five bans with delete_message_seconds 60");
    let body: Value = serde_json::from_slice(&deleting_batch.body).unwrap();
    assert_eq!(body["delete_message_seconds"], 60);
    assert_eq!(deleting_batch.headers["x-audit-log-reason"], "raid");
    let other = bulk
        .iter()
        .find(|r| ids_in(r, "user_ids").len() == 2)
        .unwrap();
    assert_eq!(ids_in(other, "user_ids"), BTreeSet::from([6, 7]));
    // The failed user's own ban went singly, with its own body and reason.
    let singles = calls(&recorded, &Method::PUT, "");
    assert_eq!(singles.len(), 1, "{singles:?}");
    assert_eq!(singles[0].path, "/guilds/31/bans/3");
    assert_eq!(
        serde_json::from_slice::<Value>(&singles[0].body).unwrap(),
        deleting
    );
    assert_eq!(mock.stats().rate_limited(), 0);
    let stats = client.batch_stats();
    assert_eq!(
        (stats.calls, stats.bulk_requests, stats.fallbacks),
        (7, 2, 1)
    );
    assert_eq!(stats.requests_saved(), 4);
}

#[tokio::test]
async fn a_bulk_ban_that_bans_nobody_falls_back_to_singles() {
    let mock = unlimited_mock().await;
    let client = batching(&mock, Duration::from_millis(50));
    let plain = common::client(&mock);
    plain.put("/guilds/32/bans/1").await.unwrap();
    plain.put("/guilds/32/bans/2").await.unwrap();
    mock.clear_recorded();

    let (one, two) = tokio::join!(
        client.put("/guilds/32/bans/1").send(),
        client.put("/guilds/32/bans/2").send(),
    );
    assert_eq!(one.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(two.unwrap().status(), StatusCode::NO_CONTENT);
    let recorded = mock.recorded();
    let bulk = calls(&recorded, &Method::POST, "/bulk-ban");
    assert_eq!(bulk.len(), 1);
    assert_eq!(bulk[0].status, 400, "500000 Failed to ban users");
    assert_eq!(calls(&recorded, &Method::PUT, "").len(), 2);
}

#[tokio::test]
async fn a_cancelled_caller_leaves_the_batch_intact() {
    let mock = unlimited_mock().await;
    let client = batching(&mock, Duration::from_millis(300));
    let ids = seed_messages(&client, 25, 3).await;
    mock.clear_recorded();

    // Polled once, the call joins the open batch; then its caller gives up.
    let mut cancelled = Box::pin(
        client
            .delete(format!("/channels/25/messages/{}", ids[2]))
            .send(),
    );
    assert!(futures::poll!(cancelled.as_mut()).is_pending());
    drop(cancelled);

    let answers = delete_all(&client, 25, &ids[..2]).await;
    assert!(answers.iter().all(|a| a.status() == StatusCode::NO_CONTENT));
    let recorded = mock.recorded();
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    assert_eq!(
        ids_in(&recorded[0], "messages"),
        BTreeSet::from([ids[0], ids[1]])
    );
    assert!(
        exists(&client, 25, ids[2]).await,
        "the cancelled delete was not sent"
    );
    assert_eq!(client.batch_stats().calls, 2);
}

#[tokio::test]
async fn an_aborted_task_leaves_the_batch_intact() {
    let mock = unlimited_mock().await;
    let client = batching(&mock, Duration::from_millis(300));
    let ids = seed_messages(&client, 26, 3).await;
    mock.clear_recorded();

    let spawn = |id: u64| {
        let client = client.clone();
        tokio::spawn(async move { client.delete(format!("/channels/26/messages/{id}")).await })
    };
    let aborted = spawn(ids[2]);
    // Let it join the batch before aborting it.
    tokio::time::sleep(Duration::from_millis(20)).await;
    aborted.abort();
    assert!(aborted.await.unwrap_err().is_cancelled());
    let kept: Vec<_> = ids[..2].iter().map(|id| spawn(*id)).collect();
    for task in kept {
        assert_eq!(
            task.await.unwrap().unwrap().status(),
            StatusCode::NO_CONTENT
        );
    }
    let recorded = mock.recorded();
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    assert_eq!(
        ids_in(&recorded[0], "messages"),
        BTreeSet::from([ids[0], ids[1]])
    );
}

#[tokio::test]
async fn batching_is_off_by_default() {
    let mock = unlimited_mock().await;
    let client = common::client(&mock);
    let ids = seed_messages(&client, 27, 3).await;
    mock.clear_recorded();

    let answers = delete_all(&client, 27, &ids).await;
    assert!(answers.iter().all(|a| a.status() == StatusCode::NO_CONTENT));
    let recorded = mock.recorded();
    assert!(calls(&recorded, &Method::POST, "/bulk-delete").is_empty());
    assert_eq!(calls(&recorded, &Method::DELETE, "").len(), 3);
    assert_eq!(client.batch_stats(), ovend_rest::BatchStats::default());
}
