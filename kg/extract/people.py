"""People: the genre's title-and-name chains and the positions they state.

"市场监管总局党组成员、副局长，国家认监委主任蒲淳": walking left from the name over titles,
bodies and separators gives one position per body, the title as written. A title with no
body of its own inherits the previous person's body ("…局长张三、副局长李四"); a place
with a government title means its people's government ("湖北省副省长彭勇").
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick_rs as ac

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.normalize import person_id
from kg.extract.patterns import Patterns
from kg.extract.positions import ACTORS, Chain, chain_positions, department

PERSON = frozenset({"Person"})
NOT_PLACES = BODY_LABELS | {"Person", "Event", "Initiative"}
FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){1,2}")
CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")
UNIT_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:处|科|司|室|部|中心|所|办公室)$")


@lru_cache(maxsize=4)
def _titles(pats: Patterns) -> ac.AhoCorasick:
    return ac.AhoCorasick(pats.people["titles"], matchkind=ac.MATCHKIND_LEFTMOST_LONGEST)


@lru_cache(maxsize=4)
def _words(pats: Patterns) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    p = pats.people
    followers = tuple(p["name_followers"])
    return followers, tuple(w for w in followers if len(w) > 1), frozenset(p["compound_surnames"])


def _name_end(doc: Doc, pos: int) -> int | None:
    """End of a person's name starting at pos, or None."""
    p = doc.pats.people
    followers, long_followers, compound = _words(doc.pats)
    text = doc.text
    foreign = FOREIGN.match(text, pos)
    if foreign:  # 马丁·米尔顿: the shortest last part that a follower or punctuation ends
        for end in range(text.rfind("·", pos, foreign.end()) + 3, foreign.end() + 1):
            if (
                end == len(text)
                or text[end] in p["name_end_chars"]
                or text.startswith(followers, end)
            ):
                return end
        return None
    surname = 2 if text[pos : pos + 2] in compound else 1
    known = text[pos : pos + surname] in p["surnames"] or surname == 2
    for n in (surname + 1, surname + 2):
        end = pos + n
        name = text[pos:end]
        if end > len(text) or not CJK_NAME.fullmatch(name) or name.startswith(long_followers):
            return None
        nxt = text[end : end + 1]
        punct = end == len(text) or nxt in p["name_end_chars"]
        follows = text.startswith(followers, end)
        if known and (punct or follows):
            return end
    return None


def _walk_back(doc: Doc, pos: int, title_ends: dict[int, int], floor: int) -> Chain:
    items: list[tuple[str, int, int]] = []
    text = doc.text
    while pos > floor:
        if pos in title_ends:
            items.insert(0, ("title", title_ends[pos], pos))
            pos = title_ends[pos]
            continue
        if text[pos - 1] in "）)":
            opened = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
            if opened >= 0 and pos - opened <= 14 and doc.ending_at(opened, BODY_LABELS):
                pos = opened
                continue
        body = doc.ending_at(pos, ACTORS)
        if body:
            items.insert(0, ("body", body.span.start, pos))
            pos = body.span.start
            continue
        if text[pos - 1] in "、，,兼" and (pos - 1 in title_ends or doc.ending_at(pos - 1, ACTORS)):
            pos -= 1
            continue
        break
    return Chain(pos, items)


def find_people(doc: Doc) -> None:
    """Person mentions and HOLDS_POSITION relations, into doc."""
    text = doc.text
    hits = [
        (s, e) for _, s, e in _titles(doc.pats).find_matches_as_indexes(text)
        if not doc.covered(s, e, BODY_LABELS)
    ]  # fmt: skip
    title_ends = {e: s for s, e in hits}
    by_name: dict[str, str] = {}
    last_end, last_body = -1, None
    weak = tuple(doc.pats.people["weak_titles"])
    for t_start, t_end in hits:
        end = _name_end(doc, t_end)
        if end is None or doc.covered(t_end, end, NOT_PLACES):
            continue
        bare = text[t_start:t_end] in weak and not doc.ending_at(t_start, ACTORS)
        if bare and text[end : end + 1] not in doc.pats.people["name_end_chars"]:
            continue
        name = text[t_end:end]
        chain = _walk_back(doc, t_end, title_ends, max(last_end, 0))
        inherited = None
        if chain.start - 1 == last_end and text[last_end] in "、，,":
            inherited = last_body
        elif last_end >= 0 and last_body and text[last_end : last_end + 1] in "、，,":
            unit = UNIT_BEFORE.search(text, last_end + 1, chain.start)
            if unit and unit.start() == last_end + 1:
                department(doc, unit.start(), unit.end(), last_body)
                chain = Chain(unit.start(), [("body", unit.start(), unit.end()), *chain.items])
        positions = chain_positions(doc, chain, inherited)
        affiliation = positions[0][0] if positions else ""
        pid = by_name.get(name) or person_id(name, _key_body(doc, positions) or doc.article.id)
        by_name.setdefault(name, pid)
        doc.add("Person", t_end, end, pid, name)
        for body, title, start in positions:
            doc.relate("HOLDS_POSITION", pid, body, 0.9, start, end, title=title)
        doc.people.append((chain.start, end, pid, affiliation))
        last_end = end
        if positions:
            last_body = next((m for m in doc.mentions if m.key == positions[-1][0]), None)
    _drop_places_in_names(doc)
    _bare_mentions(doc, by_name)


def _key_body(doc: Doc, positions: list[tuple[str, str, int]]) -> str:
    """The body a person's id is keyed on: the top of the first gazetteer body's parent line
    (蒲淳 as 总局副局长 or as 认监委主任 is one person), else the first body of the chain."""
    for body, _, _ in positions:
        entry = doc.lex.entries.get(body)
        for _ in range(6):
            parent = doc.lex.entries.get(entry.parent or "") if entry else None
            if parent is None:
                break
            entry = parent
        if entry is not None:
            return entry.id
    return positions[0][0] if positions else ""


def _drop_places_in_names(doc: Doc) -> None:
    """金华 in 吕金华 is part of a name, not the city."""
    places = [
        m for m in doc.mentions
        if m.label == "Place" and doc.covered(m.span.start, m.span.end, PERSON)
    ]  # fmt: skip
    if places:
        doc.mentions[:] = [m for m in doc.mentions if m not in places]
        doc.reindex()


def _bare_mentions(doc: Doc, by_name: dict[str, str]) -> None:
    """Later mentions of a person by name alone ("蒲淳指出")."""
    for name, pid in by_name.items():
        pos = doc.text.find(name)
        while pos >= 0:
            if not doc.covered(pos, pos + len(name)):
                doc.add("Person", pos, pos + len(name), pid, name)
            pos = doc.text.find(name, pos + len(name))
