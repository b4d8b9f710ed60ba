//! What the generator makes of the description before it writes Rust: one `Item` per type.

/// A Rust type as a field or a variant uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    /// `Snowflake`.
    Snowflake,
    /// `bool`.
    Bool,
    /// `i64`: every JSON integer, since Discord's `int32` annotations are not a promise.
    Int,
    /// `f64`.
    Float,
    /// `String`.
    String,
    /// `()`, for properties whose only type is `null` (Discord's "present means true").
    Unit,
    /// `serde_json::Value`: the schema leaves the value open.
    Value,
    /// A generated type.
    Named(String),
    /// `Vec<T>`.
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`.
    Map(Box<Ty>),
    /// `Option<T>` inside a container (`[null, "x"]` items or map values).
    Option(Box<Ty>),
    /// `Box<T>`, to break a cycle of types that contain each other by value.
    Boxed(Box<Ty>),
}

/// How a struct field is present in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Required and not nullable: `T`.
    Required,
    /// Required but nullable: `Option<T>`, always written.
    RequiredNullable,
    /// Optional: `Option<T>`, skipped when `None`.
    Optional,
    /// Optional and nullable in a request: `Nullable<T>`, absent and `null` kept apart.
    TriState,
}

/// A struct field.
#[derive(Clone, Debug)]
pub struct Field {
    /// The Rust name.
    pub name: String,
    /// Discord's name.
    pub json: String,
    /// The doc comment.
    pub doc: String,
    /// The type, without the `Option`/`Nullable` that `presence` adds.
    pub ty: Ty,
    /// How it is present.
    pub presence: Presence,
}

/// One member of an enum.
#[derive(Clone, Debug)]
pub struct Member<V> {
    /// The Rust name.
    pub name: String,
    /// Discord's value.
    pub value: V,
    /// The doc comment.
    pub doc: String,
}

/// One variant of a union.
#[derive(Clone, Debug)]
pub struct Variant {
    /// The Rust name.
    pub name: String,
    /// The type it holds.
    pub ty: Ty,
    /// For a tagged union: the tag values (JSON literals) that select it.
    pub tags: Vec<String>,
}

/// The shape of one generated type.
#[derive(Clone, Debug)]
pub enum Shape {
    /// A struct.
    Struct {
        /// Its fields, in Discord's property-name order.
        fields: Vec<Field>,
        /// Whether unknown fields are kept (an `extra` map).
        extra: bool,
    },
    /// An integer enum.
    IntEnum(Vec<Member<i64>>),
    /// A string enum.
    StrEnum(Vec<Member<String>>),
    /// Bit flags.
    Flags(Vec<Member<u64>>),
    /// A union.
    Union {
        /// Its variants, in the order they are tried.
        variants: Vec<Variant>,
        /// The property that selects the variant, if there is one.
        tag: Option<String>,
    },
    /// A type alias.
    Alias(Ty),
}

/// One generated type.
#[derive(Clone, Debug)]
pub struct Item {
    /// The Rust name.
    pub name: String,
    /// The generated file (area) it goes in.
    pub area: String,
    /// The doc comment.
    pub doc: String,
    /// Its shape.
    pub shape: Shape,
}
