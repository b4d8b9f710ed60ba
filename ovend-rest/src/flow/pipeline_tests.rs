//! The middleware stages, retry counting, timeouts and cancellation, against
//! the scripted HTTP client and recording limiter of `tests.rs`, on tokio's
//! paused clock.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderValue, StatusCode};
use parking_lot::Mutex;
use tokio::time::Instant;

use super::tests::{builder, limited, RecordingLimiter, ScriptedHttp, BAD_GATEWAY};
use crate::retry::DefaultRetryPolicy;
use crate::{
    error_handler_fn, interceptor_fn, response_interceptor_fn, transformer_fn, Error, ErrorKind,
    EventKind, Intercept, Recovery, Response,
};

fn retry_events(events: &mut ovend_events::EventStream) -> Vec<u32> {
    let mut attempts = Vec::new();
    while let Some(event) = events.try_recv() {
        if let EventKind::Retry { attempt, .. } = &event.kind {
            attempts.push(*attempt);
        }
    }
    attempts
}

/// 429s are waits, not failures: they must not use up the retry policy's
/// attempts. With one retry allowed, 429, 429, 502, 200 still succeeds.
#[tokio::test(start_paused = true)]
async fn rate_limited_attempts_do_not_count_against_the_retry_cap() {
    let http = ScriptedHttp::new([limited(), limited(), BAD_GATEWAY, Ok((200, vec![], "{}"))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter)
        .retry_policy(
            DefaultRetryPolicy::builder()
                .max_attempts(2)
                .no_budget()
                .build(),
        )
        .build()
        .unwrap();
    let mut events = client.events().subscribe(ovend_events::AllEvents);
    client.get("/channels/1").await.unwrap();
    assert_eq!(http.sent(), 4);
    // The retry is the fourth HTTP attempt.
    assert_eq!(retry_events(&mut events), [4]);
}

/// A writer the test subscriber prints into.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(start_paused = true)]
async fn every_retry_is_traced_and_reported_without_the_path() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::DEBUG)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let http = ScriptedHttp::new([BAD_GATEWAY, BAD_GATEWAY, Ok((200, vec![], "{}"))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter).build().unwrap();
    let mut events = client.events().subscribe(ovend_events::AllEvents);
    client
        .delete("/webhooks/5/very-secret-token/messages/7")
        .await
        .unwrap();
    assert_eq!(retry_events(&mut events), [2, 3]);

    let logs = String::from_utf8(captured.0.lock().clone()).unwrap();
    let retries: Vec<&str> = logs
        .lines()
        .filter(|line| line.contains("retrying a failed request"))
        .collect();
    assert_eq!(retries.len(), 2, "{logs}");
    assert!(retries[0].contains("WARN"), "{logs}");
    assert!(retries[0].contains("attempt=2"), "{logs}");
    assert!(retries[1].contains("attempt=3"), "{logs}");
    assert!(retries[0].contains("502"), "{logs}");
    assert!(
        retries[0].contains("route=/webhooks/{webhook_id}"),
        "{logs}"
    );
    assert!(!logs.contains("very-secret-token"), "{logs}");
}

#[tokio::test(start_paused = true)]
async fn interceptors_run_in_order_before_everything_and_rewrites_are_used() {
    let http = ScriptedHttp::new([]);
    let limiter = Arc::new(RecordingLimiter::default());
    let order = Arc::new(Mutex::new(Vec::new()));
    let (first, second) = (Arc::clone(&order), Arc::clone(&order));
    let client = builder(&http, &limiter)
        .interceptor(interceptor_fn(move |request| {
            first.lock().push(format!("first {}", request.route()));
            request.set_path("/channels/2/messages?limit=5");
            request
                .headers_mut()
                .insert("x-first", HeaderValue::from_static("1"));
            Ok(Intercept::Continue)
        }))
        .interceptor(interceptor_fn(move |request| {
            // Sees the first one's rewrite.
            second.lock().push(format!("second {}", request.route()));
            assert_eq!(request.query(), Some("limit=5"));
            request.set_method(http::Method::POST);
            request.set_json(&serde_json::json!({ "content": "hi" }))?;
            Ok(Intercept::Continue)
        }))
        .build()
        .unwrap();
    client.get("/users/@me").await.unwrap();
    assert_eq!(
        *order.lock(),
        ["first /users/@me", "second /channels/{channel_id}/messages"]
    );
    // The limiter, and the wire, see the rewritten request.
    assert_eq!(*limiter.routes.lock(), ["/channels/{channel_id}/messages"]);
    let sent = http.sent.lock();
    assert_eq!(sent[0].method(), http::Method::POST);
    assert_eq!(
        sent[0].uri().path_and_query().map(|p| p.as_str()),
        Some("/api/v10/channels/2/messages?limit=5")
    );
    assert_eq!(sent[0].headers()["x-first"], "1");
    assert_eq!(sent[0].headers()["content-type"], "application/json");
    assert_eq!(sent[0].body().as_ref(), br#"{"content":"hi"}"#);
}

#[tokio::test(start_paused = true)]
async fn validator_sees_the_intercepted_body() {
    let http = ScriptedHttp::new([]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter)
        .interceptor(interceptor_fn(|request| {
            if let Some(body) = request.json_mut() {
                body["content"] = serde_json::Value::String("x".repeat(2001));
            }
            Ok(Intercept::Continue)
        }))
        .build()
        .unwrap();
    let err = client
        .post("/channels/1/messages")
        .json(&serde_json::json!({ "content": "short" }))
        .await
        .unwrap_err();
    let ErrorKind::Validation(errors) = err.kind() else {
        panic!("expected a validation error, got {err:?}");
    };
    assert_eq!(errors[0].path, "content");
    assert_eq!(http.sent(), 0);
    assert_eq!(limiter.acquires.load(Ordering::SeqCst), 0);
}

#[tokio::test(start_paused = true)]
async fn interceptors_may_not_set_the_authorization_header() {
    let http = ScriptedHttp::new([]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter)
        .interceptor(interceptor_fn(|request| {
            request
                .headers_mut()
                .insert("authorization", HeaderValue::from_static("Bot stolen"));
            Ok(Intercept::Continue)
        }))
        .build()
        .unwrap();
    let err = client.get("/users/@me").await.unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Build(_)), "{err:?}");
    assert_eq!(http.sent(), 0);
}

#[tokio::test(start_paused = true)]
async fn the_outgoing_request_debug_hides_the_path_and_header_values() {
    let http = ScriptedHttp::new([]);
    let limiter = Arc::new(RecordingLimiter::default());
    let seen = Arc::new(Mutex::new(String::new()));
    let out = Arc::clone(&seen);
    let client = builder(&http, &limiter)
        .interceptor(interceptor_fn(move |request| {
            *out.lock() = format!("{request:?}");
            Ok(Intercept::Continue)
        }))
        .build()
        .unwrap();
    client
        .post("/webhooks/1/secret-webhook-token")
        .header("x-secret", "hidden-value")
        .await
        .unwrap();
    let text = seen.lock().clone();
    assert!(text.contains("/webhooks/{webhook_id}"), "{text}");
    assert!(text.contains("x-secret"), "{text}");
    assert!(!text.contains("secret-webhook-token"), "{text}");
    assert!(!text.contains("hidden-value"), "{text}");
}

#[tokio::test(start_paused = true)]
async fn error_handlers_run_in_order_and_a_fallback_goes_through_the_rest() {
    let http = ScriptedHttp::new([Ok((
        404,
        vec![],
        r#"{"message":"Unknown Channel","code":10003}"#,
    ))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let client = builder(&http, &limiter)
        // Maps Discord's error to the user's own.
        .error_handler(error_handler_fn(|ctx, err| {
            assert_eq!(ctx.route(), "/channels/{channel_id}");
            assert_eq!(ctx.attempts, 1);
            match err.code() {
                Some(10003) => Recovery::Fail(Error::custom("gone").with_source(err)),
                _ => Recovery::Fail(err),
            }
        }))
        // Sees the mapped error, and answers a fallback.
        .error_handler(error_handler_fn(move |_ctx, err| {
            log.lock().push(err.to_string());
            Recovery::Respond(Response::from_json(&serde_json::json!({ "id": "0" })).unwrap())
        }))
        .transformer(transformer_fn(|_ctx, body: Bytes| {
            let mut text = body.to_vec();
            text.extend_from_slice(b" ");
            Ok(text.into())
        }))
        .build()
        .unwrap();
    let response = client.get("/channels/9").await.unwrap();
    assert_eq!(*seen.lock(), ["gone"]);
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.text().unwrap(), r#"{"id":"0"} "#);
}

#[cfg(feature = "cache")]
#[tokio::test(start_paused = true)]
async fn transformers_run_client_first_then_the_requests_own_and_cached_bodies_stay_raw() {
    let http = ScriptedHttp::new([Ok((200, vec![], r#"{"data":{"id":"1"}}"#))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter)
        .cache(super::tests::MapCache::default())
        .transformer(transformer_fn(|_ctx, body: Bytes| {
            // Unwraps the envelope.
            let value: serde_json::Value = serde_json::from_slice(&body)
                .map_err(|err| Error::custom(format!("not JSON: {err}")))?;
            Ok(serde_json::to_vec(&value["data"]).unwrap().into())
        }))
        .build()
        .unwrap();
    let tagged = transformer_fn(|_ctx, body: Bytes| {
        let mut value: serde_json::Value = serde_json::from_slice(&body).unwrap();
        value["seen"] = true.into();
        Ok(serde_json::to_vec(&value).unwrap().into())
    });
    let first = client.get("/channels/1").transformer(tagged).await.unwrap();
    assert_eq!(first.text().unwrap(), r#"{"id":"1","seen":true}"#);
    // The cache kept Discord's answer; the hit is transformed again.
    let hit = client.get("/channels/1").await.unwrap();
    assert!(hit.from_cache());
    assert_eq!(hit.text().unwrap(), r#"{"id":"1"}"#);
    assert_eq!(http.sent(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_failing_transformer_fails_the_request() {
    let http = ScriptedHttp::new([Ok((200, vec![], "not json"))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter)
        .transformer(transformer_fn(|_ctx, _body| Err(Error::custom("bad body"))))
        .build()
        .unwrap();
    let err = client.get("/x").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Custom("bad body".into()));
}

#[tokio::test(start_paused = true)]
async fn response_interceptors_see_the_final_answer_in_order() {
    let http = ScriptedHttp::new([BAD_GATEWAY, Ok((201, vec![], "{}"))]);
    let limiter = Arc::new(RecordingLimiter::default());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (a, b) = (Arc::clone(&seen), Arc::clone(&seen));
    let client = builder(&http, &limiter)
        .response_interceptor(response_interceptor_fn(move |ctx, mut response| {
            a.lock()
                .push(format!("a {} {}", response.status().as_u16(), ctx.attempts));
            response
                .headers_mut()
                .insert("x-seen", HeaderValue::from_static("a"));
            Ok(response)
        }))
        .response_interceptor(response_interceptor_fn(move |_ctx, response| {
            b.lock().push(format!(
                "b {:?}",
                response
                    .headers()
                    .get("x-seen")
                    .map(|v| v.to_str().unwrap().to_owned())
            ));
            Ok(response)
        }))
        .build()
        .unwrap();
    let response = client.get("/x").await.unwrap();
    assert_eq!(response.headers()["x-seen"], "a");
    // One call each, on the final answer (the 502 was retried, never shown).
    assert_eq!(*seen.lock(), ["a 201 2", "b Some(\"a\")"]);
}

#[tokio::test(start_paused = true)]
async fn a_short_circuit_skips_the_network_but_not_the_response_interceptors() {
    let http = ScriptedHttp::new([]);
    let limiter = Arc::new(RecordingLimiter::default());
    let seen = Arc::new(Mutex::new(0));
    let count = Arc::clone(&seen);
    let client = builder(&http, &limiter)
        .interceptor(interceptor_fn(|_request| {
            Ok(Intercept::Respond(Response::from_json(&"canned").unwrap()))
        }))
        .interceptor(interceptor_fn(|_request| {
            panic!("the chain ends at the first answer")
        }))
        .transformer(transformer_fn(|_ctx, _body| {
            panic!("a short-circuit answer is not transformed")
        }))
        .response_interceptor(response_interceptor_fn(move |_ctx, response| {
            *count.lock() += 1;
            Ok(response)
        }))
        .build()
        .unwrap();
    let mut events = client.events().subscribe(ovend_events::AllEvents);
    let response = client.get("/users/@me").await.unwrap();
    assert_eq!(response.json::<String>().unwrap(), "canned");
    assert_eq!(*seen.lock(), 1);
    assert_eq!(http.sent(), 0);
    assert_eq!(limiter.acquires.load(Ordering::SeqCst), 0);
    let mut completed = None;
    while let Some(event) = events.try_recv() {
        if let EventKind::RequestCompleted { attempts, .. } = &event.kind {
            completed = Some(*attempts);
        }
    }
    assert_eq!(completed, Some(0));
}

#[tokio::test(start_paused = true)]
async fn an_attempt_timeout_is_retried_for_gets_only() {
    let limiter = Arc::new(RecordingLimiter::default());
    let http = ScriptedHttp::slow([], Duration::from_secs(10));
    let client = builder(&http, &limiter)
        .attempt_timeout(Duration::from_secs(1))
        .retry_policy(
            DefaultRetryPolicy::builder()
                .max_attempts(3)
                .base_delay(Duration::ZERO)
                .no_budget()
                .build(),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get("/x").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    assert_eq!(http.sent(), 3, "three attempts");
    assert_eq!(started.elapsed(), Duration::from_secs(3));
    // Each timed-out attempt returned its permit.
    assert_eq!(limiter.cancelled.load(Ordering::SeqCst), 3);

    let err = client.post("/x").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    assert_eq!(http.sent(), 4, "a POST is sent once");
    client
        .post("/x")
        .idempotent()
        .attempt_timeout(Duration::from_secs(20))
        .await
        .unwrap();
    assert_eq!(http.sent(), 5, "the request's own attempt timeout wins");
}

#[tokio::test(start_paused = true)]
async fn the_request_timeout_bounds_retries_and_waits_and_reaches_error_handlers() {
    let http = ScriptedHttp::new([BAD_GATEWAY, limited(), BAD_GATEWAY, BAD_GATEWAY]);
    *http.delay.lock() = Duration::from_millis(400);
    let limiter = Arc::new(RecordingLimiter::default());
    let seen = Arc::new(Mutex::new(None));
    let out = Arc::clone(&seen);
    let client = builder(&http, &limiter)
        .timeout(Duration::from_secs(2))
        .retry_policy(
            DefaultRetryPolicy::builder()
                .max_attempts(10)
                .base_delay(Duration::from_millis(100))
                .max_delay(Duration::from_millis(100))
                .no_budget()
                .build(),
        )
        .error_handler(error_handler_fn(move |ctx, err| {
            *out.lock() = Some((err.kind().clone(), ctx.attempts));
            Recovery::Fail(err)
        }))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get("/x").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    assert_eq!(started.elapsed(), Duration::from_secs(2), "the whole call");
    let (kind, attempts) = seen.lock().clone().unwrap();
    assert_eq!(kind, ErrorKind::Timeout);
    // 400 ms per attempt, a 2.5 s 429 wait in the middle: the second attempt
    // was the last to start.
    assert_eq!(attempts, 2);
    assert!(limiter.completed.lock().len() <= 2);

    // A request's own timeout overrides the client's.
    let started = Instant::now();
    let err = client
        .get("/y")
        .timeout(Duration::from_millis(100))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    assert_eq!(started.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn dropping_the_future_returns_the_permit_and_stops_the_work() {
    let http = ScriptedHttp::slow([], Duration::from_secs(5));
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter).build().unwrap();
    let call = tokio::spawn(client.post("/channels/1/messages").send());
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(http.sent(), 1, "in flight");
    call.abort();
    assert!(call.await.unwrap_err().is_cancelled());
    assert_eq!(limiter.cancelled.load(Ordering::SeqCst), 1);
    assert!(limiter.completed.lock().is_empty());
    // Nothing goes on behind the caller's back.
    tokio::time::sleep(Duration::from_secs(30)).await;
    assert_eq!(http.sent(), 1);
    assert_eq!(limiter.acquires.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn a_single_flight_follower_takes_over_from_a_cancelled_leader() {
    let http = ScriptedHttp::slow([Ok((200, vec![], r#"{"v":1}"#))], Duration::from_secs(2));
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter).build().unwrap();
    let leader = tokio::spawn(client.get("/channels/1").send());
    tokio::time::sleep(Duration::from_millis(500)).await;
    let follower = tokio::spawn(client.get("/channels/1").send());
    tokio::time::sleep(Duration::from_millis(500)).await;
    leader.abort();
    assert!(leader.await.unwrap_err().is_cancelled());
    let response = follower.await.unwrap().unwrap();
    assert_eq!(response.text().unwrap(), r#"{"v":1}"#);
    assert_eq!(http.sent(), 1, "one HTTP call for both");
    assert_eq!(
        limiter.completed.lock().len(),
        1,
        "its permit was completed"
    );
    assert_eq!(limiter.cancelled.load(Ordering::SeqCst), 0);
}

#[tokio::test(start_paused = true)]
async fn the_last_caller_leaving_a_shared_call_cancels_it() {
    let http = ScriptedHttp::slow([], Duration::from_secs(2));
    let limiter = Arc::new(RecordingLimiter::default());
    let client = builder(&http, &limiter).build().unwrap();
    let a = tokio::spawn(client.get("/channels/1").send());
    let b = tokio::spawn(client.get("/channels/1").send());
    tokio::time::sleep(Duration::from_millis(500)).await;
    a.abort();
    b.abort();
    let _ = (a.await, b.await);
    assert_eq!(limiter.cancelled.load(Ordering::SeqCst), 1);
    // A new caller starts a fresh call instead of joining a dead one.
    client.get("/channels/1").await.unwrap();
    assert_eq!(http.sent(), 2);
}

/// One scripted answer for the property below.
#[derive(Debug, Clone, Copy)]
enum Answer {
    Limited,
    Failed,
    Ok,
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever mix of 429s, 502s and successes Discord answers with, only the
    /// 502s count against `max_attempts`: the request fails at the
    /// `max_attempts`-th 502, succeeds at the first 200 before that, and
    /// never sends anything after either.
    #[test]
    fn only_failures_use_up_attempts(
        script in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just(Answer::Limited),
                proptest::strategy::Just(Answer::Failed),
                proptest::strategy::Just(Answer::Ok),
            ],
            1..12,
        ),
        max_attempts in 1u32..5,
    ) {
        // The model: walk the script as the flow should.
        let mut failures = 0;
        let mut expected = None;
        for (index, answer) in script.iter().enumerate() {
            match answer {
                Answer::Limited => {}
                Answer::Ok => {
                    expected = Some((true, index + 1));
                    break;
                }
                Answer::Failed => {
                    failures += 1;
                    if failures == max_attempts {
                        expected = Some((false, index + 1));
                        break;
                    }
                }
            }
        }
        // A script that runs out answers 200 (the scripted client's default).
        let expected = expected.unwrap_or((true, script.len() + 1));

        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .unwrap();
        let (succeeded, sent) = runtime.block_on(async {
            let http = ScriptedHttp::new(script.iter().map(|answer| match answer {
                Answer::Limited => limited(),
                Answer::Failed => BAD_GATEWAY,
                Answer::Ok => Ok((200, vec![], "{}")),
            }));
            let limiter = Arc::new(RecordingLimiter::default());
            let client = builder(&http, &limiter)
                .max_rate_limit_retries(100)
                .retry_policy(
                    DefaultRetryPolicy::builder()
                        .max_attempts(max_attempts)
                        .no_budget()
                        .build(),
                )
                .build()
                .unwrap();
            let result = client.get("/channels/1").await;
            (result.is_ok(), http.sent())
        });
        proptest::prop_assert_eq!((succeeded, sent), expected);
    }
}
