//! `.header()` sets (never appends), and the three headers with rules of their
//! own keep them: `Authorization`, `User-Agent`, `X-Audit-Log-Reason`.

mod common;

use ovend_rest::{interceptor_fn, ErrorKind, Intercept, RestClient, USER_AGENT};
use ovend_testkit::MockDiscord;
use serde_json::json;

/// Every value of header `name` on the first request the mock received.
fn first_request_values(mock: &MockDiscord, name: &str) -> Vec<http::HeaderValue> {
    mock.recorded()[0]
        .headers
        .get_all(name)
        .iter()
        .cloned()
        .collect()
}

#[tokio::test]
async fn header_replaces_a_value_set_before_whatever_the_case() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    client
        .get("/users/@me")
        .header("X-Trace", "first")
        .header("x-trace", "second")
        .await
        .unwrap();
    assert_eq!(first_request_values(&mock, "x-trace"), ["second"]);
}

#[tokio::test]
async fn user_agent_keeps_discords_form_with_a_client_or_request_suffix() {
    let mock = MockDiscord::builder()
        .strict_user_agent(true)
        .start()
        .await
        .unwrap();
    let client = common::builder(&mock)
        .user_agent_suffix("suite/1.0")
        .build()
        .unwrap();
    client.get("/users/@me").await.unwrap();
    client
        .get("/users/@me")
        .header("User-Agent", "curl/8.0")
        .header("user-agent", "job/7")
        .await
        .unwrap();
    let own = "DiscordBot (https://example.com/bot, 2.0) custom";
    client
        .get("/users/@me")
        .header("USER-AGENT", own)
        .await
        .unwrap();
    let agents: Vec<String> = mock
        .recorded()
        .iter()
        .map(|r| {
            let all: Vec<_> = r.headers.get_all("user-agent").iter().collect();
            assert_eq!(all.len(), 1, "one User-Agent: {all:?}");
            all[0].to_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        agents,
        [
            format!("{USER_AGENT} suite/1.0"),
            format!("{USER_AGENT} job/7"),
            own.to_owned(),
        ]
    );
    assert_eq!(mock.stats().bad_user_agent, 0);
}

#[tokio::test]
async fn an_invalid_user_agent_suffix_is_a_configuration_error() {
    let err = RestClient::builder()
        .token("t")
        .user_agent_suffix("bad\nsuffix")
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Config(_)), "{err}");
}

#[tokio::test]
async fn a_raw_audit_log_reason_header_is_encoded_and_validated_like_reason() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    client
        .post("/channels/1/messages")
        .json(&json!({ "content": "x" }))
        .header("X-Audit-Log-Reason", "Spam 🚫 naïve")
        .await
        .unwrap();
    assert_eq!(
        first_request_values(&mock, "x-audit-log-reason"),
        ["Spam%20%F0%9F%9A%AB%20na%C3%AFve"]
    );

    // The 512-character limit holds for the header as for `reason()`.
    let err = client
        .post("/channels/1/messages")
        .json(&json!({ "content": "x" }))
        .header("x-audit-log-reason", "x".repeat(513))
        .await
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Validation(_)), "{err}");
    assert_eq!(err.field_errors()[0].path, "reason");
    assert_eq!(mock.recorded().len(), 1, "the long reason was not sent");
}

#[tokio::test]
async fn an_interceptors_reason_header_is_encoded_and_validated_too() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .interceptor(interceptor_fn(|request| {
            let value = http::HeaderValue::from_static("two words");
            request.headers_mut().insert("x-audit-log-reason", value);
            Ok(Intercept::Continue)
        }))
        .build()
        .unwrap();
    client
        .post("/channels/1/messages")
        .json(&json!({ "content": "x" }))
        .await
        .unwrap();
    assert_eq!(
        first_request_values(&mock, "x-audit-log-reason"),
        ["two%20words"]
    );
}

#[tokio::test]
async fn authorization_cannot_be_set_by_header() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    let err = client
        .get("/users/@me")
        .header("authorization", "Bot other")
        .await
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Build(_)), "{err}");
    assert!(mock.recorded().is_empty());
}
