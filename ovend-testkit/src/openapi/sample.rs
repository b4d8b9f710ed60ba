//! The sample walker: a JSON value shaped like a schema of the description.
//!
//! Built from the description alone (never from Rust model types), so the
//! emulator's answers cannot share a bug with the client's types. The walk:
//!
//! - `$ref` is followed; `const` and the first `enum` value are used as is;
//! - `allOf` merges its branches' objects; `oneOf`/`anyOf` take the first
//!   branch that is not `null` (deep in the value, a `null` branch instead,
//!   which is what ends recursive schemas such as a message's
//!   `referenced_message`);
//! - `type` lists pick their first non-`null` type (again `null` when deep);
//! - objects get their required properties, and near the top of an answer
//!   their optional ones too; a property named like a path parameter
//!   (`channel_id`, `guild_id`, `code`…) takes the request's value, and the
//!   top-level `id` takes the last path parameter when the path ends with one,
//!   so answers agree with the request;
//! - arrays get `minItems` items (one near the top of an answer), at most
//!   `maxItems`; strings follow `format` (snowflake: a fresh id, date-time:
//!   now, uri: an https URL) and `minLength`; numbers the lower bound within
//!   `minimum`/`maximum`, else 0.
//!
//! Two bounds make every walk terminate: optional content stops at
//! [`OPTIONAL_DEPTH`], and past [`MAX_DEPTH`] (or [`MAX_STEPS`] schema hops,
//! for unions of unions) the cheapest value is used (`null`, `[]`, `{}`).

use serde_json::{Map, Number, Value};

use super::spec::{deref, types, union};
use crate::snowflake::{self, Generator};

/// Optional properties, extra array items and non-null branches stop here.
pub(crate) const OPTIONAL_DEPTH: usize = 2;
/// Past this nesting, every value is the cheapest one.
pub(crate) const MAX_DEPTH: usize = 16;
/// Schema hops (references, unions, `allOf`) allowed in one walk step chain.
const MAX_STEPS: usize = 64;
/// Longest string generated for a `minLength`.
const MAX_STRING: usize = 4096;

/// Answers fill optional content near the top; request bodies only what is
/// required (the minimal valid body).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Answer,
    Minimal,
}

/// Walks schemas of one description.
#[derive(Debug)]
pub(crate) struct Sampler<'a> {
    root: &'a Value,
    ids: &'a Generator,
    mode: Mode,
    /// Path parameters by name, echoed into properties of the same name.
    params: &'a [(&'static str, String)],
    /// The value for the top-level `id`.
    id: Option<&'a str>,
}

impl<'a> Sampler<'a> {
    /// A walker over `root`'s schemas that takes snowflakes from `ids`.
    pub(crate) fn new(root: &'a Value, ids: &'a Generator, mode: Mode) -> Self {
        Self {
            root,
            ids,
            mode,
            params: &[],
            id: None,
        }
    }

    /// Echo these path parameters; `id` goes to the top-level `id`.
    pub(crate) fn with_params(
        mut self,
        params: &'a [(&'static str, String)],
        id: Option<&'a str>,
    ) -> Self {
        self.params = params;
        self.id = id;
        self
    }

    /// A value shaped like `schema`.
    pub(crate) fn sample(&self, schema: &Value) -> Value {
        self.walk(schema, 0, 0)
    }

    fn deep(&self, depth: usize) -> bool {
        self.mode == Mode::Minimal || depth >= OPTIONAL_DEPTH
    }

    fn walk(&self, schema: &Value, depth: usize, steps: usize) -> Value {
        let schema = deref(self.root, schema);
        if steps > MAX_STEPS {
            return Value::Null;
        }
        if let Some(value) = schema.get("const") {
            return value.clone();
        }
        if let Some(first) = schema
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|e| e.first())
        {
            return first.clone();
        }
        if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
            return self.merge(branches, depth, steps);
        }
        if let Some(branches) = union(schema) {
            if let Some(branch) = self.pick(branches, depth) {
                return self.walk(branch, depth, steps + 1);
            }
        }
        match self.pick_type(schema, depth) {
            Some("null") | None => Value::Null,
            Some("boolean") => Value::Bool(false),
            Some("integer") => Value::from(int(schema)),
            Some("number") => {
                Number::from_f64(int(schema) as f64).map_or(Value::Null, Value::Number)
            }
            Some("string") => Value::String(self.string(schema)),
            Some("array") => self.array(schema, depth, steps),
            Some(_) => self.object(schema, depth, steps),
        }
    }

    /// Merges the objects of an `allOf`; a branch that is no object (an enum
    /// base such as `ChannelTypes`) gives the value when nothing else does.
    fn merge(&self, branches: &[Value], depth: usize, steps: usize) -> Value {
        let mut merged = Map::new();
        let mut scalar = None;
        for branch in branches {
            match self.walk(branch, depth, steps + 1) {
                Value::Object(map) => {
                    for (key, value) in map {
                        merged.entry(key).or_insert(value);
                    }
                }
                other => scalar = scalar.or(Some(other)),
            }
        }
        match scalar {
            Some(value) if merged.is_empty() => value,
            _ => Value::Object(merged),
        }
    }

    /// The first non-`null` branch, or a `null` one when deep.
    fn pick<'s>(&self, branches: &'s [Value], depth: usize) -> Option<&'s Value> {
        let is_null = |b: &Value| types(deref(self.root, b)) == ["null"];
        let wanted = |b: &&Value| {
            is_null(b) == (self.deep(depth) && depth > 0 && branches.iter().any(is_null))
        };
        branches.iter().find(wanted).or_else(|| branches.first())
    }

    fn pick_type(&self, schema: &Value, depth: usize) -> Option<&'static str> {
        let declared = types(schema);
        let nullable = declared.contains(&"null");
        if nullable && (depth >= MAX_DEPTH || (self.deep(depth) && depth > 0)) {
            return Some("null");
        }
        let chosen = declared
            .into_iter()
            .find(|t| *t != "null")
            .or(nullable.then_some("null"));
        let inferred = if schema.get("properties").is_some() {
            Some("object")
        } else if schema.get("items").is_some() {
            Some("array")
        } else {
            None
        };
        chosen.or(inferred).map(|t| match t {
            "null" => "null",
            "boolean" => "boolean",
            "integer" => "integer",
            "number" => "number",
            "string" => "string",
            "array" => "array",
            _ => "object",
        })
    }

    fn string(&self, schema: &Value) -> String {
        match schema.get("format").and_then(Value::as_str) {
            Some("snowflake") => return self.ids.next().to_string(),
            Some("date-time") => return snowflake::iso8601(snowflake::unix_ms_now()),
            Some("uri") => return "https://example.com/ovend-testkit".to_owned(),
            _ => {}
        }
        let bound = |key: &str| {
            schema
                .get(key)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
        };
        let max = bound("maxLength").unwrap_or(MAX_STRING).min(MAX_STRING);
        let len = bound("minLength").unwrap_or(1).max(1).min(max);
        "x".repeat(len)
    }

    fn array(&self, schema: &Value, depth: usize, steps: usize) -> Value {
        let bound = |key: &str| {
            schema
                .get(key)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
        };
        let shallow = usize::from(!self.deep(depth) && depth < MAX_DEPTH);
        let count = bound("minItems")
            .unwrap_or(0)
            .max(shallow)
            .min(bound("maxItems").unwrap_or(usize::MAX));
        let items = schema.get("items").unwrap_or(&Value::Null);
        let items = (0..count.min(MAX_STRING)).map(|_| self.walk(items, depth + 1, steps + 1));
        Value::Array(items.collect())
    }

    fn object(&self, schema: &Value, depth: usize, steps: usize) -> Value {
        let mut object = Map::new();
        if depth >= MAX_DEPTH {
            return Value::Object(object);
        }
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, property) in properties.into_iter().flatten() {
            if !required.contains(&name.as_str()) && self.deep(depth) {
                continue;
            }
            let value = self
                .echo(name, property, depth)
                .unwrap_or_else(|| self.walk(property, depth + 1, steps + 1));
            object.insert(name.clone(), value);
        }
        Value::Object(object)
    }

    /// The request's own value for a property named like a path parameter.
    fn echo(&self, name: &str, property: &Value, depth: usize) -> Option<Value> {
        let property = deref(self.root, property);
        let takes_string = types(property).contains(&"string")
            || union(property).is_some_and(|b| {
                b.iter()
                    .any(|b| types(deref(self.root, b)).contains(&"string"))
            });
        if !takes_string {
            return None;
        }
        if name == "id" && depth == 0 {
            return self.id.map(|id| Value::String(id.to_owned()));
        }
        self.params
            .iter()
            .find(|(param, _)| *param == name)
            .map(|(_, value)| Value::String(value.clone()))
    }
}

/// The integer nearest 0 within `minimum`/`maximum`.
fn int(schema: &Value) -> i64 {
    // Bounds in the description are small integers; `as` saturates anyway.
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    let low = bound("minimum").map_or(i64::MIN, |m| m.ceil() as i64);
    let high = bound("maximum").map_or(i64::MAX, |m| m.floor() as i64);
    if low > high {
        return low;
    }
    0.clamp(low, high)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn root() -> Value {
        json!({ "components": { "schemas": {
            "Node": {
                "type": "object",
                "required": ["id", "child", "children"],
                "properties": {
                    "id": { "type": "string", "format": "snowflake" },
                    "child": { "oneOf": [{ "type": "null" }, { "$ref": "#/components/schemas/Node" }] },
                    "children": { "type": "array", "items": { "$ref": "#/components/schemas/Node" } },
                    "parent": { "$ref": "#/components/schemas/Node" },
                },
            },
            "Forever": {
                "type": "object",
                "required": ["next"],
                "properties": { "next": { "$ref": "#/components/schemas/Forever" } },
            },
        } } })
    }

    fn sample(schema: Value, mode: Mode) -> Value {
        let root = root();
        let ids = Generator::default();
        Sampler::new(&root, &ids, mode).sample(&schema)
    }

    #[test]
    fn recursive_schemas_terminate() {
        let node = sample(json!({ "$ref": "#/components/schemas/Node" }), Mode::Answer);
        assert!(node["id"]
            .as_str()
            .is_some_and(|id| id.parse::<u64>().is_ok()));
        assert!(
            node["child"].is_object(),
            "the first non-null branch near the top"
        );
        assert_eq!(
            node["child"]["child"],
            Value::Null,
            "deep unions end on null"
        );
        assert!(node["parent"].is_object());
        // A required cycle without any null or array to stop it still ends.
        let forever = sample(
            json!({ "$ref": "#/components/schemas/Forever" }),
            Mode::Answer,
        );
        let mut depth = 0;
        let mut at = &forever;
        while let Some(next) = at.get("next") {
            at = next;
            depth += 1;
        }
        assert_eq!(depth, MAX_DEPTH);
    }

    #[test]
    fn nullable_types_are_real_near_the_top_and_null_when_deep() {
        let schema = json!({ "type": "object", "properties": {
            "name": { "type": ["string", "null"], "minLength": 3 },
            "inner": { "type": "object", "properties": { "inner": { "type": "object", "properties": {
                "deep": { "type": ["null", "integer"], "minimum": 5 } }, "required": ["deep"] } } },
        } });
        let value = sample(schema, Mode::Answer);
        assert_eq!(value["name"], "xxx");
        assert_eq!(value["inner"]["inner"]["deep"], Value::Null);
    }

    #[test]
    fn one_of_const_and_enum() {
        let schema = json!({ "oneOf": [{ "type": "null" }, { "const": 4 }, { "const": 5 }] });
        assert_eq!(sample(schema, Mode::Answer), json!(4));
        assert_eq!(
            sample(json!({ "type": "integer", "enum": [7, 8] }), Mode::Answer),
            json!(7)
        );
        let bounded = json!({ "type": "integer", "minimum": 2, "maximum": 10 });
        assert_eq!(sample(bounded, Mode::Answer), json!(2));
        assert_eq!(
            sample(json!({ "type": "integer", "maximum": -3 }), Mode::Answer),
            json!(-3)
        );
    }

    #[test]
    fn minimal_bodies_hold_only_what_is_required() {
        let schema = json!({ "type": "object", "required": ["name", "ids"], "properties": {
            "name": { "type": "string", "minLength": 2, "maxLength": 100 },
            "ids": { "type": "array", "minItems": 2, "items": { "type": "string", "format": "snowflake" } },
            "topic": { "type": "string" },
        } });
        let value = sample(schema, Mode::Minimal);
        assert_eq!(value["name"], "xx");
        assert_eq!(value["ids"].as_array().map(Vec::len), Some(2));
        assert!(value.get("topic").is_none());
    }

    #[test]
    fn all_of_merges_and_params_are_echoed() {
        let root = root();
        let ids = Generator::default();
        let params = [
            ("channel_id", "42".to_owned()),
            ("message_id", "7".to_owned()),
        ];
        let sampler = Sampler::new(&root, &ids, Mode::Answer).with_params(&params, Some("7"));
        let schema = json!({ "allOf": [
            { "type": "object", "properties": { "id": { "type": "string" } }, "required": ["id"] },
            { "type": "object", "properties": { "channel_id": { "type": "string" }, "at": { "type": "string", "format": "date-time" } } },
        ] });
        let value = sampler.sample(&schema);
        assert_eq!(
            (value["id"].as_str(), value["channel_id"].as_str()),
            (Some("7"), Some("42"))
        );
        assert!(value["at"].as_str().is_some_and(|t| t.ends_with("+00:00")));
    }
}
