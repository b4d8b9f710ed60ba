//! Random sequences of hostile answers through the whole `RateLimitManager`: any
//! header bytes, any status, hash changes, dropped permits and cancelled waits.
//! Nothing may panic or hang, and once every permit is done or dropped nothing is
//! left in flight; after a sweep every byte is returned.

use std::time::Duration;

use http::{HeaderMap, HeaderName, HeaderValue, Method};
use ovend_ratelimit::{
    AcquireOptions, Priority, RateLimitHeaders, RateLimitManager, RateLimiter, RouteKey,
};
use proptest::prelude::*;

const ROUTES: [(&str, &str); 6] = [
    ("GET", "/channels/1/messages"),
    ("GET", "/channels/2/messages"),
    ("POST", "/channels/1/messages"),
    ("PATCH", "/channels/3"),
    ("PUT", "/channels/1/messages/9/reactions/x:1/@me"),
    ("POST", "/webhooks/5/secret-token"),
];

const NAMES: [&str; 8] = [
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset-after",
    "x-ratelimit-bucket",
    "x-ratelimit-scope",
    "x-ratelimit-global",
    "retry-after",
    "via",
];

/// What happens to one request once (if) it is granted.
#[derive(Debug, Clone)]
enum Fate {
    /// Answered with these headers (status, raw header values, 429 body).
    Answer(u16, Vec<Option<String>>, String),
    /// The future is dropped while the request is in flight.
    Drop,
    /// The request never connected.
    Release,
}

#[derive(Debug, Clone)]
struct Plan {
    route: usize,
    start_ms: u64,
    hold_ms: u64,
    /// Cancel the caller this long after it starts (maybe while it waits).
    cancel_ms: Option<u64>,
    fate: Fate,
}

fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("5".to_owned()),
        Just("0".to_owned()),
        Just("1".to_owned()),
        Just("0.25".to_owned()),
        Just("1e19".to_owned()),
        Just("1e9".to_owned()),
        Just("NaN".to_owned()),
        Just("-1".to_owned()),
        Just("inf".to_owned()),
        Just("99999999999".to_owned()),
        Just("true".to_owned()),
        Just("user".to_owned()),
        Just("global".to_owned()),
        Just("shared".to_owned()),
        Just("hash-a".to_owned()),
        Just("hash-b".to_owned()),
        "[ -~]{0,12}",
    ]
}

fn fate() -> impl Strategy<Value = Fate> {
    let answer = (
        prop_oneof![
            4 => Just(200u16),
            3 => Just(429),
            1 => Just(401),
            1 => Just(403),
            1 => Just(502),
        ],
        proptest::collection::vec(proptest::option::of(header_value()), NAMES.len()),
        prop_oneof![
            Just(String::new()),
            Just("error code: 1015".to_owned()),
            Just(r#"{"retry_after": 1e19, "global": true}"#.to_owned()),
            Just(r#"{"retry_after": 0.5, "global": false}"#.to_owned()),
            Just(r#"{"retry_after": "NaN"}"#.to_owned()),
            "[ -~]{0,16}",
        ],
    )
        .prop_map(|(status, values, body)| Fate::Answer(status, values, body));
    prop_oneof![6 => answer, 1 => Just(Fate::Drop), 1 => Just(Fate::Release)]
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        0..ROUTES.len(),
        0u64..3_000,
        0u64..500,
        proptest::option::weighted(0.2, 0u64..2_000),
        fate(),
    )
        .prop_map(|(route, start_ms, hold_ms, cancel_ms, fate)| Plan {
            route,
            start_ms,
            hold_ms,
            cancel_ms,
            fate,
        })
}

fn headers_of(status: u16, values: &[Option<String>], body: &str) -> RateLimitHeaders {
    let mut map = HeaderMap::new();
    for (name, value) in NAMES.iter().zip(values) {
        let Some(value) = value else { continue };
        if let Ok(value) = HeaderValue::from_str(value) {
            map.insert(HeaderName::from_static(name), value);
        }
    }
    let mut headers = RateLimitHeaders::parse_lenient(status, &map);
    if status == 429 {
        headers.apply_body(body.as_bytes());
    }
    headers
}

async fn run(limiter: RateLimitManager, plan: Plan) {
    tokio::time::sleep(Duration::from_millis(plan.start_ms)).await;
    let (method, path) = ROUTES[plan.route];
    let key = RouteKey::new(&Method::from_bytes(method.as_bytes()).unwrap(), path);
    let work = async {
        let options = AcquireOptions::with_priority(Priority::Normal);
        let Ok(permit) = limiter.acquire_with(&key, &options).await else {
            return;
        };
        tokio::time::sleep(Duration::from_millis(plan.hold_ms)).await;
        match &plan.fate {
            Fate::Answer(status, values, body) => {
                permit.complete(&headers_of(*status, values, body));
            }
            Fate::Drop => drop(permit),
            Fate::Release => permit.release(),
        }
    };
    match plan.cancel_ms {
        Some(ms) => {
            let _ = tokio::time::timeout(Duration::from_millis(ms), work).await;
        }
        None => work.await,
    }
}

fn check(plans: Vec<Plan>) -> Result<(), TestCaseError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    runtime.block_on(async move {
        let limiter = RateLimitManager::builder()
            .wait_ceiling(Duration::from_secs(30))
            .cloudflare_ban_duration(Duration::from_secs(5))
            .idle_timeout(Duration::from_secs(60))
            .sweep_interval(None)
            .build();
        let tasks: Vec<_> = plans
            .into_iter()
            .map(|plan| tokio::spawn(run(limiter.clone(), plan)))
            .collect();
        let all = futures::future::join_all(tasks);
        // Far longer than any wait the ceiling allows: reaching it means a hang.
        let joined = tokio::time::timeout(Duration::from_secs(3_600), all).await;
        prop_assert!(joined.is_ok(), "a request never resolved");
        for result in joined.unwrap() {
            prop_assert!(result.is_ok(), "a task panicked");
        }
        let stats = limiter.stats();
        prop_assert_eq!(stats.in_flight, 0);
        prop_assert_eq!(stats.bucket_in_flight, 0);
        prop_assert_eq!(stats.queued, 0);
        tokio::time::advance(Duration::from_secs(3_600)).await;
        limiter.sweep();
        let stats = limiter.stats();
        prop_assert_eq!((stats.buckets, stats.routes, stats.lanes), (0, 0, 0));
        Ok(())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn hostile_answers_never_panic_hang_or_leak(plans in proptest::collection::vec(plan(), 1..40)) {
        check(plans)?;
    }
}

#[test]
fn an_overflowing_reset_after_on_a_200_neither_panics_nor_blocks_past_the_ceiling() {
    let values = |reset: &str| {
        let mut v = vec![None; NAMES.len()];
        v[0] = Some("5".to_owned());
        v[1] = Some("0".to_owned());
        v[2] = Some(reset.to_owned());
        v[7] = Some("1.1 google".to_owned());
        v
    };
    for reset in ["1e19", "1e9", "18446744073709551615"] {
        let plans = vec![
            Plan {
                route: 0,
                start_ms: 0,
                hold_ms: 10,
                cancel_ms: None,
                fate: Fate::Answer(200, values(reset), String::new()),
            },
            Plan {
                route: 0,
                start_ms: 5,
                hold_ms: 10,
                cancel_ms: None,
                fate: Fate::Answer(200, values("1"), String::new()),
            },
        ];
        check(plans).unwrap();
    }
}

#[test]
fn a_cloudflare_ban_on_a_hidden_limit_route_frees_its_lane() {
    // Found by the property test: a serial lane (channel edits) never heard the
    // end of a request answered by Cloudflare's ban, so its route waited forever.
    let plans = vec![Plan {
        route: 3,
        start_ms: 0,
        hold_ms: 0,
        cancel_ms: None,
        fate: Fate::Answer(429, vec![None; NAMES.len()], "error code: 1015".to_owned()),
    }];
    check(plans).unwrap();
}
