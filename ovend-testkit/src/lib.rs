#![doc = include_str!("../README.md")]

mod admin;
mod api;
mod app;
mod auth;
mod body;
mod builder;
mod faults;
mod limits;
mod mock;
mod model;
mod pipeline;
mod record;
mod redis_server;
mod respond;
mod routes;
mod server;
mod snowflake;
mod stats;
mod sublimits;
mod validation;

pub use builder::MockDiscordBuilder;
pub use faults::{Fault, Faults};
pub use mock::MockDiscord;
pub use record::RecordedRequest;
pub use redis_server::RedisServer;
pub use stats::Stats;
