//! Discord's OpenAPI description, compiled into the binary and parsed once.
//!
//! The file is vendored under `ovend-testkit/openapi/` (MIT, see the LICENSE
//! beside it) so that builds and tests never read anything outside the crate.

use std::sync::LazyLock;

use serde_json::Value;

/// The description as shipped by Discord.
const TEXT: &str = include_str!("../../openapi/discord-openapi.json");

/// The parsed description. A vendored file that fails to parse is a build
/// mistake, not request input: the emulator then knows no generic operation
/// (and the table tests fail) instead of panicking inside a server.
static DOC: LazyLock<Value> = LazyLock::new(|| serde_json::from_str(TEXT).unwrap_or(Value::Null));

/// What an unresolvable `$ref` stands for: the empty schema (anything).
static ANY: Value = Value::Null;

/// How many `$ref`s in a row are followed before giving up (cycles of pure
/// references would otherwise never end).
const MAX_REF_HOPS: usize = 16;

/// The parsed description.
pub(crate) fn doc() -> &'static Value {
    &DOC
}

/// Follows `schema`'s local `$ref`s (`#/components/schemas/…`) within `root`.
pub(crate) fn deref<'a>(root: &'a Value, mut schema: &'a Value) -> &'a Value {
    for _ in 0..MAX_REF_HOPS {
        let Some(reference) = schema.get("$ref").and_then(Value::as_str) else {
            return schema;
        };
        let Some(pointer) = reference.strip_prefix('#') else {
            return &ANY;
        };
        schema = root.pointer(pointer).unwrap_or(&ANY);
    }
    &ANY
}

/// The JSON types a schema allows (`type` as a string or an array); empty
/// when the schema does not say.
pub(crate) fn types(schema: &Value) -> Vec<&str> {
    match schema.get("type") {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// The branches of a `oneOf` or `anyOf`, if the schema is a union.
pub(crate) fn union(schema: &Value) -> Option<&Vec<Value>> {
    schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_vendored_description_parses() {
        assert!(doc()["paths"].as_object().is_some_and(|p| p.len() >= 150));
    }

    #[test]
    fn refs_resolve_and_cycles_end() {
        let root = json!({ "components": { "schemas": {
            "A": { "$ref": "#/components/schemas/B" },
            "B": { "type": "string" },
            "Loop": { "$ref": "#/components/schemas/Loop" },
        } } });
        let a = json!({ "$ref": "#/components/schemas/A" });
        assert_eq!(deref(&root, &a), &json!({ "type": "string" }));
        let cycle = json!({ "$ref": "#/components/schemas/Loop" });
        assert_eq!(deref(&root, &cycle), &Value::Null);
        let remote = json!({ "$ref": "other.json#/x" });
        assert_eq!(deref(&root, &remote), &Value::Null);
    }
}
