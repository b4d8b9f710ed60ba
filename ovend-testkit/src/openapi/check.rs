//! Validates a request body against its schema and reports Discord's
//! `Invalid Form Body` (50035) with the errors nested by field path.
//!
//! Checked: required properties, JSON types (snowflakes as strings of
//! digits or as integers, as Discord accepts both), `minLength`/`maxLength`
//! (in characters), `minItems`/`maxItems`, `minimum`/`maximum`, `enum` and
//! `const` (also written as a `oneOf` of `const`s), `allOf` (every branch) and
//! `oneOf`/`anyOf` (some branch; otherwise the closest branch's errors).
//! Unknown properties are ignored, as Discord does. One rule the description
//! gets wrong for bots: message `content` is limited to 2000 characters, not
//! 4000.
//!
//! Never panics on any JSON value: the walk only reads, and every recursion
//! consumes either a level of the value (bounded by `serde_json`'s own
//! nesting limit) or one of [`MAX_STEPS`] schema hops.

use serde_json::Value;

use super::spec::{deref, types, union};
use crate::validation::{ApiResult, FieldErrors};

/// Schema hops (references, unions, `allOf`) allowed without going deeper in
/// the value.
const MAX_STEPS: usize = 64;
/// What the description says `content` may hold, and what bots may send.
const CONTENT_SCHEMA_MAX: u64 = 4000;
const CONTENT_BOT_MAX: u64 = 2000;
/// Longest value quoted in an error message.
const QUOTE_MAX: usize = 64;

/// One problem at one field path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Issue {
    pub(crate) path: Vec<String>,
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

/// Checks `value` against `schema` (within `root`); `Ok` or the 400 answer.
pub(crate) fn check_body(root: &Value, schema: &Value, value: &Value) -> ApiResult<()> {
    let mut errors = FieldErrors::default();
    for issue in issues(root, schema, value) {
        let path: Vec<&str> = issue.path.iter().map(String::as_str).collect();
        errors.add(&path, issue.code, issue.message);
    }
    errors.finish()
}

/// Every problem of `value` against `schema`.
pub(crate) fn issues(root: &Value, schema: &Value, value: &Value) -> Vec<Issue> {
    let mut walk = Walk {
        root,
        path: Vec::new(),
        issues: Vec::new(),
    };
    walk.check(schema, value, 0);
    walk.issues
}

struct Walk<'a> {
    root: &'a Value,
    path: Vec<String>,
    issues: Vec<Issue>,
}

impl Walk<'_> {
    fn report(&mut self, code: &'static str, message: impl Into<String>) {
        self.issues.push(Issue {
            path: self.path.clone(),
            code,
            message: message.into(),
        });
    }

    fn check(&mut self, schema: &Value, value: &Value, steps: usize) {
        let schema = deref(self.root, schema);
        if steps > MAX_STEPS || !self.choices(schema, value) {
            return;
        }
        if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
            for branch in branches {
                self.check(branch, value, steps + 1);
            }
        }
        if let Some(branches) = union(schema) {
            if !all_const(self.root, branches) {
                self.check_union(branches, value, steps);
            }
        }
        if !self.check_type(schema, value) {
            return;
        }
        match value {
            Value::String(text) => self.check_string(schema, text),
            Value::Number(_) => self.check_number(schema, value),
            Value::Array(items) => self.check_array(schema, items),
            Value::Object(object) => self.check_object(schema, object),
            Value::Bool(_) | Value::Null => {}
        }
    }

    /// `const`, `enum` and a `oneOf` of `const`s; `false` when it failed.
    fn choices(&mut self, schema: &Value, value: &Value) -> bool {
        let allowed: Vec<&Value> = if let Some(one) = schema.get("const") {
            vec![one]
        } else if let Some(list) = schema.get("enum").and_then(Value::as_array) {
            list.iter().collect()
        } else if let Some(branches) = union(schema).filter(|b| all_const(self.root, b)) {
            branches
                .iter()
                .filter_map(|b| deref(self.root, b).get("const"))
                .collect()
        } else {
            return true;
        };
        if value.is_null() && types(schema).contains(&"null") || allowed.contains(&value) {
            return true;
        }
        let shown: Vec<String> = allowed.iter().map(ToString::to_string).collect();
        self.report(
            "BASE_TYPE_CHOICES",
            format!("Value must be one of ({}).", shown.join(", ")),
        );
        false
    }

    /// Some branch must accept the value; else the closest branch's errors
    /// (a bare `null` branch is the farthest: "must be null" helps nobody).
    fn check_union(&mut self, branches: &[Value], value: &Value, steps: usize) {
        let mut closest: Option<((bool, usize), Vec<Issue>)> = None;
        for branch in branches {
            let mut attempt = Walk {
                root: self.root,
                path: self.path.clone(),
                issues: Vec::new(),
            };
            attempt.check(branch, value, steps + 1);
            if attempt.issues.is_empty() {
                return;
            }
            let distance = (
                types(deref(self.root, branch)) == ["null"],
                attempt.issues.len(),
            );
            if closest.as_ref().is_none_or(|(best, _)| distance < *best) {
                closest = Some((distance, attempt.issues));
            }
        }
        self.issues
            .extend(closest.map(|(_, issues)| issues).unwrap_or_default());
    }

    /// The JSON type; `false` (after reporting) when it is wrong.
    fn check_type(&mut self, schema: &Value, value: &Value) -> bool {
        let allowed = types(schema);
        let snowflake = schema.get("format").and_then(Value::as_str) == Some("snowflake");
        if snowflake && !value.is_null() {
            return self.check_snowflake(value);
        }
        if allowed.is_empty() || allowed.iter().any(|t| is_type(t, value)) {
            return true;
        }
        let shown = quote(value);
        match allowed
            .iter()
            .find(|t| **t != "null")
            .copied()
            .unwrap_or("null")
        {
            _ if value.is_null() => self.report("BASE_TYPE_REQUIRED", "This field is required"),
            "string" => self.report(
                "BASE_TYPE_STRING",
                format!("Could not interpret \"{shown}\" as string."),
            ),
            "integer" => self.report(
                "NUMBER_TYPE_COERCE",
                format!("Value \"{shown}\" is not int."),
            ),
            "number" => self.report(
                "NUMBER_TYPE_COERCE",
                format!("Value \"{shown}\" is not a number."),
            ),
            "boolean" => self.report(
                "BOOLEAN_TYPE_COERCE",
                format!("Value \"{shown}\" is not bool."),
            ),
            "array" => self.report(
                "LIST_TYPE_CONVERT",
                "Only iterables may be used in a ListType",
            ),
            "object" => self.report(
                "DICT_TYPE_CONVERT",
                "Only dictionaries may be used in a DictType",
            ),
            _ => self.report("BASE_TYPE_CHOICES", "Value must be null."),
        }
        false
    }

    fn check_snowflake(&mut self, value: &Value) -> bool {
        let ok = match value {
            Value::String(text) => text.parse::<u64>().is_ok(),
            Value::Number(number) => number.is_u64(),
            _ => false,
        };
        if !ok {
            self.report(
                "NUMBER_TYPE_COERCE",
                format!("Value \"{}\" is not snowflake.", quote(value)),
            );
        }
        ok
    }

    fn check_string(&mut self, schema: &Value, text: &str) {
        let length = text.chars().count() as u64;
        let mut max = bound(schema, "maxLength");
        if max == Some(CONTENT_SCHEMA_MAX) && self.path.last().is_some_and(|k| k == "content") {
            max = Some(CONTENT_BOT_MAX);
        }
        if let Some(max) = max.filter(|max| length > *max) {
            self.report(
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {max} or fewer in length."),
            );
        }
        if let Some(min) = bound(schema, "minLength").filter(|min| length < *min) {
            self.report(
                "BASE_TYPE_MIN_LENGTH",
                format!("Must be {min} or more in length."),
            );
        }
    }

    fn check_number(&mut self, schema: &Value, value: &Value) {
        let Some(number) = value.as_f64() else { return };
        let limit = |key: &str| schema.get(key).and_then(Value::as_f64);
        if let Some(min) = limit("minimum").filter(|min| number < *min) {
            self.report(
                "NUMBER_TYPE_MIN",
                format!("int value should be greater than or equal to {min}."),
            );
        }
        if let Some(max) = limit("maximum").filter(|max| number > *max) {
            self.report(
                "NUMBER_TYPE_MAX",
                format!("int value should be less than or equal to {max}."),
            );
        }
    }

    fn check_array(&mut self, schema: &Value, items: &[Value]) {
        let count = items.len() as u64;
        if let Some(max) = bound(schema, "maxItems").filter(|max| count > *max) {
            self.report(
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {max} or fewer in length."),
            );
        }
        if let Some(min) = bound(schema, "minItems").filter(|min| count < *min) {
            self.report(
                "BASE_TYPE_MIN_LENGTH",
                format!("Must be {min} or more in length."),
            );
        }
        let Some(item_schema) = schema.get("items") else {
            return;
        };
        for (index, item) in items.iter().enumerate() {
            self.path.push(index.to_string());
            // A level of the value: the hop budget starts over.
            self.check(item_schema, item, 0);
            self.path.pop();
        }
    }

    fn check_object(&mut self, schema: &Value, object: &serde_json::Map<String, Value>) {
        let required = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        for name in required.filter_map(Value::as_str) {
            if !object.contains_key(name) {
                self.path.push(name.to_owned());
                self.report("BASE_TYPE_REQUIRED", "This field is required");
                self.path.pop();
            }
        }
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (name, value) in object {
            if let Some(property) = properties.get(name) {
                self.path.push(name.clone());
                self.check(property, value, 0);
                self.path.pop();
            }
        }
    }
}

/// Whether every branch is a `const` (an enum written as a union).
fn all_const(root: &Value, branches: &[Value]) -> bool {
    !branches.is_empty()
        && branches
            .iter()
            .all(|b| deref(root, b).get("const").is_some())
}

fn is_type(name: &str, value: &Value) -> bool {
    match (name, value) {
        ("null", Value::Null)
        | ("boolean", Value::Bool(_))
        | ("string", Value::String(_))
        | ("array", Value::Array(_))
        | ("object", Value::Object(_))
        | ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        _ => false,
    }
}

fn bound(schema: &Value, key: &str) -> Option<u64> {
    schema.get(key).and_then(Value::as_u64)
}

/// The value as shown in a message, shortened.
fn quote(value: &Value) -> String {
    let text = match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    text.chars().take(QUOTE_MAX).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": { "type": "string", "minLength": 1, "maxLength": 100 },
                "content": { "type": ["string", "null"], "maxLength": 4000 },
                "kind": { "oneOf": [{ "type": "null" }, { "type": "integer", "oneOf": [{ "const": 0 }, { "const": 2 }] }] },
                "ids": { "type": "array", "maxItems": 2, "items": { "type": "string", "format": "snowflake" } },
                "count": { "type": "integer", "minimum": 1, "maximum": 10 },
                "nested": { "type": "object", "properties": { "flag": { "type": "boolean" } } },
            },
        })
    }

    fn codes(value: Value) -> Vec<(String, &'static str)> {
        issues(&Value::Null, &schema(), &value)
            .into_iter()
            .map(|i| (i.path.join("."), i.code))
            .collect()
    }

    #[test]
    fn valid_bodies_pass() {
        assert!(codes(
            json!({ "name": "a", "content": null, "kind": 2, "ids": ["1", 2], "count": 10 })
        )
        .is_empty());
        assert!(codes(json!({ "name": "a", "unknown": [1, 2, 3] })).is_empty());
    }

    #[test]
    fn each_limit_reports_at_its_path() {
        let long = "n".repeat(101);
        assert_eq!(
            codes(json!({ "name": long })),
            [("name".into(), "BASE_TYPE_MAX_LENGTH")]
        );
        assert_eq!(codes(json!({})), [("name".into(), "BASE_TYPE_REQUIRED")]);
        assert_eq!(
            codes(json!({ "name": "a", "content": "c".repeat(2001) })),
            [("content".into(), "BASE_TYPE_MAX_LENGTH")]
        );
        assert_eq!(
            codes(json!({ "name": "a", "kind": 1 })),
            [("kind".into(), "BASE_TYPE_CHOICES")]
        );
        assert_eq!(
            codes(json!({ "name": "a", "ids": ["1", "2", "3"] })),
            [("ids".into(), "BASE_TYPE_MAX_LENGTH")]
        );
        assert_eq!(
            codes(json!({ "name": "a", "ids": ["x"] })),
            [("ids.0".into(), "NUMBER_TYPE_COERCE")]
        );
        assert_eq!(
            codes(json!({ "name": "a", "count": 0 })),
            [("count".into(), "NUMBER_TYPE_MIN")]
        );
        assert_eq!(
            codes(json!({ "name": "a", "nested": { "flag": "yes" } })),
            [("nested.flag".into(), "BOOLEAN_TYPE_COERCE")]
        );
        assert_eq!(codes(json!([1])), [(String::new(), "DICT_TYPE_CONVERT")]);
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop_oneof![
                        Just("name".to_owned()),
                        Just("ids".to_owned()),
                        Just("nested".to_owned()),
                        ".{0,4}"
                    ],
                    inner,
                    0..6
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn garbage_never_panics(value in json_value()) {
            let _ = issues(&Value::Null, &schema(), &value);
            let root = super::super::spec::doc();
            for op in super::super::table::operations().iter().take(60) {
                if let Some(request) = op.request.json {
                    let _ = issues(root, request, &value);
                }
            }
        }
    }
}
