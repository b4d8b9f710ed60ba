//! Every operation of Discord's OpenAPI description, answered from the
//! description itself.
//!
//! - [`spec`]: the compiled-in description, parsed once;
//! - [`table`]: method + path template → request schema, success status and
//!   answer, and matching a request against it;
//! - [`path`]: templates and their parameter kinds;
//! - [`bucket`]: the default rate-limit bucket of generic operations;
//! - [`sample`]: the walker that builds values shaped like a schema;
//! - [`check`]: request-body validation against a schema;
//! - [`handler`]: the generic handler;
//! - [`operation`]: the public view for tests;
//! - [`schemas`]: samples of the named schemas, for model tests.
//!
//! Hand-written routes ([`crate::routes`]) are matched first; this table
//! answers everything else.

mod bucket;
mod check;
mod handler;
mod operation;
mod path;
mod sample;
mod schemas;
mod spec;
mod table;

pub(crate) use handler::answer;
pub use operation::{api_operations, ApiOperation};
pub use schemas::{schema_names, schema_sample};
pub(crate) use table::find;
