"""Every statement the loader, `kg init/drop/stats` ship passes Neo4j's own linter, clean."""

from __future__ import annotations

from typing import Any

import pytest

from kg.schema import load_schema
from kg.store import cypher, ddl, neo4j
from tests.support.cypher_lint import lint, require_linter

CANARY = ("canary: misspelt label", "UNWIND $rows AS r MATCH (n:Agncy {id: r.id}) RETURN n.id")


def shipped_statements() -> list[tuple[str, str]]:
    """Shared Cypher (both engines) and Neo4j's DDL; FalkorDB-only `CALL db.*` is left out."""
    schema = load_schema()
    out = [("load", cypher.load_statement(schema)), ("neo4j drop batch", neo4j.DELETE_SOME)]
    out += [(f"neo4j init {i}", s) for i, s in enumerate(ddl.neo4j_init_statements(schema))]
    out += [(f"neo4j drop {i}", s) for i, s in enumerate(ddl.neo4j_drop_statements(schema))]
    out += [(f"falkor {s.name}", ddl.falkor_index_statement(s)) for s in ddl.index_specs(schema)]
    out += [(f"count {k}", q) for k, q in ddl.label_count_statements(schema).items()]
    out += [(f"count {k}", q) for k, q in ddl.type_count_statements(schema).items()]
    return [*out, ("total nodes", ddl.TOTAL_NODES), ("total rels", ddl.TOTAL_RELATIONSHIPS)]


@pytest.fixture(scope="module")
def diagnostics() -> dict[str, list[dict[str, Any]]]:
    """One linter run (it is slow to start) over every statement plus a broken canary."""
    require_linter()
    schema = load_schema()
    params: dict[str, object] = {name: [] for name in cypher.load_parameter_names(schema)}
    params["limit"] = 10_000
    params["rows"] = []
    return lint(
        [*shipped_statements(), CANARY], parameters=params, extra_property_keys=cypher.ROW_KEYS
    )


def test_every_shipped_statement_lints_clean(diagnostics: dict[str, list[dict[str, Any]]]) -> None:
    shipped = shipped_statements()
    assert len(shipped) > 40  # the loader, the DDL of every label, every count
    assert {name for name, _ in shipped} | {CANARY[0]} == set(diagnostics)
    assert {n: d for n, d in diagnostics.items() if d and n != CANARY[0]} == {}


def test_the_linter_does_catch_a_broken_statement(
    diagnostics: dict[str, list[dict[str, Any]]],
) -> None:
    assert any("Agncy" in d["message"] for d in diagnostics[CANARY[0]])
