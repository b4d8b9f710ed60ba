//! Every operation of Discord's OpenAPI description answers over real HTTP
//! with its success status and a body holding the schema's required fields.

mod common;

use common::{body, unlimited_mock, Bot, USER_AGENT};
use ovend_testkit::{api_operations, ApiOperation, MockDiscord};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn segment_after<'a>(path: &'a str, name: &str) -> &'a str {
    let mut parts = path.split('/');
    parts.find(|p| *p == name);
    parts.next().unwrap_or_default()
}

/// Creates what the hand-written (stateful) routes need before they answer
/// 2xx: the message a path names, or an interaction's original response.
async fn prepare(bot: &Bot, template: &str, path: &str) -> String {
    if template.starts_with("/channels/{channel_id}/messages/{message_id}") {
        let channel: u64 = segment_after(path, "channels").parse().unwrap();
        let id = bot.create_message(channel).await;
        let prefix = format!("/channels/{channel}/messages/");
        let rest = path.strip_prefix(&prefix).unwrap();
        let tail = rest
            .split_once('/')
            .map_or(String::new(), |(_, t)| format!("/{t}"));
        return format!("{prefix}{id}{tail}");
    }
    if template.starts_with("/webhooks/{webhook_id}/{webhook_token}/messages/") {
        let mut parts: Vec<String> = path.split('/').map(str::to_owned).collect();
        let (hook, token) = (parts[2].clone(), parts[3].clone());
        if template.ends_with("@original") {
            let callback = format!("/interactions/{hook}/{token}/callback");
            let answer = bot
                .json(
                    Method::POST,
                    &callback,
                    json!({ "type": 4, "data": { "content": "hi" } }),
                )
                .await;
            assert!(
                answer.status().is_success(),
                "original response: {}",
                answer.status()
            );
        } else {
            let execute = format!("/webhooks/{hook}/{token}?wait=true");
            let created = body(
                bot.json(Method::POST, &execute, json!({ "content": "hi" }))
                    .await,
            )
            .await;
            parts[5] = created["id"].as_str().unwrap().to_owned();
        }
        return parts.join("/");
    }
    if template == "/guilds/{guild_id}/bans/{user_id}" {
        let ban = bot.json(Method::PUT, path, json!({})).await;
        assert!(ban.status().is_success(), "ban first: {}", ban.status());
    }
    path.to_owned()
}

/// `None` when the answer is well-formed, else what is wrong.
fn shape_problem(op: &ApiOperation, answer: &Value) -> Option<String> {
    let alternatives = op.required_response_fields();
    if alternatives.is_empty() {
        return None;
    }
    let items: Vec<&Value> = match answer {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for item in items {
        let has_all = |fields: &Vec<&str>| fields.iter().all(|f| item.get(f).is_some());
        if !alternatives.iter().any(has_all) {
            return Some(format!("{item} lacks one of {alternatives:?}"));
        }
    }
    None
}

async fn call(mock: &MockDiscord, bot: &Bot, op: &ApiOperation, n: usize) -> Result<(), String> {
    let path = prepare(bot, op.template(), &op.unique_path(n)).await;
    let method = Method::from_bytes(op.method().as_str().as_bytes()).unwrap();
    let mut request = if op.token_in_path() {
        bot.http
            .request(method, format!("{}{path}", mock.base_url()))
            .header("User-Agent", USER_AGENT)
    } else {
        bot.request(method, &path)
    };
    if let Some(body) = op.minimal_valid_body() {
        request = request.json(&body);
    }
    let answer = request.send().await.map_err(|e| e.to_string())?;
    let status = answer.status();
    let is_json = answer
        .headers()
        .get("content-type")
        .is_some_and(|ct| ct == "application/json");
    let bytes = answer.bytes().await.map_err(|e| e.to_string())?;
    if !status.is_success() {
        return Err(format!("{status}: {}", String::from_utf8_lossy(&bytes)));
    }
    if status != StatusCode::from_u16(op.success_status()).unwrap()
        && status != StatusCode::NO_CONTENT
    {
        return Err(format!("{status}, documented {}", op.success_status()));
    }
    if is_json && !bytes.is_empty() {
        let json: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        if let Some(problem) = shape_problem(op, &json) {
            return Err(problem);
        }
    }
    Ok(())
}

#[tokio::test]
async fn every_operation_answers_with_its_documented_shape() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    let operations: Vec<ApiOperation> = api_operations().collect();
    assert_eq!(operations.len(), 242, "operations in Discord's description");
    let mut failures = Vec::new();
    for (n, op) in operations.iter().enumerate() {
        if let Err(why) = call(&mock, &bot, op, n).await {
            failures.push(format!(
                "{} {} ({}): {why}",
                op.method(),
                op.template(),
                op.operation_id()
            ));
        }
    }
    let answered = operations.len() - failures.len();
    println!(
        "{answered} of {} operations answered with their documented shape",
        operations.len()
    );
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(answered, 242);
}

async fn invalid_form_body(bot: &Bot, method: Method, path: &str, payload: Value) -> Value {
    let answer = bot.json(method, path, payload).await;
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    let error = body(answer).await;
    assert_eq!(error["code"], 50035, "{error}");
    assert_eq!(error["message"], "Invalid Form Body");
    error["errors"].clone()
}

#[tokio::test]
async fn bodies_over_the_schemas_limits_get_50035_at_the_field_path() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    let errors = invalid_form_body(
        &bot,
        Method::PATCH,
        "/guilds/1",
        json!({ "name": "g".repeat(101) }),
    )
    .await;
    assert_eq!(errors["name"]["_errors"][0]["code"], "BASE_TYPE_MAX_LENGTH");
    assert_eq!(
        errors["name"]["_errors"][0]["message"],
        "Must be 100 or fewer in length."
    );

    let errors = invalid_form_body(
        &bot,
        Method::POST,
        "/guilds/1/channels",
        json!({ "name": "c", "type": 99 }),
    )
    .await;
    assert_eq!(errors["type"]["_errors"][0]["code"], "BASE_TYPE_CHOICES");

    let overwrites = vec![json!({ "id": "1" }); 101];
    let body = json!({ "name": "c", "permission_overwrites": overwrites });
    let errors = invalid_form_body(&bot, Method::POST, "/guilds/1/channels", body).await;
    assert_eq!(
        errors["permission_overwrites"]["_errors"][0]["code"],
        "BASE_TYPE_MAX_LENGTH"
    );

    let body = json!({ "name": "c", "permission_overwrites": [{ "id": "1" }, { "id": "x" }, {}] });
    let errors = invalid_form_body(&bot, Method::POST, "/guilds/1/channels", body).await;
    assert_eq!(
        errors["permission_overwrites"]["1"]["id"]["_errors"][0]["code"],
        "NUMBER_TYPE_COERCE"
    );
    assert_eq!(
        errors["permission_overwrites"]["2"]["id"]["_errors"][0]["code"],
        "BASE_TYPE_REQUIRED"
    );

    let errors = invalid_form_body(&bot, Method::POST, "/guilds/1/channels", json!({})).await;
    assert_eq!(errors["name"]["_errors"][0]["code"], "BASE_TYPE_REQUIRED");
    let errors = invalid_form_body(&bot, Method::POST, "/guilds/1/channels", json!([])).await;
    assert_eq!(errors["_errors"][0]["code"], "DICT_TYPE_CONVERT");
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    let unknown = bot.get("/guilds/1/no-such-thing").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        body(unknown).await,
        json!({ "message": "404: Not Found", "code": 0 })
    );
    let wrong = bot.empty(Method::PUT, "/guilds/1/emojis").await;
    assert_eq!(wrong.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        body(wrong).await,
        json!({ "message": "405: Method Not Allowed", "code": 0 })
    );
    let bad_id = body(bot.get("/guilds/abc/emojis").await).await;
    assert_eq!(
        bad_id["errors"]["guild_id"]["_errors"][0]["code"],
        "NUMBER_TYPE_COERCE"
    );
}

#[tokio::test]
async fn generic_answers_echo_the_path_and_are_rate_limited_recorded_and_authenticated() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let emoji = bot.get("/guilds/77/emojis/88").await;
    assert_eq!(emoji.status(), StatusCode::OK);
    assert_eq!(common::header(&emoji, "x-ratelimit-limit"), "5");
    assert_eq!(common::header(&emoji, "x-ratelimit-remaining"), "4");
    assert_eq!(common::header(&emoji, "x-ratelimit-bucket").len(), 32);
    assert_eq!(
        body(emoji).await["id"],
        "88",
        "the answer is the resource the path names"
    );
    let member = body(bot.get("/guilds/77/voice-states/66").await).await;
    assert_eq!(
        (&member["guild_id"], &member["user_id"]),
        (&json!("77"), &json!("66")),
        "{member}"
    );

    // The fifth request in 5 s on one guild's bucket is the last; another guild has its own.
    for _ in 0..4 {
        assert_eq!(
            bot.get("/guilds/77/emojis/88").await.status(),
            StatusCode::OK
        );
    }
    let limited = bot.get("/guilds/77/emojis/88").await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(common::header(&limited, "x-ratelimit-scope"), "user");
    assert_eq!(
        bot.get("/guilds/78/emojis/88").await.status(),
        StatusCode::OK
    );

    let anonymous = reqwest::Client::new()
        .get(format!("{}/gateway", mock.base_url()))
        .header("User-Agent", USER_AGENT);
    assert_eq!(
        anonymous.send().await.unwrap().status(),
        StatusCode::OK,
        "/gateway needs no token"
    );
    let strangers = Bot::with_token(&mock, "not-a-token");
    assert_eq!(
        strangers.get("/gateway").await.status(),
        StatusCode::UNAUTHORIZED,
        "one sent must be valid"
    );
    assert_eq!(
        strangers.get("/guilds/1/emojis").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let hook = reqwest::Client::new()
        .get(format!("{}/webhooks/5/tok", mock.base_url()))
        .header("User-Agent", USER_AGENT);
    assert_eq!(
        hook.send().await.unwrap().status(),
        StatusCode::OK,
        "the path token authenticates"
    );

    let recorded = mock.recorded();
    assert!(recorded
        .iter()
        .any(|r| r.path == "/guilds/77/emojis/88" && r.status == 429));
    assert!(recorded
        .iter()
        .any(|r| r.path == "/gateway" && r.status == 200));
    mock.shutdown().await;
}
