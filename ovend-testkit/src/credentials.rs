//! Credentials that change while the emulator runs: bot tokens revoked (a
//! leaked token reset in the developer portal) and path tokens of webhook and
//! interaction routes that stopped working (an interaction token expires 15
//! minutes after the interaction; a deleted webhook's token never works again).
//!
//! The two fail differently on Discord, and a client must tell them apart: a
//! revoked bot token fails every bot-authenticated route with `401: Unauthorized`
//! (code 0), an expired path token fails only routes carrying it with
//! `Invalid Webhook Token` (50027) and says nothing about the bot token.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use http::HeaderMap;
use parking_lot::{Mutex, RwLock};
use tokio::time::Instant;

use crate::auth::{self, Auth};

/// Interaction clocks kept before expired ones are forgotten (a load run may
/// create many interactions; a forgotten token seen again starts a new clock).
const MAX_CLOCKS: usize = 100_000;

/// Revoked bot tokens, expired path tokens and interaction-token clocks.
#[derive(Debug, Default)]
pub(crate) struct Credentials {
    revoked: RwLock<HashSet<String>>,
    expired: RwLock<HashSet<String>>,
    /// How long an interaction token lives (already scaled); `None`: forever.
    ttl: Option<Duration>,
    first_seen: Mutex<HashMap<Arc<str>, Instant>>,
}

/// A token as a caller may write it, with or without `Bot `.
fn bare(token: &str) -> &str {
    token.strip_prefix("Bot ").unwrap_or(token)
}

impl Credentials {
    /// `ttl` (already scaled) is the lifetime of interaction tokens.
    pub(crate) fn new(ttl: Option<Duration>) -> Self {
        Self {
            ttl,
            ..Self::default()
        }
    }

    /// The bot token stops being accepted.
    pub(crate) fn revoke(&self, token: &str) {
        self.revoked.write().insert(bare(token).to_owned());
    }

    /// The bot token is accepted again.
    pub(crate) fn restore(&self, token: &str) {
        self.revoked.write().remove(bare(token));
    }

    /// The path token of webhook and interaction routes stops working.
    pub(crate) fn expire(&self, token: &str) {
        self.expired.write().insert(token.to_owned());
    }

    /// The caller of a bot-authenticated request: a revoked token is invalid.
    pub(crate) fn authenticate(&self, tokens: &[String], headers: &HeaderMap) -> Auth {
        match auth::identify(tokens, headers) {
            Auth::Bot(index) if self.is_revoked(tokens, index) => Auth::Invalid,
            other => other,
        }
    }

    fn is_revoked(&self, tokens: &[String], index: u32) -> bool {
        let revoked = self.revoked.read();
        !revoked.is_empty()
            && usize::try_from(index)
                .ok()
                .and_then(|i| tokens.get(i))
                .is_some_and(|token| revoked.contains(token))
    }

    /// Whether the path token `token` still works at `now`. `starts_clock`:
    /// the request is an interaction callback, where an interaction token is
    /// first seen, so its lifetime starts (plain webhook tokens never expire
    /// on their own).
    pub(crate) fn path_token_valid(
        &self,
        token: &Arc<str>,
        starts_clock: bool,
        now: Instant,
    ) -> bool {
        if self.expired.read().contains(&**token) {
            return false;
        }
        let Some(ttl) = self.ttl else {
            return true;
        };
        let mut clocks = self.first_seen.lock();
        if starts_clock && !clocks.contains_key(token) {
            if clocks.len() >= MAX_CLOCKS {
                clocks.retain(|_, seen| now < *seen + ttl);
            }
            clocks.insert(Arc::clone(token), now);
        }
        clocks.get(token).is_none_or(|seen| now < *seen + ttl)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::header::AUTHORIZATION;
    use http::HeaderValue;

    fn bot(token: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, HeaderValue::from_static(token));
        headers
    }

    #[test]
    fn revoked_bot_tokens_are_invalid_until_restored() {
        let tokens = vec!["a".to_owned(), "b".to_owned()];
        let credentials = Credentials::default();
        credentials.revoke("Bot b");
        assert_eq!(
            credentials.authenticate(&tokens, &bot("Bot b")),
            Auth::Invalid
        );
        assert_eq!(
            credentials.authenticate(&tokens, &bot("Bot a")),
            Auth::Bot(0)
        );
        credentials.restore("b");
        assert_eq!(
            credentials.authenticate(&tokens, &bot("Bot b")),
            Auth::Bot(1)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn interaction_tokens_expire_after_their_ttl_and_webhook_tokens_do_not() {
        let credentials = Credentials::new(Some(Duration::from_secs(900)));
        let (interaction, webhook): (Arc<str>, Arc<str>) = (Arc::from("itok"), Arc::from("wtok"));
        let start = Instant::now();
        assert!(credentials.path_token_valid(&interaction, true, start));
        assert!(credentials.path_token_valid(&webhook, false, start));
        let later = start + Duration::from_secs(899);
        assert!(credentials.path_token_valid(&interaction, false, later));
        let expired = start + Duration::from_secs(900);
        assert!(!credentials.path_token_valid(&interaction, false, expired));
        assert!(
            !credentials.path_token_valid(&interaction, true, expired),
            "the clock does not restart"
        );
        assert!(credentials.path_token_valid(&webhook, false, expired));
        credentials.expire("wtok");
        assert!(!credentials.path_token_valid(&webhook, false, expired));
    }
}
