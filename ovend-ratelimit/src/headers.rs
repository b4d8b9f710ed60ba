//! Parsing Discord's rate-limit headers and 429 bodies.

use std::borrow::Cow;
use std::time::Duration;

use http::{HeaderMap, HeaderValue};

/// Which limit a 429 answer is about (`X-RateLimit-Scope`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// The bot's own per-route limit.
    User,
    /// The bot's global per-token limit.
    Global,
    /// A limit on the resource shared by everyone; it does not count against the bot.
    Shared,
}

/// A rate-limit header that was present but could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed {name} header: {value:?}")]
pub struct HeaderError {
    /// The header's name.
    pub name: &'static str,
    /// The value as received (lossy UTF-8).
    pub value: String,
}

/// What one answer from Discord says about rate limits.
///
/// Built from the response headers with [`RateLimitHeaders::parse`]; a 429's JSON
/// body adds `retry_after` and `global` through [`RateLimitHeaders::apply_body`].
/// Every header is trusted on every answer, not only on 429s: a client that waits for
/// the scope header learns nothing from successful answers.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RateLimitHeaders {
    /// HTTP status of the answer.
    pub status: u16,
    /// `X-RateLimit-Limit`: requests per window.
    pub limit: Option<u32>,
    /// `X-RateLimit-Remaining`: requests left in the window.
    pub remaining: Option<u32>,
    /// `X-RateLimit-Reset`: epoch seconds when the window resets (skew-prone; prefer `reset_after`).
    pub reset: Option<f64>,
    /// `X-RateLimit-Reset-After`: time until the window resets.
    pub reset_after: Option<Duration>,
    /// `X-RateLimit-Bucket`: Discord's opaque bucket hash.
    pub bucket: Option<String>,
    /// `X-RateLimit-Scope`, sent on 429 answers.
    pub scope: Option<Scope>,
    /// `X-RateLimit-Global`, or `"global": true` in a 429 body.
    pub global: bool,
    /// How long to wait before retrying: the 429 body's `retry_after`, else `Retry-After`.
    pub retry_after: Option<Duration>,
    /// Whether the answer carried any of Discord's own headers (`X-RateLimit-*` or `Via`).
    /// A 429 without them did not come from Discord: Cloudflare or a proxy sent it.
    pub from_discord: bool,
    /// Whether the answer carries Cloudflare's own signature: a `CF-RAY` or
    /// `Server: cloudflare` header, or the `error code: 1015` body of a ban.
    /// Only with this, and without Discord's headers, is a 429 a Cloudflare ban.
    pub cloudflare: bool,
    /// Whether a window or wait header (`Limit`, `Remaining`, `Reset-After`,
    /// `Retry-After`, or a 429 body's `retry_after`) was present but could not be
    /// trusted (not a number, negative, NaN, infinite, an overflow). The
    /// limiter then treats the bucket as unknown (see [`distrust`](Self::distrust)).
    pub malformed: bool,
}

/// The longest wait any header or 429 body is believed (one hour): Discord's own
/// waits are at most minutes (a channel rename's 10 minutes; emoji creation's
/// per-guild limit, reported up to about an hour) and a Cloudflare ban lasts about
/// an hour. Longer values come from a proxy, a bug or an attacker, and are clamped.
pub const DEFAULT_WAIT_CEILING: Duration = Duration::from_secs(3600);

/// Seconds above this are not a wait but an overflow (136 years): unknown.
const MAX_SECONDS: f64 = u32::MAX as f64;

const LIMIT: &str = "x-ratelimit-limit";
const REMAINING: &str = "x-ratelimit-remaining";
const RESET: &str = "x-ratelimit-reset";
const RESET_AFTER: &str = "x-ratelimit-reset-after";
const BUCKET: &str = "x-ratelimit-bucket";
const SCOPE: &str = "x-ratelimit-scope";
const GLOBAL: &str = "x-ratelimit-global";
const RETRY_AFTER: &str = "retry-after";

impl RateLimitHeaders {
    /// `X-RateLimit-Reset` in whole ms since the epoch (rounded), if present: a
    /// window's name, never compared with the local clock (`window_id.rs`).
    pub(crate) fn window_end_ms(&self) -> Option<u64> {
        self.reset_secs()
            // At most u32::MAX seconds (the parser's bound): no overflow.
            .map(|s| (s * 1000.0).round().min(u64::MAX as f64) as u64)
    }

    /// Discord's clock when it wrote the answer, in µs since the epoch:
    /// `X-RateLimit-Reset` less `X-RateLimit-Reset-After` (each to the ms), if
    /// both are present. Only differences between answers are used (`rtt.rs`);
    /// a false value can only lower the round-trip floor.
    pub(crate) fn stamp_us(&self) -> Option<i64> {
        let reset = self.reset_secs()?;
        let after = i64::try_from(self.reset_after?.as_micros()).ok()?;
        // At most u32::MAX seconds (the parser's bound): exact to the µs in f64.
        Some(((reset * 1e6).round() as i64).saturating_sub(after))
    }

    /// `X-RateLimit-Reset` in epoch seconds, if it is a usable number (the
    /// field is public: a caller may have built it out of range).
    fn reset_secs(&self) -> Option<f64> {
        self.reset.filter(|s| s.is_finite() && *s >= 0.0)
    }

    /// An answer that says nothing about limits (a transport error, a cache hit).
    pub fn new(status: u16) -> Self {
        Self {
            status,
            ..Self::default()
        }
    }

    /// Reads every rate-limit header of one answer.
    ///
    /// Absent headers are `None`; a header that is present but malformed is an error
    /// naming it, so a broken proxy is noticed rather than silently ignored.
    pub fn parse(status: u16, headers: &HeaderMap) -> Result<Self, HeaderError> {
        let (parsed, errors) = Self::parse_reporting(status, headers);
        match errors.into_iter().next() {
            Some(first) => Err(first),
            None => Ok(parsed),
        }
    }

    /// Like [`parse`](Self::parse), but a malformed header counts as absent, so the
    /// rest of the answer still teaches the limiter (a broken proxy's
    /// `X-RateLimit-Remaining: garbage` must not hide a 429 or a bucket hash), and
    /// [`malformed`](Self::malformed) is set.
    pub fn parse_lenient(status: u16, headers: &HeaderMap) -> Self {
        Self::parse_reporting(status, headers).0
    }

    /// [`parse_lenient`](Self::parse_lenient), also returning each header that was
    /// malformed and ignored (for a warning).
    pub fn parse_reporting(status: u16, headers: &HeaderMap) -> (Self, Vec<HeaderError>) {
        let raw = Raw::collect(headers);
        let mut errors = Vec::new();
        let parsed = Self {
            status,
            limit: lenient(raw.limit, LIMIT, |s| s.parse().ok(), &mut errors),
            remaining: lenient(raw.remaining, REMAINING, |s| s.parse().ok(), &mut errors),
            reset: lenient(raw.reset, RESET, parse_non_negative, &mut errors),
            reset_after: lenient(raw.reset_after, RESET_AFTER, parse_seconds, &mut errors),
            bucket: lenient(raw.bucket, BUCKET, parse_bucket, &mut errors),
            scope: lenient(raw.scope, SCOPE, parse_scope, &mut errors),
            global: lenient(raw.global, GLOBAL, parse_bool, &mut errors).unwrap_or(false),
            retry_after: lenient(raw.retry_after, RETRY_AFTER, parse_seconds, &mut errors),
            from_discord: raw.via || raw.any_ratelimit,
            cloudflare: raw.cloudflare(),
            // Only the numbers that make a window or a wait decide trust: an unknown
            // scope or an odd hash may be Discord's own novelty, not garbage.
            malformed: errors
                .iter()
                .any(|e| matches!(e.name, LIMIT | REMAINING | RESET_AFTER | RETRY_AFTER)),
        };
        (parsed, errors)
    }

    /// Clamps every wait to `ceiling`, so no answer can hold a bucket or the
    /// global window longer (see [`DEFAULT_WAIT_CEILING`]).
    pub fn clamp_waits(&mut self, ceiling: Duration) {
        for wait in [&mut self.reset_after, &mut self.retry_after] {
            if let Some(value) = wait.as_mut() {
                *value = (*value).min(ceiling);
            }
        }
    }

    /// These headers with every wait clamped to `ceiling`; borrowed (no copy)
    /// when none exceeds it, which is every sane answer.
    pub fn clamped(&self, ceiling: Duration) -> Cow<'_, Self> {
        let over = |wait: Option<Duration>| wait.is_some_and(|w| w > ceiling);
        if !over(self.reset_after) && !over(self.retry_after) {
            return Cow::Borrowed(self);
        }
        let mut clamped = self.clone();
        clamped.clamp_waits(ceiling);
        Cow::Owned(clamped)
    }

    /// Why this answer's window cannot be trusted, if so: a malformed header, a
    /// limit of 0 (no request could ever go), or more remaining than the limit.
    /// The limiter then falls back to one request at a time until sane headers arrive.
    pub fn distrust(&self) -> Option<&'static str> {
        if self.malformed {
            return Some("a rate-limit header is malformed, negative, not finite or out of range");
        }
        match (self.limit, self.remaining) {
            (Some(0), _) => Some("X-RateLimit-Limit is 0"),
            (Some(limit), Some(remaining)) if remaining > limit => {
                Some("X-RateLimit-Remaining is above X-RateLimit-Limit")
            }
            _ => None,
        }
    }

    /// Adds what a 429's JSON body says (`retry_after` in seconds, `global`).
    ///
    /// The body's `retry_after` has millisecond precision and wins over the whole-second
    /// `Retry-After` header. A body that is not JSON (Cloudflare's HTML) changes nothing.
    pub fn apply_body(&mut self, body: &[u8]) {
        if body_is_cloudflare_ban(body) {
            self.cloudflare = true;
            return;
        }
        // A body that is JSON but not of this shape (a `retry_after` string, an
        // absurd number) is ignored field by field rather than trusted.
        let Ok(parsed) = serde_json::from_slice::<serde_json::Value>(body) else {
            return;
        };
        match parsed.get("retry_after") {
            None => {}
            Some(value) => match value.as_f64().and_then(seconds) {
                Some(secs) => self.retry_after = Some(secs),
                None => self.malformed = true,
            },
        }
        if parsed.get("global").and_then(serde_json::Value::as_bool) == Some(true) {
            self.global = true;
        }
    }

    /// Whether this is Discord's own 429 (its headers are there). A 429 without
    /// them came from Cloudflare or a proxy and says nothing about Discord's limits.
    pub fn is_rate_limited(&self) -> bool {
        self.status == 429 && self.from_discord
    }

    /// The bucket's window length, when this answers the window's first request:
    /// then `Reset-After` runs the whole window (`Remaining` is one below the
    /// limit). Any later answer tells only what is left of it.
    pub(crate) fn window_length(&self) -> Option<Duration> {
        let (limit, remaining) = (self.limit?, self.remaining?);
        (self.status != 429 && limit >= 1 && remaining == limit - 1)
            .then_some(self.reset_after)
            .flatten()
    }

    /// A Cloudflare ban: a 429 with Cloudflare's signature and none of Discord's
    /// headers (no `Via`, no `X-RateLimit-*`).
    pub fn is_cloudflare_ban(&self) -> bool {
        self.status == 429 && !self.from_discord && self.cloudflare
    }

    /// A 429 that neither Discord nor Cloudflare's ban sent (a proxy in front of
    /// the bot): a transient failure for the retry policy, not a rate limit.
    pub fn is_foreign_429(&self) -> bool {
        self.status == 429 && !self.from_discord && !self.cloudflare
    }

    /// Whether Discord counts this answer as an invalid request (401, 403, and its
    /// 429s other than the `shared` scope; a proxy's 429 never reached it).
    pub fn is_invalid_request(&self) -> bool {
        match self.status {
            401 | 403 => true,
            429 => self.is_rate_limited() && self.scope != Some(Scope::Shared),
            _ => false,
        }
    }
}

/// The headers one answer's limits are read from, found in one pass over the
/// map: every answer pays this, and a pass with string matches is several times
/// cheaper than a dozen hashed lookups by name. As `HeaderMap::get` does, the
/// first value of a repeated name counts.
#[derive(Default)]
struct Raw<'a> {
    limit: Option<&'a HeaderValue>,
    remaining: Option<&'a HeaderValue>,
    reset: Option<&'a HeaderValue>,
    reset_after: Option<&'a HeaderValue>,
    bucket: Option<&'a HeaderValue>,
    scope: Option<&'a HeaderValue>,
    global: Option<&'a HeaderValue>,
    retry_after: Option<&'a HeaderValue>,
    server: Option<&'a HeaderValue>,
    via: bool,
    any_ratelimit: bool,
    cf_header: bool,
}

impl<'a> Raw<'a> {
    fn collect(headers: &'a HeaderMap) -> Self {
        let mut raw = Self::default();
        for (name, value) in headers {
            let slot = match name.as_str() {
                LIMIT => &mut raw.limit,
                REMAINING => &mut raw.remaining,
                RESET => &mut raw.reset,
                RESET_AFTER => &mut raw.reset_after,
                BUCKET => &mut raw.bucket,
                SCOPE => &mut raw.scope,
                GLOBAL => &mut raw.global,
                RETRY_AFTER => &mut raw.retry_after,
                "server" => &mut raw.server,
                "via" => {
                    raw.via = true;
                    continue;
                }
                "cf-ray" | "cf-mitigated" => {
                    raw.cf_header = true;
                    continue;
                }
                other => {
                    raw.any_ratelimit |= other.starts_with("x-ratelimit-");
                    continue;
                }
            };
            raw.any_ratelimit |= name.as_str().starts_with("x-ratelimit-");
            slot.get_or_insert(value);
        }
        raw
    }

    fn cloudflare(&self) -> bool {
        self.cf_header
            || self
                .server
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("cloudflare"))
    }
}

fn parse_with<T>(
    raw: Option<&HeaderValue>,
    name: &'static str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, HeaderError> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    let error = || HeaderError {
        name,
        value: String::from_utf8_lossy(raw.as_bytes()).into_owned(),
    };
    let text = raw.to_str().map_err(|_| error())?.trim();
    parse(text).map(Some).ok_or_else(error)
}

/// [`parse_with`] that records a malformed header in `errors` and reads it as absent.
fn lenient<T>(
    raw: Option<&HeaderValue>,
    name: &'static str,
    parse: impl Fn(&str) -> Option<T>,
    errors: &mut Vec<HeaderError>,
) -> Option<T> {
    parse_with(raw, name, parse).unwrap_or_else(|err| {
        errors.push(err);
        None
    })
}

fn parse_bucket(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// Cloudflare's ban answers: its rate-limit page says `error code: 1015` (plain
/// text or HTML); the IP ban Discord serves from Cloudflare is a static JSON body
/// saying the client is blocked "temporarily due to exceeding our rate limits
/// frequently" (discord/discord-api-docs#5810), with no rate-limit headers.
fn body_is_cloudflare_ban(body: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 2] = [
        b"error code: 1015",
        b"You are being blocked from accessing our API temporarily",
    ];
    SIGNATURES
        .iter()
        .any(|needle| body.windows(needle.len()).any(|w| w == *needle))
}

fn parse_non_negative(s: &str) -> Option<f64> {
    s.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0 && *v <= MAX_SECONDS)
}

fn parse_seconds(s: &str) -> Option<Duration> {
    parse_non_negative(s).and_then(seconds)
}

/// A wait in seconds: finite, not negative, not an overflow.
fn seconds(secs: f64) -> Option<Duration> {
    if !(0.0..=MAX_SECONDS).contains(&secs) {
        return None;
    }
    Duration::try_from_secs_f64(secs).ok()
}

fn parse_scope(s: &str) -> Option<Scope> {
    match s {
        "user" => Some(Scope::User),
        "global" => Some(Scope::Global),
        "shared" => Some(Scope::Shared),
        _ => None,
    }
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "1" => Some(true),
        "false" | "False" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn map(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    #[test]
    fn the_stamp_is_reset_less_reset_after_and_needs_both() {
        let parsed = |pairs: &[(&'static str, &str)]| {
            RateLimitHeaders::parse(200, &map(pairs))
                .unwrap()
                .stamp_us()
        };
        assert_eq!(
            parsed(&[(RESET, "1764000001.250"), (RESET_AFTER, "1.000")]),
            Some(1_764_000_000_250_000)
        );
        assert_eq!(parsed(&[(RESET, "1764000001.250")]), None);
        assert_eq!(parsed(&[(RESET_AFTER, "1.000")]), None);
        // The largest values the parser lets through neither overflow nor panic.
        let max = format!("{}", u32::MAX);
        assert!(parsed(&[(RESET, &max), (RESET_AFTER, &max)]).is_some());
        let mut built = RateLimitHeaders::new(200);
        built.reset = Some(f64::MAX);
        built.reset_after = Some(Duration::MAX);
        assert_eq!(built.stamp_us(), None, "Reset-After beyond i64 µs");
        built.reset_after = Some(Duration::ZERO);
        assert_eq!(built.stamp_us(), Some(i64::MAX), "saturated");
    }

    #[test]
    fn only_a_window_s_first_answer_tells_its_length() {
        let answer = |status: u16, remaining: u32| {
            let mut h = RateLimitHeaders::new(status);
            h.limit = Some(5);
            h.remaining = Some(remaining);
            h.reset_after = Some(Duration::from_millis(4_998));
            h
        };
        assert_eq!(
            answer(200, 4).window_length(),
            Some(Duration::from_millis(4_998))
        );
        assert_eq!(answer(200, 3).window_length(), None, "part of it is gone");
        assert_eq!(answer(429, 4).window_length(), None, "a refusal");
        let mut unlimited = answer(200, 0);
        unlimited.limit = Some(0);
        assert_eq!(unlimited.window_length(), None);
    }

    #[test]
    fn parses_every_header() {
        let headers = map(&[
            ("x-ratelimit-limit", "5"),
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", "1470173023.123"),
            ("x-ratelimit-reset-after", "1.234"),
            ("x-ratelimit-bucket", "abcd1234"),
            ("x-ratelimit-scope", "shared"),
            ("x-ratelimit-global", "true"),
            ("retry-after", "2"),
        ]);
        let parsed = RateLimitHeaders::parse(429, &headers).unwrap();
        assert_eq!(parsed.limit, Some(5));
        assert_eq!(parsed.remaining, Some(0));
        assert_eq!(parsed.reset, Some(1470173023.123));
        assert_eq!(parsed.reset_after, Some(Duration::from_millis(1234)));
        assert_eq!(parsed.bucket.as_deref(), Some("abcd1234"));
        assert_eq!(parsed.scope, Some(Scope::Shared));
        assert!(parsed.global);
        assert_eq!(parsed.retry_after, Some(Duration::from_secs(2)));
        assert!(parsed.from_discord);
        assert!(!parsed.is_invalid_request(), "shared 429s are not invalid");
    }

    #[test]
    fn malformed_header_names_itself() {
        let headers = map(&[("x-ratelimit-remaining", "lots")]);
        let err = RateLimitHeaders::parse(200, &headers).unwrap_err();
        assert_eq!(err.name, "x-ratelimit-remaining");
        assert!(err.to_string().contains("lots"));
        let negative = map(&[("x-ratelimit-reset-after", "-1")]);
        assert!(RateLimitHeaders::parse(200, &negative).is_err());
    }

    #[test]
    fn lenient_parse_keeps_the_good_headers() {
        let headers = map(&[
            ("x-ratelimit-remaining", "garbage"),
            ("x-ratelimit-bucket", "abc"),
            ("x-ratelimit-limit", "5"),
        ]);
        assert!(RateLimitHeaders::parse(200, &headers).is_err());
        let parsed = RateLimitHeaders::parse_lenient(200, &headers);
        assert_eq!(parsed.remaining, None);
        assert_eq!(parsed.limit, Some(5));
        assert_eq!(parsed.bucket.as_deref(), Some("abc"));
        assert!(parsed.from_discord);
    }

    #[test]
    fn body_retry_after_beats_header() {
        let headers = map(&[("retry-after", "1"), ("x-ratelimit-scope", "user")]);
        let mut parsed = RateLimitHeaders::parse(429, &headers).unwrap();
        parsed.apply_body(
            br#"{"message":"You are being rate limited.","retry_after":0.345,"global":true}"#,
        );
        assert_eq!(parsed.retry_after, Some(Duration::from_millis(345)));
        assert!(parsed.global);
        assert!(parsed.is_invalid_request());
    }

    #[test]
    fn cloudflare_ban_has_no_discord_headers() {
        let mut parsed = RateLimitHeaders::parse(429, &HeaderMap::new()).unwrap();
        parsed.apply_body(b"error code: 1015");
        assert!(parsed.is_cloudflare_ban());
        assert_eq!(parsed.retry_after, None);
    }

    #[test]
    fn absurd_values_are_malformed_or_clamped() {
        let overflow = map(&[
            ("x-ratelimit-reset-after", "1e19"),
            ("x-ratelimit-limit", "5"),
        ]);
        let parsed = RateLimitHeaders::parse_lenient(200, &overflow);
        assert_eq!(parsed.reset_after, None);
        assert!(parsed.malformed);
        assert!(parsed.distrust().is_some());
        for bad in ["NaN", "inf", "-1", "", "1e400", "0x10"] {
            let headers = map(&[("retry-after", bad)]);
            let parsed = RateLimitHeaders::parse_lenient(429, &headers);
            assert_eq!(parsed.retry_after, None, "{bad}");
            assert!(parsed.malformed, "{bad}");
        }
        let decades = map(&[("x-ratelimit-reset-after", "1e9")]);
        let mut parsed = RateLimitHeaders::parse_lenient(200, &decades);
        parsed.clamp_waits(DEFAULT_WAIT_CEILING);
        assert_eq!(parsed.reset_after, Some(DEFAULT_WAIT_CEILING));
        let zero = map(&[("x-ratelimit-limit", "0"), ("x-ratelimit-remaining", "0")]);
        assert!(RateLimitHeaders::parse_lenient(200, &zero)
            .distrust()
            .is_some());
        let above = map(&[("x-ratelimit-limit", "5"), ("x-ratelimit-remaining", "6")]);
        assert!(RateLimitHeaders::parse_lenient(200, &above)
            .distrust()
            .is_some());
        let sane = map(&[("x-ratelimit-limit", "5"), ("x-ratelimit-remaining", "5")]);
        assert_eq!(RateLimitHeaders::parse_lenient(200, &sane).distrust(), None);
    }

    #[test]
    fn absurd_429_bodies_are_ignored() {
        for body in [
            r#"{"retry_after": 1e19}"#,
            r#"{"retry_after": -3}"#,
            r#"{"retry_after": "soon"}"#,
        ] {
            let mut parsed = RateLimitHeaders::new(429);
            parsed.apply_body(body.as_bytes());
            assert_eq!(parsed.retry_after, None, "{body}");
            assert!(parsed.malformed, "{body}");
        }
    }

    #[test]
    fn discords_static_ip_ban_body_is_a_ban() {
        let mut ban = RateLimitHeaders::parse(429, &HeaderMap::new()).unwrap();
        ban.apply_body(
            br#"{"code": 0, "message": "You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently."}"#,
        );
        assert!(ban.is_cloudflare_ban());
        // The same words in an answer that carries Discord's headers are not a ban.
        let mut limited = RateLimitHeaders::parse(429, &map(&[("via", "1.1 google")])).unwrap();
        limited.apply_body(b"error code: 1015");
        assert!(!limited.is_cloudflare_ban());
    }

    #[test]
    fn a_proxy_429_is_neither_a_ban_nor_a_rate_limit() {
        let mut proxy = RateLimitHeaders::parse(429, &HeaderMap::new()).unwrap();
        proxy.apply_body(b"<html><title>429 Too Many Requests</title></html>");
        assert!(proxy.is_foreign_429());
        assert!(!proxy.is_cloudflare_ban());
        assert!(!proxy.is_rate_limited());
        assert!(!proxy.is_invalid_request(), "it never reached Discord");
        let cloudflare = map(&[("server", "cloudflare"), ("cf-ray", "8f1d2c3b4a5e6f70-FRA")]);
        let ban = RateLimitHeaders::parse(429, &cloudflare).unwrap();
        assert!(ban.is_cloudflare_ban());
        // Discord's own answers pass through Cloudflare too: its headers win.
        let discord = map(&[("server", "cloudflare"), ("via", "1.1 google")]);
        let limited = RateLimitHeaders::parse(429, &discord).unwrap();
        assert!(limited.is_rate_limited() && !limited.is_cloudflare_ban());
    }

    mod generated {
        use super::super::*;
        use http::{HeaderName, HeaderValue};
        use proptest::prelude::*;

        const NAMES: [&str; 8] = [
            LIMIT,
            REMAINING,
            RESET,
            RESET_AFTER,
            BUCKET,
            SCOPE,
            GLOBAL,
            RETRY_AFTER,
        ];

        fn value() -> impl Strategy<Value = Vec<u8>> {
            prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..24),
                "-?[0-9]{0,25}(\\.[0-9]{0,8})?(e-?[0-9]{1,4})?".prop_map(String::into_bytes),
                prop_oneof![
                    Just("NaN"),
                    Just("inf"),
                    Just("-inf"),
                    Just("1e19"),
                    Just("1e9"),
                    Just("18446744073709551616"),
                    Just("4294967296"),
                    Just("0"),
                    Just("-0"),
                ]
                .prop_map(|s| s.as_bytes().to_vec()),
            ]
        }

        proptest! {
            #[test]
            fn any_bytes_never_panic_nor_exceed_the_ceiling(
                values in proptest::collection::vec(proptest::option::of(value()), 8),
                body in prop_oneof![
                    proptest::collection::vec(any::<u8>(), 0..64),
                    (any::<f64>(), any::<bool>()).prop_map(|(r, g)| {
                        format!(r#"{{"retry_after": {r}, "global": {g}}}"#).into_bytes()
                    }),
                ],
                status in prop_oneof![Just(200u16), Just(429), Just(401), Just(502), 100u16..600],
                ceiling_secs in 1u64..7200,
            ) {
                let mut headers = HeaderMap::new();
                for (name, bytes) in NAMES.iter().zip(values) {
                    let Some(bytes) = bytes else { continue };
                    if let Ok(value) = HeaderValue::from_bytes(&bytes) {
                        headers.insert(HeaderName::from_static(name), value);
                    }
                }
                let _ = RateLimitHeaders::parse(status, &headers);
                let (mut parsed, errors) = RateLimitHeaders::parse_reporting(status, &headers);
                prop_assert!(!parsed.malformed || !errors.is_empty());
                parsed.apply_body(&body);
                let ceiling = Duration::from_secs(ceiling_secs);
                parsed.clamp_waits(ceiling);
                prop_assert!(parsed.reset_after.is_none_or(|d| d <= ceiling));
                prop_assert!(parsed.retry_after.is_none_or(|d| d <= ceiling));
                let _ = parsed.distrust();
            }
        }
    }
}
