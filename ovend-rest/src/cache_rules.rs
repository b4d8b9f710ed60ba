//! Which cache keys a GET reads and writes, for how long, and which keys a
//! mutation invalidates: the cache's [`CacheStrategy`] (by default
//! [`CachePolicy`](ovend_cache::CachePolicy)), namespaced per token.
//!
//! Keys are `ovend:<token digest>:` followed by the strategy's key
//! (`GET /path?sorted&query`). The digest keeps the entries of different bots
//! apart in a shared (Redis) cache without storing the token.
//!
//! **Invalidation rule** (the default policy's): a successful POST, PUT, PATCH
//! or DELETE of `/a/b/c` removes the cached GETs of `/a/b/c` itself (any query),
//! of everything under it (`/a/b/c/…`), and of each ancestor (`/a/b`, `/a`, any
//! query), because collections and parents embed their children. Siblings
//! (`/a/b/d`) are kept; `/channels/1` never touches `/channels/10`. It also
//! removes the collections elsewhere that list what changed, named by the
//! path or, when only the answer carries the id, by the answer (`PATCH
//! /channels/{c}` answers a channel whose `guild_id` makes `GET
//! /guilds/{g}/channels` stale); the table is on
//! [`CachePolicy`](ovend_cache::CachePolicy).
//!
//! **Tokens.** Routes with tokens in their paths (webhooks, interactions) are
//! not cached by the default policy, but a request may still ask for it
//! (`.cache_ttl(..)`) and a custom strategy may cache them. Either way the
//! strategy only ever sees the path with its token segment replaced by a
//! digest (see [`token_route::redact`]), so keys, invalidation prefixes and
//! the routes of cache events never hold a token, and a shared (Redis) cache
//! never stores one.

use std::sync::Arc;
use std::time::Duration;

use http::Method;
use ovend_cache::CacheStrategy;
use ovend_ratelimit::RouteKey;

use crate::token_route;

/// The cache rules of one client (one token).
#[derive(Debug, Clone)]
pub(crate) struct CacheRules {
    namespace: String,
    strategy: Arc<dyn CacheStrategy>,
}

impl CacheRules {
    /// Rules of `strategy` for the token with this digest.
    pub(crate) fn new(token_fingerprint: u64, strategy: Arc<dyn CacheStrategy>) -> Self {
        Self {
            namespace: format!("ovend:{token_fingerprint:016x}:"),
            strategy,
        }
    }

    /// The key of a GET of `path` (whose route key is `route`) with `query`.
    pub(crate) fn key(&self, route: &RouteKey, path: &str, query: Option<&str>) -> String {
        let path = token_route::redact(route, path);
        let key = self
            .strategy
            .key_for("GET", &path, query.unwrap_or_default());
        format!("{}{key}", self.namespace)
    }

    /// How long a GET of `path` may be cached; `None`: not at all.
    pub(crate) fn ttl(&self, route: &RouteKey, path: &str) -> Option<Duration> {
        let path = token_route::redact(route, path);
        self.strategy.ttl_for(&path).filter(|ttl| !ttl.is_zero())
    }

    /// The key prefixes a successful request on `path` (whose route key, with
    /// the method, is `route`) makes stale.
    pub(crate) fn invalidations(&self, route: &RouteKey, path: &str) -> Vec<String> {
        let path = token_route::redact(route, path);
        self.strategy
            .invalidations_for(route.method().as_str(), &path)
            .into_iter()
            .map(|prefix| format!("{}{prefix}", self.namespace))
            .collect()
    }

    /// The key prefixes that only the answer `body` to a successful request
    /// on `path` names (a channel's guild, a webhook message's channel), on
    /// top of [`invalidations`](Self::invalidations). The strategy sees the
    /// redacted path; the body is untrusted and parsed defensively by it.
    pub(crate) fn answer_invalidations(
        &self,
        route: &RouteKey,
        path: &str,
        body: &[u8],
    ) -> Vec<String> {
        let path = token_route::redact(route, path);
        self.strategy
            .invalidations_for_answer(route.method().as_str(), &path, body)
            .into_iter()
            .map(|prefix| format!("{}{prefix}", self.namespace))
            .collect()
    }

    /// The route template an invalidated prefix stands for, for events: ids
    /// folded, tokens hidden, the subtree marked with `/*`.
    pub(crate) fn event_route(&self, prefix: &str) -> String {
        let key = prefix.strip_prefix(&self.namespace).unwrap_or(prefix);
        let path = key.split_once(' ').map_or(key, |(_, path)| path);
        let (path, subtree) = match path.strip_suffix('/') {
            Some(path) => (path, true),
            None => (path.trim_end_matches('?'), false),
        };
        let route = RouteKey::new(&Method::GET, path).route().to_owned();
        if subtree {
            format!("{route}/*")
        } else {
            route
        }
    }
}

/// Whether a method changes what it touches.
pub(crate) fn is_mutation(method: &Method) -> bool {
    matches!(
        *method,
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ovend_cache::CachePolicy;
    use proptest::prelude::*;

    fn rules(digest: u64) -> CacheRules {
        CacheRules::new(digest, Arc::new(CachePolicy::default()))
    }

    fn get(path: &str) -> RouteKey {
        RouteKey::new(&Method::GET, path)
    }

    fn key(rules: &CacheRules, path: &str, query: Option<&str>) -> String {
        rules.key(&get(path), path, query)
    }

    fn invalidations(rules: &CacheRules, method: &Method, path: &str) -> Vec<String> {
        rules.invalidations(&RouteKey::new(method, path), path)
    }

    fn stale(
        rules: &CacheRules,
        method: &Method,
        mutated: &str,
        path: &str,
        query: Option<&str>,
    ) -> bool {
        let key = key(rules, path, query);
        invalidations(rules, method, mutated)
            .iter()
            .any(|prefix| key.starts_with(prefix.as_str()))
    }

    #[test]
    fn keys_are_namespaced_per_token_and_include_the_query() {
        let a = rules(1);
        assert!(key(&a, "/users/@me", None).starts_with("ovend:0000000000000001:"));
        assert_ne!(key(&a, "/x", Some("a=1")), key(&a, "/x", None));
        assert_ne!(key(&a, "/x", None), key(&rules(2), "/x", None));
    }

    #[test]
    fn mutation_invalidates_itself_children_and_ancestors_only() {
        let r = rules(7);
        let patch = Method::PATCH;
        let message = "/channels/1/messages/2";
        assert!(stale(&r, &patch, message, message, None));
        assert!(stale(&r, &patch, message, message, Some("x=1")));
        assert!(stale(
            &r,
            &patch,
            message,
            "/channels/1/messages",
            Some("limit=50")
        ));
        assert!(stale(&r, &patch, message, "/channels/1", None));
        assert!(!stale(&r, &patch, message, "/channels/1/messages/3", None));
        assert!(!stale(&r, &patch, message, "/channels/1/messages/20", None));
        assert!(invalidations(&r, &Method::GET, message).is_empty());
    }

    #[test]
    fn token_routes_are_never_cached_and_events_hide_tokens() {
        let r = rules(7);
        let webhook = "/webhooks/5/secret-token";
        assert_eq!(r.ttl(&get(webhook), webhook), None);
        assert!(r.ttl(&get("/users/@me"), "/users/@me").is_some());
        let routes: Vec<String> = invalidations(&r, &Method::PATCH, "/channels/5/messages/9")
            .iter()
            .map(|prefix| r.event_route(prefix))
            .collect();
        assert!(
            routes.contains(&"/channels/{channel_id}/messages/{id}".to_owned()),
            "{routes:?}"
        );
        assert!(
            routes.contains(&"/channels/{channel_id}/messages/{id}/*".to_owned()),
            "{routes:?}"
        );
        assert!(
            routes.contains(&"/channels/{channel_id}/messages".to_owned()),
            "{routes:?}"
        );
        let route = r.event_route(&format!("{}GET /webhooks/5/secret-token?", r.namespace));
        assert!(!route.contains("secret"), "{route}");
    }

    /// A strategy that caches everything, token routes included, and
    /// invalidates by prefix like the default one: the worst case for leaks.
    #[derive(Debug)]
    struct CacheAll(CachePolicy);

    impl CacheStrategy for CacheAll {
        fn key_for(&self, method: &str, path: &str, query: &str) -> String {
            self.0.key_for(method, path, query)
        }
        fn ttl_for(&self, _route: &str) -> Option<Duration> {
            Some(Duration::from_secs(60))
        }
        fn invalidations_for(&self, method: &str, path: &str) -> Vec<String> {
            vec![self.0.key_for(method, path, "")]
        }
    }

    #[test]
    fn token_segments_never_reach_keys_prefixes_or_event_routes() {
        let r = CacheRules::new(7, Arc::new(CacheAll(CachePolicy::default())));
        let path = "/webhooks/5/secret-token/messages/9";
        let own = key(&r, path, Some("thread_id=3"));
        assert!(!own.contains("secret-token"), "{own}");
        assert!(own.contains("/webhooks/5/tok-"), "{own}");
        assert_eq!(
            own,
            key(&r, path, Some("thread_id=3")),
            "same token, same key"
        );
        let other = "/webhooks/5/other-token/messages/9";
        assert_ne!(own, key(&r, other, Some("thread_id=3")));
        assert!(r.ttl(&get(path), path).is_some());
        let prefixes = invalidations(&r, &Method::PATCH, path);
        assert!(!prefixes.is_empty());
        for prefix in &prefixes {
            assert!(!prefix.contains("secret-token"), "{prefix}");
            let route = r.event_route(prefix);
            assert!(!route.contains("tok-"), "{route}");
            assert!(
                route.starts_with("/webhooks/{webhook_id}/{token}"),
                "{route}"
            );
        }
        // Interaction callbacks too.
        let callback = "/interactions/7/interaction-secret/callback";
        let prefixes = invalidations(&r, &Method::POST, callback);
        assert!(prefixes.iter().all(|p| !p.contains("interaction-secret")));
    }

    proptest! {
        #[test]
        fn siblings_are_never_invalidated(parent in 1u64..1000, a in 1u64..1000, b in 1u64..1000) {
            prop_assume!(a != b);
            let r = rules(3);
            let mutated = format!("/channels/{parent}/messages/{a}");
            let sibling = format!("/channels/{parent}/messages/{b}");
            prop_assert!(!stale(&r, &Method::DELETE, &mutated, &sibling, None));
            prop_assert!(stale(&r, &Method::DELETE, &mutated, &mutated, None));
        }
    }
}
