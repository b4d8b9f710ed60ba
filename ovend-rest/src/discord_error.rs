//! Discord's JSON error bodies, with their nested field errors flattened.
//!
//! Discord answers a bad request with
//! `{"code": 50035, "message": "Invalid Form Body", "errors": {"embeds": {"0": {"title": {"_errors": [{"code": "...", "message": "..."}]}}}}}`.
//! Every `_errors` list found while walking the `errors` tree becomes one
//! [`FieldError`] per entry, whose path is the keys walked, joined with dots
//! (`embeds.0.title`). JSON arrays, which Discord does not use today, are walked
//! by index the same way.

use serde_json::Value;

use crate::FieldError;

/// The parts of a Discord error body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DiscordError {
    pub(crate) code: u32,
    pub(crate) message: String,
    pub(crate) errors: Vec<FieldError>,
}

/// Parses a Discord error body; `None` when the body is not Discord's JSON
/// (an HTML page from a proxy, an empty body).
pub(crate) fn parse(body: &[u8]) -> Option<DiscordError> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let object = value.as_object()?;
    let message = object.get("message")?.as_str()?.to_owned();
    let code = object
        .get("code")
        .and_then(Value::as_u64)
        .and_then(|code| u32::try_from(code).ok())
        .unwrap_or(0);
    let mut errors = Vec::new();
    if let Some(tree) = object.get("errors") {
        flatten(tree, &mut String::new(), &mut errors);
    }
    Some(DiscordError {
        code,
        message,
        errors,
    })
}

fn flatten(node: &Value, path: &mut String, out: &mut Vec<FieldError>) {
    match node {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "_errors" {
                    push_leaf(child, path, out);
                } else {
                    descend(child, key, path, out);
                }
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                descend(child, &index.to_string(), path, out);
            }
        }
        _ => {}
    }
}

/// Walks into `child` with `segment` appended to the path, restoring the path after.
fn descend(child: &Value, segment: &str, path: &mut String, out: &mut Vec<FieldError>) {
    let before = path.len();
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(segment);
    flatten(child, path, out);
    path.truncate(before);
}

fn push_leaf(list: &Value, path: &str, out: &mut Vec<FieldError>) {
    let Some(items) = list.as_array() else {
        return;
    };
    for item in items {
        let text = |name: &str| {
            item.get(name)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        out.push(FieldError::new(path, text("code"), text("message")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn flattens_nested_errors_into_dotted_paths() {
        let body = br#"{"code": 50035, "message": "Invalid Form Body", "errors": {
            "content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]},
            "embeds": {"0": {"fields": {"3": {"value": {"_errors": [
                {"code": "BASE_TYPE_REQUIRED", "message": "This field is required"},
                {"code": "X", "message": "Second"}]}}}}},
            "_errors": [{"code": "ROOT", "message": "Body"}]}}"#;
        let parsed = parse(body).unwrap();
        assert_eq!(parsed.code, 50035);
        assert_eq!(parsed.message, "Invalid Form Body");
        let paths: Vec<_> = parsed.errors.iter().map(|e| e.path.as_str()).collect();
        assert!(paths.contains(&"content"));
        assert!(paths.contains(&"embeds.0.fields.3.value"));
        assert!(paths.contains(&""), "root errors have an empty path");
        assert_eq!(parsed.errors.len(), 4);
        let value = parsed
            .errors
            .iter()
            .find(|e| e.code == "BASE_TYPE_REQUIRED")
            .unwrap();
        assert_eq!(value.path, "embeds.0.fields.3.value");
        assert_eq!(value.message, "This field is required");
    }

    #[test]
    fn message_without_errors_and_non_json() {
        let parsed = parse(br#"{"message": "Unknown Channel", "code": 10003}"#).unwrap();
        assert_eq!(parsed.code, 10003);
        assert!(parsed.errors.is_empty());
        assert_eq!(parse(b"<html>502 Bad Gateway</html>"), None);
        assert_eq!(parse(b""), None);
        assert_eq!(
            parse(br#"{"code": 1}"#),
            None,
            "no message: not Discord's shape"
        );
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn one_field_error_per_leaf(keys in proptest::collection::vec("[a-z0-9]{1,6}", 1..5)) {
            // Build {"errors": {k1: {k2: ... {"_errors": [..]}}}} and expect the dotted path back.
            let mut node = serde_json::json!({"_errors": [{"code": "C", "message": "M"}]});
            for key in keys.iter().rev() {
                node = serde_json::json!({ key.clone(): node });
            }
            let body = serde_json::json!({"code": 50035, "message": "m", "errors": node});
            let parsed = parse(body.to_string().as_bytes()).unwrap();
            prop_assert_eq!(parsed.errors.len(), 1);
            prop_assert_eq!(&parsed.errors[0].path, &keys.join("."));
        }
    }
}
