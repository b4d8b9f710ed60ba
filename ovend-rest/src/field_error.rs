//! One problem with one field of a request body, as Discord reports it.

use std::fmt;

/// One problem with one field: from Discord's nested `errors` object in a 400
/// answer, or from ovend's own validator before anything is sent.
///
/// `path` is the dotted path of the field (`embeds.0.title`; empty for the body
/// itself), `code` Discord's error code (`BASE_TYPE_MAX_LENGTH`), `message` its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `embeds.0.fields.3.value`.
    pub path: String,
    /// Machine-readable code, e.g. `BASE_TYPE_MAX_LENGTH`.
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
}

impl FieldError {
    /// A field error with the given path, code and message.
    pub fn new(
        path: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            path: path.into(),
            code: code.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{} ({})", self.message, self.code)
        } else {
            write!(f, "{}: {} ({})", self.path, self.message, self.code)
        }
    }
}
