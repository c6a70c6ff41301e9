"""The `//` header of a canned query: parsed into a Query, every mistake a SchemaError that
names the file and says how to fix it."""

from __future__ import annotations

import pytest

from kg.errors import SchemaError
from kg.queries import parse_query

GOOD = """// name: demo-query
// description: Events of an actor.
// param: actor: string example "市场监管总局" -- a name fragment
// param: since: date = "1900-01-01" example "2024-01-01"
// param: kinds: list[string] = [] example ["HOSTED", "ORGANIZED"]
// param: limit: integer = 10 example 5 -- at most this many
// A note line, kept as a note.
MATCH (e:Event) WHERE e.name CONTAINS $actor AND e.date >= $since
  AND ($kinds = [] OR e.name IN $kinds)
RETURN e.name AS name LIMIT $limit
"""


def test_a_good_header_is_parsed():
    q = parse_query(GOOD, "queries/demo-query.cypher")
    assert q.name == "demo-query"
    assert q.description == "Events of an actor."
    assert [(p.name, p.type, p.required) for p in q.params] == [
        ("actor", "string", True),
        ("since", "date", False),
        ("kinds", "list[string]", False),
        ("limit", "integer", False),
    ]
    assert q.param("limit").default == 10 and q.param("limit").meaning == "at most this many"
    assert q.param("kinds").example == ["HOSTED", "ORGANIZED"]
    assert q.notes == ("A note line, kept as a note.",)
    assert q.cypher == GOOD  # the whole file runs (comments included): pasteable as is


H = "// name: demo-query\n// description: x.\n"
BROKEN = [
    ("// name: demo-query\n", "lacks `// description:`"),
    ("// description: x.\nRETURN 1", "lacks `// name:`"),
    ("// name: other\n// description: x.\nRETURN 1", "write `// name: demo-query`"),
    ("// name: demo-query\n// descripton: x.\nRETURN 1", "did you mean description"),
    ("// name: demo-query\n// description: x.\n// description: y.\nRETURN 1", "keep one"),
    (
        '// name: demo-query\n// description: x.\n// param: a: text example "b"\nRETURN $a',
        "unknown type 'text'",
    ),
    (
        "// name: demo-query\n// description: x.\n// param: a: string\nRETURN $a",
        "add `example VALUE`",
    ),
    (
        '// name: demo-query\n// description: x.\n// param: a: integer example "b"\nRETURN $a',
        'example "b" is not an integer',
    ),
    (
        H + '// param: a: date = "2024" example "2024-01-01"\nRETURN $a',
        'default "2024" is not a date',
    ),
    (
        "// name: demo-query\n// description: x.\n// param: a: string example b\nRETURN $a",
        "must be a JSON value",
    ),
    (
        '// name: demo-query\n// description: x.\n// param: a: string example "b" oops\nRETURN $a',
        "after `--`",
    ),
    ("// name: demo-query\n// description: x.\nRETURN $a", "$a is used but not declared"),
    (
        '// name: demo-query\n// description: x.\n// param: a: string example "b"\nRETURN 1',
        "never used",
    ),
    ("// name: demo-query\n// description: x.\n// param: a\nRETURN 1", "// param: NAME: TYPE"),
]


@pytest.mark.parametrize(("text", "fix"), BROKEN)
def test_a_broken_header_names_the_file_and_the_fix(text, fix):
    with pytest.raises(SchemaError) as err:
        parse_query(text, "queries/demo-query.cypher")
    assert str(err.value).startswith("queries/demo-query.cypher")
    assert fix in str(err.value)


def test_shipped_queries_all_load(queries):
    assert len(queries) >= 15
    for q in queries.values():
        assert q.source == f"queries/{q.name}.cypher"
