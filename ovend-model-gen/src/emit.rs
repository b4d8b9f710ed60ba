//! Writing the items as Rust source, already in rustfmt's layout.
//!
//! The output is plain text built line by line in the shapes rustfmt leaves alone: one attribute
//! per line, short lines, imports in groups of one, and enums, flags and tagged unions as brace
//! macro calls (which rustfmt does not reformat). `cargo fmt --check` passes on it without
//! rustfmt being needed to generate it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::docs::{doc_lines, item_doc, mod_rs};
use crate::model::{Field, Item, Member, Presence, Shape, Ty, Variant};

/// rustfmt's default `max_width`.
const MAX_WIDTH: usize = 100;

/// One generated file: its body and the paths it uses, which decide its imports.
#[derive(Default)]
struct File {
    body: String,
    uses: BTreeSet<&'static str>,
    /// The names defined in this file; any other name comes from `common`.
    local: BTreeSet<String>,
}

/// The text of one area's file.
pub fn area_file(area: &str, items: &[&Item]) -> String {
    let mut file = File {
        local: items.iter().map(|i| i.name.clone()).collect(),
        ..File::default()
    };
    for item in items {
        file.body.push('\n');
        file.item(item);
    }
    let mut out = format!("//! Types of the `{area}` area of Discord's API.\n");
    let groups: [&[&str]; 4] = [
        &["BTreeMap"],
        &["serde"],
        &["common"],
        &["Nullable", "Snowflake"],
    ];
    for group in groups {
        let used: Vec<&str> = group
            .iter()
            .copied()
            .filter(|u| file.uses.contains(u))
            .collect();
        if let Some(line) = import_line(&used) {
            let _ = write!(out, "\n{line}\n");
        }
    }
    out + &file.body
}

fn import_line(used: &[&str]) -> Option<String> {
    match used {
        [] => None,
        ["BTreeMap"] => Some("use std::collections::BTreeMap;".to_owned()),
        ["serde"] => Some("use serde::{Deserialize, Serialize};".to_owned()),
        ["common"] => Some("use super::common::*;".to_owned()),
        [one] => Some(format!("use crate::{one};")),
        many => Some(format!("use crate::{{{}}};", many.join(", "))),
    }
}

impl File {
    fn line(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.body, "{:indent$}{text}", "");
    }

    fn doc(&mut self, indent: usize, text: &str) {
        for line in doc_lines(text) {
            self.line(indent, &line);
        }
    }

    fn item(&mut self, item: &Item) {
        match &item.shape {
            Shape::Struct { fields, extra } => self.structure(item, fields, *extra),
            Shape::IntEnum(members) => {
                self.enumeration(item, "int_enum", members, |v| v.to_string())
            }
            Shape::StrEnum(members) => {
                self.enumeration(item, "str_enum", members, |v| format!("{v:?}"))
            }
            Shape::Flags(members) => self.flags(item, members),
            Shape::Union {
                variants,
                tag: Some(tag),
            } => self.tagged(item, variants, tag),
            Shape::Union {
                variants,
                tag: None,
            } => self.untagged(item, variants),
            Shape::Alias(ty) => {
                self.doc(0, &item_doc(item));
                let ty = self.ty(ty);
                self.line(0, &format!("pub type {} = {ty};", item.name));
            }
        }
    }

    fn structure(&mut self, item: &Item, fields: &[Field], extra: bool) {
        self.uses.insert("serde");
        self.doc(0, &item_doc(item));
        let default = fields.iter().all(|f| f.presence != Presence::Required);
        let derives = if default {
            "Clone, Debug, Default, PartialEq, Serialize, Deserialize"
        } else {
            "Clone, Debug, PartialEq, Serialize, Deserialize"
        };
        self.line(0, &format!("#[derive({derives})]"));
        self.line(0, &format!("pub struct {} {{", item.name));
        for field in fields {
            self.field(field);
        }
        if extra {
            self.line(
                4,
                "/// Fields this version of the crate does not know, kept as sent.",
            );
            self.line(4, "#[serde(flatten)]");
            self.line(4, "pub extra: serde_json::Map<String, serde_json::Value>,");
        }
        self.line(0, "}");
    }

    fn field(&mut self, field: &Field) {
        let fallback = format!("Discord's `{}` field.", field.json);
        self.doc(
            4,
            if field.doc.is_empty() {
                &fallback
            } else {
                &field.doc
            },
        );
        if field.name.trim_start_matches("r#") != field.json {
            self.line(4, &format!("#[serde(rename = {:?})]", field.json));
        }
        let ty = self.ty(&field.ty);
        let ty = match field.presence {
            Presence::Required => ty,
            Presence::RequiredNullable => format!("Option<{ty}>"),
            Presence::Optional => {
                self.line(
                    4,
                    "#[serde(default, skip_serializing_if = \"Option::is_none\")]",
                );
                format!("Option<{ty}>")
            }
            Presence::TriState => {
                self.uses.insert("Nullable");
                self.line(
                    4,
                    "#[serde(default, skip_serializing_if = \"Nullable::is_absent\")]",
                );
                format!("Nullable<{ty}>")
            }
        };
        let line = format!("pub {}: {ty},", field.name);
        // rustfmt's width is 100: past it, the type goes on a line of its own.
        if line.len() + 4 > MAX_WIDTH {
            self.line(4, &format!("pub {}:", field.name));
            self.line(8, &format!("{ty},"));
        } else {
            self.line(4, &line);
        }
    }

    fn enumeration<V>(
        &mut self,
        item: &Item,
        mac: &str,
        members: &[Member<V>],
        literal: impl Fn(&V) -> String,
    ) {
        self.line(0, &format!("{mac}! {{"));
        self.doc(4, &item_doc(item));
        self.line(4, &format!("pub enum {} {{", item.name));
        for member in members {
            let value = literal(&member.value);
            self.doc(8, &member_doc(&member.doc, &value));
            self.line(8, &format!("{} = {value},", member.name));
        }
        self.line(4, "}");
        self.line(0, "}");
    }

    fn flags(&mut self, item: &Item, members: &[Member<u64>]) {
        self.line(0, "flags! {");
        self.doc(4, &item_doc(item));
        self.line(4, &format!("pub struct {} {{", item.name));
        for member in members {
            let bit = member.value.trailing_zeros();
            self.doc(8, &member_doc(&member.doc, &format!("1 << {bit}")));
            self.line(8, &format!("const {} = 1 << {bit};", member.name));
        }
        self.line(4, "}");
        self.line(0, "}");
    }

    fn tagged(&mut self, item: &Item, variants: &[Variant], tag: &str) {
        self.line(0, "tagged_union! {");
        self.doc(4, &item_doc(item));
        self.line(4, &format!("pub enum {}: {tag:?} {{", item.name));
        for variant in variants {
            let ty = self.ty(&variant.ty);
            self.doc(
                8,
                &format!(
                    "`{tag}` {}: a [`{}`].",
                    variant.tags.join(", "),
                    strip_box(&variant.ty, &ty)
                ),
            );
            self.line(
                8,
                &format!("{}({ty}) = [{}],", variant.name, variant.tags.join(", ")),
            );
        }
        self.line(4, "}");
        self.line(0, "}");
    }

    fn untagged(&mut self, item: &Item, variants: &[Variant]) {
        self.uses.insert("serde");
        self.doc(0, &item_doc(item));
        self.line(
            0,
            "#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]",
        );
        self.line(0, "#[serde(untagged)]");
        self.line(0, "#[non_exhaustive]");
        self.line(0, &format!("pub enum {} {{", item.name));
        for variant in variants {
            let ty = self.ty(&variant.ty);
            self.doc(4, &format!("A `{ty}`."));
            let line = format!("{}({ty}),", variant.name);
            if line.len() + 4 > MAX_WIDTH {
                self.line(4, &format!("{}(", variant.name));
                self.line(8, &format!("{ty},"));
                self.line(4, "),");
            } else {
                self.line(4, &line);
            }
        }
        self.line(
            4,
            "/// A value of a shape this version of the crate does not know, kept as sent.",
        );
        self.line(4, "Unknown(serde_json::Value),");
        self.line(0, "}");
    }

    /// The Rust spelling of a type, noting what it needs imported.
    fn ty(&mut self, ty: &Ty) -> String {
        match ty {
            Ty::Snowflake => {
                self.uses.insert("Snowflake");
                "Snowflake".to_owned()
            }
            Ty::Bool => "bool".to_owned(),
            Ty::Int => "i64".to_owned(),
            Ty::Float => "f64".to_owned(),
            Ty::String => "String".to_owned(),
            Ty::Unit => "()".to_owned(),
            Ty::Value => "serde_json::Value".to_owned(),
            Ty::Named(name) => {
                if !self.local.contains(name) {
                    self.uses.insert("common");
                }
                name.clone()
            }
            Ty::Vec(inner) => format!("Vec<{}>", self.ty(inner)),
            Ty::Map(inner) => {
                self.uses.insert("BTreeMap");
                format!("BTreeMap<String, {}>", self.ty(inner))
            }
            Ty::Option(inner) => format!("Option<{}>", self.ty(inner)),
            Ty::Boxed(inner) => format!("Box<{}>", self.ty(inner)),
        }
    }
}

fn strip_box<'t>(ty: &Ty, spelled: &'t str) -> &'t str {
    match ty {
        Ty::Boxed(_) => spelled.trim_start_matches("Box<").trim_end_matches('>'),
        _ => spelled,
    }
}

fn member_doc(doc: &str, value: &str) -> String {
    if doc.is_empty() {
        format!("`{value}`.")
    } else {
        format!("{doc} (`{value}`)")
    }
}

/// Every file of `ovend-model/src/generated/`, by file name.
pub fn files(items: &BTreeMap<String, Item>) -> BTreeMap<String, String> {
    let mut areas: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
    for item in items.values() {
        areas.entry(item.area.as_str()).or_default().push(item);
    }
    let mut files: BTreeMap<String, String> = areas
        .iter()
        .map(|(area, items)| (format!("{area}.rs"), area_file(area, items)))
        .collect();
    let names: Vec<&str> = areas.keys().copied().collect();
    files.insert("mod.rs".to_owned(), mod_rs(&names));
    files
}
