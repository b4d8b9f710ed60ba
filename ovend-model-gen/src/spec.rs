//! Walking Discord's OpenAPI description: references, nullability, operations.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

/// The `#/components/schemas/` prefix of every reference in Discord's description.
const SCHEMA_REF: &str = "#/components/schemas/";

/// The parts of the description the generator reads.
pub struct Spec<'a> {
    /// `components.schemas`, by name.
    pub schemas: &'a Map<String, Value>,
    /// Every operation, in path then method order.
    pub operations: Vec<Operation<'a>>,
}

/// One operation (a method on a path).
pub struct Operation<'a> {
    /// The path template, such as `/channels/{channel_id}`.
    pub path: &'a str,
    /// Discord's `operationId`, such as `update_guild_member`.
    pub id: &'a str,
    /// The JSON request body's schema, if the operation takes one.
    pub request: Option<&'a Value>,
    /// The JSON schemas of its responses, in status-code order.
    pub responses: Vec<&'a Value>,
}

impl<'a> Spec<'a> {
    /// Reads the parts the generator needs, failing loudly if the description's shape changed.
    pub fn new(doc: &'a Value) -> Result<Self, String> {
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .ok_or("the description has no components.schemas")?;
        let paths = doc
            .get("paths")
            .and_then(Value::as_object)
            .ok_or("the description has no paths")?;
        let mut operations = Vec::new();
        for (path, item) in paths {
            for (method, op) in item.as_object().into_iter().flatten() {
                if method != "parameters" {
                    operations.push(operation(path, method, op)?);
                }
            }
        }
        Ok(Self {
            schemas,
            operations,
        })
    }

    /// The schema a reference points at.
    pub fn resolve(&self, name: &str) -> &'a Value {
        &self.schemas[name]
    }
}

fn operation<'a>(path: &'a str, method: &str, op: &'a Value) -> Result<Operation<'a>, String> {
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{method} {path} has no operationId"))?;
    let request = op.pointer("/requestBody/content/application~1json/schema");
    let responses = op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|r| r.values())
        .filter_map(|r| r.pointer("/content/application~1json/schema"))
        .collect();
    Ok(Operation {
        path,
        id,
        request,
        responses,
    })
}

/// The schema name a `$ref` node points at.
pub fn ref_name(node: &Value) -> Option<&str> {
    node.get("$ref")?.as_str()?.strip_prefix(SCHEMA_REF)
}

/// The node's `type`, which may be one name or a list (`["string", "null"]`).
pub fn types(node: &Value) -> Vec<&str> {
    match node.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// The members of a `oneOf` or `anyOf` (Discord writes unions with both).
pub fn union_members(node: &Value) -> Option<&Vec<Value>> {
    node.get("oneOf")
        .or_else(|| node.get("anyOf"))
        .and_then(Value::as_array)
}

/// Whether a node is exactly `{"type": "null"}`.
pub fn is_null_type(node: &Value) -> bool {
    types(node) == ["null"]
}

/// Every schema name referenced anywhere under `node`.
pub fn refs_in(node: &Value, out: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(name) = ref_name(node) {
                out.insert(name.to_owned());
            }
            map.values().for_each(|v| refs_in(v, out));
        }
        Value::Array(list) => list.iter().for_each(|v| refs_in(v, out)),
        _ => {}
    }
}

/// The object's properties merged over its `allOf` parts, and which of them are required.
///
/// Discord uses `allOf` only to extend a base object (`ErrorResponse` = `Error` + `errors`), so
/// merging the parts into one struct is faithful and avoids nested `flatten`s.
pub fn object_parts<'a>(
    spec: &Spec<'a>,
    node: &'a Value,
) -> (Vec<(&'a str, &'a Value)>, BTreeSet<&'a str>) {
    let mut props = Vec::new();
    let mut required = BTreeSet::new();
    collect_parts(spec, node, &mut props, &mut required);
    props.sort_by(|a, b| a.0.cmp(b.0));
    props.dedup_by(|a, b| a.0 == b.0);
    (props, required)
}

fn collect_parts<'a>(
    spec: &Spec<'a>,
    node: &'a Value,
    props: &mut Vec<(&'a str, &'a Value)>,
    required: &mut BTreeSet<&'a str>,
) {
    if let Some(name) = ref_name(node) {
        return collect_parts(spec, spec.resolve(name), props, required);
    }
    for part in node
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        collect_parts(spec, part, props, required);
    }
    for (name, prop) in node
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        props.push((name.as_str(), prop));
    }
    for name in node
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        required.extend(name.as_str());
    }
}
