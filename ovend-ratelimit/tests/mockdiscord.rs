//! The limiter driving raw HTTP requests against the `MockDiscord` emulator, which
//! enforces Discord's buckets, hidden sublimits and global limit (real time, with the
//! emulator's windows scaled down so the test stays short).

use std::sync::Arc;

use http::Method;
use ovend_ratelimit::{Priority, RateLimitHeaders, RateLimitManager, RateLimiter, RouteKey};
use ovend_testkit::MockDiscord;

struct Bot {
    http: reqwest::Client,
    base: String,
    token: String,
    limiter: RateLimitManager,
}

impl Bot {
    fn new(mock: &MockDiscord, limiter: RateLimitManager) -> Arc<Self> {
        Arc::new(Self {
            http: reqwest::Client::new(),
            base: mock.base_url(),
            token: mock.token().to_owned(),
            limiter,
        })
    }

    /// Acquire, send, report the answer; returns status and body.
    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let key = RouteKey::new(&method, path);
        let permit = self.limiter.acquire(&key, Priority::Normal).await.unwrap();
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header("authorization", format!("Bot {}", self.token))
            .header(
                "user-agent",
                "DiscordBot (https://github.com/ovend/ovend, 0.1.0)",
            );
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let mut headers = RateLimitHeaders::parse(status, response.headers()).unwrap();
        let bytes = response.bytes().await.unwrap();
        headers.apply_body(&bytes);
        permit.complete(&headers);
        (status, serde_json::from_slice(&bytes).unwrap_or_default())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buckets_and_hidden_limits_hold_against_the_emulator() {
    let mock = MockDiscord::builder()
        .time_scale(0.005)
        .start()
        .await
        .unwrap();
    let bot = Bot::new(&mock, RateLimitManager::new());
    let (status, message) = bot
        .send(
            Method::POST,
            "/channels/10/messages",
            Some(serde_json::json!({"content": "hi"})),
        )
        .await;
    assert_eq!(status, 200);
    let message_id = message["id"].as_str().unwrap().to_owned();

    let mut tasks = Vec::new();
    for i in 0..120u32 {
        let bot = bot.clone();
        let message_id = message_id.clone();
        tasks.push(tokio::spawn(async move {
            let channel = 10 + i % 3;
            let (method, path, body) = match i % 6 {
                0 | 1 => (
                    Method::POST,
                    format!("/channels/{channel}/messages"),
                    Some(serde_json::json!({"content": "x"})),
                ),
                2 => (Method::GET, format!("/channels/{channel}/messages"), None),
                3 => (Method::GET, "/users/@me".to_owned(), None),
                4 => (
                    Method::PUT,
                    format!("/channels/10/messages/{message_id}/reactions/%F0%9F%91%8D/@me"),
                    None,
                ),
                _ if i < 24 => (
                    Method::PATCH,
                    "/channels/10".to_owned(),
                    Some(serde_json::json!({"name": format!("n{i}")})),
                ),
                _ => (Method::GET, format!("/channels/{channel}"), None),
            };
            bot.send(method, &path, body).await.0
        }));
    }
    for task in tasks {
        let status = task.await.unwrap();
        assert!(
            status == 200 || status == 204 || status == 429,
            "status {status}"
        );
    }
    let stats = mock.stats();
    assert_eq!(stats.rate_limited_global, 0, "{stats:?}");
    assert_eq!(stats.rate_limited_bucket, 0, "{stats:?}");
    assert!(
        stats.rate_limited_sublimit <= 1,
        "one 429 teaches the rename limit: {stats:?}"
    );
    assert_eq!(stats.requests, 121);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_global_limit_holds_against_the_emulator() {
    // Real-size global window (50/s); buckets are per channel and never bind here.
    let mock = MockDiscord::builder().start().await.unwrap();
    let bot = Bot::new(&mock, RateLimitManager::new());
    let tasks: Vec<_> = (0..120u64)
        .map(|c| {
            let bot = bot.clone();
            tokio::spawn(async move {
                bot.send(Method::GET, &format!("/channels/{}", 100 + c), None)
                    .await
                    .0
            })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap(), 200);
    }
    let stats = mock.stats();
    assert_eq!(stats.rate_limited(), 0, "{stats:?}");
    assert_eq!(stats.responses_2xx, 120);
}
