from __future__ import annotations

import pytest

from kg.errors import SchemaError
from kg.extract.patterns import load_patterns, validate


def test_shipped_patterns_load() -> None:
    pats = load_patterns()
    assert pats.bodies["suffixes"]["大学"] == ("University", False)
    assert "副省长" in pats.people["government_titles"]


def test_missing_key_is_named() -> None:
    with pytest.raises(SchemaError, match=r"people\.yaml: key 'compound_surnames' is missing"):
        doc = {k: ["x"] for k in ("titles", "government_titles", "weak_titles", "name_followers")}
        validate("people.yaml", {**doc, "surnames": "王", "name_end_chars": "，"})


def test_wrong_type_is_named() -> None:
    good = load_patterns().events
    with pytest.raises(SchemaError, match=r"events\.yaml: key 'suffixes': must be a list"):
        validate("events.yaml", {**good, "suffixes": "大会"})


def test_unknown_suffix_label_is_refused() -> None:
    good = dict(load_patterns().bodies)
    good["suffixes"] = [{"suffix": "协会", "label": "Club"}]
    good["canonical_suffixes"] = {}
    with pytest.raises(SchemaError, match="suffixes"):
        validate("bodies.yaml", good)
