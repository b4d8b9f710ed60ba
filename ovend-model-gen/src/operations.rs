//! Typed calls for `ovend-rest`: one route function and one `RestClient` method per operation.
//!
//! Writes `ovend-rest/src/generated/routes.rs` (a [`Route`] builder per operation: method and
//! path, with path parameters filled in) and `ovend-rest/src/generated/operations.rs` (a
//! `RestClient` method per operation that takes typed path parameters, a typed query struct when
//! the operation has query parameters and the `ovend-model` request type, and resolves to the
//! `ovend-model` response type). Names come from Discord's `operationId`.
//!
//! The types of bodies are mapped by [`Lowering`] before the model is written, so an array of an
//! inline union gets its named model type like any other inline type. Query parameters are
//! mapped here, without new model types: a reference becomes its model type, a union becomes
//! `String`.
//!
//! Like [`emit`](crate::emit), the text is written in rustfmt's layout (the 100-column rule
//! decides between one line and one item per line), so no formatter runs.
//!
//! [`Route`]: https://docs.rs/ovend-rest

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use crate::docs::doc_lines;
use crate::lower::{Ctx, Lowering};
use crate::model::Ty;
use crate::spec::{ref_name, types, union_members, Spec};
use crate::{areas, naming};

const MAX_WIDTH: usize = 100;

/// The type of an answer that is not JSON: the whole response.
const RESPONSE: &str = "crate::Response";

/// One operation, ready to write.
pub struct Op {
    id: String,
    method: String,
    path: String,
    doc: String,
    /// (name, Rust parameter type, whether it is a string to percent-encode).
    params: Vec<(String, PathParam)>,
    /// (name, Rust type, required, doc).
    query: Vec<(String, String, bool, String)>,
    body: Option<String>,
    multipart_only: bool,
    multipart: bool,
    response: String,
}

/// How a path parameter is taken.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PathParam {
    /// `impl Into<Snowflake>`.
    Snowflake,
    /// `&str`, percent-encoded into the path.
    Str,
    /// `i64`.
    Int,
}

/// The request and response type names given to an operation's inline bodies.
#[derive(Default, Clone)]
pub struct BodyNames {
    /// The inline request body's type.
    pub request: Option<String>,
    /// The inline response bodies' types, in response order.
    pub responses: Vec<String>,
}

/// Maps every operation's parameters and bodies; call before the model is emitted.
pub fn collect(
    doc: &Value,
    spec: &Spec<'_>,
    lowering: &mut Lowering<'_, '_>,
    names: &BTreeMap<String, BodyNames>,
) -> Vec<Op> {
    let mut ops = Vec::new();
    let paths = doc["paths"].as_object().into_iter().flatten();
    for (path, item) in paths {
        let shared = item.get("parameters");
        for (method, op) in item.as_object().into_iter().flatten() {
            if method == "parameters" {
                continue;
            }
            ops.push(one(spec, lowering, names, path, method, op, shared));
        }
    }
    ops.sort_by(|a, b| a.id.cmp(&b.id));
    ops
}

fn one(
    spec: &Spec<'_>,
    lowering: &mut Lowering<'_, '_>,
    names: &BTreeMap<String, BodyNames>,
    path: &str,
    method: &str,
    op: &Value,
    shared: Option<&Value>,
) -> Op {
    let id = op["operationId"].as_str().unwrap_or_default().to_owned();
    let base = heck::ToUpperCamelCase::to_upper_camel_case(id.as_str());
    let names = names.get(&id).cloned().unwrap_or_default();
    let area = areas::area_of_path(path);
    let mut params = Vec::new();
    let mut query = Vec::new();
    let all = shared
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
    for p in all {
        let name = p["name"].as_str().unwrap_or_default().to_owned();
        let schema = &p["schema"];
        match p["in"].as_str() {
            Some("path") => {
                let kind = if ref_name(schema) == Some("SnowflakeType") {
                    PathParam::Snowflake
                } else if types(schema) == ["integer"] {
                    PathParam::Int
                } else {
                    PathParam::Str
                };
                params.push((name, kind));
            }
            Some("query") => {
                let required = p["required"].as_bool() == Some(true);
                let doc = p["description"].as_str().unwrap_or_default().to_owned();
                query.push((name, query_ty(spec, schema), required, doc));
            }
            _ => {}
        }
    }
    query.sort_by(|a, b| a.0.cmp(&b.0));
    let content = op.pointer("/requestBody/content");
    let json = op.pointer("/requestBody/content/application~1json/schema");
    let multipart = content.and_then(|c| c.get("multipart/form-data")).is_some();
    let ctx = |hint: String, request: bool| Ctx {
        schema: hint.clone(),
        hint,
        area,
        request,
    };
    let body = json.map(|schema| match &names.request {
        Some(name) if ref_name(schema).is_none() && is_inline(schema) => {
            rust_ty(&Ty::Named(name.clone()))
        }
        _ => {
            let (ty, nullable) = lowering.ty(schema, &ctx(format!("{base}Request"), true));
            rust_ty(&optional(ty, nullable))
        }
    });
    let mut response = None;
    let mut empty = false;
    let mut inline = names.responses.iter();
    let codes = op["responses"].as_object().into_iter().flatten();
    for (code, answer) in codes.filter(|(c, _)| c.starts_with('2')) {
        let Some(schema) = answer.pointer("/content/application~1json/schema") else {
            match answer.get("content") {
                Some(_) if response.is_none() => response = Some(Ty::Named(RESPONSE.into())),
                Some(_) => {}
                None => empty = true,
            }
            continue;
        };
        let ty = if ref_name(schema).is_none() && is_inline(schema) {
            inline.next().map(|n| Ty::Named(n.clone()))
        } else {
            None
        };
        if response.is_some() {
            continue;
        }
        let ty = ty.unwrap_or_else(|| {
            let (ty, nullable) = lowering.ty(schema, &ctx(format!("{base}Response"), false));
            optional(ty, nullable)
        });
        let _ = code;
        response = Some(ty);
    }
    let response = match response {
        None => "()".to_owned(),
        Some(ty) if empty && !matches!(ty, Ty::Option(_)) => rust_ty(&Ty::Option(Box::new(ty))),
        Some(ty) => rust_ty(&ty),
    };
    let mut doc = op["description"]
        .as_str()
        .or_else(|| op["summary"].as_str())
        .unwrap_or_default()
        .trim()
        .to_owned();
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    let _ = write!(doc, "`{} {path}` (`{id}`).", method.to_uppercase());
    Op {
        id,
        method: method.to_uppercase(),
        path: path.to_owned(),
        doc,
        params,
        query,
        multipart_only: multipart && json.is_none(),
        multipart,
        body,
        response,
    }
}

fn is_inline(body: &Value) -> bool {
    body.get("properties").is_some() || union_members(body).is_some()
}

fn optional(ty: Ty, nullable: bool) -> Ty {
    if nullable {
        Ty::Option(Box::new(ty))
    } else {
        ty
    }
}

/// A query parameter's type, without making model types.
fn query_ty(spec: &Spec<'_>, schema: &Value) -> String {
    if let Some(name) = ref_name(schema) {
        if name == "SnowflakeType" {
            return "Snowflake".to_owned();
        }
        let target = spec.resolve(name);
        let primitive = union_members(target).is_none() && target.get("properties").is_none();
        return match types(target).as_slice() {
            ["string"] if primitive => "String".to_owned(),
            ["integer"] if primitive => "i64".to_owned(),
            ["boolean"] if primitive => "bool".to_owned(),
            _ => format!("model::{}", naming::type_name(name)),
        };
    }
    if let Some([only]) = schema
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        return query_ty(spec, only);
    }
    let non_null: Vec<&str> = types(schema).into_iter().filter(|t| *t != "null").collect();
    match non_null.as_slice() {
        ["boolean"] => "bool".to_owned(),
        ["integer"] => "i64".to_owned(),
        ["number"] => "f64".to_owned(),
        ["array"] => format!("Vec<{}>", query_ty(spec, &schema["items"])),
        ["string"] if schema.get("format").and_then(Value::as_str) == Some("snowflake") => {
            "Snowflake".to_owned()
        }
        _ => "String".to_owned(),
    }
}

/// A model type as spelled in `ovend-rest`.
fn rust_ty(ty: &Ty) -> String {
    match ty {
        Ty::Snowflake => "Snowflake".to_owned(),
        Ty::Bool => "bool".to_owned(),
        Ty::Int => "i64".to_owned(),
        Ty::Float => "f64".to_owned(),
        Ty::String => "String".to_owned(),
        Ty::Unit => "()".to_owned(),
        Ty::Value => "serde_json::Value".to_owned(),
        Ty::Named(name) if name == RESPONSE => name.clone(),
        Ty::Named(name) => format!("model::{name}"),
        Ty::Vec(inner) => format!("Vec<{}>", rust_ty(inner)),
        Ty::Map(inner) => format!("BTreeMap<String, {}>", rust_ty(inner)),
        Ty::Option(inner) => format!("Option<{}>", rust_ty(inner)),
        Ty::Boxed(inner) => format!("Box<{}>", rust_ty(inner)),
    }
}

/// `(name, text)` of `routes.rs` and `operations.rs`.
pub fn files(ops: &[Op]) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("operations.rs".to_owned(), operations_rs(ops)),
        ("routes.rs".to_owned(), routes_rs(ops)),
    ])
}

const HEADER: &str = "Generated by `cargo run -p ovend-model-gen` from\n//! \
`ovend-testkit/openapi/discord-openapi.json`: do not edit by hand.\n";

fn push_doc(out: &mut String, indent: usize, text: &str) {
    for line in doc_lines(text) {
        let _ = writeln!(out, "{:indent$}{line}", "");
    }
}

/// `head(items) tail` on one line when it fits in `MAX_WIDTH`, else one item per line.
fn list(out: &mut String, indent: usize, head: &str, items: &[String], tail: &str) {
    let one = format!("{:indent$}{head}{}{tail}", "", items.join(", "));
    if one.len() <= MAX_WIDTH || items.is_empty() {
        let _ = writeln!(out, "{one}");
        return;
    }
    let _ = writeln!(out, "{:indent$}{head}", "");
    for item in items {
        let _ = writeln!(out, "{:w$}{item},", "", w = indent + 4);
    }
    let _ = writeln!(out, "{:indent$}{tail}", "");
}

fn param_decl(name: &str, kind: PathParam) -> String {
    match kind {
        PathParam::Snowflake => format!("{name}: impl Into<Snowflake>"),
        PathParam::Str => format!("{name}: &str"),
        PathParam::Int => format!("{name}: i64"),
    }
}

fn routes_rs(ops: &[Op]) -> String {
    let mut out = format!(
        "//! One [`Route`] per operation of Discord's API: its method and its path with the \
         path\n//! parameters filled in, for callers that send their own bodies.\n//!\n//! {HEADER}\n\
         use http::Method;\nuse ovend_model::Snowflake;\n\nuse crate::typed::{{encode_segment, Route}};\n"
    );
    for op in ops {
        out.push('\n');
        push_doc(&mut out, 0, &op.doc);
        let params: Vec<String> = op.params.iter().map(|(n, k)| param_decl(n, *k)).collect();
        list(
            &mut out,
            0,
            &format!("pub fn {}(", op.id),
            &params,
            ") -> Route {",
        );
        for (name, kind) in &op.params {
            match kind {
                PathParam::Snowflake => {
                    let _ = writeln!(out, "    let {name} = {name}.into();");
                }
                PathParam::Str => {
                    let _ = writeln!(out, "    let {name} = encode_segment({name});");
                }
                PathParam::Int => {}
            }
        }
        let line = format!("    let path = format!(\"{}\");", op.path);
        if op.params.is_empty() {
            let _ = writeln!(out, "    let path = \"{}\".to_owned();", op.path);
        } else if line.len() <= MAX_WIDTH {
            let _ = writeln!(out, "{line}");
        } else if line.len() - "    let path = ".len() + 8 <= MAX_WIDTH {
            let _ = writeln!(out, "    let path =\n        format!(\"{}\");", op.path);
        } else {
            let _ = writeln!(
                out,
                "    let path = format!(\n        \"{}\"\n    );",
                op.path
            );
        }
        let _ = writeln!(out, "    Route::new(Method::{}, path)", op.method);
        out.push_str("}\n");
    }
    out
}

fn operations_rs(ops: &[Op]) -> String {
    let mut out = format!(
        "//! A typed method on [`RestClient`] per operation of Discord's API, and the query \
         structs of\n//! the operations that take query parameters.\n//!\n//! {HEADER}\n\
         // Discord's operations take up to six path parameters, a query and a body.\n\
         #![allow(clippy::too_many_arguments)]\n\n\
         use std::collections::BTreeMap;\n\nuse ovend_model::Snowflake;\nuse serde::Serialize;\n\n\
         use crate::typed::TypedRequest;\nuse crate::{{model, routes, RestClient}};\n"
    );
    let mut uses_map = false;
    for op in ops.iter().filter(|op| !op.query.is_empty()) {
        out.push('\n');
        let name = query_name(op);
        push_doc(
            &mut out,
            0,
            &format!("The query parameters of [`RestClient::{}`].", op.id),
        );
        out.push_str("#[derive(Clone, Debug, Default, PartialEq, Serialize)]\n");
        let _ = writeln!(out, "pub struct {name} {{");
        for (field, ty, required, doc) in &op.query {
            let doc = if doc.is_empty() {
                format!("`{field}`.")
            } else {
                doc.clone()
            };
            push_doc(&mut out, 4, &doc);
            let ident = naming::field_name(field, &mut std::collections::BTreeSet::new());
            if *required {
                push_doc(&mut out, 4, "\nRequired by Discord.");
                let _ = writeln!(out, "    pub {ident}: {ty},");
            } else {
                out.push_str("    #[serde(skip_serializing_if = \"Option::is_none\")]\n");
                let _ = writeln!(out, "    pub {ident}: Option<{ty}>,");
            }
        }
        out.push_str("}\n");
    }
    out.push_str("\n/// Typed calls, one per operation.\nimpl RestClient {\n");
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut doc = op.doc.clone();
        if op.multipart_only {
            doc.push_str(
                "\n\nDiscord takes this operation's fields as `multipart/form-data` only: add them \
                 and the files with [`TypedRequest::file`] and [`TypedRequest::header`] on the \
                 untyped parts, or use the untyped API.",
            );
        } else if op.multipart {
            doc.push_str(
                "\n\nFiles: attach them with [`TypedRequest::file`]; the body goes as the \
                 `payload_json` part.",
            );
        }
        uses_map |=
            op.response.contains("BTreeMap") || op.body.iter().any(|b| b.contains("BTreeMap"));
        push_doc(&mut out, 4, &doc);
        let mut params = vec!["&self".to_owned()];
        params.extend(op.params.iter().map(|(n, k)| param_decl(n, *k)));
        if !op.query.is_empty() {
            params.push(format!("query: &{}", query_name(op)));
        }
        if let Some(body) = &op.body {
            params.push(format!("body: &{body}"));
        }
        let mut ret = format!(") -> TypedRequest<{}> {{", op.response);
        if ret.len() + 4 > MAX_WIDTH - 4 {
            ret = format!(") -> TypedRequest<{}>\n    {{", op.response);
        }
        list(&mut out, 4, &format!("pub fn {}(", op.id), &params, &ret);
        let args: Vec<String> = op.params.iter().map(|(n, _)| n.clone()).collect();
        let call = format!("routes::{}({});", op.id, args.join(", "));
        if 8 + "let route = ".len() + call.len() <= MAX_WIDTH {
            let _ = writeln!(out, "        let route = {call}");
        } else if 12 + call.len() <= MAX_WIDTH {
            let _ = writeln!(out, "        let route =\n            {call}");
        } else {
            let head = format!("let route = routes::{}(", op.id);
            let mixed = format!("{:12}{},", "", args.join(", "));
            if args.iter().all(|a| a.len() <= 10) && mixed.len() <= MAX_WIDTH {
                let _ = writeln!(out, "        {head}\n{mixed}\n        );");
            } else {
                list(&mut out, 8, &head, &args, ");");
            }
        }
        let mut request = "self.request(route.method().clone(), route.into_path())".to_owned();
        if !op.query.is_empty() {
            let _ = writeln!(out, "        let request = {request};");
            request = "request.query(query)".to_owned();
        }
        if op.body.is_some() {
            let _ = writeln!(out, "        let request = {request};");
            request = "request.json(body)".to_owned();
        }
        let _ = writeln!(out, "        TypedRequest::new({request})");
        out.push_str("    }\n");
    }
    out.push_str("}\n");
    if !uses_map {
        out = out.replace("use std::collections::BTreeMap;\n\n", "");
    }
    out
}

fn query_name(op: &Op) -> String {
    format!(
        "{}Query",
        heck::ToUpperCamelCase::to_upper_camel_case(op.id.as_str())
    )
}
