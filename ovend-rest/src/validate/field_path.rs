//! Dotted field paths (`embeds.0.fields.3.value`) that cost nothing until rendered.
//!
//! The validator walks the body recursively; building a `String` path at every
//! step would allocate on the happy path. Instead each level borrows its parent
//! on the stack, and the dotted string is built only when a violation is found.

use std::fmt::Write as _;

/// One step of a path.
#[derive(Debug, Clone, Copy)]
enum Part<'a> {
    Key(&'a str),
    Index(usize),
}

/// A path from the body's root to a field, as a chain of borrowed steps.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldPath<'a> {
    parent: Option<&'a FieldPath<'a>>,
    part: Option<Part<'a>>,
}

impl<'a> FieldPath<'a> {
    /// The body itself (renders as the empty string).
    pub(crate) const ROOT: FieldPath<'static> = FieldPath {
        parent: None,
        part: None,
    };

    /// The member `key` of this object.
    pub(crate) fn key(&'a self, key: &'a str) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            part: Some(Part::Key(key)),
        }
    }

    /// The item `index` of this array.
    pub(crate) fn index(&'a self, index: usize) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            part: Some(Part::Index(index)),
        }
    }

    /// The dotted form, e.g. `embeds.0.title`.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        self.write_into(&mut out);
        out
    }

    fn write_into(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write_into(out);
        }
        let Some(part) = self.part else { return };
        if !out.is_empty() {
            out.push('.');
        }
        match part {
            Part::Key(key) => out.push_str(key),
            // Writing to a String cannot fail.
            Part::Index(index) => {
                let _ = write!(out, "{index}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_dotted_paths() {
        let root = FieldPath::ROOT;
        assert_eq!(root.render(), "");
        let embeds = root.key("embeds");
        let first = embeds.index(0);
        let fields = first.key("fields");
        let third = fields.index(3);
        assert_eq!(third.key("value").render(), "embeds.0.fields.3.value");
    }
}
