//! Fault injection: random faults (per-request probabilities), a deterministic
//! queue filled by [`MockDiscord::fail_next`](crate::MockDiscord::fail_next)
//! and path-targeted queues filled by
//! [`MockDiscord::fail_next_on`](crate::MockDiscord::fail_next_on).
//!
//! Every fault acts at one of three places of the request's path (see
//! [`apply`]): at the edge, before Discord sees the request (5xx, drops,
//! proxy and Cloudflare 429s, slowness); instead of the endpoint, after
//! authentication and rate limits (403, a Discord 429); or on the answer's
//! headers or body once the endpoint ran (bad headers, bodies that are
//! oversized, slow, cut or broken).

pub(crate) mod apply;
mod body;
mod injector;

use std::time::Duration;

use rand::rngs::StdRng;
use rand::Rng;
use serde::{Deserialize, Serialize};

pub(crate) use injector::FaultInjector;

/// One injected fault.
///
/// Faults that answer "at the edge" never reach the emulated Discord: nothing
/// is routed, authenticated, rate limited or changed in the model. Faults on
/// the body run the endpoint first (a message is created even if its answer
/// never arrives whole), as when a real connection breaks after Discord acted.
/// Faults "instead of the endpoint" need the request to get that far: one
/// that fails before (unknown route, bad bot token, a real 429) gets that
/// failure, and the fault is spent all the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Edge: 502 with the HTML body `<html>502 Bad Gateway</html>` and no rate-limit headers.
    BadGateway,
    /// Edge: 503 with a Discord-style JSON body `{"message": "...", "code": 0}`.
    ServiceUnavailable,
    /// Edge: the connection is closed without an answer.
    Drop,
    /// Edge: the answer is delayed by the duration (not scaled), then given normally.
    Slow(Duration),
    /// Headers: a normal answer whose `X-RateLimit-Remaining` is `garbage`.
    MalformedHeaders,
    /// Instead of the endpoint: `403 {"message": "Missing Permissions", "code":
    /// 50013}` with `Via` and the bucket's rate-limit headers; counted as an
    /// invalid request, as Discord does.
    Forbidden,
    /// Instead of the endpoint: a Discord-shaped 429 (scope `user`, `Via`, the
    /// bucket's headers with `X-RateLimit-Remaining: 0`) whose body is
    /// `{"message": "You are being rate limited.", "retry_after": <raw>,
    /// "global": false}` with `retry_after` inserted verbatim, so `1e19`, `-5`
    /// or `"NaN"` can be sent. The same raw text is sent as `Retry-After` and
    /// `X-RateLimit-Reset-After` when it is a valid header value. Counted as an
    /// invalid request.
    RateLimited429 {
        /// The raw JSON text of `retry_after`, e.g. `"1e19"` or `"\"NaN\""`.
        retry_after: &'static str,
    },
    /// Edge: a 429 from a proxy between the client and Discord: no `Via`, no
    /// `X-RateLimit-*`, `Server: nginx` and nginx's small HTML page.
    ProxyTooManyRequests,
    /// Edge: one answer of the Cloudflare ban page (429, `Server: cloudflare`,
    /// `CF-RAY`, `Retry-After`, `error code: 1015`) without starting a ban.
    CloudflareBan,
    /// Body: a 200 with Discord's headers whose JSON body (a string of
    /// padding) is exactly this many bytes; streamed, so huge sizes cost no memory.
    OversizedBody(usize),
    /// Body: the real answer, but its body arrives `bytes_per_tick` bytes at a
    /// time, one chunk every `tick` (scaled by the time scale); headers go out at once.
    Trickle {
        /// Bytes per chunk (0 is treated as 1).
        bytes_per_tick: usize,
        /// The wait before each chunk, before time scaling.
        tick: Duration,
    },
    /// Body: a complete, well-formed 200 whose JSON body is cut in the middle
    /// (`Content-Length` matches what is sent).
    TruncatedJson,
    /// Body: a 200 announcing the full `Content-Length`, of which only the
    /// first half is sent before the connection is aborted.
    ResetMidBody,
}

/// Random fault rates; each is a probability in `0.0..=1.0` applied per request.
///
/// Serialized as JSON for `PUT /__ovend/faults`:
/// `{"server_errors": 0.2, "drops": 0.0, "slow": 0.1, "slow_ms": 500,
/// "malformed_headers": 0.0, "resets_mid_body": 0.0, "truncated_json": 0.0,
/// "proxy_429": 0.0}` (every field optional).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    server_errors: f64,
    drops: f64,
    slow: f64,
    slow_ms: u64,
    malformed_headers: f64,
    resets_mid_body: f64,
    truncated_json: f64,
    proxy_429: f64,
}

/// Clamps a rate into `0.0..=1.0`; NaN becomes 0 so a bad knob cannot panic the sampler.
fn clamp_rate(rate: f64) -> f64 {
    if rate.is_nan() {
        0.0
    } else {
        rate.clamp(0.0, 1.0)
    }
}

impl Faults {
    /// No faults at all.
    #[must_use]
    pub fn none() -> Self {
        Self::default()
    }

    /// Answers a 502 with an HTML (non-JSON) body, like Cloudflare's, at this rate.
    #[must_use]
    pub fn server_errors(mut self, rate: f64) -> Self {
        self.server_errors = clamp_rate(rate);
        self
    }

    /// Closes the connection without answering at this rate.
    #[must_use]
    pub fn drops(mut self, rate: f64) -> Self {
        self.drops = clamp_rate(rate);
        self
    }

    /// Answers late by `delay` at this rate.
    #[must_use]
    pub fn slow(mut self, rate: f64, delay: Duration) -> Self {
        self.slow = clamp_rate(rate);
        self.slow_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        self
    }

    /// Sends `X-RateLimit-Remaining: garbage` at this rate.
    #[must_use]
    pub fn malformed_headers(mut self, rate: f64) -> Self {
        self.malformed_headers = clamp_rate(rate);
        self
    }

    /// Aborts the connection in the middle of the body ([`Fault::ResetMidBody`]) at this rate.
    #[must_use]
    pub fn resets_mid_body(mut self, rate: f64) -> Self {
        self.resets_mid_body = clamp_rate(rate);
        self
    }

    /// Cuts the JSON body in the middle ([`Fault::TruncatedJson`]) at this rate.
    #[must_use]
    pub fn truncated_json(mut self, rate: f64) -> Self {
        self.truncated_json = clamp_rate(rate);
        self
    }

    /// Answers a proxy's 429 without Discord headers
    /// ([`Fault::ProxyTooManyRequests`]) at this rate.
    #[must_use]
    pub fn proxy_429(mut self, rate: f64) -> Self {
        self.proxy_429 = clamp_rate(rate);
        self
    }

    /// Rates re-clamped after deserialization (JSON may hold anything).
    pub(crate) fn sanitized(self) -> Self {
        Self {
            server_errors: clamp_rate(self.server_errors),
            drops: clamp_rate(self.drops),
            slow: clamp_rate(self.slow),
            slow_ms: self.slow_ms,
            malformed_headers: clamp_rate(self.malformed_headers),
            resets_mid_body: clamp_rate(self.resets_mid_body),
            truncated_json: clamp_rate(self.truncated_json),
            proxy_429: clamp_rate(self.proxy_429),
        }
    }

    /// Draws at most one fault; each kind is tried in a fixed order so a seed
    /// reproduces the same sequence. A zero rate draws nothing from `rng`, so
    /// kinds added later do not change the sequences of older configurations.
    fn sample(&self, rng: &mut StdRng) -> Option<Fault> {
        if self == &Self::none() {
            return None;
        }
        let mut hit = |rate: f64| rate > 0.0 && rng.gen_bool(rate);
        if hit(self.drops) {
            Some(Fault::Drop)
        } else if hit(self.server_errors) {
            Some(Fault::BadGateway)
        } else if hit(self.slow) {
            Some(Fault::Slow(Duration::from_millis(self.slow_ms)))
        } else if hit(self.malformed_headers) {
            Some(Fault::MalformedHeaders)
        } else if hit(self.resets_mid_body) {
            Some(Fault::ResetMidBody)
        } else if hit(self.truncated_json) {
            Some(Fault::TruncatedJson)
        } else if hit(self.proxy_429) {
            Some(Fault::ProxyTooManyRequests)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn faults_round_trip_as_json() {
        let faults = Faults::none()
            .slow(0.5, Duration::from_millis(250))
            .truncated_json(0.25);
        let json = serde_json::to_string(&faults).unwrap();
        let back: Faults = serde_json::from_str(&json).unwrap();
        assert_eq!(back, faults);
        let partial: Faults = serde_json::from_str(r#"{"drops": 0.1}"#).unwrap();
        assert_eq!(partial, Faults::none().drops(0.1));
        let new_kinds: Faults =
            serde_json::from_str(r#"{"resets_mid_body": 1, "proxy_429": 0.5}"#).unwrap();
        assert_eq!(
            new_kinds,
            Faults::none().resets_mid_body(1.0).proxy_429(0.5)
        );
    }

    #[test]
    fn new_kinds_are_drawn_at_certain_rates() {
        let mut rng = StdRng::seed_from_u64(4);
        let draw = |faults: Faults, rng: &mut StdRng| faults.sample(rng);
        assert_eq!(
            draw(Faults::none().resets_mid_body(1.0), &mut rng),
            Some(Fault::ResetMidBody)
        );
        assert_eq!(
            draw(Faults::none().truncated_json(1.0), &mut rng),
            Some(Fault::TruncatedJson)
        );
        assert_eq!(
            draw(Faults::none().proxy_429(1.0), &mut rng),
            Some(Fault::ProxyTooManyRequests)
        );
    }

    #[test]
    fn zero_rates_do_not_consume_randomness() {
        // The old sampler drew exactly one `gen_bool` per request for a
        // configuration with only `server_errors`; the new kinds must not add draws.
        let faults = Faults::none().server_errors(0.3);
        let (mut sampled, mut reference) = (StdRng::seed_from_u64(9), StdRng::seed_from_u64(9));
        for _ in 0..100 {
            let expected = reference.gen_bool(0.3).then_some(Fault::BadGateway);
            assert_eq!(faults.sample(&mut sampled), expected);
        }
    }
}
