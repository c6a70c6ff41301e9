"""Units a university article names with a context word: "学院天府质量品牌研究院院长",
"学校计量测试研究中心": the unit belongs to the university the article named last (a
学院 word needs a 学院 parent), named parent + unit, PART_OF it."""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.extract.naming import canonical_name, label_of, resolve_id
from kg.models import Mention

UNIVERSITY = frozenset({"University"})
# longest first; a bare 校 or 大学 starts too many other words to be a context word
SCHOOL_WORDS = ("学院", "学校", "该校", "本校", "我校")
MIN_REST = 4  # 质量研究院: two characters of name before a suffix of two or more


def school_parent(doc: Doc, left: int, name: str) -> tuple[Mention, int] | None:
    """(the university, length of the context word) when the name opens with one."""
    word = next((w for w in SCHOOL_WORDS if name.startswith(w)), None)
    if word is None or len(name) - len(word) < MIN_REST:
        return None
    rest = name[len(word) :]
    if rest.startswith(tuple(doc.pats.bodies["generic_heads"])):
        return None
    parent = doc.nearest_before(left, 0, UNIVERSITY)
    if parent is None or (word == "学院" and not (parent.name or "").endswith("学院")):
        return None
    return parent, len(word)


def add_school_unit(doc: Doc, school: tuple[Mention, int], left: int, end: int) -> None:
    parent, skip = school
    start = left + skip
    rest = doc.text[start:end]
    label = label_of(doc.pats, rest)[0]
    canonical = (parent.name or parent.span.text) + canonical_name(doc.pats, rest)
    eid, label, cname = resolve_id(doc, label, canonical, rest)
    doc.add(label, start, end, eid, cname)
    doc.relate("PART_OF", eid, parent.key or "", 0.7, left, end)
