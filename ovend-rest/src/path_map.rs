//! What the client keeps per request path: a bot sends to the same few hundred
//! paths again and again, so work that depends on the path alone (its route
//! key, its validation, its URL) is done once per path.
//!
//! Each such cache is bounded the same way: at most [`CAPACITY`] paths, after
//! which it starts over, and no path longer than [`LONGEST_KEPT`] bytes (such a
//! path is worked out each time), so a cache stays within a few MiB whatever
//! the paths. Paths may hold webhook or interaction tokens, so `Debug` shows
//! how many are kept, never which.

use std::fmt;

/// The client's hash maps on the request path: foldhash, keyed per process
/// like the standard SipHash, at a fraction of its cost.
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// Paths kept before a cache starts over.
pub(crate) const CAPACITY: usize = 4096;
/// Longer paths are not kept.
pub(crate) const LONGEST_KEPT: usize = 512;

/// A bounded map from request path to what was worked out for it.
#[derive(Clone)]
pub(crate) struct PathMap<V> {
    entries: FastMap<String, V>,
}

impl<V> Default for PathMap<V> {
    fn default() -> Self {
        Self {
            entries: FastMap::default(),
        }
    }
}

impl<V: Clone> PathMap<V> {
    /// What was kept for `path`.
    pub(crate) fn get(&self, path: &str) -> Option<&V> {
        self.entries.get(path)
    }

    /// Keeps `value` for `path`, unless the path is too long to keep; a full
    /// map starts over first.
    pub(crate) fn keep(&mut self, path: &str, value: V) {
        if path.len() > LONGEST_KEPT {
            return;
        }
        if self.entries.len() >= CAPACITY {
            self.entries.clear();
        }
        self.entries.insert(path.to_owned(), value);
    }

    /// Paths kept.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

impl<V> fmt::Debug for PathMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PathMap")
            .field("kept", &self.entries.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_by_count_and_by_length_and_never_shown() {
        let mut map = PathMap::default();
        map.keep("/webhooks/1/secret-token-text", 1);
        assert_eq!(map.get("/webhooks/1/secret-token-text"), Some(&1));
        assert!(!format!("{map:?}").contains("secret-token-text"));
        let long = format!("/{}", "a".repeat(LONGEST_KEPT));
        map.keep(&long, 2);
        assert_eq!(map.get(&long), None, "too long to keep");
        for n in 1..CAPACITY {
            map.keep(&format!("/channels/{n}"), 3);
        }
        assert_eq!(map.len(), CAPACITY);
        map.keep("/one/more", 4);
        assert_eq!(map.len(), 1, "a full map starts over");
        assert_eq!(map.get("/one/more"), Some(&4));
    }
}
