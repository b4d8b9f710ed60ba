//! Every Discord rule the emulator enforces, over real HTTP.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{assert_cloudflare_ban, body, header, three_decimals, unlimited_mock, Bot};
use futures_free::join_all;
use ovend_testkit::MockDiscord;
use reqwest::{Method, StatusCode};
use serde_json::json;

/// Minimal `join_all` without the futures crate.
mod futures_free {
    pub async fn join_all<F: std::future::Future + Send + 'static>(
        futures: Vec<F>,
    ) -> Vec<F::Output>
    where
        F::Output: Send + 'static,
    {
        let handles: Vec<_> = futures.into_iter().map(tokio::spawn).collect();
        let mut out = Vec::with_capacity(handles.len());
        for handle in handles {
            out.push(handle.await.unwrap());
        }
        out
    }
}

#[tokio::test]
async fn bucket_429_at_limit_plus_one_has_discords_headers_and_body() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let mut bucket = String::new();
    for expected_remaining in (0..5).rev() {
        let response = bot
            .json(
                Method::POST,
                "/channels/10/messages",
                json!({ "content": "hi" }),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(header(&response, "x-ratelimit-limit"), "5");
        assert_eq!(
            header(&response, "x-ratelimit-remaining"),
            expected_remaining.to_string()
        );
        assert!(
            response.headers().get("x-ratelimit-scope").is_none(),
            "scope only on 429s"
        );
        assert_eq!(header(&response, "via"), "1.1 google");
        bucket = header(&response, "x-ratelimit-bucket").to_owned();
    }
    let response = bot
        .json(
            Method::POST,
            "/channels/10/messages",
            json!({ "content": "hi" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&response, "x-ratelimit-limit"), "5");
    assert_eq!(header(&response, "x-ratelimit-remaining"), "0");
    assert_eq!(header(&response, "x-ratelimit-bucket"), bucket);
    assert_eq!(bucket.len(), 32);
    assert!(bucket.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(header(&response, "x-ratelimit-scope"), "user");
    assert!(response.headers().get("x-ratelimit-global").is_none());
    assert_eq!(header(&response, "via"), "1.1 google");
    let reset_after = three_decimals(header(&response, "x-ratelimit-reset-after"));
    assert!(reset_after > 0.0 && reset_after <= 5.0, "{reset_after}");
    let reset = three_decimals(header(&response, "x-ratelimit-reset"));
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!(
        reset > now && reset <= now + 5.1,
        "reset {reset} vs now {now}"
    );
    let retry_after: u64 = header(&response, "retry-after").parse().unwrap();
    assert_eq!(retry_after, reset_after.ceil() as u64);
    let json = body(response).await;
    assert_eq!(json["message"], "You are being rate limited.");
    assert_eq!(json["global"], false);
    let body_retry = json["retry_after"].as_f64().unwrap();
    assert!(
        (body_retry - reset_after).abs() < 0.1,
        "{body_retry} vs {reset_after}"
    );
    let stats = mock.stats();
    assert_eq!(
        (
            stats.rate_limited_bucket,
            stats.invalid_requests,
            stats.responses_2xx
        ),
        (1, 1, 5)
    );
}

#[tokio::test]
async fn the_window_reopens_after_reset_after() {
    let mock = MockDiscord::builder()
        .time_scale(0.2)
        .start()
        .await
        .unwrap();
    let bot = Bot::new(&mock);
    for _ in 0..5 {
        bot.get("/channels/3/messages").await;
    }
    let limited = bot.get("/channels/3/messages").await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait = three_decimals(header(&limited, "x-ratelimit-reset-after"));
    assert!(wait <= 1.0, "5 s scaled by 0.2: {wait}");
    tokio::time::sleep(Duration::from_secs_f64(wait + 0.02)).await;
    let again = bot.get("/channels/3/messages").await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(header(&again, "x-ratelimit-remaining"), "4");
}

#[tokio::test]
async fn routes_sharing_a_hash_deplete_one_bucket() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let created = bot.create_message(20).await;
    let path = format!("/channels/20/messages/{}", created);
    let mut hashes = Vec::new();
    for _ in 0..5 {
        let edit = bot
            .json(Method::PATCH, &path, json!({ "content": "edited" }))
            .await;
        assert_eq!(edit.status(), StatusCode::OK);
        hashes.push(header(&edit, "x-ratelimit-bucket").to_owned());
    }
    let delete = bot.empty(Method::DELETE, &path).await;
    assert_eq!(
        delete.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "DELETE shares PATCH's bucket"
    );
    assert_eq!(header(&delete, "x-ratelimit-bucket"), hashes[0]);
    // GET of a message has its own hash: untouched.
    assert_eq!(bot.get(&path).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn two_channels_on_one_hash_are_different_buckets() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    for _ in 0..5 {
        bot.json(
            Method::POST,
            "/channels/30/messages",
            json!({ "content": "a" }),
        )
        .await;
    }
    let full = bot
        .json(
            Method::POST,
            "/channels/30/messages",
            json!({ "content": "a" }),
        )
        .await;
    assert_eq!(full.status(), StatusCode::TOO_MANY_REQUESTS);
    let other = bot
        .json(
            Method::POST,
            "/channels/31/messages",
            json!({ "content": "a" }),
        )
        .await;
    assert_eq!(other.status(), StatusCode::OK);
    assert_eq!(header(&other, "x-ratelimit-remaining"), "4");
    assert_eq!(
        header(&other, "x-ratelimit-bucket"),
        header(&full, "x-ratelimit-bucket")
    );
}

#[tokio::test]
async fn tokens_have_separate_buckets() {
    let mock = MockDiscord::builder()
        .token("a")
        .token("b")
        .start()
        .await
        .unwrap();
    let (a, b) = (Bot::with_token(&mock, "a"), Bot::with_token(&mock, "b"));
    for _ in 0..5 {
        a.get("/channels/1").await;
    }
    assert_eq!(
        a.get("/channels/1").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(b.get("/channels/1").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn reactions_share_one_bucket_of_one_per_250ms() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    let created = bot.create_message(40).await;
    let base = format!("/channels/40/messages/{}/reactions", created);
    let first = bot
        .empty(Method::PUT, &format!("{base}/%F0%9F%91%8D/@me"))
        .await;
    assert_eq!(first.status(), StatusCode::NO_CONTENT);
    assert_eq!(header(&first, "x-ratelimit-limit"), "1");
    let second = bot
        .empty(Method::PUT, &format!("{base}/%E2%9C%85/@me"))
        .await;
    assert_eq!(
        second.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "2nd reaction within 250 ms"
    );
    let wait = three_decimals(header(&second, "x-ratelimit-reset-after"));
    assert!(wait <= 0.25);
    let other_route = bot.get(&format!("{base}/%F0%9F%91%8D")).await;
    assert_eq!(
        other_route.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "listing shares the bucket"
    );
    tokio::time::sleep(Duration::from_secs_f64(wait + 0.02)).await;
    let listed = bot.get(&format!("{base}/%F0%9F%91%8D")).await;
    assert_eq!(listed.status(), StatusCode::OK);
    let users = body(listed).await;
    assert_eq!(users[0]["username"], "ovend-mock");
}

#[tokio::test]
async fn third_channel_rename_in_ten_minutes_hits_the_hidden_sublimit() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    for name in ["one", "two"] {
        let ok = bot
            .json(Method::PATCH, "/channels/50", json!({ "name": name }))
            .await;
        assert_eq!(ok.status(), StatusCode::OK);
        assert_eq!(body(ok).await["name"], name);
    }
    let third = bot
        .json(Method::PATCH, "/channels/50", json!({ "topic": "three" }))
        .await;
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);
    let remaining: u32 = header(&third, "x-ratelimit-remaining").parse().unwrap();
    assert!(
        remaining > 0,
        "a sublimit 429 shows remaining {remaining} > 0"
    );
    assert_eq!(header(&third, "x-ratelimit-scope"), "user");
    let retry = body(third).await["retry_after"].as_f64().unwrap();
    assert!(retry > 590.0 && retry <= 600.0, "{retry}");
    let nsfw = bot
        .json(Method::PATCH, "/channels/50", json!({ "nsfw": true }))
        .await;
    assert_eq!(
        nsfw.status(),
        StatusCode::OK,
        "other changes are not renames"
    );
    let other = bot
        .json(Method::PATCH, "/channels/51", json!({ "name": "x" }))
        .await;
    assert_eq!(other.status(), StatusCode::OK, "per channel");
    let stats = mock.stats();
    assert_eq!(
        (
            stats.rate_limited_sublimit,
            stats.rate_limited_bucket,
            stats.invalid_requests
        ),
        (1, 0, 1)
    );
}

#[tokio::test]
async fn global_limit_is_per_token_and_spares_interaction_callbacks() {
    // Time scale 10 makes the global window 10 s, so a slow machine still
    // fits the burst inside one window.
    let mock = MockDiscord::builder()
        .time_scale(10.0)
        .start()
        .await
        .unwrap();
    let bot = std::sync::Arc::new(Bot::new(&mock));
    let requests: Vec<_> = (0..51u64)
        .map(|i| {
            let bot = std::sync::Arc::clone(&bot);
            async move { bot.get(&format!("/channels/{}", 1000 + i)).await }
        })
        .collect();
    let responses = join_all(requests).await;
    let limited: Vec<_> = responses
        .iter()
        .filter(|r| r.status() == StatusCode::TOO_MANY_REQUESTS)
        .collect();
    assert_eq!(limited.len(), 1, "exactly the 51st request is refused");
    let global = limited[0];
    assert_eq!(header(global, "x-ratelimit-global"), "true");
    assert_eq!(header(global, "x-ratelimit-scope"), "global");
    assert!(global.headers().get("x-ratelimit-bucket").is_none());
    assert!(header(global, "retry-after").parse::<u64>().unwrap() >= 1);
    let position = responses
        .iter()
        .position(|r| r.status() == StatusCode::TOO_MANY_REQUESTS)
        .unwrap();
    let json = body(responses.into_iter().nth(position).unwrap()).await;
    assert_eq!(json["global"], true);
    assert_eq!(json["message"], "You are being rate limited.");
    assert!(json["retry_after"].as_f64().unwrap() > 0.0);

    let callback = bot
        .json(
            Method::POST,
            "/interactions/77/tok/callback",
            json!({ "type": 5 }),
        )
        .await;
    assert_eq!(
        callback.status(),
        StatusCode::NO_CONTENT,
        "callbacks are exempt from the global limit"
    );
    assert_eq!(
        bot.get("/channels/5000").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    let stats = mock.stats();
    assert_eq!(stats.rate_limited_global, 2);
    assert_eq!(stats.rate_limited(), 2);
}

#[tokio::test]
async fn shared_scope_limits_everyone_and_is_not_invalid() {
    let mock = MockDiscord::builder()
        .token("a")
        .token("b")
        .start()
        .await
        .unwrap();
    mock.limit_shared(60, 1, Duration::from_secs(30));
    let (a, b) = (Bot::with_token(&mock, "a"), Bot::with_token(&mock, "b"));
    assert_eq!(a.get("/channels/60").await.status(), StatusCode::OK);
    let shared = b.get("/channels/60").await;
    assert_eq!(shared.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&shared, "x-ratelimit-scope"), "shared");
    assert_eq!(
        header(&shared, "x-ratelimit-remaining"),
        "5",
        "b's own bucket is untouched"
    );
    let stats = mock.stats();
    assert_eq!((stats.rate_limited_shared, stats.invalid_requests), (1, 0));
    mock.clear_shared();
    assert_eq!(b.get("/channels/60").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn bad_tokens_get_401_and_count_as_invalid() {
    let mock = MockDiscord::start().await;
    let wrong = Bot::with_token(&mock, "not-the-token");
    let response = wrong.get("/users/@me").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        body(response).await,
        json!({ "message": "401: Unauthorized", "code": 0 })
    );
    let anonymous = reqwest::get(format!("{}/users/@me", mock.base_url()))
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let bearer = reqwest::Client::new()
        .get(format!("{}/users/@me", mock.base_url()))
        .bearer_auth(mock.token())
        .send()
        .await
        .unwrap();
    assert_eq!(bearer.status(), StatusCode::OK);
    let stats = mock.stats();
    assert_eq!((stats.unauthorized, stats.invalid_requests), (2, 2));
}

#[tokio::test]
async fn cloudflare_ban_after_the_threshold_and_its_end() {
    let mock = MockDiscord::builder()
        .invalid_request_limit(5)
        .cloudflare_ban(Duration::from_millis(600))
        .start()
        .await
        .unwrap();
    let wrong = Bot::with_token(&mock, "wrong");
    for _ in 0..5 {
        assert_eq!(
            wrong.get("/users/@me").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let good = Bot::new(&mock);
    let banned = good.get("/users/@me").await;
    // Retry-After: the 600 ms left, in whole seconds rounded up.
    assert_cloudflare_ban(banned, "1").await;
    assert_eq!(mock.stats().cloudflare_banned, 1);
    assert_eq!(
        mock.stats().invalid_requests,
        5,
        "ban answers are not counted as invalid"
    );

    tokio::time::sleep(Duration::from_millis(650)).await;
    let after = good.get("/users/@me").await;
    assert_eq!(after.status(), StatusCode::OK, "the ban ended");
    assert_eq!(header(&after, "via"), "1.1 google");
}

#[tokio::test]
async fn the_ban_length_is_scaled() {
    let mock = MockDiscord::builder()
        .invalid_request_limit(1)
        .time_scale(0.0002) // one hour -> 0.72 s
        .start()
        .await
        .unwrap();
    let wrong = Bot::with_token(&mock, "wrong");
    wrong.get("/users/@me").await;
    let good = Bot::new(&mock);
    assert_eq!(
        good.get("/users/@me").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    tokio::time::sleep(Duration::from_millis(750)).await;
    assert_eq!(good.get("/users/@me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn user_agent_is_counted_and_optionally_enforced() {
    let lenient = MockDiscord::start().await;
    let client = reqwest::Client::new();
    let no_ua = client
        .get(format!("{}/users/@me", lenient.base_url()))
        .header("Authorization", format!("Bot {}", lenient.token()))
        .send()
        .await
        .unwrap();
    assert_eq!(no_ua.status(), StatusCode::OK);
    assert_eq!(lenient.stats().bad_user_agent, 1);

    let strict = MockDiscord::builder()
        .strict_user_agent(true)
        .start()
        .await
        .unwrap();
    let refused = client
        .get(format!("{}/users/@me", strict.base_url()))
        .header("Authorization", format!("Bot {}", strict.token()))
        .header("User-Agent", "curl/8.0")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        (strict.stats().bad_user_agent, strict.stats().bad_requests),
        (1, 1)
    );
    assert_eq!(
        Bot::new(&strict).get("/users/@me").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn unlimited_mode_sends_no_limits_but_still_authenticates() {
    let mock = unlimited_mock().await;
    let bot = Bot::new(&mock);
    for _ in 0..20 {
        let response = bot.get("/channels/1").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().get("x-ratelimit-limit").is_none());
    }
    assert_eq!(
        Bot::with_token(&mock, "x")
            .get("/channels/1")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(mock.stats().requests, 21);
}

#[tokio::test]
async fn deleting_old_messages_has_a_stricter_hidden_limit() {
    let mock = MockDiscord::start().await;
    let bot = Bot::new(&mock);
    // Snowflakes from 2016: older than 14 days, unknown to the model (404),
    // but still rate limited by their age class.
    let first = bot
        .empty(Method::DELETE, "/channels/70/messages/175928847299117063")
        .await;
    assert_eq!(first.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&first, "x-ratelimit-remaining"), "4");
    let second = bot
        .empty(Method::DELETE, "/channels/70/messages/175928847299117064")
        .await;
    assert_eq!(second.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&second, "x-ratelimit-remaining"), "4");
    assert_eq!(mock.stats().rate_limited_sublimit, 1);
    // A fresh message is only held by the bucket.
    let created = bot.create_message(70).await;
    let fresh = bot
        .empty(
            Method::DELETE,
            &format!("/channels/70/messages/{}", created),
        )
        .await;
    assert_eq!(fresh.status(), StatusCode::NO_CONTENT);
}
