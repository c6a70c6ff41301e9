""" "SAMR Administrator Luo Wen", "Vice Premier Zhang Guoqing": a title (after the body it
belongs to, if any) right before a two-word name makes a person, as "Name, Title of Body"
does in kg/extract/english.py."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.normalize import person_id
from kg.extract.patterns import Patterns

NAME = r"([A-Z][a-z]+(?:-[a-z]+)?\s+[A-Z][a-z]+(?:-[a-z]+)?)\b(?!\s+[A-Z])"
TAKEN = BODY_LABELS | {"Event", "Place", "Initiative", "Person"}


@lru_cache(maxsize=4)
def _pattern(pats: Patterns) -> re.Pattern[str]:
    titles = sorted(pats.english["titles"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, titles)) + r")\s+" + NAME)


def find_titled_people(doc: Doc, pats: Patterns) -> None:
    for m in _pattern(pats).finditer(doc.text):
        start, end = m.span(2)
        if doc.covered(start, end, TAKEN) or doc.covered(m.start(1), m.end(1), TAKEN):
            continue
        body = doc.ending_at(m.start() - 1, BODY_LABELS) if m.start() > 0 else None
        body = body if body is not None and doc.text[m.start() - 1] == " " else None
        name, title = m.group(2), m.group(1)
        pid = person_id(name, body.key if body and body.key else doc.article.id)
        doc.add("Person", start, end, pid, name)
        if body and body.key:
            doc.relate("HOLDS_POSITION", pid, body.key, 0.8, body.span.start, end, title=title)
        doc.people.append(
            (body.span.start if body else m.start(), end, pid, body.key or "" if body else "")
        )
