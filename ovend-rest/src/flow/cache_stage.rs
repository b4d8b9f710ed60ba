//! Steps 3 and 5's cache store / invalidation: the flow's only contact with
//! the cache. Without the `cache` feature the same functions exist and do
//! nothing, so the flow reads the same either way.

use std::time::Duration;

use crate::client::ClientInner;
use crate::prepared::Prepared;
use crate::Response;

/// The cache key and TTL of a GET the client caches.
pub(super) type CacheEntry = (String, Duration);

#[cfg(feature = "cache")]
pub(super) use enabled::{cache_entry, cache_lookup, store};

#[cfg(not(feature = "cache"))]
pub(super) use disabled::{cache_entry, cache_lookup, store};

#[cfg(feature = "cache")]
mod enabled {
    use http::Method;
    use ovend_events::EventKind;

    use super::{CacheEntry, ClientInner, Prepared, Response};
    use crate::cache_rules::is_mutation;
    use crate::prepared::CachePolicy;

    /// The cache key and TTL of a GET the client caches: the strategy caches
    /// its route, or the request set its own TTL (which wins); `no_cache`
    /// opts out.
    pub(in crate::flow) fn cache_entry(
        client: &ClientInner,
        request: &Prepared,
    ) -> Option<CacheEntry> {
        client.cache.as_ref()?;
        if request.method != Method::GET {
            return None;
        }
        let ttl = match request.cache {
            CachePolicy::Skip => return None,
            CachePolicy::Ttl(ttl) => ttl,
            CachePolicy::Default => client.cache_rules.ttl(&request.key, &request.path)?,
        };
        let key = client
            .cache_rules
            .key(&request.key, &request.path, request.query.as_deref());
        Some((key, ttl))
    }

    /// A cache hit as an answer; a failing cache counts as a miss.
    pub(in crate::flow) async fn cache_lookup(
        client: &ClientInner,
        request: &Prepared,
        key: &str,
    ) -> Option<Response> {
        let cache = client.cache.as_ref()?;
        let found = match cache.get(key).await {
            Ok(found) => found,
            Err(err) => {
                tracing::debug!(error = %err, "cache lookup failed; treating it as a miss");
                None
            }
        };
        let info = request.info.clone();
        match found {
            Some(body) => {
                client.events.emit(EventKind::CacheHit { request: info });
                Some(Response::cached(body))
            }
            None => {
                client.events.emit(EventKind::CacheMiss { request: info });
                None
            }
        }
    }

    /// Stores a successful GET; a successful mutation invalidates what it
    /// changed, including the collections its answer names (see `cache_rules`
    /// for the rule). Cache failures never fail the request.
    pub(in crate::flow) async fn store(
        client: &ClientInner,
        request: &Prepared,
        entry: Option<&CacheEntry>,
        response: &Response,
    ) {
        let Some(cache) = &client.cache else {
            return;
        };
        if let Some((key, ttl)) = entry {
            if response.status() == http::StatusCode::OK {
                if let Err(err) = cache.set(key, response.bytes(), *ttl).await {
                    tracing::debug!(error = %err, "cache store failed");
                }
            }
            return;
        }
        if !is_mutation(&request.method) {
            return;
        }
        let rules = &client.cache_rules;
        let mut prefixes = rules.invalidations(&request.key, &request.path);
        prefixes.extend(rules.answer_invalidations(&request.key, &request.path, &response.bytes()));
        for prefix in prefixes {
            if let Err(err) = cache.delete_prefix(&prefix).await {
                tracing::debug!(error = %err, "cache invalidation failed");
            }
            client.events.emit(EventKind::CacheInvalidated {
                prefix: client.cache_rules.event_route(&prefix),
            });
        }
    }
}

#[cfg(not(feature = "cache"))]
mod disabled {
    use super::{CacheEntry, ClientInner, Prepared, Response};

    /// No cache: nothing is ever cached.
    pub(in crate::flow) fn cache_entry(
        _client: &ClientInner,
        _request: &Prepared,
    ) -> Option<CacheEntry> {
        None
    }

    /// No cache: never a hit.
    pub(in crate::flow) async fn cache_lookup(
        _client: &ClientInner,
        _request: &Prepared,
        _key: &str,
    ) -> Option<Response> {
        None
    }

    /// No cache: nothing to store or invalidate.
    pub(in crate::flow) async fn store(
        _client: &ClientInner,
        _request: &Prepared,
        _entry: Option<&CacheEntry>,
        _response: &Response,
    ) {
    }
}
