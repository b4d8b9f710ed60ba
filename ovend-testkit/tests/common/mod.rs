//! A test-side bot that sends requests with Discord's required headers.

#![allow(dead_code)]

use ovend_testkit::MockDiscord;
use reqwest::{Method, RequestBuilder, Response};
use serde_json::{json, Value};

pub const USER_AGENT: &str = "DiscordBot (https://github.com/ovend/ovend, 0.1.0)";

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
