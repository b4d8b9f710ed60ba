//! Types of the `webhooks` area of Discord's API.

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::{Nullable, Snowflake};

/// One of the shapes of Discord's `ExecuteWebhookRequest`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ExecuteWebhookRequest {
    /// A `IncomingWebhookRequestPartial`.
    IncomingWebhookRequestPartial(IncomingWebhookRequestPartial),
    /// A `IncomingWebhookUpdateRequestPartial`.
    IncomingWebhookUpdateRequestPartial(IncomingWebhookUpdateRequestPartial),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

tagged_union! {
    /// One of the shapes of Discord's `GetWebhookByTokenResponse`.
    pub enum GetWebhookByTokenResponse: "type" {
        /// `type` 3: a [`ApplicationIncomingWebhookResponse`].
        ApplicationIncomingWebhookResponse(ApplicationIncomingWebhookResponse) = [3],
        /// `type` 2: a [`ChannelFollowerWebhookResponse`].
        ChannelFollowerWebhookResponse(ChannelFollowerWebhookResponse) = [2],
        /// `type` 1: a [`GuildIncomingWebhookResponse`].
        GuildIncomingWebhookResponse(GuildIncomingWebhookResponse) = [1],
    }
}

tagged_union! {
    /// One of the shapes of Discord's `GetWebhookResponse`.
    pub enum GetWebhookResponse: "type" {
        /// `type` 3: a [`ApplicationIncomingWebhookResponse`].
        ApplicationIncomingWebhookResponse(ApplicationIncomingWebhookResponse) = [3],
        /// `type` 2: a [`ChannelFollowerWebhookResponse`].
        ChannelFollowerWebhookResponse(ChannelFollowerWebhookResponse) = [2],
        /// `type` 1: a [`GuildIncomingWebhookResponse`].
        GuildIncomingWebhookResponse(GuildIncomingWebhookResponse) = [1],
    }
}

/// Discord's `GithubAuthor` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubAuthor {
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `username` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub username: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubCheckApp` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubCheckApp {
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubCheckPullRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubCheckPullRequest {
    /// Discord's `number` field.
    pub number: i64,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubCheckRun` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubCheckRun {
    /// Discord's `check_suite` field.
    pub check_suite: GithubCheckSuite,
    /// Discord's `conclusion` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub conclusion: Nullable<String>,
    /// Discord's `details_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub details_url: Nullable<String>,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `name` field.
    pub name: String,
    /// Discord's `output` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub output: Nullable<GithubCheckRunOutput>,
    /// Discord's `pull_requests` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pull_requests: Nullable<Vec<GithubCheckPullRequest>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubCheckRunOutput` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GithubCheckRunOutput {
    /// Discord's `summary` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub summary: Nullable<String>,
    /// Discord's `title` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub title: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubCheckSuite` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubCheckSuite {
    /// Discord's `app` field.
    pub app: GithubCheckApp,
    /// Discord's `conclusion` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub conclusion: Nullable<String>,
    /// Discord's `head_branch` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub head_branch: Nullable<String>,
    /// Discord's `head_sha` field.
    pub head_sha: String,
    /// Discord's `pull_requests` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pull_requests: Nullable<Vec<GithubCheckPullRequest>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubComment` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubComment {
    /// Discord's `body` field.
    pub body: String,
    /// Discord's `commit_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub commit_id: Nullable<String>,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `user` field.
    pub user: GithubUser,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubCommit` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubCommit {
    /// Discord's `author` field.
    pub author: GithubAuthor,
    /// Discord's `id` field.
    pub id: String,
    /// Discord's `message` field.
    pub message: String,
    /// Discord's `url` field.
    pub url: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubDiscussion` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubDiscussion {
    /// Discord's `answer_html_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub answer_html_url: Nullable<String>,
    /// Discord's `body` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `number` field.
    pub number: i64,
    /// Discord's `title` field.
    pub title: String,
    /// Discord's `user` field.
    pub user: GithubUser,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubIssue` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubIssue {
    /// Discord's `body` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `number` field.
    pub number: i64,
    /// Discord's `pull_request` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_request: Option<serde_json::Value>,
    /// Discord's `title` field.
    pub title: String,
    /// Discord's `user` field.
    pub user: GithubUser,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubRelease` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubRelease {
    /// Discord's `author` field.
    pub author: GithubUser,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `tag_name` field.
    pub tag_name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubRepository` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubRepository {
    /// Discord's `full_name` field.
    pub full_name: String,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `name` field.
    pub name: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubReview` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubReview {
    /// Discord's `body` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `state` field.
    pub state: String,
    /// Discord's `user` field.
    pub user: GithubUser,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubUser` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubUser {
    /// Discord's `avatar_url` field.
    pub avatar_url: String,
    /// Discord's `html_url` field.
    pub html_url: String,
    /// Discord's `id` field.
    pub id: i64,
    /// Discord's `login` field.
    pub login: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `GithubWebhook` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GithubWebhook {
    /// Discord's `action` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub action: Nullable<String>,
    /// Discord's `answer` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub answer: Nullable<GithubComment>,
    /// Discord's `check_run` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub check_run: Nullable<GithubCheckRun>,
    /// Discord's `check_suite` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub check_suite: Nullable<GithubCheckSuite>,
    /// Discord's `comment` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub comment: Nullable<GithubComment>,
    /// Discord's `commits` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub commits: Nullable<Vec<GithubCommit>>,
    /// Discord's `compare` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub compare: Nullable<String>,
    /// Discord's `discussion` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub discussion: Nullable<GithubDiscussion>,
    /// Discord's `forced` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub forced: Nullable<bool>,
    /// Discord's `forkee` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub forkee: Nullable<GithubRepository>,
    /// Discord's `head_commit` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub head_commit: Nullable<GithubCommit>,
    /// Discord's `issue` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub issue: Nullable<GithubIssue>,
    /// Discord's `member` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member: Nullable<GithubUser>,
    /// Discord's `pull_request` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pull_request: Nullable<GithubIssue>,
    /// Discord's `ref` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub r#ref: Nullable<String>,
    /// Discord's `ref_type` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ref_type: Nullable<String>,
    /// Discord's `release` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub release: Nullable<GithubRelease>,
    /// Discord's `repository` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub repository: Nullable<GithubRepository>,
    /// Discord's `review` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub review: Nullable<GithubReview>,
    /// Discord's `sender` field.
    pub sender: GithubUser,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `IncomingWebhookRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncomingWebhookRequestPartial {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `applied_tags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub applied_tags: Nullable<Vec<Snowflake>>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `avatar_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub avatar_url: Nullable<String>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<IncomingWebhookRequestPartialComponentsItem>>,
    /// Discord's `content` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub content: Nullable<String>,
    /// Discord's `embeds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub embeds: Nullable<Vec<RichEmbed>>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<MessageFlags>,
    /// Discord's `poll` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll: Nullable<PollCreateRequest>,
    /// Discord's `thread_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub thread_name: Nullable<String>,
    /// Discord's `tts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub tts: Nullable<bool>,
    /// Discord's `username` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub username: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `IncomingWebhookRequestPartialComponentsItem`.
    pub enum IncomingWebhookRequestPartialComponentsItem: "type" {
        /// `type` 1: a [`ActionRowComponentForMessageRequest`].
        ActionRowComponentForMessageRequest(ActionRowComponentForMessageRequest) = [1],
        /// `type` 17: a [`ContainerComponentForMessageRequest`].
        ContainerComponentForMessageRequest(ContainerComponentForMessageRequest) = [17],
        /// `type` 13: a [`FileComponentForMessageRequest`].
        FileComponentForMessageRequest(FileComponentForMessageRequest) = [13],
        /// `type` 12: a [`MediaGalleryComponentForMessageRequest`].
        MediaGalleryComponentForMessageRequest(MediaGalleryComponentForMessageRequest) = [12],
        /// `type` 9: a [`SectionComponentForMessageRequest`].
        SectionComponentForMessageRequest(SectionComponentForMessageRequest) = [9],
        /// `type` 14: a [`SeparatorComponentForMessageRequest`].
        SeparatorComponentForMessageRequest(SeparatorComponentForMessageRequest) = [14],
        /// `type` 10: a [`TextDisplayComponentForMessageRequest`].
        TextDisplayComponentForMessageRequest(TextDisplayComponentForMessageRequest) = [10],
    }
}

/// Discord's `IncomingWebhookUpdateRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncomingWebhookUpdateRequestPartial {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<IncomingWebhookRequestPartialComponentsItem>>,
    /// Discord's `content` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub content: Nullable<String>,
    /// Discord's `embeds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub embeds: Nullable<Vec<RichEmbed>>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<MessageFlags>,
    /// Discord's `poll` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll: Nullable<PollCreateRequest>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SlackWebhook` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SlackWebhook {
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<WebhookSlackEmbed>>,
    /// Discord's `icon_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub icon_url: Nullable<String>,
    /// Discord's `text` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub text: Nullable<String>,
    /// Discord's `username` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub username: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateWebhookByTokenRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateWebhookByTokenRequest {
    /// Discord's `avatar` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub avatar: Nullable<String>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `UpdateWebhookByTokenResponse`.
    pub enum UpdateWebhookByTokenResponse: "type" {
        /// `type` 3: a [`ApplicationIncomingWebhookResponse`].
        ApplicationIncomingWebhookResponse(ApplicationIncomingWebhookResponse) = [3],
        /// `type` 2: a [`ChannelFollowerWebhookResponse`].
        ChannelFollowerWebhookResponse(ChannelFollowerWebhookResponse) = [2],
        /// `type` 1: a [`GuildIncomingWebhookResponse`].
        GuildIncomingWebhookResponse(GuildIncomingWebhookResponse) = [1],
    }
}

/// Discord's `UpdateWebhookRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateWebhookRequest {
    /// Discord's `avatar` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub avatar: Nullable<String>,
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_id: Nullable<Snowflake>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `UpdateWebhookResponse`.
    pub enum UpdateWebhookResponse: "type" {
        /// `type` 3: a [`ApplicationIncomingWebhookResponse`].
        ApplicationIncomingWebhookResponse(ApplicationIncomingWebhookResponse) = [3],
        /// `type` 2: a [`ChannelFollowerWebhookResponse`].
        ChannelFollowerWebhookResponse(ChannelFollowerWebhookResponse) = [2],
        /// `type` 1: a [`GuildIncomingWebhookResponse`].
        GuildIncomingWebhookResponse(GuildIncomingWebhookResponse) = [1],
    }
}

/// Discord's `WebhookSlackEmbed` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebhookSlackEmbed {
    /// Discord's `author_icon` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub author_icon: Nullable<String>,
    /// Discord's `author_link` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub author_link: Nullable<String>,
    /// Discord's `author_name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub author_name: Nullable<String>,
    /// Discord's `color` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub color: Nullable<String>,
    /// Discord's `fields` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub fields: Nullable<Vec<WebhookSlackEmbedField>>,
    /// Discord's `footer` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub footer: Nullable<String>,
    /// Discord's `footer_icon` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub footer_icon: Nullable<String>,
    /// Discord's `image_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image_url: Nullable<String>,
    /// Discord's `pretext` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pretext: Nullable<String>,
    /// Discord's `text` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub text: Nullable<String>,
    /// Discord's `thumb_url` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub thumb_url: Nullable<String>,
    /// Discord's `title` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub title: Nullable<String>,
    /// Discord's `title_link` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub title_link: Nullable<String>,
    /// Discord's `ts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ts: Nullable<i64>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `WebhookSlackEmbedField` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebhookSlackEmbedField {
    /// Discord's `inline` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub inline: Nullable<bool>,
    /// Discord's `name` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,
    /// Discord's `value` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub value: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
