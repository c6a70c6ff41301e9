"""-p key=value strings → declared types; missing, unknown and malformed values → QueryError."""

from __future__ import annotations

import pytest

from kg.errors import QueryError, UsageError
from kg.queries import get_query, parse_query
from kg.query_params import ParamSyntaxError, convert

Q = parse_query(
    """// name: typed
// description: Every parameter type.
// param: actor: string example "市场监管总局"
// param: since: date = "1900-01-01" example "2024-01-01"
// param: limit: integer = 10 example 5
// param: score: float = 0.5 example 0.9
// param: strict: boolean = false example true
// param: kinds: list[string] = [] example ["HOSTED"]
RETURN $actor, $since, $limit, $score, $strict, $kinds
""",
    "queries/typed.cypher",
)


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        ("string", " 市场 监管 ", " 市场 监管 "),
        ("integer", " 42", 42),
        ("float", "2.5", 2.5),
        ("boolean", "Yes", True),
        ("boolean", "false", False),
        ("date", "2024-02-29", "2024-02-29"),
        ("list[string]", "HOSTED, ORGANIZED,", ["HOSTED", "ORGANIZED"]),
        ("list[string]", '["a,b", "c"]', ["a,b", "c"]),
    ],
)
def test_convert(kind, text, value):
    assert convert(kind, text) == value


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("integer", "ten"),
        ("integer", "1.5"),
        ("float", "x"),
        ("boolean", "maybe"),
        ("date", "2024-02-30"),
        ("date", "20240101"),
        ("list[string]", "[1, 2]"),
    ],
)
def test_convert_refuses(kind, text):
    with pytest.raises(ParamSyntaxError):
        convert(kind, text)


def test_bind_fills_defaults_and_converts():
    assert Q.bind({"actor": "总局", "limit": "3", "kinds": "HOSTED"}) == {
        "actor": "总局",
        "since": "1900-01-01",
        "limit": 3,
        "score": 0.5,
        "strict": False,
        "kinds": ["HOSTED"],
    }


def test_bind_checks_typed_values_from_python():
    assert Q.bind({"actor": "x", "limit": 7, "score": 1})["score"] == 1.0
    with pytest.raises(QueryError, match="limit"):
        Q.bind({"actor": "x", "limit": True})


def test_missing_parameter_says_how_to_give_it():
    with pytest.raises(
        QueryError, match=r"missing parameter actor \(string\); add -p actor=市场监管总局"
    ):
        Q.bind({})


def test_unknown_parameter_suggests_the_closest():
    with pytest.raises(QueryError, match=r"unknown parameter 'limt' \(did you mean limit\?\)"):
        Q.bind({"actor": "x", "limt": "3"})


def test_malformed_value_names_the_parameter_and_an_example():
    with pytest.raises(
        QueryError, match=r"parameter since: '2024-13-01' is not a date.*-p since=2024-01-01"
    ):
        Q.bind({"actor": "x", "since": "2024-13-01"})


def test_unknown_query_suggests_names(queries):
    with pytest.raises(QueryError, match=r"did you mean event-hosts") as err:
        get_query("event-host", queries)
    assert isinstance(err.value, UsageError)  # exit code 2
