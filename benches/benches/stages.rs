//! Every hot stage of one request's path, side by side.
//!
//! Each stage below is paid by every request (or by every GET, for the cache),
//! so a regression in any of them is a regression of the whole client. The
//! other bench files look at one component in depth (contention, allocation
//! counts, throughput); this one puts one realistic call of each stage next to
//! the others, so a change to any stage shows up against the same yardstick.
//! Inputs are what a Discord bot sends and receives: a message create on
//! `/channels/{id}/messages` with a ~100-byte JSON body, a GET of
//! `/channels/{id}`, and the headers Discord really answers with.
//!
//! - `stage_route_key/*`: `RouteKey::new` (major parameter + path template) of
//!   the message create and of the channel GET.
//! - `stage_header_parse/*`: `RateLimitHeaders::parse_reporting` (the call the
//!   response handler makes) on a 200, a per-route 429 and a global 429, each
//!   with Discord's non-rate-limit headers around them (`cf-ray`, `via`, …),
//!   since the parser scans every header name.
//! - `stage_acquire_complete/learned_bucket`: one uncontended `acquire` +
//!   `Permit::complete` of a `RateLimitManager` on a bucket it already learned,
//!   completed with the parsed 200 headers. Defaults except the 50/s global
//!   window, which would make the loop sleep after 50 iterations (the
//!   `ratelimit` bench measures the paced case and contention).
//! - `stage_validate/*`: `DiscordValidator::validate` of the message-create body,
//!   and of the body-less channel GET (the path check alone).
//! - `stage_emit/*`: `EventSystem::emit` of a `RequestStarted` built the way the
//!   flow builds it (a clone of the request's `RequestInfo`), with nobody
//!   listening and with one subscriber stream.
//! - `stage_cache_hit/l1_1kib`: `CacheBackend::get` of a 1 KiB channel answer
//!   found in a `MemoryCache` (moka), through `&dyn CacheBackend` as the flow
//!   asks it.
//! - `stage_client/*`: the client's whole in-process path with a canned
//!   transport: `RestClient::post(..).json(..).send()` and `get(..).send()`
//!   against an `HttpClient` that answers at once. The preparation alone
//!   (request building, URL join, `Authorization` and other headers) happens in
//!   `Prepared::new`, which is crate-private; `send` through a no-network
//!   transport is the nearest public entry point, so this figure is the sum of
//!   every stage above plus the flow's own glue (and the stub's header clone).
//!
//! ```sh
//! cargo bench -p benches --bench stages
//! cargo test -p benches --bench stages     # each bench once, as a smoke test
//! ```

// criterion's macros generate undocumented public functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use criterion::{criterion_group, criterion_main, Criterion};
use futures::future::{BoxFuture, FutureExt};
use http::header::{HeaderName, HeaderValue};
use http::{HeaderMap, Method, StatusCode};
use ovend_cache::{CacheBackend, MemoryCache};
use ovend_rest::events::AllEvents;
use ovend_rest::validate::{DiscordValidator, RequestView, Validator};
use ovend_rest::{
    Body, EventKind, EventSystem, HttpClient, Priority, RateLimitHeaders, RateLimitManager,
    RateLimiter, RequestInfo, RestClient, RouteKey, TransportError,
};
use serde_json::{json, Value};

/// Snowflakes of the shape Discord hands out (19 digits).
const CHANNEL: &str = "1176429395483218032";
const MESSAGES_PATH: &str = "/channels/1176429395483218032/messages";
const CHANNEL_PATH: &str = "/channels/1176429395483218032";
/// Discord's opaque bucket hashes of the two routes.
const MESSAGES_BUCKET: &str = "80c17d2f203122d936070c88c8d10f33";
const CHANNEL_BUCKET: &str = "3b7e9a51c0d24f68a1e5b2c9d7f30a46";

/// A bot token of Discord's shape; nothing checks it, but its length sets the
/// size of the `Authorization` header the client copies into each request.
const TOKEN: &str = "MTE3NjQyOTM5NTQ4MzIxODAzMg.GkXv2p.Zr9vX0kq3LhJcVb1mTqW8yNfE4sUaDpRgHoI7c";

/// The message a bot typically posts: ~100 bytes of JSON.
fn message_body() -> Value {
    json!({
        "content": "Build #4821 passed on main in 3m12s, deployed to staging.",
        "tts": false,
        "allowed_mentions": { "parse": [] },
    })
}

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime")
}

fn header(map: &mut HeaderMap, name: &'static str, value: &str) {
    map.insert(
        HeaderName::from_static(name),
        HeaderValue::from_str(value).expect("a valid header value"),
    );
}

/// What Discord sends with every answer besides its rate-limit headers: the
/// parser looks at all of them (`via`, `cf-ray` and `server` decide where a
/// 429 came from), so they belong in the input.
fn discord_envelope() -> HeaderMap {
    let mut map = HeaderMap::new();
    header(&mut map, "date", "Sun, 29 Nov 2026 12:00:00 GMT");
    header(&mut map, "content-type", "application/json");
    header(&mut map, "connection", "keep-alive");
    header(&mut map, "via", "1.1 google");
    header(&mut map, "cf-ray", "8e9a1b2c3d4e5f60-FRA");
    header(&mut map, "server", "cloudflare");
    header(
        &mut map,
        "strict-transport-security",
        "max-age=31536000; includeSubDomains; preload",
    );
    header(&mut map, "x-content-type-options", "nosniff");
    header(&mut map, "alt-svc", "h3=\":443\"; ma=86400");
    map
}

/// Epoch seconds with milliseconds, `seconds_ahead` from now, as
/// `X-RateLimit-Reset` carries them.
fn reset_at(seconds_ahead: f64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    format!("{:.3}", now + seconds_ahead)
}

/// A 200 on a message create: 5 per 5 s, one used.
fn success_headers(bucket: &str) -> HeaderMap {
    let mut map = discord_envelope();
    header(&mut map, "x-ratelimit-bucket", bucket);
    header(&mut map, "x-ratelimit-limit", "5");
    header(&mut map, "x-ratelimit-remaining", "4");
    header(&mut map, "x-ratelimit-reset", &reset_at(5.0));
    header(&mut map, "x-ratelimit-reset-after", "5.000");
    map
}

/// A 429 on the bot's own route limit: every rate-limit header plus the scope.
fn user_429_headers() -> HeaderMap {
    let mut map = discord_envelope();
    header(&mut map, "x-ratelimit-bucket", MESSAGES_BUCKET);
    header(&mut map, "x-ratelimit-limit", "5");
    header(&mut map, "x-ratelimit-remaining", "0");
    header(&mut map, "x-ratelimit-reset", &reset_at(3.512));
    header(&mut map, "x-ratelimit-reset-after", "3.512");
    header(&mut map, "x-ratelimit-scope", "user");
    header(&mut map, "retry-after", "4");
    map
}

/// A 429 on the per-token global limit: Discord sends no bucket headers then.
fn global_429_headers() -> HeaderMap {
    let mut map = discord_envelope();
    header(&mut map, "x-ratelimit-global", "true");
    header(&mut map, "x-ratelimit-scope", "global");
    header(&mut map, "retry-after", "1");
    map
}

fn route_key(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage_route_key");
    group.bench_function("post_channel_messages", |b| {
        b.iter(|| RouteKey::new(black_box(&Method::POST), black_box(MESSAGES_PATH)));
    });
    group.bench_function("get_channel", |b| {
        b.iter(|| RouteKey::new(black_box(&Method::GET), black_box(CHANNEL_PATH)));
    });
    group.finish();
}

fn header_parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage_header_parse");
    let cases = [
        ("success_200", 200, success_headers(MESSAGES_BUCKET)),
        ("rate_limited_429_user", 429, user_429_headers()),
        ("rate_limited_429_global", 429, global_429_headers()),
    ];
    for (name, status, headers) in cases {
        // A malformed header would take a different (error) path: the inputs
        // must be the clean answers Discord sends.
        let (_, errors) = RateLimitHeaders::parse_reporting(status, &headers);
        assert!(errors.is_empty(), "{name}: {errors:?}");
        group.bench_function(name, |b| {
            b.iter(|| RateLimitHeaders::parse_reporting(black_box(status), black_box(&headers)));
        });
    }
    group.finish();
}

fn acquire_complete(c: &mut Criterion) {
    let runtime = current_thread();
    let mut group = c.benchmark_group("stage_acquire_complete");
    let limiter = RateLimitManager::builder().no_global_limit().build();
    let key = RouteKey::new(&Method::POST, MESSAGES_PATH);
    // The headers the limiter is really fed: Discord's 200, parsed.
    let (headers, _) = RateLimitHeaders::parse_reporting(200, &success_headers(MESSAGES_BUCKET));
    // One answer first, so the bench runs on a learned bucket, not the
    // first-request path; `remaining: 4` on every answer keeps it from waiting.
    runtime.block_on(async {
        limiter
            .acquire(&key, Priority::Normal)
            .await
            .expect("a permit")
            .complete(&headers);
    });
    group.bench_function("learned_bucket", |b| {
        b.to_async(&runtime).iter(|| async {
            let permit = limiter
                .acquire(black_box(&key), Priority::Normal)
                .await
                .expect("a permit");
            permit.complete(black_box(&headers));
        });
    });
    group.finish();
}

fn validate(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage_validate");
    let validator = DiscordValidator::new();
    let body = message_body();
    let post = Method::POST;
    let create = RequestView::new(&post, MESSAGES_PATH).json(&body);
    // An invalid body would bench the error path instead.
    assert!(validator.validate(&create).is_ok());
    group.bench_function("create_message", |b| {
        b.iter(|| validator.validate(black_box(&create)));
    });
    let get = Method::GET;
    let channel = RequestView::new(&get, CHANNEL_PATH);
    assert!(validator.validate(&channel).is_ok());
    group.bench_function("get_channel", |b| {
        b.iter(|| validator.validate(black_box(&channel)));
    });
    group.finish();
}

fn emit(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage_emit");
    // The flow emits `RequestStarted` unconditionally with a clone of the
    // request's info, so the clone is part of what every request pays.
    let info = RequestInfo::new(1, "POST", "/channels/{channel_id}/messages");
    let quiet = EventSystem::new();
    group.bench_function("request_started_no_listener", |b| {
        b.iter(|| {
            black_box(&quiet).emit(EventKind::RequestStarted {
                request: info.clone(),
            });
        });
    });
    let watched = EventSystem::new();
    // Never read: once its ring is full each send overwrites (and frees) the
    // oldest event, the same work a subscriber that keeps up causes.
    let subscriber = watched.subscribe(AllEvents);
    group.bench_function("request_started_one_subscriber", |b| {
        b.iter(|| {
            black_box(&watched).emit(EventKind::RequestStarted {
                request: info.clone(),
            });
        });
    });
    drop(subscriber);
    group.finish();
}

/// A channel object as `GET /channels/{id}` returns it, padded to 1 KiB by
/// its topic so the cached answer has the size the stage is named after.
fn channel_answer(size: usize) -> Vec<u8> {
    let mut channel = json!({
        "id": CHANNEL, "type": 0, "guild_id": "1176429395483218000", "position": 3,
        "permission_overwrites": [], "name": "deployments", "topic": "",
        "nsfw": false, "last_message_id": "1312345678901234567",
        "rate_limit_per_user": 0, "parent_id": "1176429395483218011",
    });
    let unpadded = serde_json::to_vec(&channel).expect("json").len();
    channel["topic"] = Value::String("x".repeat(size.saturating_sub(unpadded)));
    let answer = serde_json::to_vec(&channel).expect("json");
    assert_eq!(answer.len(), size);
    answer
}

fn cache_hit(c: &mut Criterion) {
    let runtime = current_thread();
    let mut group = c.benchmark_group("stage_cache_hit");
    let memory = MemoryCache::new();
    // The key the client builds for a GET: token namespace, method, path, query.
    let key = format!("ovend:00000000deadbeef:GET {CHANNEL_PATH}?");
    let answer: Body = channel_answer(1024).into();
    runtime.block_on(async {
        // Other channels too, so the hit is looked up among many keys.
        for n in 0..1024 {
            let other = format!("ovend:00000000deadbeef:GET /channels/{n}?");
            memory
                .set(&other, answer.clone(), Duration::from_secs(600))
                .await
                .expect("an in-memory set");
        }
        memory
            .set(&key, answer.clone(), Duration::from_secs(600))
            .await
            .expect("an in-memory set");
    });
    let backend: &dyn CacheBackend = &memory;
    group.bench_function("l1_1kib", |b| {
        b.to_async(&runtime).iter(|| async {
            let found = backend
                .get(black_box(&key))
                .await
                .expect("an in-memory get");
            assert!(found.is_some(), "a miss would bench the wrong path");
            found
        });
    });
    group.finish();
}

/// A transport that answers at once with Discord's 200 for each route, so
/// `send` runs every stage of the client except the network.
#[derive(Debug)]
struct CannedDiscord {
    message: (HeaderMap, Body),
    channel: (HeaderMap, Body),
}

impl HttpClient for CannedDiscord {
    fn send(
        &self,
        request: http::Request<Body>,
    ) -> BoxFuture<'_, Result<http::Response<Body>, TransportError>> {
        let (headers, body) = if request.method() == Method::POST {
            &self.message
        } else {
            &self.channel
        };
        // Keep the prepared request alive until here, so building it cannot be
        // optimised away.
        drop(black_box(request));
        let mut response = http::Response::new(body.clone());
        *response.status_mut() = StatusCode::OK;
        *response.headers_mut() = headers.clone();
        futures::future::ready(Ok(response)).boxed()
    }
}

fn client(c: &mut Criterion) {
    let runtime = current_thread();
    let mut group = c.benchmark_group("stage_client");
    let message = json!({
        "id": "1312345678901234567", "type": 0, "channel_id": CHANNEL,
        "content": "Build #4821 passed on main in 3m12s, deployed to staging.",
        "author": { "id": "1176429395483218032", "username": "ci-bot", "bot": true },
        "timestamp": "2026-11-29T12:00:00.000000+00:00", "tts": false,
    });
    let transport = CannedDiscord {
        message: (
            success_headers(MESSAGES_BUCKET),
            serde_json::to_vec(&message).expect("json").into(),
        ),
        channel: (success_headers(CHANNEL_BUCKET), channel_answer(1024).into()),
    };
    let client = RestClient::builder()
        .token(TOKEN)
        .http_client(transport)
        // Off for the same reason as in `stage_acquire_complete`: the loop
        // would wait for the 50/s window instead of measuring the client.
        .rate_limit_manager(RateLimitManager::builder().no_global_limit())
        // No handler: the path every request takes when nobody listens; the
        // `events` bench measures the cost of listening.
        .collect_metrics(false)
        .build()
        .expect("a client");
    let body = message_body();
    // Learn both buckets first, as in `stage_acquire_complete`.
    runtime.block_on(async {
        client
            .post(MESSAGES_PATH)
            .json(&body)
            .send()
            .await
            .expect("a 200");
        client.get(CHANNEL_PATH).send().await.expect("a 200");
    });
    group.bench_function("post_message", |b| {
        b.to_async(&runtime).iter(|| async {
            client
                .post(black_box(MESSAGES_PATH))
                .json(black_box(&body))
                .send()
                .await
                .expect("a 200")
        });
    });
    group.bench_function("get_channel", |b| {
        b.to_async(&runtime).iter(|| async {
            client
                .get(black_box(CHANNEL_PATH))
                .send()
                .await
                .expect("a 200")
        });
    });
    group.finish();
}

criterion_group!(
    benches,
    route_key,
    header_parse,
    acquire_complete,
    validate,
    emit,
    cache_hit,
    client
);
criterion_main!(benches);
