//! Snowflake ids: parsing them from paths and bodies, and reading their age.

use serde_json::Value;

use super::generated::DISCORD_EPOCH_MS;

/// The id in `text` if it is one: ASCII digits only (no sign, no spaces) that
/// fit in a u64.
pub(crate) fn parse(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The id in a JSON value: Discord accepts snowflakes as strings or as
/// non-negative integers.
pub(crate) fn from_json(value: &Value) -> Option<u64> {
    match value {
        Value::String(text) => parse(text),
        Value::Number(number) => number.as_u64(),
        _ => None,
    }
}

/// The creation time of `id`, in milliseconds since the Unix epoch.
pub(crate) fn created_at_ms(id: u64) -> u64 {
    (id >> 22) + DISCORD_EPOCH_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_u64_digits() {
        assert_eq!(parse("0"), Some(0));
        assert_eq!(parse("175928847299117063"), Some(175_928_847_299_117_063));
        assert_eq!(parse("18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse("18446744073709551616"), None);
        for bad in ["", "-1", "+1", " 1", "1a", "@me", "1.0"] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn reads_json_strings_and_integers() {
        assert_eq!(from_json(&Value::from("42")), Some(42));
        assert_eq!(from_json(&Value::from(42u64)), Some(42));
        assert_eq!(from_json(&Value::from(-1)), None);
        assert_eq!(from_json(&Value::from(1.5)), None);
        assert_eq!(from_json(&Value::Null), None);
    }

    #[test]
    fn creation_time_follows_discords_formula() {
        // Discord's documented example id and its timestamp.
        assert_eq!(created_at_ms(175_928_847_299_117_063), 1_462_015_105_796);
    }
}
