//! Methods, headers, bodies and uploads as Discord sees them, over real HTTP.

mod common;

use http::Method;
use ovend_rest::{Attachment, RestClient};
use ovend_testkit::MockDiscord;
use serde_json::{json, Value};

#[tokio::test]
async fn every_method_reaches_discord_and_into_future_works() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);

    // IntoFuture: the builder is awaited directly.
    let me: Value = client.get("/users/@me").await.unwrap().json().unwrap();
    assert!(me["id"].is_string(), "{me}");

    let message: Value = client
        .post("/channels/100/messages")
        .json(&json!({ "content": "hello" }))
        .send()
        .await
        .unwrap()
        .json()
        .unwrap();
    let id = message["id"].as_str().unwrap().to_owned();
    assert_eq!(message["content"], "hello");

    let edited: Value = client
        .patch(format!("/channels/100/messages/{id}"))
        .json(&json!({ "content": "edited" }))
        .await
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(edited["content"], "edited");

    let ban = client
        .put("/guilds/200/bans/300")
        .json(&json!({}))
        .await
        .unwrap();
    assert!(ban.status().is_success());
    let deleted = client
        .delete(format!("/channels/100/messages/{id}"))
        .await
        .unwrap();
    assert!(deleted.status().is_success());

    let recorded = mock.recorded();
    let methods: Vec<Method> = recorded.iter().map(|r| r.method.clone()).collect();
    assert_eq!(
        methods,
        [
            Method::GET,
            Method::POST,
            Method::PATCH,
            Method::PUT,
            Method::DELETE
        ]
    );
    assert!(
        recorded.iter().all(|r| (200..300).contains(&r.status)),
        "{recorded:?}"
    );
    let stats = mock.stats();
    assert_eq!(stats.bad_user_agent, 0);
    assert_eq!(stats.bad_content_type, 0);
    assert_eq!(stats.unauthorized, 0);
}

#[tokio::test]
async fn sends_auth_user_agent_content_type_and_encoded_reason() {
    let mock = MockDiscord::start().await;
    let token = mock.token().to_owned();
    for configured in [token.clone(), format!("Bot {token}")] {
        let client = RestClient::builder()
            .token(configured)
            .base_url(mock.base_url())
            .build()
            .unwrap();
        client
            .post("/channels/1/messages")
            .json(&json!({ "content": "x" }))
            .reason("Spam 🚫 naïve")
            .await
            .unwrap();
        client.get("/users/@me").await.unwrap();
    }
    let recorded = mock.recorded();
    assert_eq!(recorded.len(), 4);
    for request in &recorded {
        assert_eq!(
            request.headers["authorization"],
            format!("Bot {token}").as_str()
        );
        let agent = request.headers["user-agent"].to_str().unwrap();
        assert!(
            agent.starts_with("DiscordBot (https://github.com/ovend/ovend, "),
            "{agent}"
        );
    }
    let post = &recorded[0];
    assert_eq!(post.headers["content-type"], "application/json");
    assert_eq!(
        post.headers["x-audit-log-reason"],
        "Spam%20%F0%9F%9A%AB%20na%C3%AFve"
    );
    let get = &recorded[1];
    assert!(
        get.headers.get("content-type").is_none(),
        "no body, no content type"
    );
    assert!(get.headers.get("x-audit-log-reason").is_none());
}

#[tokio::test]
async fn bearer_tokens_are_sent_as_bearer() {
    let mock = MockDiscord::start().await;
    let client = RestClient::builder()
        .token(format!("Bearer {}", mock.token()))
        .base_url(mock.base_url())
        .build()
        .unwrap();
    client.get("/users/@me").await.unwrap();
    let sent = &mock.recorded()[0].headers["authorization"];
    assert_eq!(sent, format!("Bearer {}", mock.token()).as_str());
}

#[tokio::test]
async fn query_and_custom_headers_are_sent() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    client
        .get("/channels/5/messages?before=9")
        .query(&[("limit", "2")])
        .header("x-custom", "yes")
        .await
        .unwrap();
    let request = &mock.recorded()[0];
    assert_eq!(request.path, "/channels/5/messages");
    assert_eq!(request.query.as_deref(), Some("before=9&limit=2"));
    assert_eq!(request.headers["x-custom"], "yes");
}

#[tokio::test]
async fn uploads_two_files_as_multipart() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    let response = client
        .post("/channels/9/messages")
        .json(&json!({ "content": "files" }))
        .file("a.txt", "first file")
        .attachment(
            Attachment::new("b.png", vec![0x89, b'P', b'N', b'G']).content_type("image/png"),
        )
        .await
        .unwrap();
    assert!(response.status().is_success());

    let request = &mock.recorded()[0];
    let content_type = request.headers["content-type"].to_str().unwrap();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&request.body);
    assert!(body.contains("name=\"payload_json\""), "{body}");
    assert!(body.contains("{\"content\":\"files\"}"));
    assert!(body.contains("name=\"files[0]\"; filename=\"a.txt\""));
    assert!(body.contains("first file"));
    assert!(body.contains("name=\"files[1]\"; filename=\"b.png\"\r\nContent-Type: image/png"));
    assert_eq!(mock.stats().bad_content_type, 0);
    assert_eq!(mock.stats().bad_requests, 0);
}
