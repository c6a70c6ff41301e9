"""A body naming itself: "我校", "本院", "在学校举行" in an article a university or an
institute publishes about itself.

校 words refer to the university the article mentions most; 院 words to the body whose
name ends in 院 (学院, 研究院, 科学院) mentioned most. With no such body, nothing is added.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.doc import BODY_LABELS, Doc
from kg.models import Mention

# 学校 alone only where it stands for one body: after 在/由 or opening a clause
SELF = re.compile(r"我校|本校|我院|本院|(?:(?<=[在由，,。；\n])|^)学校(?!的)", re.MULTILINE)


def _most_mentioned(doc: Doc, fits: list[Mention]) -> Mention | None:
    counts = Counter(m.key for m in fits)
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    return next(m for m in fits if m.key == key)


def find_self_refs(doc: Doc) -> None:
    """Mentions of the article's own university or institute, into doc."""
    found = list(SELF.finditer(doc.text))
    if not found:
        return
    bodies = [m for m in doc.mentions if m.label in BODY_LABELS]
    school = _most_mentioned(doc, [m for m in bodies if m.label == "University"])
    institute = _most_mentioned(doc, [m for m in bodies if (m.name or "").endswith("院")])
    for m in found:
        owner = institute if m.group(0).endswith("院") else school
        if owner is not None and not doc.covered(m.start(), m.end()):
            doc.add(owner.label, m.start(), m.end(), owner.key or "", owner.name or "")
