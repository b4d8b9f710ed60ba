//! What any rate limiter learns reaches `client.events()`: the default manager,
//! a user's manager passed in, and the Redis limiter, whose lost and found
//! Redis is reported there too.

mod common;

use std::sync::Arc;
use std::time::Duration;

use ovend_rest::events::EventStream;
use ovend_rest::{Event, EventKind, EventSystem, Level, RateLimitManager, RateLimiter};
use ovend_testkit::MockDiscord;

/// Waits (at most ten seconds) for the custom event `name` and returns it.
async fn custom_event(events: &mut EventStream, name: &str) -> Arc<Event> {
    let wanted = async {
        loop {
            let event = events.recv().await.expect("the event system lives");
            if matches!(&event.kind, EventKind::Custom { name: n, .. } if n == name) {
                return event;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(10), wanted)
        .await
        .unwrap_or_else(|_| panic!("no {name} event"))
}

#[tokio::test]
async fn a_shared_manager_reports_to_the_client_events() {
    let mock = MockDiscord::start().await;
    let limiter = Arc::new(RateLimitManager::new());
    let client = common::builder(&mock)
        .shared_rate_limiter(limiter.clone())
        .build()
        .unwrap();
    let mut events = client.events().subscribe(ovend_rest::events::AllEvents);
    mock.revoke_token(mock.token());
    assert!(client.get("/users/@me").await.is_err());
    let event = custom_event(&mut events, "ratelimit.token_invalid").await;
    assert_eq!(event.level, Level::Error);
}

#[tokio::test]
async fn a_manager_passed_by_value_reports_to_the_client_events() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .rate_limiter(RateLimitManager::builder().global_limit(40).build())
        .build()
        .unwrap();
    let mut events = client.events().subscribe(ovend_rest::events::AllEvents);
    mock.override_headers("/channels/1/messages", [("X-RateLimit-Limit", "0")], None)
        .unwrap();
    client.get("/channels/1/messages").await.unwrap();
    let event = custom_event(&mut events, "ratelimit.untrusted_headers").await;
    assert_eq!(event.level, Level::Warn);
}

#[tokio::test]
async fn a_shared_limiter_does_not_keep_a_dropped_client_events_alive() {
    let mock = MockDiscord::start().await;
    let limiter: Arc<dyn RateLimiter> = Arc::new(RateLimitManager::new());
    let events = EventSystem::new();
    let gone = events.downgrade();
    let first = common::builder(&mock)
        .events(events)
        .shared_rate_limiter(limiter.clone())
        .build()
        .unwrap();
    first.get("/users/@me").await.unwrap();
    drop(first);
    assert!(gone.upgrade().is_none(), "the limiter holds it weakly");

    // The next client on the limiter hears it as the first did.
    let second = common::builder(&mock)
        .shared_rate_limiter(limiter)
        .build()
        .unwrap();
    let mut events = second.events().subscribe(ovend_rest::events::AllEvents);
    mock.revoke_token(mock.token());
    assert!(second.get("/users/@me").await.is_err());
    custom_event(&mut events, "ratelimit.token_invalid").await;
}

#[cfg(feature = "redis")]
#[tokio::test]
async fn the_redis_limiter_reports_redis_lost_and_found_to_the_client_events() {
    use ovend_rest::ratelimit::{RedisFailurePolicy, RedisRateLimiter};
    use ovend_rest::{ErrorKind, Rejected};
    use ovend_testkit::RedisServer;

    let mock = MockDiscord::start().await;
    let mut redis = RedisServer::start().await.expect("start redis-server");
    let limiter = RedisRateLimiter::builder(&redis.url())
        .token(mock.token())
        .redis_timeout(Duration::from_millis(300))
        .probe_interval(Duration::from_millis(50))
        .on_redis_failure(RedisFailurePolicy::FailFast)
        .connect()
        .await
        .unwrap();
    let client = common::builder(&mock)
        .rate_limiter(limiter)
        .build()
        .unwrap();
    let mut events = client.events().subscribe(ovend_rest::events::AllEvents);
    client.get("/users/@me").await.unwrap();

    redis.stop();
    let err = client.get("/users/@me").await.unwrap_err();
    assert!(
        matches!(
            err.kind(),
            ErrorKind::Rejected(Rejected::Unavailable { .. })
        ),
        "{err:?}"
    );
    let down = custom_event(&mut events, "ratelimit.shared_store_down").await;
    assert_eq!(down.level, Level::Warn);

    redis.restart().await.expect("restart redis-server");
    let back = custom_event(&mut events, "ratelimit.shared_store_recovered").await;
    assert_eq!(back.level, Level::Info);
    client.get("/users/@me").await.unwrap();
}
