//! Guards that protect the token and the IP, above every bucket.
//!
//! - **Invalid requests**: Discord bans an IP at Cloudflare after 10,000 invalid
//!   requests (401, 403, non-`shared` 429) in 10 minutes. A log of their instants over
//!   the rolling window sends a warning event as each configured threshold is crossed
//!   and refuses to send at the configured limit, well before Discord's.
//! - **Cloudflare ban**: a 429 with Cloudflare's signature and without Discord's
//!   headers means the IP is banned; retrying only prolongs it, so nothing is sent
//!   until the ban should be over. (A 429 from a proxy carries neither and is a
//!   transient failure, not a ban.)
//! - **Invalid token**: after a 401 on a bot-authenticated route every request with
//!   the bot token fails, so none is sent until the user resets the state. A 401 on
//!   a webhook- or interaction-token route is about that path's token (an
//!   interaction token expires after 15 minutes) and changes nothing here.

use std::collections::VecDeque;

use tokio::time::Instant;

use crate::config::Config;
use crate::time::after;
use crate::{RateLimitEvent, RateLimitHeaders, Rejected, RouteKey};

/// Token- and IP-wide refusal state.
#[derive(Debug, Default)]
pub(crate) struct Guards {
    token_invalid: bool,
    ban_until: Option<Instant>,
    invalid: VecDeque<Instant>,
    /// How many warning thresholds the current count has crossed.
    warned: usize,
}

impl Guards {
    /// Why a request on `key` may not be sent at `now`, if so. An invalid bot
    /// token does not stop webhook and interaction routes, which do not use it.
    pub(crate) fn check(
        &mut self,
        key: &RouteKey,
        now: Instant,
        config: &Config,
    ) -> Option<Rejected> {
        if self.token_invalid && !key.uses_path_token() {
            return Some(Rejected::InvalidToken);
        }
        if let Some(until) = self.ban_until {
            if until > now {
                return Some(Rejected::CloudflareBan {
                    remaining: until - now,
                });
            }
            self.ban_until = None;
        }
        let count = self.count(now, config);
        (count >= config.invalid_limit).then_some(Rejected::InvalidRequestLimit {
            count,
            limit: config.invalid_limit,
        })
    }

    /// Counts what one answer means for the token and IP. Returns true when sending
    /// has just stopped (ban or invalid token), so waiters should be told at once.
    pub(crate) fn observe(
        &mut self,
        key: &RouteKey,
        headers: &RateLimitHeaders,
        now: Instant,
        config: &Config,
        events: &mut Vec<RateLimitEvent>,
    ) -> bool {
        let mut stopped = false;
        if headers.is_cloudflare_ban() {
            self.ban_until = Some(after(now, config.cloudflare_ban));
            events.push(RateLimitEvent::CloudflareBan {
                duration: config.cloudflare_ban,
            });
            stopped = true;
        }
        if headers.status == 401 && !key.uses_path_token() && !self.token_invalid {
            self.token_invalid = true;
            events.push(RateLimitEvent::TokenInvalid);
            stopped = true;
        }
        if headers.is_invalid_request() {
            self.invalid.push_back(now);
            let count = self.count(now, config);
            while let Some(&threshold) = config.invalid_warnings.get(self.warned) {
                if count < threshold {
                    break;
                }
                self.warned += 1;
                events.push(RateLimitEvent::InvalidRequestWarning { count, threshold });
            }
        }
        stopped
    }

    /// Forgets that the bot token was rejected.
    pub(crate) fn reset_token(&mut self) {
        self.token_invalid = false;
    }

    /// Invalid requests in the rolling window ending at `now`.
    fn count(&mut self, now: Instant, config: &Config) -> u32 {
        while self
            .invalid
            .front()
            .is_some_and(|t| after(*t, config.invalid_window) <= now)
        {
            self.invalid.pop_front();
        }
        let count = u32::try_from(self.invalid.len()).unwrap_or(u32::MAX);
        // Re-arm the warnings the count has fallen back below.
        while self.warned > 0 && config.invalid_warnings[self.warned - 1] > count {
            self.warned -= 1;
        }
        count
    }

    /// Frees the log of invalid requests that left the window.
    pub(crate) fn sweep(&mut self, now: Instant, config: &Config) {
        self.count(now, config);
        self.invalid.shrink_to_fit();
    }
}
