//! The tri-state of a field in a request body: absent, `null`, or a value.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A request field that may be left out, sent as `null`, or sent with a value.
///
/// In a PATCH body these mean different things to Discord: an absent field is left as it is,
/// while `null` clears it (a channel's `topic`, a member's `nick`). `Option<T>` cannot say both,
/// so request schemas use `Nullable<T>` for fields that are optional *and* nullable. Fields of
/// this type carry `#[serde(default, skip_serializing_if = "Nullable::is_absent")]`, so an
/// absent field is not written and a missing key decodes as [`Nullable::Absent`].
///
/// ```
/// use ovend_model::Nullable;
///
/// let cleared: Nullable<String> = Nullable::Null;
/// assert_eq!(serde_json::to_string(&cleared).unwrap(), "null");
/// assert_eq!(Nullable::from(Some(1)), Nullable::Value(1));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Nullable<T> {
    /// Not sent: the field keeps its current value.
    #[default]
    Absent,
    /// Sent as `null`: the field is cleared.
    Null,
    /// Sent with this value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the field is absent (used by `skip_serializing_if`).
    #[must_use]
    pub const fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// Whether the field is an explicit `null`.
    #[must_use]
    pub const fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// The value, if there is one.
    #[must_use]
    pub const fn as_ref(&self) -> Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// The value, if there is one, dropping the difference between absent and `null`.
    #[must_use]
    pub fn into_option(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `Some` is a value and `None` is an explicit `null` (use `Nullable::Absent` to leave a field out).
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Null, Self::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Value(value) => serializer.serialize_some(value),
            // An absent field is skipped by its `skip_serializing_if`; if it is serialized anyway
            // (say, inside a `Vec`), `null` is the closest JSON has.
            Self::Absent | Self::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Only called when the key is present; a missing key takes the `Default`, `Absent`.
        Option::<T>::deserialize(deserializer).map(Self::from)
    }
}
