//! The manager's behaviours, each shown on tokio's paused clock.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{answered, key, settle, too_many, window, written_at, Recorder};
use http::Method;
use ovend_ratelimit::{
    AcquireOptions, Decision, Permit, Priority, RateLimitEvent, RateLimitHeaders, RateLimitManager,
    RateLimiter, Rejected, RouteKey, Scope,
};
use parking_lot::Mutex;
use tokio::time::Instant;

type Granted = Arc<Mutex<Vec<(usize, Permit)>>>;

/// Spawns `n` acquires on `key`; each pushes its index and permit when granted.
fn spawn_many(limiter: &Arc<RateLimitManager>, key: &RouteKey, n: usize, granted: &Granted) {
    for i in 0..n {
        let (limiter, key, granted) = (limiter.clone(), key.clone(), granted.clone());
        tokio::spawn(async move {
            let permit = limiter.acquire(&key, Priority::Normal).await.unwrap();
            granted.lock().push((i, permit));
        });
    }
}

fn take(granted: &Granted) -> Vec<Permit> {
    granted.lock().drain(..).map(|(_, p)| p).collect()
}

#[tokio::test(start_paused = true)]
async fn unknown_bucket_sends_one_then_releases_remaining_in_parallel() {
    let limiter = Arc::new(RateLimitManager::new());
    let k = key(Method::POST, "/channels/1/messages");
    let granted = Granted::default();
    spawn_many(&limiter, &k, 6, &granted);
    settle().await;
    let first = take(&granted);
    assert_eq!(
        first.len(),
        1,
        "one request learns the bucket, the rest are held"
    );
    for p in first {
        p.complete(&window("h", 5, 3, 1000));
    }
    settle().await;
    let second = take(&granted);
    assert_eq!(
        second.len(),
        3,
        "released up to remaining at once, never more"
    );
    for p in second {
        p.complete(&window("h", 5, 0, 900));
    }
    settle().await;
    assert!(granted.lock().is_empty(), "window exhausted");
    // Answers within one window never shorten it (the latest reset of the window wins).
    tokio::time::advance(Duration::from_millis(999)).await;
    settle().await;
    assert!(granted.lock().is_empty());
    tokio::time::advance(Duration::from_millis(1)).await;
    settle().await;
    assert_eq!(granted.lock().len(), 2, "the new window releases the rest");
}

#[tokio::test(start_paused = true)]
async fn a_hash_learned_elsewhere_keeps_an_in_flight_learner_counted() {
    let limiter = Arc::new(RateLimitManager::new());
    let one = key(Method::POST, "/channels/1/messages");
    let two = key(Method::POST, "/channels/2/messages");
    let learner_one = limiter.acquire(&one, Priority::Normal).await.unwrap();
    let learner_two = limiter.acquire(&two, Priority::Normal).await.unwrap();
    // Channel 1 teaches the route's hash while channel 2's learner is still out.
    learner_one.complete(&window("h", 5, 4, 1000));
    assert_eq!(
        limiter.decide(&two, &AcquireOptions::default()),
        Decision::Queue
    );
    let granted = Granted::default();
    spawn_many(&limiter, &two, 1, &granted);
    settle().await;
    assert!(
        granted.lock().is_empty(),
        "channel 2's bucket is still being learned"
    );
    learner_two.complete(&window("h", 5, 4, 1000));
    settle().await;
    assert_eq!(granted.lock().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn routes_sharing_a_hash_share_a_bucket_per_major() {
    let limiter = RateLimitManager::new();
    let edit = key(Method::PATCH, "/channels/1/messages/5");
    let delete = key(Method::GET, "/channels/1/messages/6");
    let other_channel = key(Method::PATCH, "/channels/2/messages/5");
    answered(&limiter, &edit, &window("shared", 5, 4, 1000)).await;
    answered(&limiter, &delete, &window("shared", 5, 0, 1000)).await;
    // The edit route is now exhausted through the delete's answer.
    let options = AcquireOptions::default();
    assert_eq!(
        limiter.decide(&edit, &options),
        Decision::Delay(Duration::from_secs(1))
    );
    assert_eq!(limiter.decide(&other_channel, &options), Decision::Allow);
    assert_eq!(limiter.stats().routes, 2);
}

#[tokio::test(start_paused = true)]
async fn a_changed_hash_moves_the_route_and_its_waiters_to_the_new_bucket() {
    let recorder = Recorder::default();
    let limiter = Arc::new(
        RateLimitManager::builder()
            .on_event(recorder.listener())
            .build(),
    );
    let a = key(Method::GET, "/channels/1/pins");
    let b = key(Method::POST, "/channels/1/pins");
    answered(&limiter, &a, &window("h1", 5, 4, 1000)).await;
    let in_flight = limiter.acquire(&a, Priority::Normal).await.unwrap();
    answered(&limiter, &b, &window("h1", 5, 0, 1000)).await;
    // `a` now waits for the exhausted h1 bucket.
    let waiter = {
        let (limiter, a) = (limiter.clone(), a.clone());
        tokio::spawn(async move {
            let p = limiter.acquire(&a, Priority::Normal).await.unwrap();
            (Instant::now(), p)
        })
    };
    settle().await;
    assert_eq!(limiter.stats().queued, 1);
    // Discord answers `a` from another bucket: the waiter follows it at once.
    let start = Instant::now();
    in_flight.complete(&window("h2", 10, 9, 1000));
    let (granted_at, _permit) = waiter.await.unwrap();
    assert_eq!(granted_at, start);
    assert!(matches!(
        limiter.decide(&b, &AcquireOptions::default()),
        Decision::Delay(_)
    ));
    assert!(recorder.events().iter().any(|e| matches!(e,
        RateLimitEvent::BucketChanged { old, new, .. } if old == "h1" && new == "h2")));
}

#[tokio::test(start_paused = true)]
async fn global_pacing_never_exceeds_the_limit_in_any_window() {
    let limiter = Arc::new(RateLimitManager::builder().global_limit(5).build());
    let times = Arc::new(Mutex::new(Vec::new()));
    for c in 0..20u64 {
        let (limiter, times) = (limiter.clone(), times.clone());
        tokio::spawn(async move {
            let k = key(Method::GET, &format!("/channels/{c}"));
            let p = limiter.acquire(&k, Priority::Normal).await.unwrap();
            times.lock().push(Instant::now());
            p.complete(&RateLimitHeaders::new(200));
        });
        tokio::time::advance(Duration::from_millis(37)).await;
    }
    tokio::time::sleep(Duration::from_secs(10)).await;
    let mut times = times.lock().clone();
    times.sort();
    assert_eq!(times.len(), 20);
    for w in times.windows(6) {
        assert!(
            w[5] - w[0] >= Duration::from_secs(1),
            "6 sends inside one second"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn interaction_callbacks_skip_the_global_limit() {
    let limiter = RateLimitManager::builder().global_limit(1).build();
    let sent = limiter
        .acquire(&key(Method::GET, "/users/@me"), Priority::Normal)
        .await
        .unwrap();
    let options = AcquireOptions::default();
    assert_eq!(
        limiter.decide(&key(Method::GET, "/gateway"), &options),
        Decision::Queue,
        "the global place is held until the answer arrives"
    );
    sent.complete(&RateLimitHeaders::new(200));
    assert!(matches!(
        limiter.decide(&key(Method::GET, "/gateway"), &options),
        Decision::Delay(_)
    ));
    let callback = key(Method::POST, "/interactions/1/tok/callback");
    assert_eq!(limiter.decide(&callback, &options), Decision::Allow);
    let start = Instant::now();
    let _p = limiter.acquire(&callback, Priority::Normal).await.unwrap();
    assert_eq!(Instant::now(), start);
}

#[tokio::test(start_paused = true)]
async fn hidden_limit_routes_are_serialized_from_the_first_request() {
    let limiter = Arc::new(RateLimitManager::new());
    let rename = key(Method::PATCH, "/channels/9");
    let granted = Granted::default();
    spawn_many(&limiter, &rename, 3, &granted);
    settle().await;
    let first = take(&granted);
    assert_eq!(first.len(), 1);
    // Even though the bucket has room for many, the lane lets one at a time.
    for p in first {
        p.complete(&window("chan", 10, 9, 1000));
    }
    settle().await;
    assert_eq!(granted.lock().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_sublimit_is_learned_from_exactly_one_429() {
    let recorder = Recorder::default();
    let limiter = RateLimitManager::builder()
        .on_event(recorder.listener())
        .build();
    let rename = key(Method::PATCH, "/channels/9");
    // A model of Discord's channel rename limit: 2 per 10 s from the first, hidden.
    let start = Instant::now();
    let mut accepted: Vec<Instant> = Vec::new();
    let mut rate_limited = 0;
    for _ in 0..7 {
        let permit = limiter.acquire(&rename, Priority::Normal).await.unwrap();
        let now = Instant::now();
        accepted.retain(|t| now - *t < Duration::from_secs(10));
        if accepted.len() >= 2 {
            rate_limited += 1;
            let free = accepted[0] + Duration::from_secs(10) - now;
            permit.complete(&too_many(Scope::User, 8, free.as_millis() as u64));
        } else {
            accepted.push(now);
            permit.complete(&window("chan", 10, 9, 1000));
        }
        tokio::time::advance(Duration::from_millis(100)).await;
    }
    assert_eq!(rate_limited, 1, "exactly one 429 teaches the sublimit");
    // 0 s, 0.1 s, 429 at 0.2 s; then 2 per 10 s: 10, 10.1, 20, 20.1.
    assert!(
        Instant::now() - start >= Duration::from_secs(20),
        "waited instead of retrying"
    );
    assert!(recorder.events().iter().any(|e| matches!(e,
        RateLimitEvent::SublimitLearned { allowed: 2, window, .. } if *window >= Duration::from_secs(10))));
}

#[tokio::test(start_paused = true)]
async fn reactions_are_paced() {
    let limiter = RateLimitManager::new();
    let mut times = Vec::new();
    for i in 0..4 {
        let k = key(
            Method::PUT,
            &format!("/channels/1/messages/{i}/reactions/x:1/@me"),
        );
        let p = limiter.acquire(&k, Priority::Normal).await.unwrap();
        times.push(Instant::now());
        p.complete(&window("react", 50, 49, 1000));
    }
    for w in times.windows(2) {
        assert!(w[1] - w[0] >= Duration::from_millis(250));
    }
}

#[tokio::test(start_paused = true)]
async fn shared_scope_backs_off_without_counting_invalid() {
    let limiter = RateLimitManager::builder().invalid_request_limit(2).build();
    let k = key(Method::GET, "/guilds/1/members");
    for _ in 0..3 {
        let p = limiter.acquire(&k, Priority::Normal).await.unwrap();
        let start = Instant::now();
        p.complete(&too_many(Scope::Shared, 0, 500));
        assert!(matches!(
            limiter.decide(&k, &AcquireOptions::default()),
            Decision::Delay(_)
        ));
        let _ = start;
    }
    let p = limiter.acquire(&k, Priority::Normal).await.unwrap();
    p.complete(&too_many(Scope::User, 0, 10));
    let p = limiter.acquire(&k, Priority::Normal).await.unwrap();
    p.complete(&too_many(Scope::User, 0, 10));
    let refused = limiter.acquire(&k, Priority::Normal).await.unwrap_err();
    assert_eq!(
        refused,
        Rejected::InvalidRequestLimit { count: 2, limit: 2 }
    );
}

#[tokio::test(start_paused = true)]
async fn priority_then_arrival_order() {
    let limiter = Arc::new(RateLimitManager::new());
    let k = key(Method::POST, "/channels/1/messages");
    let learner = limiter.acquire(&k, Priority::Normal).await.unwrap();
    let order = Arc::new(Mutex::new(Vec::new()));
    for (name, priority) in [
        ("low", Priority::Low),
        ("normal", Priority::Normal),
        ("critical", Priority::Critical),
        ("high", Priority::High),
        ("normal2", Priority::Normal),
    ] {
        let (limiter, k, order) = (limiter.clone(), k.clone(), order.clone());
        tokio::spawn(async move {
            let p = limiter.acquire(&k, priority).await.unwrap();
            order.lock().push(name);
            p.complete(&window("m", 5, 1, 1000));
        });
        settle().await;
    }
    learner.complete(&window("m", 5, 1, 1000));
    settle().await;
    assert_eq!(
        *order.lock(),
        ["critical", "high", "normal", "normal2", "low"]
    );
}

#[tokio::test(start_paused = true)]
async fn max_wait_rejects_up_front() {
    let limiter = RateLimitManager::builder()
        .max_wait(Duration::from_secs(1))
        .build();
    let k = key(Method::POST, "/channels/1/messages");
    answered(&limiter, &k, &window("m", 5, 0, 5000)).await;
    let start = Instant::now();
    let err = limiter.acquire(&k, Priority::Normal).await.unwrap_err();
    assert_eq!(Instant::now(), start, "rejected without waiting");
    assert!(
        matches!(err, Rejected::MaxWait { wait, max_wait } if wait == Duration::from_secs(5) && max_wait == Duration::from_secs(1))
    );
    // A per-request max_wait overrides the default.
    let patient = AcquireOptions::default().max_wait(Duration::from_secs(10));
    assert!(limiter.acquire_with(&k, &patient).await.is_ok());
    assert_eq!(Instant::now() - start, Duration::from_secs(5));
}

#[tokio::test(start_paused = true)]
async fn reject_on_rate_limit_per_request_and_per_route() {
    let route = "/channels/{channel_id}/messages";
    let limiter = RateLimitManager::builder()
        .reject_on_rate_limit_route(route)
        .build();
    let k = key(Method::POST, "/channels/1/messages");
    answered(&limiter, &k, &window("m", 5, 0, 2000)).await;
    let err = limiter.acquire(&k, Priority::Normal).await.unwrap_err();
    assert_eq!(
        err,
        Rejected::RateLimited {
            retry_after: Duration::from_secs(2),
            global: false
        }
    );

    let other = key(Method::GET, "/channels/1/pins");
    answered(&limiter, &other, &window("p", 1, 0, 2000)).await;
    let options = AcquireOptions::default().reject_on_rate_limit(true);
    assert!(matches!(
        limiter.acquire_with(&other, &options).await,
        Err(Rejected::RateLimited { .. })
    ));
    assert!(
        limiter.acquire(&other, Priority::Normal).await.is_ok(),
        "others wait instead"
    );
}

#[tokio::test(start_paused = true)]
async fn queue_is_bounded_and_cancelled_waiters_return_their_slot() {
    let limiter = Arc::new(RateLimitManager::builder().queue_capacity(2).build());
    let k = key(Method::POST, "/channels/1/messages");
    let learner = limiter.acquire(&k, Priority::Normal).await.unwrap();
    let waiting: Vec<_> = (0..2)
        .map(|_| {
            let (limiter, k) = (limiter.clone(), k.clone());
            tokio::spawn(async move { limiter.acquire(&k, Priority::Normal).await })
        })
        .collect();
    settle().await;
    assert_eq!(limiter.stats().queued, 2);
    let full = limiter.acquire(&k, Priority::Normal).await.unwrap_err();
    assert_eq!(full, Rejected::QueueFull { capacity: 2 });
    // Cancelling a waiter frees its place in the queue.
    waiting[0].abort();
    settle().await;
    assert_eq!(limiter.stats().queued, 1);
    // Dropping the learner's permit (cancelled request) lets the next waiter learn.
    drop(learner);
    settle().await;
    assert_eq!(limiter.stats().queued, 0);
    assert_eq!(limiter.stats().in_flight, 1);
}

#[tokio::test(start_paused = true)]
async fn invalid_requests_warn_then_refuse_until_the_window_rolls() {
    let recorder = Recorder::default();
    let limiter = RateLimitManager::builder()
        .invalid_request_warnings([2, 3])
        .invalid_request_limit(4)
        .on_event(recorder.listener())
        .build();
    let k = key(Method::GET, "/guilds/1");
    for _ in 0..4 {
        let mut forbidden = RateLimitHeaders::new(403);
        forbidden.from_discord = true;
        answered(&limiter, &k, &forbidden).await;
    }
    let warnings: Vec<u32> = recorder
        .events()
        .iter()
        .filter_map(|e| match e {
            RateLimitEvent::InvalidRequestWarning { threshold, .. } => Some(*threshold),
            _ => None,
        })
        .collect();
    assert_eq!(warnings, [2, 3]);
    assert_eq!(
        limiter.acquire(&k, Priority::Normal).await.unwrap_err(),
        Rejected::InvalidRequestLimit { count: 4, limit: 4 }
    );
    tokio::time::advance(Duration::from_secs(600)).await;
    assert!(limiter.acquire(&k, Priority::Normal).await.is_ok());
}

#[tokio::test(start_paused = true)]
async fn a_cloudflare_ban_stops_everything_until_it_is_over() {
    let limiter = Arc::new(
        RateLimitManager::builder()
            .cloudflare_ban_duration(Duration::from_secs(60))
            .build(),
    );
    let a = key(Method::GET, "/channels/1");
    let held = limiter.acquire(&a, Priority::Normal).await.unwrap();
    let queued = {
        let (limiter, a) = (limiter.clone(), a.clone());
        tokio::spawn(async move { limiter.acquire(&a, Priority::Normal).await })
    };
    settle().await;
    let mut ban = RateLimitHeaders::new(429);
    ban.apply_body(b"error code: 1015");
    held.complete(&ban);
    settle().await;
    assert!(
        matches!(queued.await.unwrap(), Err(Rejected::CloudflareBan { .. })),
        "queued requests told at once"
    );
    let other = key(Method::POST, "/channels/2/messages");
    let err = limiter.acquire(&other, Priority::Normal).await.unwrap_err();
    assert_eq!(
        err,
        Rejected::CloudflareBan {
            remaining: Duration::from_secs(60)
        }
    );
    tokio::time::advance(Duration::from_secs(60)).await;
    assert!(limiter.acquire(&other, Priority::Normal).await.is_ok());
}

#[tokio::test(start_paused = true)]
async fn a_401_fails_every_later_request_at_once() {
    let recorder = Recorder::default();
    let limiter = RateLimitManager::builder()
        .on_event(recorder.listener())
        .build();
    let mut unauthorized = RateLimitHeaders::new(401);
    unauthorized.from_discord = true;
    limiter
        .acquire(&key(Method::GET, "/users/@me"), Priority::Normal)
        .await
        .unwrap()
        .complete(&unauthorized);
    for path in ["/users/@me", "/channels/1/messages", "/webhooks/1"] {
        assert_eq!(
            limiter
                .acquire(&key(Method::POST, path), Priority::Normal)
                .await
                .unwrap_err(),
            Rejected::InvalidToken
        );
    }
    assert!(recorder.events().contains(&RateLimitEvent::TokenInvalid));
    // Routes whose credential is the token in their path do not use the bot token.
    let callback = key(Method::POST, "/interactions/1/t/callback");
    assert!(limiter.acquire(&callback, Priority::Normal).await.is_ok());
}

#[tokio::test(start_paused = true)]
async fn sweeping_frees_idle_buckets() {
    let limiter = RateLimitManager::builder()
        .idle_timeout(Duration::from_secs(10))
        .sweep_interval(None)
        .build();
    for c in 0..100 {
        let k = key(Method::POST, &format!("/channels/{c}/messages"));
        answered(&limiter, &k, &window("m", 5, 4, 1000)).await;
    }
    let full = limiter.stats();
    assert_eq!(full.buckets, 100);
    assert_eq!(limiter.sweep(), 0, "recently used buckets stay");
    tokio::time::advance(Duration::from_secs(11)).await;
    assert_eq!(limiter.sweep(), 100);
    let swept = limiter.stats();
    assert_eq!(swept.buckets, 0);
    assert_eq!(swept.routes, 0);
    assert!(
        swept.heap_estimate * 20 < full.heap_estimate,
        "memory returns: {} -> {} bytes",
        full.heap_estimate,
        swept.heap_estimate
    );
}

#[tokio::test(start_paused = true)]
async fn the_background_sweeper_runs_and_ends_with_the_manager() {
    let alive = || {
        tokio::runtime::Handle::current()
            .metrics()
            .num_alive_tasks()
    };
    let limiter = RateLimitManager::builder()
        .idle_timeout(Duration::from_secs(5))
        .sweep_interval(Some(Duration::from_secs(10)))
        .build();
    assert_eq!(alive(), 0, "nothing is spawned before the first request");
    let k = key(Method::GET, "/channels/1");
    answered(&limiter, &k, &window("c", 5, 4, 1000)).await;
    assert_eq!(limiter.stats().buckets, 1);
    assert_eq!(alive(), 1, "the sweeper was spawned lazily");
    tokio::time::sleep(Duration::from_secs(11)).await;
    assert_eq!(limiter.stats().buckets, 0, "swept without a manual call");
    drop(limiter);
    tokio::time::sleep(Duration::from_secs(11)).await;
    assert_eq!(alive(), 0, "the sweeper ended with the manager");
}

/// The first requests go together, so the round-trip floor is not known while
/// they are answered: their global places run from their answers. Once a later
/// answer makes it known, those places start `floor` earlier too, or the first
/// second's slowest answer would hold its place (and every later turn of it) a
/// whole round trip longer than needed.
#[tokio::test(start_paused = true)]
async fn the_first_answers_take_the_floor_once_it_is_known() {
    let ms = Duration::from_millis;
    let limiter = Arc::new(RateLimitManager::builder().global_limit(2).build());
    let start = Instant::now();
    let route = |n: u32| key(Method::GET, &format!("/channels/{n}"));
    let answer = |n: u32, at: u64| written_at(window(&format!("h{n}"), 5, 4, 1000), ms(at));
    let a = limiter.acquire(&route(1), Priority::Normal).await.unwrap();
    let b = limiter.acquire(&route(2), Priority::Normal).await.unwrap();
    tokio::time::advance(ms(30)).await;
    a.complete(&answer(1, 15));
    // A slow first round trip (a new connection on a busy host).
    tokio::time::advance(ms(170)).await;
    b.complete(&answer(2, 100));
    // A's place frees one window after its answer; C's 30 ms round trip makes
    // three samples for a limit of two: 15 ms there and 15 ms back at best,
    // so the floor is 30 ms less 10 %, 27 ms.
    let c = limiter.acquire(&route(3), Priority::Normal).await.unwrap();
    assert_eq!(Instant::now() - start, ms(1030));
    tokio::time::advance(ms(30)).await;
    c.complete(&answer(3, 1045));
    // B answered at 200 ms: its place frees at 1173 ms, not 1200 ms.
    let d = limiter.acquire(&route(4), Priority::Normal).await.unwrap();
    assert_eq!(Instant::now() - start, ms(1173));
    d.complete(&RateLimitHeaders::new(200));
}

/// Two requests go together, answered after 30 and 40 ms, then a third while
/// both connections they opened are idle again, answered after 30 ms: its round
/// trip is certainly warm, so the floor is known at once rather than after more
/// samples than the global limit (51 here). `written`: when Discord wrote each
/// answer, in ms from the start (`None`: the answers do not say).
async fn three_round_trips(limiter: &RateLimitManager, written: Option<[u64; 3]>) {
    let ms = Duration::from_millis;
    let route = |n: u32| key(Method::GET, &format!("/channels/{n}"));
    let answer = |n: usize| {
        let plain = window(&format!("h{n}"), 5, 4, 1000);
        match written {
            Some(at) => written_at(plain, ms(at[n])),
            None => plain,
        }
    };
    let a = limiter.acquire(&route(1), Priority::Normal).await.unwrap();
    let b = limiter.acquire(&route(2), Priority::Normal).await.unwrap();
    tokio::time::advance(ms(30)).await;
    a.complete(&answer(0));
    tokio::time::advance(ms(10)).await;
    b.complete(&answer(1));
    let c = limiter.acquire(&route(3), Priority::Normal).await.unwrap();
    tokio::time::advance(ms(30)).await;
    c.complete(&answer(2));
}

/// [`three_round_trips`] with Discord writing each answer 15 ms or more after
/// its grant and 15 ms or more before its arrival: the floor is 30 ms less
/// 10 %, 27 ms.
async fn learn_a_27_ms_floor(limiter: &RateLimitManager) {
    three_round_trips(limiter, Some([15, 20, 55])).await;
}

/// The same round trips, but Discord wrote the slow one's answer early and the
/// fast ones late: the delay sat on the way there for some and on the way back
/// for others (a loaded host). Every round trip is 30 ms or more, but one
/// request's way there (5 ms) plus another's way back (3 ms) is not: there is
/// no floor, and a window runs from its answer.
#[tokio::test(start_paused = true)]
async fn round_trips_whose_delay_changes_sides_give_no_floor() {
    let limiter = RateLimitManager::builder().global_limit(50).build();
    three_round_trips(&limiter, Some([5, 20, 67])).await;
    assert_one_window_from_its_answer(&limiter).await;
}

/// Round trips as fast as [`learn_a_27_ms_floor`]'s, but the answers do not
/// say when Discord wrote them: their legs are unknown, and so is the floor.
#[tokio::test(start_paused = true)]
async fn answers_that_do_not_say_when_they_were_written_give_no_floor() {
    let limiter = RateLimitManager::builder().global_limit(50).build();
    three_round_trips(&limiter, None).await;
    assert_one_window_from_its_answer(&limiter).await;
}

/// A bucket of one per second, answered after 30 ms: its next request waits
/// the whole window from the answer (no floor shortens it).
async fn assert_one_window_from_its_answer(limiter: &RateLimitManager) {
    let route = key(Method::GET, "/channels/4");
    let d = limiter.acquire(&route, Priority::Normal).await.unwrap();
    tokio::time::advance(Duration::from_millis(30)).await;
    d.complete(&window("d", 1, 0, 1000));
    let answered_at = Instant::now();
    let e = limiter.acquire(&route, Priority::Normal).await.unwrap();
    assert_eq!(Instant::now() - answered_at, Duration::from_millis(1000));
    e.complete(&window("d", 1, 0, 1000));
}

/// With the floor known from a warm sample, a bucket's next window opens the
/// floor before its answer's `reset_after` ends.
#[tokio::test(start_paused = true)]
async fn a_request_sent_on_an_idle_pooled_connection_makes_the_floor_known() {
    let ms = Duration::from_millis;
    let limiter = RateLimitManager::builder().global_limit(50).build();
    learn_a_27_ms_floor(&limiter).await;
    let route = key(Method::GET, "/channels/4");
    let d = limiter.acquire(&route, Priority::Normal).await.unwrap();
    tokio::time::advance(ms(30)).await;
    d.complete(&written_at(window("d", 1, 0, 1000), ms(85)));
    let answered_at = Instant::now();
    let e = limiter.acquire(&route, Priority::Normal).await.unwrap();
    assert_eq!(
        Instant::now() - answered_at,
        ms(973),
        "the window less the floor"
    );
    e.complete(&window("d", 1, 0, 1000));
}

/// A hidden limit's 429 blocks its lane until its `retry_after` ends, counted
/// from the floor before the answer (Discord measured it when it refused), as a
/// bucket's reset is.
#[tokio::test(start_paused = true)]
async fn a_sublimit_block_runs_from_the_floor_before_its_answer() {
    let ms = Duration::from_millis;
    let limiter = RateLimitManager::builder().global_limit(50).build();
    learn_a_27_ms_floor(&limiter).await;
    let route = key(Method::PATCH, "/channels/5");
    let d = limiter.acquire(&route, Priority::Normal).await.unwrap();
    tokio::time::advance(ms(30)).await;
    d.complete(&too_many(Scope::User, 3, 5000));
    let answered_at = Instant::now();
    let e = limiter.acquire(&route, Priority::Normal).await.unwrap();
    assert_eq!(
        Instant::now() - answered_at,
        ms(4973),
        "retry_after less the floor"
    );
    e.complete(&RateLimitHeaders::new(200));
}
