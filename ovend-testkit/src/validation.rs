//! Discord-shaped validation errors and the documented field limits.
//!
//! Errors nest like the request body: `{"code": 50035, "message": "Invalid Form
//! Body", "errors": {"embeds": {"0": {"title": {"_errors": [{"code": ..,
//! "message": ..}]}}}}}`.

use axum::response::Response;
use http::StatusCode;
use serde_json::{json, Map, Value};

use crate::respond;

/// A result whose error is a Discord error answer.
pub(crate) type ApiResult<T = Response> = Result<T, ApiError>;

/// A Discord error answer: a status and its JSON body. Kept small (rather than
/// a whole `Response`) so `Result`s stay cheap to move around.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ApiError {
    status: StatusCode,
    body: Value,
}

impl ApiError {
    /// `{"message": ..., "code": ...}` with this status.
    pub(crate) fn discord(status: StatusCode, code: u64, message: &str) -> Self {
        Self {
            status,
            body: json!({ "message": message, "code": code }),
        }
    }

    pub(crate) fn not_found() -> Self {
        Self::discord(StatusCode::NOT_FOUND, 0, "404: Not Found")
    }

    pub(crate) fn unauthorized() -> Self {
        Self::discord(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized")
    }

    /// What Discord answers on a webhook or interaction route whose path
    /// token expired or was revoked.
    pub(crate) fn invalid_webhook_token() -> Self {
        Self::discord(StatusCode::UNAUTHORIZED, 50027, "Invalid Webhook Token")
    }
}

impl From<ApiError> for Response {
    fn from(error: ApiError) -> Self {
        respond::json(error.status, &error.body)
    }
}

/// Accumulates field errors under their JSON paths.
#[derive(Debug, Default)]
pub(crate) struct FieldErrors {
    root: Map<String, Value>,
}

impl FieldErrors {
    /// Adds one error at `path` (empty path: the body itself).
    pub(crate) fn add(&mut self, path: &[&str], code: &str, message: impl Into<String>) {
        let mut node = &mut self.root;
        for segment in path {
            let child = node
                .entry((*segment).to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !child.is_object() {
                *child = Value::Object(Map::new());
            }
            let Value::Object(map) = child else { return };
            node = map;
        }
        let list = node
            .entry("_errors")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = list {
            list.push(json!({ "code": code, "message": message.into() }));
        }
    }

    pub(crate) fn max_length(&mut self, path: &[&str], max: usize) {
        self.add(
            path,
            "BASE_TYPE_MAX_LENGTH",
            format!("Must be {max} or fewer in length."),
        );
    }

    pub(crate) fn min_length(&mut self, path: &[&str], min: usize) {
        self.add(
            path,
            "BASE_TYPE_MIN_LENGTH",
            format!("Must be {min} or more in length."),
        );
    }

    pub(crate) fn required(&mut self, path: &[&str]) {
        self.add(path, "BASE_TYPE_REQUIRED", "This field is required");
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.root.is_empty()
    }

    /// `Ok` if nothing was added, else the 400 answer.
    pub(crate) fn finish(self) -> ApiResult<()> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(invalid_form_body(Value::Object(self.root)))
        }
    }
}

/// 400 `Invalid Form Body` with the given `errors` tree.
pub(crate) fn invalid_form_body(errors: Value) -> ApiError {
    ApiError {
        status: StatusCode::BAD_REQUEST,
        body: json!({ "code": 50035, "errors": errors, "message": "Invalid Form Body" }),
    }
}

/// A 400 with a Discord JSON error code.
pub(crate) fn bad_request(code: u64, message: &str) -> ApiError {
    ApiError::discord(StatusCode::BAD_REQUEST, code, message)
}

pub(crate) fn invalid_json() -> ApiError {
    bad_request(50109, "The request body contains invalid JSON.")
}

fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

/// Checks that `body[key]`, if present and not null, is a string of at most `max` characters.
pub(crate) fn check_string(errors: &mut FieldErrors, body: &Value, path: &[&str], max: usize) {
    let Some(key) = path.last() else { return };
    match body.get(*key) {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if s.chars().count() > max => errors.max_length(path, max),
        Some(Value::String(_)) => {}
        Some(other) => errors.add(
            path,
            "BASE_TYPE_STRING",
            format!("Could not interpret \"{other}\" as string."),
        ),
    }
}

/// The body must be a JSON object.
pub(crate) fn require_object(body: &Value) -> ApiResult<&Map<String, Value>> {
    body.as_object().ok_or_else(|| {
        let mut errors = FieldErrors::default();
        errors.add(
            &[],
            "DICT_TYPE_CONVERT",
            "Only dictionaries may be used in a DictType",
        );
        invalid_form_body(Value::Object(errors.root))
    })
}

/// Checks one embed at `embeds[index]`; returns its character count.
fn check_embed(errors: &mut FieldErrors, embed: &Value, index: &str) -> usize {
    let path = |rest: &[&'static str]| -> Vec<&str> {
        let mut path = vec!["embeds", index];
        path.extend_from_slice(rest);
        path
    };
    check_string(errors, embed, &path(&["title"]), 256);
    check_string(errors, embed, &path(&["description"]), 4096);
    let mut total = chars(&embed["title"]) + chars(&embed["description"]);
    if let Some(footer) = embed.get("footer") {
        check_string(errors, footer, &path(&["footer", "text"]), 2048);
        total += chars(&footer["text"]);
    }
    if let Some(author) = embed.get("author") {
        check_string(errors, author, &path(&["author", "name"]), 256);
        total += chars(&author["name"]);
    }
    if let Some(fields) = embed.get("fields").and_then(Value::as_array) {
        if fields.len() > 25 {
            errors.max_length(&path(&["fields"]), 25);
        }
        for (i, field) in fields.iter().enumerate() {
            let i = i.to_string();
            let mut at = |key: &'static str, max: usize| {
                let mut p = path(&["fields"]);
                p.push(&i);
                p.push(key);
                if field.get(key).is_none() {
                    errors.required(&p);
                }
                check_string(errors, field, &p, max);
            };
            at("name", 256);
            at("value", 1024);
            total += chars(&field["name"]) + chars(&field["value"]);
        }
    }
    total
}

/// Validates a message body (create, edit, webhook, interaction response).
/// `files` is the number of uploaded files; `require_content` rejects an empty message.
pub(crate) fn check_message(body: &Value, files: usize, require_content: bool) -> ApiResult<()> {
    let mut errors = FieldErrors::default();
    check_string(&mut errors, body, &["content"], 2000);
    let embeds = body.get("embeds").and_then(Value::as_array);
    if let Some(embeds) = embeds {
        if embeds.len() > 10 {
            errors.max_length(&["embeds"], 10);
        }
        let mut total = 0;
        for (i, embed) in embeds.iter().enumerate() {
            total += check_embed(&mut errors, embed, &i.to_string());
        }
        if total > 6000 {
            errors.add(
                &["embeds"],
                "MAX_EMBED_SIZE_EXCEEDED",
                "Embed size exceeds maximum size of 6000",
            );
        }
    }
    if body
        .get("components")
        .and_then(Value::as_array)
        .is_some_and(|c| c.len() > 5)
    {
        errors.max_length(&["components"], 5);
    }
    if files > 10 {
        errors.max_length(&["files"], 10);
    }
    errors.finish()?;
    let has = |key: &str| match body.get(key) {
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Null) | None => false,
        Some(_) => true,
    };
    let empty = ![
        "content",
        "embeds",
        "sticker_ids",
        "components",
        "poll",
        "attachments",
    ]
    .iter()
    .any(|key| has(key));
    if require_content && empty && files == 0 {
        return Err(bad_request(50006, "Cannot send an empty message"));
    }
    Ok(())
}

/// Reads a snowflake sent as a string or a number.
pub(crate) fn snowflake(value: &Value) -> Option<u64> {
    match value {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

/// Validates `body[key]` as an array of `min..=max` snowflakes.
pub(crate) fn snowflake_list(
    body: &Value,
    key: &str,
    min: usize,
    max: usize,
) -> ApiResult<Vec<u64>> {
    let mut errors = FieldErrors::default();
    let Some(items) = body.get(key).and_then(Value::as_array) else {
        errors.required(&[key]);
        errors.finish()?;
        return Ok(Vec::new());
    };
    if items.len() < min {
        errors.min_length(&[key], min);
    } else if items.len() > max {
        errors.max_length(&[key], max);
    }
    let mut ids = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match snowflake(item) {
            Some(id) => ids.push(id),
            None => errors.add(
                &[key, &i.to_string()],
                "NUMBER_TYPE_COERCE",
                format!(
                    "Value \"{}\" is not snowflake.",
                    item.as_str().unwrap_or_default()
                ),
            ),
        }
    }
    errors.finish()?;
    Ok(ids)
}

/// An integer field in `min..=max`, if present.
pub(crate) fn int_in_range(body: &Value, key: &str, min: i64, max: i64) -> ApiResult<Option<i64>> {
    let Some(value) = body.get(key).filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let mut errors = FieldErrors::default();
    match value.as_i64() {
        Some(n) if n < min => errors.add(
            &[key],
            "NUMBER_TYPE_MIN",
            format!("int value should be greater than or equal to {min}."),
        ),
        Some(n) if n > max => errors.add(
            &[key],
            "NUMBER_TYPE_MAX",
            format!("int value should be less than or equal to {max}."),
        ),
        Some(n) => return Ok(Some(n)),
        None => errors.add(&[key], "NUMBER_TYPE_COERCE", "Value is not int."),
    }
    errors.finish()?;
    Ok(None)
}

/// `X-Audit-Log-Reason` must be valid percent-encoded UTF-8 of at most 512 characters.
pub(crate) fn check_audit_reason(raw: Option<&http::HeaderValue>) -> ApiResult<()> {
    let Some(raw) = raw else { return Ok(()) };
    let decoded = percent_encoding::percent_decode(raw.as_bytes()).decode_utf8();
    let mut errors = FieldErrors::default();
    match decoded {
        Ok(reason) if reason.chars().count() > 512 => errors.max_length(&["reason"], 512),
        Ok(_) => {}
        Err(_) => errors.add(&["reason"], "STRING_TYPE_INVALID", "Must be valid UTF-8."),
    }
    errors.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body_of(error: ApiError) -> Value {
        let response = Response::from(error);
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[tokio::test]
    async fn nested_embed_errors_have_discords_shape() {
        let body = json!({ "content": "x".repeat(2001), "embeds": [{ "title": "t".repeat(257) }] });
        let json = body_of(check_message(&body, 0, true).unwrap_err()).await;
        assert_eq!(json["code"], 50035);
        assert_eq!(
            json["errors"]["content"]["_errors"][0]["code"],
            "BASE_TYPE_MAX_LENGTH"
        );
        assert_eq!(
            json["errors"]["content"]["_errors"][0]["message"],
            "Must be 2000 or fewer in length."
        );
        assert_eq!(
            json["errors"]["embeds"]["0"]["title"]["_errors"][0]["message"],
            "Must be 256 or fewer in length."
        );
    }

    #[tokio::test]
    async fn empty_message_and_limits() {
        let json = body_of(check_message(&json!({ "content": "" }), 0, true).unwrap_err()).await;
        assert_eq!(json["code"], 50006);
        assert!(
            check_message(&json!({}), 1, true).is_ok(),
            "a file alone is a message"
        );
        assert!(check_message(&json!({}), 0, false).is_ok());
        let eleven = json!({ "embeds": vec![json!({ "title": "a" }); 11] });
        let json = body_of(check_message(&eleven, 0, true).unwrap_err()).await;
        assert_eq!(
            json["errors"]["embeds"]["_errors"][0]["message"],
            "Must be 10 or fewer in length."
        );
        let too_big = json!({ "embeds": vec![json!({ "description": "d".repeat(4000) }); 2] });
        assert!(check_message(&too_big, 0, true).is_err());
    }

    #[tokio::test]
    async fn snowflake_lists_enforce_bounds() {
        let one = json!({ "messages": ["1"] });
        let json = body_of(snowflake_list(&one, "messages", 2, 100).unwrap_err()).await;
        assert_eq!(
            json["errors"]["messages"]["_errors"][0]["code"],
            "BASE_TYPE_MIN_LENGTH"
        );
        let ok = json!({ "messages": ["1", 2] });
        assert_eq!(snowflake_list(&ok, "messages", 2, 100).unwrap(), vec![1, 2]);
        let bad = json!({ "messages": ["1", "x"] });
        let json = body_of(snowflake_list(&bad, "messages", 2, 100).unwrap_err()).await;
        assert_eq!(
            json["errors"]["messages"]["1"]["_errors"][0]["code"],
            "NUMBER_TYPE_COERCE"
        );
    }

    #[test]
    fn audit_reason_is_measured_after_decoding() {
        let encoded = "%C3%A9".repeat(512);
        let ok = http::HeaderValue::from_str(&encoded).unwrap();
        assert!(
            check_audit_reason(Some(&ok)).is_ok(),
            "512 characters, 3072 bytes encoded"
        );
        let long = http::HeaderValue::from_str(&"a".repeat(513)).unwrap();
        assert!(check_audit_reason(Some(&long)).is_err());
        let bad = http::HeaderValue::from_static("%FF");
        assert!(check_audit_reason(Some(&bad)).is_err());
    }
}
