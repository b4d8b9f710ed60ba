//! `oneOf`/`anyOf` unions.
//!
//! A union whose members are all objects with a property holding a disjoint `enum` of values
//! (Discord's `type`) is tagged: the decoder reads the tag and decodes that member only, and an
//! unknown tag is kept as `Unknown(Value)`. Any other union is untagged: serde tries the members
//! in order (those with more required properties first, so a general member cannot shadow a
//! specific one), then `Unknown(Value)`, so decoding never fails on a shape Discord adds later.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::lower::{Ctx, Lowering};
use crate::model::{Shape, Ty, Variant};
use crate::naming::unique;
use crate::spec::{is_null_type, object_parts, ref_name, union_members};

impl Lowering<'_, '_> {
    /// The type of a union node, and whether it is nullable.
    pub(crate) fn union_ty(&mut self, node: &Value, members: &[Value], ctx: &Ctx) -> (Ty, bool) {
        let nullable = members.iter().any(is_null_type);
        let rest: Vec<&Value> = members.iter().filter(|m| !is_null_type(m)).collect();
        match rest.as_slice() {
            [] => (Ty::Unit, true),
            [only] => {
                let (ty, inner_nullable) = self.ty(only, ctx);
                (ty, nullable || inner_nullable)
            }
            _ => (self.inline_item(node, ctx), nullable),
        }
    }

    /// The shape of a union node with two or more non-null members.
    pub(crate) fn union_shape(&mut self, node: &Value, ctx: &Ctx) -> Shape {
        let members: Vec<&Value> = union_members(node)
            .into_iter()
            .flatten()
            .filter(|m| !is_null_type(m))
            .collect();
        if let Some((tag, values)) = self.tag_of(&members) {
            let variants = self.variants(&members, ctx, values);
            return Shape::Union {
                variants,
                tag: Some(tag),
            };
        }
        let mut order: Vec<(usize, &Value)> = members
            .iter()
            .map(|m| (self.required_count(m), *m))
            .collect();
        order.sort_by_key(|(required, _)| std::cmp::Reverse(*required));
        let members: Vec<&Value> = order.into_iter().map(|(_, m)| m).collect();
        let variants = self.variants(&members, ctx, vec![Vec::new(); members.len()]);
        Shape::Union {
            variants,
            tag: None,
        }
    }

    fn variants(&mut self, members: &[&Value], ctx: &Ctx, tags: Vec<Vec<String>>) -> Vec<Variant> {
        let mut taken = BTreeSet::from(["Unknown".to_owned()]);
        members
            .iter()
            .zip(tags)
            .enumerate()
            .map(|(i, (member, tags))| {
                let (ty, _) = self.ty(
                    member,
                    &Ctx {
                        hint: format!("{}Variant{}", ctx.hint, i + 1),
                        ..ctx.clone()
                    },
                );
                let name = unique(variant_name(&ty), &mut taken);
                Variant { name, ty, tags }
            })
            .collect()
    }

    /// The tag property and each member's tag values, if the members are tagged.
    fn tag_of(&self, members: &[&Value]) -> Option<(String, Vec<Vec<String>>)> {
        let props: Vec<Vec<(&str, &Value)>> = members
            .iter()
            .map(|m| ref_name(m).map(|name| object_parts(self.spec, self.spec.resolve(name)).0))
            .collect::<Option<_>>()?;
        let mut candidates: Vec<&str> = props.first()?.iter().map(|(name, _)| *name).collect();
        // Discord's discriminator is `type`; try it first.
        candidates.sort_by_key(|name| (*name != "type", *name));
        candidates.into_iter().find_map(|tag| {
            let values: Vec<Vec<String>> = props
                .iter()
                .map(|p| enum_values(p, tag))
                .collect::<Option<_>>()?;
            disjoint(&values).then(|| (tag.to_owned(), values))
        })
    }

    fn required_count(&self, member: &Value) -> usize {
        ref_name(member).map_or(0, |name| {
            object_parts(self.spec, self.spec.resolve(name)).1.len()
        })
    }
}

/// The `enum` values of property `tag`, as JSON literals.
fn enum_values(props: &[(&str, &Value)], tag: &str) -> Option<Vec<String>> {
    let (_, prop) = props.iter().find(|(name, _)| *name == tag)?;
    let values = prop.get("enum")?.as_array()?;
    let literals: Vec<String> = values
        .iter()
        .filter(|v| v.is_i64() || v.is_string())
        .map(Value::to_string)
        .collect();
    (!literals.is_empty() && literals.len() == values.len()).then_some(literals)
}

fn disjoint(values: &[Vec<String>]) -> bool {
    let mut seen = BTreeSet::new();
    values.iter().flatten().all(|v| seen.insert(v))
}

/// A variant's name from the type it holds.
fn variant_name(ty: &Ty) -> String {
    match ty {
        Ty::Named(name) => name.clone(),
        Ty::Snowflake => "Snowflake".to_owned(),
        Ty::Bool => "Boolean".to_owned(),
        Ty::Int => "Integer".to_owned(),
        Ty::Float => "Number".to_owned(),
        Ty::String => "String".to_owned(),
        Ty::Unit => "Null".to_owned(),
        Ty::Value => "Value".to_owned(),
        Ty::Vec(_) => "Array".to_owned(),
        Ty::Map(_) => "Object".to_owned(),
        Ty::Option(inner) | Ty::Boxed(inner) => variant_name(inner),
    }
}
