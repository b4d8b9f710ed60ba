//! The rate-limit decision for one request, made atomically under one lock.
//!
//! Order of checks: global limit (unless the route is exempt), the route's
//! bucket, a `shared` limit on the resource, then a hidden sublimit. Nothing is
//! consumed unless every check passes, so a rejected request never eats into
//! a window (Discord does not count 429s against buckets either).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::time::Instant;

use super::window::WindowView;
use super::{Rule, SlidingLog, Window};

/// Prune expired windows once a map grows past this many entries.
const PRUNE_AT: usize = 4_096;

/// The major parameter that splits a bucket hash into buckets.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Major {
    /// The route has no major parameter (per token only).
    None,
    /// A channel or guild id.
    Id(u64),
    /// A webhook or interaction id with its token.
    IdToken(u64, Arc<str>),
}

/// A hidden sublimit that applies to this request.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SubRef {
    /// Which sublimit (e.g. channel renames).
    pub(crate) name: &'static str,
    /// The resource it is counted on (channel or webhook id).
    pub(crate) scope: u64,
    pub(crate) rule: Rule,
}

/// Everything the limiter needs to know about one request.
#[derive(Debug, Clone)]
pub(crate) struct LimitRequest {
    /// Index of the bot token, `None` for token-in-URL requests without one.
    pub(crate) caller: Option<u32>,
    pub(crate) hash: &'static str,
    pub(crate) rule: Rule,
    pub(crate) major: Major,
    pub(crate) sublimit: Option<SubRef>,
    /// The major id, checked against `shared` limits.
    pub(crate) resource: Option<u64>,
    /// Whether the global limit applies (interaction callbacks are exempt).
    pub(crate) global: bool,
}

/// What the rate-limit headers of the answer say about the bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BucketHeaders {
    pub(crate) hash: &'static str,
    pub(crate) limit: u32,
    pub(crate) remaining: u32,
    pub(crate) reset_after: Duration,
}

/// Which non-global limit rejected the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LimitScope {
    Bucket,
    Sublimit,
    Shared,
}

/// The decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    Allowed(BucketHeaders),
    Global {
        retry_after: Duration,
    },
    Limited {
        scope: LimitScope,
        bucket: BucketHeaders,
        retry_after: Duration,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BucketKey {
    caller: Option<u32>,
    hash: &'static str,
    major: Major,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct SubKey {
    name: &'static str,
    scope: u64,
}

#[derive(Debug, Default)]
struct State {
    global: HashMap<Option<u32>, SlidingLog>,
    buckets: Windows<BucketKey>,
    sublimits: Windows<SubKey>,
    shared_rules: HashMap<u64, Rule>,
    shared: Windows<u64>,
}

/// All rate-limit state of the emulator.
#[derive(Debug)]
pub(crate) struct Limiter {
    global_rule: Rule,
    state: Mutex<State>,
}

fn headers(hash: &'static str, rule: Rule, view: WindowView) -> BucketHeaders {
    BucketHeaders {
        hash,
        limit: rule.limit,
        remaining: view.remaining,
        reset_after: view.reset_after,
    }
}

/// Windows by key, pruned of expired ones as the map grows.
///
/// Pruning is `O(n)`, so it runs only when the map doubled since the last
/// prune: amortised `O(1)` per insert even with many live windows.
#[derive(Debug)]
struct Windows<K> {
    map: HashMap<K, Window>,
    prune_at: usize,
}

impl<K> Default for Windows<K> {
    fn default() -> Self {
        Self {
            map: HashMap::new(),
            prune_at: PRUNE_AT,
        }
    }
}

impl<K: std::hash::Hash + Eq> Windows<K> {
    fn get(&self, key: &K) -> Option<&Window> {
        self.map.get(key)
    }

    /// Takes one request from the window under `key`.
    fn take(&mut self, key: K, rule: Rule, now: Instant) -> WindowView {
        if self.map.len() >= self.prune_at && !self.map.contains_key(&key) {
            self.map.retain(|_, w| w.live(now));
            self.prune_at = PRUNE_AT.max(self.map.len() * 2);
        }
        let mut slot = self.map.get(&key).copied();
        let view = Window::take(&mut slot, rule, now);
        if let Some(window) = slot {
            self.map.insert(key, window);
        }
        view
    }

    fn remove(&mut self, key: &K) {
        self.map.remove(key);
    }

    fn clear(&mut self) {
        self.map.clear();
        self.prune_at = PRUNE_AT;
    }
}

impl Limiter {
    /// `global_rule` is already scaled.
    pub(crate) fn new(global_rule: Rule) -> Self {
        Self {
            global_rule,
            state: Mutex::new(State::default()),
        }
    }

    /// Decides one request and, if allowed, consumes from every window involved.
    pub(crate) fn check(&self, req: &LimitRequest, now: Instant) -> Verdict {
        let mut state = self.state.lock();
        let state = &mut *state;
        if req.global {
            let log = state.global.entry(req.caller).or_default();
            if let Err(retry_after) = log.check(self.global_rule, now) {
                return Verdict::Global { retry_after };
            }
        }
        let key = BucketKey {
            caller: req.caller,
            hash: req.hash,
            major: req.major.clone(),
        };
        let view = Window::view(state.buckets.get(&key), req.rule, now);
        let bucket = headers(req.hash, req.rule, view);
        if view.remaining == 0 {
            return Verdict::Limited {
                scope: LimitScope::Bucket,
                bucket,
                retry_after: view.reset_after,
            };
        }
        let shared_rule = req
            .resource
            .and_then(|id| state.shared_rules.get(&id).copied());
        if let (Some(id), Some(rule)) = (req.resource, shared_rule) {
            let shared = Window::view(state.shared.get(&id), rule, now);
            if shared.remaining == 0 {
                return Verdict::Limited {
                    scope: LimitScope::Shared,
                    bucket,
                    retry_after: shared.reset_after,
                };
            }
        }
        if let Some(sub) = req.sublimit {
            let sub_key = SubKey {
                name: sub.name,
                scope: sub.scope,
            };
            let sub_view = Window::view(state.sublimits.get(&sub_key), sub.rule, now);
            if sub_view.remaining == 0 {
                return Verdict::Limited {
                    scope: LimitScope::Sublimit,
                    bucket,
                    retry_after: sub_view.reset_after,
                };
            }
            state.sublimits.take(sub_key, sub.rule, now);
        }
        if let (Some(id), Some(rule)) = (req.resource, shared_rule) {
            state.shared.take(id, rule, now);
        }
        if req.global {
            state.global.entry(req.caller).or_default().record(now);
        }
        let after = state.buckets.take(key, req.rule, now);
        Verdict::Allowed(headers(req.hash, req.rule, after))
    }

    /// Limits every route whose major id is `resource` for everyone (scope `shared`).
    pub(crate) fn limit_shared(&self, resource: u64, rule: Rule) {
        let mut state = self.state.lock();
        state.shared.remove(&resource);
        state.shared_rules.insert(resource, rule);
    }

    /// Removes every `shared` limit.
    pub(crate) fn clear_shared(&self) {
        let mut state = self.state.lock();
        state.shared_rules.clear();
        state.shared.clear();
    }

    /// Forgets all windows (the `shared` rules stay configured).
    pub(crate) fn reset(&self) {
        let mut state = self.state.lock();
        state.global.clear();
        state.buckets.clear();
        state.sublimits.clear();
        state.shared.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn request(major: u64) -> LimitRequest {
        LimitRequest {
            caller: Some(0),
            hash: "abc",
            rule: Rule::new(2, 5 * SECOND),
            major: Major::Id(major),
            sublimit: None,
            resource: Some(major),
            global: true,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn bucket_rejects_past_limit_and_majors_are_separate() {
        let limiter = Limiter::new(Rule::new(50, SECOND));
        let now = Instant::now();
        assert!(matches!(limiter.check(&request(1), now), Verdict::Allowed(h) if h.remaining == 1));
        assert!(matches!(limiter.check(&request(1), now), Verdict::Allowed(h) if h.remaining == 0));
        match limiter.check(&request(1), now + SECOND) {
            Verdict::Limited {
                scope,
                bucket,
                retry_after,
            } => {
                assert_eq!(scope, LimitScope::Bucket);
                assert_eq!(bucket.remaining, 0);
                assert_eq!(retry_after, 4 * SECOND);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            limiter.check(&request(2), now),
            Verdict::Allowed(_)
        ));
    }

    #[tokio::test(start_paused = true)]
    async fn global_limit_counts_across_buckets_unless_exempt() {
        let limiter = Limiter::new(Rule::new(3, SECOND));
        let now = Instant::now();
        for id in 0..3 {
            assert!(matches!(
                limiter.check(&request(id), now),
                Verdict::Allowed(_)
            ));
        }
        assert!(
            matches!(limiter.check(&request(9), now), Verdict::Global { retry_after } if retry_after == SECOND)
        );
        let exempt = LimitRequest {
            global: false,
            ..request(9)
        };
        assert!(matches!(limiter.check(&exempt, now), Verdict::Allowed(_)));
    }

    #[tokio::test(start_paused = true)]
    async fn sublimit_rejects_with_bucket_remaining_left() {
        let limiter = Limiter::new(Rule::new(50, SECOND));
        let rename = LimitRequest {
            rule: Rule::new(5, 5 * SECOND),
            sublimit: Some(SubRef {
                name: "rename",
                scope: 1,
                rule: Rule::new(1, 600 * SECOND),
            }),
            ..request(1)
        };
        let now = Instant::now();
        assert!(matches!(limiter.check(&rename, now), Verdict::Allowed(_)));
        match limiter.check(&rename, now) {
            Verdict::Limited {
                scope: LimitScope::Sublimit,
                bucket,
                retry_after,
            } => {
                assert_eq!(bucket.remaining, 4);
                assert_eq!(retry_after, 600 * SECOND);
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn expired_windows_are_pruned_as_the_map_grows() {
        let mut windows: Windows<u64> = Windows::default();
        let rule = Rule::new(1, SECOND);
        let start = Instant::now();
        for id in 0..PRUNE_AT as u64 {
            windows.take(id, rule, start);
        }
        windows.take(u64::MAX, rule, start + 2 * SECOND);
        assert_eq!(windows.map.len(), 1, "only the live window is left");
        assert_eq!(windows.prune_at, PRUNE_AT);
    }

    #[tokio::test(start_paused = true)]
    async fn shared_limit_applies_to_every_caller() {
        let limiter = Limiter::new(Rule::new(50, SECOND));
        limiter.limit_shared(7, Rule::new(1, SECOND));
        let now = Instant::now();
        assert!(matches!(
            limiter.check(&request(7), now),
            Verdict::Allowed(_)
        ));
        let other_token = LimitRequest {
            caller: Some(1),
            ..request(7)
        };
        assert!(matches!(
            limiter.check(&other_token, now),
            Verdict::Limited {
                scope: LimitScope::Shared,
                ..
            }
        ));
        limiter.clear_shared();
        assert!(matches!(
            limiter.check(&other_token, now),
            Verdict::Allowed(_)
        ));
    }
}
