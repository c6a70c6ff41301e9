"""Every canned query is documented: a description, an example per parameter, and a line in
README.md's generated block, which must match what `python -m kg.queries --markdown` renders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import SchemaError
from kg.queries import load_queries, parse_query
from kg.query_docs import END, START, render_markdown, replace_block

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_query_has_a_description_and_examples(name):
    q = load_queries()[name]
    assert q.description.endswith(".") and len(q.description) > 20
    assert "\n" not in q.description
    for p in q.params:
        assert p.example is not None and p.example != "", f"{name}: {p.name} needs an example"


def test_missing_description_or_example_fails_at_load():
    with pytest.raises(SchemaError, match="description"):
        parse_query("// name: x\nRETURN 1", "queries/x.cypher")
    with pytest.raises(SchemaError, match="example"):
        parse_query(
            "// name: x\n// description: X.\n// param: a: string\nRETURN $a", "queries/x.cypher"
        )


def test_readme_block_is_in_sync():
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text, (
        "README.md lacks the queries block; run python -m kg.queries --sync README.md"
    )
    block = START + text.split(START, 1)[1].split(END, 1)[0] + END + "\n"
    assert block == render_markdown(load_queries().values()), (
        "README.md's queries block is stale; run .venv/bin/python -m kg.queries --sync README.md"
    )


def test_markdown_lists_every_query_with_an_example_command():
    block = render_markdown(load_queries().values())
    for name in load_queries():
        assert f"| `{name}` |" in block and f"kg query {name} -p" in block


def test_replace_block_appends_then_replaces():
    once = replace_block("# Title\n", f"{START}\nA\n{END}\n")
    assert once == f"# Title\n\n{START}\nA\n{END}\n"
    assert (
        replace_block(once + "tail\n", f"{START}\nB\n{END}\n")
        == f"# Title\n\n{START}\nB\n{END}\ntail\n"
    )


def test_module_prints_the_block():
    out = subprocess.run(
        [sys.executable, "-m", "kg.queries", "--markdown"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert out.stdout == render_markdown(load_queries().values())
