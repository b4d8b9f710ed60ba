//! Request validation: Discord's documented limits, checked before anything is sent.
//!
//! A [`Validator`] looks at a [`RequestView`] (method, path, JSON body, number
//! of files, audit-log reason) and either accepts it or returns every
//! violation as a [`FieldError`] shaped like Discord's own field errors:
//! a dotted path (`embeds.0.fields.3.value`), Discord's code
//! (`BASE_TYPE_MAX_LENGTH`, see [`codes`]) and Discord's wording
//! (`Must be 1024 or fewer in length.`). The client turns them into
//! `Error::Validation` without touching the network or the rate limiter.
//!
//! [`DiscordValidator`] is the default; [`NoValidation`] turns checking off.
//!
//! ```
//! use ovend_rest::validate::{DiscordValidator, RequestView, Validator};
//! use serde_json::json;
//!
//! let body = json!({ "content": "x".repeat(2001), "embeds": [{ "title": "ok" }] });
//! let method = http::Method::POST;
//! let request = RequestView::new(&method, "/channels/123/messages").json(&body);
//! let errors = DiscordValidator::new().validate(&request).unwrap_err();
//! assert_eq!(errors.len(), 1);
//! assert_eq!(errors[0].path, "content");
//! assert_eq!(errors[0].code, "BASE_TYPE_MAX_LENGTH");
//! assert_eq!(errors[0].message, "Must be 2000 or fewer in length.");
//! ```

use std::fmt;

use http::Method;
use serde_json::Value;

use crate::FieldError;

mod bulk;
mod clock;
pub mod codes;
mod discord;
mod embed;
mod field_path;
mod generated;
mod message;
mod path;
mod report;
mod routes;
mod schema;
#[cfg(test)]
mod schema_cases;
mod schema_table;
mod snowflake;
#[cfg(test)]
mod tests;
mod walk;

pub use clock::{FixedClock, SystemClock, WallClock};
pub use discord::DiscordValidator;

/// Checks a request before it is sent.
///
/// Object-safe, so the client holds it as `Arc<dyn Validator>`; implement it to
/// add checks of your own (wrap [`DiscordValidator`] to keep Discord's).
pub trait Validator: Send + Sync + fmt::Debug {
    /// `Ok` when the request may be sent.
    ///
    /// # Errors
    ///
    /// Every violation found, in the order found (never an empty list).
    fn validate(&self, request: &RequestView<'_>) -> Result<(), Vec<FieldError>>;
}

/// A borrowed view of an outgoing request: what a [`Validator`] looks at.
///
/// Built with [`RequestView::new`] and the setters, since more fields may be
/// added. Its `Debug` output hides webhook and interaction tokens in the path
/// and does not print the body or the reason.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct RequestView<'a> {
    /// The HTTP method.
    pub method: &'a Method,
    /// The path relative to the API base (`/channels/1/messages`), optionally
    /// with a query string.
    pub path: &'a str,
    /// The JSON body (the `payload_json` part of a multipart request).
    pub json: Option<&'a Value>,
    /// Number of attached files.
    pub file_count: usize,
    /// The `X-Audit-Log-Reason`, before URL-encoding.
    pub reason: Option<&'a str>,
}

impl<'a> RequestView<'a> {
    /// A request without body, files or reason.
    #[must_use]
    pub fn new(method: &'a Method, path: &'a str) -> Self {
        Self {
            method,
            path,
            json: None,
            file_count: 0,
            reason: None,
        }
    }

    /// Sets the JSON body.
    #[must_use]
    pub fn json(mut self, json: &'a Value) -> Self {
        self.json = Some(json);
        self
    }

    /// Sets the number of attached files.
    #[must_use]
    pub fn files(mut self, count: usize) -> Self {
        self.file_count = count;
        self
    }

    /// Sets the audit-log reason.
    #[must_use]
    pub fn reason(mut self, reason: &'a str) -> Self {
        self.reason = Some(reason);
        self
    }
}

impl fmt::Debug for RequestView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestView")
            .field("method", self.method)
            .field("path", &routes::redacted(self.path))
            .field("json", &self.json.map(|_| "<body>"))
            .field("file_count", &self.file_count)
            .field("reason", &self.reason.map(|_| "<reason>"))
            .finish()
    }
}

/// A [`Validator`] that accepts everything, for users who turn validation off.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoValidation;

impl Validator for NoValidation {
    fn validate(&self, _request: &RequestView<'_>) -> Result<(), Vec<FieldError>> {
        Ok(())
    }
}
