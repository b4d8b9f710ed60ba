//! The bot token, kept out of every `Debug`, `Display`, log and event.

use std::fmt;

use http::HeaderValue;

use crate::{Error, ErrorKind};

/// A Discord token, ready to go into the `Authorization` header.
///
/// `Bot ` is added when the token has no scheme; a `Bearer ` (OAuth2) token is
/// kept as it is. The value is marked sensitive for `http`, and `Debug` prints
/// `Token(<redacted>)`, so a client or request can be logged without leaking it.
#[derive(Clone)]
pub struct Token {
    header: HeaderValue,
    /// Namespaces the cache; nothing else needs it.
    #[cfg(feature = "cache")]
    fingerprint: u64,
}

impl Token {
    /// Parses a token; empty tokens and tokens that cannot be an HTTP header
    /// value are configuration errors.
    pub fn new(raw: &str) -> Result<Self, Error> {
        let raw = raw.trim();
        // A scheme alone ("Bot", "Bearer ") is an empty token too.
        let (scheme, secret) = match raw.split_once(' ') {
            Some((scheme @ ("Bot" | "Bearer"), secret)) => (scheme, secret.trim()),
            None if matches!(raw, "Bot" | "Bearer") => (raw, ""),
            _ => ("Bot", raw),
        };
        if secret.is_empty() {
            return Err(config("the token is empty"));
        }
        let full = format!("{scheme} {secret}");
        // The error text never quotes the value: it is the secret.
        let mut header = HeaderValue::from_str(&full)
            .map_err(|_| config("the token contains characters not allowed in a header"))?;
        header.set_sensitive(true);
        Ok(Self {
            #[cfg(feature = "cache")]
            fingerprint: fnv1a(full.as_bytes()),
            header,
        })
    }

    /// The `Authorization` header value (`Bot …` or `Bearer …`), marked sensitive.
    pub(crate) fn header_value(&self) -> &HeaderValue {
        &self.header
    }

    /// A stable, non-reversible 64-bit digest of the token.
    ///
    /// Used to keep cache entries of different tokens apart in a shared cache
    /// (Redis) without storing the token. FNV-1a is stable across processes and
    /// Rust versions, unlike `DefaultHasher`; the token's own entropy makes the
    /// digest useless for recovering it.
    #[cfg(feature = "cache")]
    pub(crate) fn fingerprint(&self) -> u64 {
        self.fingerprint
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

fn config(message: &str) -> Error {
    Error::new(ErrorKind::Config(message.to_owned()))
}

/// FNV-1a, 64 bits: stable across processes, platforms and Rust versions
/// (unlike `DefaultHasher`), so digests made by one process match another's in
/// a shared cache. Not a cryptographic hash: it only ever digests secrets with
/// enough entropy of their own (bot, webhook and interaction tokens) that the
/// 64-bit digest cannot lead back to them.
#[cfg(feature = "cache")]
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(PRIME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_bot_prefix_and_keeps_bearer() {
        assert_eq!(Token::new("abc").unwrap().header_value(), "Bot abc");
        assert_eq!(Token::new("Bot abc").unwrap().header_value(), "Bot abc");
        assert_eq!(
            Token::new("Bearer xyz").unwrap().header_value(),
            "Bearer xyz"
        );
        assert!(Token::new("abc").unwrap().header_value().is_sensitive());
    }

    #[test]
    fn rejects_empty_and_unprintable_tokens() {
        for bad in ["", "   ", "Bot ", "Bearer  ", "a\nb"] {
            let err = Token::new(bad).unwrap_err();
            assert!(matches!(err.kind(), ErrorKind::Config(_)), "{bad:?}");
        }
    }

    #[test]
    fn debug_is_redacted() {
        let token = Token::new("super-secret").unwrap();
        assert_eq!(format!("{token:?}"), "Token(<redacted>)");
    }

    #[cfg(feature = "cache")]
    #[test]
    fn fingerprint_is_stable() {
        let token = Token::new("super-secret").unwrap();
        assert_eq!(
            token.fingerprint(),
            Token::new("Bot super-secret").unwrap().fingerprint()
        );
        assert_ne!(
            token.fingerprint(),
            Token::new("other").unwrap().fingerprint()
        );
    }
}
