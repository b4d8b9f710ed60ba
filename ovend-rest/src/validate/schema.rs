//! The shape of the generated constraint table ([`super::schema_table`]) and its look-up.
//!
//! The table is written by `ovend-model-gen` (`limits.rs`) from Discord's OpenAPI description:
//! one [`Operation`] per method and route template with a JSON body, naming the root of its
//! body's constraint tree in [`NODES`]. Nodes refer to each other by index, so a schema used by
//! many bodies (an embed, a component) is stored once, and recursive schemas need no boxes.

use http::Method;

use super::schema_table::{NODES, OPERATIONS};

/// Index of a node in [`NODES`]; index 0 is [`Node::Any`].
pub(crate) type NodeId = u16;

/// One constraint node. Values of another JSON type than the node expects are not checked:
/// type errors are Discord's to report, and a lenient client never rejects a body Discord takes.
#[derive(Debug)]
pub(crate) enum Node {
    /// Nothing to check.
    Any,
    /// A string: at least `.0` and at most `.1` characters; when `.2` is not empty, one of its
    /// `|`-separated values.
    Str(usize, Option<usize>, &'static str),
    /// A number: at least `.0`, at most `.1`; when `.2` is not empty, one of its `,`-separated
    /// integers.
    Num(Option<i64>, Option<i64>, &'static str),
    /// An array: at least `.0` and at most `.1` items, each checked against node `.2`.
    Array(usize, Option<usize>, NodeId),
    /// An object's members, in name order.
    Object(&'static [Prop]),
    /// A union: the value must satisfy one of these nodes.
    OneOf(&'static [NodeId]),
}

/// One member of an object node.
#[derive(Debug)]
pub(crate) struct Prop {
    /// The member's name.
    pub(crate) name: &'static str,
    /// Its constraints.
    pub(crate) node: NodeId,
    /// Whether it must be present.
    pub(crate) required: bool,
    /// Whether `null` counts as present (a required member whose type includes `null`).
    pub(crate) nullable: bool,
}

impl Prop {
    /// An optional member.
    pub(crate) const fn opt(name: &'static str, node: NodeId) -> Self {
        Self {
            name,
            node,
            required: false,
            nullable: true,
        }
    }

    /// A required member that may not be `null`.
    pub(crate) const fn req(name: &'static str, node: NodeId) -> Self {
        Self {
            name,
            node,
            required: true,
            nullable: false,
        }
    }

    /// A required member that may be `null`.
    // Today's description has no such member, but the generator writes one if it appears.
    #[allow(dead_code)]
    pub(crate) const fn req_or_null(name: &'static str, node: NodeId) -> Self {
        Self {
            name,
            node,
            required: true,
            nullable: true,
        }
    }
}

/// An operation with a JSON body.
#[derive(Debug)]
pub(crate) struct Operation {
    /// The route template, as in the route table.
    pub(crate) template: &'static str,
    /// The HTTP method, upper case.
    pub(crate) method: &'static str,
    /// The root of the body's constraints.
    pub(crate) body: NodeId,
}

impl Operation {
    /// A table row.
    pub(crate) const fn new(template: &'static str, method: &'static str, body: NodeId) -> Self {
        Self {
            template,
            method,
            body,
        }
    }
}

/// The node at `id` (index 0, [`Node::Any`], for an index outside the table, which the
/// generator never writes).
pub(crate) fn node(id: NodeId) -> &'static Node {
    NODES.get(usize::from(id)).unwrap_or(&NODES[0])
}

/// The body constraints of `method` on `template`, if the operation takes a JSON body.
/// The table is sorted by template then method, so this is a binary search.
pub(crate) fn body_of(method: &Method, template: &str) -> Option<NodeId> {
    OPERATIONS
        .binary_search_by(|op| {
            op.template
                .cmp(template)
                .then_with(|| op.method.cmp(method.as_str()))
        })
        .ok()
        .map(|i| OPERATIONS[i].body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_index_is_inside_the_table() {
        let ok = |id: NodeId| usize::from(id) < NODES.len();
        for op in &OPERATIONS {
            assert!(ok(op.body), "{} {}", op.method, op.template);
        }
        for node in &NODES {
            match node {
                Node::Array(_, _, items) => assert!(ok(*items)),
                Node::Object(props) => assert!(props.iter().all(|p| ok(p.node))),
                Node::OneOf(alternatives) => assert!(alternatives.iter().all(|a| ok(*a))),
                Node::Any | Node::Str(..) | Node::Num(..) => {}
            }
        }
    }

    #[test]
    fn operations_are_sorted_for_binary_search() {
        assert!(OPERATIONS
            .windows(2)
            .all(|w| (w[0].template, w[0].method) < (w[1].template, w[1].method)));
    }

    #[test]
    fn finds_bodies_by_method_and_template() {
        let messages = "/channels/{channel_id}/messages";
        assert!(body_of(&Method::POST, messages).is_some());
        assert!(body_of(&Method::GET, messages).is_none());
        assert!(body_of(&Method::POST, "/nope").is_none());
    }
}
