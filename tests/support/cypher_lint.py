"""Run Neo4j's own Cypher linter (@neo4j-cypher/language-support, lintCypherQuery) from tests.

`make test` installs it under tools/cypher-lint (npm ci); tests that need it skip with a
clear reason where Node.js or the package is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from kg.schema import GraphSchema, load_schema

LINT_DIR = Path(__file__).resolve().parents[2] / "tools" / "cypher-lint"


def linter_available() -> str | None:
    """None when the linter can run, else the reason it cannot."""
    if shutil.which("node") is None:
        return "node not found (install Node.js 18+)"
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        return "linter not installed (run `make test-deps`)"
    return None


def require_linter() -> None:
    reason = linter_available()
    if reason:
        pytest.skip(reason)


def db_schema(
    schema: GraphSchema | None = None, parameters: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The DbSchema the linter checks names against: our labels, types and property keys."""
    schema = schema or load_schema()
    return {
        "labels": sorted(schema.nodes),
        "relationshipTypes": sorted(schema.relationships),
        "propertyKeys": list(schema.property_keys()),
        "parameters": dict(parameters or {}),
    }


def lint(
    statements: Iterable[tuple[str, str]],
    parameters: Mapping[str, Any] | None = None,
    extra_property_keys: Iterable[str] = (),
) -> dict[str, list[dict[str, Any]]]:
    """Diagnostics per statement name: [{"severity", "message", "offset"}]."""
    schema = db_schema(parameters=parameters)
    schema["propertyKeys"] = sorted(set(schema["propertyKeys"]) | set(extra_property_keys))
    payload = {"schema": schema, "statements": [{"name": n, "cypher": c} for n, c in statements]}
    proc = subprocess.run(
        ["node", str(LINT_DIR / "lint.mjs")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"cypher linter failed: {proc.stderr.strip()}")
    return {r["name"]: r["diagnostics"] for r in json.loads(proc.stdout)}
