//! The emulated endpoints, validation, uploads, faults and the control API.

mod common;

use common::{assert_not_from_discord, body, header, unlimited_mock, Bot};
use ovend_testkit::{Fault, Faults, MockDiscord, Stats};
use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn messages_round_trip_through_the_model() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let me = body(bot.get("/users/@me").await).await;
    assert_eq!(me["bot"], true);
    let created = body(
        bot.json(
            Method::POST,
            "/channels/7/messages",
            json!({ "content": "hello", "nonce": "n1" }),
        )
        .await,
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["content"], "hello");
    assert_eq!(created["channel_id"], "7");
    assert_eq!(created["author"]["id"], me["id"]);
    assert_eq!(created["nonce"], "n1");
    assert!(created["timestamp"].as_str().unwrap().ends_with("+00:00"));
    let path = format!("/channels/7/messages/{id}");
    assert_eq!(body(bot.get(&path).await).await["content"], "hello");

    bot.json(
        Method::POST,
        "/channels/7/messages",
        json!({ "content": "second" }),
    )
    .await;
    let listed = body(bot.get("/channels/7/messages?limit=1").await).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["content"], "second", "newest first");
    let after = body(bot.get(&format!("/channels/7/messages?after={id}")).await).await;
    assert_eq!(after.as_array().unwrap().len(), 1);
    let bad_limit = bot.get("/channels/7/messages?limit=101").await;
    assert_eq!(bad_limit.status(), StatusCode::BAD_REQUEST);

    let edited = body(
        bot.json(Method::PATCH, &path, json!({ "content": "edited" }))
            .await,
    )
    .await;
    assert_eq!(edited["content"], "edited");
    assert!(edited["edited_timestamp"].is_string());
    assert_eq!(
        bot.empty(Method::DELETE, &path).await.status(),
        StatusCode::NO_CONTENT
    );
    let gone = bot.get(&path).await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        body(gone).await,
        json!({ "message": "Unknown Message", "code": 10008 })
    );
}

#[tokio::test]
async fn channels_can_be_read_changed_and_deleted() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let channel = body(bot.get("/channels/8").await).await;
    assert_eq!(channel["id"], "8");
    let patched = body(
        bot.json(
            Method::PATCH,
            "/channels/8",
            json!({ "topic": "t", "nsfw": true }),
        )
        .await,
    )
    .await;
    assert_eq!(
        (patched["topic"].clone(), patched["nsfw"].clone()),
        (json!("t"), json!(true))
    );
    assert_eq!(
        bot.empty(Method::DELETE, "/channels/8").await.status(),
        StatusCode::OK
    );
    let gone = bot.get("/channels/8").await;
    assert_eq!(body(gone).await["code"], 10003);
}

#[tokio::test]
async fn unknown_routes_methods_and_ids() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let unknown = bot.get("/does/not/exist").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&unknown, "via"), "1.1 google");
    assert_eq!(
        body(unknown).await,
        json!({ "message": "404: Not Found", "code": 0 })
    );
    let unversioned = reqwest::get(format!("http://{}/users/@me", mock.addr()))
        .await
        .unwrap();
    assert_eq!(unversioned.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        bot.empty(Method::PUT, "/users/@me").await.status(),
        StatusCode::METHOD_NOT_ALLOWED
    );
    let bad_id = body(bot.get("/channels/abc").await).await;
    assert_eq!(
        bad_id["errors"]["channel_id"]["_errors"][0]["code"],
        "NUMBER_TYPE_COERCE"
    );
}

async fn error_of(bot: &Bot, path: &str, payload: Value) -> Value {
    let response = bot.json(Method::POST, path, payload).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    body(response).await
}

#[tokio::test]
async fn validation_errors_have_discords_shapes() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    let msgs = "/channels/9/messages";

    let long = error_of(&bot, msgs, json!({ "content": "x".repeat(2001) })).await;
    assert_eq!(long["code"], 50035);
    assert_eq!(long["message"], "Invalid Form Body");
    assert_eq!(
        long["errors"]["content"]["_errors"][0],
        json!({ "code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length." })
    );
    let eleven = error_of(
        &bot,
        msgs,
        json!({ "embeds": vec![json!({ "title": "t" }); 11] }),
    )
    .await;
    assert_eq!(
        eleven["errors"]["embeds"]["_errors"][0]["code"],
        "BASE_TYPE_MAX_LENGTH"
    );
    let title = error_of(
        &bot,
        msgs,
        json!({ "embeds": [{ "title": "t".repeat(257) }] }),
    )
    .await;
    assert_eq!(
        title["errors"]["embeds"]["0"]["title"]["_errors"][0]["message"],
        "Must be 256 or fewer in length."
    );
    let empty = error_of(&bot, msgs, json!({ "content": "" })).await;
    assert_eq!(
        empty,
        json!({ "message": "Cannot send an empty message", "code": 50006 })
    );

    let malformed = bot
        .request(Method::POST, msgs)
        .header("Content-Type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
    assert_eq!(body(malformed).await["code"], 50109);

    let one = error_of(
        &bot,
        "/channels/9/messages/bulk-delete",
        json!({ "messages": ["1"] }),
    )
    .await;
    assert_eq!(
        one["errors"]["messages"]["_errors"][0]["code"],
        "BASE_TYPE_MIN_LENGTH"
    );
    let many: Vec<String> = (1..=101).map(|i| i.to_string()).collect();
    let too_many = error_of(
        &bot,
        "/channels/9/messages/bulk-delete",
        json!({ "messages": many }),
    )
    .await;
    assert_eq!(
        too_many["errors"]["messages"]["_errors"][0]["code"],
        "BASE_TYPE_MAX_LENGTH"
    );
    let old = error_of(
        &bot,
        "/channels/9/messages/bulk-delete",
        json!({ "messages": ["175928847299117063", "175928847299117064"] }),
    )
    .await;
    assert_eq!(old["code"], 50034);
    let users: Vec<String> = (1..=201).map(|i| i.to_string()).collect();
    let bans = error_of(&bot, "/guilds/5/bulk-ban", json!({ "user_ids": users })).await;
    assert_eq!(
        bans["errors"]["user_ids"]["_errors"][0]["message"],
        "Must be 200 or fewer in length."
    );

    let reason = bot
        .request(Method::PUT, "/guilds/5/bans/42")
        .header("X-Audit-Log-Reason", "r".repeat(513))
        .send()
        .await
        .unwrap();
    assert_eq!(reason.status(), StatusCode::BAD_REQUEST);
    let fine = bot
        .request(Method::PUT, "/guilds/5/bans/42")
        .header("X-Audit-Log-Reason", "%C3%A9".repeat(512))
        .send()
        .await
        .unwrap();
    assert_eq!(
        fine.status(),
        StatusCode::NO_CONTENT,
        "512 characters after decoding"
    );

    let wrong_type = bot
        .request(Method::POST, msgs)
        .header("Content-Type", "text/plain")
        .body("{\"content\":\"x\"}")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_type.status(), StatusCode::BAD_REQUEST);
    let stats = mock.stats();
    assert_eq!(stats.bad_content_type, 1);
    assert_eq!(stats.bad_requests, 11);
}

#[tokio::test]
async fn multipart_upload_with_two_files() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let form = Form::new()
        .text("payload_json", json!({ "content": "files!" }).to_string())
        .part("files[0]", Part::bytes(vec![0u8; 10]).file_name("a.bin"))
        .part(
            "files[1]",
            Part::text("hello")
                .file_name("b.txt")
                .mime_str("text/plain")
                .unwrap(),
        );
    let response = bot
        .request(Method::POST, "/channels/11/messages")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let message = body(response).await;
    assert_eq!(message["content"], "files!");
    let attachments = message["attachments"].as_array().unwrap();
    assert_eq!(attachments.len(), 2);
    assert_eq!(
        (
            attachments[0]["filename"].clone(),
            attachments[0]["size"].clone()
        ),
        (json!("a.bin"), json!(10))
    );
    assert_eq!(
        (
            attachments[1]["filename"].clone(),
            attachments[1]["size"].clone()
        ),
        (json!("b.txt"), json!(5))
    );
    assert_eq!(attachments[1]["content_type"], "text/plain");

    let only_file = Form::new().part("files[0]", Part::bytes(vec![1, 2, 3]).file_name("c.bin"));
    let response = bot
        .request(Method::POST, "/channels/11/messages")
        .multipart(only_file)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "a file alone is not an empty message"
    );
}

#[tokio::test]
async fn fail_next_faults_are_deterministic() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(1, Fault::BadGateway);
    let bad_gateway = bot.get("/users/@me").await;
    assert_not_from_discord(&bad_gateway, StatusCode::BAD_GATEWAY);
    assert!(header(&bad_gateway, "content-type").starts_with("text/html"));
    assert_eq!(
        bad_gateway.text().await.unwrap(),
        "<html>502 Bad Gateway</html>"
    );

    mock.fail_next(1, Fault::Drop);
    let dropped = bot.request(Method::GET, "/users/@me").send().await;
    assert!(
        dropped.is_err(),
        "the connection closes without an answer: {dropped:?}"
    );

    mock.fail_next(1, Fault::ServiceUnavailable);
    let unavailable = bot.get("/users/@me").await;
    assert_eq!(unavailable.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body(unavailable).await["code"], 0);

    mock.fail_next(1, Fault::MalformedHeaders);
    let malformed = bot.get("/users/@me").await;
    assert_eq!(malformed.status(), StatusCode::OK);
    assert_eq!(header(&malformed, "x-ratelimit-remaining"), "garbage");

    mock.fail_next(1, Fault::Slow(std::time::Duration::from_millis(50)));
    let started = std::time::Instant::now();
    assert_eq!(bot.get("/users/@me").await.status(), StatusCode::OK);
    assert!(started.elapsed() >= std::time::Duration::from_millis(50));

    assert_eq!(
        bot.get("/channels/1").await.status(),
        StatusCode::OK,
        "faults ran out"
    );
    let stats = mock.stats();
    assert_eq!(
        (stats.server_errors, stats.dropped, stats.requests),
        (2, 1, 6)
    );
    let recorded = mock.recorded();
    assert_eq!(recorded.len(), 6);
    assert_eq!(recorded[1].status, 0, "dropped");
    assert_eq!(recorded[5].path, "/channels/1");
    assert!(
        !format!("{:?}", recorded[0]).contains(mock.token()),
        "Debug redacts the token"
    );
}

#[tokio::test]
async fn random_faults_follow_their_rate() {
    let mock = MockDiscord::builder()
        .faults(Faults::none().server_errors(1.0))
        .seed(1)
        .unlimited(true)
        .start()
        .await
        .unwrap();
    let bot = Bot::new(&mock);
    assert_eq!(
        bot.get("/users/@me").await.status(),
        StatusCode::BAD_GATEWAY
    );
    mock.set_faults(Faults::none());
    assert_eq!(bot.get("/users/@me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn control_api_over_http() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let http = reqwest::Client::new();
    let control = format!("http://{}/__ovend", mock.addr());
    bot.get("/users/@me").await;
    let stats: Stats = http
        .get(format!("{control}/stats"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!((stats.requests, stats.responses_2xx), (1, 1));

    let set = http
        .put(format!("{control}/faults"))
        .json(&json!({ "server_errors": 1.0 }))
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        bot.get("/users/@me").await.status(),
        StatusCode::BAD_GATEWAY
    );
    http.put(format!("{control}/faults"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();

    for _ in 0..5 {
        bot.get("/users/@me").await;
    }
    assert_eq!(
        bot.get("/users/@me").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    let reset = http.post(format!("{control}/reset")).send().await.unwrap();
    assert_eq!(reset.status(), StatusCode::NO_CONTENT);
    let stats: Value = http
        .get(format!("{control}/stats"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stats["requests"], 0);
    assert_eq!(
        bot.get("/users/@me").await.status(),
        StatusCode::OK,
        "limits were reset"
    );
}

#[tokio::test]
async fn webhooks_and_interactions() {
    let mock = MockDiscord::start().await;
    let anonymous = reqwest::Client::new();
    let url = format!("{}/webhooks/900/secret?wait=true", mock.base_url());
    let posted = anonymous
        .post(&url)
        .header("User-Agent", common::USER_AGENT)
        .json(&json!({ "content": "from hook", "username": "Hooky" }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        posted.status(),
        StatusCode::OK,
        "the URL token authenticates"
    );
    let message = body(posted).await;
    assert_eq!(
        (
            message["author"]["username"].clone(),
            message["webhook_id"].clone()
        ),
        (json!("Hooky"), json!("900"))
    );
    let no_wait = anonymous
        .post(format!("{}/webhooks/900/secret", mock.base_url()))
        .json(&json!({ "content": "again" }))
        .send()
        .await
        .unwrap();
    assert_eq!(no_wait.status(), StatusCode::NO_CONTENT);

    let bot = Bot::new(&mock);
    let path = format!("/channels/900/messages/{}", message["id"].as_str().unwrap());
    let edit = bot
        .json(Method::PATCH, &path, json!({ "content": "mine now" }))
        .await;
    assert_eq!(
        edit.status(),
        StatusCode::FORBIDDEN,
        "a bot cannot edit a webhook's message"
    );
    assert_eq!(body(edit).await["code"], 50005);
    assert_eq!(mock.stats().invalid_requests, 1, "403s count as invalid");

    let callback = "/interactions/555/itoken/callback";
    let first = bot
        .json(
            Method::POST,
            callback,
            json!({ "type": 4, "data": { "content": "pong" } }),
        )
        .await;
    assert_eq!(first.status(), StatusCode::NO_CONTENT);
    let second = bot
        .json(
            Method::POST,
            callback,
            json!({ "type": 4, "data": { "content": "pong" } }),
        )
        .await;
    assert_eq!(body(second).await["code"], 40060);
    let missing_type = bot
        .json(Method::POST, "/interactions/556/t/callback", json!({}))
        .await;
    assert_eq!(
        body(missing_type).await["errors"]["type"]["_errors"][0]["code"],
        "BASE_TYPE_REQUIRED"
    );
}

#[tokio::test]
async fn members_roles_and_bans() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    let role = body(
        bot.json(
            Method::POST,
            "/guilds/3/roles",
            json!({ "name": "mods", "color": 255 }),
        )
        .await,
    )
    .await;
    let role_id = role["id"].as_str().unwrap().to_owned();
    assert_eq!(role["name"], "mods");
    let put = bot
        .empty(
            Method::PUT,
            &format!("/guilds/3/members/44/roles/{role_id}"),
        )
        .await;
    assert_eq!(put.status(), StatusCode::NO_CONTENT);
    let member = body(bot.get("/guilds/3/members/44").await).await;
    assert_eq!(member["roles"], json!([role_id]));
    let nick = body(
        bot.json(
            Method::PATCH,
            "/guilds/3/members/44",
            json!({ "nick": "n" }),
        )
        .await,
    )
    .await;
    assert_eq!(nick["nick"], "n");
    let listed = body(bot.get("/guilds/3/members?limit=10").await).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let roles = body(bot.get("/guilds/3/roles").await).await;
    assert_eq!(roles.as_array().unwrap().len(), 2, "@everyone and mods");
    let renamed = body(
        bot.json(
            Method::PATCH,
            &format!("/guilds/3/roles/{role_id}"),
            json!({ "name": "admins" }),
        )
        .await,
    )
    .await;
    assert_eq!(renamed["name"], "admins");
    assert_eq!(
        bot.empty(Method::DELETE, &format!("/guilds/3/roles/{role_id}"))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        body(
            bot.empty(Method::DELETE, &format!("/guilds/3/roles/{role_id}"))
                .await
        )
        .await["code"],
        10011
    );
    let granted = bot
        .empty(
            Method::PUT,
            &format!("/guilds/3/members/44/roles/{role_id}"),
        )
        .await;
    assert_eq!(
        granted.status(),
        StatusCode::NOT_FOUND,
        "a deleted role stays deleted"
    );
    let unseen = bot
        .empty(Method::PUT, "/guilds/3/members/44/roles/777")
        .await;
    assert_eq!(
        unseen.status(),
        StatusCode::NO_CONTENT,
        "any other role id exists, like channels"
    );

    assert_eq!(
        bot.empty(Method::PUT, "/guilds/3/bans/44").await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        body(bot.get("/guilds/3/members/44").await).await["code"],
        10007
    );
    let bulk = body(
        bot.json(
            Method::POST,
            "/guilds/3/bulk-ban",
            json!({ "user_ids": ["44", "45"] }),
        )
        .await,
    )
    .await;
    assert_eq!(
        bulk,
        json!({ "banned_users": ["45"], "failed_users": ["44"] })
    );
    assert_eq!(
        bot.empty(Method::DELETE, "/guilds/3/bans/44")
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        body(bot.empty(Method::DELETE, "/guilds/3/bans/44").await).await["code"],
        10026
    );
}

#[tokio::test]
async fn reactions_are_listed_on_messages() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    let created = bot.create_message(12).await;
    let path = format!("/channels/12/messages/{}", created);
    bot.empty(Method::PUT, &format!("{path}/reactions/%F0%9F%91%8D/@me"))
        .await;
    bot.empty(Method::PUT, &format!("{path}/reactions/party:123/@me"))
        .await;
    let message = body(bot.get(&path).await).await;
    assert_eq!(
        message["reactions"][0],
        json!({ "count": 1, "me": true, "emoji": { "id": null, "name": "👍" } })
    );
    assert_eq!(
        message["reactions"][1]["emoji"],
        json!({ "id": "123", "name": "party" })
    );
    bot.empty(Method::DELETE, &format!("{path}/reactions"))
        .await;
    assert!(body(bot.get(&path).await).await.get("reactions").is_none());
}

#[tokio::test]
async fn bulk_calls_follow_discords_rules() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    let first = bot.create_message(12).await;
    let second = bot.create_message(12).await;

    let twice = error_of(
        &bot,
        "/channels/12/messages/bulk-delete",
        json!({ "messages": [first, second, first] }),
    )
    .await;
    assert_eq!(
        twice["errors"]["messages"]["2"]["_errors"][0]["code"],
        "BASE_TYPE_DUPLICATE"
    );
    assert_eq!(
        bot.get(&format!("/channels/12/messages/{first}"))
            .await
            .status(),
        StatusCode::OK,
        "a refused bulk delete deletes nothing"
    );
    // A young id that names no message counts, and is ignored.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    let missing = ((u64::try_from(now_ms).unwrap() - 1_420_070_400_000) << 22).to_string();
    let deleted = bot
        .json(
            Method::POST,
            "/channels/12/messages/bulk-delete",
            json!({ "messages": [first, second, missing] }),
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        bot.get(&format!("/channels/12/messages/{second}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    bot.empty(Method::PUT, "/guilds/8/bans/1").await;
    bot.empty(Method::PUT, "/guilds/8/bans/2").await;
    let nobody = error_of(
        &bot,
        "/guilds/8/bulk-ban",
        json!({ "user_ids": ["1", "2"] }),
    )
    .await;
    assert_eq!(nobody["code"], 500_000);
    assert_eq!(nobody["message"], "Failed to ban users");
    let recorded = mock.recorded();
    let bulk: Vec<_> = recorded
        .iter()
        .filter(|r| r.path.ends_with("/bulk-ban") || r.path.ends_with("/bulk-delete"))
        .collect();
    assert_eq!(bulk.len(), 3, "each bulk call is recorded once");
}
