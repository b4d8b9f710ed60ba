#!/usr/bin/env python3
"""Writes every operation of Discord's OpenAPI description as `METHOD /path/{template}`.

Usage: scripts/gen-openapi-routes.py [openapi.json] [output]

Defaults: /work/shared/discord-openapi/openapi.json ->
ovend-ratelimit/tests/data/openapi-routes.txt (relative to the repository root).
The output is checked in, so the test that reads it needs no copy of the description.
Standard library only.
"""

import json
import os
import sys

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SPEC = "/work/shared/discord-openapi/openapi.json"
DEFAULT_OUT = os.path.join(ROOT, "ovend-ratelimit", "tests", "data", "openapi-routes.txt")


def operations(spec):
    """Yields (METHOD, path) for every operation, in a stable order."""
    for path in sorted(spec.get("paths", {})):
        item = spec["paths"][path]
        for method in METHODS:
            if method in item:
                yield method.upper(), path


def main(argv):
    spec_path = argv[1] if len(argv) > 1 else DEFAULT_SPEC
    out_path = argv[2] if len(argv) > 2 else DEFAULT_OUT
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    lines = [f"{method} {path}" for method, path in operations(spec)]
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} operations to {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
