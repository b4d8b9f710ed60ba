//! Every injectable fault over real HTTP: what the client receives, and that
//! other routes (and the next request) stay healthy.

mod common;

use std::time::{Duration, Instant};

use common::{assert_cloudflare_ban, assert_not_from_discord, body, header, unlimited_mock, Bot};
use ovend_testkit::{Fault, Faults, MockDiscord};
use reqwest::{Method, Response, StatusCode};
use serde_json::{json, Value};

async fn post_message(bot: &Bot, channel: u64) -> Response {
    let path = format!("/channels/{channel}/messages");
    bot.json(Method::POST, &path, json!({ "content": "hi" }))
        .await
}

async fn message_count(bot: &Bot, channel: u64) -> usize {
    let listed = body(bot.get(&format!("/channels/{channel}/messages")).await).await;
    listed.as_array().map_or(0, Vec::len)
}

#[tokio::test]
async fn bad_gateway_bursts_then_recovery() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(3, Fault::BadGateway);
    for _ in 0..3 {
        let response = bot.get("/users/@me").await;
        assert_not_from_discord(&response, StatusCode::BAD_GATEWAY);
    }
    assert_eq!(bot.get("/users/@me").await.status(), StatusCode::OK);
    let stats = mock.stats();
    assert_eq!((stats.server_errors, stats.injected_faults), (3, 3));
}

#[tokio::test]
async fn forbidden_has_discords_shape_replaces_the_endpoint_and_counts_invalid() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(1, Fault::Forbidden);
    let response = post_message(&bot, 1).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(header(&response, "via"), "1.1 google");
    assert_eq!(header(&response, "x-ratelimit-limit"), "5");
    assert_eq!(header(&response, "x-ratelimit-remaining"), "4");
    assert_eq!(
        body(response).await,
        json!({ "message": "Missing Permissions", "code": 50013 })
    );
    assert_eq!(message_count(&bot, 1).await, 0, "nothing was posted");
    assert_eq!(mock.stats().invalid_requests, 1);
}

#[tokio::test]
async fn forbidden_stream_on_one_route() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    mock.fail_next_on("/channels/1/messages", 20, Fault::Forbidden);
    for _ in 0..20 {
        assert_eq!(post_message(&bot, 1).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(post_message(&bot, 2).await.status(), StatusCode::OK);
    }
    assert_eq!(post_message(&bot, 1).await.status(), StatusCode::OK);
    assert_eq!(mock.stats().invalid_requests, 20);
}

#[tokio::test]
async fn injected_429_sends_retry_after_verbatim() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(
        1,
        Fault::RateLimited429 {
            retry_after: "1e19",
        },
    );
    mock.fail_next(1, Fault::RateLimited429 { retry_after: "-5" });
    mock.fail_next(
        1,
        Fault::RateLimited429 {
            retry_after: "\"NaN\"",
        },
    );

    let huge = bot.get("/channels/1").await;
    assert_eq!(huge.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&huge, "via"), "1.1 google");
    assert_eq!(header(&huge, "retry-after"), "1e19");
    assert_eq!(header(&huge, "x-ratelimit-reset-after"), "1e19");
    assert_eq!(header(&huge, "x-ratelimit-remaining"), "0");
    assert_eq!(header(&huge, "x-ratelimit-scope"), "user");
    assert_eq!(header(&huge, "x-ratelimit-bucket").len(), 32);
    let text = huge.text().await.unwrap();
    assert!(text.contains("\"retry_after\": 1e19"), "{text}");
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["message"], "You are being rate limited.");
    assert_eq!(json["global"], false);
    assert_eq!(json["retry_after"].as_f64(), Some(1e19));

    let negative = body(bot.get("/channels/1").await).await;
    assert_eq!(negative["retry_after"], -5);
    let nan = bot.get("/channels/1").await;
    assert_eq!(header(&nan, "retry-after"), "\"NaN\"");
    assert_eq!(body(nan).await["retry_after"], "NaN");

    let stats = mock.stats();
    assert_eq!(stats.invalid_requests, 3, "non-shared 429s are invalid");
    assert_eq!(
        stats.rate_limited(),
        0,
        "the limiter itself limited nothing"
    );
}

#[tokio::test]
async fn proxy_429_has_no_discord_or_cloudflare_headers() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(1, Fault::ProxyTooManyRequests);
    let response = bot.get("/users/@me").await;
    assert_not_from_discord(&response, StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().get("cf-ray").is_none());
    assert!(response.headers().get("retry-after").is_none());
    assert_eq!(header(&response, "server"), "nginx");
    assert!(header(&response, "content-type").starts_with("text/html"));
    let text = response.text().await.unwrap();
    assert!(
        text.contains("<title>429 Too Many Requests</title>"),
        "{text}"
    );
    assert_eq!(mock.stats().invalid_requests, 0, "Discord never saw it");
    assert_eq!(bot.get("/users/@me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn one_cloudflare_ban_answer_looks_like_cloudflares() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(1, Fault::CloudflareBan);
    let response = bot.get("/users/@me").await;
    assert_cloudflare_ban(response, "3600").await;
    assert_eq!(mock.stats().cloudflare_banned, 1);
    assert_eq!(
        bot.get("/users/@me").await.status(),
        StatusCode::OK,
        "one answer, no ban"
    );
}

#[tokio::test]
async fn oversized_body_is_exactly_that_long_with_discords_headers() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let size = 5 * 1024 * 1024 + 3;
    mock.fail_next(1, Fault::OversizedBody(size));
    let response = bot.get("/users/@me").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "via"), "1.1 google");
    assert_eq!(header(&response, "x-ratelimit-limit"), "5");
    assert_eq!(header(&response, "content-length"), size.to_string());
    let bytes = response.bytes().await.unwrap();
    assert_eq!(bytes.len(), size);
    assert!(serde_json::from_slice::<Value>(&bytes).unwrap().is_string());
}

#[tokio::test]
async fn trickle_sends_headers_at_once_and_the_body_slowly() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let normal = bot.get("/users/@me").await.bytes().await.unwrap();
    let tick = Duration::from_millis(25);
    mock.fail_next(
        1,
        Fault::Trickle {
            bytes_per_tick: 16,
            tick,
        },
    );
    let started = Instant::now();
    let response = bot.get("/users/@me").await;
    let headers_after = started.elapsed();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "content-length"),
        normal.len().to_string()
    );
    let slow = response.bytes().await.unwrap();
    let chunks = u32::try_from(normal.len().div_ceil(16)).unwrap();
    assert!(chunks >= 4, "{chunks}");
    assert!(
        started.elapsed() >= tick * chunks,
        "{:?}",
        started.elapsed()
    );
    assert!(headers_after < tick * chunks / 2, "{headers_after:?}");
    assert_eq!(slow, normal, "the same JSON, only slow");
}

#[tokio::test]
async fn trickle_ticks_follow_the_time_scale() {
    let mock = MockDiscord::builder()
        .time_scale(0.01)
        .start()
        .await
        .unwrap();
    let bot = Bot::new(&mock);
    mock.fail_next(
        1,
        Fault::Trickle {
            bytes_per_tick: 1,
            tick: Duration::from_secs(1),
        },
    );
    let started = Instant::now();
    let json: Value = bot.get("/users/@me").await.json().await.unwrap();
    assert!(json["id"].is_string());
    let bytes = u32::try_from(serde_json::to_vec(&json).unwrap().len()).unwrap();
    assert!(started.elapsed() >= Duration::from_millis(10) * bytes);
    assert!(started.elapsed() < Duration::from_secs(bytes.into()));
}

#[tokio::test]
async fn truncated_json_is_a_complete_answer_with_half_a_document() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(1, Fault::TruncatedJson);
    let response = post_message(&bot, 7).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "via"), "1.1 google");
    let length: usize = header(&response, "content-length").parse().unwrap();
    let bytes = response.bytes().await.unwrap();
    assert_eq!(bytes.len(), length, "the body is complete for HTTP");
    assert!(bytes.starts_with(b"{\""), "{bytes:?}");
    assert!(serde_json::from_slice::<Value>(&bytes).is_err());
    assert_eq!(
        message_count(&bot, 7).await,
        1,
        "Discord acted before the cut"
    );

    mock.fail_next(1, Fault::TruncatedJson);
    let no_content = bot.empty(Method::DELETE, "/channels/7/messages/1").await;
    assert_eq!(
        no_content.status(),
        StatusCode::OK,
        "a 204 gets a sample to cut"
    );
    let sample = no_content.bytes().await.unwrap();
    assert!(!sample.is_empty() && serde_json::from_slice::<Value>(&sample).is_err());
}

#[tokio::test]
async fn reset_mid_body_aborts_after_part_of_the_body() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next(1, Fault::ResetMidBody);
    let response = bot.get("/users/@me").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "via"), "1.1 google");
    let announced: u64 = header(&response, "content-length").parse().unwrap();
    assert!(announced > 2);
    let read = response.bytes().await;
    assert!(read.is_err(), "the body must fail: {read:?}");
    assert_eq!(
        bot.get("/users/@me").await.status(),
        StatusCode::OK,
        "a new connection works"
    );
}

#[tokio::test]
async fn reset_mid_body_sends_part_of_the_announced_body_then_closes() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mock = MockDiscord::start().await;
    mock.fail_next(1, Fault::ResetMidBody);
    let mut stream = tokio::net::TcpStream::connect(mock.addr()).await.unwrap();
    let request = format!(
        "GET /api/v10/users/@me HTTP/1.1\r\nHost: discord.com\r\nAuthorization: Bot {}\r\n\
         User-Agent: {}\r\n\r\n",
        mock.token(),
        common::USER_AGENT
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut received = Vec::new();
    // Ends at the close, cleanly or with a reset; what arrived before stays.
    let _ = stream.read_to_end(&mut received).await;
    let text = String::from_utf8_lossy(&received);
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let announced: usize = head
        .lines()
        .find_map(|line| {
            line.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(str::to_owned)
        })
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        !body.is_empty() && body.len() < announced,
        "{} of {announced}",
        body.len()
    );
}

#[tokio::test]
async fn fail_next_on_breaks_one_route_while_others_stay_healthy() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.fail_next_on("/api/v10/channels/1/", 2, Fault::BadGateway);
    mock.fail_next_on("/webhooks/*/*/messages", 1, Fault::ServiceUnavailable);
    mock.fail_next(1, Fault::Forbidden);
    assert_eq!(
        bot.get("/channels/1/messages").await.status(),
        StatusCode::BAD_GATEWAY
    );
    assert_eq!(
        bot.get("/channels/10").await.status(),
        StatusCode::FORBIDDEN,
        "another route takes the untargeted queue"
    );
    assert_eq!(bot.get("/channels/10").await.status(), StatusCode::OK);
    assert_eq!(bot.get("/users/@me").await.status(), StatusCode::OK);
    assert_eq!(
        bot.get("/channels/1").await.status(),
        StatusCode::BAD_GATEWAY
    );
    assert_eq!(bot.get("/channels/1").await.status(), StatusCode::OK);
    assert_eq!(
        bot.get("/webhooks/3/tok/messages/@original").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );

    mock.fail_next_on("/users/@me", 5, Fault::Drop);
    mock.clear_queued_faults();
    assert_eq!(bot.get("/users/@me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn header_overrides_replace_rate_limit_headers_on_one_route() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let weird = [
        ("X-RateLimit-Reset-After", "1e19"),
        ("X-RateLimit-Limit", "0"),
        ("X-RateLimit-Remaining", "99999"),
    ];
    mock.override_headers("/channels/1", weird, Some(2))
        .unwrap();
    for _ in 0..2 {
        let response = bot.get("/channels/1/messages").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(header(&response, "x-ratelimit-reset-after"), "1e19");
        assert_eq!(header(&response, "x-ratelimit-limit"), "0");
        assert_eq!(header(&response, "x-ratelimit-remaining"), "99999");
        assert_eq!(
            header(&response, "x-ratelimit-bucket").len(),
            32,
            "unnamed headers stay"
        );
        assert_eq!(header(&response, "via"), "1.1 google");
        assert!(body(response).await.is_array(), "the body is normal");
    }
    let other = bot.get("/channels/2/messages").await;
    assert_eq!(header(&other, "x-ratelimit-limit"), "5");
    let third = bot.get("/channels/1/messages").await;
    assert_eq!(
        header(&third, "x-ratelimit-remaining"),
        "2",
        "the override ran out"
    );
    assert_eq!(mock.stats().headers_overridden, 2);
}

#[tokio::test]
async fn header_overrides_send_any_valid_header_value() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let values = ["-1", "NaN", "inf", "", "garbage\u{fffd}\t!"];
    for value in values {
        mock.override_headers("/users/@me", [("X-RateLimit-Reset-After", value)], Some(1))
            .unwrap();
        let response = bot.get("/users/@me").await;
        assert_eq!(response.status(), StatusCode::OK);
        let sent = response.headers()["x-ratelimit-reset-after"].as_bytes();
        assert_eq!(sent, value.as_bytes());
    }
    let invalid = mock.override_headers("/users/@me", [("X-RateLimit-Limit", "1\u{1}")], None);
    assert_eq!(invalid.unwrap_err().name(), "X-RateLimit-Limit");
    let twice = [("X-RateLimit-Limit", "5"), ("X-RateLimit-Limit", "1")];
    mock.override_headers("/users/@me", twice, None).unwrap();
    for _ in 0..2 {
        let response = bot.get("/users/@me").await;
        let limits: Vec<_> = response
            .headers()
            .get_all("x-ratelimit-limit")
            .iter()
            .collect();
        assert_eq!(limits, ["5", "1"]);
    }
    mock.clear_overrides();
    let cleared = bot.get("/users/@me").await;
    assert_eq!(
        cleared
            .headers()
            .get_all("x-ratelimit-limit")
            .iter()
            .count(),
        1
    );
}

#[tokio::test]
async fn header_overrides_apply_to_429s_too() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    mock.override_headers("/channels/5", [("X-RateLimit-Reset-After", "NaN")], None)
        .unwrap();
    mock.fail_next(
        1,
        Fault::RateLimited429 {
            retry_after: "1e19",
        },
    );
    let injected = bot.get("/channels/5").await;
    assert_eq!(injected.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&injected, "x-ratelimit-reset-after"), "NaN");
    assert_eq!(header(&injected, "retry-after"), "1e19");
    for _ in 0..5 {
        bot.get("/channels/5").await;
    }
    let limited = bot.get("/channels/5").await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&limited, "x-ratelimit-reset-after"), "NaN");
}

#[tokio::test]
async fn random_new_faults_from_the_builder_and_over_http() {
    let mock = MockDiscord::builder()
        .faults(Faults::none().proxy_429(1.0))
        .seed(11)
        .start()
        .await
        .unwrap();
    let bot = Bot::new(&mock);
    let proxied = bot.get("/users/@me").await;
    assert_not_from_discord(&proxied, StatusCode::TOO_MANY_REQUESTS);

    let http = reqwest::Client::new();
    let control = format!("http://{}/__ovend/faults", mock.addr());
    let set = |faults: Value| http.put(&control).json(&faults).send();
    let ok = set(json!({ "truncated_json": 1.0 })).await.unwrap();
    assert_eq!(ok.status(), StatusCode::NO_CONTENT);
    let cut = bot.get("/users/@me").await.bytes().await.unwrap();
    assert!(serde_json::from_slice::<Value>(&cut).is_err());

    set(json!({ "resets_mid_body": 1.0 })).await.unwrap();
    assert!(bot.get("/users/@me").await.bytes().await.is_err());

    set(json!({})).await.unwrap();
    assert_eq!(bot.get("/users/@me").await.status(), StatusCode::OK);
    assert_eq!(mock.stats().injected_faults, 3);
}
