//! The size of an embed as Discord counts it towards a message's 6000 characters.
//!
//! Each text field's own limit is in the schema; the total across fields and embeds is not.

use serde_json::{Map, Value};

/// Characters `embed` adds to its message's total: title, description, field names and
/// values, footer text and author name. Values that are not strings count 0 (type errors
/// are Discord's to report).
pub(crate) fn size(embed: &Map<String, Value>) -> usize {
    let mut size = chars(embed.get("title")) + chars(embed.get("description"));
    size += nested(embed, "footer", "text") + nested(embed, "author", "name");
    if let Some(Value::Array(fields)) = embed.get("fields") {
        for field in fields.iter().filter_map(Value::as_object) {
            size += chars(field.get("name")) + chars(field.get("value"));
        }
    }
    size
}

/// `object.outer.inner`, e.g. `footer.text`.
fn nested(object: &Map<String, Value>, outer: &str, inner: &str) -> usize {
    match object.get(outer) {
        Some(Value::Object(nested)) => chars(nested.get(inner)),
        _ => 0,
    }
}

fn chars(value: Option<&Value>) -> usize {
    match value {
        Some(Value::String(text)) => text.chars().count(),
        _ => 0,
    }
}
