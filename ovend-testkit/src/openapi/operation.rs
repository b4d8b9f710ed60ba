//! The public view of the operation table, for tests that cover the whole
//! API surface (see `tests/every_operation.rs`).

use http::Method;
use serde_json::Value;

use super::path::Segment;
use super::sample::{Mode, Sampler};
use super::spec::{deref, doc, types, union};
use super::table::{operations, Answer, Operation};
use crate::snowflake::Generator;

/// Schema hops followed when listing required fields.
const MAX_STEPS: usize = 32;

/// One operation of Discord's OpenAPI description, which the emulator
/// answers (by a hand-written route when it has one, else generically).
#[derive(Debug, Clone, Copy)]
pub struct ApiOperation {
    op: &'static Operation,
}

/// Every operation of the description the emulator was built with (242 for
/// API v10 as vendored).
pub fn api_operations() -> impl ExactSizeIterator<Item = ApiOperation> {
    operations().iter().map(|op| ApiOperation { op })
}

impl ApiOperation {
    /// Discord's `operationId`, e.g. `create_message`.
    pub fn operation_id(&self) -> &'static str {
        self.op.id
    }

    /// The HTTP method.
    pub fn method(&self) -> &'static Method {
        &self.op.route.method
    }

    /// The path template, e.g. `/channels/{channel_id}/messages`.
    pub fn template(&self) -> &'static str {
        self.op.route.pattern
    }

    /// A path that reaches this operation, its parameters filled with values
    /// of their kind (snowflakes, bounded integers, tokens).
    pub fn example_path(&self) -> String {
        self.op
            .segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(literal) => format!("/{literal}"),
                Segment::Param { kind, .. } => format!("/{}", kind.example()),
            })
            .collect()
    }

    /// A path like [`example_path`](Self::example_path) whose snowflakes and
    /// tokens are unique to `n` (and to each parameter), so the operations of one
    /// test never see each other's state: a channel one deletes stays deleted
    /// for it alone. An emoji is `👍`, not percent-encoded (an HTTP client
    /// encodes it).
    pub fn unique_path(&self, n: usize) -> String {
        let template = self.template().split('/');
        let example = self.example_path();
        let filled = template
            .zip(example.split('/'))
            .enumerate()
            .map(|(i, (t, e))| match (t.starts_with('{'), e) {
                (false, _) => t.to_owned(),
                // Distinct per parameter too: a role whose id is its guild's is @everyone.
                // Paths have fewer than 16 segments; any `n` is taken (saturating).
                (true, "1000") => n
                    .saturating_mul(16)
                    .saturating_add(1_000_000 + i)
                    .to_string(),
                (true, "example-token") if t == "{emoji_name}" => "👍".to_owned(),
                (true, "example-token") => format!("token-{n}"),
                (true, other) => other.to_owned(),
            });
        filled.collect::<Vec<_>>().join("/")
    }

    /// [`minimal_body`](Self::minimal_body) plus what Discord requires beyond
    /// the schema, so the call succeeds: content in a new message (an empty one
    /// is refused with 50006) and one user in a bulk ban.
    pub fn minimal_valid_body(&self) -> Option<Value> {
        let mut body = self.minimal_body()?;
        match self.operation_id() {
            "create_message" | "execute_webhook" => body["content"] = "hello".into(),
            "bulk_ban_users_from_guild" => body["user_ids"] = serde_json::json!(["42"]),
            _ => {}
        }
        Some(body)
    }

    /// The smallest JSON body the request schema accepts (only required
    /// fields, at their lower limits), or `None` when the operation takes no
    /// JSON body.
    pub fn minimal_body(&self) -> Option<Value> {
        let ids = Generator::default();
        let schema = self.op.request.json?;
        Some(Sampler::new(doc(), &ids, Mode::Minimal).sample(schema))
    }

    /// The status of a successful answer.
    pub fn success_status(&self) -> u16 {
        self.op.success.as_u16()
    }

    /// Whether the path's token authenticates the request (webhook and
    /// interaction token routes), so no `Authorization` is needed.
    pub fn token_in_path(&self) -> bool {
        self.op.route.token_in_url()
    }

    /// The answer's content type, `None` for an empty answer.
    pub fn response_content_type(&self) -> Option<&'static str> {
        match self.op.answer {
            Answer::Json(_) => Some("application/json"),
            Answer::Other(content_type) => Some(content_type),
            Answer::Empty => None,
        }
    }

    /// The required top-level fields of a JSON answer (of each item when it
    /// is an array), one list per alternative of a union: an answer is
    /// well-formed when it holds every field of at least one list.
    pub fn required_response_fields(&self) -> Vec<Vec<&'static str>> {
        match self.op.answer {
            Answer::Json(schema) => alternatives(doc(), schema, 0),
            _ => Vec::new(),
        }
    }
}

fn alternatives(
    root: &'static Value,
    schema: &'static Value,
    steps: usize,
) -> Vec<Vec<&'static str>> {
    let schema = deref(root, schema);
    if steps > MAX_STEPS {
        return vec![Vec::new()];
    }
    if types(schema).contains(&"array") {
        if let Some(items) = schema.get("items") {
            return alternatives(root, items, steps + 1);
        }
    }
    if let Some(branches) = union(schema) {
        let real = branches
            .iter()
            .filter(|b| types(deref(root, b)) != ["null"]);
        return real
            .flat_map(|b| alternatives(root, b, steps + 1))
            .collect();
    }
    let mut fields = required(schema);
    for branch in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(first) = alternatives(root, branch, steps + 1).into_iter().next() {
            fields.extend(first);
        }
    }
    vec![fields]
}

fn required(schema: &'static Value) -> Vec<&'static str> {
    let list = schema.get("required").and_then(Value::as_array);
    list.into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}
