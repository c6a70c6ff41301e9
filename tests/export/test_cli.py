"""`kg export` and `kg rdf` through click's CliRunner, on a real embedded store."""

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.export.graphml import read as read_graphml
from tests.export.conftest import SAMPLE


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "kg-data")
    result = CliRunner().invoke(main, ["load", str(SAMPLE), "--store", path, "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def test_export_graphml_and_rdf_turtle_as_make_demo_does(store_dir: str, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        ["export", "--store", store_dir, "--format", "graphml", "-o", str(out / "graph.graphml")],
    )
    assert result.exit_code == 0, result.output
    graph = read_graphml(out / "graph.graphml")
    assert isinstance(graph, nx.MultiDiGraph) and graph.number_of_nodes() > 20
    assert f"wrote {graph.number_of_nodes()} nodes" in result.stderr
    result = runner.invoke(
        main, ["rdf", "--store", store_dir, "--format", "turtle", "-o", str(out / "graph.ttl")]
    )
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(str(out / "graph.ttl"), format="turtle")) > 100


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--format", "dot", "-o", "x"], "--format dot: unknown export format"),
        (
            ["export", "--format", "json", "-o", "x", "--label", "Agncy"],
            "--label Agncy: unknown label",
        ),
        (["export", "--format", "json", "-o", "x", "--since", "yesterday"], "--since yesterday"),
        (["rdf", "-o", "x.ttl", "--base", "not an iri"], "--base not an iri"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str, tmp_path: Path):
    result = CliRunner().invoke(main, [*args, "--store", str(tmp_path / "never-opened")])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "never-opened").exists()


@pytest.mark.parametrize("command", ["export", "rdf"])
def test_help_has_an_example(command: str):
    result = CliRunner().invoke(main, [command, "--help"])
    assert (
        result.exit_code == 0
        and "Example:" in result.output
        and f"kg {command} --format" in result.output
    )


def test_several_formats_are_written_from_one_read(store_dir: str, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "all"
    formats = ["graphml", "gexf", "json", "csv", "cypher"]
    args = [x for f in formats for x in ("--format", f)]
    result = runner.invoke(main, ["export", "--store", store_dir, *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "csv",
        "graph.cypher",
        "graph.gexf",
        "graph.graphml",
        "graph.json",
    ]
    graph = read_graphml(out / "graph.graphml")
    assert result.stderr.count(f"wrote {graph.number_of_nodes()} nodes") == len(formats)
    assert (out / "csv" / "neo4j-admin-import.sh").exists()
    result = runner.invoke(
        main,
        ["rdf", "--store", store_dir, "--format", "turtle", "--format", "nquads", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(str(out / "graph.ttl"), format="turtle")) > 100
    assert (out / "graph.nq").stat().st_size > 0 and result.stderr.count("statements") == 2
