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
//! (`/a/b/d`) are kept; `/channels/1` never touches `/channels/10`.
//! Routes with tokens in their paths (webhooks, interactions) are never
//! cached, so tokens never become keys.

use std::sync::Arc;
use std::time::Duration;

use http::Method;
use ovend_cache::CacheStrategy;
use ovend_ratelimit::RouteKey;

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

    /// The key of a GET of `path` with `query`.
    pub(crate) fn key(&self, path: &str, query: Option<&str>) -> String {
        let key = self
            .strategy
            .key_for("GET", path, query.unwrap_or_default());
        format!("{}{key}", self.namespace)
    }

    /// How long a GET of `path` may be cached; `None`: not at all.
    pub(crate) fn ttl(&self, path: &str) -> Option<Duration> {
        self.strategy.ttl_for(path).filter(|ttl| !ttl.is_zero())
    }

    /// The key prefixes a successful `method` on `path` makes stale.
    pub(crate) fn invalidations(&self, method: &Method, path: &str) -> Vec<String> {
        self.strategy
            .invalidations_for(method.as_str(), path)
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

    fn stale(
        rules: &CacheRules,
        method: &Method,
        mutated: &str,
        path: &str,
        query: Option<&str>,
    ) -> bool {
        let key = rules.key(path, query);
        rules
            .invalidations(method, mutated)
            .iter()
            .any(|prefix| key.starts_with(prefix.as_str()))
    }

    #[test]
    fn keys_are_namespaced_per_token_and_include_the_query() {
        let a = rules(1);
        assert!(a
            .key("/users/@me", None)
            .starts_with("ovend:0000000000000001:"));
        assert_ne!(a.key("/x", Some("a=1")), a.key("/x", None));
        assert_ne!(a.key("/x", None), rules(2).key("/x", None));
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
        assert!(r.invalidations(&Method::GET, message).is_empty());
    }

    #[test]
    fn token_routes_are_never_cached_and_events_hide_tokens() {
        let r = rules(7);
        assert_eq!(r.ttl("/webhooks/5/secret-token"), None);
        assert!(r.ttl("/users/@me").is_some());
        let routes: Vec<String> = r
            .invalidations(&Method::PATCH, "/channels/5/messages/9")
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
