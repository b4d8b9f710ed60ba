//! Discord's field error codes, as the validator reports them.
//!
//! These are the codes Discord itself puts in the `_errors` of a 400 answer, so
//! code that handles Discord's own field errors handles the validator's too.

/// A string or array is longer than its maximum.
pub const BASE_TYPE_MAX_LENGTH: &str = "BASE_TYPE_MAX_LENGTH";
/// An array is shorter than its minimum.
pub const BASE_TYPE_MIN_LENGTH: &str = "BASE_TYPE_MIN_LENGTH";
/// A string is outside its `min..=max` length range.
pub const BASE_TYPE_BAD_LENGTH: &str = "BASE_TYPE_BAD_LENGTH";
/// A value is not one of the values the field allows (an enum).
pub const BASE_TYPE_CHOICES: &str = "BASE_TYPE_CHOICES";
/// A required field is missing.
pub const BASE_TYPE_REQUIRED: &str = "BASE_TYPE_REQUIRED";
/// A value that must be a snowflake (an unsigned 64-bit id) is not one.
pub const NUMBER_TYPE_COERCE: &str = "NUMBER_TYPE_COERCE";
/// A number is above its maximum.
pub const NUMBER_TYPE_MAX: &str = "NUMBER_TYPE_MAX";
/// A number is below its minimum.
pub const NUMBER_TYPE_MIN: &str = "NUMBER_TYPE_MIN";
/// The embeds of a message hold more characters than allowed in total.
pub const MAX_EMBED_SIZE_EXCEEDED: &str = "MAX_EMBED_SIZE_EXCEEDED";
/// A set (an array whose items must be unique) holds a value twice.
pub const SET_TYPE_ALREADY_CONTAINS_VALUE: &str = "SET_TYPE_ALREADY_CONTAINS_VALUE";
/// A bulk delete names a message that is 14 days old or older.
///
/// Discord answers this with JSON error 50034 rather than a field error; the
/// validator names the offending id so the caller can drop it.
pub const MESSAGE_TOO_OLD_TO_BULK_DELETE: &str = "MESSAGE_TOO_OLD_TO_BULK_DELETE";
