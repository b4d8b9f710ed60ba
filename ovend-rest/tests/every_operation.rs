//! Every operation of Discord's OpenAPI description, called through its typed
//! method on `RestClient` against the emulator, and its answer decoded into the
//! `ovend-model` response type.
//!
//! Paths and bodies are prepared as in `ovend-testkit/tests/every_operation.rs`:
//! ids unique to each operation (`ApiOperation::unique_path`), the state the
//! emulator's hand-written routes need created first, and the minimal body
//! Discord accepts (`ApiOperation::minimal_valid_body`) decoded into the typed body.

mod common;

use ovend_rest::{Error, FromResponse, RestClient, TypedRequest};
use ovend_testkit::{api_operations, ApiOperation, MockDiscord};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// The path's parameters by name.
struct Filled(Vec<(String, String)>);

impl Filled {
    fn new(template: &str, path: &str) -> Self {
        let pairs = template.split('/').zip(path.split('/'));
        Self(
            pairs
                .filter_map(|(t, v)| {
                    let name = t.strip_prefix('{')?.strip_suffix('}')?;
                    Some((name.to_owned(), v.to_owned()))
                })
                .collect(),
        )
    }

    fn get(&self, name: &str) -> &str {
        &self
            .0
            .iter()
            .find(|(n, _)| n == name)
            .expect("a path parameter")
            .1
    }
}

fn id(path: &Filled, name: &str) -> u64 {
    path.get(name).parse().expect("a snowflake")
}

fn int(path: &Filled, name: &str) -> i64 {
    path.get(name).parse().expect("an integer")
}

fn text(path: &Filled, name: &str) -> String {
    path.get(name).to_owned()
}

fn segment_after<'a>(path: &'a str, name: &str) -> &'a str {
    let mut parts = path.split('/');
    parts.find(|p| *p == name);
    parts.next().unwrap_or_default()
}

/// Creates what the hand-written (stateful) routes need before they answer
/// 2xx: the message a path names, or an interaction's original response.
async fn prepare(client: &RestClient, template: &str, path: &str) -> String {
    if template.starts_with("/channels/{channel_id}/messages/{message_id}") {
        let channel: u64 = segment_after(path, "channels").parse().unwrap();
        let body = serde_json::from_value(json!({ "content": "x" })).unwrap();
        let created = client.create_message(channel, &body).await.unwrap();
        let prefix = format!("/channels/{channel}/messages/");
        let rest = path.strip_prefix(&prefix).unwrap();
        let tail = rest
            .split_once('/')
            .map_or(String::new(), |(_, t)| format!("/{t}"));
        return format!("{prefix}{}{tail}", created.id);
    }
    if template.starts_with("/webhooks/{webhook_id}/{webhook_token}/messages/") {
        let mut parts: Vec<String> = path.split('/').map(str::to_owned).collect();
        let (hook, token) = (parts[2].clone(), parts[3].clone());
        if template.ends_with("@original") {
            let callback = format!("/interactions/{hook}/{token}/callback");
            client
                .post(callback)
                .json(&json!({ "type": 4, "data": { "content": "hi" } }))
                .await
                .expect("the original response");
        } else {
            let created: Value = client
                .post(format!("/webhooks/{hook}/{token}?wait=true"))
                .json(&json!({ "content": "hi" }))
                .await
                .unwrap()
                .json()
                .unwrap();
            parts[5] = created["id"].as_str().unwrap().to_owned();
        }
        return parts.join("/");
    }
    if template == "/guilds/{guild_id}/bans/{user_id}" {
        client.put(path).json(&json!({})).await.expect("ban first");
    }
    path.to_owned()
}

/// The minimal body, plus what Discord requires beyond the schema: content
/// in a new message (50006 for an empty one) and at least one user to ban;
/// decoded into the operation's typed body.
fn body<T: DeserializeOwned>(op: &ApiOperation) -> Result<T, String> {
    let body = op.minimal_valid_body().unwrap_or(Value::Null);
    serde_json::from_value(body.clone())
        .map_err(|e| format!("the minimal body {body} is not the typed body: {e}"))
}

async fn done<T: FromResponse>(request: TypedRequest<T>) -> Result<(), String> {
    request.await.map(drop).map_err(|e: Error| format!("{e}"))
}

async fn call(client: &RestClient, op: &ApiOperation, n: usize) -> Result<(), String> {
    let path = prepare(client, op.template(), &op.unique_path(n)).await;
    let path = Filled::new(op.template(), &path);
    match op.operation_id() {
        "get_my_application" => done(client.get_my_application()).await,
        "update_my_application" => done(client.update_my_application(&body(op)?)).await,
        "get_application" => done(client.get_application(id(&path, "application_id"))).await,
        "update_application" => {
            done(client.update_application(id(&path, "application_id"), &body(op)?)).await
        }
        "applications_get_activity_instance" => {
            done(client.applications_get_activity_instance(
                id(&path, "application_id"),
                &text(&path, "instance_id"),
            ))
            .await
        }
        "upload_application_attachment" => {
            done(client.upload_application_attachment(id(&path, "application_id"))).await
        }
        "list_application_commands" => {
            done(client.list_application_commands(id(&path, "application_id"), &Default::default()))
                .await
        }
        "bulk_set_application_commands" => {
            done(client.bulk_set_application_commands(id(&path, "application_id"), &body(op)?))
                .await
        }
        "create_application_command" => {
            done(client.create_application_command(id(&path, "application_id"), &body(op)?)).await
        }
        "get_application_command" => {
            done(
                client
                    .get_application_command(id(&path, "application_id"), id(&path, "command_id")),
            )
            .await
        }
        "delete_application_command" => {
            done(
                client.delete_application_command(
                    id(&path, "application_id"),
                    id(&path, "command_id"),
                ),
            )
            .await
        }
        "update_application_command" => {
            done(client.update_application_command(
                id(&path, "application_id"),
                id(&path, "command_id"),
                &body(op)?,
            ))
            .await
        }
        "list_application_emojis" => {
            done(client.list_application_emojis(id(&path, "application_id"))).await
        }
        "create_application_emoji" => {
            done(client.create_application_emoji(id(&path, "application_id"), &body(op)?)).await
        }
        "get_application_emoji" => {
            done(client.get_application_emoji(id(&path, "application_id"), id(&path, "emoji_id")))
                .await
        }
        "delete_application_emoji" => {
            done(
                client.delete_application_emoji(id(&path, "application_id"), id(&path, "emoji_id")),
            )
            .await
        }
        "update_application_emoji" => {
            done(client.update_application_emoji(
                id(&path, "application_id"),
                id(&path, "emoji_id"),
                &body(op)?,
            ))
            .await
        }
        "get_entitlements" => {
            done(client.get_entitlements(id(&path, "application_id"), &Default::default())).await
        }
        "create_entitlement" => {
            done(client.create_entitlement(id(&path, "application_id"), &body(op)?)).await
        }
        "get_entitlement" => {
            done(client.get_entitlement(id(&path, "application_id"), id(&path, "entitlement_id")))
                .await
        }
        "delete_entitlement" => {
            done(
                client.delete_entitlement(id(&path, "application_id"), id(&path, "entitlement_id")),
            )
            .await
        }
        "consume_entitlement" => {
            done(
                client
                    .consume_entitlement(id(&path, "application_id"), id(&path, "entitlement_id")),
            )
            .await
        }
        "list_guild_application_commands" => {
            done(client.list_guild_application_commands(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                &Default::default(),
            ))
            .await
        }
        "bulk_set_guild_application_commands" => {
            done(client.bulk_set_guild_application_commands(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                &body(op)?,
            ))
            .await
        }
        "create_guild_application_command" => {
            done(client.create_guild_application_command(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                &body(op)?,
            ))
            .await
        }
        "list_guild_application_command_permissions" => {
            done(client.list_guild_application_command_permissions(
                id(&path, "application_id"),
                id(&path, "guild_id"),
            ))
            .await
        }
        "get_guild_application_command" => {
            done(client.get_guild_application_command(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                id(&path, "command_id"),
            ))
            .await
        }
        "delete_guild_application_command" => {
            done(client.delete_guild_application_command(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                id(&path, "command_id"),
            ))
            .await
        }
        "update_guild_application_command" => {
            done(client.update_guild_application_command(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                id(&path, "command_id"),
                &body(op)?,
            ))
            .await
        }
        "get_guild_application_command_permissions" => {
            done(client.get_guild_application_command_permissions(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                id(&path, "command_id"),
            ))
            .await
        }
        "set_guild_application_command_permissions" => {
            done(client.set_guild_application_command_permissions(
                id(&path, "application_id"),
                id(&path, "guild_id"),
                id(&path, "command_id"),
                &body(op)?,
            ))
            .await
        }
        "get_application_role_connections_metadata" => {
            done(client.get_application_role_connections_metadata(id(&path, "application_id")))
                .await
        }
        "update_application_role_connections_metadata" => {
            done(client.update_application_role_connections_metadata(
                id(&path, "application_id"),
                &body(op)?,
            ))
            .await
        }
        "get_channel" => done(client.get_channel(id(&path, "channel_id"))).await,
        "delete_channel" => done(client.delete_channel(id(&path, "channel_id"))).await,
        "update_channel" => done(client.update_channel(id(&path, "channel_id"), &body(op)?)).await,
        "follow_channel" => done(client.follow_channel(id(&path, "channel_id"), &body(op)?)).await,
        "list_channel_invites" => done(client.list_channel_invites(id(&path, "channel_id"))).await,
        "create_channel_invite" => {
            done(client.create_channel_invite(id(&path, "channel_id"), &body(op)?)).await
        }
        "list_messages" => {
            done(client.list_messages(id(&path, "channel_id"), &Default::default())).await
        }
        "create_message" => done(client.create_message(id(&path, "channel_id"), &body(op)?)).await,
        "bulk_delete_messages" => {
            done(client.bulk_delete_messages(id(&path, "channel_id"), &body(op)?)).await
        }
        "list_pins" => done(client.list_pins(id(&path, "channel_id"), &Default::default())).await,
        "create_pin" => {
            done(client.create_pin(id(&path, "channel_id"), id(&path, "message_id"))).await
        }
        "delete_pin" => {
            done(client.delete_pin(id(&path, "channel_id"), id(&path, "message_id"))).await
        }
        "get_message" => {
            done(client.get_message(id(&path, "channel_id"), id(&path, "message_id"))).await
        }
        "delete_message" => {
            done(client.delete_message(id(&path, "channel_id"), id(&path, "message_id"))).await
        }
        "update_message" => {
            done(client.update_message(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                &body(op)?,
            ))
            .await
        }
        "crosspost_message" => {
            done(client.crosspost_message(id(&path, "channel_id"), id(&path, "message_id"))).await
        }
        "delete_all_message_reactions" => {
            done(
                client
                    .delete_all_message_reactions(id(&path, "channel_id"), id(&path, "message_id")),
            )
            .await
        }
        "list_message_reactions_by_emoji" => {
            done(client.list_message_reactions_by_emoji(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                &text(&path, "emoji_name"),
                &Default::default(),
            ))
            .await
        }
        "delete_all_message_reactions_by_emoji" => {
            done(client.delete_all_message_reactions_by_emoji(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                &text(&path, "emoji_name"),
            ))
            .await
        }
        "add_my_message_reaction" => {
            done(client.add_my_message_reaction(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                &text(&path, "emoji_name"),
            ))
            .await
        }
        "delete_my_message_reaction" => {
            done(client.delete_my_message_reaction(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                &text(&path, "emoji_name"),
            ))
            .await
        }
        "delete_user_message_reaction" => {
            done(client.delete_user_message_reaction(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                &text(&path, "emoji_name"),
                id(&path, "user_id"),
            ))
            .await
        }
        "create_thread_from_message" => {
            done(client.create_thread_from_message(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                &body(op)?,
            ))
            .await
        }
        "set_channel_permission_overwrite" => {
            done(client.set_channel_permission_overwrite(
                id(&path, "channel_id"),
                id(&path, "overwrite_id"),
                &body(op)?,
            ))
            .await
        }
        "delete_channel_permission_overwrite" => {
            done(client.delete_channel_permission_overwrite(
                id(&path, "channel_id"),
                id(&path, "overwrite_id"),
            ))
            .await
        }
        "deprecated_list_pins" => done(client.deprecated_list_pins(id(&path, "channel_id"))).await,
        "deprecated_create_pin" => {
            done(client.deprecated_create_pin(id(&path, "channel_id"), id(&path, "message_id")))
                .await
        }
        "deprecated_delete_pin" => {
            done(client.deprecated_delete_pin(id(&path, "channel_id"), id(&path, "message_id")))
                .await
        }
        "get_answer_voters" => {
            done(client.get_answer_voters(
                id(&path, "channel_id"),
                id(&path, "message_id"),
                int(&path, "answer_id"),
                &Default::default(),
            ))
            .await
        }
        "poll_expire" => {
            done(client.poll_expire(id(&path, "channel_id"), id(&path, "message_id"))).await
        }
        "add_group_dm_user" => {
            done(client.add_group_dm_user(
                id(&path, "channel_id"),
                id(&path, "user_id"),
                &body(op)?,
            ))
            .await
        }
        "delete_group_dm_user" => {
            done(client.delete_group_dm_user(id(&path, "channel_id"), id(&path, "user_id"))).await
        }
        "send_soundboard_sound" => {
            done(client.send_soundboard_sound(id(&path, "channel_id"), &body(op)?)).await
        }
        "list_thread_members" => {
            done(client.list_thread_members(id(&path, "channel_id"), &Default::default())).await
        }
        "join_thread" => done(client.join_thread(id(&path, "channel_id"))).await,
        "leave_thread" => done(client.leave_thread(id(&path, "channel_id"))).await,
        "get_thread_member" => {
            done(client.get_thread_member(
                id(&path, "channel_id"),
                id(&path, "user_id"),
                &Default::default(),
            ))
            .await
        }
        "add_thread_member" => {
            done(client.add_thread_member(id(&path, "channel_id"), id(&path, "user_id"))).await
        }
        "delete_thread_member" => {
            done(client.delete_thread_member(id(&path, "channel_id"), id(&path, "user_id"))).await
        }
        "create_thread" => done(client.create_thread(id(&path, "channel_id"), &body(op)?)).await,
        "list_private_archived_threads" => {
            done(client.list_private_archived_threads(id(&path, "channel_id"), &Default::default()))
                .await
        }
        "list_public_archived_threads" => {
            done(client.list_public_archived_threads(id(&path, "channel_id"), &Default::default()))
                .await
        }
        "thread_search" => {
            done(client.thread_search(id(&path, "channel_id"), &Default::default())).await
        }
        "trigger_typing_indicator" => {
            done(client.trigger_typing_indicator(id(&path, "channel_id"))).await
        }
        "list_my_private_archived_threads" => {
            done(
                client
                    .list_my_private_archived_threads(id(&path, "channel_id"), &Default::default()),
            )
            .await
        }
        "update_voice_channel_status" => {
            done(client.update_voice_channel_status(id(&path, "channel_id"), &body(op)?)).await
        }
        "list_channel_webhooks" => {
            done(client.list_channel_webhooks(id(&path, "channel_id"))).await
        }
        "create_webhook" => done(client.create_webhook(id(&path, "channel_id"), &body(op)?)).await,
        "get_gateway" => done(client.get_gateway()).await,
        "get_bot_gateway" => done(client.get_bot_gateway()).await,
        "get_guild_template" => done(client.get_guild_template(&text(&path, "code"))).await,
        "get_guild" => done(client.get_guild(id(&path, "guild_id"), &Default::default())).await,
        "update_guild" => done(client.update_guild(id(&path, "guild_id"), &body(op)?)).await,
        "list_guild_audit_log_entries" => {
            done(client.list_guild_audit_log_entries(id(&path, "guild_id"), &Default::default()))
                .await
        }
        "list_auto_moderation_rules" => {
            done(client.list_auto_moderation_rules(id(&path, "guild_id"))).await
        }
        "create_auto_moderation_rule" => {
            done(client.create_auto_moderation_rule(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_auto_moderation_rule" => {
            done(client.get_auto_moderation_rule(id(&path, "guild_id"), id(&path, "rule_id"))).await
        }
        "delete_auto_moderation_rule" => {
            done(client.delete_auto_moderation_rule(id(&path, "guild_id"), id(&path, "rule_id")))
                .await
        }
        "update_auto_moderation_rule" => {
            done(client.update_auto_moderation_rule(
                id(&path, "guild_id"),
                id(&path, "rule_id"),
                &body(op)?,
            ))
            .await
        }
        "list_guild_bans" => {
            done(client.list_guild_bans(id(&path, "guild_id"), &Default::default())).await
        }
        "get_guild_ban" => {
            done(client.get_guild_ban(id(&path, "guild_id"), id(&path, "user_id"))).await
        }
        "ban_user_from_guild" => {
            done(client.ban_user_from_guild(
                id(&path, "guild_id"),
                id(&path, "user_id"),
                &body(op)?,
            ))
            .await
        }
        "unban_user_from_guild" => {
            done(client.unban_user_from_guild(
                id(&path, "guild_id"),
                id(&path, "user_id"),
                &body(op)?,
            ))
            .await
        }
        "bulk_ban_users_from_guild" => {
            done(client.bulk_ban_users_from_guild(id(&path, "guild_id"), &body(op)?)).await
        }
        "list_guild_channels" => done(client.list_guild_channels(id(&path, "guild_id"))).await,
        "create_guild_channel" => {
            done(client.create_guild_channel(id(&path, "guild_id"), &body(op)?)).await
        }
        "bulk_update_guild_channels" => {
            done(client.bulk_update_guild_channels(id(&path, "guild_id"), &body(op)?)).await
        }
        "list_guild_emojis" => done(client.list_guild_emojis(id(&path, "guild_id"))).await,
        "create_guild_emoji" => {
            done(client.create_guild_emoji(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_guild_emoji" => {
            done(client.get_guild_emoji(id(&path, "guild_id"), id(&path, "emoji_id"))).await
        }
        "delete_guild_emoji" => {
            done(client.delete_guild_emoji(id(&path, "guild_id"), id(&path, "emoji_id"))).await
        }
        "update_guild_emoji" => {
            done(client.update_guild_emoji(
                id(&path, "guild_id"),
                id(&path, "emoji_id"),
                &body(op)?,
            ))
            .await
        }
        "update_guild_incident_actions" => {
            done(client.update_guild_incident_actions(id(&path, "guild_id"), &body(op)?)).await
        }
        "list_guild_integrations" => {
            done(client.list_guild_integrations(id(&path, "guild_id"))).await
        }
        "delete_guild_integration" => {
            done(
                client.delete_guild_integration(id(&path, "guild_id"), id(&path, "integration_id")),
            )
            .await
        }
        "list_guild_invites" => done(client.list_guild_invites(id(&path, "guild_id"))).await,
        "list_guild_members" => {
            done(client.list_guild_members(id(&path, "guild_id"), &Default::default())).await
        }
        "update_my_guild_member" => {
            done(client.update_my_guild_member(id(&path, "guild_id"), &body(op)?)).await
        }
        "search_guild_members" => {
            done(client.search_guild_members(id(&path, "guild_id"), &Default::default())).await
        }
        "get_guild_member" => {
            done(client.get_guild_member(id(&path, "guild_id"), id(&path, "user_id"))).await
        }
        "add_guild_member" => {
            done(client.add_guild_member(id(&path, "guild_id"), id(&path, "user_id"), &body(op)?))
                .await
        }
        "delete_guild_member" => {
            done(client.delete_guild_member(id(&path, "guild_id"), id(&path, "user_id"))).await
        }
        "update_guild_member" => {
            done(client.update_guild_member(
                id(&path, "guild_id"),
                id(&path, "user_id"),
                &body(op)?,
            ))
            .await
        }
        "add_guild_member_role" => {
            done(client.add_guild_member_role(
                id(&path, "guild_id"),
                id(&path, "user_id"),
                id(&path, "role_id"),
            ))
            .await
        }
        "delete_guild_member_role" => {
            done(client.delete_guild_member_role(
                id(&path, "guild_id"),
                id(&path, "user_id"),
                id(&path, "role_id"),
            ))
            .await
        }
        "guild_search" => {
            done(client.guild_search(id(&path, "guild_id"), &Default::default())).await
        }
        "get_guild_new_member_welcome" => {
            done(client.get_guild_new_member_welcome(id(&path, "guild_id"))).await
        }
        "get_guilds_onboarding" => done(client.get_guilds_onboarding(id(&path, "guild_id"))).await,
        "put_guilds_onboarding" => {
            done(client.put_guilds_onboarding(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_guild_preview" => done(client.get_guild_preview(id(&path, "guild_id"))).await,
        "preview_prune_guild" => {
            done(client.preview_prune_guild(id(&path, "guild_id"), &Default::default())).await
        }
        "prune_guild" => done(client.prune_guild(id(&path, "guild_id"), &body(op)?)).await,
        "list_guild_voice_regions" => {
            done(client.list_guild_voice_regions(id(&path, "guild_id"))).await
        }
        "get_guild_join_requests" => {
            done(client.get_guild_join_requests(id(&path, "guild_id"), &Default::default())).await
        }
        "action_guild_join_request" => {
            done(client.action_guild_join_request(
                id(&path, "guild_id"),
                id(&path, "request_id"),
                &body(op)?,
            ))
            .await
        }
        "list_guild_roles" => done(client.list_guild_roles(id(&path, "guild_id"))).await,
        "create_guild_role" => {
            done(client.create_guild_role(id(&path, "guild_id"), &body(op)?)).await
        }
        "bulk_update_guild_roles" => {
            done(client.bulk_update_guild_roles(id(&path, "guild_id"), &body(op)?)).await
        }
        "guild_role_member_counts" => {
            done(client.guild_role_member_counts(id(&path, "guild_id"))).await
        }
        "get_guild_role" => {
            done(client.get_guild_role(id(&path, "guild_id"), id(&path, "role_id"))).await
        }
        "delete_guild_role" => {
            done(client.delete_guild_role(id(&path, "guild_id"), id(&path, "role_id"))).await
        }
        "update_guild_role" => {
            done(client.update_guild_role(id(&path, "guild_id"), id(&path, "role_id"), &body(op)?))
                .await
        }
        "list_guild_scheduled_events" => {
            done(client.list_guild_scheduled_events(id(&path, "guild_id"), &Default::default()))
                .await
        }
        "create_guild_scheduled_event" => {
            done(client.create_guild_scheduled_event(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_guild_scheduled_event" => {
            done(client.get_guild_scheduled_event(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                &Default::default(),
            ))
            .await
        }
        "delete_guild_scheduled_event" => {
            done(client.delete_guild_scheduled_event(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
            ))
            .await
        }
        "update_guild_scheduled_event" => {
            done(client.update_guild_scheduled_event(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                &body(op)?,
            ))
            .await
        }
        "create_guild_scheduled_event_exception" => {
            done(client.create_guild_scheduled_event_exception(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                &body(op)?,
            ))
            .await
        }
        "delete_guild_scheduled_event_exception" => {
            done(client.delete_guild_scheduled_event_exception(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                id(&path, "exception_id"),
            ))
            .await
        }
        "update_guild_scheduled_event_exception" => {
            done(client.update_guild_scheduled_event_exception(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                id(&path, "exception_id"),
                &body(op)?,
            ))
            .await
        }
        "list_guild_scheduled_event_users" => {
            done(client.list_guild_scheduled_event_users(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                &Default::default(),
            ))
            .await
        }
        "count_guild_scheduled_event_users" => {
            done(client.count_guild_scheduled_event_users(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                &Default::default(),
            ))
            .await
        }
        "list_guild_scheduled_event_exception_users" => {
            done(client.list_guild_scheduled_event_exception_users(
                id(&path, "guild_id"),
                id(&path, "guild_scheduled_event_id"),
                id(&path, "guild_scheduled_event_exception_id"),
                &Default::default(),
            ))
            .await
        }
        "list_guild_soundboard_sounds" => {
            done(client.list_guild_soundboard_sounds(id(&path, "guild_id"))).await
        }
        "create_guild_soundboard_sound" => {
            done(client.create_guild_soundboard_sound(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_guild_soundboard_sound" => {
            done(client.get_guild_soundboard_sound(id(&path, "guild_id"), id(&path, "sound_id")))
                .await
        }
        "delete_guild_soundboard_sound" => {
            done(client.delete_guild_soundboard_sound(id(&path, "guild_id"), id(&path, "sound_id")))
                .await
        }
        "update_guild_soundboard_sound" => {
            done(client.update_guild_soundboard_sound(
                id(&path, "guild_id"),
                id(&path, "sound_id"),
                &body(op)?,
            ))
            .await
        }
        "list_guild_stickers" => done(client.list_guild_stickers(id(&path, "guild_id"))).await,
        "create_guild_sticker" => done(client.create_guild_sticker(id(&path, "guild_id"))).await,
        "get_guild_sticker" => {
            done(client.get_guild_sticker(id(&path, "guild_id"), id(&path, "sticker_id"))).await
        }
        "delete_guild_sticker" => {
            done(client.delete_guild_sticker(id(&path, "guild_id"), id(&path, "sticker_id"))).await
        }
        "update_guild_sticker" => {
            done(client.update_guild_sticker(
                id(&path, "guild_id"),
                id(&path, "sticker_id"),
                &body(op)?,
            ))
            .await
        }
        "list_guild_templates" => done(client.list_guild_templates(id(&path, "guild_id"))).await,
        "create_guild_template" => {
            done(client.create_guild_template(id(&path, "guild_id"), &body(op)?)).await
        }
        "sync_guild_template" => {
            done(client.sync_guild_template(id(&path, "guild_id"), &text(&path, "code"))).await
        }
        "delete_guild_template" => {
            done(client.delete_guild_template(id(&path, "guild_id"), &text(&path, "code"))).await
        }
        "update_guild_template" => {
            done(client.update_guild_template(
                id(&path, "guild_id"),
                &text(&path, "code"),
                &body(op)?,
            ))
            .await
        }
        "get_active_guild_threads" => {
            done(client.get_active_guild_threads(id(&path, "guild_id"))).await
        }
        "get_guild_vanity_url" => done(client.get_guild_vanity_url(id(&path, "guild_id"))).await,
        "get_self_voice_state" => done(client.get_self_voice_state(id(&path, "guild_id"))).await,
        "update_self_voice_state" => {
            done(client.update_self_voice_state(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_voice_state" => {
            done(client.get_voice_state(id(&path, "guild_id"), id(&path, "user_id"))).await
        }
        "update_voice_state" => {
            done(client.update_voice_state(id(&path, "guild_id"), id(&path, "user_id"), &body(op)?))
                .await
        }
        "get_guild_webhooks" => done(client.get_guild_webhooks(id(&path, "guild_id"))).await,
        "get_guild_welcome_screen" => {
            done(client.get_guild_welcome_screen(id(&path, "guild_id"))).await
        }
        "update_guild_welcome_screen" => {
            done(client.update_guild_welcome_screen(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_guild_widget_settings" => {
            done(client.get_guild_widget_settings(id(&path, "guild_id"))).await
        }
        "update_guild_widget_settings" => {
            done(client.update_guild_widget_settings(id(&path, "guild_id"), &body(op)?)).await
        }
        "get_guild_widget" => done(client.get_guild_widget(id(&path, "guild_id"))).await,
        "get_guild_widget_png" => {
            done(client.get_guild_widget_png(id(&path, "guild_id"), &Default::default())).await
        }
        "create_interaction_response" => {
            done(client.create_interaction_response(
                id(&path, "interaction_id"),
                &text(&path, "interaction_token"),
                &Default::default(),
                &body(op)?,
            ))
            .await
        }
        "invite_resolve" => {
            done(client.invite_resolve(&text(&path, "code"), &Default::default())).await
        }
        "invite_revoke" => done(client.invite_revoke(&text(&path, "code"))).await,
        "get_invite_target_users" => {
            done(client.get_invite_target_users(&text(&path, "code"))).await
        }
        "update_invite_target_users" => {
            done(client.update_invite_target_users(&text(&path, "code"))).await
        }
        "get_invite_target_users_job_status" => {
            done(client.get_invite_target_users_job_status(&text(&path, "code"))).await
        }
        "create_or_join_lobby" => done(client.create_or_join_lobby(&body(op)?)).await,
        "create_lobby" => done(client.create_lobby(&body(op)?)).await,
        "get_lobby" => done(client.get_lobby(id(&path, "lobby_id"))).await,
        "delete_lobby" => done(client.delete_lobby(id(&path, "lobby_id"))).await,
        "edit_lobby" => done(client.edit_lobby(id(&path, "lobby_id"), &body(op)?)).await,
        "edit_lobby_channel_link" => {
            done(client.edit_lobby_channel_link(id(&path, "lobby_id"), &body(op)?)).await
        }
        "leave_lobby" => done(client.leave_lobby(id(&path, "lobby_id"))).await,
        "create_linked_lobby_guild_invite_for_self" => {
            done(client.create_linked_lobby_guild_invite_for_self(id(&path, "lobby_id"))).await
        }
        "bulk_update_lobby_members" => {
            done(client.bulk_update_lobby_members(id(&path, "lobby_id"), &body(op)?)).await
        }
        "add_lobby_member" => {
            done(client.add_lobby_member(id(&path, "lobby_id"), id(&path, "user_id"), &body(op)?))
                .await
        }
        "delete_lobby_member" => {
            done(client.delete_lobby_member(id(&path, "lobby_id"), id(&path, "user_id"))).await
        }
        "create_linked_lobby_guild_invite_for_user" => {
            done(client.create_linked_lobby_guild_invite_for_user(
                id(&path, "lobby_id"),
                id(&path, "user_id"),
            ))
            .await
        }
        "get_lobby_messages" => {
            done(client.get_lobby_messages(id(&path, "lobby_id"), &Default::default())).await
        }
        "create_lobby_message" => {
            done(client.create_lobby_message(id(&path, "lobby_id"), &body(op)?)).await
        }
        "update_lobby_message_external_moderation_metadata" => {
            done(client.update_lobby_message_external_moderation_metadata(
                id(&path, "lobby_id"),
                id(&path, "message_id"),
                &body(op)?,
            ))
            .await
        }
        "get_my_oauth2_authorization" => done(client.get_my_oauth2_authorization()).await,
        "get_my_oauth2_application" => done(client.get_my_oauth2_application()).await,
        "get_public_keys" => done(client.get_public_keys()).await,
        "get_openid_connect_userinfo" => done(client.get_openid_connect_userinfo()).await,
        "update_user_message_external_moderation_metadata" => {
            done(client.update_user_message_external_moderation_metadata(
                id(&path, "user_id_1"),
                id(&path, "user_id_2"),
                id(&path, "message_id"),
                &body(op)?,
            ))
            .await
        }
        "partner_sdk_unmerge_provisional_account" => {
            done(client.partner_sdk_unmerge_provisional_account(&body(op)?)).await
        }
        "bot_partner_sdk_unmerge_provisional_account" => {
            done(client.bot_partner_sdk_unmerge_provisional_account(&body(op)?)).await
        }
        "partner_sdk_token" => done(client.partner_sdk_token(&body(op)?)).await,
        "bot_partner_sdk_token" => done(client.bot_partner_sdk_token(&body(op)?)).await,
        "get_sku_subscriptions" => {
            done(client.get_sku_subscriptions(id(&path, "sku_id"), &Default::default())).await
        }
        "get_sku_subscription" => {
            done(client.get_sku_subscription(
                id(&path, "sku_id"),
                id(&path, "subscription_id"),
                &Default::default(),
            ))
            .await
        }
        "get_soundboard_default_sounds" => done(client.get_soundboard_default_sounds()).await,
        "create_stage_instance" => done(client.create_stage_instance(&body(op)?)).await,
        "get_stage_instance" => done(client.get_stage_instance(id(&path, "channel_id"))).await,
        "delete_stage_instance" => {
            done(client.delete_stage_instance(id(&path, "channel_id"))).await
        }
        "update_stage_instance" => {
            done(client.update_stage_instance(id(&path, "channel_id"), &body(op)?)).await
        }
        "list_sticker_packs" => done(client.list_sticker_packs()).await,
        "get_sticker_pack" => done(client.get_sticker_pack(id(&path, "pack_id"))).await,
        "get_sticker" => done(client.get_sticker(id(&path, "sticker_id"))).await,
        "get_my_user" => done(client.get_my_user()).await,
        "update_my_user" => done(client.update_my_user(&body(op)?)).await,
        "get_current_user_application_entitlements" => {
            done(client.get_current_user_application_entitlements(
                id(&path, "application_id"),
                &Default::default(),
            ))
            .await
        }
        "get_application_user_role_connection" => {
            done(client.get_application_user_role_connection(id(&path, "application_id"))).await
        }
        "update_application_user_role_connection" => {
            done(
                client.update_application_user_role_connection(
                    id(&path, "application_id"),
                    &body(op)?,
                ),
            )
            .await
        }
        "delete_application_user_role_connection" => {
            done(client.delete_application_user_role_connection(id(&path, "application_id"))).await
        }
        "create_dm" => done(client.create_dm(&body(op)?)).await,
        "list_my_connections" => done(client.list_my_connections()).await,
        "list_my_guilds" => done(client.list_my_guilds(&Default::default())).await,
        "leave_guild" => done(client.leave_guild(id(&path, "guild_id"))).await,
        "get_my_guild_member" => done(client.get_my_guild_member(id(&path, "guild_id"))).await,
        "get_user" => done(client.get_user(id(&path, "user_id"))).await,
        "list_voice_regions" => done(client.list_voice_regions()).await,
        "get_webhook" => done(client.get_webhook(id(&path, "webhook_id"))).await,
        "delete_webhook" => done(client.delete_webhook(id(&path, "webhook_id"))).await,
        "update_webhook" => done(client.update_webhook(id(&path, "webhook_id"), &body(op)?)).await,
        "get_webhook_by_token" => {
            done(
                client.get_webhook_by_token(id(&path, "webhook_id"), &text(&path, "webhook_token")),
            )
            .await
        }
        "execute_webhook" => {
            done(client.execute_webhook(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                &Default::default(),
                &body(op)?,
            ))
            .await
        }
        "delete_webhook_by_token" => {
            done(
                client.delete_webhook_by_token(
                    id(&path, "webhook_id"),
                    &text(&path, "webhook_token"),
                ),
            )
            .await
        }
        "update_webhook_by_token" => {
            done(client.update_webhook_by_token(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                &body(op)?,
            ))
            .await
        }
        "execute_github_compatible_webhook" => {
            done(client.execute_github_compatible_webhook(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                &Default::default(),
                &body(op)?,
            ))
            .await
        }
        "get_original_webhook_message" => {
            done(client.get_original_webhook_message(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                &Default::default(),
            ))
            .await
        }
        "delete_original_webhook_message" => {
            done(client.delete_original_webhook_message(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                &Default::default(),
            ))
            .await
        }
        "update_original_webhook_message" => {
            done(client.update_original_webhook_message(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                &Default::default(),
                &body(op)?,
            ))
            .await
        }
        "get_webhook_message" => {
            done(client.get_webhook_message(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                id(&path, "message_id"),
                &Default::default(),
            ))
            .await
        }
        "delete_webhook_message" => {
            done(client.delete_webhook_message(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                id(&path, "message_id"),
                &Default::default(),
            ))
            .await
        }
        "update_webhook_message" => {
            done(client.update_webhook_message(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                id(&path, "message_id"),
                &Default::default(),
                &body(op)?,
            ))
            .await
        }
        "execute_slack_compatible_webhook" => {
            done(client.execute_slack_compatible_webhook(
                id(&path, "webhook_id"),
                &text(&path, "webhook_token"),
                &Default::default(),
                &body(op)?,
            ))
            .await
        }
        other => Err(format!("no typed method for {other}")),
    }
}

async fn unlimited_mock() -> MockDiscord {
    MockDiscord::builder()
        .unlimited(true)
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn every_operation_has_a_typed_call_whose_answer_decodes() {
    let mock = unlimited_mock().await;
    let client = common::client(&mock);
    let operations: Vec<ApiOperation> = api_operations().collect();
    assert_eq!(operations.len(), 242, "operations in Discord's description");
    let mut failures = Vec::new();
    for (n, op) in operations.iter().enumerate() {
        if let Err(why) = call(&client, op, n).await {
            failures.push(format!(
                "{} {} ({}): {why}",
                op.method(),
                op.template(),
                op.operation_id()
            ));
        }
    }
    let answered = operations.len() - failures.len();
    println!(
        "{answered} of {} operations called and decoded through their typed method",
        operations.len()
    );
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(answered, 242);
}
