//! Which API area (generated file) each type goes in.
//!
//! Discord's description has no tags, so an operation's area comes from its path (the table
//! below). A schema belongs to an area when every operation that reaches it (through any chain
//! of references) is in that area; a schema reached from two or more areas goes in `common`, and
//! one no operation reaches goes in `other`. So an area's types only refer to their own area and
//! to `common`, which is what lets the crate feature-gate areas later.

use std::collections::{BTreeMap, BTreeSet};

use crate::spec::{refs_in, Spec};

/// Path prefix → area, first match wins.
const AREAS: &[(&str, &str)] = &[
    ("/applications", "applications"),
    ("/channels", "channels"),
    ("/gateway", "gateway"),
    ("/guilds", "guilds"),
    ("/interactions", "interactions"),
    ("/invites", "invites"),
    ("/lobbies", "social_sdk"),
    ("/oauth2", "oauth2"),
    ("/partner-sdk", "social_sdk"),
    ("/skus", "monetization"),
    ("/soundboard-default-sounds", "soundboard"),
    ("/stage-instances", "stage_instances"),
    ("/sticker-packs", "stickers"),
    ("/stickers", "stickers"),
    ("/users", "users"),
    ("/voice", "voice"),
    ("/webhooks", "webhooks"),
];

/// The area of types shared by several areas.
pub const COMMON: &str = "common";

/// The area of schemas no operation refers to.
pub const OTHER: &str = "other";

/// The area of an operation's path.
pub fn area_of_path(path: &str) -> &'static str {
    AREAS
        .iter()
        .find(|(prefix, _)| path.starts_with(prefix))
        .map_or(OTHER, |(_, area)| area)
}

/// The area of every component schema.
pub fn assign(spec: &Spec<'_>) -> BTreeMap<String, &'static str> {
    let mut reached: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for op in &spec.operations {
        let mut roots = BTreeSet::new();
        op.request
            .into_iter()
            .chain(op.responses.iter().copied())
            .for_each(|s| refs_in(s, &mut roots));
        mark(spec, roots, area_of_path(op.path), &mut reached);
    }
    let unreached: Vec<String> = spec
        .schemas
        .keys()
        .filter(|n| !reached.contains_key(*n))
        .cloned()
        .collect();
    mark(spec, unreached.into_iter().collect(), OTHER, &mut reached);
    reached
        .into_iter()
        .map(|(name, areas)| {
            let area = match areas.len() {
                1 => areas.into_iter().next().unwrap_or(OTHER),
                _ => COMMON,
            };
            (name, area)
        })
        .collect()
}

/// Adds `area` to every schema reachable from `roots`.
fn mark(
    spec: &Spec<'_>,
    mut todo: BTreeSet<String>,
    area: &'static str,
    reached: &mut BTreeMap<String, BTreeSet<&'static str>>,
) {
    while let Some(name) = todo.pop_first() {
        if reached.entry(name.clone()).or_default().insert(area) {
            let mut next = BTreeSet::new();
            refs_in(spec.resolve(&name), &mut next);
            todo.extend(next);
        }
    }
}
