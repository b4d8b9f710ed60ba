//! Collecting violations as Discord-style [`FieldError`]s.

use super::codes;
use super::field_path::FieldPath;
use crate::FieldError;

/// Longest value echoed back in a snowflake error. A u64 has at most 20
/// digits; anything longer may be a token put in the wrong place, and tokens
/// must never appear in an error.
const MAX_ECHOED_VALUE: usize = 20;

/// Every violation found in one request, in the order found.
#[derive(Debug, Default)]
pub(crate) struct Report {
    errors: Vec<FieldError>,
}

impl Report {
    /// `Ok` when nothing was found, else every violation.
    pub(crate) fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }

    /// Violations found so far.
    pub(crate) fn len(&self) -> usize {
        self.errors.len()
    }

    /// Records one violation.
    pub(crate) fn push(&mut self, path: &FieldPath<'_>, code: &str, message: String) {
        self.errors
            .push(FieldError::new(path.render(), code, message));
    }

    /// A string must hold at most `max` characters (Unicode scalar values).
    pub(crate) fn max_chars(&mut self, path: &FieldPath<'_>, text: &str, max: usize) {
        if char_len_exceeds(text, max) {
            self.push(path, codes::BASE_TYPE_MAX_LENGTH, fewer_message(max));
        }
    }

    /// An array must hold at most `max` items.
    pub(crate) fn max_items(&mut self, path: &FieldPath<'_>, len: usize, max: usize) {
        if len > max {
            self.push(path, codes::BASE_TYPE_MAX_LENGTH, fewer_message(max));
        }
    }

    /// A required field is missing.
    pub(crate) fn required(&mut self, path: &FieldPath<'_>) {
        self.push(
            path,
            codes::BASE_TYPE_REQUIRED,
            "This field is required".to_owned(),
        );
    }

    /// `value` should have been a snowflake. Short values are quoted as Discord
    /// does; long ones are not, since they may be a misplaced token.
    pub(crate) fn not_snowflake(&mut self, path: &FieldPath<'_>, value: Option<&str>) {
        let message = match value {
            Some(v) if v.len() <= MAX_ECHOED_VALUE => format!("Value \"{v}\" is not snowflake."),
            _ => "Value is not snowflake.".to_owned(),
        };
        self.push(path, codes::NUMBER_TYPE_COERCE, message);
    }
}

/// Discord's wording for a maximum length.
fn fewer_message(max: usize) -> String {
    format!("Must be {max} or fewer in length.")
}

/// Whether `text` holds more than `max` characters. Counting characters is a
/// pass over the string, so it is skipped when the byte length (never smaller
/// than the character count) already fits.
pub(crate) fn char_len_exceeds(text: &str, max: usize) -> bool {
    text.len() > max && text.chars().count() > max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        // 4 characters, 16 bytes.
        let text = "😀😀😀😀";
        assert!(!char_len_exceeds(text, 4));
        assert!(char_len_exceeds(text, 3));
    }

    #[test]
    fn long_values_are_not_echoed() {
        let mut report = Report::default();
        let token_like = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123";
        report.not_snowflake(&FieldPath::ROOT.key("webhook_id"), Some(token_like));
        report.not_snowflake(&FieldPath::ROOT.key("channel_id"), Some("abc"));
        let errors = report.finish().unwrap_err();
        assert!(!errors[0].message.contains(token_like));
        assert_eq!(errors[1].message, "Value \"abc\" is not snowflake.");
    }
}
