"""`kg query` and `kg cypher` through click's CliRunner on a real embedded store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.load import load_records

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "records" / "sample.jsonl"


@pytest.fixture
def store_dir(falkor_store) -> str:
    """The sample records in a fresh store, closed again so the CLI can open it."""
    load_records(falkor_store, [str(SAMPLE)])
    location = falkor_store.location
    falkor_store.close()
    return location


def kg(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_list_as_json_has_every_query_with_parameters(queries):
    result = kg("query", "--list", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert [q["name"] for q in listed] == sorted(queries)
    hosts = next(q for q in listed if q["name"] == "event-hosts")
    assert hosts["params"][0] == {
        "name": "event",
        "type": "string",
        "required": True,
        "default": None,
        "example": "开放日",
        "meaning": "a fragment of the event's name or of an alias",
    }


def test_list_as_table():
    result = kg("query", "--list", "--format", "table")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["name", "description", "parameters"]
    assert "event-hosts" in result.output


def test_query_json_by_default_when_piped(store_dir):
    result = kg("query", "event-hosts", "-p", "event=开放日", "--store", store_dir)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [sorted(r["hosts"]) for r in rows] == [["国家市场监督管理总局", "湖北省人民政府"]]


def test_query_csv_and_table(store_dir):
    out = kg(
        "query", "actor-events", "-p", "actor=市场监管总局", "--format", "csv", "--store", store_dir
    )
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [(r["date"], r["role"]) for r in rows] == [("2024-09-19", "HOSTED")]
    table = kg(
        "query",
        "body-subunits",
        "-p",
        "body=国家市场监督管理总局",
        "--format",
        "table",
        "--store",
        store_dir,
    )
    lines = table.output.splitlines()
    assert lines[0].split()[:3] == ["body", "unit", "label"] and set(lines[1]) <= {"-", " "}
    assert "国家市场监督管理总局专业人才中心; 国家" in table.output  # a list cell, cut to fit


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "event-host"], "did you mean event-hosts"),
        (["query", "event-hosts"], "missing parameter event (string); add -p event=开放日"),
        (["query", "event-hosts", "-p", "event=x", "-p", "limt=3"], "did you mean limit"),
        (["query", "event-hosts", "-p", "event=x", "-p", "limit=many"], "'many' is not an integer"),
        (["query", "event-hosts", "-p", "event"], "write -p key=value"),
        (["query"], "name a query"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, message):
    result = kg(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_cypher_is_read_only_unless_write(store_dir):
    refused = kg("cypher", "CREATE (:Place {id: 'place:x', name: 'X'})", "--store", store_dir)
    assert refused.exit_code == 2
    assert "runs read-only; add --write" in refused.output
    done = kg(
        "cypher", "--write", "CREATE (:Place {id: 'place:x', name: 'X'})", "--store", store_dir
    )
    assert done.exit_code == 0, done.output
    found = kg(
        "cypher",
        "MATCH (p:Place {id: $id}) RETURN p.name AS name, $n AS n",
        "-p",
        "id=place:x",
        "-p",
        "n:=[1, 2]",
        "--store",
        store_dir,
    )
    assert json.loads(found.output) == [{"name": "X", "n": [1, 2]}]


def test_cypher_reads_stdin_and_reports_bad_json_param(store_dir):
    result = kg(
        "cypher",
        "-",
        "--format",
        "csv",
        "--store",
        store_dir,
        input="MATCH (a:Article) RETURN count(a) AS articles",
    )
    assert result.output.splitlines() == ["articles", "4"]
    bad = kg("cypher", "RETURN $x AS x", "-p", "x:=[1,", "--store", store_dir)
    assert bad.exit_code == 2 and "not JSON" in bad.output
