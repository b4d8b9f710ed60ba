#![doc = include_str!("../README.md")]

mod admin;
mod api;
mod app;
mod auth;
mod body;
mod builder;
mod credentials;
mod faults;
mod limits;
mod matcher;
mod mock;
mod model;
mod openapi;
mod overrides;
mod pipeline;
mod record;
mod redis_server;
mod respond;
mod routes;
mod routing;
mod server;
mod snowflake;
mod stats;
mod sublimits;
mod validation;

pub use builder::MockDiscordBuilder;
pub use faults::{Fault, Faults};
pub use mock::MockDiscord;
pub use openapi::{api_operations, schema_names, schema_sample, ApiOperation};
pub use overrides::InvalidHeader;
pub use record::RecordedRequest;
pub use redis_server::RedisServer;
pub use stats::Stats;
