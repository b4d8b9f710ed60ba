#![doc = include_str!("../README.md")]

mod backend;
#[cfg(feature = "redis")]
mod coherence;
mod collections;
mod counters;
mod manager;
mod memory;
mod policy;
#[cfg(feature = "redis")]
mod redis;
mod route;
mod tiered;

pub use backend::{CacheBackend, CacheError, CacheStats, ValueWithTtl};
#[cfg(feature = "redis")]
pub use coherence::{CoherenceStats, MAX_PAYLOAD, RECONNECT_MAX, RECONNECT_MIN};
pub use manager::CacheManager;
pub use memory::{
    Capacity, Eviction, MemoryCache, MemoryCacheBuilder, DEFAULT_MAX_BYTES, DEFAULT_TTL,
};
pub use policy::{CachePolicy, CachePolicyBuilder, CacheStrategy};
#[cfg(feature = "redis")]
pub use redis::{RedisCache, RedisCacheBuilder, DEFAULT_NAMESPACE};
pub use tiered::{TieredCache, DEFAULT_PROMOTE_TTL};
