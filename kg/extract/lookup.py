"""Lookups the relation finders share: the verb patterns of the genre and the event a verb
refers to (named near it, referred back to, or the paragraph's or article's event)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.doc import Doc
from kg.extract.events import resolve_back_ref
from kg.extract.patterns import Patterns

EVENT = frozenset({"Event"})
CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")


def verb_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@lru_cache(maxsize=4)
def verbs(pats: Patterns) -> dict[str, re.Pattern[str]]:
    r = pats.relations
    keys = ("hosted", "organized", "attended", "spoke", "launched", "held", "located")
    return {k: verb_pattern(r[k]) for k in keys}


def event_near(doc: Doc, pos: int, limit: int, forward: bool = True) -> str | None:
    """The event named (or referred back to) right after / before pos, within limit chars."""
    lo, hi = (pos, pos + limit) if forward else (pos - limit, pos)
    if forward:
        found = sorted(doc.starting_in(lo, hi, EVENT), key=lambda m: m.span.start)
    else:
        ending = [t for t in doc.ending_in(lo, hi) if t[2].label == "Event"]
        found = [t[2] for t in sorted(ending, key=lambda t: (t[0], t[1]))]
    refs = [(s, e) for s, e in doc.back_refs if lo <= s and (s <= hi if forward else e <= hi)]
    if found and not (refs and not forward and refs[-1][0] > found[-1].span.end):
        m = found[0] if forward else found[-1]
        if not forward or not CLAUSE_END.search(doc.text, pos, m.span.start):
            return m.key
    for start, end in reversed(refs) if not forward else refs:
        if not forward or not CLAUSE_END.search(doc.text, pos, start):
            return resolve_back_ref(doc, start, end)
    return None


def paragraph_event(doc: Doc, pos: int) -> str | None:
    """No event named near the verb: the latest one named earlier in the paragraph, else the
    article's event when the paragraph names none."""
    start = doc.text.rfind("\n", 0, pos) + 1
    before = [m for m in doc.mentions if m.label == "Event" and start <= m.span.start < pos]
    if before:
        return max(before, key=lambda m: m.span.end).key
    return doc.main_event
