//! Discord's answers and the client's own mistakes become typed errors.

mod common;

use http::StatusCode;
use ovend_rest::retry::NoRetry;
use ovend_rest::{ErrorKind, RestClient, TransportErrorKind};
use ovend_testkit::{Fault, MockDiscord};
use serde_json::json;

#[tokio::test]
async fn nested_field_errors_get_dotted_paths() {
    let mock = MockDiscord::start().await;
    // Validation off, so Discord (the emulator) is the one to complain.
    let client = common::builder(&mock).validate(false).build().unwrap();
    let err = client
        .post("/channels/1/messages")
        .json(&json!({ "content": "x".repeat(2001), "embeds": [{ "title": "t".repeat(300) }] }))
        .await
        .unwrap_err();
    let ErrorKind::Api {
        status,
        code,
        message,
        errors,
    } = err.kind()
    else {
        panic!("expected an API error, got {err:?}");
    };
    assert_eq!(*status, StatusCode::BAD_REQUEST);
    assert_eq!(*code, Some(50035));
    assert_eq!(message, "Invalid Form Body");
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert!(paths.contains(&"content"), "{paths:?}");
    assert!(paths.contains(&"embeds.0.title"), "{paths:?}");
    assert!(
        errors.iter().all(|e| e.code == "BASE_TYPE_MAX_LENGTH"),
        "{errors:?}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn validator_fails_fast_without_a_request() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    let err = client
        .post("/channels/1/messages")
        .json(&json!({ "content": "x".repeat(2001) }))
        .await
        .unwrap_err();
    let ErrorKind::Validation(errors) = err.kind() else {
        panic!("expected a validation error, got {err:?}");
    };
    assert_eq!(errors[0].path, "content");
    assert_eq!(mock.stats().requests, 0);
}

#[tokio::test]
async fn unauthorized_is_invalid_token() {
    let mock = MockDiscord::start().await;
    let client = RestClient::builder()
        .token("not-the-token")
        .base_url(mock.base_url())
        .build()
        .unwrap();
    let err = client.get("/users/@me").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidToken);
    assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
    // Every later request fails too (from the limiter or from Discord).
    let again = client.get("/users/@me").await.unwrap_err();
    assert_eq!(again.kind(), &ErrorKind::InvalidToken);
    assert!(mock.stats().unauthorized >= 1);
}

#[tokio::test]
async fn html_bad_gateway_is_a_typed_api_error() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .retry_policy(NoRetry)
        .build()
        .unwrap();
    mock.fail_next(1, Fault::BadGateway);
    let err = client.get("/users/@me").await.unwrap_err();
    let ErrorKind::Api {
        status,
        code,
        message,
        errors,
    } = err.kind()
    else {
        panic!("expected an API error, got {err:?}");
    };
    assert_eq!(*status, StatusCode::BAD_GATEWAY);
    assert_eq!(*code, None);
    assert!(message.contains("502 Bad Gateway"), "{message}");
    assert!(errors.is_empty());
    assert!(err.is_retryable());
    // The next request is answered normally.
    client.get("/users/@me").await.unwrap();
}

#[tokio::test]
async fn json_service_unavailable_keeps_discords_code() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .retry_policy(NoRetry)
        .build()
        .unwrap();
    mock.fail_next(1, Fault::ServiceUnavailable);
    let err = client.get("/users/@me").await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.code(), Some(0));
}

#[tokio::test]
async fn dropped_connection_is_a_transport_error() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .retry_policy(NoRetry)
        .build()
        .unwrap();
    mock.fail_next(1, Fault::Drop);
    let err = client.get("/users/@me").await.unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Http(_)), "{err:?}");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn default_policy_retries_a_bad_gateway_and_a_drop() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    mock.fail_next(1, Fault::BadGateway);
    client.get("/users/@me").await.unwrap();
    mock.fail_next(1, Fault::Drop);
    client.get("/channels/3").await.unwrap();
    let stats = mock.stats();
    assert_eq!(stats.server_errors, 1);
    assert_eq!(stats.dropped, 1);
    assert_eq!(stats.responses_2xx, 2);
}

#[tokio::test]
async fn token_never_printed() {
    let mock = MockDiscord::start().await;
    let token = mock.token().to_owned();
    let builder = common::builder(&mock);
    assert!(!format!("{builder:?}").contains(&token));
    let client = builder.build().unwrap();
    assert!(!format!("{client:?}").contains(&token));
    let request = client.get("/users/@me").header("x-a", "b");
    assert!(!format!("{request:?}").contains(&token));
    let response = request.await.unwrap();
    assert!(!format!("{response:?}").contains(&token));

    let bad = RestClient::builder()
        .token("secret-token-value")
        .base_url(mock.base_url())
        .build()
        .unwrap();
    let err = bad.get("/users/@me").await.unwrap_err();
    for text in [format!("{err}"), format!("{err:?}"), format!("{bad:?}")] {
        assert!(!text.contains("secret-token-value"), "{text}");
    }
}

#[tokio::test]
async fn bad_configuration_is_a_config_error() {
    let no_token = RestClient::builder().build().unwrap_err();
    assert!(matches!(no_token.kind(), ErrorKind::Config(_)));
    let empty = RestClient::builder().token("  ").build().unwrap_err();
    assert!(matches!(empty.kind(), ErrorKind::Config(_)));
    let url = RestClient::builder()
        .token("t")
        .base_url("not a url")
        .build()
        .unwrap_err();
    assert!(matches!(url.kind(), ErrorKind::Config(_)));
    let scheme = RestClient::builder()
        .token("t")
        .base_url("ftp://x/api")
        .build()
        .unwrap_err();
    assert!(matches!(scheme.kind(), ErrorKind::Config(_)));
}

#[tokio::test]
async fn building_mistakes_surface_at_send_without_a_request() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    let bad_header = client
        .get("/users/@me")
        .header("bad header", "x")
        .await
        .unwrap_err();
    assert!(matches!(bad_header.kind(), ErrorKind::Build(_)));
    let auth = client
        .get("/users/@me")
        .header("Authorization", "Bot other")
        .await
        .unwrap_err();
    assert!(matches!(auth.kind(), ErrorKind::Build(_)));

    struct Unserializable;
    impl serde::Serialize for Unserializable {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("nope"))
        }
    }
    let body = client
        .post("/channels/1/messages")
        .json(&Unserializable)
        .await
        .unwrap_err();
    assert!(matches!(body.kind(), ErrorKind::Build(_)));
    let query = client.get("/users/@me").query(&5).await.unwrap_err();
    assert!(matches!(query.kind(), ErrorKind::Build(_)));
    assert_eq!(mock.stats().requests, 0);
}

#[tokio::test]
async fn slow_answer_past_the_request_timeout_is_a_timeout() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .request_timeout(Some(std::time::Duration::from_millis(100)))
        .retry_policy(NoRetry)
        .build()
        .unwrap();
    mock.fail_next(1, Fault::Slow(std::time::Duration::from_secs(2)));
    let err = client.get("/users/@me").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    assert!(err.is_retryable());
}

#[tokio::test]
async fn refused_connection_is_a_connect_error() {
    // A port that was free a moment ago: nobody listens on it.
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let client = RestClient::builder()
        .token("t")
        .base_url(format!("http://{addr}/api/v10"))
        .retry_policy(NoRetry)
        .build()
        .unwrap();
    let err = client
        .post("/webhooks/1/webhook-secret")
        .json(&json!({ "content": "x" }))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Http(TransportErrorKind::Connect));
    let text = format!("{err} {err:?}");
    assert!(!text.contains("webhook-secret"), "no URL in errors: {text}");
}
