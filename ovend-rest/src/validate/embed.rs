//! Embed limits: each text field, the field count, and the size of all embeds.

use serde_json::{Map, Value};

use super::field_path::FieldPath;
use super::generated::{
    EMBED_AUTHOR_NAME_MAX, EMBED_DESCRIPTION_MAX, EMBED_FIELDS_MAX, EMBED_FIELD_NAME_MAX,
    EMBED_FIELD_VALUE_MAX, EMBED_FOOTER_TEXT_MAX, EMBED_TITLE_MAX,
};
use super::report::Report;

/// Checks one embed and returns the characters it adds to the message's total
/// (title, description, field names and values, footer text, author name).
pub(crate) fn check(
    report: &mut Report,
    path: &FieldPath<'_>,
    embed: &Map<String, Value>,
) -> usize {
    let mut size = 0;
    size += text(
        report,
        &path.key("title"),
        embed.get("title"),
        EMBED_TITLE_MAX,
    );
    size += text(
        report,
        &path.key("description"),
        embed.get("description"),
        EMBED_DESCRIPTION_MAX,
    );
    size += nested_text(report, path, embed, "footer", "text", EMBED_FOOTER_TEXT_MAX);
    size += nested_text(report, path, embed, "author", "name", EMBED_AUTHOR_NAME_MAX);
    if let Some(Value::Array(fields)) = embed.get("fields") {
        size += check_fields(report, &path.key("fields"), fields);
    }
    size
}

fn check_fields(report: &mut Report, path: &FieldPath<'_>, fields: &[Value]) -> usize {
    report.max_items(path, fields.len(), EMBED_FIELDS_MAX);
    let mut size = 0;
    for (i, field) in fields.iter().enumerate() {
        let Value::Object(field) = field else {
            continue;
        };
        let item = path.index(i);
        size += required_text(report, &item, field, "name", EMBED_FIELD_NAME_MAX);
        size += required_text(report, &item, field, "value", EMBED_FIELD_VALUE_MAX);
    }
    size
}

/// `object.outer.inner`, e.g. `footer.text`.
fn nested_text(
    report: &mut Report,
    path: &FieldPath<'_>,
    object: &Map<String, Value>,
    outer: &str,
    inner: &str,
    max: usize,
) -> usize {
    let Some(Value::Object(nested)) = object.get(outer) else {
        return 0;
    };
    let outer_path = path.key(outer);
    text(report, &outer_path.key(inner), nested.get(inner), max)
}

/// A member Discord requires (embed field `name` and `value`).
fn required_text(
    report: &mut Report,
    path: &FieldPath<'_>,
    object: &Map<String, Value>,
    key: &str,
    max: usize,
) -> usize {
    let value = object.get(key);
    if value.is_none() {
        report.required(&path.key(key));
    }
    text(report, &path.key(key), value, max)
}

/// Checks an optional string and returns its length in characters (0 if absent
/// or not a string: type errors are Discord's to report).
fn text(report: &mut Report, path: &FieldPath<'_>, value: Option<&Value>, max: usize) -> usize {
    let Some(Value::String(text)) = value else {
        return 0;
    };
    report.max_chars(path, text, max);
    text.chars().count()
}
