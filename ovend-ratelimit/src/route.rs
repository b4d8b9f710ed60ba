//! Route keys: which requests Discord limits together.

use std::fmt;
use std::sync::Arc;

use http::Method;

/// A request's identity for rate limiting: method and route template, with the
/// major parameter (channel, guild, webhook id + token, interaction id + token) kept
/// and every other id folded into a placeholder.
///
/// Two requests with equal keys always share a Discord bucket. Requests with
/// different keys may still share one (routes with one hash); the limiter learns
/// that from the `X-RateLimit-Bucket` header.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RouteKey {
    inner: Arc<Inner>,
}

#[derive(PartialEq, Eq, Hash)]
struct Inner {
    method: Method,
    route: String,
    major: String,
}

impl RouteKey {
    /// Builds the key of `method` on `path` (e.g. `/channels/1/messages/2?limit=5`).
    pub fn new(method: &Method, path: &str) -> Self {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let mut route = String::with_capacity(path.len());
        let mut major = String::new();
        for (i, segment) in segments.iter().enumerate() {
            route.push('/');
            let parent = i.checked_sub(1).map(|p| segments[p]);
            match parent {
                Some("channels" | "guilds" | "webhooks" | "interactions") if i == 1 => {
                    route.push_str(placeholder(segments[0]));
                    major.push_str(segment);
                }
                Some(_) if i == 2 && is_token_route(segments[0]) => {
                    route.push_str("{token}");
                    major.push('/');
                    major.push_str(segment);
                }
                _ if is_id(segment) => route.push_str("{id}"),
                _ => route.push_str(segment),
            }
        }
        Self {
            inner: Arc::new(Inner {
                method: method.clone(),
                route,
                major,
            }),
        }
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.inner.method
    }

    /// The route template, e.g. `/channels/{channel_id}/messages/{id}`.
    pub fn route(&self) -> &str {
        &self.inner.route
    }

    /// The major parameter value(s) this route is limited per (empty when none).
    pub fn major(&self) -> &str {
        &self.inner.major
    }

    /// Interaction callbacks are exempt from the global limit.
    pub fn is_interaction_callback(&self) -> bool {
        self.inner.route == "/interactions/{interaction_id}/{token}/callback"
    }
}

fn placeholder(resource: &str) -> &'static str {
    match resource {
        "channels" => "{channel_id}",
        "guilds" => "{guild_id}",
        "webhooks" => "{webhook_id}",
        _ => "{interaction_id}",
    }
}

fn is_token_route(resource: &str) -> bool {
    matches!(resource, "webhooks" | "interactions")
}

fn is_id(segment: &str) -> bool {
    !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit())
}

impl fmt::Debug for RouteKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for RouteKey {
    /// Shows method, template and major id; a webhook or interaction token is never shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self.inner.major.split('/').next().unwrap_or_default();
        write!(f, "{} {}", self.inner.method, self.inner.route)?;
        if !id.is_empty() {
            write!(f, " [{id}]")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
