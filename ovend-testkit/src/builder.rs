//! Configuration of a [`MockDiscord`] and its builder.

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use crate::faults::Faults;
use crate::mock::MockDiscord;

/// Everything that shapes the emulator's behaviour.
#[derive(Clone)]
pub(crate) struct Config {
    pub(crate) tokens: Vec<String>,
    pub(crate) time_scale: f64,
    pub(crate) latency: Duration,
    pub(crate) jitter: Duration,
    pub(crate) unlimited: bool,
    pub(crate) global_limit: u32,
    pub(crate) invalid_request_limit: u32,
    /// Unscaled; multiplied by `time_scale`.
    pub(crate) ban_duration: Duration,
    /// Unscaled; multiplied by `time_scale`.
    pub(crate) invalid_window: Duration,
    pub(crate) strict_user_agent: bool,
    /// Unscaled lifetime of interaction tokens; `None`: they never expire.
    pub(crate) interaction_token_ttl: Option<Duration>,
    pub(crate) faults: Faults,
    pub(crate) seed: Option<u64>,
    pub(crate) addr: SocketAddr,
    /// How many requests [`MockDiscord::recorded`] keeps.
    pub(crate) record_capacity: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            tokens: vec![MockDiscord::DEFAULT_TOKEN.to_owned()],
            time_scale: 1.0,
            latency: Duration::ZERO,
            jitter: Duration::ZERO,
            unlimited: false,
            global_limit: 50,
            invalid_request_limit: 10_000,
            ban_duration: Duration::from_secs(3600),
            invalid_window: Duration::from_secs(600),
            strict_user_agent: false,
            interaction_token_ttl: None,
            faults: Faults::none(),
            seed: None,
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            record_capacity: crate::record::CAPACITY,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("tokens", &format_args!("[{} redacted]", self.tokens.len()))
            .field("time_scale", &self.time_scale)
            .field("latency", &self.latency)
            .field("jitter", &self.jitter)
            .field("unlimited", &self.unlimited)
            .field("global_limit", &self.global_limit)
            .field("invalid_request_limit", &self.invalid_request_limit)
            .field("ban_duration", &self.ban_duration)
            .field("strict_user_agent", &self.strict_user_agent)
            .field("interaction_token_ttl", &self.interaction_token_ttl)
            .field("faults", &self.faults)
            .field("seed", &self.seed)
            .field("addr", &self.addr)
            .field("record_capacity", &self.record_capacity)
            .finish()
    }
}

impl Config {
    fn validate(&self) -> io::Result<()> {
        let invalid =
            |what: &str| Err(io::Error::new(io::ErrorKind::InvalidInput, what.to_owned()));
        if !(self.time_scale.is_finite() && self.time_scale > 0.0) {
            return invalid("time_scale must be a finite number above 0");
        }
        if self.global_limit == 0 {
            return invalid("global_limit must be at least 1");
        }
        if self.tokens.iter().any(String::is_empty) {
            return invalid("tokens must not be empty");
        }
        Ok(())
    }
}

/// Builds and starts a [`MockDiscord`]; see [`MockDiscord::builder`].
#[must_use = "a builder does nothing until `.start().await`"]
#[derive(Debug, Default)]
pub struct MockDiscordBuilder {
    config: Config,
    custom_tokens: bool,
}

impl MockDiscordBuilder {
    /// Accepts this bot token (without `Bot `). May be called several times;
    /// the first call replaces [`MockDiscord::DEFAULT_TOKEN`].
    pub fn token(mut self, token: impl Into<String>) -> Self {
        if !self.custom_tokens {
            self.config.tokens.clear();
            self.custom_tokens = true;
        }
        self.config.tokens.push(token.into());
        self
    }

    /// Multiplies every rule window and the ban length: `0.01` turns 10 minutes into 6 s.
    pub fn time_scale(mut self, scale: f64) -> Self {
        self.config.time_scale = scale;
        self
    }

    /// Waits this long before answering each request.
    pub fn latency(mut self, latency: Duration) -> Self {
        self.config.latency = latency;
        self
    }

    /// Spreads the latency uniformly by up to this much either way.
    pub fn jitter(mut self, jitter: Duration) -> Self {
        self.config.jitter = jitter;
        self
    }

    /// Turns every rate limit off (requests are still counted and authenticated,
    /// and answers carry no rate-limit headers).
    pub fn unlimited(mut self, unlimited: bool) -> Self {
        self.config.unlimited = unlimited;
        self
    }

    /// Requests per second per token (default 50); must be at least 1.
    pub fn global_limit(mut self, per_second: u32) -> Self {
        self.config.global_limit = per_second;
        self
    }

    /// Invalid requests per 10 minutes that trigger the Cloudflare ban
    /// (default 10,000; 0 disables the ban).
    pub fn invalid_request_limit(mut self, limit: u32) -> Self {
        self.config.invalid_request_limit = limit;
        self
    }

    /// How long the Cloudflare ban lasts before scaling (default one hour).
    pub fn cloudflare_ban(mut self, duration: Duration) -> Self {
        self.config.ban_duration = duration;
        self
    }

    /// Answers 400 to requests without a `DiscordBot (…)` User-Agent instead
    /// of only counting them (the default).
    pub fn strict_user_agent(mut self, strict: bool) -> Self {
        self.config.strict_user_agent = strict;
        self
    }

    /// Interaction tokens stop working this long (multiplied by the time
    /// scale) after they are first seen on an interaction callback; from then
    /// on every webhook or interaction route carrying one answers `401 Invalid
    /// Webhook Token` (50027), as Discord does 15 minutes after an
    /// interaction. Default: they never expire. Webhook tokens first seen
    /// elsewhere never expire on their own (see
    /// [`MockDiscord::expire_token`]).
    pub fn interaction_token_ttl(mut self, ttl: Duration) -> Self {
        self.config.interaction_token_ttl = Some(ttl);
        self
    }

    /// Random fault injection from the start.
    pub fn faults(mut self, faults: Faults) -> Self {
        self.config.faults = faults.sanitized();
        self
    }

    /// Seeds the randomness of faults and jitter, for reproducible runs.
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = Some(seed);
        self
    }

    /// The address to listen on (default `127.0.0.1:0`, a free port).
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.config.addr = addr;
        self
    }

    /// How many of the last requests [`MockDiscord::recorded`] keeps (default
    /// 1024; 0 keeps none). Raise it to keep a whole benchmark run: the log
    /// grows as requests arrive, each entry holding the request's headers and
    /// body.
    pub fn record_capacity(mut self, capacity: usize) -> Self {
        self.config.record_capacity = capacity;
        self
    }

    /// Binds the socket and starts serving on the current tokio runtime.
    ///
    /// # Errors
    /// `InvalidInput` for a bad configuration (time scale not above 0, global
    /// limit 0, empty token), or the error of binding the socket.
    pub async fn start(self) -> io::Result<MockDiscord> {
        self.config.validate()?;
        MockDiscord::launch(self.config).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_token_replaces_the_default_and_debug_hides_tokens() {
        let builder = MockDiscordBuilder::default()
            .token("tok-alpha")
            .token("tok-beta");
        assert_eq!(builder.config.tokens, ["tok-alpha", "tok-beta"]);
        let shown = format!("{builder:?}");
        assert!(!shown.contains("tok-alpha") && !shown.contains("tok-beta"));
    }

    #[test]
    fn record_capacity_defaults_to_the_recorder_default_and_can_be_raised() {
        assert_eq!(
            MockDiscordBuilder::default().config.record_capacity,
            crate::record::CAPACITY
        );
        let builder = MockDiscordBuilder::default().record_capacity(50_000);
        assert_eq!(builder.config.record_capacity, 50_000);
    }

    #[test]
    fn rejects_nonsense() {
        let bad = |b: MockDiscordBuilder| b.config.validate().is_err();
        assert!(bad(MockDiscordBuilder::default().time_scale(0.0)));
        assert!(bad(MockDiscordBuilder::default().time_scale(f64::NAN)));
        assert!(bad(MockDiscordBuilder::default().global_limit(0)));
        assert!(bad(MockDiscordBuilder::default().token("")));
        assert!(!bad(MockDiscordBuilder::default()));
    }
}
