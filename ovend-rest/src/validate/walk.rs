//! Checking a JSON body against its operation's constraint tree.
//!
//! The walk follows the body and the tree together: a member the tree does not name, or a value
//! of another type than the node expects, is left alone (Discord reports those). It allocates
//! nothing unless it finds a violation: paths are stack-borrowed [`FieldPath`]s, and allowed
//! values are compared in place.
//!
//! Unions (`oneOf`/`anyOf`) are resolved from what the body says: an object's `type` and other
//! fixed-value members, and the members it names, pick the alternative (a button, a container,
//! an interaction callback of type 4). When no single alternative matches exactly, each is
//! tried with a counting sink and the closest one (fewest wrong fixed values and unknown
//! members, then fewest errors) decides: the body passes if it has no error, else its errors
//! are reported. Unions met while trying an alternative are resolved by closeness alone, so
//! nested unions cost a bounded multiple of the body's size, never an exponential one.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::codes;
use super::field_path::FieldPath;
use super::report::{char_len_exceeds, Report};
use super::schema::{self, Node, NodeId, Prop};

/// Bodies nested deeper than this are not checked further (Discord's own bodies nest a few
/// levels; this keeps a hostile body from exhausting the stack).
const MAX_DEPTH: usize = 32;

/// Where a walk puts what it finds: the real report, or a counter while trying alternatives.
trait Sink {
    fn violation(&mut self, path: &FieldPath<'_>, violation: Violation);

    /// Whether this walk is only trying an alternative of a union.
    fn trying(&self) -> bool {
        false
    }
}

/// One broken constraint, rendered only when reported.
#[derive(Debug, Clone, Copy)]
enum Violation {
    /// A string's length is outside `min..=max`.
    Length(usize, Option<usize>),
    /// An array holds more than this many items.
    TooManyItems(usize),
    /// An array holds fewer than this many items.
    TooFewItems(usize),
    /// A required member is missing.
    Required,
    /// The value is not one of these (`|`- or `,`-separated).
    Choices(&'static str, char),
    /// A number is above this.
    Above(i64),
    /// A number is below this.
    Below(i64),
}

impl Sink for Report {
    fn violation(&mut self, path: &FieldPath<'_>, violation: Violation) {
        match violation {
            Violation::Length(min, Some(max)) if min > 0 => self.push(
                path,
                codes::BASE_TYPE_BAD_LENGTH,
                format!("Must be between {min} and {max} in length."),
            ),
            Violation::Length(_, Some(max)) | Violation::TooManyItems(max) => self.push(
                path,
                codes::BASE_TYPE_MAX_LENGTH,
                format!("Must be {max} or fewer in length."),
            ),
            Violation::Length(min, None) | Violation::TooFewItems(min) => self.push(
                path,
                codes::BASE_TYPE_MIN_LENGTH,
                format!("Must be {min} or more in length."),
            ),
            Violation::Required => self.required(path),
            Violation::Choices(values, separator) => {
                let shown: Vec<&str> = values.split(separator).collect();
                self.push(
                    path,
                    codes::BASE_TYPE_CHOICES,
                    format!("Value must be one of {{{}}}.", shown.join(", ")),
                );
            }
            Violation::Above(max) => self.push(
                path,
                codes::NUMBER_TYPE_MAX,
                format!("int value should be less than or equal to {max}."),
            ),
            Violation::Below(min) => self.push(
                path,
                codes::NUMBER_TYPE_MIN,
                format!("int value should be greater than or equal to {min}."),
            ),
        }
    }
}

/// Counts violations while an alternative of a union is tried.
#[derive(Default)]
struct Counter(usize);

impl Sink for Counter {
    fn violation(&mut self, _path: &FieldPath<'_>, _violation: Violation) {
        self.0 += 1;
    }

    fn trying(&self) -> bool {
        true
    }
}

/// Checks `body` against node `root`, reporting every violation into `report`.
pub(crate) fn check(report: &mut Report, root: NodeId, body: &Value) {
    walk(report, &FieldPath::ROOT, root, body, 0);
}

fn walk<S: Sink>(sink: &mut S, path: &FieldPath<'_>, id: NodeId, value: &Value, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match (schema::node(id), value) {
        (Node::Str(min, max, choices), Value::String(text)) => {
            check_str(sink, path, text, *min, *max, choices);
        }
        (Node::Num(min, max, choices), Value::Number(number)) => {
            check_num(sink, path, number, *min, *max, choices);
        }
        (Node::Array(min, max, items), Value::Array(values)) => {
            if max.is_some_and(|max| values.len() > max) {
                sink.violation(path, Violation::TooManyItems(max.unwrap_or_default()));
            }
            if values.len() < *min {
                sink.violation(path, Violation::TooFewItems(*min));
            }
            if *items != 0 {
                for (i, item) in values.iter().enumerate() {
                    walk(sink, &path.index(i), *items, item, depth + 1);
                }
            }
        }
        (Node::Object(props), Value::Object(members)) => {
            check_object(sink, path, props, members, depth);
        }
        (Node::OneOf(alternatives), _) => one_of(sink, path, alternatives, value, depth),
        _ => {}
    }
}

fn check_str<S: Sink>(
    sink: &mut S,
    path: &FieldPath<'_>,
    text: &str,
    min: usize,
    max: Option<usize>,
    choices: &'static str,
) {
    if !choices.is_empty() {
        if !choices.split('|').any(|choice| choice == text) {
            sink.violation(path, Violation::Choices(choices, '|'));
        }
        return;
    }
    let too_long = max.is_some_and(|max| char_len_exceeds(text, max));
    // A string of `min` bytes or more may still hold fewer characters.
    let too_short = min > 0 && (text.len() < min || text.chars().count() < min);
    if too_long || too_short {
        sink.violation(path, Violation::Length(min, max));
    }
}

fn check_num<S: Sink>(
    sink: &mut S,
    path: &FieldPath<'_>,
    number: &serde_json::Number,
    min: Option<i64>,
    max: Option<i64>,
    choices: &'static str,
) {
    if !choices.is_empty() {
        let found = number
            .as_i64()
            .is_some_and(|n| choices.split(',').any(|c| c.parse() == Ok(n)));
        if !found {
            sink.violation(path, Violation::Choices(choices, ','));
        }
        return;
    }
    // Compare exactly where the number is an integer; floats compare as floats.
    #[allow(clippy::cast_precision_loss)]
    let (above, below) = match (number.as_i64(), number.as_u64(), number.as_f64()) {
        (Some(n), _, _) => (max.is_some_and(|m| n > m), min.is_some_and(|m| n < m)),
        (None, Some(_), _) => (max.is_some(), false),
        (None, None, Some(f)) => (
            max.is_some_and(|m| f > m as f64),
            min.is_some_and(|m| f < m as f64),
        ),
        (None, None, None) => (false, false),
    };
    if let (true, Some(max)) = (above, max) {
        sink.violation(path, Violation::Above(max));
    }
    if let (true, Some(min)) = (below, min) {
        sink.violation(path, Violation::Below(min));
    }
}

fn check_object<S: Sink>(
    sink: &mut S,
    path: &FieldPath<'_>,
    props: &[Prop],
    members: &Map<String, Value>,
    depth: usize,
) {
    // Props are sorted by name; so are the members when serde_json keeps maps sorted (its
    // default), and a merge then visits each once instead of searching for every prop.
    let mut sorted_members = maps_are_sorted().then(|| members.iter().peekable());
    for prop in props {
        let value = match sorted_members.as_mut() {
            Some(iter) => {
                while iter.next_if(|(key, _)| key.as_str() < prop.name).is_some() {}
                iter.next_if(|(key, _)| key.as_str() == prop.name)
                    .map(|(_, value)| value)
            }
            None => members.get(prop.name),
        };
        match value {
            None => {
                if prop.required {
                    sink.violation(&path.key(prop.name), Violation::Required);
                }
            }
            Some(Value::Null) => {
                if prop.required && !prop.nullable {
                    sink.violation(&path.key(prop.name), Violation::Required);
                }
            }
            Some(value) => {
                if prop.node != 0 {
                    walk(sink, &path.key(prop.name), prop.node, value, depth + 1);
                }
            }
        }
    }
}

/// Whether `Map` iterates in key order. It does unless some crate in the build turns on
/// serde_json's `preserve_order` (insertion order), which this cannot know at compile time.
fn maps_are_sorted() -> bool {
    static SORTED: OnceLock<bool> = OnceLock::new();
    *SORTED.get_or_init(|| {
        let mut map = Map::new();
        map.insert("b".to_owned(), Value::Null);
        map.insert("a".to_owned(), Value::Null);
        map.keys().next().is_some_and(|k| k == "a")
    })
}

/// Resolves a union, then checks the value against the chosen alternative.
fn one_of<S: Sink>(
    sink: &mut S,
    path: &FieldPath<'_>,
    alternatives: &[NodeId],
    value: &Value,
    depth: usize,
) {
    // The common case, and the cheap one: exactly one alternative names every member and
    // agrees with every fixed value (a button among components).
    let exact = |a: &NodeId| {
        fits_type(*a, value) && fixed_mismatches(*a, value) == 0 && knows_every_member(*a, value)
    };
    let mut exact_ones = alternatives.iter().filter(|a| exact(a));
    if let (Some(&only), None) = (exact_ones.next(), exact_ones.next()) {
        walk(sink, path, only, value, depth + 1);
        return;
    }
    let closeness = |a: NodeId| fixed_mismatches(a, value) + unknown_members(a, value);
    let fitting = || {
        alternatives
            .iter()
            .copied()
            .filter(|a| fits_type(*a, value))
    };
    if sink.trying() {
        if let Some(closest) = fitting().min_by_key(|a| closeness(*a)) {
            walk(sink, path, closest, value, depth + 1);
        }
        return;
    }
    // Otherwise the closest alternative: the fewest wrong fixed values plus unknown members
    // (a guild channel's members with a wrong `type` are still a guild channel), then the
    // fewest errors. No alternative of the value's JSON type: a type error, Discord's.
    let mut best: Option<(NodeId, (usize, usize))> = None;
    for alternative in fitting() {
        let mut counter = Counter::default();
        walk(&mut counter, path, alternative, value, depth + 1);
        let score = (closeness(alternative), counter.0);
        if best.is_none_or(|(_, b)| score < b) {
            best = Some((alternative, score));
        }
    }
    if let Some((alternative, (_, errors))) = best {
        if errors > 0 {
            walk(sink, path, alternative, value, depth + 1);
        }
    }
}

/// Whether `value` has the JSON type of node `id`.
pub(crate) fn fits_type(id: NodeId, value: &Value) -> bool {
    matches!(
        (schema::node(id), value),
        (Node::Any | Node::OneOf(_), _)
            | (Node::Str(..), Value::String(_))
            | (Node::Num(..), Value::Number(_))
            | (Node::Array(..), Value::Array(_))
            | (Node::Object(_), Value::Object(_))
    )
}

/// Members of object `value` whose value is not one that object node `id` allows (`type`
/// and other enums): how far the value is from being this alternative.
pub(crate) fn fixed_mismatches(id: NodeId, value: &Value) -> usize {
    let (Node::Object(props), Value::Object(members)) = (schema::node(id), value) else {
        return 0;
    };
    props
        .iter()
        .filter(
            |prop| match (schema::node(prop.node), members.get(prop.name)) {
                (Node::Num(_, _, choices), Some(Value::Number(n))) if !choices.is_empty() => !n
                    .as_i64()
                    .is_some_and(|n| choices.split(',').any(|c| c.parse() == Ok(n))),
                (Node::Str(_, _, choices), Some(Value::String(s))) if !choices.is_empty() => {
                    !choices.split('|').any(|c| c == s)
                }
                _ => false,
            },
        )
        .count()
}

/// Whether object node `id` names every member of `value` (stops at the first it does not).
fn knows_every_member(id: NodeId, value: &Value) -> bool {
    match (schema::node(id), value) {
        (Node::Object(props), Value::Object(members)) => members
            .keys()
            .all(|key| props.iter().any(|p| p.name == key.as_str())),
        _ => true,
    }
}

/// Members of `value` that object node `id` does not name.
pub(crate) fn unknown_members(id: NodeId, value: &Value) -> usize {
    match (schema::node(id), value) {
        (Node::Object(props), Value::Object(members)) => members
            .keys()
            .filter(|key| !props.iter().any(|p| p.name == key.as_str()))
            .count(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::super::schema_table::{NODES, OPERATIONS};
    use super::*;

    /// Any JSON value, with the member names the schemas use most, so that garbage reaches
    /// deep into the trees instead of being ignored at the top.
    fn any_json() -> impl Strategy<Value = Value> {
        let key = prop_oneof![
            Just("type".to_owned()),
            Just("components".to_owned()),
            Just("embeds".to_owned()),
            Just("content".to_owned()),
            Just("data".to_owned()),
            Just("name".to_owned()),
            Just("fields".to_owned()),
            Just("message".to_owned()),
            "[a-z_]{0,8}",
        ];
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            (0u8..20).prop_map(|n| Value::from(i64::from(n))),
            ".{0,20}".prop_map(Value::from),
        ];
        leaf.prop_recursive(6, 64, 8, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::btree_map(key.clone(), inner, 0..8)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn garbage_never_panics(body in any_json(), pick in any::<prop::sample::Index>()) {
            let op = &OPERATIONS[pick.index(OPERATIONS.len())];
            let mut report = Report::default();
            check(&mut report, op.body, &body);
            for root in 0..NODES.len() {
                let root = NodeId::try_from(root).unwrap_or(0);
                check(&mut Report::default(), root, &body);
            }
            if let Err(errors) = report.finish() {
                prop_assert!(errors.iter().all(|e| !e.code.is_empty()));
            }
        }
    }

    /// `(path, code, message)` of each error the walk finds for `body` on an operation.
    fn errors(method: &str, template: &str, body: &Value) -> Vec<(String, String, String)> {
        let method = http::Method::from_bytes(method.as_bytes()).expect("a method");
        let root = schema::body_of(&method, template).expect("an operation with a body");
        let mut report = Report::default();
        check(&mut report, root, body);
        report
            .finish()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.path, e.code, e.message))
            .collect()
    }

    fn one(path: &str, code: &str, message: &str) -> Vec<(String, String, String)> {
        vec![(path.to_owned(), code.to_owned(), message.to_owned())]
    }

    #[test]
    fn reports_enums_ranges_and_required_members_in_discords_words() {
        let messages = "/channels/{channel_id}/messages";
        let row = |button: Value| json!({ "components": [{ "type": 1, "components": [button] }] });
        assert_eq!(
            errors(
                "POST",
                messages,
                &row(json!({ "type": 2, "style": 9, "custom_id": "a" }))
            ),
            one(
                "components.0.components.0.style",
                codes::BASE_TYPE_CHOICES,
                "Value must be one of {1, 2, 3, 4, 5, 6}."
            )
        );
        assert_eq!(
            errors(
                "POST",
                messages,
                &row(json!({ "type": 2, "custom_id": "a" }))
            ),
            one(
                "components.0.components.0.style",
                codes::BASE_TYPE_REQUIRED,
                "This field is required"
            )
        );
        let threads = "/channels/{channel_id}/messages/{message_id}/threads";
        assert_eq!(
            errors(
                "POST",
                threads,
                &json!({ "name": "t", "rate_limit_per_user": -1 })
            ),
            one(
                "rate_limit_per_user",
                codes::NUMBER_TYPE_MIN,
                "int value should be greater than or equal to 0."
            )
        );
        assert_eq!(
            errors("POST", threads, &json!({ "name": "" })),
            one(
                "name",
                codes::BASE_TYPE_BAD_LENGTH,
                "Must be between 1 and 100 in length."
            )
        );
    }

    #[test]
    fn unions_pick_the_alternative_the_body_names() {
        // A forum thread (it has a starter message) is checked as one, though a text thread
        // without a message would accept the body if its `message` were ignored.
        let body = json!({ "name": "t", "message": { "content": "x".repeat(2001) } });
        assert_eq!(
            errors("POST", "/channels/{channel_id}/threads", &body),
            one(
                "message.content",
                codes::BASE_TYPE_MAX_LENGTH,
                "Must be 2000 or fewer in length."
            )
        );
        // A guild channel's members with a wrong `type` are still a guild channel.
        let body = json!({ "name": "general", "topic": "t", "nsfw": false, "type": 99 });
        let found = errors("PATCH", "/channels/{channel_id}", &body);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "type");
        assert_eq!(found[0].1, codes::BASE_TYPE_CHOICES);
    }

    #[test]
    fn values_of_another_type_are_left_to_discord() {
        let body = json!({ "content": 5, "embeds": "x", "components": [null, 1, "a"] });
        assert!(errors("POST", "/channels/{channel_id}/messages", &body).is_empty());
    }

    #[test]
    fn very_deep_bodies_stop_at_the_depth_limit() {
        // Arrays of arrays far deeper than any schema: the walk returns without overflowing.
        let mut body = json!("x");
        for _ in 0..10_000 {
            body = Value::Array(vec![body]);
        }
        let id = NodeId::try_from(
            NODES
                .iter()
                .position(|n| matches!(n, Node::OneOf(_)))
                .unwrap_or(0),
        )
        .unwrap_or(0);
        check(&mut Report::default(), id, &body);
        // Dropping a 10,000-deep value recurses in serde_json; leak it instead.
        std::mem::forget(body);
    }
}
