//! The request-body constraint table for `ovend-rest`'s validator.
//!
//! For every operation with a JSON body, the body's schema is lowered to a tree of constraint
//! nodes: strings (length range, allowed values), numbers (range, allowed values), arrays (item
//! count and item node), objects (members, each required or not) and unions (alternatives).
//! Only what a client can check cheaply is kept; formats and patterns are Discord's to report.
//!
//! Why a table of indices: the schemas reference each other (and themselves: components nest in
//! containers), and most request bodies share the same few dozen shapes. Each referenced object
//! gets one slot, every other node is interned by its rendered text, so equal nodes are written
//! once and the output is a flat `static` array that compiles quickly and costs no start-up work.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::{Map, Value};

use crate::spec;

/// Where the table goes, relative to the workspace root.
pub const TABLE_FILE: &str = "ovend-rest/src/validate/schema_table.rs";

/// Documented limits that differ from the schema: `(schema, member, schema's value, documented)`.
///
/// Message `content` is at most 2000 characters for bots (`discord-rules.md`); the schema's 4000
/// applies to users with Nitro. The generator fails if the schema's value changes, so the
/// override is reviewed rather than silently kept.
const OVERRIDES: &[(&str, &str, u64, u64)] = &[
    ("BaseCreateMessageCreateRequest", "content", 4000, 2000),
    ("MessageCreateRequest", "content", 4000, 2000),
    ("MessageEditRequestPartial", "content", 4000, 2000),
];

/// The checked-in table's path.
pub fn default_table_path() -> PathBuf {
    crate::workspace_root().join(TABLE_FILE)
}

/// One constraint node, before rendering.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// Nothing to check.
    Any,
    /// A string: character count `min..=max`, and one of `choices` when not empty.
    Str {
        min: u64,
        max: Option<u64>,
        choices: Vec<String>,
    },
    /// A number: `min..=max`, and one of `choices` when not empty.
    Num {
        min: Option<i64>,
        max: Option<i64>,
        choices: Vec<i64>,
    },
    /// An array: item count `min..=max`, each item checked against node `items`.
    Array {
        min: u64,
        max: Option<u64>,
        items: usize,
    },
    /// An object: `(name, node, required, nullable)` per member, in name order.
    Object(Vec<(String, usize, bool, bool)>),
    /// A union: the value must satisfy one alternative.
    OneOf(Vec<usize>),
}

struct Builder<'a> {
    schemas: &'a Map<String, Value>,
    nodes: Vec<Node>,
    /// Rendered inline node → its index, so equal nodes are stored once.
    interned: BTreeMap<String, usize>,
    /// Referenced object or union schema → its reserved slot.
    refs: BTreeMap<String, usize>,
}

/// Renders the table from the description's text.
pub fn table_from_text(spec_text: &str) -> Result<String, String> {
    let doc: Value =
        serde_json::from_str(spec_text).map_err(|e| format!("the description is not JSON: {e}"))?;
    table(&doc)
}

/// Renders the table from the parsed description.
pub fn table(doc: &Value) -> Result<String, String> {
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .ok_or("the description has no components.schemas")?;
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("the description has no paths")?;
    let mut b = Builder {
        schemas,
        nodes: Vec::new(),
        interned: BTreeMap::new(),
        refs: BTreeMap::new(),
    };
    b.intern(Node::Any);
    let mut ops = Vec::new();
    for (path, item) in paths {
        for (method, op) in item.as_object().into_iter().flatten() {
            let body = op.pointer("/requestBody/content/application~1json/schema");
            if let Some(body) = body {
                let node = b.lower(body)?;
                ops.push((path.as_str(), method.to_ascii_uppercase(), node));
            }
        }
    }
    ops.sort();
    // Allowed strings are written `|`-separated, so none may contain `|` or be empty.
    for node in &b.nodes {
        if let Node::Str { choices, .. } = node {
            if choices.iter().any(|c| c.is_empty() || c.contains('|')) {
                return Err(format!("an enum value cannot be written: {choices:?}"));
            }
        }
    }
    Ok(render(&b.nodes, &ops))
}

/// A lowered schema: a node of its own, or the index of one it is equal to.
enum Lowered {
    Node(Node),
    Index(usize),
}

impl Builder<'_> {
    fn intern(&mut self, node: Node) -> usize {
        let key = format!("{node:?}");
        if let Some(&i) = self.interned.get(&key) {
            return i;
        }
        self.nodes.push(node);
        let i = self.nodes.len() - 1;
        self.interned.insert(key, i);
        i
    }

    /// The index of the node for `v`.
    fn lower(&mut self, v: &Value) -> Result<usize, String> {
        Ok(match self.shape(v)? {
            Lowered::Node(node) => self.intern(node),
            Lowered::Index(i) => i,
        })
    }

    /// Objects and unions get a slot of their own, reserved before lowering so that a schema
    /// reaching itself (a container holding containers) refers to its own slot.
    fn lower_ref(&mut self, name: &str) -> Result<usize, String> {
        if let Some(&i) = self.refs.get(name) {
            return Ok(i);
        }
        let schema = self
            .schemas
            .get(name)
            .ok_or_else(|| format!("reference to a missing schema {name}"))?;
        let compound = schema.get("properties").is_some()
            || spec::union_members(schema).is_some_and(|m| !all_const(m));
        if !compound {
            return self.lower(schema);
        }
        self.nodes.push(Node::Any);
        let slot = self.nodes.len() - 1;
        self.refs.insert(name.to_owned(), slot);
        let mut node = match self.shape(schema)? {
            Lowered::Node(node) => node,
            Lowered::Index(i) => self.nodes[i].clone(),
        };
        self.apply_overrides(name, &mut node)?;
        self.nodes[slot] = node;
        Ok(slot)
    }

    fn apply_overrides(&mut self, schema: &str, node: &mut Node) -> Result<(), String> {
        for &(name, member, schema_max, documented) in OVERRIDES {
            if name != schema {
                continue;
            }
            let Node::Object(props) = node else {
                return Err(format!("schema changed: {schema} is no longer an object"));
            };
            let prop = props
                .iter_mut()
                .find(|p| p.0 == member)
                .ok_or_else(|| format!("schema changed: {schema}.{member} is gone"))?;
            let Node::Str { min, max, choices } = self.nodes[prop.1].clone() else {
                return Err(format!("schema changed: {schema}.{member} is not a string"));
            };
            if max != Some(schema_max) {
                return Err(format!(
                    "schema changed: {schema}.{member} max is {max:?}, not {schema_max}: \
                     review the documented limit {documented}"
                ));
            }
            prop.1 = self.intern(Node::Str {
                min,
                max: Some(documented),
                choices,
            });
        }
        Ok(())
    }

    /// What `v` lowers to (children are lowered to indices).
    fn shape(&mut self, v: &Value) -> Result<Lowered, String> {
        if let Some(name) = spec::ref_name(v) {
            return self.lower_ref(name).map(Lowered::Index);
        }
        if let Some(members) = spec::union_members(v) {
            return self.union(members);
        }
        if let Some(values) = v.get("enum").and_then(Value::as_array) {
            return Ok(Lowered::Node(choices(values)));
        }
        if let Some(value) = v.get("const") {
            return Ok(Lowered::Node(choices(std::slice::from_ref(value))));
        }
        let types: Vec<&str> = spec::types(v)
            .into_iter()
            .filter(|t| *t != "null")
            .collect();
        let kind = match types.as_slice() {
            [one] => *one,
            [] if v.get("properties").is_some() => "object",
            [] => {
                // `allOf: [ref]` alone is the referenced schema.
                return match v.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
                    Some([only]) => self.lower(only).map(Lowered::Index),
                    _ => Ok(Lowered::Node(Node::Any)),
                };
            }
            _ => return Ok(Lowered::Node(Node::Any)),
        };
        let node = match kind {
            "string" => Node::Str {
                min: uint(v, "minLength").unwrap_or(0),
                max: uint(v, "maxLength"),
                choices: Vec::new(),
            },
            "integer" | "number" => Node::Num {
                min: int(v, "minimum"),
                max: int(v, "maximum"),
                choices: Vec::new(),
            },
            "array" => {
                let items = match v.get("items") {
                    Some(items) => self.lower(items)?,
                    None => 0,
                };
                Node::Array {
                    min: uint(v, "minItems").unwrap_or(0),
                    max: uint(v, "maxItems"),
                    items,
                }
            }
            "object" => self.object(v)?,
            _ => Node::Any,
        };
        Ok(Lowered::Node(node.simplified()))
    }

    fn object(&mut self, v: &Value) -> Result<Node, String> {
        let required: Vec<&str> = v
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let mut props = Vec::new();
        let members = v.get("properties").and_then(Value::as_object);
        for (name, schema) in members.into_iter().flatten() {
            let node = self.lower(schema)?;
            let nullable = spec::types(schema).contains(&"null")
                || spec::union_members(schema).is_some_and(|m| m.iter().any(spec::is_null_type));
            let required = required.contains(&name.as_str());
            props.push((name.clone(), node, required, nullable));
        }
        Ok(Node::Object(props))
    }

    fn union(&mut self, members: &[Value]) -> Result<Lowered, String> {
        if all_const(members) {
            let values: Vec<Value> = members
                .iter()
                .filter_map(|m| m.get("const"))
                .cloned()
                .collect();
            return Ok(Lowered::Node(choices(&values)));
        }
        let mut alternatives = Vec::new();
        for member in members.iter().filter(|m| !spec::is_null_type(m)) {
            let i = self.lower(member)?;
            if i == 0 {
                // One alternative accepts anything, so the union does too.
                return Ok(Lowered::Index(0));
            }
            if !alternatives.contains(&i) {
                alternatives.push(i);
            }
        }
        Ok(match alternatives.as_slice() {
            [] => Lowered::Index(0),
            [one] => Lowered::Index(*one),
            _ => Lowered::Node(Node::OneOf(alternatives)),
        })
    }
}

impl Node {
    /// Scalars and arrays that constrain nothing become [`Node::Any`], so they share index 0.
    fn simplified(self) -> Node {
        match &self {
            Node::Str {
                min: 0,
                max: None,
                choices,
            } if choices.is_empty() => Node::Any,
            Node::Num {
                min: None,
                max: None,
                choices,
            } if choices.is_empty() => Node::Any,
            Node::Array {
                min: 0,
                max: None,
                items: 0,
            } => Node::Any,
            _ => self,
        }
    }
}

/// Integer enums are written as `oneOf` of `{const, title}` members.
fn all_const(members: &[Value]) -> bool {
    !members.is_empty() && members.iter().all(|m| m.get("const").is_some())
}

/// An allowed-values node from an `enum` or `const` list (strings or integers).
fn choices(values: &[Value]) -> Node {
    let strings: Vec<String> = values
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    if !strings.is_empty() {
        return Node::Str {
            min: 0,
            max: None,
            choices: strings,
        };
    }
    let mut numbers: Vec<i64> = values.iter().filter_map(Value::as_i64).collect();
    numbers.sort_unstable();
    numbers.dedup();
    Node::Num {
        min: None,
        max: None,
        choices: numbers,
    }
    .simplified()
}

fn uint(v: &Value, key: &str) -> Option<u64> {
    v.get(key).and_then(Value::as_u64)
}

/// An integer bound; a fractional one is rounded inwards, and the full `i64` range is no bound.
fn int(v: &Value, key: &str) -> Option<i64> {
    let value = v.get(key)?;
    let bound = match value.as_i64() {
        Some(i) => i,
        None if key == "minimum" => value.as_f64()?.ceil() as i64,
        None => value.as_f64()?.floor() as i64,
    };
    (bound != i64::MIN && bound != i64::MAX).then_some(bound)
}

fn render(nodes: &[Node], ops: &[(&str, String, usize)]) -> String {
    let mut out = String::new();
    out.push_str(
        "//! Request-body constraints for every operation, generated from Discord's OpenAPI \
         description.\n//!\n//! @generated by `cargo run -p ovend-model-gen` (`limits.rs`); do \
         not edit by hand.\n\nuse super::schema::{Node, Operation, Prop};\n\n",
    );
    let _ = writeln!(
        out,
        "/// Constraint nodes; members, items and alternatives refer to others by index.\n\
         pub(crate) static NODES: [Node; {}] = [",
        nodes.len()
    );
    for (i, node) in nodes.iter().enumerate() {
        let _ = writeln!(out, "    // {i}");
        render_node(&mut out, node);
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Operations with a JSON body, sorted by route template then method.\n\
         pub(crate) static OPERATIONS: [Operation; {}] = [",
        ops.len()
    );
    for (path, method, node) in ops {
        call(
            &mut out,
            "Operation::new",
            &[format!("{path:?}"), format!("{method:?}"), node.to_string()],
        );
    }
    out.push_str("];\n");
    out
}

fn render_node(out: &mut String, node: &Node) {
    match node {
        Node::Any => out.push_str("    Node::Any,\n"),
        Node::Str { min, max, choices } => {
            let choices = format!("{:?}", choices.join("|"));
            call(out, "Node::Str", &[min.to_string(), opt(*max), choices]);
        }
        Node::Num { min, max, choices } => {
            let choices = list(choices.iter().map(ToString::to_string), ",");
            call(
                out,
                "Node::Num",
                &[opt(*min), opt(*max), format!("{choices:?}")],
            );
        }
        Node::Array { min, max, items } => {
            call(
                out,
                "Node::Array",
                &[min.to_string(), opt(*max), items.to_string()],
            );
        }
        Node::Object(props) if props.is_empty() => out.push_str("    Node::Object(&[]),\n"),
        Node::Object(props) => {
            out.push_str("    Node::Object(&[\n");
            for (name, node, required, nullable) in props {
                let ctor = match (required, nullable) {
                    (false, _) => "opt",
                    (true, false) => "req",
                    (true, true) => "req_or_null",
                };
                let _ = writeln!(out, "        Prop::{ctor}({name:?}, {node}),");
            }
            out.push_str("    ]),\n");
        }
        Node::OneOf(alternatives) => {
            let alternatives = list(alternatives.iter().map(ToString::to_string), ", ");
            call(out, "Node::OneOf", &[format!("&[{alternatives}]")]);
        }
    }
}

/// One call as an array element, laid out as rustfmt does: on one line when the arguments fit
/// in its 60-column call width, else one argument per line.
fn call(out: &mut String, name: &str, args: &[String]) {
    let inline = args.join(", ");
    if inline.len() <= 60 && 4 + name.len() + inline.len() + 3 <= 100 {
        let _ = writeln!(out, "    {name}({inline}),");
    } else {
        let _ = writeln!(out, "    {name}(");
        for arg in args {
            let _ = writeln!(out, "        {arg},");
        }
        out.push_str("    ),\n");
    }
}

fn opt(value: Option<impl std::fmt::Display>) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({v})"))
}

fn list(items: impl Iterator<Item = String>, separator: &str) -> String {
    items.collect::<Vec<_>>().join(separator)
}
