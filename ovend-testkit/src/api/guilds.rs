//! Guild members, roles and bans.

use http::StatusCode;
use serde_json::{json, Value};

use super::{param, Call};
use crate::model::{unknown, Guild, Role};
use crate::respond;
use crate::validation::{
    bad_request, check_string, int_in_range, require_object, snowflake_list, ApiError, ApiResult,
    FieldErrors,
};

/// The largest `delete_message_seconds` (7 days).
const MAX_DELETE_SECONDS: i64 = 604_800;

fn unknown_member() -> ApiError {
    unknown(10007, "Member")
}

fn unknown_role() -> ApiError {
    unknown(10011, "Role")
}

/// Runs `f` on the path's guild.
fn in_guild<T>(call: &Call<'_>, f: impl FnOnce(&mut Guild) -> ApiResult<T>) -> ApiResult<T> {
    let guild = param(call.params.guild)?;
    let mut model = call.model.lock();
    f(model.guild(guild))
}

fn ok(value: &Value) -> ApiResult {
    Ok(respond::json(StatusCode::OK, value))
}

pub(super) fn get_member(call: &Call<'_>) -> ApiResult {
    let user = param(call.params.user)?;
    in_guild(call, |g| {
        ok(&g.member(user).ok_or_else(unknown_member)?.to_json())
    })
}

/// Members known to the guild, by user id, `?limit` 1–1000 (default 1) and `?after`.
pub(super) fn list_members(call: &Call<'_>) -> ApiResult {
    let limit = usize::try_from(call.query.int("limit", 1, 1000, 1)?).unwrap_or(1);
    let after = call.query.snowflake("after")?.unwrap_or(0);
    in_guild(call, |g| {
        let members: Vec<Value> = g
            .members
            .range(after.saturating_add(1)..)
            .take(limit)
            .map(|(_, m)| m.to_json())
            .collect();
        ok(&Value::Array(members))
    })
}

pub(super) fn patch_member(call: &Call<'_>) -> ApiResult {
    let user = param(call.params.user)?;
    let body = call.payload.json();
    require_object(body)?;
    let mut errors = FieldErrors::default();
    check_string(&mut errors, body, &["nick"], 32);
    errors.finish()?;
    let roles = match body.get("roles") {
        Some(Value::Null) | None => None,
        Some(_) => Some(snowflake_list(body, "roles", 0, 250)?),
    };
    in_guild(call, |g| {
        if roles.iter().flatten().any(|r| g.role(*r).is_none()) {
            return Err(unknown_role());
        }
        let member = g.member(user).ok_or_else(unknown_member)?;
        match body.get("nick") {
            Some(Value::String(nick)) => member.nick = Some(nick.clone()),
            Some(Value::Null) => member.nick = None,
            _ => {}
        }
        if let Some(roles) = roles {
            member.roles = roles;
        }
        if let Some(mute) = body.get("mute").and_then(Value::as_bool) {
            member.mute = mute;
        }
        if let Some(deaf) = body.get("deaf").and_then(Value::as_bool) {
            member.deaf = deaf;
        }
        if let Some(until) = body.get("communication_disabled_until") {
            member.timeout_until = until.clone();
        }
        ok(&member.to_json())
    })
}

pub(super) fn list_roles(call: &Call<'_>) -> ApiResult {
    in_guild(call, |g| {
        let mut roles: Vec<&Role> = g.roles.values().collect();
        roles.sort_by_key(|r| (r.position, r.id));
        ok(&Value::Array(roles.iter().map(|r| r.to_json()).collect()))
    })
}

/// Validates the role fields shared by create and modify.
fn check_role(body: &Value) -> ApiResult<()> {
    let mut errors = FieldErrors::default();
    check_string(&mut errors, body, &["name"], 100);
    check_string(&mut errors, body, &["permissions"], 20);
    errors.finish()?;
    int_in_range(body, "color", 0, 0xFF_FF_FF)?;
    Ok(())
}

fn apply_role(role: &mut Role, body: &Value) {
    if let Some(name) = body.get("name").and_then(Value::as_str) {
        name.clone_into(&mut role.name);
    }
    if let Some(color) = body.get("color").and_then(Value::as_i64) {
        role.color = color;
    }
    if let Some(hoist) = body.get("hoist").and_then(Value::as_bool) {
        role.hoist = hoist;
    }
    if let Some(mentionable) = body.get("mentionable").and_then(Value::as_bool) {
        role.mentionable = mentionable;
    }
    if let Some(permissions) = body.get("permissions").and_then(Value::as_str) {
        permissions.clone_into(&mut role.permissions);
    }
}

pub(super) fn create_role(call: &Call<'_>) -> ApiResult {
    let body = call.payload.json();
    if call.payload.json.is_some() {
        require_object(body)?;
    }
    check_role(body)?;
    let id = call.ids.next();
    in_guild(call, |g| {
        let position = i64::try_from(g.roles.len()).unwrap_or(i64::MAX);
        let mut role = Role {
            id,
            name: "new role".into(),
            color: 0,
            hoist: false,
            mentionable: false,
            permissions: "0".into(),
            position,
        };
        apply_role(&mut role, body);
        let json = role.to_json();
        g.roles.insert(id, role);
        ok(&json)
    })
}

pub(super) fn patch_role(call: &Call<'_>) -> ApiResult {
    let role = param(call.params.role)?;
    let body = call.payload.json();
    require_object(body)?;
    check_role(body)?;
    in_guild(call, |g| {
        let role = g.role(role).ok_or_else(unknown_role)?;
        apply_role(role, body);
        ok(&role.to_json())
    })
}

pub(super) fn delete_role(call: &Call<'_>) -> ApiResult {
    let role = param(call.params.role)?;
    in_guild(call, |g| {
        if role == g.id {
            return Err(bad_request(50028, "Invalid Role"));
        }
        if g.delete_role(role) {
            Ok(respond::no_content())
        } else {
            Err(unknown_role())
        }
    })
}

pub(super) fn add_member_role(call: &Call<'_>) -> ApiResult {
    let (user, role) = (param(call.params.user)?, param(call.params.role)?);
    in_guild(call, |g| {
        if g.role(role).is_none() {
            return Err(unknown_role());
        }
        let member = g.member(user).ok_or_else(unknown_member)?;
        if !member.roles.contains(&role) {
            member.roles.push(role);
        }
        Ok(respond::no_content())
    })
}

pub(super) fn remove_member_role(call: &Call<'_>) -> ApiResult {
    let (user, role) = (param(call.params.user)?, param(call.params.role)?);
    in_guild(call, |g| {
        if g.role(role).is_none() {
            return Err(unknown_role());
        }
        let member = g.member(user).ok_or_else(unknown_member)?;
        member.roles.retain(|r| *r != role);
        Ok(respond::no_content())
    })
}

pub(super) fn put_ban(call: &Call<'_>) -> ApiResult {
    let user = param(call.params.user)?;
    int_in_range(
        call.payload.json(),
        "delete_message_seconds",
        0,
        MAX_DELETE_SECONDS,
    )?;
    in_guild(call, |g| {
        g.ban(user);
        Ok(respond::no_content())
    })
}

pub(super) fn delete_ban(call: &Call<'_>) -> ApiResult {
    let user = param(call.params.user)?;
    in_guild(call, |g| {
        if g.bans.remove(&user) {
            Ok(respond::no_content())
        } else {
            Err(unknown(10026, "Ban"))
        }
    })
}

/// `{"user_ids": [1..=200 ids], "delete_message_seconds"?}`; users already
/// banned are listed as failed. When nobody could be banned Discord answers
/// an error instead, code 500000 "Failed to ban users".
pub(super) fn bulk_ban(call: &Call<'_>) -> ApiResult {
    let body = call.payload.json();
    require_object(body)?;
    let users = snowflake_list(body, "user_ids", 1, 200)?;
    int_in_range(body, "delete_message_seconds", 0, MAX_DELETE_SECONDS)?;
    in_guild(call, |g| {
        let (banned, failed): (Vec<u64>, Vec<u64>) = users.into_iter().partition(|u| g.ban(*u));
        if banned.is_empty() {
            return Err(failed_to_ban());
        }
        let ids = |v: Vec<u64>| v.into_iter().map(|id| id.to_string()).collect::<Vec<_>>();
        ok(&json!({ "banned_users": ids(banned), "failed_users": ids(failed) }))
    })
}

/// Discord's answer to a bulk ban that banned nobody.
fn failed_to_ban() -> ApiError {
    ApiError::discord(StatusCode::BAD_REQUEST, 500_000, "Failed to ban users")
}
