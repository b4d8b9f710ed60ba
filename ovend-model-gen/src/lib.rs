//! Generates `ovend-model`'s types from Discord's OpenAPI description.
//!
//! `cargo run -p ovend-model-gen` reads `ovend-testkit/openapi/discord-openapi.json` and rewrites
//! `ovend-model/src/generated/`. See the README for the mapping rules. The steps, one file each:
//! [`spec`] walks the description, [`areas`] decides which file each type goes in, [`lower`]
//! and [`unions`] map schemas to [`model`] items (with [`naming`] and [`flags`]), [`recursion`]
//! boxes recursive types, and [`emit`] and [`docs`] write the Rust. [`limits`] writes the
//! validator's constraint table for `ovend-rest`.

pub mod areas;
pub mod docs;
pub mod emit;
pub mod flags;
pub mod limits;
pub mod lower;
pub mod model;
pub mod naming;
pub mod operations;
pub mod recursion;
pub mod spec;
pub mod unions;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::lower::{Ctx, Lowering, Stats};
use crate::model::{Member, Shape};

/// What a run generated: the files and the counts for the report.
pub struct Output {
    /// File name (in `generated/`) → contents.
    pub files: BTreeMap<String, String>,
    /// What the mapping found.
    pub stats: Stats,
    /// Items by kind, for the report.
    pub counts: BTreeMap<&'static str, usize>,
    /// `ovend-rest`'s typed calls: file name (in `ovend-rest/src/generated/`) → contents.
    pub rest_files: BTreeMap<String, String>,
}

/// The workspace root, from this crate's manifest directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The vendored description.
pub fn default_spec_path() -> PathBuf {
    workspace_root().join("ovend-testkit/openapi/discord-openapi.json")
}

/// Where the generated files go.
pub fn default_out_dir() -> PathBuf {
    workspace_root().join("ovend-model/src/generated")
}

/// Where `ovend-rest`'s generated files (typed calls and routes) go.
pub fn default_rest_out_dir() -> PathBuf {
    workspace_root().join("ovend-rest/src/generated")
}

/// Generates every file from the description's text.
pub fn generate(spec_text: &str) -> Result<Output, String> {
    let doc: Value =
        serde_json::from_str(spec_text).map_err(|e| format!("the description is not JSON: {e}"))?;
    let spec = spec::Spec::new(&doc)?;
    let mut lowering = Lowering::new(&spec);
    add_flag_sets(&mut lowering);
    add_schemas(&spec, &mut lowering);
    let body_names = add_operation_bodies(&spec, &mut lowering);
    let ops = operations::collect(&doc, &spec, &mut lowering, &body_names);
    recursion::box_cycles(&mut lowering.items);
    let counts = count(&lowering);
    let files = emit::files(&lowering.items);
    Ok(Output {
        files,
        stats: lowering.stats,
        counts,
        rest_files: operations::files(&ops),
    })
}

fn add_flag_sets(lowering: &mut Lowering<'_, '_>) {
    for set in flags::FLAG_SETS {
        let bits = set.bits.iter().map(|(name, bit, doc)| Member {
            name: (*name).to_owned(),
            value: 1u64 << bit,
            doc: (*doc).to_owned(),
        });
        lowering.add(
            set.name.to_owned(),
            areas::COMMON,
            set.doc.to_owned(),
            Shape::Flags(bits.collect()),
        );
    }
}

fn add_schemas(spec: &spec::Spec<'_>, lowering: &mut Lowering<'_, '_>) {
    let areas = areas::assign(spec);
    let requests = request_schemas(spec);
    for (name, node) in spec.schemas {
        let ctx = Ctx {
            hint: naming::type_name(name),
            schema: name.clone(),
            area: areas.get(name).copied().unwrap_or(areas::OTHER),
            request: requests.contains(name),
        };
        lowering.named(&ctx.hint.clone(), node, &ctx);
    }
}

/// Schemas reachable from a request body: their optional nullable fields become `Nullable`.
fn request_schemas(spec: &spec::Spec<'_>) -> std::collections::BTreeSet<String> {
    let mut todo = std::collections::BTreeSet::new();
    spec.operations
        .iter()
        .filter_map(|op| op.request)
        .for_each(|body| spec::refs_in(body, &mut todo));
    let mut seen = std::collections::BTreeSet::new();
    while let Some(name) = todo.pop_first() {
        if seen.insert(name.clone()) {
            spec::refs_in(spec.resolve(&name), &mut todo);
        }
    }
    seen
}

/// Request bodies and response unions written inline in an operation get a type of their own,
/// named after the operation (`update_guild_member` → `UpdateGuildMemberRequest`).
fn add_operation_bodies(
    spec: &spec::Spec<'_>,
    lowering: &mut Lowering<'_, '_>,
) -> BTreeMap<String, operations::BodyNames> {
    let mut names = BTreeMap::<String, operations::BodyNames>::new();
    for op in &spec.operations {
        let named = names.entry(op.id.to_owned()).or_default();
        let area = areas::area_of_path(op.path);
        let base = heck::ToUpperCamelCase::to_upper_camel_case(op.id);
        if let Some(body) = op.request.filter(|b| is_inline_type(b)) {
            let name = name_body(lowering, &format!("{base}Request"), body, area, true);
            named.request = Some(name);
        }
        for (i, body) in op
            .responses
            .iter()
            .filter(|b| is_inline_type(b))
            .enumerate()
        {
            let suffix = if i == 0 {
                String::new()
            } else {
                (i + 1).to_string()
            };
            let wanted = format!("{base}Response{suffix}");
            let name = name_body(lowering, &wanted, body, area, false);
            named.responses.push(name);
        }
    }
    names
}

/// Gives an inline operation body a type of its own, under the first free name from
/// `wanted`; returns that name.
fn name_body(
    lowering: &mut Lowering<'_, '_>,
    wanted: &str,
    body: &Value,
    area: &'static str,
    request: bool,
) -> String {
    let name = lowering.free_name(wanted);
    let ctx = Ctx {
        hint: name.clone(),
        schema: name.clone(),
        area,
        request,
    };
    lowering.named(&name, body, &ctx);
    name
}

/// Whether an inline body is an object or a union (arrays and references need no new type).
fn is_inline_type(body: &Value) -> bool {
    spec::ref_name(body).is_none()
        && (body.get("properties").is_some() || spec::union_members(body).is_some())
}

fn count(lowering: &Lowering<'_, '_>) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for item in lowering.items.values() {
        let kind = match &item.shape {
            Shape::Struct { .. } => "structs",
            Shape::IntEnum(_) => "integer enums",
            Shape::StrEnum(_) => "string enums",
            Shape::Flags(_) => "flag sets",
            Shape::Union { tag: Some(_), .. } => "tagged unions",
            Shape::Union { tag: None, .. } => "untagged unions",
            Shape::Alias(_) => "aliases",
        };
        *counts.entry(kind).or_default() += 1;
    }
    counts
}

/// Writes the files into `dir`, removing any other `.rs` file there (a type that moved area).
pub fn write(dir: &Path, files: &BTreeMap<String, String>) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name.ends_with(".rs") && !files.contains_key(&name) {
            std::fs::remove_file(&path)?;
        }
    }
    for (name, text) in files {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}
