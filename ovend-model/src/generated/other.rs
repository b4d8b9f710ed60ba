//! Types of the `other` area of Discord's API.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

str_enum! {
    /// The values of Discord's `AuthorType`.
    pub enum AuthorType {
        /// `"user"`.
        User = "user",
        /// `"bot"`.
        Bot = "bot",
        /// `"webhook"`.
        Webhook = "webhook",
        /// `"-user"`.
        NoUser = "-user",
        /// `"-bot"`.
        NoBot = "-bot",
        /// `"-webhook"`.
        NoWebhook = "-webhook",
    }
}

/// A single error, either for an API response or a specific field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Error {
    /// Discord internal error code. See error code reference
    pub code: i64,
    /// Human-readable error message
    pub message: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `ErrorDetails`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ErrorDetails {
    /// A `InnerErrors`.
    InnerErrors(InnerErrors),
    /// A `BTreeMap<String, ErrorDetails>`.
    Object(BTreeMap<String, ErrorDetails>),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

/// Errors object returned by the Discord API
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorResponse {
    /// Discord internal error code. See error code reference
    pub code: i64,
    /// Discord's `errors` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<ErrorDetails>,
    /// Human-readable error message
    pub message: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

str_enum! {
    /// The values of Discord's `HasOption`.
    pub enum HasOption {
        /// `"link"`.
        Link = "link",
        /// `"embed"`.
        Embed = "embed",
        /// `"file"`.
        File = "file",
        /// `"image"`.
        Image = "image",
        /// `"video"`.
        Video = "video",
        /// `"sound"`.
        Sound = "sound",
        /// `"sticker"`.
        Sticker = "sticker",
        /// `"poll"`.
        Poll = "poll",
        /// `"snapshot"`.
        Snapshot = "snapshot",
        /// `"-link"`.
        NoLink = "-link",
        /// `"-embed"`.
        NoEmbed = "-embed",
        /// `"-file"`.
        NoFile = "-file",
        /// `"-image"`.
        NoImage = "-image",
        /// `"-video"`.
        NoVideo = "-video",
        /// `"-sound"`.
        NoSound = "-sound",
        /// `"-sticker"`.
        NoSticker = "-sticker",
        /// `"-poll"`.
        NoPoll = "-poll",
        /// `"-snapshot"`.
        NoSnapshot = "-snapshot",
    }
}

/// Discord's `InnerErrors` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InnerErrors {
    /// The list of errors for this field
    #[serde(rename = "_errors")]
    pub errors: Vec<Error>,
}

/// Ratelimit error object returned by the Discord API
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatelimitedResponse {
    /// Discord internal error code. See error code reference
    pub code: i64,
    /// Whether you are being ratelimited by the global ratelimit or a per-endpoint ratelimit
    pub global: bool,
    /// Human-readable error message
    pub message: String,
    /// The number of seconds to wait before retrying your request
    pub retry_after: f64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `ReactionTypes`.
    pub enum ReactionTypes {
        /// Normal reaction type (`0`)
        Normal = 0,
        /// Burst reaction type (`1`)
        Burst = 1,
    }
}

str_enum! {
    /// The values of Discord's `SearchableEmbedType`.
    pub enum SearchableEmbedType {
        /// `"image"`.
        Image = "image",
        /// `"video"`.
        Video = "video",
        /// `"gif"`.
        Gifv = "gif",
        /// `"sound"`.
        Sound = "sound",
        /// `"article"`.
        Article = "article",
    }
}

str_enum! {
    /// The values of Discord's `SortingMode`.
    pub enum SortingMode {
        /// `"relevance"`.
        Relevance = "relevance",
        /// `"timestamp"`.
        Timestamp = "timestamp",
    }
}

str_enum! {
    /// The values of Discord's `SortingOrder`.
    pub enum SortingOrder {
        /// `"asc"`.
        Asc = "asc",
        /// `"desc"`.
        Desc = "desc",
    }
}

str_enum! {
    /// The values of Discord's `ThreadSortingMode`.
    pub enum ThreadSortingMode {
        /// `"relevance"`.
        Relevance = "relevance",
        /// `"creation_time"`.
        CreationTime = "creation_time",
        /// `"last_message_time"`.
        LastMessageTime = "last_message_time",
        /// `"archive_time"`.
        ArchiveTime = "archive_time",
    }
}

str_enum! {
    /// The values of Discord's `WidgetImageStyles`.
    pub enum WidgetImageStyles {
        /// shield style widget with Discord icon and guild members online count (`"shield"`)
        Shield = "shield",
        /// large image with guild icon, name and online count. "POWERED BY DISCORD" as the footer of the widget (`"banner1"`)
        Banner1 = "banner1",
        /// smaller widget style with guild icon, name and online count. Split on the right with Discord logo (`"banner2"`)
        Banner2 = "banner2",
        /// large image with guild icon, name and online count. In the footer, Discord logo on the left and "Chat Now" on the right (`"banner3"`)
        Banner3 = "banner3",
        /// large Discord logo at the top of the widget. Guild icon, name and online count in the middle portion of the widget and a "JOIN MY SERVER" button at the bottom (`"banner4"`)
        Banner4 = "banner4",
    }
}
