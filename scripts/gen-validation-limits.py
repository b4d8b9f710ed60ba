#!/usr/bin/env python3
"""Generate ovend-rest's validation table from Discord's OpenAPI description.

Usage:
    scripts/gen-validation-limits.py [path/to/openapi.json] [output.rs]

Defaults: /work/shared/discord-openapi/openapi.json and
ovend-rest/src/validate/generated.rs (relative to the repository root).

Why a generated, checked-in table: the limits the validator enforces come from
Discord's own schema, but neither the build nor the tests may read the OpenAPI
file (users who clone the project do not have it). So this script reads the
schema once, asserts that every value it extracts has the shape it expects
(failing loudly if Discord changes the schema), and writes plain Rust
constants plus the route table used to check snowflake ids in paths.

A few limits are documented by Discord but absent from the schema (or differ
for bots); they are listed in DOCUMENTED below with their source, so every
number the validator uses lives in the one generated file.
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SPEC = "/work/shared/discord-openapi/openapi.json"
DEFAULT_OUT = os.path.join(ROOT, "ovend-rest", "src", "validate", "generated.rs")

# Limits that are documented but not (correctly) in the schema, with sources.
DOCUMENTED = [
    ("EMBEDS_TOTAL_MAX", 6000,
     "All embeds of a message together: title + description + field names and values + footer text + author name (discord-rules.md)."),
    ("ACTION_ROWS_MAX", 5,
     "Top-level action rows of a message that does not use components v2 (discord-rules.md)."),
    ("AUDIT_LOG_REASON_MAX", 512,
     "Characters of the `X-Audit-Log-Reason` header before URL-encoding (discord-rules.md)."),
    ("BULK_DELETE_MAX_AGE_MS", 14 * 24 * 60 * 60 * 1000,
     "Bulk delete only takes messages younger than 14 days (discord-rules.md)."),
    ("DISCORD_EPOCH_MS", 1420070400000,
     "Discord's epoch: a snowflake's creation time is `(id >> 22) + DISCORD_EPOCH_MS` (discord-rules.md)."),
    ("MESSAGE_FLAG_IS_COMPONENTS_V2", 1 << 15,
     "Message flag that switches a message to components v2 (Discord's message flags)."),
]


def load(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        return json.load(f)


class Spec:
    def __init__(self, doc):
        self.doc = doc
        self.schemas = doc["components"]["schemas"]

    def schema(self, name):
        return self.schemas[name]

    def prop(self, schema_name, *names):
        """Follow properties (and `$ref`/nullable `oneOf` wrappers) from a named schema."""
        node = self.schema(schema_name)
        for name in names:
            node = self.deref(node)
            if name == "[]":
                node = node["items"]
            else:
                node = node["properties"][name]
        return self.deref(node)

    def deref(self, node):
        # Nullable objects are written `oneOf: [{type: null}, {$ref}]`.
        if "oneOf" in node:
            refs = [n for n in node["oneOf"] if "$ref" in n]
            if len(refs) == 1 and len(node["oneOf"]) == 2:
                node = refs[0]
        if "$ref" in node:
            return self.schema(node["$ref"].rsplit("/", 1)[1])
        return node

    def operation(self, path, method):
        return self.doc["paths"][path][method]

    def json_body(self, path, method):
        body = self.operation(path, method)["requestBody"]["content"]["application/json"]["schema"]
        return self.deref(body)


def need(value, what):
    if not isinstance(value, int) or isinstance(value, bool):
        sys.exit(f"schema changed: {what} is {value!r}, expected an integer")
    return value


def schema_limits(spec):
    """(name, value, doc) for each limit read from the schema.

    Per-field limits (lengths, item counts, ranges) are not here: ovend-model-gen writes them,
    for every operation, into ovend-rest/src/validate/schema_table.rs. These few are the ones
    the validator's hand-written rules need (files are multipart parts, not JSON; the
    components-v2 maximum bounds the action-row rule)."""
    out = []

    def add(name, value, doc):
        out.append((name, need(value, name), doc))

    add("COMPONENTS_MAX", spec.prop("MessageCreateRequest", "components")["maxItems"],
        "Top-level components of a components-v2 message.")
    multipart = spec.operation("/channels/{channel_id}/messages", "post")["requestBody"]["content"][
        "multipart/form-data"]["schema"]["allOf"][1]["properties"]
    files = [k for k in multipart if k.startswith("files[")]
    add("FILES_MAX", len(files), "Files (`files[n]` multipart parts) per message.")
    return out


def is_snowflake(schema):
    return schema.get("$ref", "").endswith("/SnowflakeType")


def routes(spec):
    """(template, [(kind, text)]) for every path, sorted by template."""
    out = []
    for template, item in sorted(spec.doc["paths"].items()):
        params = {p["name"]: p for p in item.get("parameters", []) if p["in"] == "path"}
        for method, op in item.items():
            if method != "parameters":
                for p in op.get("parameters", []):
                    if p["in"] == "path":
                        params[p["name"]] = p
        segments = []
        for seg in template.strip("/").split("/"):
            if seg.startswith("{") and seg.endswith("}"):
                name = seg[1:-1]
                if name not in params:
                    sys.exit(f"schema changed: {template} has no definition for {name}")
                kind = "Snowflake" if is_snowflake(params[name]["schema"]) else "Param"
                segments.append((kind, name))
            else:
                segments.append(("Literal", seg))
        out.append((template, segments))
    return out


def rust_str(s):
    return json.dumps(s)


def render(spec):
    lines = [
        "//! Discord's documented limits and route shapes, generated from its OpenAPI description.",
        "//!",
        "//! @generated by `scripts/gen-validation-limits.py`; do not edit by hand, re-run the script.",
        f"//! Source: Discord OpenAPI `{spec.doc['info'].get('version', '?')}`.",
        "",
        "use super::routes::{RouteTemplate, Segment};",
        "",
    ]
    for name, value, doc in schema_limits(spec):
        lines += [f"/// {doc}", f"pub(crate) const {name}: usize = {value};", ""]
    for name, value, doc in DOCUMENTED:
        ty = "u64" if name.endswith("_MS") or name.startswith("MESSAGE_FLAG") else "usize"
        lines += [f"/// {doc}", f"pub(crate) const {name}: {ty} = {value};", ""]
    table = routes(spec)
    lines += [
        f"/// Every route of the API ({len(table)} templates), segment by segment.",
        "pub(crate) static ROUTES: &[RouteTemplate] = &[",
    ]
    for template, segments in table:
        segs = ", ".join(f"Segment::{k}({rust_str(t)})" for k, t in segments)
        lines += [
            "    RouteTemplate {",
            f"        template: {rust_str(template)},",
            f"        segments: &[{segs}],",
            "    },",
        ]
    lines += ["];", ""]
    return "\n".join(lines)


def main():
    spec_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SPEC
    out_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    text = render(Spec(load(spec_path)))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)
    # Keep the checked-in file identical to what `cargo fmt` would produce.
    try:
        subprocess.run(["rustfmt", "--edition", "2021", out_path], check=True)
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"warning: rustfmt failed ({err}); the output is unformatted", file=sys.stderr)
    print(f"wrote {out_path}")


if __name__ == "__main__":
    main()
