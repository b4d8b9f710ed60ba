//! The shapes the generated code is built from.
//!
//! The generator writes one short macro call per enum, flag set and tagged union instead of
//! repeating the same serde impls 90 times: the impls are written (and reviewed) once here, the
//! generated files stay small, and a fix to, say, how unknown values are kept lands everywhere.

/// An integer enum that keeps values this version does not know in `Unknown`.
macro_rules! int_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $value:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
            /// A value this version of the crate does not know; it is kept as sent.
            Unknown(i64),
        }

        impl $name {
            /// The value Discord sends for this variant.
            #[must_use]
            pub const fn value(self) -> i64 {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other),
                }
            }
        }

        impl From<$name> for i64 {
            fn from(value: $name) -> Self {
                value.value()
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(Self::from)
            }
        }
    };
}

/// A string enum that keeps values this version does not know in `Unknown`.
macro_rules! str_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $value:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
            /// A value this version of the crate does not know; it is kept as sent.
            Unknown(String),
        }

        impl $name {
            /// The string Discord sends for this variant.
            #[must_use]
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // Borrowing is not always possible (escaped strings), so go through `Cow`.
                let value = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                Ok(Self::from(&*value))
            }
        }
    };
}

/// A set of bit flags sent as an integer; bits this version does not name are kept.
macro_rules! flags {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$cmeta:meta])* const $flag:ident = $bit:expr;)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name(u64);

        impl $name {
            $($(#[$cmeta])* pub const $flag: Self = Self($bit);)*

            /// Every named flag, with its name, in bit order.
            pub const NAMED: &'static [(&'static str, Self)] = &[$((stringify!($flag), Self::$flag),)*];

            /// No flags set.
            #[must_use]
            pub const fn empty() -> Self {
                Self(0)
            }

            /// These bits, named or not, as they are: unknown bits are kept.
            #[must_use]
            pub const fn from_bits_retain(bits: u64) -> Self {
                Self(bits)
            }

            /// The bits, including those this version does not name.
            #[must_use]
            pub const fn bits(self) -> u64 {
                self.0
            }

            /// Whether every bit of `other` is set.
            #[must_use]
            pub const fn contains(self, other: Self) -> bool {
                self.0 & other.0 == other.0
            }

            /// Sets the bits of `other`.
            pub fn insert(&mut self, other: Self) {
                self.0 |= other.0;
            }

            /// Clears the bits of `other`.
            pub fn remove(&mut self, other: Self) {
                self.0 &= !other.0;
            }

            /// The bits set here that no named flag covers.
            #[must_use]
            pub const fn unknown_bits(self) -> u64 {
                let mut known = 0;
                let mut i = 0;
                while i < Self::NAMED.len() {
                    known |= Self::NAMED[i].1 .0;
                    i += 1;
                }
                self.0 & !known
            }
        }

        impl std::ops::BitOr for $name {
            type Output = Self;

            fn bitor(self, other: Self) -> Self {
                Self(self.0 | other.0)
            }
        }

        impl std::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, other: Self) {
                self.0 |= other.0;
            }
        }

        impl std::ops::BitAnd for $name {
            type Output = Self;

            fn bitand(self, other: Self) -> Self {
                Self(self.0 & other.0)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let mut set = f.debug_set();
                for (name, flag) in Self::NAMED {
                    if flag.0 != 0 && self.contains(*flag) {
                        set.entry(&format_args!("{name}"));
                    }
                }
                if self.unknown_bits() != 0 {
                    set.entry(&format_args!("{:#x}", self.unknown_bits()));
                }
                set.finish()
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u64(self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // Discord sends flags as numbers; permission-like fields may come as strings.
                crate::flags::deserialize_bits(deserializer).map(Self)
            }
        }
    };
}

/// A union whose variant is chosen by the value of one property (Discord's `type`).
///
/// serde's internally tagged enums only take string tags, and Discord's tags are mostly
/// integers, so this reads the object once as a `serde_json::Value`, looks at the tag and decodes
/// the matching variant. A tag this version does not know decodes as `Unknown`, keeping the
/// object. Each variant's struct has the tag as a field of its own, so encoding is untagged.
macro_rules! tagged_union {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : $tag:literal {
            $($(#[$vmeta:meta])* $variant:ident($ty:ty) = [$($value:literal),+],)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant($ty),)*
            /// An object whose tag this version of the crate does not know, kept as sent.
            Unknown(serde_json::Value),
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                let tag = value.get($tag).cloned().unwrap_or(serde_json::Value::Null);
                $(
                    if [$(serde_json::Value::from($value)),+].contains(&tag) {
                        return serde_json::from_value(value)
                            .map(Self::$variant)
                            .map_err(serde::de::Error::custom);
                    }
                )*
                Ok(Self::Unknown(value))
            }
        }
    };
}
