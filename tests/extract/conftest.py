"""Helpers for extraction tests: a small test gazetteer and articles built in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.extract import extract_with
from kg.extract.gazetteer import parse_files
from kg.extract.lexicon import Lexicon
from kg.extract.normalize import to_simplified
from kg.extract.patterns import load_patterns
from kg.models import Article, Extraction

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def lex() -> Lexicon:
    doc = yaml.safe_load((DATA / "gazetteer.yaml").read_text(encoding="utf-8"))
    return Lexicon(parse_files([("gazetteer.yaml", doc)]))


def article(text: str, date: str = "2024-09-19", script: str = "zh-Hans") -> Article:
    body = to_simplified(text) if script != "en" else text
    return Article(
        id="art-test", source="test.txt", title=None, date=date, script=script, text=body
    )


@pytest.fixture(scope="session")
def run(lex: Lexicon):  # type: ignore[no-untyped-def]
    def _run(text: str, **kwargs: str) -> Extraction:
        return extract_with(article(text, **kwargs), lex, load_patterns())

    return _run


def names(x: Extraction, label: str | None = None) -> set[str]:
    return {e.name for e in x.entities if label is None or e.label == label}


def rels(x: Extraction, type_: str | None = None) -> set[tuple[str, ...]]:
    """Relations as (type, source name, target name[, title]) for readable asserts."""
    by_id = {e.id: e.name for e in x.entities}
    out = set()
    for r in x.relations:
        if type_ is None or r.type == type_:
            title = (r.properties["title"],) if "title" in r.properties else ()
            out.add((r.type, by_id[r.source], by_id[r.target], *title))
    return out
