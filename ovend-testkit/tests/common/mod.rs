//! A test-side bot that sends requests with Discord's required headers.

#![allow(dead_code)]

use ovend_testkit::MockDiscord;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::{json, Value};

pub const USER_AGENT: &str = "DiscordBot (https://github.com/ovend/ovend, 0.1.0)";

/// A mock that sends no rate-limit headers and limits nothing.
pub async fn unlimited_mock() -> MockDiscord {
    MockDiscord::builder()
        .unlimited(true)
        .start()
        .await
        .unwrap()
}

pub struct Bot {
    pub http: reqwest::Client,
    pub base: String,
    pub token: String,
}

impl Bot {
    pub fn new(mock: &MockDiscord) -> Self {
        Self::with_token(mock, mock.token())
    }

    pub fn with_token(mock: &MockDiscord, token: &str) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: mock.base_url(),
            token: token.to_owned(),
        }
    }

    /// A request with `Authorization` and `User-Agent` set.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .header("Authorization", format!("Bot {}", self.token))
            .header("User-Agent", USER_AGENT)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.request(Method::GET, path).send().await.unwrap()
    }

    pub async fn json(&self, method: Method, path: &str, body: Value) -> Response {
        self.request(method, path).json(&body).send().await.unwrap()
    }

    pub async fn empty(&self, method: Method, path: &str) -> Response {
        self.request(method, path).send().await.unwrap()
    }

    /// Posts a message in `channel` and returns the new message's id.
    pub async fn create_message(&self, channel: u64) -> String {
        let path = format!("/channels/{channel}/messages");
        let created = body(
            self.json(Method::POST, &path, json!({ "content": "x" }))
                .await,
        )
        .await;
        created["id"]
            .as_str()
            .expect("a created message has an id")
            .to_owned()
    }
}

/// A header as a string (panics if missing).
pub fn header<'a>(response: &'a Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .unwrap_or_else(|| panic!("missing header {name}"))
        .to_str()
        .unwrap()
}

/// Whether the answer carries any Discord header (`Via` or `X-RateLimit-*`).
pub fn has_discord_headers(response: &Response) -> bool {
    response
        .headers()
        .keys()
        .any(|k| k == "via" || k.as_str().starts_with("x-ratelimit"))
}

/// Asserts that the answer has `status` and was not sent by Discord: no `Via`
/// and no `X-RateLimit-*` header.
pub fn assert_not_from_discord(response: &Response, status: StatusCode) {
    assert_eq!(response.status(), status);
    assert!(
        !has_discord_headers(response),
        "no Via or X-RateLimit-*: not from Discord"
    );
}

/// Asserts that the answer is Cloudflare's rate-limit ban page (error 1015):
/// a 429 without Discord headers, `Server: cloudflare`, `Retry-After:
/// retry_after`, a `CF-RAY: <16 hex digits>-<colo>` and a plain-text body.
pub async fn assert_cloudflare_ban(response: Response, retry_after: &str) {
    assert_not_from_discord(&response, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&response, "server"), "cloudflare");
    assert_eq!(header(&response, "retry-after"), retry_after);
    assert_eq!(
        header(&response, "content-type"),
        "text/plain; charset=UTF-8"
    );
    let ray = header(&response, "cf-ray").to_owned();
    let (id, colo) = ray.split_once('-').unwrap();
    assert!(
        id.len() == 16 && id.chars().all(|c| c.is_ascii_hexdigit()),
        "{ray}"
    );
    assert!(
        colo.len() == 3 && colo.chars().all(|c| c.is_ascii_uppercase()),
        "{ray}"
    );
    assert_eq!(response.text().await.unwrap(), "error code: 1015");
}

pub async fn body(response: Response) -> Value {
    response.json().await.unwrap()
}

/// Asserts a `seconds.mmm` value with exactly three decimals and returns it.
pub fn three_decimals(value: &str) -> f64 {
    let (_, fraction) = value
        .split_once('.')
        .unwrap_or_else(|| panic!("{value} has no fraction"));
    assert_eq!(fraction.len(), 3, "{value} must have 3 decimals");
    value.parse().unwrap()
}
