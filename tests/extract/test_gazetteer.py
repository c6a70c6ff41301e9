from __future__ import annotations

import pytest

from kg.errors import SchemaError
from kg.extract.gazetteer import load_gazetteer, parse_files
from kg.extract.lexicon import Lexicon


def entries(*raw: dict) -> dict:
    return parse_files([("test.yaml", {"entries": list(raw)})])


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"id": "agency:x", "label": "Agency"}, ["test.yaml", "agency:x", "'name'"]),
        ({"id": "agency:x", "label": "Body", "name": "X"}, ["'label'", "one of"]),
        ({"id": "x", "label": "Agency", "name": "X"}, ["'id'", "prefix"]),
        (
            {"id": "agency:x", "label": "Agency", "name": "X", "alias": ["Y"]},
            ["'alias'", "unknown"],
        ),
        ({"id": "agency:x", "label": "Agency", "name": "X", "aliases": "Y"}, ["'aliases'", "list"]),
        ({"id": "agency:x", "label": "Agency", "name": "X", "kind": "city"}, ["'kind'"]),
        (
            {"id": "agency:x", "label": "Agency", "name": "X", "parent": "agency:y"},
            ["'parent'", "agency:y"],
        ),
    ],
)
def test_bad_entries_name_file_entry_key_and_fix(raw: dict, words: list[str]) -> None:
    with pytest.raises(SchemaError) as err:
        entries(raw)
    for word in words:
        assert word in str(err.value)


def test_duplicate_ids_are_refused() -> None:
    e = {"id": "agency:x", "label": "Agency", "name": "X"}
    with pytest.raises(SchemaError, match="duplicate"):
        entries(e, e)


def test_top_level_must_hold_entries() -> None:
    with pytest.raises(SchemaError, match="entries"):
        parse_files([("bad.yaml", ["not", "a", "mapping"])])


def test_shipped_gazetteer_loads() -> None:
    gaz = load_gazetteer()
    assert all(e.id.split(":")[0] for e in gaz.values())


def test_simplified_traditional_and_abbreviation_match_one_entry(lex: Lexicon) -> None:
    text = "市场监管总局、市场监管总局（SAMR）和SAMRX"
    hits = lex.find(text.replace("市场监管总局", "市場監管總局", 1))
    ids = [h.ids for h in hits]
    assert ids == [("agency:samr",), ("agency:samr",), ("agency:samr",)]  # SAMRX is no word


def test_english_names_match_case_insensitively(lex: Lexicon) -> None:
    hits = lex.find("the state administration for market regulation said")
    assert [h.ids for h in hits] == [("agency:samr",)]


def test_governments_are_indexed_by_place(lex: Lexicon) -> None:
    assert lex.gov_of["place:hubei"] == "agency:hubei-gov"
