"""The cypher-shell script: safe literals, constraints first, and it rebuilds the graph."""

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.export.cypher_script import literal, write
from kg.export.graph import read_graph
from kg.store import Store, open_store
from tests.export.conftest import AWKWARD, awkward_graph
from tests.export.test_roundtrip import assert_same_graph
from tests.support.cypher_lint import lint, require_linter

VALUES = [*AWKWARD, ["a'b", "c\\d", ""], 0.75, 3, True, {"title": "副'局长", "odd key": ["x"]}]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store for the module (opening and closing one costs seconds), emptied per use."""
    store = open_store(str(tmp_path_factory.mktemp("scratch") / "kg-data"))
    yield store
    store.close()


def statements(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")  # U+2028 inside a string is no break
    return [line for line in lines if line and not line.startswith("//")]


def replay(store: Store, stmts: list[str]) -> nx.MultiDiGraph:
    store.drop()
    for stmt in stmts:
        if not stmt.startswith("CREATE "):  # FalkorDB has no CREATE CONSTRAINT; the data part runs
            store.run(stmt.rstrip(";"), write=True)
    return read_graph(store)


def test_literals_read_back_as_the_same_value(scratch: Store):
    for value in VALUES:
        assert scratch.run(f"RETURN {literal(value)} AS v")[0]["v"] == value, value


def test_literals_cannot_end_their_string_early():
    assert literal('x" }) DETACH DELETE (n) //') == '"x\\" }) DETACH DELETE (n) //"'
    assert literal("a\x01\\") == '"a\\u0001\\\\"'  # Neo4j's escape for other controls
    assert literal({"odd key`": 1}) == "{`odd key```: 1}"
    assert literal(["a", 1, [True, 0.5]]) == '["a", 1, [true, 0.5]]'


def test_script_rebuilds_the_graph(scratch: Store, tmp_path: Path):
    graph = awkward_graph()
    write(graph, tmp_path / "graph.cypher")
    stmts = statements(tmp_path / "graph.cypher")
    ddl = [s for s in stmts if s.startswith(("CREATE CONSTRAINT", "CREATE INDEX"))]
    assert ddl and stmts[: len(ddl)] == ddl, "constraints and indexes come first"
    assert_same_graph(replay(scratch, stmts), graph)


def test_sample_script_rebuilds_the_sample(
    sample_graph: nx.MultiDiGraph, scratch: Store, tmp_path: Path
):
    write(sample_graph, tmp_path / "graph.cypher")
    assert_same_graph(replay(scratch, statements(tmp_path / "graph.cypher")), sample_graph)


def test_neo4j_linter_accepts_every_statement(sample_graph: nx.MultiDiGraph, tmp_path: Path):
    require_linter()
    graph = nx.compose(sample_graph, awkward_graph())
    write(graph, tmp_path / "graph.cypher")
    stmts = statements(tmp_path / "graph.cypher")
    found = lint([(str(i), s) for i, s in enumerate(stmts)], extra_property_keys=["odd key`"])
    errors = {i: d for i, d in found.items() if any(x["severity"] == "error" for x in d)}
    assert not errors, {i: (stmts[int(i)][:200], d) for i, d in errors.items()}
