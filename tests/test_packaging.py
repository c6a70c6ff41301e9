"""The wheel ships schema/ and queries/ inside the package, where kg.resources finds them."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.skip("hatchling not installed (dev extra)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("kg-*.whl"))


def test_wheel_ships_schema_and_queries(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_data/schema/graph.yaml" in names
    shipped_queries = {
        n for n in names if n.startswith("kg/_data/queries/") and n.endswith(".cypher")
    }
    repo_queries = {f"kg/_data/queries/{p.name}" for p in (ROOT / "queries").glob("*.cypher")}
    assert shipped_queries == repo_queries
    gazetteer = {p.name for p in (ROOT / "schema" / "gazetteer").glob("*.yaml")}
    assert {
        n.rsplit("/", 1)[1] for n in names if n.startswith("kg/_data/schema/gazetteer/")
    } == gazetteer
    assert "kg/py.typed" in names


def test_resources_resolve_in_a_checkout():
    from kg.resources import data_dir

    assert (data_dir("schema") / "graph.yaml").is_file()
    assert data_dir("queries").is_dir()
