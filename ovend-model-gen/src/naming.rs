//! Rust names for Discord's names.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords a field may not be named; they get a raw identifier (`r#type`), which serde strips.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// A type name: Discord's schema names are already `UpperCamelCase`, and keeping them verbatim
/// lets a reader find the schema; other characters are dropped.
pub fn type_name(name: &str) -> String {
    let clean: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
    if clean.starts_with(|c: char| c.is_ascii_uppercase()) {
        clean
    } else {
        clean.to_upper_camel_case()
    }
}

/// A name for a type made from an inline schema: its owner's name and the property's.
pub fn inline_name(owner: &str, property: &str) -> String {
    format!("{owner}{}", property.to_upper_camel_case())
}

/// A variant name from an enum member's title (`GUILD_TEXT` → `GuildText`), unique in `taken`.
pub fn variant_name(title: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = title.to_upper_camel_case();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("V{name}");
    }
    // `Unknown` is the variant that keeps values this version does not know.
    if name == "Unknown" {
        name = "UnknownValue".to_owned();
    }
    unique(name, taken)
}

/// A field name from a property name (`_errors` → `errors`), unique in `taken`.
pub fn field_name(property: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = property.to_snake_case();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("field_{name}");
    }
    if KEYWORDS.contains(&name.as_str()) {
        name = format!("r#{name}");
    }
    unique(name, taken)
}

/// A Rust module name for an area.
pub fn module_name(area: &str) -> String {
    area.to_snake_case()
}

/// A constant name for a flag (`SUPPRESS_EMBEDS` stays as it is).
pub fn const_name(name: &str) -> String {
    heck::ToShoutySnakeCase::to_shouty_snake_case(name)
}

/// `name`, or `name2`, `name3`, … : the first not in `taken`, which it joins.
pub(crate) fn unique(name: String, taken: &mut BTreeSet<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{name}{n}");
        n += 1;
    }
    candidate
}
