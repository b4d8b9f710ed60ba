//! Routes authenticated by the token in their path (webhooks, interaction
//! follow-ups), tokens that expire there, and bot tokens revoked mid-run.

mod common;

use std::time::Duration;

use common::{body, header, Bot, USER_AGENT};
use ovend_testkit::MockDiscord;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::{json, Value};

/// A client for token routes: a User-Agent and no `Authorization`.
struct Hook {
    http: reqwest::Client,
    base: String,
}

impl Hook {
    fn new(mock: &MockDiscord) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: mock.base_url(),
        }
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .header("User-Agent", USER_AGENT)
    }

    async fn send(&self, method: Method, path: &str, payload: Option<Value>) -> Response {
        let request = self.request(method, path);
        let request = match payload {
            Some(payload) => request.json(&payload),
            None => request,
        };
        request.send().await.unwrap()
    }

    /// Answers interaction `id` with a message, creating its original response.
    async fn reply(&self, id: u64, token: &str, content: &str) -> Response {
        let path = format!("/interactions/{id}/{token}/callback");
        let payload = json!({ "type": 4, "data": { "content": content } });
        self.send(Method::POST, &path, Some(payload)).await
    }
}

fn assert_invalid_webhook_token(response: &Response) {
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(header(response, "via"), "1.1 google");
    assert_eq!(header(response, "x-ratelimit-bucket").len(), 32);
    assert!(header(response, "x-ratelimit-remaining")
        .parse::<u32>()
        .is_ok());
}

#[tokio::test]
async fn interaction_follow_up_flow_needs_only_the_path_token() {
    let mock = MockDiscord::start().await;
    let hook = Hook::new(&mock);
    let original = "/webhooks/42/itoken/messages/@original";
    assert_eq!(
        body(hook.send(Method::GET, original, None).await).await["code"],
        10008,
        "no original before the callback"
    );
    assert_eq!(
        hook.reply(900, "itoken", "pong").await.status(),
        StatusCode::NO_CONTENT
    );
    let read = body(hook.send(Method::GET, original, None).await).await;
    assert_eq!(read["content"], "pong");
    let edited = hook
        .send(Method::PATCH, original, Some(json!({ "content": "pong!" })))
        .await;
    assert_eq!(edited.status(), StatusCode::OK);
    let edited = body(edited).await;
    assert_eq!(
        (edited["content"].clone(), edited["id"].clone()),
        (json!("pong!"), read["id"].clone())
    );
    assert!(edited["edited_timestamp"].is_string());

    let follow_up = hook
        .send(
            Method::POST,
            "/webhooks/42/itoken?wait=true",
            Some(json!({ "content": "more" })),
        )
        .await;
    assert_eq!(follow_up.status(), StatusCode::OK);
    let follow_up = body(follow_up).await;
    let path = format!(
        "/webhooks/42/itoken/messages/{}",
        follow_up["id"].as_str().unwrap()
    );
    assert_eq!(
        body(hook.send(Method::GET, &path, None).await).await["content"],
        "more"
    );
    let patched = hook
        .send(Method::PATCH, &path, Some(json!({ "content": "less" })))
        .await;
    assert_eq!(body(patched).await["content"], "less");
    assert_eq!(
        hook.send(Method::DELETE, &path, None).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        body(hook.send(Method::GET, &path, None).await).await["code"],
        10008
    );

    assert_eq!(
        hook.send(Method::DELETE, original, None).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        body(hook.send(Method::GET, original, None).await).await["code"],
        10008
    );
    let stats = mock.stats();
    assert_eq!((stats.unauthorized, stats.auth_on_token_route), (0, 0));
}

#[tokio::test]
async fn a_webhook_reaches_only_its_own_messages() {
    let mock = MockDiscord::start().await;
    let hook = Hook::new(&mock);
    let posted = hook
        .send(
            Method::POST,
            "/webhooks/7/wtoken?wait=true",
            Some(json!({ "content": "x" })),
        )
        .await;
    let id = body(posted).await["id"].as_str().unwrap().to_owned();
    let own = format!("/webhooks/7/wtoken/messages/{id}");
    assert_eq!(
        hook.send(Method::GET, &own, None).await.status(),
        StatusCode::OK
    );
    let bot = Bot::new(&mock);
    let by_bot = bot.create_message(7).await;
    let foreign = format!("/webhooks/7/wtoken/messages/{by_bot}");
    assert_eq!(
        body(hook.send(Method::GET, &foreign, None).await).await["code"],
        10008
    );
}

#[tokio::test]
async fn authorization_on_token_routes_is_answered_but_counted() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let posted = bot
        .json(
            Method::POST,
            "/webhooks/8/tok?wait=true",
            json!({ "content": "x" }),
        )
        .await;
    assert_eq!(posted.status(), StatusCode::OK);
    let wrong = Bot::with_token(&mock, "not-a-bot-token");
    let callback = wrong
        .json(
            Method::POST,
            "/interactions/9/tok2/callback",
            json!({ "type": 1 }),
        )
        .await;
    assert_eq!(
        callback.status(),
        StatusCode::NO_CONTENT,
        "the path token is the credential"
    );
    let stats = mock.stats();
    assert_eq!((stats.auth_on_token_route, stats.unauthorized), (2, 0));
}

#[tokio::test]
async fn expired_token_answers_invalid_webhook_token_on_every_route_carrying_it() {
    let mock = MockDiscord::start().await;
    let hook = Hook::new(&mock);
    assert_eq!(
        hook.reply(1, "old", "hi").await.status(),
        StatusCode::NO_CONTENT
    );
    mock.expire_token("old");
    let attempts = [
        (
            Method::PATCH,
            "/webhooks/2/old/messages/@original",
            Some(json!({ "content": "late" })),
        ),
        (Method::GET, "/webhooks/2/old/messages/123", None),
        (Method::DELETE, "/webhooks/2/old/messages/@original", None),
        (
            Method::POST,
            "/webhooks/2/old",
            Some(json!({ "content": "late" })),
        ),
        (
            Method::POST,
            "/interactions/3/old/callback",
            Some(json!({ "type": 1 })),
        ),
    ];
    for (method, path, payload) in attempts {
        let response = hook.send(method, path, payload).await;
        assert_invalid_webhook_token(&response);
        assert_eq!(
            body(response).await,
            json!({ "message": "Invalid Webhook Token", "code": 50027 }),
            "{path}"
        );
    }
    let stats = mock.stats();
    assert_eq!(
        (
            stats.invalid_webhook_token,
            stats.unauthorized,
            stats.invalid_requests
        ),
        (5, 5, 5)
    );
    assert_eq!(
        hook.reply(4, "fresh", "hi").await.status(),
        StatusCode::NO_CONTENT
    );
    let bot = Bot::new(&mock);
    assert_eq!(
        bot.get("/users/@me").await.status(),
        StatusCode::OK,
        "the bot token is fine"
    );
}

#[tokio::test]
async fn interaction_tokens_expire_after_their_ttl() {
    let mock = MockDiscord::builder()
        .time_scale(0.0002) // 15 minutes -> 180 ms
        .interaction_token_ttl(Duration::from_secs(15 * 60))
        .start()
        .await
        .unwrap();
    let hook = Hook::new(&mock);
    assert_eq!(
        hook.reply(1, "itok", "hi").await.status(),
        StatusCode::NO_CONTENT
    );
    let original = "/webhooks/2/itok/messages/@original";
    let edit = || hook.send(Method::PATCH, original, Some(json!({ "content": "edit" })));
    assert_eq!(edit().await.status(), StatusCode::OK);
    let webhook = || {
        hook.send(
            Method::POST,
            "/webhooks/3/wtok",
            Some(json!({ "content": "x" })),
        )
    };
    assert_eq!(webhook().await.status(), StatusCode::NO_CONTENT);
    tokio::time::sleep(Duration::from_millis(250)).await;
    let late = edit().await;
    assert_invalid_webhook_token(&late);
    assert_eq!(body(late).await["code"], 50027);
    assert_eq!(
        webhook().await.status(),
        StatusCode::NO_CONTENT,
        "webhook tokens do not expire"
    );
}

#[tokio::test]
async fn revoked_bot_token_gets_401_until_restored() {
    let mock = MockDiscord::builder()
        .token("first")
        .token("second")
        .start()
        .await
        .unwrap();
    let (first, second) = (Bot::new(&mock), Bot::with_token(&mock, "second"));
    assert_eq!(first.get("/users/@me").await.status(), StatusCode::OK);
    mock.revoke_token("first");
    for path in ["/users/@me", "/channels/1/messages"] {
        let response = first.get(path).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(header(&response, "via"), "1.1 google");
        assert_eq!(
            body(response).await,
            json!({ "message": "401: Unauthorized", "code": 0 })
        );
    }
    assert_eq!(
        second.get("/users/@me").await.status(),
        StatusCode::OK,
        "other tokens work"
    );
    let hook = Hook::new(&mock);
    let posted = hook
        .send(
            Method::POST,
            "/webhooks/5/tok",
            Some(json!({ "content": "x" })),
        )
        .await;
    assert_eq!(
        posted.status(),
        StatusCode::NO_CONTENT,
        "path tokens do not depend on it"
    );
    let stats = mock.stats();
    assert_eq!(
        (
            stats.unauthorized,
            stats.invalid_requests,
            stats.invalid_webhook_token
        ),
        (2, 2, 0)
    );
    mock.restore_token("Bot first");
    assert_eq!(first.get("/users/@me").await.status(), StatusCode::OK);
}
