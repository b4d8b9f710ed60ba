//! Type mapping: from schema nodes to `Item`s.
//!
//! The rules, in the order they are tried on a node:
//! - `$ref` to `SnowflakeType` (or any `format: snowflake` string) → `Snowflake`; to a schema that
//!   is only a primitive (`Int53Type`) → the primitive; to anything else → the named type.
//! - `oneOf`/`anyOf`: `{type: null}` members make it nullable; one member left → that member's
//!   type; all `const` with `title` → an enum; otherwise a union (see `unions.rs`).
//! - `allOf` with one member (Discord's way to narrow an enum property) → that member; with more
//!   → one struct with the parts' properties merged.
//! - `type` (a name or a list with `"null"`): primitives map directly, `array` → `Vec`, `object`
//!   with `properties` → a struct, with `additionalProperties` → `BTreeMap<String, T>`, and an
//!   object with neither (or a list of several types) → `serde_json::Value`, counted as a fallback.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::flags::{flags_for, is_flag_enum};
use crate::model::{Field, Item, Member, Presence, Shape, Ty};
use crate::naming;
use crate::spec::{object_parts, ref_name, types, union_members, Spec};

/// Where a node is being mapped: the name an inline type would take, its area, and whether it
/// is part of a request body (where optional-and-nullable fields become `Nullable`).
#[derive(Clone)]
pub struct Ctx {
    /// The name an inline type made here takes.
    pub hint: String,
    /// The schema whose properties are being mapped (for the flags table).
    pub schema: String,
    /// The area inline types go in.
    pub area: &'static str,
    /// Whether this is part of a request body.
    pub request: bool,
}

impl Ctx {
    fn inner(&self, hint: String) -> Self {
        Self {
            hint,
            ..self.clone()
        }
    }
}

/// What the mapping found, for the report.
#[derive(Default, Debug)]
pub struct Stats {
    /// Places that fell back to `serde_json::Value` although the schema says something.
    pub fallbacks: Vec<String>,
    /// Places where the schema itself leaves the value open (no type at all).
    pub open: Vec<String>,
}

/// The mapping's state: the items made so far.
pub struct Lowering<'s, 'a> {
    pub(crate) spec: &'s Spec<'a>,
    /// Every item, by name.
    pub items: BTreeMap<String, Item>,
    /// Inline types already made, by (area, request, schema text), so equal ones are shared.
    inline: BTreeMap<(String, bool, String), String>,
    /// What the mapping found.
    pub stats: Stats,
}

impl<'s, 'a> Lowering<'s, 'a> {
    /// An empty mapping over `spec`.
    pub fn new(spec: &'s Spec<'a>) -> Self {
        Self {
            spec,
            items: BTreeMap::new(),
            inline: BTreeMap::new(),
            stats: Stats::default(),
        }
    }

    /// Makes the item for a named schema or inline body.
    pub fn named(&mut self, name: &str, node: &Value, ctx: &Ctx) {
        let doc = doc_of(node, name);
        let shape = if let Some(shape) = enum_shape(name, node) {
            shape
        } else if union_members(node).is_some() {
            self.union_shape(node, ctx)
        } else if node.get("properties").is_some() || node.get("allOf").is_some() {
            self.struct_shape(node, ctx)
        } else {
            Shape::Alias(self.ty(node, ctx).0)
        };
        self.add(name.to_owned(), ctx.area, doc, shape);
    }

    pub(crate) fn add(&mut self, name: String, area: &str, doc: String, shape: Shape) {
        let item = Item {
            name: name.clone(),
            area: area.to_owned(),
            doc,
            shape,
        };
        self.items.insert(name, item);
    }

    /// The type of a node, and whether it is nullable.
    pub fn ty(&mut self, node: &Value, ctx: &Ctx) -> (Ty, bool) {
        if let Some(name) = ref_name(node) {
            return (self.ref_ty(name), false);
        }
        if let Some(members) = union_members(node) {
            return self.union_ty(node, members, ctx);
        }
        if let Some([only]) = node
            .get("allOf")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            let nullable = types(node).contains(&"null");
            return (self.ty(only, ctx).0, nullable);
        }
        self.typed(node, ctx)
    }

    /// A `$ref`: primitives are inlined, everything else is named.
    fn ref_ty(&mut self, name: &str) -> Ty {
        let target = self.spec.resolve(name);
        let primitive = union_members(target).is_none()
            && target.get("properties").is_none()
            && target.get("allOf").is_none()
            && matches!(
                types(target).as_slice(),
                ["string" | "integer" | "number" | "boolean"]
            );
        if primitive {
            let ctx = Ctx {
                hint: name.to_owned(),
                schema: name.to_owned(),
                area: "",
                request: false,
            };
            return self.typed(target, &ctx).0;
        }
        Ty::Named(naming::type_name(name))
    }

    /// A node described by its `type`.
    fn typed(&mut self, node: &Value, ctx: &Ctx) -> (Ty, bool) {
        let all = types(node);
        let nullable = all.contains(&"null");
        let non_null: Vec<&str> = all.into_iter().filter(|t| *t != "null").collect();
        let ty = match non_null.as_slice() {
            [] if nullable => Ty::Unit,
            [] => {
                self.stats.open.push(ctx.hint.clone());
                Ty::Value
            }
            ["string"] if node.get("format").and_then(Value::as_str) == Some("snowflake") => {
                Ty::Snowflake
            }
            ["string"] => Ty::String,
            ["integer"] => Ty::Int,
            ["number"] => Ty::Float,
            ["boolean"] => Ty::Bool,
            ["array"] => self.array(node, ctx),
            ["object"] => self.object(node, ctx),
            _ => self.fallback(ctx, "several types"),
        };
        (ty, nullable)
    }

    fn array(&mut self, node: &Value, ctx: &Ctx) -> Ty {
        let Some(items) = node.get("items") else {
            return self.fallback(ctx, "array without items");
        };
        let (ty, nullable) = self.ty(items, &ctx.inner(format!("{}Item", ctx.hint)));
        Ty::Vec(Box::new(wrap_option(ty, nullable)))
    }

    fn object(&mut self, node: &Value, ctx: &Ctx) -> Ty {
        if node.get("properties").is_some() {
            return self.inline_item(node, ctx);
        }
        match node.get("additionalProperties") {
            Some(values @ Value::Object(_)) => {
                let (ty, nullable) = self.ty(values, &ctx.inner(format!("{}Value", ctx.hint)));
                Ty::Map(Box::new(wrap_option(ty, nullable)))
            }
            _ => self.fallback(ctx, "object without properties"),
        }
    }

    pub(crate) fn fallback(&mut self, ctx: &Ctx, why: &str) -> Ty {
        self.stats.fallbacks.push(format!("{} ({why})", ctx.hint));
        Ty::Value
    }

    /// A struct, enum or union made from an inline node; equal nodes share one type.
    pub(crate) fn inline_item(&mut self, node: &Value, ctx: &Ctx) -> Ty {
        let key = (ctx.area.to_owned(), ctx.request, node.to_string());
        if let Some(name) = self.inline.get(&key) {
            return Ty::Named(name.clone());
        }
        let name = self.free_name(&ctx.hint);
        self.inline.insert(key, name.clone());
        // Reserve the name before recursing, so a nested type cannot take it.
        self.add(
            name.clone(),
            ctx.area,
            String::new(),
            Shape::Alias(Ty::Value),
        );
        let inner = Ctx {
            hint: name.clone(),
            schema: name.clone(),
            ..ctx.clone()
        };
        self.named(&name, node, &inner);
        Ty::Named(name)
    }

    /// `name`, or `name2`, `name3`… if a schema or an inline type already has it.
    pub fn free_name(&self, name: &str) -> String {
        let taken = |n: &str| self.items.contains_key(n) || self.spec.schemas.contains_key(n);
        let mut candidate = name.to_owned();
        let mut n = 2;
        while taken(&candidate) {
            candidate = format!("{name}{n}");
            n += 1;
        }
        candidate
    }

    fn struct_shape(&mut self, node: &Value, ctx: &Ctx) -> Shape {
        let (props, required) = object_parts(self.spec, node);
        let mut taken = BTreeSet::from(["extra".to_owned()]);
        let fields = props
            .into_iter()
            .map(|(json, prop)| self.field(json, prop, required.contains(json), &mut taken, ctx))
            .collect();
        // `additionalProperties: false` is Discord saying there is nothing else to keep.
        let extra = node.get("additionalProperties") != Some(&Value::Bool(false));
        Shape::Struct { fields, extra }
    }

    fn field(
        &mut self,
        json: &str,
        prop: &Value,
        required: bool,
        taken: &mut BTreeSet<String>,
        ctx: &Ctx,
    ) -> Field {
        let (ty, nullable) = match flags_for(&ctx.schema, json) {
            Some(flags) => (Ty::Named(flags.to_owned()), types(prop).contains(&"null")),
            None => self.ty(prop, &ctx.inner(naming::inline_name(&ctx.hint, json))),
        };
        let presence = match (required, nullable) {
            // A property whose only type is `null` means "true when present": keep absent vs null.
            _ if ty == Ty::Unit => Presence::TriState,
            (true, false) => Presence::Required,
            (true, true) => Presence::RequiredNullable,
            (false, true) if ctx.request => Presence::TriState,
            (false, _) => Presence::Optional,
        };
        Field {
            name: naming::field_name(json, taken),
            json: json.to_owned(),
            doc: doc_of(prop, ""),
            ty,
            presence,
        }
    }
}

/// `Option<T>` for nullable container members.
fn wrap_option(ty: Ty, nullable: bool) -> Ty {
    if nullable && ty != Ty::Unit {
        Ty::Option(Box::new(ty))
    } else {
        ty
    }
}

/// The node's description, or nothing (the emitter writes a doc from the name then).
pub fn doc_of(node: &Value, _name: &str) -> String {
    node.get("description")
        .and_then(Value::as_str)
        .map(str::trim)
        .unwrap_or_default()
        .to_owned()
}

/// An enum or flag set, when every member of the node's `oneOf` is a `const` with a `title`.
fn enum_shape(name: &str, node: &Value) -> Option<Shape> {
    let members = node.get("oneOf")?.as_array()?;
    let consts: Vec<(&str, &Value, String)> = members
        .iter()
        .map(|m| Some((m.get("title")?.as_str()?, m.get("const")?, doc_of(m, ""))))
        .collect::<Option<_>>()?;
    let mut taken = BTreeSet::new();
    if consts.iter().all(|(_, v, _)| v.is_i64()) {
        let values: Vec<i64> = consts.iter().filter_map(|(_, v, _)| v.as_i64()).collect();
        let members = consts.iter().map(|(title, value, doc)| Member {
            name: naming::variant_name(title, &mut taken),
            value: value.as_i64().unwrap_or_default(),
            doc: doc.clone(),
        });
        if is_flag_enum(name, &values) {
            let flags = members.map(|m| Member {
                value: m.value.unsigned_abs(),
                name: naming::const_name(&m.name),
                doc: m.doc,
            });
            return Some(Shape::Flags(flags.collect()));
        }
        return Some(Shape::IntEnum(members.collect()));
    }
    let members = consts.iter().map(|(title, value, doc)| {
        Some(Member {
            name: naming::variant_name(title, &mut taken),
            value: value.as_str()?.to_owned(),
            doc: doc.clone(),
        })
    });
    members.collect::<Option<Vec<_>>>().map(Shape::StrEnum)
}
