"""Every statement the loader, `kg init/drop/stats` and the exports' reads ship passes Neo4j's
own linter, clean."""

from __future__ import annotations

from typing import Any

import pytest

from kg.export import store_graph
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
    out += export_reads()
    return [*out, ("total nodes", ddl.TOTAL_NODES), ("total rels", ddl.TOTAL_RELATIONSHIPS)]


def export_reads() -> list[tuple[str, str]]:
    """What exports read, in the form Neo4j runs (FalkorDB adds an id-range condition)."""
    schema, out = load_schema(), []
    for label, node in schema.nodes.items():
        props = [p for p in node.properties if p != "id"]
        for as_map in (False, True):
            tail = store_graph.node_tail(props, as_map)
            out.append((f"export nodes {label} {as_map}", f"MATCH (n:{label}) {tail}"))
        out.append((f"export keys {label}", store_graph.node_keys_statement(label)))
    for rel_type, rel in schema.relationships.items():
        for label in sorted(rel.sources):
            for as_map in (False, True):
                tail = store_graph.edge_tail(rel_type, list(rel.properties), as_map)
                out.append((f"export {rel_type} {label} {as_map}", f"MATCH (n:{label}) {tail}"))
            out.append(
                (
                    f"export keys {rel_type} {label}",
                    store_graph.edge_keys_statement(label, rel_type),
                )
            )
    return out


@pytest.fixture(scope="module")
def diagnostics() -> dict[str, list[dict[str, Any]]]:
    """One linter run (it is slow to start) over every statement plus a broken canary."""
    require_linter()
    schema = load_schema()
    params: dict[str, object] = {name: [] for name in cypher.load_parameter_names(schema)}
    params["limit"] = 10_000
    params["rows"] = []
    params["since"] = "2024-01-01"
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
