#![doc = include_str!("../README.md")]

#[macro_use]
mod macros;

mod flags;
mod nullable;
mod snowflake;

pub mod generated;

pub use generated::*;
pub use nullable::Nullable;
pub use snowflake::{Snowflake, DISCORD_EPOCH_MS};
