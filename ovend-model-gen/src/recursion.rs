//! Boxing recursive types.
//!
//! A type that contains itself by value (directly, in an `Option`, or through other types) has
//! no size. Only edges inside such a cycle are boxed; `Vec` and maps already hold their items on
//! the heap and break cycles on their own.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Item, Shape, Ty};

/// Wraps in `Box` every by-value reference that closes a cycle.
pub fn box_cycles(items: &mut BTreeMap<String, Item>) {
    let edges: BTreeMap<String, BTreeSet<String>> = items
        .iter()
        .map(|(n, i)| (n.clone(), by_value(i)))
        .collect();
    for item in items.values_mut() {
        let owner = item.name.clone();
        let close = |ty: &mut Ty| box_if(ty, &|target| reaches(&edges, target, &owner));
        match &mut item.shape {
            Shape::Struct { fields, .. } => fields.iter_mut().for_each(|f| close(&mut f.ty)),
            Shape::Union { variants, .. } => variants.iter_mut().for_each(|v| close(&mut v.ty)),
            _ => {}
        }
    }
}

/// The named types an item holds by value.
fn by_value(item: &Item) -> BTreeSet<String> {
    let tys: Vec<&Ty> = match &item.shape {
        Shape::Struct { fields, .. } => fields.iter().map(|f| &f.ty).collect(),
        Shape::Union { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
        Shape::Alias(ty) => vec![ty],
        _ => Vec::new(),
    };
    tys.into_iter()
        .filter_map(direct_name)
        .map(str::to_owned)
        .collect()
}

/// The named type a field type holds by value, looking through `Option`.
fn direct_name(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Named(name) => Some(name),
        Ty::Option(inner) => direct_name(inner),
        _ => None,
    }
}

fn box_if(ty: &mut Ty, closes_cycle: &dyn Fn(&str) -> bool) {
    match ty {
        Ty::Named(name) if closes_cycle(name) => *ty = Ty::Boxed(Box::new(ty.clone())),
        Ty::Option(inner) => box_if(inner, closes_cycle),
        _ => {}
    }
}

/// Whether `to` can be reached from `from` by value.
fn reaches(edges: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_owned()];
    while let Some(name) = todo.pop() {
        if name == to {
            return true;
        }
        if seen.insert(name.clone()) {
            todo.extend(edges.get(&name).into_iter().flatten().cloned());
        }
    }
    false
}
