//! Fault injection: random faults (per-request probabilities) and a
//! deterministic queue filled by [`MockDiscord::fail_next`](crate::MockDiscord::fail_next).

use std::collections::VecDeque;
use std::time::Duration;

use rand::rngs::StdRng;
use rand::Rng;
use serde::{Deserialize, Serialize};

/// One injected fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// 502 with the HTML body `<html>502 Bad Gateway</html>` and no rate-limit headers.
    BadGateway,
    /// 503 with a Discord-style JSON body `{"message": "...", "code": 0}`.
    ServiceUnavailable,
    /// The connection is closed without an answer.
    Drop,
    /// The answer is delayed by the duration, then given normally.
    Slow(Duration),
    /// A normal answer whose `X-RateLimit-Remaining` is `garbage`.
    MalformedHeaders,
}

/// Random fault rates; each is a probability in `0.0..=1.0` applied per request.
///
/// Serialized as JSON for `PUT /__ovend/faults`:
/// `{"server_errors": 0.2, "drops": 0.0, "slow": 0.1, "slow_ms": 500, "malformed_headers": 0.0}`
/// (every field optional).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    server_errors: f64,
    drops: f64,
    slow: f64,
    slow_ms: u64,
    malformed_headers: f64,
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

    /// Rates re-clamped after deserialization (JSON may hold anything).
    pub(crate) fn sanitized(self) -> Self {
        Self {
            server_errors: clamp_rate(self.server_errors),
            drops: clamp_rate(self.drops),
            slow: clamp_rate(self.slow),
            slow_ms: self.slow_ms,
            malformed_headers: clamp_rate(self.malformed_headers),
        }
    }

    /// Draws at most one fault; each kind is tried in a fixed order so a seed
    /// reproduces the same sequence.
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
        } else {
            None
        }
    }
}

/// The injector: queued deterministic faults first, then random ones.
#[derive(Debug)]
pub(crate) struct FaultInjector {
    random: Faults,
    queue: VecDeque<(usize, Fault)>,
}

impl FaultInjector {
    pub(crate) fn new(random: Faults) -> Self {
        Self {
            random,
            queue: VecDeque::new(),
        }
    }

    pub(crate) fn set_random(&mut self, faults: Faults) {
        self.random = faults.sanitized();
    }

    pub(crate) fn push(&mut self, count: usize, fault: Fault) {
        if count > 0 {
            self.queue.push_back((count, fault));
        }
    }

    /// The fault for the next request, if any.
    pub(crate) fn next(&mut self, rng: &mut StdRng) -> Option<Fault> {
        if let Some((left, fault)) = self.queue.front_mut() {
            let fault = *fault;
            *left -= 1;
            if *left == 0 {
                self.queue.pop_front();
            }
            return Some(fault);
        }
        self.random.sample(rng)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn queued_faults_come_first_and_run_out() {
        let mut rng = StdRng::seed_from_u64(1);
        let mut injector = FaultInjector::new(Faults::none());
        injector.push(2, Fault::Drop);
        injector.push(1, Fault::BadGateway);
        assert_eq!(injector.next(&mut rng), Some(Fault::Drop));
        assert_eq!(injector.next(&mut rng), Some(Fault::Drop));
        assert_eq!(injector.next(&mut rng), Some(Fault::BadGateway));
        assert_eq!(injector.next(&mut rng), None);
    }

    #[test]
    fn rates_are_clamped_and_certain_rates_always_fire() {
        let faults = Faults::none().server_errors(7.0).drops(f64::NAN);
        let mut rng = StdRng::seed_from_u64(2);
        let mut injector = FaultInjector::new(faults);
        for _ in 0..20 {
            assert_eq!(injector.next(&mut rng), Some(Fault::BadGateway));
        }
    }

    #[test]
    fn random_rate_is_roughly_respected() {
        let mut rng = StdRng::seed_from_u64(3);
        let mut injector = FaultInjector::new(Faults::none().server_errors(0.2));
        let hits = (0..10_000)
            .filter(|_| injector.next(&mut rng).is_some())
            .count();
        assert!((1_500..2_500).contains(&hits), "{hits}");
    }

    #[test]
    fn faults_round_trip_as_json() {
        let faults = Faults::none().slow(0.5, Duration::from_millis(250));
        let json = serde_json::to_string(&faults).unwrap();
        let back: Faults = serde_json::from_str(&json).unwrap();
        assert_eq!(back, faults);
        let partial: Faults = serde_json::from_str(r#"{"drops": 0.1}"#).unwrap();
        assert_eq!(partial, Faults::none().drops(0.1));
    }
}
