//! The middleware pipeline against MockDiscord and its fault injection:
//! retries, the retry budget, timeouts, interceptors, the validator, error
//! handlers and response interceptors.

mod common;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::{HeaderValue, Method, StatusCode};
use ovend_rest::retry::{DefaultRetryPolicy, RetryBudget};
use ovend_rest::validate::codes;
use ovend_rest::{
    error_handler_fn, interceptor_fn, response_interceptor_fn, ErrorKind, Intercept, Recovery,
    Response,
};
use ovend_testkit::{Fault, Faults, MockDiscord};
use parking_lot::Mutex;
use serde_json::{json, Value};

/// The default policy with waits short enough for a test against a real socket.
fn quick_retries(max_attempts: u32) -> DefaultRetryPolicy {
    DefaultRetryPolicy::builder()
        .max_attempts(max_attempts)
        .base_delay(Duration::from_millis(2))
        .max_delay(Duration::from_millis(5))
        .build()
}

#[tokio::test]
async fn a_burst_of_502s_is_retried_to_success() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .retry_policy(quick_retries(4))
        .build()
        .unwrap();
    let mut events = client.events().subscribe(ovend_rest::events::AllEvents);
    mock.fail_next(3, Fault::BadGateway);
    let response = client.get("/users/@me").await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let stats = mock.stats();
    assert_eq!(stats.server_errors, 3);
    assert_eq!(stats.requests, 4);
    assert_eq!(stats.responses_2xx, 1);
    let mut retries = Vec::new();
    while let Some(event) = events.try_recv() {
        if let ovend_rest::EventKind::Retry {
            attempt, reason, ..
        } = &event.kind
        {
            assert!(reason.contains("502"), "{reason}");
            retries.push(*attempt);
        }
    }
    assert_eq!(retries, [2, 3, 4]);
}

#[tokio::test]
async fn a_post_is_not_repeated_after_a_timeout_unless_marked_idempotent() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .retry_policy(quick_retries(4))
        .attempt_timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let body = json!({ "content": "hello" });

    mock.fail_next(1, Fault::Slow(Duration::from_millis(600)));
    let err = client
        .post("/channels/1/messages")
        .json(&body)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    assert_eq!(mock.stats().requests, 1, "the POST was sent once");

    mock.fail_next(1, Fault::Slow(Duration::from_millis(600)));
    let response = client
        .post("/channels/1/messages")
        .json(&body)
        .idempotent()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let stats = mock.stats();
    assert_eq!(stats.requests, 3, "the idempotent POST was sent again");
    assert_eq!(stats.responses_2xx, 1);
    let posts = mock
        .recorded()
        .iter()
        .filter(|r| r.method == Method::POST && r.status == 200)
        .count();
    assert_eq!(posts, 1, "one message was created");
}

#[tokio::test]
async fn the_retry_budget_stops_a_retry_storm() {
    let mock = MockDiscord::builder()
        .faults(Faults::none().server_errors(1.0))
        .start()
        .await
        .unwrap();
    // 10 retries in reserve over 10 s and none earned by requests: a Discord
    // that answers nothing but 502s gets at most 10 retries in all.
    let policy = DefaultRetryPolicy::builder()
        .max_attempts(5)
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(2))
        .budget(RetryBudget::new(Duration::from_secs(10), 1, 0.0))
        .build();
    let client = common::builder(&mock).retry_policy(policy).build().unwrap();
    for channel in 1..=30 {
        let err = client
            .get(format!("/channels/{channel}"))
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(StatusCode::BAD_GATEWAY));
    }
    let requests = mock.stats().requests;
    // Without the budget: 30 × 5 = 150 requests.
    assert_eq!(
        requests,
        30 + 10,
        "one try each plus the budget's 10 retries"
    );
}

#[tokio::test]
async fn interceptors_run_in_order_and_can_answer_without_the_network() {
    let mock = MockDiscord::start().await;
    let order = Arc::new(Mutex::new(Vec::new()));
    let (first, second) = (Arc::clone(&order), Arc::clone(&order));
    let client = common::builder(&mock)
        .interceptor(interceptor_fn(move |request| {
            first.lock().push("first");
            request
                .headers_mut()
                .insert("x-tenant", HeaderValue::from_static("blue"));
            Ok(Intercept::Continue)
        }))
        .interceptor(interceptor_fn(move |request| {
            second.lock().push("second");
            if request.route() == "/users/@me" {
                let canned = Response::from_json(&json!({ "id": "42", "username": "canned" }))?;
                return Ok(Intercept::Respond(canned));
            }
            Ok(Intercept::Continue)
        }))
        .build()
        .unwrap();

    let me: Value = client.get("/users/@me").await.unwrap().json().unwrap();
    assert_eq!(me["username"], "canned");
    assert_eq!(*order.lock(), ["first", "second"]);
    assert_eq!(mock.stats().requests, 0, "nothing reached Discord");

    // Other routes go on, with the first interceptor's header.
    client.get("/channels/7").await.unwrap();
    assert_eq!(*order.lock(), ["first", "second", "first", "second"]);
    let recorded = mock.recorded();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].headers["x-tenant"], "blue");
}

#[tokio::test]
async fn response_interceptors_see_the_final_response() {
    let mock = MockDiscord::start().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let client = common::builder(&mock)
        .retry_policy(quick_retries(4))
        .response_interceptor(response_interceptor_fn(move |ctx, response| {
            log.lock().push((
                response.status().as_u16(),
                ctx.attempts,
                ctx.route().to_owned(),
            ));
            Ok(response)
        }))
        .build()
        .unwrap();
    mock.fail_next(2, Fault::BadGateway);
    client.get("/channels/5").await.unwrap();
    assert_eq!(
        *seen.lock(),
        [(200, 3, "/channels/{channel_id}".to_owned())],
        "one call, on the answer after the retries"
    );
    assert_eq!(mock.stats().server_errors, 2);
}

#[tokio::test]
async fn an_error_handlers_fallback_reaches_the_caller() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .error_handler(error_handler_fn(|ctx, err| {
            if ctx.method() == "POST" && err.status() == Some(StatusCode::BAD_GATEWAY) {
                let queued = Response::from_json(&json!({ "queued": true })).unwrap();
                return Recovery::Respond(queued);
            }
            Recovery::Fail(err)
        }))
        .build()
        .unwrap();
    mock.fail_next(1, Fault::BadGateway);
    let response = client
        .post("/channels/1/messages")
        .json(&json!({ "content": "hi" }))
        .await
        .unwrap();
    let body: Value = response.json().unwrap();
    assert_eq!(body, json!({ "queued": true }));
    assert_eq!(mock.stats().requests, 1, "a POST is not retried");

    // Errors the handler lets through still reach the caller as they were.
    mock.fail_next(1, Fault::ServiceUnavailable);
    let err = client
        .post("/channels/1/messages")
        .json(&json!({ "content": "hi" }))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
}

fn s(n: usize) -> String {
    "x".repeat(n)
}

/// A snowflake created now, so bulk delete's age check passes.
fn fresh_snowflake(offset: u64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    (((now - 1_420_070_400_000) << 22) + offset).to_string()
}

/// One over-limit request and the error the validator must give.
struct Case {
    path: &'static str,
    body: Value,
    files: usize,
    reason: Option<String>,
    field: &'static str,
    code: &'static str,
    /// Discord's wording, when it is a plain length limit.
    message: Option<String>,
}

impl Case {
    /// A message body over a plain maximum.
    fn message(body: Value, field: &'static str, max: usize) -> Self {
        Self {
            path: "/channels/1/messages",
            body,
            files: 0,
            reason: None,
            field,
            code: codes::BASE_TYPE_MAX_LENGTH,
            message: Some(format!("Must be {max} or fewer in length.")),
        }
    }

    fn on(mut self, path: &'static str) -> Self {
        self.path = path;
        self
    }

    fn files(mut self, files: usize) -> Self {
        self.files = files;
        self
    }

    fn reason(mut self, reason: String) -> Self {
        self.reason = Some(reason);
        self
    }

    fn code(mut self, code: &'static str, message: Option<&str>) -> Self {
        self.code = code;
        self.message = message.map(str::to_owned);
        self
    }
}

fn over_limit_cases() -> Vec<Case> {
    let field = json!({ "name": "n", "value": "v" });
    // A valid action row (the schema wants at least one component in it).
    let row = json!({ "type": 1, "components": [{ "type": 2, "style": 1, "custom_id": "b" }] });
    let hi = json!({ "content": "hi" });
    let ids: Vec<String> = (1..=201).map(|n| n.to_string()).collect();
    vec![
        Case::message(json!({ "content": s(2001) }), "content", 2000),
        Case::message(
            json!({ "embeds": vec![json!({ "title": "t" }); 11] }),
            "embeds",
            10,
        ),
        Case::message(
            json!({ "embeds": [{ "title": s(257) }] }),
            "embeds.0.title",
            256,
        ),
        Case::message(
            json!({ "embeds": [{ "description": s(4097) }] }),
            "embeds.0.description",
            4096,
        ),
        Case::message(
            json!({ "embeds": [{ "fields": vec![field.clone(); 26] }] }),
            "embeds.0.fields",
            25,
        ),
        Case::message(
            json!({ "embeds": [{ "fields": [{ "name": s(257), "value": "v" }] }] }),
            "embeds.0.fields.0.name",
            256,
        ),
        Case::message(
            json!({ "embeds": [{ "fields": [field, { "name": "n", "value": s(1025) }] }] }),
            "embeds.0.fields.1.value",
            1024,
        ),
        Case::message(
            json!({ "embeds": [{ "footer": { "text": s(2049) } }] }),
            "embeds.0.footer.text",
            2048,
        ),
        Case::message(
            json!({ "embeds": [{ "author": { "name": s(257) } }] }),
            "embeds.0.author.name",
            256,
        ),
        Case::message(
            json!({ "embeds": [{ "description": s(4000) }, { "description": s(2001) }] }),
            "embeds",
            6000,
        )
        .code(codes::MAX_EMBED_SIZE_EXCEEDED, None),
        Case::message(json!({ "components": vec![row; 6] }), "components", 5),
        Case::message(hi.clone(), "files", 10).files(11),
        Case::message(hi, "reason", 512).reason(s(513)),
        Case::message(json!({ "messages": [fresh_snowflake(1)] }), "messages", 2)
            .on("/channels/1/messages/bulk-delete")
            .code(
                codes::BASE_TYPE_MIN_LENGTH,
                Some("Must be 2 or more in length."),
            ),
        Case::message(json!({ "user_ids": ids }), "user_ids", 200).on("/guilds/1/bulk-ban"),
    ]
}

#[tokio::test]
async fn the_validator_names_each_over_limit_field_and_sends_nothing() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    for case in over_limit_cases() {
        let mut request = client.post(case.path).json(&case.body);
        for n in 0..case.files {
            request = request.file(format!("{n}.txt"), "x");
        }
        if let Some(reason) = case.reason {
            request = request.reason(reason);
        }
        let err = request.await.unwrap_err();
        let field = case.field;
        let ErrorKind::Validation(errors) = err.kind() else {
            panic!("{field}: expected a validation error, got {err:?}");
        };
        assert_eq!(errors.len(), 1, "{field}: {errors:?}");
        assert_eq!(errors[0].path, field);
        assert_eq!(errors[0].code, case.code, "{field}");
        if let Some(message) = case.message {
            assert_eq!(errors[0].message, message, "{field}");
        }
    }
    assert_eq!(mock.stats().requests, 0, "nothing was sent");
}

#[tokio::test]
async fn the_validator_checks_what_interceptors_produced() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .interceptor(interceptor_fn(|request| {
            // Truncates long content to Discord's limit.
            if let Some(Value::String(content)) =
                request.json_mut().and_then(|body| body.get_mut("content"))
            {
                let short: String = content.chars().take(2000).collect();
                *content = short;
            }
            Ok(Intercept::Continue)
        }))
        .build()
        .unwrap();
    client
        .post("/channels/1/messages")
        .json(&json!({ "content": s(2500) }))
        .await
        .unwrap();
    let recorded = mock.recorded();
    let sent: Value = serde_json::from_slice(&recorded[0].body).unwrap();
    assert_eq!(sent["content"].as_str().map(str::len), Some(2000));
}

#[tokio::test]
async fn the_request_timeout_covers_retries() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .retry_policy(quick_retries(10))
        .attempt_timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    mock.fail_next(10, Fault::Slow(Duration::from_secs(2)));
    let err = client
        .get("/users/@me")
        .timeout(Duration::from_millis(250))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    let requests = mock.stats().requests;
    // 10 slow attempts would take a second; the deadline allows two or three
    // (one on a very slow machine).
    assert!(
        (1..=3).contains(&requests),
        "the deadline cut the retries short: {requests}"
    );
}
