//! The BucketManager: which bucket each route key uses, learned from Discord's hashes.
//!
//! Discord names a route's bucket by `X-RateLimit-Bucket`; the bucket proper is that
//! hash **plus** the route's major parameter, so routes that share a hash share one
//! bucket (and one queue) per channel, guild or webhook. A message delete's age class
//! is *not* part of it: edits and deletes of every age draw on one bucket, and the
//! age-dependent limits are hidden sublimits inside it (the `lane` module). Until a route's hash is
//! known its requests use a bucket of their own, keyed by the route key.
//!
//! Buckets live in slots. The index maps a [`BucketId`] to a slot; a permit remembers
//! the slot it was counted in. When a route learns its hash, its provisional bucket is
//! *renamed* to the hashed id (nothing moves), or, when another route already owns
//! that hashed bucket, *merged*: its in-flight count is *carried* to the target (a
//! release of a request granted before the carry frees a place in both), and its
//! waiters move themselves on their next wake. A hash that changes later re-points
//! the route and carries the old bucket's in-flight count to the new one the same
//! way, so the new bucket cannot be overdrawn by requests that are still out.
//! When a route learns its first hash, the provisional buckets of the other routes
//! on its major are carried to the learned bucket too: one of them may be that
//! bucket under another name (message edits and deletes share a hash), and its
//! learner, still out, would otherwise overdraw the `remaining` just reported.

use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use crate::bucket::{Bucket, Carry, Knowledge};
use crate::time::after;
use crate::{RateLimitEvent, RateLimitHeaders, RouteKey};

/// The limiter's hash maps. Each request looks up its route, bucket and lane
/// several times; SipHash (the standard default) was a third of that cost.
/// foldhash is keyed per process as SipHash is, so keys from the network (the
/// `X-RateLimit-Bucket` hashes) cannot be chosen to collide without the key, and
/// the tables are bounded besides.
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// Heap bytes of a hash map's table: one control byte and one entry per slot.
pub(crate) fn table_bytes<K, V>(map: &HashMap<K, V>) -> usize {
    map.capacity() * (std::mem::size_of::<(K, V)>() + 1)
}

/// The identity of a bucket.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum BucketId {
    /// Discord's hash and the major parameter.
    Hashed(Arc<str>, Arc<str>),
    /// A route whose hash is not known yet.
    Provisional(RouteKey),
}

/// A route's learned hash.
#[derive(Debug)]
struct RouteEntry {
    hash: Arc<str>,
    last_used: Instant,
}

/// Routes, their hashes, and the buckets they map to.
#[derive(Debug, Default)]
pub(crate) struct BucketManager {
    routes: HashMap<Arc<str>, RouteEntry>,
    index: HashMap<BucketId, u64>,
    buckets: HashMap<u64, Bucket>,
    next_slot: u64,
    /// Provisional ids in the index (none: resolving skips the adoption check).
    provisional: usize,
}

impl BucketManager {
    /// The id `key` maps to with what is known now.
    fn id_of(&self, key: &RouteKey) -> BucketId {
        match self.routes.get(key.template()) {
            Some(entry) => BucketId::Hashed(entry.hash.clone(), key.major_arc().clone()),
            None => BucketId::Provisional(key.clone()),
        }
    }

    /// The slot of `key`'s bucket, created (unknown) if needed.
    pub(crate) fn resolve(&mut self, key: &RouteKey, now: Instant) -> u64 {
        // One lookup of the route serves both the stamp and the id.
        let hash = self.routes.get_mut(key.template()).map(|entry| {
            entry.last_used = now;
            Arc::clone(&entry.hash)
        });
        if hash.is_some() && self.provisional > 0 {
            // The hash was learned through another major while this key still had a
            // provisional bucket (maybe with a learner in flight): adopt it first.
            self.adopt_provisional(key, now);
        }
        let id = match hash {
            Some(hash) => BucketId::Hashed(hash, key.major_arc().clone()),
            None => BucketId::Provisional(key.clone()),
        };
        if let Some(slot) = self.index.get(&id) {
            return *slot;
        }
        let slot = self.next_slot;
        self.next_slot += 1;
        self.buckets.insert(slot, Bucket::new(now));
        if matches!(id, BucketId::Provisional(_)) {
            self.provisional += 1;
        }
        self.index.insert(id, slot);
        slot
    }

    /// The slot of `key`'s bucket if it exists (no side effects).
    /// The bucket `key` would use now, without creating one; a provisional
    /// bucket whose route's hash was learned meanwhile is adopted first, as
    /// `resolve` would (so `decide` sees its requests in flight).
    pub(crate) fn peek_adopting(&mut self, key: &RouteKey, now: Instant) -> Option<u64> {
        if self.provisional > 0 && self.routes.contains_key(key.template()) {
            self.adopt_provisional(key, now);
        }
        self.peek(key)
    }

    pub(crate) fn peek(&self, key: &RouteKey) -> Option<u64> {
        self.index
            .get(&self.id_of(key))
            .or_else(|| self.index.get(&BucketId::Provisional(key.clone())))
            .copied()
    }

    pub(crate) fn get_mut(&mut self, slot: u64) -> Option<&mut Bucket> {
        self.buckets.get_mut(&slot)
    }

    /// One request granted from `slot` as grant number `seq` ended: frees its
    /// in-flight place there and in every bucket it was carried to. A request that
    /// may have been sent (`spent`) also uses up a slot of each window.
    pub(crate) fn release(&mut self, slot: u64, seq: u64, spent: bool) {
        // The common case, a bucket that carried nothing, allocates nothing.
        let mut next: Vec<u64> = Vec::new();
        let mut slot = Some(slot);
        // Bounded: every hop is one merge or hash change, which only carries to
        // other slots; a runaway chain stops here rather than looping.
        for _ in 0..64 {
            let Some(current) = slot.take().or_else(|| next.pop()) else {
                break;
            };
            let Some(bucket) = self.buckets.get_mut(&current) else {
                continue;
            };
            bucket.in_flight = bucket.in_flight.saturating_sub(1);
            if spent {
                bucket.spend();
            }
            bucket.queue.wake_head();
            if bucket.carries.is_empty() {
                continue;
            }
            for carry in bucket.carries.iter_mut().filter(|c| seq < c.below) {
                carry.count = carry.count.saturating_sub(1);
                next.push(carry.to);
            }
            if bucket.in_flight == 0 {
                // Nothing granted before a carry is still out.
                bucket.carries.clear();
            }
        }
    }

    /// Counts `from`'s requests in flight (granted below `seq`) in `to` as well.
    /// Those an earlier carry to `to` counted there already are counted once: one
    /// carry then covers them all (a learner carried to a neighbour's bucket, then
    /// adopted into it).
    fn carry(&mut self, from: u64, to: u64, seq: u64) {
        let Some(bucket) = self.buckets.get_mut(&from) else {
            return;
        };
        let in_flight = bucket.in_flight;
        if in_flight == 0 || from == to {
            return;
        }
        let counted: u32 = bucket
            .carries
            .iter()
            .filter(|c| c.to == to)
            .map(|c| c.count)
            .sum();
        bucket.carries.retain(|c| c.to != to);
        bucket.carries.push(Carry {
            below: seq,
            to,
            count: in_flight,
        });
        if let Some(bucket) = self.buckets.get_mut(&to) {
            bucket.in_flight = bucket
                .in_flight
                .saturating_add(in_flight.saturating_sub(counted));
        }
    }

    /// Records that `key` is in Discord's bucket `hash`; returns the slots whose
    /// waiters must re-resolve their bucket.
    /// `seq` is above the number of every grant made so far.
    pub(crate) fn learn_hash(
        &mut self,
        key: &RouteKey,
        hash: &str,
        headers: &RateLimitHeaders,
        seq: u64,
        now: Instant,
        events: &mut Vec<RateLimitEvent>,
    ) -> Vec<u64> {
        let old = match self.routes.get(key.template()) {
            Some(entry) if &*entry.hash == hash => return Vec::new(),
            Some(entry) => Some(entry.hash.clone()),
            None => None,
        };
        let mut moved = Vec::new();
        if let Some(slot) = self.index.get(&self.id_of(key)) {
            moved.push(*slot);
        }
        let hash: Arc<str> = hash.into();
        self.routes.insert(
            key.template().clone(),
            RouteEntry {
                hash: hash.clone(),
                last_used: now,
            },
        );
        match old {
            Some(old) => {
                events.push(RateLimitEvent::BucketChanged {
                    key: key.clone(),
                    old: old.to_string(),
                    new: hash.to_string(),
                });
                if let Some(&from) = moved.first() {
                    let to = self.resolve(key, now);
                    self.carry(from, to, seq);
                }
            }
            None => {
                events.push(RateLimitEvent::BucketLearned {
                    key: key.clone(),
                    hash: hash.to_string(),
                    limit: headers.limit,
                    window: headers.window_length(),
                });
                self.adopt_provisional(key, now);
                self.carry_neighbours(key, seq, now);
            }
        }
        moved
    }

    /// Another route's provisional bucket on `key`'s major may be the bucket just
    /// learned under another name (message edits and deletes share one hash): its
    /// requests still out count in it too until they end, or the `remaining` this
    /// answer reported would be overdrawn by them (the Redis limiter's `complete`
    /// does the same).
    fn carry_neighbours(&mut self, key: &RouteKey, seq: u64, now: Instant) {
        let to = self.resolve(key, now);
        let neighbours: Vec<u64> = self
            .index
            .iter()
            .filter_map(|(id, slot)| match id {
                BucketId::Provisional(other)
                    if other.major_arc() == key.major_arc()
                        && other.template() != key.template() =>
                {
                    Some(*slot)
                }
                _ => None,
            })
            .collect();
        for from in neighbours {
            self.carry(from, to, seq);
        }
    }

    /// Moves `key`'s provisional bucket under its hashed id: renamed if the hashed
    /// bucket does not exist yet, merged into it if it does.
    fn adopt_provisional(&mut self, key: &RouteKey, now: Instant) {
        let Some(from) = self.index.remove(&BucketId::Provisional(key.clone())) else {
            return;
        };
        self.provisional = self.provisional.saturating_sub(1);
        let target = self.id_of(key);
        match self.index.get(&target).copied() {
            None => {
                self.index.insert(target, from);
            }
            Some(to) => {
                // A hashed bucket that has learned nothing yet (no window, no
                // block still running) takes what the provisional one learned: a
                // request of this major must not forget it by moving (the Redis
                // limiter's `adopt` does the same).
                let learned = self
                    .buckets
                    .get(&from)
                    .map(|b| (b.knowledge, b.blocked_until));
                if let (Some((knowledge, blocked)), Some(bucket)) =
                    (learned, self.buckets.get_mut(&to))
                {
                    if bucket.knowledge == Knowledge::Unknown
                        && bucket.blocked_until.is_none_or(|b| b <= now)
                    {
                        bucket.knowledge = knowledge;
                        bucket.blocked_until = blocked;
                    }
                }
                // Nothing is granted from `from` any more: carry every request.
                self.carry(from, to, u64::MAX);
                if let Some(bucket) = self.buckets.get_mut(&from) {
                    bucket.queue.wake_all();
                }
                if let Some(bucket) = self.buckets.get_mut(&to) {
                    bucket.last_used = now;
                }
            }
        }
    }

    /// Wakes every waiter (sending has stopped; each one learns why).
    pub(crate) fn wake_all(&self) {
        for bucket in self.buckets.values() {
            bucket.queue.wake_all();
        }
    }

    /// Forgets idle buckets, orphaned slots and unused route hashes.
    pub(crate) fn sweep(&mut self, now: Instant, idle: Duration) -> usize {
        let before = self.buckets.len();
        self.buckets.retain(|_, b| !b.is_idle(now, idle));
        let buckets = &self.buckets;
        self.index.retain(|_, slot| buckets.contains_key(slot));
        self.provisional = self
            .index
            .keys()
            .filter(|id| matches!(id, BucketId::Provisional(_)))
            .count();
        self.routes.retain(|_, r| after(r.last_used, idle) > now);
        self.buckets.shrink_to_fit();
        self.index.shrink_to_fit();
        self.routes.shrink_to_fit();
        before - self.buckets.len()
    }

    /// Live buckets (for stats and tests).
    pub(crate) fn len(&self) -> usize {
        self.buckets.len()
    }

    /// Routes with a learned hash.
    pub(crate) fn routes_len(&self) -> usize {
        self.routes.len()
    }

    /// Approximate heap bytes held: every map's table at its capacity plus the strings
    /// and keys its entries own. Queues of waiting requests are not counted.
    pub(crate) fn heap_estimate(&self) -> usize {
        const ARC_HEADER: usize = 16;
        let index_keys: usize = self
            .index
            .keys()
            .map(|id| match id {
                BucketId::Hashed(_, major) => major.len() + ARC_HEADER,
                BucketId::Provisional(key) => key.heap_bytes(),
            })
            .sum();
        let route_keys: usize = self
            .routes
            .iter()
            .map(|(template, entry)| template.len() + entry.hash.len() + 2 * ARC_HEADER)
            .sum();
        table_bytes(&self.buckets)
            + table_bytes(&self.index)
            + table_bytes(&self.routes)
            + index_keys
            + route_keys
    }

    /// Requests waiting, and places in flight summed over all buckets (a request
    /// carried to another bucket counts in both).
    pub(crate) fn totals(&self) -> (usize, u64) {
        self.buckets.values().fold((0, 0), |(q, f), b| {
            (q + b.queue.len(), f + u64::from(b.in_flight))
        })
    }
}
