//! Key names under the prefix. No secret and no raw network value becomes a key:
//! tokens in majors and odd bucket hashes are replaced by a stable hash of them.

use crate::RouteKey;

/// Names every key of one limiter (one bot).
#[derive(Debug)]
pub(super) struct Keys {
    /// `{prefix:bot}`, or `{prefix}` when no bot was named: one hash tag, so a
    /// Redis Cluster keeps every key of one bot on one slot (the scripts build
    /// bucket keys from stored hashes, which only works there).
    prefix: String,
}

/// Where one route's requests are counted, as the scripts name it.
#[derive(Debug, Clone)]
pub(super) struct RouteKeys {
    /// `route:{template}`: the hash Discord last gave the route.
    pub(super) route: String,
    /// The route's own bucket while its hash is unknown.
    pub(super) provisional: String,
    /// The provisional buckets of every route on this major that took a lease.
    pub(super) neighbours: String,
    /// The major with its token hashed, completing a hashed bucket's key.
    pub(super) major: String,
}

impl Keys {
    /// Keys under `prefix`, for the bot named `bot` (see `bot.rs`) if given.
    pub(super) fn new(prefix: &str, bot: Option<&str>) -> Self {
        let prefix = match bot {
            Some(bot) => format!("{{{prefix}:{bot}}}"),
            None => format!("{{{prefix}}}"),
        };
        Self { prefix }
    }

    pub(super) fn prefix(&self) -> &str {
        &self.prefix
    }

    pub(super) fn key(&self, name: &str) -> String {
        format!("{}:{name}", self.prefix)
    }

    /// What a hashed bucket's key starts with; the scripts append `{hash}:{major}`.
    pub(super) fn bucket_base(&self) -> String {
        self.key("bucket:")
    }

    /// What a process's heartbeat key starts with; its instance name follows.
    pub(super) fn alive_base(&self) -> String {
        self.key("alive:")
    }

    /// One bucket per hash and major: a delete's message age is a hidden sublimit
    /// inside the bucket, not a bucket of its own.
    pub(super) fn route(&self, key: &RouteKey) -> RouteKeys {
        let major = safe_major(key.major());
        RouteKeys {
            route: self.key(&format!("route:{}", key.template())),
            provisional: self.key(&format!("route-bucket:{}:{major}", key.template())),
            neighbours: self.key(&format!("provisional:{major}")),
            major,
        }
    }
}

/// A bucket hash fit to be part of a key: Discord's are short and alphanumeric;
/// anything else (a proxy's junk, a `:` that could forge another key's name, a
/// megabyte of header) is replaced by a hash of it.
pub(super) fn safe_hash(hash: &str) -> String {
    let plain = hash.len() <= 64
        && hash
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if plain {
        hash.to_owned()
    } else {
        format!("~{:016x}", fnv1a(hash.as_bytes()))
    }
}

/// A major with its token replaced by a stable hash, so no secret reaches Redis.
pub(super) fn safe_major(major: &str) -> String {
    match major.split_once('/') {
        Some((id, token)) => format!("{id}/{:016x}", fnv1a(token.as_bytes())),
        None => major.to_owned(),
    }
}

/// FNV-1a: stable across processes (unlike std's randomized hasher).
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    #[test]
    fn tokens_and_odd_hashes_never_reach_a_key() {
        let keys = Keys::new("p", None);
        let webhook = RouteKey::new(&Method::POST, "/webhooks/5/s3cret");
        let names = keys.route(&webhook);
        assert!(!names.provisional.contains("s3cret"));
        assert!(names.major.starts_with("5/"));
        assert_eq!(safe_hash("abcd1234"), "abcd1234");
        assert!(!safe_hash("x:1:leases").contains(':'));
        assert!(safe_hash(&"a".repeat(65)).len() < 20);
    }

    #[test]
    fn each_bot_has_its_own_hash_tag() {
        assert_eq!(Keys::new("p", None).key("global"), "{p}:global");
        assert_eq!(Keys::new("p", Some("42")).key("global"), "{p:42}:global");
    }
}
