//! Which fault, if any, the next request gets: path-targeted queued faults
//! first, then the global queue, then a random draw.
//!
//! Targeted faults come first so a test can break one route while the global
//! queue (or random faults) keeps serving every other route; a request whose
//! path no targeted entry matches leaves those entries untouched.

use std::collections::VecDeque;

use rand::rngs::StdRng;

use super::{Fault, Faults};
use crate::matcher::PathPrefix;

/// `left` more requests get `fault`.
#[derive(Debug)]
struct Queued {
    left: usize,
    fault: Fault,
}

impl Queued {
    /// Spends one use; `true` when none is left.
    fn spend(&mut self) -> bool {
        self.left -= 1;
        self.left == 0
    }
}

/// The injector: targeted, then queued deterministic faults, then random ones.
#[derive(Debug)]
pub(crate) struct FaultInjector {
    random: Faults,
    queue: VecDeque<Queued>,
    targeted: Vec<(PathPrefix, Queued)>,
}

impl FaultInjector {
    pub(crate) fn new(random: Faults) -> Self {
        Self {
            random,
            queue: VecDeque::new(),
            targeted: Vec::new(),
        }
    }

    pub(crate) fn set_random(&mut self, faults: Faults) {
        self.random = faults.sanitized();
    }

    /// The next `count` requests get `fault`.
    pub(crate) fn push(&mut self, count: usize, fault: Fault) {
        if count > 0 {
            self.queue.push_back(Queued { left: count, fault });
        }
    }

    /// The next `count` requests whose path starts with `prefix` get `fault`.
    pub(crate) fn push_on(&mut self, prefix: PathPrefix, count: usize, fault: Fault) {
        if count > 0 {
            self.targeted.push((prefix, Queued { left: count, fault }));
        }
    }

    /// Forgets every queued fault, targeted or not (random rates stay).
    pub(crate) fn clear_queued(&mut self) {
        self.queue.clear();
        self.targeted.clear();
    }

    /// The fault for the next request on `path` (without `/api/v10`), if any;
    /// `None` for a path outside the API.
    pub(crate) fn next(&mut self, path: Option<&str>, rng: &mut StdRng) -> Option<Fault> {
        self.next_targeted(path)
            .or_else(|| self.next_queued())
            .or_else(|| self.random.sample(rng))
    }

    fn next_targeted(&mut self, path: Option<&str>) -> Option<Fault> {
        let path = path?;
        let index = self
            .targeted
            .iter()
            .position(|(prefix, _)| prefix.matches(path))?;
        let (_, queued) = &mut self.targeted[index];
        let fault = queued.fault;
        if queued.spend() {
            self.targeted.remove(index);
        }
        Some(fault)
    }

    fn next_queued(&mut self) -> Option<Fault> {
        let queued = self.queue.front_mut()?;
        let fault = queued.fault;
        if queued.spend() {
            self.queue.pop_front();
        }
        Some(fault)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    const ME: Option<&str> = Some("/users/@me");

    #[test]
    fn queued_faults_come_first_and_run_out() {
        let mut rng = StdRng::seed_from_u64(1);
        let mut injector = FaultInjector::new(Faults::none());
        injector.push(2, Fault::Drop);
        injector.push(1, Fault::BadGateway);
        assert_eq!(injector.next(ME, &mut rng), Some(Fault::Drop));
        assert_eq!(injector.next(ME, &mut rng), Some(Fault::Drop));
        assert_eq!(injector.next(ME, &mut rng), Some(Fault::BadGateway));
        assert_eq!(injector.next(ME, &mut rng), None);
    }

    #[test]
    fn targeted_faults_hit_only_their_paths_and_come_before_the_queue() {
        let mut rng = StdRng::seed_from_u64(1);
        let mut injector = FaultInjector::new(Faults::none());
        injector.push(1, Fault::Drop);
        injector.push_on(PathPrefix::new("/channels/1"), 2, Fault::Forbidden);
        let channel = Some("/channels/1/messages");
        assert_eq!(injector.next(channel, &mut rng), Some(Fault::Forbidden));
        assert_eq!(
            injector.next(Some("/channels/10"), &mut rng),
            Some(Fault::Drop),
            "another path takes the global queue"
        );
        assert_eq!(injector.next(ME, &mut rng), None);
        assert_eq!(injector.next(None, &mut rng), None);
        assert_eq!(injector.next(channel, &mut rng), Some(Fault::Forbidden));
        assert_eq!(injector.next(channel, &mut rng), None, "ran out");
        injector.push_on(PathPrefix::new("/"), 5, Fault::TruncatedJson);
        injector.clear_queued();
        assert_eq!(injector.next(ME, &mut rng), None);
    }

    #[test]
    fn rates_are_clamped_and_certain_rates_always_fire() {
        let faults = Faults::none().server_errors(7.0).drops(f64::NAN);
        let mut rng = StdRng::seed_from_u64(2);
        let mut injector = FaultInjector::new(faults);
        for _ in 0..20 {
            assert_eq!(injector.next(ME, &mut rng), Some(Fault::BadGateway));
        }
    }

    #[test]
    fn random_rate_is_roughly_respected() {
        let mut rng = StdRng::seed_from_u64(3);
        let mut injector = FaultInjector::new(Faults::none().server_errors(0.2));
        let hits = (0..10_000)
            .filter(|_| injector.next(ME, &mut rng).is_some())
            .count();
        assert!((1_500..2_500).contains(&hits), "{hits}");
    }
}
