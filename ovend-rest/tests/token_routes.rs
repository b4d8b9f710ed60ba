//! Webhook and interaction tokens: the path's token is the credential, so the
//! bot token stays home, and the path's token never leaves memory (cache keys,
//! invalidation prefixes, events, logs).

mod common;

use http::Method;
use ovend_rest::RestClient;
use ovend_testkit::MockDiscord;
use serde_json::{json, Value};

/// A webhook token as Discord makes them: long and random.
const WEBHOOK_TOKEN: &str = "wh-Secret_Token-0123456789abcdefghijklmnopqrstuvwxyz";

/// Posts a message through the webhook (`?wait=true`) and returns its id.
async fn post_as_webhook(client: &RestClient) -> String {
    let posted: Value = client
        .post(format!("/webhooks/5/{WEBHOOK_TOKEN}?wait=true"))
        .json(&json!({ "content": "hook" }))
        .await
        .unwrap()
        .json()
        .unwrap();
    posted["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn token_routes_are_sent_without_the_bot_token() {
    let mock = MockDiscord::start().await;
    let client = common::client(&mock);
    let id = post_as_webhook(&client).await;
    client
        .get(format!("/webhooks/5/{WEBHOOK_TOKEN}/messages/{id}"))
        .await
        .unwrap();
    // Answers do not matter here, only what was sent.
    let _ = client
        .post(format!("/interactions/77/{WEBHOOK_TOKEN}/callback"))
        .json(&json!({ "type": 4, "data": { "content": "hi" } }))
        .await;
    let _ = client.get("/webhooks/5").await;
    let _ = client.get("/channels/5/webhooks").await;

    let recorded = mock.recorded();
    let auth = |method: Method, path: &str| {
        let request = recorded
            .iter()
            .find(|r| r.method == method && r.path == path)
            .unwrap_or_else(|| panic!("{method} {path} was not sent"));
        request.headers.contains_key("authorization")
    };
    assert!(!auth(Method::POST, &format!("/webhooks/5/{WEBHOOK_TOKEN}")));
    assert!(!auth(
        Method::GET,
        &format!("/webhooks/5/{WEBHOOK_TOKEN}/messages/{id}")
    ));
    assert!(!auth(
        Method::POST,
        &format!("/interactions/77/{WEBHOOK_TOKEN}/callback")
    ));
    // Without a token segment, the bot token is the credential.
    assert!(auth(Method::GET, "/webhooks/5"));
    assert!(auth(Method::GET, "/channels/5/webhooks"));
    assert_eq!(mock.stats().bad_user_agent, 0);
}

#[cfg(feature = "cache")]
mod cache {
    use std::sync::Arc;
    use std::time::Duration;

    use bytes::Bytes;
    use futures::future::BoxFuture;
    use ovend_rest::cache::MemoryCache;
    use ovend_rest::{CacheBackend, CacheError, CacheStats};
    use ovend_testkit::Fault;
    use parking_lot::Mutex;

    use super::*;

    /// A memory cache that records every key and prefix it is handed.
    #[derive(Debug, Default)]
    pub(super) struct Recording {
        inner: MemoryCache,
        pub(super) seen: Mutex<Vec<String>>,
    }

    impl Recording {
        fn saw(&self, key: &str) {
            self.seen.lock().push(key.to_owned());
        }
    }

    impl CacheBackend for Recording {
        fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Bytes>, CacheError>> {
            self.saw(key);
            self.inner.get(key)
        }
        fn set<'a>(
            &'a self,
            key: &'a str,
            value: Bytes,
            ttl: Duration,
        ) -> BoxFuture<'a, Result<(), CacheError>> {
            self.saw(key);
            self.inner.set(key, value, ttl)
        }
        fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
            self.saw(key);
            self.inner.delete(key)
        }
        fn delete_prefix<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<(), CacheError>> {
            self.saw(prefix);
            self.inner.delete_prefix(prefix)
        }
        fn clear(&self) -> BoxFuture<'_, Result<(), CacheError>> {
            self.inner.clear()
        }
        fn stats(&self) -> CacheStats {
            self.inner.stats()
        }
    }

    #[tokio::test]
    async fn webhook_tokens_never_become_cache_keys_yet_the_cache_works() {
        let mock = MockDiscord::start().await;
        let cache = Arc::new(Recording::default());
        let client = common::builder(&mock)
            .shared_cache(Arc::clone(&cache) as Arc<dyn CacheBackend>)
            .build()
            .unwrap();
        let id = post_as_webhook(&client).await;
        let path = format!("/webhooks/5/{WEBHOOK_TOKEN}/messages/{id}");
        let ttl = Duration::from_secs(60);

        let first = client.get(&path).cache_ttl(ttl).await.unwrap();
        assert!(!first.from_cache());
        let second = client.get(&path).cache_ttl(ttl).await.unwrap();
        assert!(second.from_cache(), "the same token hits");
        let other = path.replace(WEBHOOK_TOKEN, "another-webhook-token-value");
        let third = client.get(&other).cache_ttl(ttl).await.unwrap();
        assert!(!third.from_cache(), "another token misses");
        assert_eq!(
            mock.stats().requests,
            3,
            "POST, first GET, other token's GET"
        );

        // An edit through the webhook asks for invalidation: whatever prefixes
        // the strategy names hold no token either.
        client
            .patch(&path)
            .json(&json!({ "content": "edited" }))
            .await
            .unwrap();

        let seen = cache.seen.lock().clone();
        assert!(seen.len() >= 4, "{seen:?}");
        for key in &seen {
            assert!(!key.contains(WEBHOOK_TOKEN), "{key}");
            assert!(!key.contains("another-webhook-token"), "{key}");
        }
        assert!(
            seen.iter().any(|key| key.contains("/webhooks/5/tok-")),
            "{seen:?}"
        );
    }

    #[tokio::test]
    async fn nothing_the_client_reports_or_logs_holds_the_path_token() {
        use std::io::Write;

        #[derive(Clone, Default)]
        struct Captured(Arc<Mutex<Vec<u8>>>);
        impl Write for Captured {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0.lock().extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .with_env_filter("ovend_rest=trace,ovend_ratelimit=trace,ovend_cache=trace")
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);

        let mock = MockDiscord::start().await;
        let client = common::cached_client(&mock);
        let mut events = client.events().subscribe(ovend_rest::events::AllEvents);
        let id = post_as_webhook(&client).await;
        let path = format!("/webhooks/5/{WEBHOOK_TOKEN}/messages/{id}");
        let ttl = Duration::from_secs(60);
        // A retried 502, two identical GETs sharing one call, a cache hit, an
        // invalidating edit and a failure: every stage that reports.
        mock.fail_next(1, Fault::BadGateway);
        let (a, b) = tokio::join!(
            client.get(&path).cache_ttl(ttl).send(),
            client.get(&path).cache_ttl(ttl).send()
        );
        a.unwrap();
        b.unwrap();
        assert!(client.get(&path).cache_ttl(ttl).await.unwrap().from_cache());
        client
            .patch(&path)
            .json(&json!({ "content": "edited" }))
            .await
            .unwrap();
        mock.fail_next(1, Fault::BadGateway);
        let err = client
            .post(format!("/webhooks/5/{WEBHOOK_TOKEN}"))
            .json(&json!({ "content": "x" }))
            .await
            .unwrap_err();
        client.events().flush().await;

        // (The client's own `Debug` is left out: it prints the rate limiter's,
        // whose bucket index is ovend-ratelimit's business.)
        let mut reported = vec![format!("{err:?}"), err.to_string()];
        while let Some(event) = events.try_recv() {
            reported.push(format!("{event:?}"));
        }
        reported.push(String::from_utf8(captured.0.lock().clone()).unwrap());
        assert!(reported.len() > 10, "{reported:?}");
        for text in &reported {
            assert!(!text.contains(WEBHOOK_TOKEN), "{text}");
            assert!(!text.contains(mock.token()), "{text}");
        }
        let logs = reported.last().unwrap();
        assert!(logs.contains("retrying a failed request"), "{logs}");
    }
}
