"""Parameter text for FalkorDB (kg/store/falkor_params.py), checked on the real server:
every value comes back unchanged, the loader stores the same graph as with falkordb-py's own
encoder, and values FalkorDB cannot hold are refused with a clear StoreError."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import StoreError
from kg.load import read_records
from kg.models import Extraction
from kg.schema import load_schema
from kg.store import Store, open_store
from kg.store.batch import Batch
from kg.store.cypher import load_statement
from kg.store.falkor_params import INT64, _fast, encode_value
from kg.store.rows import article_rows
from tests.store.graph_dump import dump
from tests.store.synth import synthetic_extractions

TRICKY = [
    "",
    "plain",
    "quote \" and ' and `backquote`",
    "back\\slash\\",
    '\\"',
    "\\u00e9 \\n not escapes",
    "new\nline\r\ntab\t",
    "".join(map(chr, range(1, 32))),
    "\x7f\x85\xa0\u2028\u2029\ufeff\uffff",
    "emoji 😀👩‍🔬 CJK 國家市場監督管理總局",
    '{"k": [1, "v"]}',
    "1234567890123456789012",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(str(tmp_path_factory.mktemp("params") / "kg-data"))
    try:
        yield store
    finally:
        store.close()


def returned(store: Store, value: Any) -> Any:
    return store.run("RETURN $v AS v", {"v": value})[0]["v"]


def expected(value: Any) -> Any:
    """What a RETURN gives back: tuples are lists, and the reply writes doubles with 15
    significant digits (%.15g), so those are compared that way (exactness: test below)."""
    if isinstance(value, float):
        return float(f"{value:.15g}")
    if isinstance(value, list | tuple):
        return [expected(v) for v in value]
    if isinstance(value, dict):
        return {k: expected(v) for k, v in value.items()}
    return value


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (True is not 1, 1.0 is not 1)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    return repr(a) == repr(b)  # floats: -0.0 is not 0.0


def mantissa_exponent(x: float) -> tuple[int, int]:
    """x == m * 2**e exactly, with |m| < 2**53 and e >= -1074 (both fit int64)."""
    fraction, exponent = math.frexp(x)
    m, e = int(fraction * 2**53), exponent - 53
    if e < -1074:
        m, e = m >> (-1074 - e), -1074
    return m, e


EXACT = "RETURN $v = toFloat($m) * 2.0 ^ $e AS same"

text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))
scalars = (
    st.none()
    | st.booleans()
    | st.integers(*INT64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | text
)
keys = st.text(st.characters(codec="utf-8", exclude_characters="\x00`"))
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(keys | st.sampled_from(["id", "name", "a b", ""]), inner, max_size=4)
    ),
    max_leaves=12,
)
checked = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@checked
@given(values)
def test_any_value_comes_back_unchanged(store: Store, value: Any) -> None:
    assert same(returned(store, value), expected(value))


@checked
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_reach_the_server_bit_for_bit(store: Store, x: float) -> None:
    m, e = mantissa_exponent(x)
    assert store.run(EXACT, {"v": x, "m": m, "e": e}) == [{"same": True}]


def test_the_exactness_check_can_fail(store: Store) -> None:
    m, e = mantissa_exponent(1 / 3)
    near = math.nextafter(1 / 3, 1.0)
    assert store.run(EXACT, {"v": near, "m": m, "e": e}) == [{"same": False}]


@pytest.mark.parametrize("s", TRICKY)
def test_tricky_strings_come_back_unchanged(store: Store, s: str) -> None:
    value = {"s": s, "list": [s, [s]], "map": {"k": s}}
    assert same(returned(store, value), value)


def test_both_encoding_paths_are_exercised(store: Store) -> None:
    rows = [{"id": "x", "aliases": ["a", "b"], "confidence": 0.9, "count": 2, "date": None}]
    nested = [{"id": "x", "more": {"inner": [{"deep": 1}]}}]  # keys found by their quotes
    slow = [
        [{"id": "\x01"}],  # JSON writes \u0001, which FalkorDB would keep as six characters
        [{"n": 2**63 - 1}],  # 19 digits: range-checked by the plain encoder
        [{'key\\with"escapes': 1}],  # a key JSON escapes: FalkorDB's `key` has no escapes
    ]
    assert encode_value(rows).startswith("[{`id`:") and _fast(nested) is not None
    assert all(_fast(value) is None for value in slow)
    for value in (rows, nested, *slow):
        assert same(returned(store, value), value)


def test_map_keys_that_are_not_identifiers(store: Store) -> None:
    value = {"a b": 1, "中文": 2, "@type": 3, "": 4, 'q"uote': 5, "back\\": 6, "x\ny": 7, "1": 8}
    assert same(returned(store, value), value)
    assert same(returned(store, {1: "one", None: "none"}), {"1": "one", "null": "none"})


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("a\x00b", "U+0000"),
        (["ok", {"k": "\x00"}], "U+0000"),
        (2**63, "64-bit"),
        ([-(2**63) - 1], "64-bit"),
        (math.nan, "not a number"),
        ([math.inf], "not a number"),
        ({"a`b": 1}, "cannot quote"),
        ("\ud800", "lone surrogate"),
        (b"bytes", "bytes cannot be sent"),
        ({(1, 2): 1}, "not text"),
    ],
)
def test_values_falkordb_cannot_hold_are_refused(store: Store, value: Any, reason: str) -> None:
    with pytest.raises(StoreError, match=f"parameter 'v': .*{re.escape(reason)}"):
        store.run("RETURN $v AS v", {"v": value})
    with pytest.raises(StoreError, match="parameter 'v'"):
        store.run_batch([("RETURN $v AS v", {"v": value}), ("RETURN 1", {})])


def test_bad_parameter_names_are_refused(store: Store) -> None:
    for name in ("", "a`b"):
        with pytest.raises(StoreError, match="not a usable parameter name"):
            store.run("RETURN 1 AS one", {name: 1})
    assert store.run("RETURN $`a b` AS v", {"a b": 1}) == [{"v": 1}]


def tricky_extractions(sample: Path) -> list[Extraction]:
    """The sample records, with awkward aliases, plus synthetic articles."""
    items = [x for x in read_records([str(sample)]) if isinstance(x, Extraction)]
    first = items[0]
    entities = tuple(replace(e, aliases=(*e.aliases, *TRICKY[2:])) for e in first.entities[:3])
    items[0] = replace(first, entities=entities + first.entities[3:])
    return items + list(synthetic_extractions(40))


def test_the_loader_statement_stores_the_same_graph_as_the_client_encoder(
    falkor_store: Store, sample_records: Path
) -> None:
    schema = load_schema()
    batch = Batch(schema)
    for extraction in tricky_extractions(sample_records):
        batch.add(article_rows(extraction, schema))
    statement, params = load_statement(schema), batch.params()
    assert "`" in encode_value(params["articles"])  # the fast path, with rewritten keys

    falkor_store.run_batch([(statement, params)])
    ours = dump(falkor_store)
    falkor_store.drop()
    falkor_store.init()
    falkor_store._graph.query(statement, params)  # type: ignore[attr-defined]  # falkordb-py
    theirs = dump(falkor_store)
    assert len(ours) > 500 and ours == theirs
