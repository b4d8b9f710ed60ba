//! Path prefixes that pick the requests a targeted fault or a header override
//! applies to.
//!
//! A prefix matches whole segments, so `/channels/1` matches `/channels/1` and
//! `/channels/1/messages` but not `/channels/10`; a `*` segment matches any one
//! segment (`/webhooks/*/*/messages`). Both sides are compared without
//! `/api/v10` (or `/api/v9`) and without a trailing `/`, so callers may pass
//! either form.

use crate::routes;

/// A normalized path prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathPrefix {
    segments: Vec<String>,
}

/// The path without version prefix, query and trailing slash.
fn normalize(path: &str) -> &str {
    let path = path.split_once('?').map_or(path, |(path, _)| path);
    let path = routes::strip_version(path).unwrap_or(path);
    path.trim_end_matches('/')
}

/// The non-empty segments of a normalized path.
fn segments(path: &str) -> impl Iterator<Item = &str> {
    normalize(path).split('/').filter(|s| !s.is_empty())
}

impl PathPrefix {
    /// `prefix` as a caller wrote it; `""` or `"/"` matches every path.
    pub(crate) fn new(prefix: &str) -> Self {
        Self {
            segments: segments(prefix).map(str::to_owned).collect(),
        }
    }

    /// Whether `path` (with or without `/api/v10`) starts with this prefix.
    pub(crate) fn matches(&self, path: &str) -> bool {
        let mut path = segments(path);
        self.segments
            .iter()
            .all(|want| path.next().is_some_and(|got| want == "*" || want == got))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_whole_segments_only() {
        let prefix = PathPrefix::new("/channels/1");
        assert!(prefix.matches("/channels/1"));
        assert!(prefix.matches("/channels/1/messages/2"));
        assert!(prefix.matches("/api/v10/channels/1/"));
        assert!(!prefix.matches("/channels/10"));
        assert!(!prefix.matches("/channels"));
        assert!(!prefix.matches("/guilds/1"));
    }

    #[test]
    fn version_prefix_trailing_slash_and_wildcards() {
        assert_eq!(
            PathPrefix::new("/api/v10/users/@me/"),
            PathPrefix::new("/users/@me")
        );
        let any_hook = PathPrefix::new("/webhooks/*/*/messages");
        assert!(any_hook.matches("/webhooks/1/tok/messages/@original"));
        assert!(!any_hook.matches("/webhooks/1/tok"));
        assert!(PathPrefix::new("/").matches("/anything/at/all"));
        assert!(PathPrefix::new("").matches("/users/@me"));
    }
}
