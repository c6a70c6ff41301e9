"""Neo4j's own linter accepts every canned query: no errors, no warnings.

Parameters are declared from each header's example values; labels, relationship types and
property keys come from schema/graph.yaml (tests/support/cypher_lint.py).
"""

from __future__ import annotations

import pytest

from kg.queries import load_queries
from tests.support.cypher_lint import lint, require_linter


@pytest.fixture(scope="module")
def diagnostics() -> dict[str, list[dict]]:
    """One linter run for all queries (node starts slowly). Declaring the union of their
    parameters is safe: the header parser already refuses an undeclared $name."""
    require_linter()
    queries = load_queries().values()
    params = {name: value for q in queries for name, value in q.example_values().items()}
    return lint([(q.name, q.cypher) for q in queries], parameters=params)


def test_a_parameter_name_has_one_type_in_every_query():
    types: dict[str, set[str]] = {}
    for q in load_queries().values():
        for p in q.params:
            types.setdefault(p.name, set()).add(p.type)
    assert {name: kinds for name, kinds in types.items() if len(kinds) > 1} == {}


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_neo4j_linter_accepts(name, diagnostics):
    assert diagnostics[name] == [], f"queries/{name}.cypher: {diagnostics[name]}"


def test_the_linter_catches_a_bad_query():
    require_linter()
    found = lint([("bad", "MATCH (n:Agencyy) RETURN n.nam AS x, $nope AS y")], parameters={})
    severities = {d["severity"] for d in found["bad"]}
    assert severities == {"error", "warning"}
