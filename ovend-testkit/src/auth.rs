//! The `Authorization` header: `Bot <token>` (or `Bearer <token>`) against the accepted tokens.

use http::header::AUTHORIZATION;
use http::HeaderMap;

/// Who is calling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Auth {
    /// An accepted token, by index.
    Bot(u32),
    /// No `Authorization` header.
    Missing,
    /// A header that names no accepted token.
    Invalid,
}

/// Identifies the caller of a request.
pub(crate) fn identify(tokens: &[String], headers: &HeaderMap) -> Auth {
    let Some(value) = headers.get(AUTHORIZATION) else {
        return Auth::Missing;
    };
    let Ok(value) = value.to_str() else {
        return Auth::Invalid;
    };
    let token = value
        .strip_prefix("Bot ")
        .or_else(|| value.strip_prefix("Bearer "));
    token
        .and_then(|token| tokens.iter().position(|t| t == token))
        .and_then(|i| u32::try_from(i).ok())
        .map_or(Auth::Invalid, Auth::Bot)
}

/// Discord wants `DiscordBot ($url, $version)`.
pub(crate) fn user_agent_ok(headers: &HeaderMap) -> bool {
    headers
        .get(http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ua| ua.starts_with("DiscordBot ("))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn with(name: http::header::HeaderName, value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn accepts_bot_and_bearer_of_known_tokens_only() {
        let tokens = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(
            identify(&tokens, &with(AUTHORIZATION, "Bot b")),
            Auth::Bot(1)
        );
        assert_eq!(
            identify(&tokens, &with(AUTHORIZATION, "Bearer a")),
            Auth::Bot(0)
        );
        assert_eq!(identify(&tokens, &with(AUTHORIZATION, "a")), Auth::Invalid);
        assert_eq!(
            identify(&tokens, &with(AUTHORIZATION, "Bot c")),
            Auth::Invalid
        );
        assert_eq!(identify(&tokens, &HeaderMap::new()), Auth::Missing);
    }

    #[test]
    fn user_agent_prefix() {
        assert!(user_agent_ok(&with(
            http::header::USER_AGENT,
            "DiscordBot (https://x, 1.0)"
        )));
        assert!(!user_agent_ok(&with(http::header::USER_AGENT, "curl/8")));
        assert!(!user_agent_ok(&HeaderMap::new()));
    }
}
