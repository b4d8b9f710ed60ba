//! Which answers are cached, for how long, and what a mutation invalidates.

use std::fmt;
use std::time::Duration;

use crate::collections::{self, Stale};
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

    /// Key prefixes a successful `method` request on `path` makes stale that
    /// only its answer `body` can name, *in addition to*
    /// [`invalidations_for`](Self::invalidations_for): e.g. `PATCH
    /// /channels/{c}` answers a channel whose `guild_id` names the guild whose
    /// channel list is now stale.
    ///
    /// `body` comes from the network: an implementation must treat it as
    /// untrusted (garbage, huge numbers, ids of the wrong type) and answer
    /// nothing rather than fail. The default answers nothing, so strategies
    /// written before this method existed keep working unchanged.
    fn invalidations_for_answer(&self, method: &str, path: &str, body: &[u8]) -> Vec<String> {
        let _ = (method, path, body);
        Vec::new()
    }
}

/// A route pattern and how long its answers live (`None`: never cached).
#[derive(Debug, Clone)]
struct Rule {
    pattern: Pattern,
    ttl: Option<Duration>,
}

const SECOND: Duration = Duration::from_secs(1);
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

/// Routes that are never cached even when a default TTL is configured: their
/// answers are per user, secret, or only useful fresh. The reasons are in the
/// table on [`CachePolicy`].
fn never_rules() -> Vec<Rule> {
    [
        "/oauth2/**",
        "/gateway/bot",
        "/invites/**",
        "/channels/{id}/invites",
        "/guilds/{id}/invites",
        "/guilds/{id}/audit-logs",
        "/guilds/{id}/bans",
        "/guilds/{id}/bans/**",
        "/guilds/{id}/members",
        "/guilds/{id}/members/search",
        "/guilds/{id}/prune",
        "/users/@me/channels",
        "/users/@me/guilds/{id}/member",
        "/channels/{id}/messages/{id}/reactions/**",
        "/channels/{id}/threads/**",
        "/channels/{id}/users/@me/threads/**",
    ]
    .into_iter()
    .map(|pattern| rule(pattern, None))
    .collect()
}

/// The built-in table; see [`CachePolicy`] for why each TTL.
fn default_rules() -> Vec<Rule> {
    let mut rules = token_rules();
    rules.extend(never_rules());
    rules.extend([
        rule("/users/@me", Some(5 * MINUTE)),
        rule("/users/@me/guilds", Some(MINUTE)),
        rule("/users/{id}", Some(5 * MINUTE)),
        rule("/channels/{id}", Some(MINUTE)),
        rule("/channels/{id}/messages", Some(10 * SECOND)),
        rule("/channels/{id}/messages/{id}", Some(30 * SECOND)),
        rule("/channels/{id}/pins", Some(MINUTE)),
        rule("/guilds/{id}", Some(MINUTE)),
        rule("/guilds/{id}/channels", Some(MINUTE)),
        rule("/guilds/{id}/roles", Some(MINUTE)),
        rule("/guilds/{id}/members/{id}", Some(MINUTE)),
        rule("/guilds/{id}/emojis", Some(5 * MINUTE)),
        rule("/guilds/{id}/emojis/{id}", Some(5 * MINUTE)),
        rule("/guilds/{id}/stickers", Some(5 * MINUTE)),
        rule("/applications/{id}/commands", Some(5 * MINUTE)),
        rule("/applications/{id}/guilds/{id}/commands", Some(5 * MINUTE)),
        rule("/gateway", Some(5 * MINUTE)),
    ]);
    rules
}

/// Methods that read and never change anything.
fn is_read(method: &str) -> bool {
    ["GET", "HEAD", "OPTIONS"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(method))
}

/// A table of TTLs by route pattern, and the invalidation rules.
///
/// **TTLs.** Patterns are route templates: `{id}` (or any `{name}`) matches a
/// snowflake or a placeholder, `*` any one segment, a final `**` any rest. The first
/// matching rule wins; rules added on the builder come before the built-in ones.
/// A route no rule lists is **not cached** unless a default TTL is configured
/// ([`CachePolicyBuilder::default_ttl`]): Discord sends no cache headers, so
/// only answers known to be safe to reuse are reused.
///
/// | route | TTL | why |
/// |---|---|---|
/// | `/users/@me` | 5 min | the bot's own account changes rarely, and only through this client's own `PATCH /users/@me`, which invalidates it |
/// | `/users/{id}` | 5 min | public profiles (name, avatar) change rarely |
/// | `/users/@me/guilds` | 60 s | joins and leaves happen without a request of ours |
/// | `/channels/{id}`, `/guilds/{id}` | 60 s | settings change, by moderators, from elsewhere |
/// | `/guilds/{id}/channels`, `/guilds/{id}/roles` | 60 s | as above; our own edits invalidate them (see below) |
/// | `/guilds/{id}/members/{id}` | 60 s | roles and nicknames change from elsewhere; our own edits, role changes and bans invalidate |
/// | `/channels/{id}/messages` | 10 s | other users post all the time; the list is stale soonest |
/// | `/channels/{id}/messages/{id}` | 30 s | one message is edited rarely, but reactions and embeds update it |
/// | `/channels/{id}/pins` | 60 s | pins change rarely |
/// | `/guilds/{id}/emojis[/{id}]`, `/guilds/{id}/stickers` | 5 min | change rarely |
/// | `/applications/{id}/commands`, `…/guilds/{id}/commands` | 5 min | change only when a bot deploys commands |
/// | `/gateway` | 5 min | a fixed URL |
/// | `/webhooks/**`, `/interactions/**` | never | tokens in paths must never become keys |
/// | `/oauth2/**` | never | token and application secrets, per token |
/// | `/gateway/bot` | never | `session_start_limit` counts down with every identify; a stale count misleads sharding |
/// | `/invites/**`, channel and guild invites | never | use counts and per-user targets, only useful fresh |
/// | `/guilds/{id}/audit-logs` | never | a moderation record, read to see what just happened |
/// | `/guilds/{id}/bans[/**]`, `/guilds/{id}/prune` | never | moderation state, read right before acting on it |
/// | `/guilds/{id}/members`, `…/members/search` | never | paginated and large; joins and leaves are constant |
/// | `/users/@me/channels`, `/users/@me/guilds/{id}/member` | never | per-user data |
/// | reactions, threads lists | never | change constantly |
/// | anything else | never, or the configured default | unknown freshness |
///
/// **Keys** are `GET /real/path?sorted&query` — the real path, since two channels
/// answer differently, and always with the `?`, so `GET /channels/1?` is a prefix of
/// exactly that resource's keys and not of `/channels/12`'s.
///
/// **Invalidation.** A mutation of `/a/b/c` makes stale the cached reads of `/a/b/c`
/// itself, of everything under it (`/a/b/c/…`), and of each ancestor (`/a/b`, `/a`),
/// since collections and parents embed their children: editing a message changes
/// the channel's message list, adding a reaction changes the message. It also
/// makes stale the collections elsewhere in the tree that list what it changed,
/// from the path ([`invalidations_for`](CacheStrategy::invalidations_for)) or,
/// where only the answer carries the id, from the answer
/// ([`invalidations_for_answer`](CacheStrategy::invalidations_for_answer)):
///
/// | mutation | also stale | learnt from |
/// |---|---|---|
/// | `PATCH`/`DELETE /channels/{c}` | `GET /guilds/{g}/channels` | the answer's `guild_id` |
/// | a message edit, delete, reaction (`/channels/{c}/messages/{m}/…`) | `GET /channels/{c}/pins` | the path |
/// | `POST /channels/{c}/messages/bulk-delete` | every cached message of the channel, the pins | the path |
/// | pin or unpin (`/channels/{c}/pins/{m}`) | the message and the message list (`pinned`), the pins | the path |
/// | `PATCH`/`DELETE /guilds/{g}/roles/{r}` | every `GET /guilds/{g}/members…` (members list role ids) | the path |
/// | `PUT /guilds/{g}/bans/{u}` | the member and the member list (a ban removes the member) | the path |
/// | `POST /guilds/{g}/bulk-ban` | every `GET /guilds/{g}/members…` | the path |
/// | `DELETE /users/@me/guilds/{g}` | everything under `GET /guilds/{g}` | the path |
/// | `PATCH /guilds/{g}/members/@me` | `GET /guilds/{g}/members/{me}` | the answer's `user.id` |
/// | `PATCH /users/@me` | `GET /users/{me}` | the answer's `id` |
/// | a webhook message posted (`wait=true`) or edited | the channel's message list, the message, the pins | the answer's `channel_id` and `id` |
///
/// Member role changes and member edits need no extra rule (the member and the
/// list are ancestors). A permission overwrite change answers 204 without a
/// guild id, so the guild's channel list keeps its copy until its TTL.
/// Answers are parsed defensively: only JSON strings of 1–20 digits within
/// `u64` are taken as ids; anything else adds no invalidation.
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
    /// Starts configuring a policy (the built-in table, no default TTL).
    pub fn builder() -> CachePolicyBuilder {
        CachePolicyBuilder {
            rules: Vec::new(),
            defaults: true,
            default_ttl: None,
        }
    }

    /// The TTL of routes no rule matches (`None` unless configured).
    pub fn default_ttl(&self) -> Option<Duration> {
        self.default_ttl
    }

    /// The rule patterns in the order they are tried.
    pub fn patterns(&self) -> impl Iterator<Item = &str> + '_ {
        self.rules.iter().map(|r| r.pattern.as_str())
    }

    /// Whether the first rule matching these segments says "never" for the
    /// path and everything under it (a `…/**` rule, such as the token routes).
    fn excluded(&self, segments: &[&str]) -> bool {
        self.rules
            .iter()
            .find(|rule| rule.pattern.matches(segments))
            .is_some_and(|rule| rule.ttl.is_none() && rule.pattern.covers_subtree())
    }

    fn cacheable(&self, path: &str) -> bool {
        self.ttl_for(path).is_some_and(|ttl| !ttl.is_zero())
    }

    /// The prefixes that make the reads of `path` stale (`GET path?`), and of
    /// its subtree (`GET path/`) when `subtree`. Only what may be cached is
    /// named: each prefix costs a backend a scan.
    fn push_prefixes(&self, prefixes: &mut Vec<String>, path: &str, subtree: bool) {
        let own = normalize(path);
        let mut push = |prefix: String| {
            if !prefixes.contains(&prefix) {
                prefixes.push(prefix);
            }
        };
        if self.cacheable(&own) {
            push(format!("GET {own}?"));
        }
        let segments = segments(&own);
        // The subtree may hold cached routes even when this one is not cached; only
        // a path a rule excludes outright (the token routes) has nothing under it.
        if subtree && !segments.is_empty() && !self.excluded(&segments) {
            push(format!("GET {own}/"));
        }
    }

    fn push_collections(&self, prefixes: &mut Vec<String>, stale: Vec<Stale>) {
        for stale in stale {
            match stale {
                Stale::Exact(path) => self.push_prefixes(prefixes, &path, false),
                Stale::Tree(path) => self.push_prefixes(prefixes, &path, true),
            }
        }
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
        self.push_prefixes(&mut prefixes, path, true);
        for end in (1..segments.len()).rev() {
            let ancestor = format!("/{}", segments[..end].join("/"));
            self.push_prefixes(&mut prefixes, &ancestor, false);
        }
        self.push_collections(&mut prefixes, collections::from_path(method, &segments));
        prefixes
    }

    fn invalidations_for_answer(&self, method: &str, path: &str, body: &[u8]) -> Vec<String> {
        if is_read(method) {
            return Vec::new();
        }
        let mut prefixes = Vec::new();
        let stale = collections::from_answer(method, &segments(path), body);
        self.push_collections(&mut prefixes, stale);
        // Whatever the path alone already covers is not repeated.
        let known = self.invalidations_for(method, path);
        prefixes.retain(|prefix| !known.contains(prefix));
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
        // Unlisted routes are not cached: there is no catch-all TTL.
        assert_eq!(p.default_ttl(), None);
        assert_eq!(p.ttl_for("/guilds/1/audit-logs"), None);
        assert_eq!(p.ttl_for("/guilds/1/webhooks"), None);
        assert_eq!(p.ttl_for("/voice/regions"), None);
    }

    /// The table, route by route, as the docs give it.
    #[test]
    fn the_documented_table() {
        let p = CachePolicy::default();
        let s = Duration::from_secs;
        for (route, ttl) in [
            ("/users/@me", Some(s(300))),
            ("/users/80351110224678912", Some(s(300))),
            ("/users/@me/guilds", Some(s(60))),
            ("/channels/1", Some(s(60))),
            ("/guilds/1", Some(s(60))),
            ("/guilds/1/channels", Some(s(60))),
            ("/guilds/1/roles", Some(s(60))),
            ("/guilds/1/members/2", Some(s(60))),
            ("/channels/1/messages", Some(s(10))),
            ("/channels/1/messages/2", Some(s(30))),
            ("/channels/1/pins", Some(s(60))),
            ("/guilds/1/emojis", Some(s(300))),
            ("/guilds/1/emojis/2", Some(s(300))),
            ("/guilds/1/stickers", Some(s(300))),
            ("/applications/1/commands", Some(s(300))),
            ("/applications/1/guilds/2/commands", Some(s(300))),
            ("/gateway", Some(s(300))),
            ("/gateway/bot", None),
            ("/webhooks/1", None),
            ("/webhooks/1/tok/messages/2", None),
            ("/interactions/1/tok/callback", None),
            ("/oauth2/applications/@me", None),
            ("/invites/abc", None),
            ("/channels/1/invites", None),
            ("/guilds/1/invites", None),
            ("/guilds/1/audit-logs", None),
            ("/guilds/1/bans", None),
            ("/guilds/1/bans/2", None),
            ("/guilds/1/members", None),
            ("/guilds/1/members/search", None),
            ("/guilds/1/prune", None),
            ("/users/@me/channels", None),
            ("/users/@me/guilds/1/member", None),
            ("/channels/1/messages/2/reactions/x", None),
            ("/channels/1/threads/archived/public", None),
        ] {
            assert_eq!(p.ttl_for(route), ttl, "{route}");
        }
    }

    #[test]
    fn never_rules_beat_a_configured_default() {
        let p = CachePolicy::builder()
            .default_ttl(Some(Duration::from_secs(5)))
            .build();
        assert_eq!(p.ttl_for("/voice/regions"), Some(Duration::from_secs(5)));
        assert_eq!(p.ttl_for("/guilds/1/audit-logs"), None);
        assert_eq!(p.ttl_for("/invites/abc"), None);
        assert_eq!(p.ttl_for("/webhooks/1/tok"), None);
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
                "GET /channels/1/pins?",
            ]
        );
        // `/channels` alone is no route anyone caches: nothing to scan for.
        assert!(!p
            .invalidations_for("PATCH", "/channels/1")
            .contains(&"GET /channels?".to_owned()));
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

    fn stale_after(p: &CachePolicy, method: &str, path: &str, body: &str, read: &str) -> bool {
        let key = p.key_for("GET", read, "");
        p.invalidations_for(method, path)
            .into_iter()
            .chain(p.invalidations_for_answer(method, path, body.as_bytes()))
            .any(|prefix| key.starts_with(&prefix))
    }

    #[test]
    fn collections_that_list_the_changed_resource_go_stale() {
        let p = CachePolicy::default();
        let channel = r#"{"id":"5","guild_id":"9","type":0}"#;
        for method in ["PATCH", "DELETE"] {
            assert!(stale_after(
                &p,
                method,
                "/channels/5",
                channel,
                "/guilds/9/channels"
            ));
            assert!(!stale_after(
                &p,
                method,
                "/channels/5",
                channel,
                "/guilds/8/channels"
            ));
            assert!(!stale_after(
                &p,
                method,
                "/channels/5",
                "{}",
                "/guilds/9/channels"
            ));
        }
        for (method, path) in [
            ("PATCH", "/channels/1/messages/2"),
            ("DELETE", "/channels/1/messages/2"),
            ("PUT", "/channels/1/messages/2/reactions/x/@me"),
            ("POST", "/channels/1/messages/bulk-delete"),
            ("PUT", "/channels/1/pins/2"),
        ] {
            assert!(
                stale_after(&p, method, path, "", "/channels/1/pins"),
                "{path}"
            );
            assert!(
                !stale_after(&p, method, path, "", "/channels/3/pins"),
                "{path}"
            );
        }
        assert!(!stale_after(
            &p,
            "POST",
            "/channels/1/messages",
            "",
            "/channels/1/pins"
        ));
        assert!(stale_after(
            &p,
            "POST",
            "/channels/1/messages/bulk-delete",
            "",
            "/channels/1/messages/7"
        ));
        assert!(stale_after(
            &p,
            "DELETE",
            "/channels/1/pins/2",
            "",
            "/channels/1/messages/2"
        ));
        for method in ["PATCH", "DELETE"] {
            assert!(stale_after(
                &p,
                method,
                "/guilds/1/roles/2",
                "",
                "/guilds/1/members/3"
            ));
            assert!(stale_after(
                &p,
                method,
                "/guilds/1/roles/2",
                "",
                "/guilds/1/roles"
            ));
            assert!(!stale_after(
                &p,
                method,
                "/guilds/1/roles/2",
                "",
                "/guilds/4/members/3"
            ));
        }
        assert!(stale_after(
            &p,
            "PUT",
            "/guilds/1/members/3/roles/2",
            "",
            "/guilds/1/members/3"
        ));
        assert!(stale_after(
            &p,
            "PUT",
            "/guilds/1/bans/3",
            "",
            "/guilds/1/members/3"
        ));
        assert!(!stale_after(
            &p,
            "PUT",
            "/guilds/1/bans/3",
            "",
            "/guilds/1/members/4"
        ));
        assert!(stale_after(
            &p,
            "POST",
            "/guilds/1/bulk-ban",
            "",
            "/guilds/1/members/4"
        ));
        assert!(stale_after(
            &p,
            "DELETE",
            "/users/@me/guilds/1",
            "",
            "/guilds/1/roles"
        ));
        let me = r#"{"user":{"id":"42"},"nick":"x"}"#;
        assert!(stale_after(
            &p,
            "PATCH",
            "/guilds/1/members/@me",
            me,
            "/guilds/1/members/42"
        ));
        assert!(stale_after(
            &p,
            "PATCH",
            "/users/@me",
            r#"{"id":"42"}"#,
            "/users/42"
        ));
        let posted = r#"{"id":"8","channel_id":"6"}"#;
        assert!(stale_after(
            &p,
            "POST",
            "/webhooks/1/tok-00ff",
            posted,
            "/channels/6/messages"
        ));
        assert!(stale_after(
            &p,
            "PATCH",
            "/webhooks/1/tok-00ff/messages/8",
            posted,
            "/channels/6/messages/8"
        ));
        // An answer adds only what the path did not already name, and reads add nothing.
        assert!(p
            .invalidations_for_answer("PATCH", "/channels/1/messages/2", b"{}")
            .is_empty());
        assert!(p
            .invalidations_for_answer("GET", "/channels/5", channel.as_bytes())
            .is_empty());
    }

    proptest::proptest! {
        /// Garbage answers to any mutation of any route family never panic,
        /// and whatever prefix comes out is a well-formed `GET /…` prefix.
        #[test]
        fn garbage_answers_are_harmless(
            body in proptest::collection::vec(proptest::num::u8::ANY, 0..256),
            method in "(POST|PUT|PATCH|DELETE)",
            path in "(/(channels|guilds|users|webhooks|@me|messages|members|roles|1|22|tok)){1,6}",
        ) {
            let p = CachePolicy::default();
            for prefix in p.invalidations_for_answer(&method, &path, &body) {
                proptest::prop_assert!(prefix.starts_with("GET /"), "{}", prefix);
            }
        }

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
