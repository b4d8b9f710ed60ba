//! Route keys by method and path, built once per path.
//!
//! Every request needs the rate limiter's key of its method and path, and a
//! bot sends to the same few hundred paths again and again: building the key
//! (a template, a major id, four allocations) each time cost more than the
//! rest of the limiter's work together. Keys are kept per path for the five
//! methods Discord uses, bounded as every path cache is (`path_map.rs`). A message delete's key records the message's age when it was built
//! and ages it with the clock (`RouteKey::message_age_at`), so a kept key
//! stays true.

use http::Method;
use ovend_ratelimit::RouteKey;
use parking_lot::Mutex;

use crate::path_map::PathMap;

/// The methods Discord's API uses, which the client keeps things for.
pub(crate) const COMMON_METHODS: [Method; 5] = [
    Method::GET,
    Method::POST,
    Method::PATCH,
    Method::PUT,
    Method::DELETE,
];

/// `method`'s index in [`COMMON_METHODS`].
pub(crate) fn common_method(method: &Method) -> Option<usize> {
    COMMON_METHODS.iter().position(|known| known == method)
}

/// Keyed by raw path, which may hold a webhook token: `Debug` shows counts only.
#[derive(Default)]
pub(crate) struct RouteKeys {
    by_method: [Mutex<PathMap<RouteKey>>; COMMON_METHODS.len()],
}

impl std::fmt::Debug for RouteKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kept: usize = self.by_method.iter().map(|keys| keys.lock().len()).sum();
        f.debug_struct("RouteKeys").field("kept", &kept).finish()
    }
}

impl RouteKeys {
    /// The key of `method` on `path`.
    pub(crate) fn get(&self, method: &Method, path: &str) -> RouteKey {
        let Some(slot) = common_method(method) else {
            return RouteKey::new(method, path);
        };
        let mut keys = self.by_method[slot].lock();
        if let Some(key) = keys.get(path) {
            return key.clone();
        }
        let key = RouteKey::new(method, path);
        keys.keep(path, key.clone());
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path_map::CAPACITY;

    #[test]
    fn the_same_path_gets_the_same_key_and_another_its_own() {
        let keys = RouteKeys::default();
        let a = keys.get(&Method::GET, "/channels/1");
        assert_eq!(a, keys.get(&Method::GET, "/channels/1"));
        assert_eq!(a, RouteKey::new(&Method::GET, "/channels/1"));
        let b = keys.get(&Method::PATCH, "/channels/1");
        assert_eq!(b, RouteKey::new(&Method::PATCH, "/channels/1"));
        assert_ne!(a, b);
        let c = keys.get(&Method::OPTIONS, "/channels/1");
        assert_eq!(c.method(), Method::OPTIONS);
    }

    #[test]
    fn debug_never_shows_a_path() {
        let keys = RouteKeys::default();
        keys.get(&Method::POST, "/webhooks/1/very-secret-token");
        let shown = format!("{keys:?}");
        assert!(!shown.contains("very-secret-token"), "{shown}");
        assert!(shown.contains("kept: 1"), "{shown}");
    }

    #[test]
    fn stays_bounded() {
        let keys = RouteKeys::default();
        for i in 0..(CAPACITY as u64 + 10) {
            let path = format!("/channels/{i}");
            assert_eq!(
                keys.get(&Method::GET, &path),
                RouteKey::new(&Method::GET, &path)
            );
        }
        assert!(keys.by_method[0].lock().len() <= CAPACITY);
    }
}
