//! Which answers are cached, for how long, and what a mutation invalidates.

use std::fmt;
use std::time::Duration;

use crate::route::{normalize, segments, Pattern};

/// The caching rules a [`CacheManager`](crate::CacheManager) follows.
///
/// Object safe, so a manager holds `Arc<dyn CacheStrategy>`; [`CachePolicy`] is the
/// table-driven implementation.
pub trait CacheStrategy: Send + Sync + fmt::Debug {
    /// The cache key of a request: equal for requests whose answers are equal.
    fn key_for(&self, method: &str, path: &str, query: &str) -> String;
    /// How long answers of `route` (a path or route template) may be cached;
    /// `None`: never.
    fn ttl_for(&self, route: &str) -> Option<Duration>;
    /// Key prefixes a `method` request on `path` makes stale (empty for reads).
    fn invalidations_for(&self, method: &str, path: &str) -> Vec<String>;
}

/// A route pattern and how long its answers live (`None`: never cached).
#[derive(Debug, Clone)]
struct Rule {
    pattern: Pattern,
    ttl: Option<Duration>,
}

const MINUTE: Duration = Duration::from_secs(60);

fn rule(pattern: &str, ttl: Option<Duration>) -> Rule {
    Rule {
        pattern: Pattern::parse(pattern),
        ttl,
    }
}

/// Routes carrying webhook or interaction tokens in their path: never cached, so
/// tokens never become cache keys (or invalidation prefixes in events).
fn token_rules() -> Vec<Rule> {
    vec![rule("/webhooks/**", None), rule("/interactions/**", None)]
}

/// The built-in table.
fn default_rules() -> Vec<Rule> {
    let mut rules = token_rules();
    rules.extend([
        rule("/oauth2/**", None),
        rule("/users/@me", Some(5 * MINUTE)),
        rule("/users/@me/guilds", Some(MINUTE)),
        rule("/users/{id}", Some(5 * MINUTE)),
        rule("/channels/{id}", Some(MINUTE)),
        rule("/channels/{id}/messages", Some(Duration::from_secs(30))),
        rule(
            "/channels/{id}/messages/{id}",
            Some(Duration::from_secs(30)),
        ),
        rule("/channels/{id}/pins", Some(Duration::from_secs(30))),
        rule("/guilds/{id}", Some(MINUTE)),
        rule("/guilds/{id}/channels", Some(MINUTE)),
        rule("/guilds/{id}/roles", Some(MINUTE)),
        rule("/guilds/{id}/members/{id}", Some(MINUTE)),
        rule("/guilds/{id}/emojis", Some(5 * MINUTE)),
        rule("/applications/{id}/commands", Some(5 * MINUTE)),
        rule("/gateway", Some(MINUTE)),
        rule("/gateway/bot", Some(MINUTE)),
    ]);
    rules
}

/// Methods that read and never change anything.
fn is_read(method: &str) -> bool {
    ["GET", "HEAD", "OPTIONS"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(method))
}

/// A table of TTLs by route pattern with a default, and the invalidation rule.
///
/// **TTLs.** Patterns are route templates: `{id}` (or any `{name}`) matches a
/// snowflake or a placeholder, `*` any one segment, a final `**` any rest. The first
/// matching rule wins; rules added on the builder come before the built-in ones:
///
/// | route | TTL |
/// |---|---|
/// | `/users/@me` | 5 min |
/// | `/users/{id}`, `/guilds/{id}/emojis`, `/applications/{id}/commands` | 5 min |
/// | `/channels/{id}`, `/guilds/{id}`, its channels, roles, members | 60 s |
/// | `/channels/{id}/messages`, a message, pins | 30 s |
/// | `/webhooks/**`, `/interactions/**`, `/oauth2/**` | never (tokens in paths) |
/// | anything else | the default, 30 s |
///
/// **Keys** are `GET /real/path?sorted&query` — the real path, since two channels
/// answer differently, and always with the `?`, so `GET /channels/1?` is a prefix of
/// exactly that resource's keys and not of `/channels/12`'s.
///
/// **Invalidation.** A mutation of `/a/b/c` makes stale the cached reads of `/a/b/c`
/// itself, of everything under it (`/a/b/c/…`), and of each ancestor (`/a/b`, `/a`),
/// since collections and parents embed their children: editing a message changes
/// the channel's message list, adding a reaction changes the message.
#[derive(Debug, Clone)]
pub struct CachePolicy {
    rules: Vec<Rule>,
    default_ttl: Option<Duration>,
}

impl Default for CachePolicy {
    fn default() -> Self {
        Self::builder().build()
    }
}

impl CachePolicy {
    /// Starts configuring a policy (the built-in table, default TTL 30 s).
    pub fn builder() -> CachePolicyBuilder {
        CachePolicyBuilder {
            rules: Vec::new(),
            defaults: true,
            default_ttl: Some(Duration::from_secs(30)),
        }
    }

    /// The TTL of routes no rule matches.
    pub fn default_ttl(&self) -> Option<Duration> {
        self.default_ttl
    }

    /// The rule patterns in the order they are tried.
    pub fn patterns(&self) -> impl Iterator<Item = &str> + '_ {
        self.rules.iter().map(|r| r.pattern.as_str())
    }

    /// Whether the first rule matching these segments says "never".
    fn excluded(&self, segments: &[&str]) -> bool {
        self.rules
            .iter()
            .find(|rule| rule.pattern.matches(segments))
            .is_some_and(|rule| rule.ttl.is_none())
    }

    fn cacheable(&self, path: &str) -> bool {
        self.ttl_for(path).is_some_and(|ttl| !ttl.is_zero())
    }
}

impl CacheStrategy for CachePolicy {
    fn key_for(&self, method: &str, path: &str, query: &str) -> String {
        // A query may come inside the path too; both parts count.
        let inline = path.split_once('?').map(|(_, q)| q).unwrap_or_default();
        let inline = inline.split('#').next().unwrap_or_default();
        let mut pairs: Vec<&str> = inline
            .split('&')
            .chain(query.trim_start_matches('?').split('&'))
            .filter(|p| !p.is_empty())
            .collect();
        pairs.sort_unstable();
        format!(
            "{} {}?{}",
            method.to_ascii_uppercase(),
            normalize(path),
            pairs.join("&")
        )
    }

    fn ttl_for(&self, route: &str) -> Option<Duration> {
        let segments = segments(route);
        self.rules
            .iter()
            .find(|rule| rule.pattern.matches(&segments))
            .map_or(self.default_ttl, |rule| rule.ttl)
    }

    fn invalidations_for(&self, method: &str, path: &str) -> Vec<String> {
        if is_read(method) {
            return Vec::new();
        }
        let segments = segments(path);
        let mut prefixes = Vec::new();
        let own = normalize(path);
        if self.cacheable(&own) {
            prefixes.push(format!("GET {own}?"));
        }
        // The subtree may hold cached routes even when this one is not cached; only
        // a path a rule excludes outright (the token routes) has nothing under it.
        if !segments.is_empty() && !self.excluded(&segments) {
            prefixes.push(format!("GET {own}/"));
        }
        for end in (1..segments.len()).rev() {
            let ancestor = format!("/{}", segments[..end].join("/"));
            if self.cacheable(&ancestor) {
                prefixes.push(format!("GET {ancestor}?"));
            }
        }
        prefixes
    }
}

/// Configures a [`CachePolicy`].
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct CachePolicyBuilder {
    rules: Vec<Rule>,
    defaults: bool,
    default_ttl: Option<Duration>,
}

impl CachePolicyBuilder {
    /// Caches answers of routes matching `pattern` for `ttl`. Earlier rules win.
    pub fn route(mut self, pattern: &str, ttl: Duration) -> Self {
        self.rules.push(Rule {
            pattern: Pattern::parse(pattern),
            ttl: Some(ttl),
        });
        self
    }

    /// Never caches routes matching `pattern`.
    pub fn never(mut self, pattern: &str) -> Self {
        self.rules.push(Rule {
            pattern: Pattern::parse(pattern),
            ttl: None,
        });
        self
    }

    /// The TTL of routes no rule matches (`None`: only listed routes are cached).
    pub fn default_ttl(mut self, ttl: Option<Duration>) -> Self {
        self.default_ttl = ttl;
        self
    }

    /// Leaves out the built-in rules, keeping only those added here. The token
    /// routes (`/webhooks/**`, `/interactions/**`) stay excluded.
    pub fn without_defaults(mut self) -> Self {
        self.defaults = false;
        self
    }

    /// Builds the policy.
    pub fn build(self) -> CachePolicy {
        let rules = if self.defaults {
            let mut rules = self.rules;
            rules.extend(default_rules());
            rules
        } else {
            // Token-bearing paths must never become keys, whatever the user asked.
            let mut rules = token_rules();
            rules.extend(self.rules);
            rules
        };
        CachePolicy {
            rules,
            default_ttl: self.default_ttl,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_ttls() {
        let p = CachePolicy::default();
        assert_eq!(p.ttl_for("/users/@me"), Some(5 * MINUTE));
        assert_eq!(p.ttl_for("/channels/123"), Some(MINUTE));
        assert_eq!(p.ttl_for("/channels/{channel_id}"), Some(MINUTE));
        assert_eq!(
            p.ttl_for("/channels/1/messages/2"),
            Some(Duration::from_secs(30))
        );
        assert_eq!(p.ttl_for("/webhooks/1/secret-token"), None);
        assert_eq!(p.ttl_for("/interactions/1/tok/callback"), None);
        assert_eq!(
            p.ttl_for("/guilds/1/audit-logs"),
            Some(Duration::from_secs(30))
        );
    }

    #[test]
    fn user_rules_win_and_defaults_can_go() {
        let p = CachePolicy::builder()
            .route("/users/@me", Duration::from_secs(1))
            .never("/guilds/{id}/audit-logs")
            .build();
        assert_eq!(p.ttl_for("/users/@me"), Some(Duration::from_secs(1)));
        assert_eq!(p.ttl_for("/guilds/1/audit-logs"), None);

        let p = CachePolicy::builder()
            .without_defaults()
            .default_ttl(None)
            .route("/channels/{id}", Duration::from_secs(9))
            .build();
        assert_eq!(p.ttl_for("/channels/1"), Some(Duration::from_secs(9)));
        assert_eq!(p.ttl_for("/users/@me"), None);
        let q = CachePolicy::builder().without_defaults().build();
        assert_eq!(q.ttl_for("/webhooks/1/tok"), None, "token routes stay out");
        assert_eq!(q.ttl_for("/interactions/1/tok"), None);
    }

    #[test]
    fn keys_keep_real_ids_and_sort_the_query() {
        let p = CachePolicy::default();
        assert_eq!(
            p.key_for("get", "/channels/1/messages/", "limit=5&before=9"),
            "GET /channels/1/messages?before=9&limit=5"
        );
        assert_eq!(
            p.key_for("GET", "/channels/1/messages?limit=5", "?before=9"),
            "GET /channels/1/messages?before=9&limit=5"
        );
        assert_eq!(p.key_for("GET", "/users/@me", ""), "GET /users/@me?");
    }

    #[test]
    fn mutations_invalidate_self_subtree_and_ancestors() {
        let p = CachePolicy::default();
        assert!(p.invalidations_for("GET", "/channels/1").is_empty());
        assert_eq!(
            p.invalidations_for("PATCH", "/channels/1/messages/2"),
            [
                "GET /channels/1/messages/2?",
                "GET /channels/1/messages/2/",
                "GET /channels/1/messages?",
                "GET /channels/1?",
                "GET /channels?",
            ]
        );
        // Token routes: nothing cached, so nothing (and no token) to invalidate.
        assert!(p.invalidations_for("POST", "/webhooks/1/tok").is_empty());
        assert!(p
            .invalidations_for("POST", "/interactions/1/tok/callback")
            .is_empty());
    }

    #[test]
    fn an_invalidation_prefix_covers_exactly_its_keys() {
        let p = CachePolicy::default();
        let prefixes = p.invalidations_for("DELETE", "/channels/1/messages/2");
        let stale = |key: &str| prefixes.iter().any(|x| key.starts_with(x.as_str()));
        assert!(stale(&p.key_for("GET", "/channels/1/messages/2", "")));
        assert!(stale(&p.key_for("GET", "/channels/1/messages", "limit=50")));
        assert!(stale(&p.key_for("GET", "/channels/1", "")));
        assert!(!stale(&p.key_for("GET", "/channels/1/messages/3", "")));
        assert!(!stale(&p.key_for("GET", "/channels/12", "")));
        assert!(!stale(&p.key_for("GET", "/channels/1/messages/22", "")));
    }

    proptest::proptest! {
        /// A mutation of one message never invalidates another channel's or another
        /// message's cached reads, and always invalidates its own and its list's.
        #[test]
        fn invalidation_is_exact(
            channel in 1u64..1_000_000,
            other_channel in 1u64..1_000_000,
            message in 1u64..1_000_000,
            other_message in 1u64..1_000_000,
            query in "[a-z]{0,5}(=[0-9]{1,3})?",
        ) {
            let p = CachePolicy::default();
            let prefixes = p.invalidations_for("PATCH", &format!("/channels/{channel}/messages/{message}"));
            let stale = |key: &str| prefixes.iter().any(|x| key.starts_with(x.as_str()));
            let own = p.key_for("GET", &format!("/channels/{channel}/messages/{message}"), &query);
            let list = p.key_for("GET", &format!("/channels/{channel}/messages"), &query);
            proptest::prop_assert!(stale(&own));
            proptest::prop_assert!(stale(&list));
            if other_channel != channel {
                let key = p.key_for("GET", &format!("/channels/{other_channel}/messages/{message}"), &query);
                proptest::prop_assert!(!stale(&key));
                let key = p.key_for("GET", &format!("/channels/{other_channel}"), "");
                proptest::prop_assert!(!stale(&key));
            }
            if other_message != message {
                let key = p.key_for("GET", &format!("/channels/{channel}/messages/{other_message}"), &query);
                proptest::prop_assert!(!stale(&key));
            }
        }
    }
}
