//! [`DiscordValidator`]: Discord's documented limits, checked before sending.

use std::sync::Arc;

use parking_lot::Mutex;

use http::Method;
use serde_json::{Map, Value};

use super::bulk;
use super::clock::{SystemClock, WallClock};
use super::field_path::FieldPath;
use super::generated::{AUDIT_LOG_REASON_MAX, FILES_MAX};
use super::message::{self, MessageKind};
use super::path;
use super::report::Report;
use super::routes::{self, PathSegments, RouteTemplate};
use super::schema::{self, NodeId};
use super::walk;
use super::{RequestView, Validator};
use crate::path_map::PathMap;
use crate::FieldError;

// Route templates whose bodies are checked (all present in the generated table;
// a unit test makes sure).
const CHANNEL_MESSAGES: &str = "/channels/{channel_id}/messages";
const CHANNEL_MESSAGE: &str = "/channels/{channel_id}/messages/{message_id}";
const BULK_DELETE: &str = "/channels/{channel_id}/messages/bulk-delete";
const CHANNEL_THREADS: &str = "/channels/{channel_id}/threads";
const BULK_BAN: &str = "/guilds/{guild_id}/bulk-ban";
const WEBHOOK: &str = "/webhooks/{webhook_id}/{webhook_token}";
const WEBHOOK_MESSAGE: &str = "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}";
const WEBHOOK_ORIGINAL: &str = "/webhooks/{webhook_id}/{webhook_token}/messages/@original";
const INTERACTION_CALLBACK: &str = "/interactions/{interaction_id}/{interaction_token}/callback";

/// Interaction callback types whose `data` is a message:
/// 4 `CHANNEL_MESSAGE_WITH_SOURCE` and 7 `UPDATE_MESSAGE`.
const CALLBACK_MESSAGE: u64 = 4;
const CALLBACK_UPDATE_MESSAGE: u64 = 7;

/// The body schema a request is checked against, decided by method and route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Body {
    Message(MessageKind),
    /// A forum/media thread whose starter message is under `message`.
    Thread,
    InteractionCallback,
    BulkDelete,
    BulkBan,
    Unchecked,
}

/// The default [`Validator`]: Discord's documented limits.
///
/// It checks, and reports every violation at once:
/// - snowflake ids in the path (`NUMBER_TYPE_COERCE`, named after the parameter);
/// - every operation's JSON body against its schema in Discord's OpenAPI description: string
///   lengths, item counts, required members, allowed values and number ranges, named by
///   their path in the body (`embeds.0.title`, `components.0.components.1.label`) with
///   Discord's codes; message `content` is held to the documented 2000 characters for bots
///   (the schema's 4000 is for users). Routes missing from the table pass unchecked;
/// - what the schema cannot say: all embeds of a message ≤ 6000 characters together, ≤ 5
///   action rows unless the message uses components v2, ≤ 10 files, bulk-deleted messages
///   younger than 14 days and the ids of bulk routes unique snowflakes;
/// - the audit-log reason (≤ 512 characters).
///
/// Lengths are counted in characters, not bytes. The schema limits come from the table that
/// `ovend-model-gen` writes; the rest from `scripts/gen-validation-limits.py`.
/// It never clones the body; on a valid request it allocates nothing, except
/// a list of the parsed ids on the bulk routes.
#[derive(Debug, Clone)]
pub struct DiscordValidator {
    clock: Arc<dyn WallClock>,
    /// Shared by clones: the paths that passed, with the route they matched
    /// (`None`: no route in the table, so the body goes unchecked). A path's
    /// verdict depends on its text alone, so a kept one stays true.
    pub(super) paths: Arc<Mutex<PathMap<Option<&'static RouteTemplate>>>>,
}

impl DiscordValidator {
    /// A validator that reads the system clock.
    #[must_use]
    pub fn new() -> Self {
        Self::with_clock(Arc::new(SystemClock))
    }

    /// A validator that reads `clock` (used for the age of bulk-deleted messages).
    #[must_use]
    pub fn with_clock(clock: Arc<dyn WallClock>) -> Self {
        Self {
            clock,
            paths: Arc::default(),
        }
    }
}

impl Default for DiscordValidator {
    fn default() -> Self {
        Self::new()
    }
}

impl Validator for DiscordValidator {
    fn validate(&self, request: &RequestView<'_>) -> Result<(), Vec<FieldError>> {
        let mut report = Report::default();
        let mut body_kind = Body::Unchecked;
        let mut schema_body = None;
        if let Some(route) = self.route_of(&mut report, request.path) {
            body_kind = body_for(request.method, route.template);
            // Only a JSON body is walked: a GET need not search the table.
            if request.json.is_some() {
                schema_body = schema::body_of(request.method, route.template);
            }
        }
        self.check_body(&mut report, body_kind, schema_body, request);
        if let Some(reason) = request.reason {
            report.max_chars(&FieldPath::ROOT.key("reason"), reason, AUDIT_LOG_REASON_MAX);
        }
        report.finish()
    }
}

impl DiscordValidator {
    /// Checks the ids in `path` and returns the route it matches, if any; a
    /// path that passed before is not checked again.
    fn route_of(&self, report: &mut Report, path: &str) -> Option<&'static RouteTemplate> {
        if let Some(route) = self.paths.lock().get(path) {
            return *route;
        }
        let Some(segments) = PathSegments::parse(path) else {
            self.paths.lock().keep(path, None);
            return None;
        };
        let route = routes::find(segments.as_slice());
        let before = report.len();
        path::check(report, segments.as_slice(), route);
        if report.len() == before {
            self.paths.lock().keep(path, route);
        }
        route
    }

    /// The hand-written rules on the ids of bulk routes come before the schema walk, and the
    /// message rules (totals across fields) after it, so errors read from the most specific.
    fn check_body(
        &self,
        report: &mut Report,
        kind: Body,
        schema_body: Option<NodeId>,
        request: &RequestView<'_>,
    ) {
        if matches!(
            kind,
            Body::Message(_) | Body::Thread | Body::InteractionCallback
        ) {
            report.max_items(&FieldPath::ROOT.key("files"), request.file_count, FILES_MAX);
        }
        let Some(json) = request.json else {
            return;
        };
        match (kind, json) {
            (Body::BulkDelete, Value::Object(body)) => {
                bulk::check_delete(report, body, self.clock.now_unix_ms());
            }
            (Body::BulkBan, Value::Object(body)) => bulk::check_ban(report, body),
            _ => {}
        }
        // Some bodies are arrays (command overwrites, channel and role positions).
        if let Some(root) = schema_body {
            walk::check(report, root, json);
        }
        let Value::Object(body) = json else {
            return;
        };
        let root = FieldPath::ROOT;
        match kind {
            Body::Message(kind) => message::check(report, &root, body, kind),
            Body::Thread => nested_message(report, body, "message", MessageKind::Reply),
            Body::InteractionCallback => check_callback(report, body),
            Body::BulkDelete | Body::BulkBan | Body::Unchecked => {}
        }
    }
}

fn body_for(method: &Method, template: &str) -> Body {
    match (method.as_str(), template) {
        ("POST", CHANNEL_MESSAGES) => Body::Message(MessageKind::Create),
        ("PATCH", CHANNEL_MESSAGE | WEBHOOK_MESSAGE | WEBHOOK_ORIGINAL) => {
            Body::Message(MessageKind::Edit)
        }
        ("POST", WEBHOOK) => Body::Message(MessageKind::WebhookExecute),
        ("POST", CHANNEL_THREADS) => Body::Thread,
        ("POST", INTERACTION_CALLBACK) => Body::InteractionCallback,
        ("POST", BULK_DELETE) => Body::BulkDelete,
        ("POST", BULK_BAN) => Body::BulkBan,
        _ => Body::Unchecked,
    }
}

/// An interaction response carries a message in `data` for types 4 and 7.
fn check_callback(report: &mut Report, body: &Map<String, Value>) {
    let kind = match body.get("type").and_then(Value::as_u64) {
        Some(CALLBACK_MESSAGE) => MessageKind::Reply,
        Some(CALLBACK_UPDATE_MESSAGE) => MessageKind::Edit,
        _ => return,
    };
    nested_message(report, body, "data", kind);
}

fn nested_message(report: &mut Report, body: &Map<String, Value>, key: &str, kind: MessageKind) {
    if let Some(Value::Object(inner)) = body.get(key) {
        message::check(report, &FieldPath::ROOT.key(key), inner, kind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::generated::ROUTES;

    #[test]
    fn checked_templates_exist_in_the_table() {
        for template in [
            CHANNEL_MESSAGES,
            CHANNEL_MESSAGE,
            BULK_DELETE,
            CHANNEL_THREADS,
            BULK_BAN,
            WEBHOOK,
            WEBHOOK_MESSAGE,
            WEBHOOK_ORIGINAL,
            INTERACTION_CALLBACK,
        ] {
            assert!(
                ROUTES.iter().any(|r| r.template == template),
                "{template} is not in the generated table"
            );
        }
    }
}
