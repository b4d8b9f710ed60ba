//! Parsing Discord's rate-limit headers and 429 bodies.

use std::time::Duration;

use http::HeaderMap;

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
    /// A 429 without them comes from Cloudflare, not Discord.
    pub from_discord: bool,
}

const LIMIT: &str = "x-ratelimit-limit";
const REMAINING: &str = "x-ratelimit-remaining";
const RESET: &str = "x-ratelimit-reset";
const RESET_AFTER: &str = "x-ratelimit-reset-after";
const BUCKET: &str = "x-ratelimit-bucket";
const SCOPE: &str = "x-ratelimit-scope";
const GLOBAL: &str = "x-ratelimit-global";
const RETRY_AFTER: &str = "retry-after";

impl RateLimitHeaders {
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
        let from_discord = headers.contains_key("via")
            || headers
                .keys()
                .any(|k| k.as_str().starts_with("x-ratelimit-"));
        Ok(Self {
            status,
            limit: parse_with(headers, LIMIT, |s| s.parse().ok())?,
            remaining: parse_with(headers, REMAINING, |s| s.parse().ok())?,
            reset: parse_with(headers, RESET, parse_non_negative)?,
            reset_after: parse_with(headers, RESET_AFTER, parse_seconds)?,
            bucket: parse_with(headers, BUCKET, |s| (!s.is_empty()).then(|| s.to_owned()))?,
            scope: parse_with(headers, SCOPE, parse_scope)?,
            global: parse_with(headers, GLOBAL, parse_bool)?.unwrap_or(false),
            retry_after: parse_with(headers, RETRY_AFTER, parse_seconds)?,
            from_discord,
        })
    }

    /// Like [`parse`](Self::parse), but a malformed header counts as absent, so the
    /// rest of the answer still teaches the limiter (a broken proxy's
    /// `X-RateLimit-Remaining: garbage` must not hide a 429 or a bucket hash).
    ///
    /// A window that lost a field is not learned: the limiter learns windows only from
    /// limit, remaining and reset-after together.
    pub fn parse_lenient(status: u16, headers: &HeaderMap) -> Self {
        let lenient = |name: &'static str| {
            let mut only = HeaderMap::new();
            if let Some(value) = headers.get(name) {
                only.insert(name, value.clone());
            }
            Self::parse(status, &only).unwrap_or_else(|_| Self::new(status))
        };
        let mut parsed = Self::new(status);
        parsed.from_discord = headers.contains_key("via")
            || headers
                .keys()
                .any(|k| k.as_str().starts_with("x-ratelimit-"));
        parsed.limit = lenient(LIMIT).limit;
        parsed.remaining = lenient(REMAINING).remaining;
        parsed.reset = lenient(RESET).reset;
        parsed.reset_after = lenient(RESET_AFTER).reset_after;
        parsed.bucket = lenient(BUCKET).bucket;
        parsed.scope = lenient(SCOPE).scope;
        parsed.global = lenient(GLOBAL).global;
        parsed.retry_after = lenient(RETRY_AFTER).retry_after;
        parsed
    }

    /// Adds what a 429's JSON body says (`retry_after` in seconds, `global`).
    ///
    /// The body's `retry_after` has millisecond precision and wins over the whole-second
    /// `Retry-After` header. A body that is not JSON (Cloudflare's HTML) changes nothing.
    pub fn apply_body(&mut self, body: &[u8]) {
        #[derive(serde::Deserialize)]
        struct Body {
            retry_after: Option<f64>,
            #[serde(default)]
            global: bool,
        }
        if let Ok(parsed) = serde_json::from_slice::<Body>(body) {
            if let Some(secs) = parsed.retry_after.and_then(seconds) {
                self.retry_after = Some(secs);
            }
            self.global |= parsed.global;
        }
    }

    /// Whether this is a 429 answer.
    pub fn is_rate_limited(&self) -> bool {
        self.status == 429
    }

    /// A 429 that Discord did not send: Cloudflare has banned this IP.
    pub fn is_cloudflare_ban(&self) -> bool {
        self.status == 429 && !self.from_discord
    }

    /// Whether Discord counts this answer as an invalid request (401, 403, and 429s
    /// other than the `shared` scope).
    pub fn is_invalid_request(&self) -> bool {
        match self.status {
            401 | 403 => true,
            429 => self.scope != Some(Scope::Shared),
            _ => false,
        }
    }
}

fn parse_with<T>(
    headers: &HeaderMap,
    name: &'static str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, HeaderError> {
    let Some(raw) = headers.get(name) else {
        return Ok(None);
    };
    let error = || HeaderError {
        name,
        value: String::from_utf8_lossy(raw.as_bytes()).into_owned(),
    };
    let text = raw.to_str().map_err(|_| error())?.trim();
    parse(text).map(Some).ok_or_else(error)
}

fn parse_non_negative(s: &str) -> Option<f64> {
    s.parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0)
}

fn parse_seconds(s: &str) -> Option<Duration> {
    parse_non_negative(s).and_then(seconds)
}

fn seconds(secs: f64) -> Option<Duration> {
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
}
