//! One algorithm, two stores: a differential property test.
//!
//! The in-memory [`RateLimitManager`] is the reference; the Redis scripts must
//! decide as it does. Random sequences of requests and answers go through both on
//! one virtual clock, and at every acquire both must grant, or both refuse the
//! same way (the same guard, or a wait of the same kind and length).
//!
//! - The manager runs on a current-thread tokio runtime whose clock is paused and
//!   moved by `tokio::time::advance`; nothing on it ever has a timer pending, so
//!   the clock moves only when the test says so.
//! - The Redis side is [`Store`] itself (`take`, `complete`, `end`, exactly as
//!   `RedisRateLimiter` calls them), on a second, real-time runtime, against one
//!   `redis-server` for the whole run and a fresh key prefix per case. Its scripts
//!   take their `now` from `Store::clock`, which the test moves with the manager's.
//!
//! Each acquire is decided at once on both sides: a request that would wait gives
//! up at once (the in-memory future is dropped, which abandons its ticket). Its
//! wait is the one the acquire itself meets first (lane, then bucket, then global
//! window, the order of both `State::poll` and `take.lua`), read from the
//! manager's `Waiting` event; `RateLimitManager::decide` reports the longest of
//! all waits instead, so it is only checked to agree on whether the request goes.
//!
//! What the in-memory limiter does that the Redis one by design does not, and how
//! the test keeps it out of the comparison:
//!
//! - Queues (priority, then arrival) and the wake-ups of waiting requests: no
//!   request waits here, so every queue is empty at every decision.
//! - The fleet's line for global places (`take.lua`'s `join_line`) keeps a bucket
//!   in line for two windows after its last request gave up, because Redis cannot
//!   know it did; the in-memory ticket leaves its queue when dropped. The test
//!   empties the line after every acquire, as the abandoned ticket does.
//! - Leases expire and a silent process's leases are reaped; in-memory permits do
//!   not. Leases last an hour here (a case spans two minutes at most) and the
//!   test's instance keeps its heartbeat key.
//! - The global 429's block and the Cloudflare ban are Redis keys with a TTL,
//!   which runs on Redis's real clock whatever `now` the scripts are given. The
//!   test holds both on the virtual clock itself: it checks right after each
//!   answer that the script set the TTL it should (from the script's own
//!   formula), remembers when that ends on the virtual clock, and before each
//!   take writes each key back with its remaining virtual TTL plus one
//!   millisecond (never expired by real time passing in between). A wait read
//!   from such a key may therefore be one millisecond longer (two with the
//!   in-memory side's sub-millisecond round-trip floor), and is compared with
//!   that tolerance. The invalid-token flag lives an hour (it never expires in a
//!   case, as in memory it never does).
//! - The round-trip floor: the Redis side is given the manager's own floor, read
//!   after its permit recorded the answer, exactly as `RedisPermit::complete`
//!   does with its local manager (one instance: the fleet's minimum is that).
//!
//! Discrepancies found are listed in `KNOWN`, each with the generator or
//! comparison restriction that keeps the property asserting everything else.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use http::Method;
use parking_lot::Mutex;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};
use redis::aio::ConnectionManager;
use tokio::runtime::Runtime;

use super::answer::Answer;
use super::keys::{Keys, RouteKeys};
use super::lane::SharedLane;
use super::store::{Lease, Settings, Store, Take};
use crate::{
    AcquireOptions, Decision, Permit, RateLimitEvent, RateLimitHeaders, RateLimitManager,
    RateLimiter, Rejected, RouteKey, Scope,
};

/// Where the Redis side's virtual clock starts (ms).
const EPOCH_MS: u64 = 1_700_000_000_000;
/// The longest wait any answer may impose, on both sides.
const CEILING: Duration = Duration::from_secs(30);
/// How long a Cloudflare ban stops sending, on both sides.
const BAN: Duration = Duration::from_secs(20);
/// The rolling window of invalid requests, on both sides.
const INVALID_WINDOW: Duration = Duration::from_secs(20);
const REACTION_PACE: Duration = Duration::from_millis(250);
/// Longer than any case: no lease, learned key or token flag expires in one.
const HOUR: Duration = Duration::from_secs(3600);

/// The routes a request may take.
fn routes() -> Vec<RouteKey> {
    // A message from 2016: its delete is in the old-message lane.
    let old_message = (1_450_000_000_000u64 - 1_420_070_400_000) << 22;
    vec![
        RouteKey::new(&Method::POST, "/channels/1/messages"),
        RouteKey::new(&Method::POST, "/channels/2/messages"),
        // A documented hidden limit: a serial lane.
        RouteKey::new(&Method::PATCH, "/channels/1"),
        // Reactions: a serial lane paced at the reaction interval.
        RouteKey::new(&Method::PUT, "/channels/1/messages/5/reactions/x:1/@me"),
        RouteKey::new(&Method::GET, "/users/@me"),
        // Serial, and authenticated by the token in its path.
        RouteKey::new(&Method::POST, "/webhooks/5/tok"),
        // Exempt from the global limit, authenticated by its path token.
        RouteKey::new(&Method::POST, "/interactions/77/tok/callback"),
        // Serial until a sublimit is learned, checked when sending.
        RouteKey::new(
            &Method::DELETE,
            &format!("/channels/1/messages/{old_message}"),
        ),
    ]
}

/// Settings drawn per case, the same on both sides.
#[derive(Debug, Clone)]
struct Setup {
    global_limit: u32,
    invalid_limit: u32,
}

/// One answer Discord (or something in front of it) may give.
#[derive(Clone)]
enum Reply {
    /// A success with a window.
    Window {
        limit: u32,
        remaining: u32,
        reset_after: u64,
        hash: Option<&'static str>,
    },
    /// The bucket's 429 (nothing remaining), scope `user`, `shared` or none.
    Bucket429 {
        limit: Option<u32>,
        reset_after: Option<u64>,
        retry_after: Option<u64>,
        scope: Option<Scope>,
        hash: Option<&'static str>,
    },
    /// A hidden sublimit's 429: the bucket still has requests remaining.
    Sublimit429 {
        limit: u32,
        remaining: u32,
        reset_after: u64,
        retry_after: Option<u64>,
        hash: Option<&'static str>,
    },
    /// The global 429, saying so by `X-RateLimit-Global` (`flag`), by
    /// `X-RateLimit-Scope: global` (`scope`), or both.
    Global429 {
        retry_after: Option<u64>,
        flag: bool,
        scope: bool,
        hash: Option<&'static str>,
    },
    /// Discord answered (its `Via`) without rate-limit headers.
    Plain { status: u16 },
    /// Not Discord: a transport error, a proxy's 5xx, 429 or 401.
    Foreign { status: u16 },
    /// Cloudflare's ban.
    Ban,
    /// Headers no sane Discord sends: a limit of 0, more remaining than the
    /// limit, absurd waits, a malformed header.
    Garbage {
        status: u16,
        limit: Option<u32>,
        remaining: Option<u32>,
        reset_after: Option<u64>,
        retry_after: Option<u64>,
        malformed: bool,
        hash: Option<&'static str>,
    },
}

fn ms(v: Option<u64>) -> Option<Duration> {
    v.map(Duration::from_millis)
}

impl Reply {
    fn headers(&self) -> RateLimitHeaders {
        let mut h;
        match *self {
            Self::Window {
                limit,
                remaining,
                reset_after,
                hash,
            } => {
                h = RateLimitHeaders::new(200);
                h.limit = Some(limit);
                h.remaining = Some(remaining);
                h.reset_after = Some(Duration::from_millis(reset_after));
                h.bucket = hash.map(str::to_owned);
            }
            Self::Bucket429 {
                limit,
                reset_after,
                retry_after,
                scope,
                hash,
            } => {
                h = RateLimitHeaders::new(429);
                h.limit = limit;
                h.remaining = Some(0);
                h.reset_after = ms(reset_after);
                h.retry_after = ms(retry_after);
                h.scope = scope;
                h.bucket = hash.map(str::to_owned);
            }
            Self::Sublimit429 {
                limit,
                remaining,
                reset_after,
                retry_after,
                hash,
            } => {
                h = RateLimitHeaders::new(429);
                h.limit = Some(limit);
                h.remaining = Some(remaining);
                h.reset_after = Some(Duration::from_millis(reset_after));
                h.retry_after = ms(retry_after);
                h.scope = Some(Scope::User);
                h.bucket = hash.map(str::to_owned);
            }
            Self::Global429 {
                retry_after,
                flag,
                scope,
                hash,
            } => {
                h = RateLimitHeaders::new(429);
                h.retry_after = ms(retry_after);
                h.global = flag;
                h.scope = scope.then_some(Scope::Global);
                h.bucket = hash.map(str::to_owned);
            }
            Self::Plain { status } => {
                h = RateLimitHeaders::new(status);
            }
            Self::Foreign { status } => {
                h = RateLimitHeaders::new(status);
                h.retry_after = (status == 429).then_some(Duration::from_secs(2));
                return h;
            }
            Self::Ban => {
                h = RateLimitHeaders::new(429);
                h.cloudflare = true;
                return h;
            }
            Self::Garbage {
                status,
                limit,
                remaining,
                reset_after,
                retry_after,
                malformed,
                hash,
            } => {
                h = RateLimitHeaders::new(status);
                h.limit = limit;
                h.remaining = remaining;
                h.reset_after = ms(reset_after);
                h.retry_after = ms(retry_after);
                h.malformed = malformed;
                h.bucket = hash.map(str::to_owned);
            }
        }
        h.from_discord = true;
        h
    }
}

impl fmt::Debug for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = self.headers();
        write!(f, "{}", h.status)?;
        let mut field = |name: &str, value: Option<String>| match value {
            Some(v) => write!(f, " {name}={v}"),
            None => Ok(()),
        };
        let millis = |d: Option<Duration>| d.map(|d| format!("{}ms", d.as_millis()));
        field("limit", h.limit.map(|v| v.to_string()))?;
        field("remaining", h.remaining.map(|v| v.to_string()))?;
        field("reset_after", millis(h.reset_after))?;
        field("retry_after", millis(h.retry_after))?;
        field("bucket", h.bucket.clone())?;
        field("scope", h.scope.map(|s| format!("{s:?}")))?;
        field("global", h.global.then(|| "true".to_owned()))?;
        field("malformed", h.malformed.then(|| "true".to_owned()))?;
        field("discord", (!h.from_discord).then(|| "false".to_owned()))?;
        field("cloudflare", h.cloudflare.then(|| "true".to_owned()))
    }
}

/// One thing that happens.
#[derive(Clone)]
enum Step {
    /// The clock moves on (ms).
    Advance(u64),
    /// A request on route `n` asks to go.
    Acquire(usize),
    /// One outstanding request is answered.
    Answer(Index, Reply),
    /// One outstanding request is abandoned after it may have been sent.
    Cancel(Index),
    /// One outstanding request is given back: it was never sent.
    Release(Index),
}

impl fmt::Debug for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Advance(ms) => write!(f, "advance {ms}ms"),
            Self::Acquire(route) => write!(f, "acquire {:?}", routes()[*route]),
            Self::Answer(i, reply) => write!(f, "answer #{} {reply:?}", i.index(usize::MAX)),
            Self::Cancel(i) => write!(f, "cancel #{}", i.index(usize::MAX)),
            Self::Release(i) => write!(f, "release #{}", i.index(usize::MAX)),
        }
    }
}

fn hash() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![2 => Just(Some("a")), 1 => Just(Some("b")), 1 => Just(None)]
}

/// A wait in ms, from none to beyond a window.
fn wait() -> impl Strategy<Value = u64> {
    prop_oneof![
        4 => 0..3000u64,
        1 => Just(0u64),
        1 => 1..60u64,
        1 => 3000..25_000u64,
    ]
}

fn reply() -> impl Strategy<Value = Reply> {
    let window = (1u32..=5)
        .prop_flat_map(|limit| (Just(limit), 0..=limit, wait(), hash()))
        .prop_map(|(limit, remaining, reset_after, hash)| Reply::Window {
            limit,
            remaining,
            reset_after,
            hash,
        });
    let scope = prop_oneof![
        Just(None),
        Just(Some(Scope::User)),
        Just(Some(Scope::Shared))
    ];
    let bucket_429 = (
        proptest::option::of(1u32..=5),
        proptest::option::of(wait()),
        proptest::option::of(wait()),
        scope,
        hash(),
    )
        .prop_map(
            |(limit, reset_after, retry_after, scope, hash)| Reply::Bucket429 {
                limit,
                reset_after,
                retry_after,
                scope,
                hash,
            },
        );
    let sublimit_429 = (2u32..=5)
        .prop_flat_map(|limit| {
            (
                Just(limit),
                1..limit,
                wait(),
                proptest::option::of(wait()),
                hash(),
            )
        })
        .prop_map(
            |(limit, remaining, reset_after, retry_after, hash)| Reply::Sublimit429 {
                limit,
                remaining,
                reset_after,
                retry_after,
                hash,
            },
        );
    let global_429 = (
        proptest::option::of(wait()),
        prop_oneof![Just((true, true)), Just((true, false)), Just((false, true))],
        hash(),
    )
        .prop_map(|(retry_after, (flag, scope), hash)| Reply::Global429 {
            retry_after,
            flag,
            scope,
            hash,
        });
    let absurd = prop_oneof![wait(), Just(1u64 << 40), Just(u64::MAX)];
    let garbage = (
        prop_oneof![Just(200u16), Just(429)],
        proptest::option::of(0u32..=3),
        proptest::option::of(0u32..=9),
        proptest::option::of(absurd.clone()),
        proptest::option::of(absurd),
        any::<bool>(),
        hash(),
    )
        .prop_map(
            |(status, limit, remaining, reset_after, retry_after, malformed, hash)| {
                Reply::Garbage {
                    status,
                    limit,
                    remaining,
                    reset_after,
                    retry_after,
                    malformed,
                    hash,
                }
            },
        );
    prop_oneof![
        6 => window,
        3 => bucket_429,
        2 => sublimit_429,
        1 => global_429,
        1 => prop_oneof![Just(200u16), Just(204), Just(404), Just(403), Just(401), Just(500)]
            .prop_map(|status| Reply::Plain { status }),
        1 => prop_oneof![Just(502u16), Just(429), Just(401)]
            .prop_map(|status| Reply::Foreign { status }),
        1 => Just(Reply::Ban),
        2 => garbage,
    ]
}

fn step(routes: usize) -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => prop_oneof![0..3000u64, 0..30u64, Just(250u64), Just(1000u64)].prop_map(Step::Advance),
        4 => (0..routes).prop_map(Step::Acquire),
        3 => (any::<Index>(), reply()).prop_map(|(i, r)| Step::Answer(i, r)),
        1 => any::<Index>().prop_map(Step::Cancel),
        1 => any::<Index>().prop_map(Step::Release),
    ]
}

fn setup() -> impl Strategy<Value = Setup> {
    (
        prop_oneof![Just(1u32), Just(2), Just(3), Just(50)],
        prop_oneof![3 => Just(9_000u32), 1 => Just(3)],
    )
        .prop_map(|(global_limit, invalid_limit)| Setup {
            global_limit,
            invalid_limit,
        })
}

/// What one side decided for one acquire.
#[derive(Debug, Clone, PartialEq)]
enum Seen {
    Grant,
    /// A wait (`None`: until an answer), and whether the global window binds.
    Wait(Option<Duration>, bool),
    Refuse(Rejected),
}

/// One `redis-server` and a real-time runtime to talk to it, for the whole run.
struct Harness {
    runtime: Runtime,
    conn: ConnectionManager,
    cases: AtomicU64,
    _server: ovend_testkit::RedisServer,
}

impl Harness {
    fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let (server, conn) = runtime.block_on(async {
            let server = ovend_testkit::RedisServer::start()
                .await
                .expect("start redis-server");
            let client = redis::Client::open(server.url()).expect("redis url");
            let conn = client
                .get_connection_manager()
                .await
                .expect("connect to redis-server");
            (server, conn)
        });
        Self {
            runtime,
            conn,
            cases: AtomicU64::new(0),
            _server: server,
        }
    }
}

/// A request granted on both sides, not ended yet.
struct Outstanding {
    key: RouteKey,
    permit: Permit,
    route: RouteKeys,
    lane: SharedLane,
    bucket: String,
    granted_ms: u64,
    lease: String,
}

/// One case: a manager on its paused clock, a store on its prefix.
struct Case<'h> {
    harness: &'h Harness,
    memory: Runtime,
    manager: RateLimitManager,
    events: Arc<Mutex<Vec<RateLimitEvent>>>,
    store: Store,
    keys: Keys,
    clock: Arc<AtomicU64>,
    instance: String,
    leases: u64,
    outstanding: Vec<Outstanding>,
    /// When the global 429's block and the ban end on the virtual clock.
    block_until: Option<u64>,
    ban_until: Option<u64>,
    routes: Vec<RouteKey>,
    trace: Vec<String>,
}

impl Drop for Case<'_> {
    fn drop(&mut self) {
        // Cancelling a permit reads the paused clock.
        let _clock = self.memory.enter();
        self.outstanding.clear();
    }
}

impl<'h> Case<'h> {
    fn new(harness: &'h Harness, setup: &Setup) -> Self {
        let events: Arc<Mutex<Vec<RateLimitEvent>>> = Arc::default();
        let sink = events.clone();
        let manager = RateLimitManager::builder()
            .global_limit(setup.global_limit)
            .sweep_interval(None)
            .wait_ceiling(CEILING)
            .cloudflare_ban_duration(BAN)
            .invalid_request_limit(setup.invalid_limit)
            .invalid_request_window(INVALID_WINDOW)
            .reaction_interval(REACTION_PACE)
            .on_event(Arc::new(move |event: &RateLimitEvent| {
                sink.lock().push(event.clone());
            }))
            .build();
        let memory = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .start_paused(true)
            .build()
            .expect("paused runtime");
        let prefix = format!("diff{}", harness.cases.fetch_add(1, Ordering::Relaxed));
        let settings = Settings {
            global_limit: setup.global_limit,
            lease: HOUR,
            idle: HOUR,
            token_ttl: HOUR,
            timeout: Duration::from_secs(10),
            ceiling: CEILING,
            ban: BAN,
            reaction_interval: REACTION_PACE,
            invalid_limit: setup.invalid_limit,
            invalid_window: INVALID_WINDOW,
        };
        let clock = Arc::new(AtomicU64::new(EPOCH_MS));
        let keys = Keys::new(&prefix, None);
        let (mut store, instance) = harness
            .runtime
            .block_on(Store::new(
                harness.conn.clone(),
                Keys::new(&prefix, None),
                settings,
            ))
            .expect("load the scripts");
        store.clock = Some(clock.clone());
        let case = Self {
            harness,
            memory,
            manager,
            events,
            store,
            clock,
            instance,
            leases: 0,
            outstanding: Vec::new(),
            block_until: None,
            ban_until: None,
            routes: routes(),
            trace: Vec::new(),
            keys,
        };
        // The instance's heartbeat, without expiry: its leases are never reaped.
        case.redis(redis::cmd("SET").arg(format!("{}{}", case.keys.alive_base(), case.instance)).arg(1));
        case
    }

    fn now_ms(&self) -> u64 {
        self.clock.load(Ordering::SeqCst)
    }

    /// Runs one plain command on the Redis side.
    fn redis(&self, cmd: &redis::Cmd) -> redis::Value {
        let mut conn = self.harness.conn.clone();
        self.harness
            .runtime
            .block_on(cmd.query_async(&mut conn))
            .expect("redis command")
    }

    fn fail(&self, what: String) -> TestCaseError {
        TestCaseError::fail(format!("{what}\n  trace:\n    {}", self.trace.join("\n    ")))
    }

    fn run(&mut self, steps: &[Step]) -> Result<(), TestCaseError> {
        for step in steps {
            match step {
                Step::Advance(ms) => {
                    let ms = *ms;
                    self.memory
                        .block_on(tokio::time::advance(Duration::from_millis(ms)));
                    self.clock.fetch_add(ms, Ordering::SeqCst);
                    self.trace.push(format!("advance {ms}ms"));
                }
                Step::Acquire(route) => self.acquire(*route)?,
                Step::Answer(i, reply) => self.answer(i, reply)?,
                Step::Cancel(i) => self.end(i, true),
                Step::Release(i) => self.end(i, false),
            }
        }
        Ok(())
    }

    /// The in-memory side's decision, taking a permit if it grants.
    fn acquire_memory(&self, key: &RouteKey) -> (Seen, Option<Permit>, Decision) {
        let options = AcquireOptions::default();
        self.events.lock().clear();
        self.memory.block_on(async {
            let decision = self.manager.decide(key, &options);
            let outcome = self.manager.acquire_with(key, &options).now_or_never();
            let events = std::mem::take(&mut *self.events.lock());
            match outcome {
                Some(Ok(permit)) => (Seen::Grant, Some(permit), decision),
                Some(Err(rejected)) => (Seen::Refuse(rejected), None, decision),
                // Dropped: the ticket is abandoned, as a request that gave up.
                None => {
                    let wait = events.iter().rev().find_map(|e| match e {
                        RateLimitEvent::Waiting { wait, reason, .. } => {
                            Some(Seen::Wait(*wait, *reason == crate::WaitReason::Global))
                        }
                        _ => None,
                    });
                    (
                        wait.expect("a waiting acquire says why"),
                        None,
                        decision,
                    )
                }
            }
        })
    }

    /// Writes the TTL keys back from the virtual clock (see the module doc).
    fn hold_ttl_keys(&self) {
        let now = self.now_ms();
        let mut pipe = redis::pipe();
        for (name, until) in [("global-block", self.block_until), ("ban", self.ban_until)] {
            let key = self.keys.key(name);
            match until {
                Some(until) if until > now => {
                    pipe.cmd("SET")
                        .arg(key)
                        .arg("1")
                        .arg("PX")
                        .arg(until - now + 1)
                        .ignore();
                }
                _ => {
                    pipe.cmd("DEL").arg(key).ignore();
                }
            }
        }
        let mut conn = self.harness.conn.clone();
        self.harness
            .runtime
            .block_on(pipe.query_async::<()>(&mut conn))
            .expect("hold the TTL keys");
    }

    fn acquire(&mut self, route: usize) -> Result<(), TestCaseError> {
        let key = self.routes[route].clone();
        let (memory, permit, decision) = self.acquire_memory(&key);
        if decision.is_allow() != (memory == Seen::Grant) {
            return Err(self.fail(format!(
                "{key:?}: in memory, decide says {decision:?} but the acquire {memory:?}"
            )));
        }
        self.hold_ttl_keys();
        let (route_keys, lane) = self.store.route_keys(&key);
        let lease = format!("{}-{}", self.instance, self.leases);
        self.leases += 1;
        let take = self
            .harness
            .runtime
            .block_on(self.store.take(&key, (&route_keys, &lane), &lease))
            .map_err(|e| self.fail(format!("take failed: {}", e.reason())))?;
        // Every request here gives up at once: none stays in the global line.
        self.redis(
            redis::cmd("DEL")
                .arg(self.keys.key("global-line"))
                .arg(self.keys.key("global-seen")),
        );
        let now = self.now_ms();
        let (shared, granted) = match take {
            Take::Granted { bucket, at_ms } => (Seen::Grant, Some((bucket, at_ms))),
            Take::Full { wait, global } => (Seen::Wait(wait, global), None),
            Take::Banned(remaining) => (Seen::Refuse(Rejected::CloudflareBan { remaining }), None),
            Take::TokenInvalid => (Seen::Refuse(Rejected::InvalidToken), None),
            Take::InvalidLimit(count) => (
                Seen::Refuse(Rejected::InvalidRequestLimit {
                    count,
                    limit: self.store.settings.invalid_limit,
                }),
                None,
            ),
        };
        self.trace.push(format!(
            "t={}ms acquire {key:?}: memory {memory:?} (decide {decision:?}), redis {shared:?}",
            now - EPOCH_MS
        ));
        // A wait read from a key the test holds on the virtual clock may be one
        // millisecond longer (see the module doc).
        let held = self.ban_until.is_some_and(|t| t > now)
            || self.block_until.is_some_and(|t| t > now);
        let tolerance = Duration::from_millis(if held { 2 } else { 1 });
        let close = |a: Duration, b: Duration| a.abs_diff(b) <= tolerance;
        let same = match (&memory, &shared) {
            (Seen::Grant, Seen::Grant) => true,
            (Seen::Wait(a, ga), Seen::Wait(b, gb)) => {
                ga == gb
                    && match (a, b) {
                        (Some(a), Some(b)) => close(*a, *b),
                        (None, None) => true,
                        _ => false,
                    }
            }
            (Seen::Refuse(a), Seen::Refuse(b)) => match (a, b) {
                (
                    Rejected::CloudflareBan { remaining: a },
                    Rejected::CloudflareBan { remaining: b },
                ) => close(*a, *b),
                (a, b) => a == b,
            },
            _ => false,
        };
        if !same {
            return Err(self.fail(format!(
                "{key:?} at t={}ms: memory {memory:?}, redis {shared:?}",
                now - EPOCH_MS
            )));
        }
        if let (Some(permit), Some((bucket, granted_ms))) = (permit, granted) {
            self.outstanding.push(Outstanding {
                key,
                permit,
                route: route_keys,
                lane,
                bucket,
                granted_ms,
                lease,
            });
        }
        Ok(())
    }

    fn answer(&mut self, i: &Index, reply: &Reply) -> Result<(), TestCaseError> {
        if self.outstanding.is_empty() {
            return Ok(());
        }
        let out = self.outstanding.remove(i.index(self.outstanding.len()));
        let headers = reply.headers();
        let floor = self.memory.block_on(async {
            out.permit.complete(&headers);
            // Read after the permit recorded this round trip, as RedisPermit does.
            self.manager.round_trip_floor()
        });
        let answer = Answer::of(&out.key, &headers, self.store.settings.ceiling);
        let lease = Lease {
            id: &out.lease,
            bucket: &out.bucket,
            granted_ms: out.granted_ms,
            instance: &self.instance,
        };
        self.harness
            .runtime
            .block_on(
                self.store
                    .complete((&out.route, &out.lane), &lease, &answer, floor),
            )
            .map_err(|e| self.fail(format!("complete failed: {}", e.reason())))?;
        let now = self.now_ms();
        self.trace.push(format!(
            "t={}ms answer {:?} {reply:?} (floor {floor:?})",
            now - EPOCH_MS,
            out.key
        ));
        // The TTL the script gave the key (its own formula), checked against what
        // Redis holds now, then kept on the virtual clock.
        let (mode, _, _, _, wait_ms) = answer.args();
        let ttl = match mode {
            "global" => {
                let floor_ms = super::millis(floor);
                Some(("global-block", (wait_ms.saturating_sub(floor_ms)).max(1)))
            }
            "ban" => Some(("ban", super::millis(BAN))),
            _ => None,
        };
        if let Some((name, ttl)) = ttl {
            let pttl = match self.redis(redis::cmd("PTTL").arg(self.keys.key(name))) {
                redis::Value::Int(v) => v,
                other => return Err(self.fail(format!("PTTL {name}: {other:?}"))),
            };
            let ttl_i = i64::try_from(ttl).unwrap_or(i64::MAX);
            let plausible = (pttl <= ttl_i && pttl >= ttl_i - 100) || (pttl < 0 && ttl_i <= 100);
            if !plausible {
                return Err(self.fail(format!(
                    "complete.lua gave {name} a TTL of {pttl}ms, not {ttl}ms"
                )));
            }
            match name {
                "ban" => self.ban_until = Some(now + ttl),
                _ => self.block_until = Some(now + ttl),
            }
        }
        Ok(())
    }

    fn end(&mut self, i: &Index, spent: bool) {
        if self.outstanding.is_empty() {
            return;
        }
        let out = self.outstanding.remove(i.index(self.outstanding.len()));
        self.memory.block_on(async {
            if spent {
                drop(out.permit);
            } else {
                out.permit.release();
            }
        });
        self.harness
            .runtime
            .block_on(
                self.store
                    .end((&out.route, &out.lane), &out.bucket, &out.lease, spent),
            )
            .expect("end a lease");
        self.trace.push(format!(
            "t={}ms {} {:?}",
            self.now_ms() - EPOCH_MS,
            if spent { "cancel" } else { "release" },
            out.key
        ));
    }
}

#[test]
fn redis_decides_as_memory() {
    let harness = Harness::start();
    let routes = routes().len();
    let mut runner = TestRunner::new(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let strategy = (setup(), proptest::collection::vec(step(routes), 1..40));
    let result = runner.run(&strategy, |(setup, steps)| {
        Case::new(&harness, &setup).run(&steps)
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}
