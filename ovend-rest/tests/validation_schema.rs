//! Over real HTTP: a body over a schema limit fails in the client, naming the field, and never
//! reaches Discord (the emulator counts no request); a valid body goes through.

mod common;

use ovend_rest::ErrorKind;
use ovend_testkit::MockDiscord;
use serde_json::{json, Value};

/// `(method, path, body, field path, code)`: one over-limit member per operation.
fn over_limit() -> Vec<(
    http::Method,
    &'static str,
    Value,
    &'static str,
    &'static str,
)> {
    let row = |label: String| {
        json!([{ "type": 1, "components": [
            { "type": 2, "style": 1, "custom_id": "a", "label": "ok" },
            { "type": 2, "style": 1, "custom_id": "b", "label": label },
        ] }])
    };
    vec![
        (
            http::Method::POST,
            "/channels/1/messages",
            json!({ "components": row("x".repeat(81)) }),
            "components.0.components.1.label",
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            http::Method::PATCH,
            "/channels/1/messages/2",
            json!({ "embeds": [{ "title": "x".repeat(257) }] }),
            "embeds.0.title",
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            http::Method::POST,
            "/guilds/1/roles",
            json!({ "name": "x".repeat(101) }),
            "name",
            "BASE_TYPE_BAD_LENGTH",
        ),
        (
            http::Method::PATCH,
            "/guilds/1/members/2",
            json!({ "nick": "x".repeat(33) }),
            "nick",
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            http::Method::POST,
            "/channels/1/threads",
            json!({ "name": "t", "rate_limit_per_user": 21_601, "message": { "content": "hi" } }),
            "rate_limit_per_user",
            "NUMBER_TYPE_MAX",
        ),
        (
            http::Method::POST,
            "/interactions/1/token/callback",
            json!({ "type": 4, "data": { "content": "x".repeat(2001) } }),
            "data.content",
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            http::Method::POST,
            "/guilds/1/channels",
            json!({ "type": 0 }),
            "name",
            "BASE_TYPE_REQUIRED",
        ),
    ]
}

#[tokio::test]
async fn over_limit_bodies_never_reach_discord_and_name_the_field() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    for (method, path, body, field, code) in over_limit() {
        let err = client
            .request(method.clone(), path)
            .json(&body)
            .await
            .unwrap_err();
        let ErrorKind::Validation(errors) = err.kind() else {
            panic!("{method} {path}: expected a validation error, got {err:?}");
        };
        assert!(
            errors.iter().any(|e| e.path == field && e.code == code),
            "{method} {path}: {errors:?}"
        );
        assert!(err.to_string().contains(field), "{err}");
    }
    assert_eq!(mock.stats().requests, 0);
}

#[tokio::test]
async fn a_valid_body_goes_through() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    let body = json!({
        "content": "x".repeat(2000),
        "embeds": [{ "title": "t", "fields": [{ "name": "n", "value": "v" }] }],
        "components": [{ "type": 1, "components": [
            { "type": 2, "style": 1, "custom_id": "a", "label": "ok" }] }],
    });
    client
        .post("/channels/1/messages")
        .json(&body)
        .await
        .unwrap();
    assert_eq!(mock.stats().requests, 1);
}
