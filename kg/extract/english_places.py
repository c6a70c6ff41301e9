"""Where English articles put things: "in Chengdu, Sichuan Province" (LOCATED_IN, when the
gazetteer agrees) and "…Conference … at the X Convention Center" (HELD_AT a venue)."""

from __future__ import annotations

import re

from kg.extract.doc import Doc

PLACE = frozenset({"Place"})
EVENT = frozenset({"Event"})
AT = re.compile(r"\bat\s+(?:the\s+)?")
COMMA = re.compile(r",\s+(?:the\s+)?")


def find_places(doc: Doc, sentences: list[tuple[int, int]], venues: str) -> None:
    for s, e in sentences:
        _city_province(doc, s, e)
        _venue(doc, s, e, re.compile(rf"(?:{venues})$"))


def _city_province(doc: Doc, s: int, e: int) -> None:
    """ "Chengdu, Sichuan Province": the city is in the province the gazetteer puts it in."""
    for city in doc.within(s, e, PLACE):
        sep = COMMA.match(doc.text, city.span.end, e)
        wider = doc.starting_at(sep.end(), PLACE) if sep else None
        entry = doc.lex.entries.get(city.key or "")
        if wider and entry and entry.located_in and entry.located_in == wider.key:
            doc.relate(
                "LOCATED_IN", city.key or "", wider.key or "", 0.85, city.span.start, wider.span.end
            )


def _venue(doc: Doc, s: int, e: int, venue: re.Pattern[str]) -> None:
    """ "The Conference … runs at the X Convention Center": the sentence's latest event before
    "at" is held at the venue (a place named by a venue word)."""
    for m in AT.finditer(doc.text, s, e):
        place = doc.starting_at(m.end(), PLACE)
        events = [x for x in doc.within(s, m.start(), EVENT) if x.span.end <= m.start()]
        if place is None or not events or not venue.search(place.span.text):
            continue
        event = events[-1]
        doc.relate(
            "HELD_AT", event.key or "", place.key or "", 0.75, event.span.start, place.span.end
        )
