//! Routes whose credential is a token in their path.
//!
//! Webhook routes (`/webhooks/{id}/{token}…`) and interaction routes
//! (`/interactions/{id}/{token}/callback`) carry their own secret in the path:
//! Discord authenticates them by that token, so they are sent without the
//! bot's `Authorization` header (a bot token sent there would only widen what
//! a leaked request log gives away), and the path token must never become
//! part of a cache key, an invalidation prefix or anything else that leaves
//! memory. `/webhooks/{id}` without a token is an ordinary bot route.
//!
//! Which routes these are is decided by [`RouteKey::uses_path_token`], in one
//! place (the request flow asks it directly); this module derives the cache's
//! view of a path from it.

use std::borrow::Cow;
use std::fmt::Write;

use ovend_ratelimit::RouteKey;

use crate::token::fnv1a;

/// Index of the token among a token route's non-empty path segments:
/// `webhooks`/`interactions`, the id, then the token.
const TOKEN_SEGMENT: usize = 2;

/// `path` with the token segment of a token route replaced by a stable digest
/// of it (`tok-<16 hex digits>`); any other path as it is.
///
/// The digest keeps answers of different tokens apart (a cache still hits for
/// the same token and misses for another) without storing the token: a 64-bit
/// digest of a ~68-character random token cannot give the token back.
pub(crate) fn redact<'a>(key: &RouteKey, path: &'a str) -> Cow<'a, str> {
    if !key.uses_path_token() {
        return Cow::Borrowed(path);
    }
    let mut redacted = String::with_capacity(path.len());
    for (index, segment) in path.split('/').filter(|s| !s.is_empty()).enumerate() {
        redacted.push('/');
        if index == TOKEN_SEGMENT {
            // Writing to a String cannot fail.
            let _ = write!(redacted, "tok-{:016x}", fnv1a(segment.as_bytes()));
        } else {
            redacted.push_str(segment);
        }
    }
    Cow::Owned(redacted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    fn key(path: &str) -> RouteKey {
        RouteKey::new(&Method::GET, path)
    }

    #[test]
    fn redaction_hides_the_token_and_keeps_tokens_apart() {
        let path = "/webhooks/5/very-secret/messages/9";
        let redacted = redact(&key(path), path);
        assert!(!redacted.contains("very-secret"), "{redacted}");
        assert!(redacted.starts_with("/webhooks/5/tok-"), "{redacted}");
        assert!(redacted.ends_with("/messages/9"), "{redacted}");
        assert_eq!(redacted, redact(&key(path), path), "stable");
        let other = "/webhooks/5/other-secret/messages/9";
        assert_ne!(redacted, redact(&key(other), other));
        // The redacted path is still the same route.
        assert_eq!(key(&redacted).route(), key(path).route());
        assert!(matches!(
            redact(&key("/channels/1"), "/channels/1"),
            Cow::Borrowed("/channels/1")
        ));
        assert_eq!(redact(&key("/webhooks/5"), "/webhooks/5"), "/webhooks/5");
    }
}
