//! Query strings from any `Serialize` value.
//!
//! The value is serialized to JSON first and must be an object (a struct, a map)
//! or a list of `[key, value]` pairs (`&[("limit", 50)]`). Strings go as they are,
//! numbers and booleans in their JSON spelling, `null` is left out (an `Option`
//! that is `None`), and a list value repeats its key. Keys and values are
//! percent-encoded as `application/x-www-form-urlencoded` does.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::Value;

/// Everything but the unreserved characters of RFC 3986 is encoded.
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Serializes `value` into `key=value&…` pairs appended to `out`.
pub(crate) fn append(out: &mut String, value: &impl Serialize) -> Result<(), String> {
    let json = serde_json::to_value(value)
        .map_err(|err| format!("the query does not serialize: {err}"))?;
    for (key, value) in pairs(json)? {
        push_value(out, &key, &value)?;
    }
    Ok(())
}

fn pairs(json: Value) -> Result<Vec<(String, Value)>, String> {
    match json {
        Value::Object(map) => Ok(map.into_iter().collect()),
        Value::Array(items) => items.into_iter().map(pair).collect(),
        Value::Null => Ok(Vec::new()),
        _ => Err("a query must be a struct, a map or a list of (key, value) pairs".into()),
    }
}

fn pair(item: Value) -> Result<(String, Value), String> {
    match item {
        Value::Array(mut kv) if kv.len() == 2 => {
            let value = kv.pop().unwrap_or(Value::Null);
            match kv.pop() {
                Some(Value::String(key)) => Ok((key, value)),
                _ => Err("a query pair's key must be a string".into()),
            }
        }
        _ => Err("a query list must hold (key, value) pairs".into()),
    }
}

fn push_value(out: &mut String, key: &str, value: &Value) -> Result<(), String> {
    let text = match value {
        Value::Null => return Ok(()),
        Value::String(text) => text.clone(),
        Value::Bool(_) | Value::Number(_) => value.to_string(),
        Value::Array(items) => {
            for item in items {
                push_value(out, key, item)?;
            }
            return Ok(());
        }
        Value::Object(_) => return Err(format!("query parameter {key:?} is a nested object")),
    };
    if !out.is_empty() {
        out.push('&');
    }
    out.extend(utf8_percent_encode(key, ENCODE));
    out.push('=');
    out.extend(utf8_percent_encode(&text, ENCODE));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(value: &impl Serialize) -> Result<String, String> {
        let mut out = String::new();
        append(&mut out, value).map(|()| out)
    }

    #[test]
    fn pairs_structs_and_options() {
        assert_eq!(
            query(&[("limit", "50"), ("before", "1 2")]).unwrap(),
            "limit=50&before=1%202"
        );
        #[derive(Serialize)]
        struct Q {
            limit: u8,
            around: Option<u64>,
            with_counts: bool,
        }
        let q = Q {
            limit: 5,
            around: None,
            with_counts: true,
        };
        assert_eq!(query(&q).unwrap(), "limit=5&with_counts=true");
        assert_eq!(query(&[("ids", vec![1, 2])]).unwrap(), "ids=1&ids=2");
    }

    #[test]
    fn appends_to_existing_and_rejects_scalars() {
        let mut out = String::from("a=1");
        append(&mut out, &[("b", "ü")]).unwrap();
        assert_eq!(out, "a=1&b=%C3%BC");
        assert!(query(&5).is_err());
        assert!(query(&[("a", serde_json::json!({"x": 1}))]).is_err());
    }
}
