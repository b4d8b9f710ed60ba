//! Route keys: which requests Discord limits together.
//!
//! Discord limits per *route* (method + path template) and per *major parameter*
//! (`channel_id`, `guild_id`, `webhook_id` + token; interactions also keep their id and
//! token). Every other path segment that is not one of Discord's literal segments is a
//! minor parameter and is folded into `{id}`, so `/channels/1/messages/2` and
//! `/channels/1/messages/3` share a key while `/channels/2/messages/2` does not.
//! Unknown segments fold too: a route Discord adds later is, at worst, limited together
//! with its neighbours (slower, never a 429).
//!
//! Message deletes carry a hidden limit that depends on the message's age, so their key
//! also carries the message's age read from the snowflake's timestamp. The age does not
//! change the route's bucket (Discord gives every delete one hash, shared with edits);
//! it picks the delete's *lane* (see the `lane` module), and since a delete may wait in
//! a queue while its message ages, the limiter reclassifies it each time it is
//! evaluated ([`RouteKey::message_age_at`]).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::Method;
use tokio::time::Instant;

/// Discord's epoch (2015-01-01) in Unix milliseconds, for snowflake timestamps.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;
/// Messages younger than this are deleted under their own limit.
const RECENT: Duration = Duration::from_secs(10);
/// Messages older than this are deleted under a stricter limit.
const FORTNIGHT: Duration = Duration::from_secs(14 * 24 * 3600);

/// Every literal path segment of Discord's REST API (from its OpenAPI description);
/// anything else in a path is a parameter.
const LITERALS: &[&str] = &[
    "@me",
    "@original",
    "active",
    "activity-instances",
    "answers",
    "applications",
    "archived",
    "attachment",
    "attachments",
    "audit-logs",
    "auto-moderation",
    "bans",
    "bot",
    "bulk",
    "bulk-ban",
    "bulk-delete",
    "callback",
    "channel-linking",
    "channels",
    "commands",
    "connections",
    "consume",
    "counts",
    "crosspost",
    "dms",
    "emojis",
    "entitlements",
    "exceptions",
    "expire",
    "followers",
    "gateway",
    "github",
    "guilds",
    "incident-actions",
    "integrations",
    "interactions",
    "invites",
    "job-status",
    "keys",
    "lobbies",
    "member",
    "member-counts",
    "members",
    "messages",
    "metadata",
    "mfa",
    "moderation-metadata",
    "new-member-welcome",
    "nick",
    "oauth2",
    "onboarding",
    "partner-sdk",
    "permissions",
    "pins",
    "polls",
    "preview",
    "private",
    "provisional-accounts",
    "prune",
    "public",
    "reactions",
    "recipients",
    "regions",
    "requests",
    "role-connection",
    "role-connections",
    "roles",
    "rules",
    "scheduled-events",
    "search",
    "send-soundboard-sound",
    "skus",
    "slack",
    "soundboard-default-sounds",
    "soundboard-sounds",
    "stage-instances",
    "sticker-packs",
    "stickers",
    "subscriptions",
    "target-users",
    "templates",
    "thread-members",
    "threads",
    "token",
    "typing",
    "unmerge",
    "userinfo",
    "users",
    "vanity-url",
    "voice",
    "voice-states",
    "voice-status",
    "webhooks",
    "welcome-screen",
    "widget",
    "widget.json",
    "widget.png",
];

/// The age class of a message being deleted; Discord limits each class separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MessageAge {
    /// Younger than 10 seconds.
    Recent,
    /// Younger than 14 days.
    Young,
    /// 14 days or older.
    Old,
}

impl MessageAge {
    /// The class of message `id` at `now_ms` (Unix milliseconds); `None` if `id` is not a snowflake.
    pub fn of_snowflake(id: &str, now_ms: u64) -> Option<Self> {
        Some(Self::of_age(snowflake_age(id, now_ms)?))
    }

    /// The class of a message `age` old.
    pub fn of_age(age: Duration) -> Self {
        if age < RECENT {
            Self::Recent
        } else if age < FORTNIGHT {
            Self::Young
        } else {
            Self::Old
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Recent => "recent",
            Self::Young => "young",
            Self::Old => "old",
        }
    }
}

/// How old message `id` is at `now_ms` (Unix milliseconds); `None` if `id` is not a snowflake.
fn snowflake_age(id: &str, now_ms: u64) -> Option<Duration> {
    let created = (id.parse::<u64>().ok()? >> 22) + DISCORD_EPOCH_MS;
    Some(Duration::from_millis(now_ms.saturating_sub(created)))
}

/// A request's identity for rate limiting: method and route template, with the
/// major parameter (channel, guild, webhook id + token, interaction id + token) kept
/// and every other id folded into a placeholder.
///
/// Two requests with equal keys always share a Discord bucket. Requests with
/// different keys may still share one (routes with one hash); the limiter learns
/// that from the `X-RateLimit-Bucket` header. Cloning is cheap (an `Arc`).
#[derive(Clone)]
pub struct RouteKey {
    inner: Arc<Inner>,
}

struct Inner {
    method: Method,
    /// `METHOD route`: what Discord assigns one bucket hash to.
    template: Arc<str>,
    /// Where the route starts in `template`.
    route_start: usize,
    major: Arc<str>,
    /// For message deletes: the message's age when the key was built, and when.
    age: Option<(Duration, Instant)>,
    hidden: Option<HiddenLimit>,
}

/// A limit Discord documents but never announces in headers (see the `lane` module).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HiddenLimit {
    /// Reaction routes: one shared, paced limit per channel.
    Reactions,
    /// Channel edits, webhook executions, emoji creation: one at a time per route.
    Serial,
    /// Message deletes: one at a time per channel and age class once the message is
    /// older than 10 s (the class is decided when the request is evaluated).
    Delete,
}

impl HiddenLimit {
    /// Classifies a route once, when its key is built.
    fn of(method: &Method, route: &str, is_delete: bool) -> Option<Self> {
        if route.contains("/reactions") && *method != Method::GET {
            return Some(Self::Reactions);
        }
        if is_delete {
            return Some(Self::Delete);
        }
        let serial = (*method == Method::PATCH && route == "/channels/{channel_id}")
            || (*method == Method::POST && route.starts_with("/webhooks/{webhook_id}/{token}"))
            || (*method == Method::POST && route == "/guilds/{guild_id}/emojis");
        serial.then_some(Self::Serial)
    }
}

impl RouteKey {
    /// Builds the key of `method` on `path` (e.g. `/channels/1/messages/2?limit=5`).
    ///
    /// A message delete is classed by the message's age against the local clock.
    pub fn new(method: &Method, path: &str) -> Self {
        // The clock is read only for a message delete, the one route classed by age.
        Self::build(method, path, || {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        })
    }

    /// Like [`RouteKey::new`], classing message deletes at `now_ms` (Unix milliseconds).
    pub fn new_at(method: &Method, path: &str, now_ms: u64) -> Self {
        Self::build(method, path, || now_ms)
    }

    /// Every request builds its key, so the template is written once, in place
    /// (`METHOD /route`), and the route is a slice of it.
    fn build(method: &Method, path: &str, now_ms: impl FnOnce() -> u64) -> Self {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let mut template = String::with_capacity(method.as_str().len() + path.len() + 24);
        template.push_str(method.as_str());
        template.push(' ');
        let route_start = template.len();
        // The major is one segment (a channel or guild id) or, for webhooks
        // and interactions, `id/token`: kept as slices until the one copy.
        let (mut major, mut major_token) = ("", None);
        let (mut first, mut fourth) = ("", None);
        for (i, segment) in path.split('/').filter(|s| !s.is_empty()).enumerate() {
            match i {
                0 => first = segment,
                3 => fourth = Some(segment),
                _ => {}
            }
            template.push('/');
            if is_literal(segment) {
                template.push_str(segment);
            } else if let Some(placeholder) = (i == 1).then(|| major_placeholder(first)).flatten() {
                template.push_str(placeholder);
                major = segment;
            } else if i == 2 && matches!(first, "webhooks" | "interactions") {
                template.push_str("{token}");
                major_token = Some(segment);
            } else {
                template.push_str("{id}");
            }
        }
        let route = &template[route_start..];
        let age = (*method == Method::DELETE && route == "/channels/{channel_id}/messages/{id}")
            .then_some(fourth)
            .flatten()
            .and_then(|id| snowflake_age(id, now_ms()))
            .map(|age| (age, Instant::now()));
        let hidden = HiddenLimit::of(method, route, age.is_some());
        Self {
            inner: Arc::new(Inner {
                hidden,
                method: method.clone(),
                template: template.into(),
                route_start,
                major: match major_token {
                    Some(token) => format!("{major}/{token}").into(),
                    None => major.into(),
                },
                age,
            }),
        }
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.inner.method
    }

    /// The route template, e.g. `/channels/{channel_id}/messages/{id}`.
    pub fn route(&self) -> &str {
        self.inner
            .template
            .get(self.inner.route_start..)
            .unwrap_or_default()
    }

    /// The major parameter value(s) this route is limited per (empty when none);
    /// for webhooks and interactions `id/token`. Secret: never log it.
    pub fn major(&self) -> &str {
        &self.inner.major
    }

    pub(crate) fn major_arc(&self) -> &Arc<str> {
        &self.inner.major
    }

    /// Method and route: the unit Discord assigns a bucket hash to.
    pub(crate) fn template(&self) -> &Arc<str> {
        &self.inner.template
    }

    /// The age class of the message when the key was built, for message deletes.
    pub fn message_age(&self) -> Option<MessageAge> {
        self.inner.age.map(|(age, _)| MessageAge::of_age(age))
    }

    /// The age class the message will have at `at` (on tokio's clock, so a paused
    /// test clock ages it too), for message deletes: a delete that waits in a queue
    /// is limited by the age its message has when it reaches Discord.
    pub fn message_age_at(&self, at: Instant) -> Option<MessageAge> {
        self.inner
            .age
            .map(|(age, built)| MessageAge::of_age(age + at.saturating_duration_since(built)))
    }

    /// Heap bytes this key owns (its shared allocation and strings), for memory estimates.
    pub(crate) fn heap_bytes(&self) -> usize {
        const ARC_HEADER: usize = 16;
        std::mem::size_of::<Inner>()
            + ARC_HEADER
            + self.inner.template.len()
            + ARC_HEADER
            + self.inner.major.len()
            + ARC_HEADER
    }

    pub(crate) fn hidden_limit(&self) -> Option<HiddenLimit> {
        self.inner.hidden
    }

    /// Interaction callbacks are exempt from the global limit.
    pub fn is_interaction_callback(&self) -> bool {
        self.route() == "/interactions/{interaction_id}/{token}/callback"
    }

    /// Whether the route's credential is the token in its path (webhook and
    /// interaction routes such as `/webhooks/{id}/{token}/messages/@original`),
    /// not the bot token: such routes are sent without `Authorization`, and a 401
    /// on them says that *path* token expired or was revoked, nothing about the bot.
    pub fn uses_path_token(&self) -> bool {
        let route = self.route();
        route.starts_with("/webhooks/{webhook_id}/{token}")
            || route.starts_with("/interactions/{interaction_id}/{token}")
    }
}

fn is_literal(segment: &str) -> bool {
    LITERALS.binary_search(&segment).is_ok()
}

fn major_placeholder(resource: &str) -> Option<&'static str> {
    match resource {
        "channels" => Some("{channel_id}"),
        "guilds" => Some("{guild_id}"),
        "webhooks" => Some("{webhook_id}"),
        "interactions" => Some("{interaction_id}"),
        _ => None,
    }
}

// The template already holds method, route and age: comparing and hashing it with
// the major is enough, and a shared allocation is equal without looking.
impl PartialEq for RouteKey {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
            || (self.inner.template == other.inner.template
                && self.inner.major == other.inner.major)
    }
}

impl Eq for RouteKey {}

impl std::hash::Hash for RouteKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.inner.template.hash(state);
        self.inner.major.hash(state);
    }
}

impl fmt::Debug for RouteKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for RouteKey {
    /// Shows method, template, major id and message age; a webhook or interaction
    /// token is never shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self.inner.major.split('/').next().unwrap_or_default();
        write!(f, "{} {}", self.inner.method, self.route())?;
        if !id.is_empty() {
            write!(f, " [{id}]")?;
        }
        if let Some(age) = self.message_age() {
            write!(f, " ({})", age.label())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn literals_are_sorted_for_binary_search() {
        assert!(LITERALS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn keeps_major_and_folds_minor_ids() {
        let a = RouteKey::new(&Method::PATCH, "/channels/1/messages/2");
        let b = RouteKey::new(&Method::PATCH, "/channels/1/messages/3?x=1");
        let c = RouteKey::new(&Method::PATCH, "/channels/9/messages/2");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.route(), "/channels/{channel_id}/messages/{id}");
        assert_eq!(a.major(), "1");
    }

    #[test]
    fn non_numeric_parameters_fold_too() {
        let a = RouteKey::new(
            &Method::PUT,
            "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me",
        );
        let b = RouteKey::new(
            &Method::PUT,
            "/channels/1/messages/3/reactions/party:55/@me",
        );
        assert_eq!(a, b);
        assert_eq!(
            a.route(),
            "/channels/{channel_id}/messages/{id}/reactions/{id}/@me"
        );
        let t = RouteKey::new(&Method::GET, "/guilds/templates/hgM48av5Q69A");
        assert_eq!(t.route(), "/guilds/templates/{id}");
        assert_eq!(t.major(), "");
    }

    #[test]
    fn webhook_token_is_major_but_never_displayed() {
        let key = RouteKey::new(&Method::POST, "/webhooks/5/s3cret-token");
        assert_eq!(key.route(), "/webhooks/{webhook_id}/{token}");
        assert!(!format!("{key} {key:?}").contains("s3cret"));
        let other = RouteKey::new(&Method::POST, "/webhooks/5/other-token");
        assert_ne!(key, other);
    }

    #[test]
    fn interaction_callback_is_recognised() {
        let key = RouteKey::new(&Method::POST, "/interactions/77/tok/callback");
        assert!(key.is_interaction_callback());
        assert!(!RouteKey::new(&Method::POST, "/channels/1/messages").is_interaction_callback());
    }

    #[test]
    fn path_token_routes_are_recognised() {
        let key = |method: Method, path: &str| RouteKey::new(&method, path).uses_path_token();
        assert!(key(Method::POST, "/interactions/77/tok/callback"));
        assert!(key(Method::PATCH, "/webhooks/5/tok/messages/@original"));
        assert!(key(Method::POST, "/webhooks/5/tok"));
        assert!(
            !key(Method::GET, "/webhooks/5"),
            "the bot token authenticates it"
        );
        assert!(!key(Method::GET, "/channels/1/webhooks"));
        assert!(!key(Method::GET, "/users/@me"));
    }

    fn snowflake_at(ms: u64) -> u64 {
        (ms - DISCORD_EPOCH_MS) << 22
    }

    #[test]
    fn message_deletes_are_keyed_by_age() {
        let now = 1_700_000_000_000;
        let path = |ms| format!("/channels/1/messages/{}", snowflake_at(ms));
        let recent = RouteKey::new_at(&Method::DELETE, &path(now - 5_000), now);
        let recent2 = RouteKey::new_at(&Method::DELETE, &path(now - 9_000), now);
        let young = RouteKey::new_at(&Method::DELETE, &path(now - 60_000), now);
        let old = RouteKey::new_at(&Method::DELETE, &path(now - 15 * 86_400_000), now);
        assert_eq!(recent.message_age(), Some(MessageAge::Recent));
        assert_eq!(recent, recent2);
        assert_eq!(young.message_age(), Some(MessageAge::Young));
        assert_eq!(old.message_age(), Some(MessageAge::Old));
        // One hash (and bucket) for every delete: the age picks only the lane.
        assert_eq!(recent, young);
        assert_eq!(young, old);
        let edit = RouteKey::new_at(&Method::PATCH, &path(now - 5_000), now);
        assert_eq!(edit.message_age(), None);
        assert_eq!(recent.hidden_limit(), Some(HiddenLimit::Delete));
        assert_eq!(edit.hidden_limit(), None);
    }

    #[tokio::test(start_paused = true)]
    async fn a_waiting_delete_ages() {
        let now = 1_700_000_000_000;
        let path = format!("/channels/1/messages/{}", snowflake_at(now - 8_000));
        let key = RouteKey::new_at(&Method::DELETE, &path, now);
        let start = Instant::now();
        assert_eq!(key.message_age_at(start), Some(MessageAge::Recent));
        tokio::time::advance(Duration::from_secs(2)).await;
        assert_eq!(
            key.message_age(),
            Some(MessageAge::Recent),
            "class at build"
        );
        assert_eq!(key.message_age_at(Instant::now()), Some(MessageAge::Young));
    }

    /// The kinds of route a generated request can take.
    fn templates() -> Vec<(&'static str, &'static str)> {
        vec![
            ("GET", "/channels/{c}/messages/{m}"),
            ("PATCH", "/channels/{c}/messages/{m}"),
            ("POST", "/channels/{c}/messages"),
            ("GET", "/guilds/{g}/members/{m}"),
            ("PUT", "/guilds/{g}/bans/{m}"),
            ("POST", "/webhooks/{w}/{t}"),
            ("PUT", "/channels/{c}/messages/{m}/reactions/{e}/@me"),
            ("GET", "/users/{m}"),
        ]
    }

    fn fill(template: &str, c: u64, g: u64, w: u64, t: &str, m: u64, e: &str) -> String {
        template
            .replace("{c}", &c.to_string())
            .replace("{g}", &g.to_string())
            .replace("{w}", &w.to_string())
            .replace("{t}", t)
            .replace("{m}", &m.to_string())
            .replace("{e}", e)
    }

    proptest! {
        /// Paths that differ only in minor parameters share a key; paths that differ in
        /// a major parameter, the method or the template never do.
        #[test]
        fn same_limit_same_key(
            which in 0usize..8, other in 0usize..8,
            c in 1u64.., g in 1u64.., w in 1u64.., m1 in 1u64.., m2 in 1u64..,
            c2 in 1u64.., t in "[A-Za-z0-9_-]{8,40}", e in "[a-z]{1,10}:[0-9]{1,10}",
        ) {
            let all = templates();
            let (method, template) = all[which];
            let method: Method = method.parse().unwrap();
            let a = RouteKey::new(&method, &fill(template, c, g, w, &t, m1, &e));
            let b = RouteKey::new(&method, &fill(template, c, g, w, &t, m2, "x"));
            prop_assert_eq!(&a, &b);
            prop_assert!(!a.to_string().contains(&t));
            if template.contains("{c}") && c2 != c {
                let d = RouteKey::new(&method, &fill(template, c2, g, w, &t, m1, &e));
                prop_assert_ne!(&a, &d);
            }
            let (m_other, t_other) = all[other];
            if other != which {
                let o = RouteKey::new(&m_other.parse().unwrap(), &fill(t_other, c, g, w, &t, m1, &e));
                prop_assert_ne!(&a, &o);
            }
        }
    }
}
