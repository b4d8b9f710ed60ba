//! Header overrides: answers on chosen paths carry header values a test picks,
//! raw, in place of the emulator's own (set by
//! [`MockDiscord::override_headers`](crate::MockDiscord::override_headers)).
//!
//! They exist to show that a client survives any rate-limit header a proxy,
//! a bug or an attacker could send (`X-RateLimit-Reset-After: 1e19`, `NaN`,
//! an empty value) on one route while every other route stays healthy. An
//! override replaces every value of each header it names and leaves the
//! others alone; naming a header twice sends it twice.

use http::{HeaderName, HeaderValue};
use parking_lot::Mutex;

use crate::matcher::PathPrefix;

/// A header name or value that cannot be sent in HTTP/1.1 (e.g. a control
/// character in a value); returned by
/// [`MockDiscord::override_headers`](crate::MockDiscord::override_headers).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot send header {name:?}: {value:?}")]
pub struct InvalidHeader {
    name: String,
    value: String,
}

impl InvalidHeader {
    /// The header name as given.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The value as given.
    pub fn value(&self) -> &str {
        &self.value
    }
}

/// Headers as they will be sent.
pub(crate) type HeaderList = Vec<(HeaderName, HeaderValue)>;

/// Checks that every pair can be sent. Values are taken as bytes, so non-ASCII
/// text (obs-text) passes while control characters do not.
pub(crate) fn parse<I, K, V>(headers: I) -> Result<HeaderList, InvalidHeader>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    headers
        .into_iter()
        .map(|(name, value)| {
            let (name, value) = (name.as_ref(), value.as_ref());
            let invalid = || InvalidHeader {
                name: name.to_owned(),
                value: value.to_owned(),
            };
            let parsed_name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
            let parsed_value = HeaderValue::from_bytes(value.as_bytes()).map_err(|_| invalid())?;
            Ok((parsed_name, parsed_value))
        })
        .collect()
}

/// One override: where, what, and how many more answers.
#[derive(Debug)]
struct Override {
    prefix: PathPrefix,
    headers: HeaderList,
    /// `None`: until cleared.
    left: Option<usize>,
}

impl Override {
    /// Rewrites the headers of one answer; `true` when it is used up.
    fn apply(&mut self, headers: &mut http::HeaderMap) -> bool {
        for (name, _) in &self.headers {
            headers.remove(name);
        }
        for (name, value) in &self.headers {
            headers.append(name.clone(), value.clone());
        }
        self.left = self.left.map(|left| left.saturating_sub(1));
        self.left == Some(0)
    }
}

/// Every active override, in the order they were added (later ones win when
/// two name the same header).
#[derive(Debug, Default)]
pub(crate) struct Overrides {
    active: Mutex<Vec<Override>>,
}

impl Overrides {
    /// Answers on paths under `prefix` carry `headers` (the next `count`
    /// answers, or every answer for `None`).
    pub(crate) fn add(&self, prefix: PathPrefix, headers: HeaderList, count: Option<usize>) {
        if count == Some(0) {
            return;
        }
        self.active.lock().push(Override {
            prefix,
            headers,
            left: count,
        });
    }

    pub(crate) fn clear(&self) {
        self.active.lock().clear();
    }

    /// Applies every override matching `path` (without `/api/v10`) to
    /// `headers`; `true` if any applied.
    pub(crate) fn apply(&self, path: Option<&str>, headers: &mut http::HeaderMap) -> bool {
        let Some(path) = path else {
            return false;
        };
        let mut active = self.active.lock();
        let mut applied = false;
        active.retain_mut(|rule| {
            if !rule.prefix.matches(path) {
                return true;
            }
            applied = true;
            !rule.apply(headers)
        });
        applied
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderMap;

    fn answer() -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-ratelimit-limit", HeaderValue::from_static("5"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_static("4"));
        headers
    }

    #[test]
    fn parse_accepts_raw_text_and_refuses_control_characters() {
        let ok = parse([
            ("X-RateLimit-Reset-After", "1e19"),
            ("X-RateLimit-Limit", ""),
            ("x-ratelimit-bucket", "gärbage"),
        ])
        .unwrap();
        assert_eq!(ok[0].0, "x-ratelimit-reset-after");
        assert_eq!(ok[1].1, "");
        let bad = parse([("X-RateLimit-Limit", "1\u{1}")]).unwrap_err();
        assert_eq!((bad.name(), bad.value()), ("X-RateLimit-Limit", "1\u{1}"));
        assert!(parse([("bad name", "1")]).is_err());
    }

    #[test]
    fn overrides_replace_named_headers_on_matching_paths_and_run_out() {
        let overrides = Overrides::default();
        let headers = parse([("x-ratelimit-limit", "0"), ("x-ratelimit-limit", "NaN")]).unwrap();
        overrides.add(PathPrefix::new("/channels/1"), headers, Some(1));
        let mut other = answer();
        assert!(!overrides.apply(Some("/channels/2"), &mut other));
        assert_eq!(other, answer());
        let mut hit = answer();
        assert!(overrides.apply(Some("/channels/1/messages"), &mut hit));
        let limits: Vec<_> = hit.get_all("x-ratelimit-limit").iter().collect();
        assert_eq!(limits, ["0", "NaN"]);
        assert_eq!(hit["x-ratelimit-remaining"], "4", "unnamed headers stay");
        let mut after = answer();
        assert!(!overrides.apply(Some("/channels/1"), &mut after), "used up");
    }

    #[test]
    fn unlimited_overrides_last_until_cleared() {
        let overrides = Overrides::default();
        overrides.add(
            PathPrefix::new("/"),
            parse([("x-ratelimit-remaining", "-1")]).unwrap(),
            None,
        );
        for _ in 0..3 {
            let mut headers = answer();
            assert!(overrides.apply(Some("/users/@me"), &mut headers));
            assert_eq!(headers["x-ratelimit-remaining"], "-1");
        }
        overrides.clear();
        assert!(!overrides.apply(Some("/users/@me"), &mut answer()));
    }
}
