//! The `X-Audit-Log-Reason` header: UTF-8, percent-encoded.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The header's name.
pub(crate) const HEADER: &str = "x-audit-log-reason";

/// Characters left as they are: the unreserved set of JavaScript's
/// `encodeURIComponent`, which is what Discord decodes. Everything else,
/// spaces and every non-ASCII byte included, is percent-encoded.
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Percent-encodes a reason. The result is ASCII, so it is always a valid header value.
pub(crate) fn encode(reason: &str) -> String {
    utf8_percent_encode(reason, ENCODE).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn encodes_spaces_and_non_ascii() {
        assert_eq!(encode("Spam 🚫 naïve"), "Spam%20%F0%9F%9A%AB%20na%C3%AFve");
        assert_eq!(encode("a-b_c.d!e~f*g'h(i)"), "a-b_c.d!e~f*g'h(i)");
        assert_eq!(encode("50%/x"), "50%25%2Fx");
    }

    proptest! {
        #[test]
        fn round_trips_and_is_a_header_value(reason in "\\PC{0,64}") {
            let encoded = encode(&reason);
            prop_assert!(http::HeaderValue::from_str(&encoded).is_ok());
            let decoded = percent_encoding::percent_decode_str(&encoded).decode_utf8().unwrap();
            prop_assert_eq!(decoded, reason);
        }
    }
}
