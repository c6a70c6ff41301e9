"""Every command is registered, carries an example in its --help, and is in the README."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

COMMANDS = [
    "clean",
    "extract",
    "eval",
    "init",
    "drop",
    "ingest",
    "load",
    "stats",
    "query",
    "cypher",
    "export",
    "rdf",
    "viz",
]
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_registered():
    assert set(COMMANDS) <= set(main.commands)


@pytest.mark.parametrize("name", sorted(set(COMMANDS) | set(main.commands)))
def test_help_has_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`kg {name} --help` has no example"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_readme_documents_command(name):
    assert f"kg {name}" in README, f"README.md does not show `kg {name}`"


def test_unknown_command_exits_2():
    result = CliRunner().invoke(main, ["no-such-command"])
    assert result.exit_code == 2


def test_examples_name_only_existing_queries():
    """Help texts and the README may only show canned queries that exist."""
    import re

    from kg.queries import load_queries

    known = set(load_queries())
    texts = [README] + [CliRunner().invoke(main, [c, "--help"]).output for c in main.commands]
    named = {m for t in texts for m in re.findall(r"(?:kg query|--query) ([a-z][\w-]+)", t)}
    assert named, "no example names a canned query"
    assert named <= known, f"unknown queries in examples: {sorted(named - known)}"
