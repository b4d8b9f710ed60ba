//! The operation table: every operation of the description as method + path
//! template → request schema, success status and answer, built once from the
//! compiled-in description.

use std::collections::HashMap;
use std::sync::LazyLock;

use http::{Method, StatusCode};
use serde_json::{Map, Value};

use super::bucket::{route_def, RouteSpec};
use super::path::{fit, parse_template, Fit, ParamKind, Segment};
use super::spec::doc;
use crate::routes::{Match, Params, RouteDef};

/// What a request body may be.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RequestBody {
    /// The JSON body's schema (also the `payload_json` part's, when the
    /// operation takes uploads as well).
    pub(crate) json: Option<&'static Value>,
    /// Whether `multipart/form-data` is accepted.
    pub(crate) files: bool,
}

/// What a successful answer carries.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Answer {
    /// A JSON body shaped like this schema.
    Json(&'static Value),
    /// A body of another type (`image/png`, `text/csv`).
    Other(&'static str),
    /// No body.
    Empty,
}

/// One operation.
#[derive(Debug)]
pub(crate) struct Operation {
    /// Discord's `operationId`, e.g. `list_guild_emojis`.
    pub(crate) id: &'static str,
    pub(crate) segments: Vec<Segment>,
    pub(crate) request: RequestBody,
    pub(crate) success: StatusCode,
    pub(crate) answer: Answer,
    /// Method, template, bucket, major parameter and authentication, for the pipeline.
    pub(crate) route: RouteDef,
}

static TABLE: LazyLock<Vec<Operation>> = LazyLock::new(|| build(doc()));

/// Every operation, in the description's order of paths (then methods).
pub(crate) fn operations() -> &'static [Operation] {
    &TABLE
}

/// The operation behind [`crate::routes::Endpoint::Generic`].
pub(crate) fn operation(index: u16) -> Option<&'static Operation> {
    TABLE.get(usize::from(index))
}

fn build(root: &'static Value) -> Vec<Operation> {
    let Some(paths) = root.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut table = Vec::new();
    for (template, item) in paths {
        let kinds = param_kinds(root, item);
        let segments = parse_template(template, |name| {
            kinds.get(name).copied().unwrap_or(ParamKind::Text)
        });
        for (method, op) in item.as_object().into_iter().flatten() {
            let Some(method) = http_method(method) else {
                continue; // `parameters`, `summary`: not an operation
            };
            let Ok(index) = u16::try_from(table.len()) else {
                break;
            };
            table.push(describe(index, method, template, &segments, op));
        }
    }
    table
}

/// The operation keys of a path item (anything else is not an operation).
fn http_method(key: &str) -> Option<Method> {
    Some(match key {
        "get" => Method::GET,
        "post" => Method::POST,
        "put" => Method::PUT,
        "patch" => Method::PATCH,
        "delete" => Method::DELETE,
        "head" => Method::HEAD,
        "options" => Method::OPTIONS,
        _ => return None,
    })
}

fn describe(
    index: u16,
    method: Method,
    template: &'static str,
    segments: &[Segment],
    op: &'static Value,
) -> Operation {
    let request = request_body(op);
    let (success, answer) = success(op);
    let route = route_def(RouteSpec {
        index,
        method,
        template,
        segments,
        files: request.files,
        optional_auth: optional_auth(op),
    });
    Operation {
        id: op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or(template),
        segments: segments.to_vec(),
        request,
        success,
        answer,
        route,
    }
}

/// Path parameter kinds, declared on the path item or on its operations.
fn param_kinds(root: &Value, item: &Value) -> HashMap<String, ParamKind> {
    let operations = item.as_object().into_iter().flat_map(Map::values);
    std::iter::once(item)
        .chain(operations)
        .filter_map(|v| v.get("parameters").and_then(Value::as_array))
        .flatten()
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("path"))
        .filter_map(|p| {
            let name = p.get("name")?.as_str()?.to_owned();
            Some((name, ParamKind::of(root, p.get("schema")?)))
        })
        .collect()
}

fn request_body(op: &'static Value) -> RequestBody {
    let content = op.pointer("/requestBody/content");
    RequestBody {
        json: content.and_then(|c| c.pointer("/application~1json/schema")),
        files: content.is_some_and(|c| c.get("multipart/form-data").is_some()),
    }
}

/// The success status: the lowest 2xx that has a body, else the lowest 2xx
/// (e.g. `200` over `204` for an execute-webhook that can do both).
fn success(op: &'static Value) -> (StatusCode, Answer) {
    let mut codes: Vec<(&String, &'static Value)> = op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(code, _)| code.starts_with('2'))
        .collect();
    codes.sort_by_key(|(code, response)| (response.get("content").is_none(), code.as_str()));
    let Some((code, response)) = codes.first() else {
        return (StatusCode::OK, Answer::Empty);
    };
    let status = code
        .parse()
        .ok()
        .and_then(|c| StatusCode::from_u16(c).ok())
        .unwrap_or(StatusCode::OK);
    (status, answer(response))
}

fn answer(response: &'static Value) -> Answer {
    let Some(content) = response.get("content").and_then(Value::as_object) else {
        return Answer::Empty;
    };
    if let Some(schema) = content
        .get("application/json")
        .and_then(|c| c.get("schema"))
    {
        return Answer::Json(schema);
    }
    content
        .keys()
        .next()
        .map_or(Answer::Empty, |ct| Answer::Other(ct.as_str()))
}

/// Routes such as `/gateway` list an empty requirement: no token needed.
fn optional_auth(op: &Value) -> bool {
    op.get("security")
        .and_then(Value::as_array)
        .is_some_and(|list| {
            list.iter()
                .any(|r| r.as_object().is_some_and(Map::is_empty))
        })
}

/// A full fit: literal segments, the operation, the captures.
type Candidate<'p> = (usize, &'static Operation, Vec<(&'static str, &'p str)>);

/// Matches a request against the table.
///
/// A full fit with the method wins (most literal segments first); a full fit
/// with other methods only is a 405; a fit spoiled by a parameter of the
/// wrong kind is a 400 naming that parameter; else 404.
pub(crate) fn find(method: &Method, path: &str) -> Match {
    let mut best: Option<Candidate<'_>> = None;
    let mut other_method = false;
    let mut bad = None;
    for op in operations() {
        match fit(&op.segments, path) {
            Fit::Full { captures, literals } if op.route.method == method => {
                if best.as_ref().is_none_or(|(most, ..)| literals > *most) {
                    best = Some((literals, op, captures));
                }
            }
            Fit::Full { .. } => other_method = true,
            Fit::BadParam { name, value } => bad = bad.or(Some((name, value))),
            Fit::No => {}
        }
    }
    match (best, other_method, bad) {
        (Some((_, op, captures)), ..) => Match::Found(&op.route, params(&captures)),
        (None, true, _) => Match::MethodNotAllowed,
        (None, false, Some((field, value))) => Match::BadSnowflake {
            field,
            value: value.to_owned(),
        },
        (None, false, None) => Match::NotFound,
    }
}

/// The hand-written handlers' view of the captures, plus all of them by name.
fn params(captures: &[(&'static str, &str)]) -> Params {
    let mut params = Params::default();
    for &(name, value) in captures {
        let id = value.parse::<u64>().ok();
        match name {
            "channel_id" => params.channel = id,
            "message_id" => params.message = id,
            "guild_id" => params.guild = id,
            "user_id" => params.user = id,
            "role_id" => params.role = id,
            "webhook_id" => params.webhook = id,
            "interaction_id" => params.interaction = id,
            "webhook_token" | "interaction_token" => params.token = Some(value.into()),
            "emoji_name" => {
                let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
                params.emoji = Some(decoded.into_owned());
            }
            _ => {}
        }
        params.path.push((name, value.to_owned()));
    }
    params
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(method: Method, path: &str) -> (&'static str, Params) {
        match find(&method, path) {
            Match::Found(def, params) => (def.pattern, params),
            other => panic!("{method} {path}: {other:?}"),
        }
    }

    #[test]
    fn the_table_holds_every_operation() {
        assert_eq!(operations().len(), 242);
        let ids: std::collections::HashSet<_> = operations().iter().map(|op| op.id).collect();
        assert_eq!(ids.len(), 242, "operation ids are unique");
    }

    #[test]
    fn success_statuses_and_answers() {
        let by_id = |id: &str| operations().iter().find(|op| op.id == id).unwrap();
        assert_eq!(by_id("list_messages").success, StatusCode::OK);
        assert!(matches!(by_id("list_messages").answer, Answer::Json(_)));
        assert_eq!(by_id("delete_guild_emoji").success, StatusCode::NO_CONTENT);
        assert!(matches!(
            by_id("get_guild_widget_png").answer,
            Answer::Other("image/png")
        ));
        assert!(by_id("create_message").request.files);
        assert!(by_id("get_gateway").route.optional_auth);
        assert!(!by_id("get_my_user").route.optional_auth);
    }

    #[test]
    fn literals_beat_params_and_params_fill_the_hand_written_view() {
        assert_eq!(
            found(Method::GET, "/guilds/1/members/search").0,
            "/guilds/{guild_id}/members/search"
        );
        assert_eq!(
            found(Method::GET, "/channels/1/messages/pins").0,
            "/channels/{channel_id}/messages/pins"
        );
        let (template, params) = found(Method::PATCH, "/webhooks/5/tok/messages/@original");
        assert_eq!(
            template,
            "/webhooks/{webhook_id}/{webhook_token}/messages/@original"
        );
        assert_eq!(
            (params.webhook, params.token.as_deref()),
            (Some(5), Some("tok"))
        );
        let (_, params) = found(Method::GET, "/channels/7/messages/8/reactions/%F0%9F%91%8D");
        assert_eq!(params.emoji.as_deref(), Some("👍"));
        assert_eq!(
            params.path,
            vec![
                ("channel_id", "7".to_owned()),
                ("message_id", "8".to_owned()),
                ("emoji_name", "%F0%9F%91%8D".to_owned())
            ]
        );
    }

    #[test]
    fn wrong_methods_bad_params_and_unknown_paths() {
        assert!(matches!(
            find(&Method::PUT, "/guilds/1/emojis"),
            Match::MethodNotAllowed
        ));
        assert!(matches!(
            find(&Method::GET, "/guilds/x/emojis"),
            Match::BadSnowflake {
                field: "guild_id",
                ..
            }
        ));
        assert!(matches!(
            find(&Method::GET, "/guilds/1/nothing"),
            Match::NotFound
        ));
        assert!(matches!(
            find(&Method::GET, "/channels/1/polls/2/answers/11"),
            Match::BadSnowflake {
                field: "answer_id",
                ..
            }
        ));
    }
}
