//! Types of the `interactions` area of Discord's API.

use serde::{Deserialize, Serialize};

use super::common::*;

use crate::{Nullable, Snowflake};

/// Discord's `ActionRowComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionRowComponentForModalRequest {
    /// Discord's `components` field.
    pub components: Vec<TextInputComponentForModalRequest>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ActivityInstanceCallbackResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActivityInstanceCallbackResponse {
    /// Discord's `id` field.
    pub id: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ApplicationCommandAutocompleteCallbackRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCommandAutocompleteCallbackRequest {
    /// Discord's `data` field.
    pub data: ApplicationCommandAutocompleteCallbackRequestData,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One of the shapes of Discord's `ApplicationCommandAutocompleteCallbackRequestData`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ApplicationCommandAutocompleteCallbackRequestData {
    /// A `InteractionApplicationCommandAutocompleteCallbackIntegerData`.
    InteractionApplicationCommandAutocompleteCallbackIntegerData(
        InteractionApplicationCommandAutocompleteCallbackIntegerData,
    ),
    /// A `InteractionApplicationCommandAutocompleteCallbackNumberData`.
    InteractionApplicationCommandAutocompleteCallbackNumberData(
        InteractionApplicationCommandAutocompleteCallbackNumberData,
    ),
    /// A `InteractionApplicationCommandAutocompleteCallbackStringData`.
    InteractionApplicationCommandAutocompleteCallbackStringData(
        InteractionApplicationCommandAutocompleteCallbackStringData,
    ),
    /// A value of a shape this version of the crate does not know, kept as sent.
    Unknown(serde_json::Value),
}

/// Discord's `ChannelSelectComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelSelectComponentForModalRequest {
    /// Discord's `channel_types` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub channel_types: Nullable<Vec<ChannelTypes>>,
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<ChannelSelectDefaultValue>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CheckboxComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckboxComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CheckboxGroupComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckboxGroupComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `options` field.
    pub options: Vec<CheckboxGroupOptionForRequest>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CheckboxGroupOptionForRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckboxGroupOptionForRequest {
    /// Discord's `default` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default: Nullable<bool>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `label` field.
    pub label: String,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `CreateInteractionResponseRequest`.
    pub enum CreateInteractionResponseRequest: "type" {
        /// `type` 8: a [`ApplicationCommandAutocompleteCallbackRequest`].
        ApplicationCommandAutocompleteCallbackRequest(ApplicationCommandAutocompleteCallbackRequest) = [8],
        /// `type` 4, 5: a [`CreateMessageInteractionCallbackRequest`].
        CreateMessageInteractionCallbackRequest(CreateMessageInteractionCallbackRequest) = [4, 5],
        /// `type` 12: a [`LaunchActivityInteractionCallbackRequest`].
        LaunchActivityInteractionCallbackRequest(LaunchActivityInteractionCallbackRequest) = [12],
        /// `type` 9: a [`ModalInteractionCallbackRequest`].
        ModalInteractionCallbackRequest(ModalInteractionCallbackRequest) = [9],
        /// `type` 1: a [`PongInteractionCallbackRequest`].
        PongInteractionCallbackRequest(PongInteractionCallbackRequest) = [1],
        /// `type` 13: a [`SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest`].
        SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest(SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest) = [13],
        /// `type` 6, 7: a [`UpdateMessageInteractionCallbackRequest`].
        UpdateMessageInteractionCallbackRequest(UpdateMessageInteractionCallbackRequest) = [6, 7],
    }
}

/// Discord's `CreateMessageInteractionCallbackRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateMessageInteractionCallbackRequest {
    /// Discord's `data` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub data: Nullable<IncomingWebhookInteractionRequest>,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `CreateMessageInteractionCallbackResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateMessageInteractionCallbackResponse {
    /// Discord's `message` field.
    pub message: MessageResponse,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `FileUploadComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileUploadComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `IncomingWebhookInteractionRequest` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncomingWebhookInteractionRequest {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<IncomingWebhookInteractionRequestComponentsItem>>,
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
    /// Discord's `tts` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub tts: Nullable<bool>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `IncomingWebhookInteractionRequestComponentsItem`.
    pub enum IncomingWebhookInteractionRequestComponentsItem: "type" {
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

/// Discord's `IncomingWebhookUpdateForInteractionCallbackRequestPartial` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncomingWebhookUpdateForInteractionCallbackRequestPartial {
    /// Discord's `allowed_mentions` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub allowed_mentions: Nullable<MessageAllowedMentionsRequest>,
    /// Discord's `attachments` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<MessageAttachmentRequest>>,
    /// Discord's `components` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub components: Nullable<Vec<IncomingWebhookInteractionRequestComponentsItem>>,
    /// Discord's `content` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub content: Nullable<String>,
    /// Discord's `embeds` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub embeds: Nullable<Vec<RichEmbed>>,
    /// Discord's `flags` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flags: Nullable<MessageFlags>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InteractionApplicationCommandAutocompleteCallbackIntegerData` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InteractionApplicationCommandAutocompleteCallbackIntegerData {
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub choices: Nullable<Vec<Option<ApplicationCommandOptionIntegerChoice>>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InteractionApplicationCommandAutocompleteCallbackNumberData` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InteractionApplicationCommandAutocompleteCallbackNumberData {
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub choices: Nullable<Vec<Option<ApplicationCommandOptionNumberChoice>>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InteractionApplicationCommandAutocompleteCallbackStringData` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InteractionApplicationCommandAutocompleteCallbackStringData {
    /// Discord's `choices` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub choices: Nullable<Vec<Option<ApplicationCommandOptionStringChoice>>>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `InteractionCallbackResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InteractionCallbackResponse {
    /// Discord's `interaction` field.
    pub interaction: InteractionResponse,
    /// Discord's `resource` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<InteractionCallbackResponseResource>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `InteractionCallbackResponseResource`.
    pub enum InteractionCallbackResponseResource: "type" {
        /// `type` 4: a [`CreateMessageInteractionCallbackResponse`].
        CreateMessageInteractionCallbackResponse(CreateMessageInteractionCallbackResponse) = [4],
        /// `type` 12: a [`LaunchActivityInteractionCallbackResponse`].
        LaunchActivityInteractionCallbackResponse(LaunchActivityInteractionCallbackResponse) = [12],
        /// `type` 7: a [`UpdateMessageInteractionCallbackResponse`].
        UpdateMessageInteractionCallbackResponse(UpdateMessageInteractionCallbackResponse) = [7],
    }
}

int_enum! {
    /// The values of Discord's `InteractionCallbackTypes`.
    pub enum InteractionCallbackTypes {
        /// `1`.
        Pong = 1,
        /// `4`.
        ChannelMessageWithSource = 4,
        /// `5`.
        DeferredChannelMessageWithSource = 5,
        /// `6`.
        DeferredUpdateMessage = 6,
        /// `7`.
        UpdateMessage = 7,
        /// `8`.
        ApplicationCommandAutocompleteResult = 8,
        /// `9`.
        Modal = 9,
        /// `12`.
        LaunchActivity = 12,
        /// `13`.
        SocialLayerSkuPurchaseEligibility = 13,
    }
}

/// Discord's `InteractionResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InteractionResponse {
    /// Discord's `activity_instance_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_instance_id: Option<String>,
    /// Discord's `channel_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<Snowflake>,
    /// Discord's `guild_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guild_id: Option<Snowflake>,
    /// Discord's `id` field.
    pub id: Snowflake,
    /// Discord's `response_message_ephemeral` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_message_ephemeral: Option<bool>,
    /// Discord's `response_message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_message_id: Option<Snowflake>,
    /// Discord's `response_message_loading` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_message_loading: Option<bool>,
    /// Discord's `type` field.
    pub r#type: InteractionTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `LabelComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelComponentForModalRequest {
    /// Discord's `component` field.
    pub component: LabelComponentForModalRequestComponent,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `label` field.
    pub label: String,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `LabelComponentForModalRequestComponent`.
    pub enum LabelComponentForModalRequestComponent: "type" {
        /// `type` 8: a [`ChannelSelectComponentForModalRequest`].
        ChannelSelectComponentForModalRequest(ChannelSelectComponentForModalRequest) = [8],
        /// `type` 23: a [`CheckboxComponentForModalRequest`].
        CheckboxComponentForModalRequest(CheckboxComponentForModalRequest) = [23],
        /// `type` 22: a [`CheckboxGroupComponentForModalRequest`].
        CheckboxGroupComponentForModalRequest(CheckboxGroupComponentForModalRequest) = [22],
        /// `type` 19: a [`FileUploadComponentForModalRequest`].
        FileUploadComponentForModalRequest(FileUploadComponentForModalRequest) = [19],
        /// `type` 7: a [`MentionableSelectComponentForModalRequest`].
        MentionableSelectComponentForModalRequest(MentionableSelectComponentForModalRequest) = [7],
        /// `type` 21: a [`RadioGroupComponentForModalRequest`].
        RadioGroupComponentForModalRequest(RadioGroupComponentForModalRequest) = [21],
        /// `type` 6: a [`RoleSelectComponentForModalRequest`].
        RoleSelectComponentForModalRequest(RoleSelectComponentForModalRequest) = [6],
        /// `type` 3: a [`StringSelectComponentForModalRequest`].
        StringSelectComponentForModalRequest(StringSelectComponentForModalRequest) = [3],
        /// `type` 4: a [`TextInputComponentForModalRequest`].
        TextInputComponentForModalRequest(TextInputComponentForModalRequest) = [4],
        /// `type` 5: a [`UserSelectComponentForModalRequest`].
        UserSelectComponentForModalRequest(UserSelectComponentForModalRequest) = [5],
    }
}

/// Discord's `LaunchActivityInteractionCallbackRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LaunchActivityInteractionCallbackRequest {
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `LaunchActivityInteractionCallbackResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LaunchActivityInteractionCallbackResponse {
    /// Discord's `activity_instance` field.
    pub activity_instance: ActivityInstanceCallbackResponse,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `MentionableSelectComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionableSelectComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<MentionableSelectComponentForModalRequestDefaultValuesItem>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `MentionableSelectComponentForModalRequestDefaultValuesItem`.
    pub enum MentionableSelectComponentForModalRequestDefaultValuesItem: "type" {
        /// `type` "role": a [`RoleSelectDefaultValue`].
        RoleSelectDefaultValue(RoleSelectDefaultValue) = ["role"],
        /// `type` "user": a [`UserSelectDefaultValue`].
        UserSelectDefaultValue(UserSelectDefaultValue) = ["user"],
    }
}

/// Discord's `ModalInteractionCallbackRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModalInteractionCallbackRequest {
    /// Discord's `data` field.
    pub data: ModalInteractionCallbackRequestData,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `ModalInteractionCallbackRequestData` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModalInteractionCallbackRequestData {
    /// Discord's `components` field.
    pub components: Vec<ModalInteractionCallbackRequestDataComponentsItem>,
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `title` field.
    pub title: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

tagged_union! {
    /// One of the shapes of Discord's `ModalInteractionCallbackRequestDataComponentsItem`.
    pub enum ModalInteractionCallbackRequestDataComponentsItem: "type" {
        /// `type` 1: a [`ActionRowComponentForModalRequest`].
        ActionRowComponentForModalRequest(ActionRowComponentForModalRequest) = [1],
        /// `type` 18: a [`LabelComponentForModalRequest`].
        LabelComponentForModalRequest(LabelComponentForModalRequest) = [18],
        /// `type` 10: a [`TextDisplayComponentForModalRequest`].
        TextDisplayComponentForModalRequest(TextDisplayComponentForModalRequest) = [10],
    }
}

/// Discord's `PongInteractionCallbackRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PongInteractionCallbackRequest {
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RadioGroupComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RadioGroupComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `options` field.
    pub options: Vec<RadioGroupOptionForRequest>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RadioGroupOptionForRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RadioGroupOptionForRequest {
    /// Discord's `default` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default: Nullable<bool>,
    /// Discord's `description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,
    /// Discord's `label` field.
    pub label: String,
    /// Discord's `value` field.
    pub value: String,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `RoleSelectComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleSelectComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<RoleSelectDefaultValue>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

int_enum! {
    /// The values of Discord's `SKUIneligibilityReason`.
    pub enum SKUIneligibilityReason {
        /// Other / catch-all (`0`)
        Other = 0,
        /// User already owns this SKU or one of its components (`1`)
        OwnsSkuOrBundleComponent = 1,
        /// User account is not on an eligible platform (`2`)
        PlatformRestriction = 2,
    }
}

/// Discord's `SocialLayerSKUPurchaseEligibilityCallbackData` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SocialLayerSKUPurchaseEligibilityCallbackData {
    /// Discord's `eligible` field.
    pub eligible: bool,
    /// Discord's `ineligible_reason` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ineligible_reason: Nullable<SKUIneligibilityReason>,
    /// Discord's `ineligible_reason_description` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ineligible_reason_description: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest {
    /// Discord's `data` field.
    pub data: SocialLayerSKUPurchaseEligibilityCallbackData,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `StringSelectComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StringSelectComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `options` field.
    pub options: Vec<StringSelectOptionForRequest>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `TextDisplayComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextDisplayComponentForModalRequest {
    /// Discord's `content` field.
    pub content: String,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `TextInputComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextInputComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `label` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label: Nullable<String>,
    /// Discord's `max_length` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_length: Nullable<i64>,
    /// Discord's `min_length` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_length: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `style` field.
    pub style: TextInputStyleTypes,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Discord's `value` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub value: Nullable<String>,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateMessageInteractionCallbackRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpdateMessageInteractionCallbackRequest {
    /// Discord's `data` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub data: Nullable<IncomingWebhookUpdateForInteractionCallbackRequestPartial>,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UpdateMessageInteractionCallbackResponse` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpdateMessageInteractionCallbackResponse {
    /// Discord's `message` field.
    pub message: MessageResponse,
    /// Discord's `type` field.
    pub r#type: InteractionCallbackTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Discord's `UserSelectComponentForModalRequest` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserSelectComponentForModalRequest {
    /// Discord's `custom_id` field.
    pub custom_id: String,
    /// Discord's `default_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub default_values: Nullable<Vec<UserSelectDefaultValue>>,
    /// Discord's `disabled` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub disabled: Nullable<bool>,
    /// Discord's `id` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<i64>,
    /// Discord's `max_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub max_values: Nullable<i64>,
    /// Discord's `min_values` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub min_values: Nullable<i64>,
    /// Discord's `placeholder` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub placeholder: Nullable<String>,
    /// Discord's `required` field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub required: Nullable<bool>,
    /// Discord's `type` field.
    pub r#type: MessageComponentTypes,
    /// Fields this version of the crate does not know, kept as sent.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
