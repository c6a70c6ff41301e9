"""English launches and signings.

"CNAS and the Uzbekistan Accreditation Center signed a Memorandum of Understanding on …":
the capitalised object after a launch verb is the initiative, and the bodies or people listed
right before the verb launched it. "The China Metrology Cloud Classroom … went live": a
capitalised name before a passive launch is an initiative (nobody is said to launch it).
"""

from __future__ import annotations

import re

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.normalize import structural_id
from kg.models import Mention

CAP = r"[A-Z][\w'’&-]*"
LINK = r"(?:of|for|and|on|in|the|to|with)"
NAME = rf"{CAP}(?:\s+(?:{LINK}\s+)*{CAP})*"
OBJECT = re.compile(rf"\s+(?:(?:a|an|the|its|their|jointly)\s+)*({NAME})")
PASSIVE = re.compile(
    rf"(?:(?i:the)\s+)?({NAME})(?:,[^,.]{{2,60}},)?\s+(?:went live|was launched|was released)"
)
# between two listed actors: "(CNAS) and the", ", ", " and "
LIST_GAP = re.compile(r"\s*\)?\s*,?\s*(?:and\s+)?(?:the\s+)?\(?\s*")
VERB_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z&]{1,9}\))?\s*(?:also\s+|jointly\s+)?")
ACTORS = BODY_LABELS | {"Person"}
TAKEN = ACTORS | {"Event", "Initiative"}  # a place inside is part of the name


def _subject(doc: Doc, verb: int, floor: int) -> list[Mention]:
    """The actors listed right before the verb (nearest first found, returned in order)."""
    near = [m for m in doc.mentions if m.label in ACTORS and floor <= m.span.start]
    before = sorted((m for m in near if m.span.end <= verb), key=lambda m: m.span.end)
    if not before or not VERB_GAP.fullmatch(doc.text, before[-1].span.end, verb):
        return []
    found = [before[-1]]
    for m in reversed(before[:-1]):
        if m.span.end <= found[-1].span.start and LIST_GAP.fullmatch(
            doc.text, m.span.end, found[-1].span.start
        ):
            found.append(m)
        elif m.span.end <= found[-1].span.start:
            break
    return list(reversed(found))


def _initiative(doc: Doc, start: int, end: int) -> str | None:
    name = doc.text[start:end]
    if len(name.split()) < 3 or doc.covered(start, end, TAKEN):
        return None
    iid = structural_id("Initiative", name)
    doc.add("Initiative", start, end, iid, name)
    return iid


def find_launches(doc: Doc, verbs: re.Pattern[str], sentences: list[tuple[int, int]]) -> None:
    """LAUNCHED edges and initiatives of English sentences."""
    for s, e in sentences:
        for m in verbs.finditer(doc.text, s, e):
            obj = OBJECT.match(doc.text, m.end(), e)
            iid = _initiative(doc, obj.start(1), obj.end(1)) if obj else None
            if iid is None:
                continue
            seen: set[str] = set()
            for actor in _subject(doc, m.start(), s):
                if actor.key and actor.key not in seen:
                    seen.add(actor.key)
                    doc.relate("LAUNCHED", actor.key, iid, 0.75, s, e)
        for m in PASSIVE.finditer(doc.text, s, e):
            _initiative(doc, m.start(1), m.end(1))
