"""Doc's position index (bisect over mentions by end) answers as a full scan would."""

from __future__ import annotations

from kg.extract.bodies import find_bodies
from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.events import find_events
from kg.extract.patterns import load_patterns
from kg.extract.people import find_people
from tests.extract.conftest import article

TEXT = (
    "2024年湖北质量大会在武汉举行。大会由市场监管总局、湖北省人民政府共同主办，"
    "华中科技大学承办。湖北省副省长张明、市场监管总局副局长李华出席大会并致辞。"
)
ACTORS = BODY_LABELS | {"Person"}


def _doc(lex) -> Doc:  # type: ignore[no-untyped-def]
    doc = Doc(article(TEXT * 3), lex, load_patterns())
    find_bodies(doc)
    find_events(doc)
    find_people(doc)
    return doc


def test_within_and_nearest_match_a_scan(lex) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(lex)
    assert len(doc.mentions) > 20
    for lo in range(0, len(doc.text), 7):
        for hi in (lo + 5, lo + 30, lo + 90):
            scan = sorted(
                (m for m in doc.mentions
                 if m.label in ACTORS and lo <= m.span.start and m.span.end <= hi),
                key=lambda m: m.span.start,
            )  # fmt: skip
            assert doc.within(lo, hi, ACTORS) == scan
            best = max(scan, key=lambda m: m.span.end, default=None)
            got = doc.nearest_before(hi, lo, ACTORS)
            assert (got.span.end if got else None) == (best.span.end if best else None)


def test_index_follows_added_mentions(lex) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(lex)
    doc.within(0, 10, ACTORS)  # build the index, then add after it
    m = doc.add("Organization", 0, 4, "org:x", "2024")
    assert m in doc.within(0, 10, ACTORS)
    assert doc.nearest_before(4, 0, ACTORS) is m
