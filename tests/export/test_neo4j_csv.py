"""The neo4j-admin CSV layout: typed headers, counts equal to the store, lists split back."""

import csv
from pathlib import Path

import networkx as nx

from kg.export.neo4j_csv import SCRIPT, write
from kg.store import Store
from tests.export.conftest import awkward_graph
from tests.export.test_graph import store_counts


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as src:
        header, *rows = list(csv.reader(src))
    return header, rows


def test_file_counts_match_the_store(
    sample_store: Store, sample_graph: nx.MultiDiGraph, tmp_path: Path
):
    write(sample_graph, tmp_path)
    labels, types = store_counts(sample_store)
    for label, count in labels.items():
        path = tmp_path / f"nodes_{label}.csv"
        assert (len(read_rows(path)[1]) if path.exists() else 0) == count, label
    for rtype, count in types.items():
        path = tmp_path / f"relationships_{rtype}.csv"
        assert (len(read_rows(path)[1]) if path.exists() else 0) == count, rtype
    script = (tmp_path / SCRIPT).read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script and "--nodes=nodes_Agency.csv" in script


def test_headers_use_the_import_tool_columns(sample_graph: nx.MultiDiGraph, tmp_path: Path):
    write(sample_graph, tmp_path)
    header, rows = read_rows(tmp_path / "nodes_Agency.csv")
    assert header[:2] == ["id:ID", ":LABEL"]
    assert {"name:string", "aliases:string[]", "first_seen:string"} <= set(header)
    assert all(row[1] == "Agency" for row in rows)
    header, _ = read_rows(tmp_path / "relationships_HOLDS_POSITION.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"title:string", "articles:string[]", "evidence:string[]", "confidence:double"} <= set(
        header
    )
    header, _ = read_rows(tmp_path / "relationships_MENTIONS.csv")
    assert "count:long" in header


def test_lists_split_back_with_a_delimiter_that_no_item_contains(tmp_path: Path):
    graph = awkward_graph()  # its items contain | and ; so a third delimiter is chosen
    write(graph, tmp_path)
    script = (tmp_path / SCRIPT).read_text(encoding="utf-8")
    delim = script.split("--array-delimiter=")[1][0]
    assert delim not in ("|", ";")
    header, rows = read_rows(tmp_path / "nodes_Agency.csv")
    aliases = rows[0][header.index("aliases:string[]")].split(delim)
    assert aliases == graph.nodes["agency:a b/c"]["aliases"]
    assert sorted(tmp_path.glob("*.csv")) and all(
        f"={p.name}" in script for p in tmp_path.glob("*.csv")
    )  # the second pass left no file of the first behind
