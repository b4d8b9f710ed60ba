//! The token search: a run that uses a bot token, a webhook token and an interaction
//! token, with everything captured — tracing at TRACE (ours and every dependency's),
//! every event, every metric and its labels, and the `Debug` and `Display` of every
//! client, builder, response and error — and none of the three tokens anywhere.
//!
//! One test in its own binary: it installs the global subscriber and recorder.

#![cfg(feature = "cache")]

mod common;

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use metrics_util::debugging::DebuggingRecorder;
use ovend_rest::{Event, EventHandler, RestClient};
use ovend_testkit::{Fault, MockDiscord};
use parking_lot::Mutex;
use serde_json::json;

const BOT: &str = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GbotSecret.botTokenThatMustNeverLeak";
const WEBHOOK: &str = "webhookTokenThatMustNeverLeak_Zq9";
const INTERACTION: &str = "aW50ZXJhY3Rpb246interactionTokenThatMustNeverLeak";

/// Everything captured during the run.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Capture {
    fn push(&self, text: &str) {
        let mut buffer = self.0.lock();
        buffer.extend_from_slice(text.as_bytes());
        buffer.push(b'\n');
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock()).into_owned()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl EventHandler for Capture {
    fn handle(&self, event: &Event) {
        self.push(&format!("{event:?}"));
    }
}

fn record<T: std::fmt::Debug, E: std::fmt::Debug + std::fmt::Display>(
    capture: &Capture,
    result: &Result<T, E>,
) {
    match result {
        Ok(value) => capture.push(&format!("{value:?}")),
        Err(err) => capture.push(&format!("{err} {err:?}")),
    }
}

/// Bot, webhook and interaction traffic, with failures of every kind on the way.
async fn run(client: &RestClient, mock: &MockDiscord, capture: &Capture) {
    let hook = format!("/webhooks/42/{WEBHOOK}");
    let callback = format!("/interactions/43/{INTERACTION}/callback");
    let original = format!("/webhooks/44/{INTERACTION}/messages/@original");
    let results = vec![
        client.get("/users/@me").await,
        client
            .post("/channels/1/messages")
            .json(&json!({"content": "hi"}))
            .await,
        client
            .post(format!("{hook}?wait=true"))
            .json(&json!({"content": "from a webhook"}))
            .await,
        client.get(&hook).cache_ttl(Duration::from_secs(60)).await,
        client.get(&hook).cache_ttl(Duration::from_secs(60)).await,
        client
            .post(&callback)
            .json(&json!({"type": 4, "data": {"content": "pong"}}))
            .await,
        client
            .patch(&original)
            .json(&json!({"content": "edited"}))
            .await,
    ];
    for result in &results {
        record(capture, result);
    }
    // Faults on token routes: 5xx retried, a proxy's 429, a reset mid-body.
    for fault in [
        Fault::BadGateway,
        Fault::ProxyTooManyRequests,
        Fault::ResetMidBody,
    ] {
        mock.fail_next(1, fault);
        record(
            capture,
            &client.patch(&original).json(&json!({"content": "x"})).await,
        );
    }
    // Both path tokens expire; the bot token is revoked last.
    mock.expire_token(INTERACTION);
    mock.expire_token(WEBHOOK);
    record(
        capture,
        &client
            .patch(&original)
            .json(&json!({"content": "late"}))
            .await,
    );
    record(
        capture,
        &client.post(&hook).json(&json!({"content": "gone"})).await,
    );
    record(capture, &client.get(&hook).no_cache().await);
    mock.revoke_token(BOT);
    record(capture, &client.get("/users/@me").await);
    record(capture, &client.get("/channels/1/messages").await);
    // Building mistakes and Debug of the pieces that hold secrets.
    capture.push(&format!("{:?}", client.get(&hook).header("bad\nname", "v")));
    capture.push(&format!("{:?}", client.post(&callback)));
    capture.push(&format!("{client:?}"));
    capture.push(&format!("{:?}", client.rate_limiter()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_token_appears_in_logs_events_metrics_errors_or_debug() {
    let capture = Capture::default();
    let writer = capture.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    recorder.install().unwrap();

    let mock = MockDiscord::builder().token(BOT).start().await.unwrap();
    let client = common::cached_client(&mock);
    client.events().add_handler(capture.clone());
    run(&client, &mock, &capture).await;
    client.events().flush().await;

    for (key, _, _, value) in snapshotter.snapshot().into_vec() {
        capture.push(&format!("{key:?} {value:?}"));
    }
    if let Some(cache) = client.cache() {
        capture.push(&format!("{cache:?}"));
    }
    let text = capture.text();
    assert!(
        text.len() > 10_000,
        "the run was captured ({} bytes)",
        text.len()
    );
    assert!(text.contains("TRACE"), "tracing at TRACE was on");
    assert!(text.contains("ovend_"), "our own metrics were captured");
    for (name, secret) in [
        ("bot", BOT),
        ("webhook", WEBHOOK),
        ("interaction", INTERACTION),
    ] {
        if let Some(at) = text.find(secret) {
            let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
            panic!("the {name} token leaked: {}", &text[start..end]);
        }
    }
}
