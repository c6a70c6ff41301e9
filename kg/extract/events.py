"""Events by their names: a run of event words (…开放日活动启动仪式) walked left to a
boundary, with years, ordinals and quoted titles inside; "A暨B" is one event. Bare event
words ("出席活动", "在论坛上") are kept as back-references for the relation finders.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.normalize import QUOTES, structural_id
from kg.extract.patterns import Patterns

NAMED = re.compile(
    r"\d{4}年|第[\d一二三四五六七八九十百]+[届次期个]|首届|“|「|《|^(全国|中国|世界|国际|亚洲)"
)
SIGNING = frozenset({"签约仪式", "签字仪式", "签署仪式"})
# Parts of a larger event that a bare word names ("出席开幕式", "召开新闻发布会").
PART_EVENTS = SIGNING | {"开幕式", "闭幕式", "新闻发布会", "发布会"}
PARTY_JOIN = frozenset({"、", "与", "和", "及", "同"})
YEAR_AFTER = re.compile(r"[（(]\d{4}[）)]")
THIS = frozenset({"本次", "此次", "这次", "本届"})
OPEN_QUOTE = {"”": "“", "」": "「", "』": "『", "》": "《", "）": "（"}


@lru_cache(maxsize=4)
def _scan(pats: Patterns) -> tuple[re.Pattern[str], frozenset[str], list[int]]:
    e = pats.events
    words = sorted(e["suffixes"], key=len, reverse=True)
    bounds = frozenset(e["boundary_words"])
    return re.compile("|".join(map(re.escape, words))), bounds, sorted({len(w) for w in bounds})


def _runs(doc: Doc) -> list[tuple[int, int, str]]:
    """(first suffix start, last suffix end, last suffix) of adjacent event words."""
    scan, _, _ = _scan(doc.pats)
    stops = doc.pats.events["stop_chars"]
    runs: list[tuple[int, int, str]] = []
    after = tuple(doc.pats.events["not_followed_by"])
    for m in scan.finditer(doc.text):
        if doc.text.startswith(after, m.end()):
            continue
        if runs:
            s, e, _ = runs[-1]
            gap = doc.text[e : m.start()]
            if len(gap) <= 6 and not any(c in stops for c in gap):
                runs[-1] = (s, m.end(), m.group(0))
                continue
        runs.append((m.start(), m.end(), m.group(0)))
    return runs


def _walk_left(doc: Doc, start: int) -> int:
    e = doc.pats.events
    _, bounds, lengths = _scan(doc.pats)
    text, left = doc.text, start
    while left > 0 and start - left < e["max_length"]:
        ch = text[left - 1]
        if ch in OPEN_QUOTE:
            opened = text.rfind(OPEN_QUOTE[ch], max(0, left - (10 if ch == "）" else 30)), left - 1)
            if opened < 0:
                break
            left = opened
            continue
        if ch in e["stop_chars"] or doc.ending_at(left, BODY_LABELS | {"Person"}):
            break
        if any(text[left - n : left] in bounds for n in lengths):
            break
        left -= 1
    return left


def parties_start(doc: Doc, left: int) -> int:
    """ "A、B与C战略合作协议签约仪式": the parties right before a signing are part of its name."""
    start = left
    while (body := doc.ending_at(start, BODY_LABELS)) is not None:
        start = body.span.start
        if doc.text[start - 1 : start] not in PARTY_JOIN or not doc.ending_at(
            start - 1, BODY_LABELS
        ):
            break
        start -= 1
    return start


def _is_named(doc: Doc, name: str, core: str, suffix: str) -> bool:
    e = doc.pats.events
    heads = tuple(e["generic_heads"])
    bare = core
    while bare.endswith(heads):
        bare = bare[: -len(next(h for h in heads if bare.endswith(h)))]
    if len(QUOTES.sub("", bare)) < 2 or bare.startswith(heads):
        return False
    if NAMED.search(name) or re.search(e["day_pattern"], name):
        return True
    return suffix not in e["weak_suffixes"] and len(core) >= 4


def find_events(doc: Doc) -> None:
    """Event mentions and back-references, into doc."""
    text = doc.text
    events: list[tuple[int, int]] = []
    for start, end, suffix in _runs(doc):
        if doc.covered(start, end, BODY_LABELS):
            continue
        left = _walk_left(doc, start)
        if suffix in SIGNING:
            left = parties_start(doc, left)
        name, core = text[left:end], text[left : end - len(suffix)]
        this = text[max(0, start - 2) : start] in THIS  # 本次活动, 此次大会
        if not core or this:  # 大会, 本次活动: the event named elsewhere
            doc.back_refs.append((start - 2 if this else start, end))
            continue
        if not _is_named(doc, name, core, suffix):
            continue
        joiner = text[left - 1 : left]
        if events and joiner in doc.pats.events["joiners"] and events[-1][1] == left - 1:
            left = events.pop()[0]
        year = YEAR_AFTER.match(text, end)  # 中国标准化大会（2023）
        events.append((left, year.end() if year else end))
    body_start = text.find("\n") + 1 if "\n" in text[:200] else 0
    for left, end in events:
        name = QUOTES.sub("", text[left:end])
        eid = structural_id("Event", name)
        doc.add("Event", left, end, eid, name)
        if doc.main_event is None and left >= body_start:
            doc.main_event = eid
    if doc.main_event is None and events:
        doc.main_event = structural_id("Event", QUOTES.sub("", text[slice(*events[0])]))


def _same_kind(doc: Doc, word: str, start: int) -> str | None:
    """在论坛上, 出席启动仪式: the latest event before, named with the same word (a bare
    大会 with no such event before it is some other meeting, not the article's)."""
    before = [m for m in doc.mentions if m.label == "Event" and m.span.end <= start]
    same = [m for m in before if (m.name or "").endswith(word)]
    return same[-1].key if same else None


def _paragraph_event(doc: Doc, word: str, start: int) -> str | None:
    """ "由A主办的“X周”系列活动在长沙举行…在活动中致辞": a bare 活动/会议 is the paragraph's
    latest event when that event's own words hold the bare word (a 座谈会 named last
    means the bare 会议 is not it)."""
    floor = doc.text.rfind("\n", 0, start) + 1
    before = [
        m for m in doc.mentions
        if m.label == "Event" and floor <= m.span.start and m.span.end <= start
    ]  # fmt: skip
    last = max(before, key=lambda m: m.span.end, default=None)
    return last.key if last and word in last.span.text else None


def _part_event(doc: Doc, word: str, start: int, end: int) -> str | None:
    """ "签署《X》，签字仪式在…举行", "召开新闻发布会": a ceremony named only by its word is its
    own event, named after what it belongs to (the agreement signed before it, else the
    article's event)."""
    owner = None
    if word in SIGNING:
        found = [m for m in doc.mentions if m.label == "Initiative" and m.span.end <= start]
        owner = max(found, key=lambda m: m.span.end).name if found else None
    elif doc.main_event is not None:
        owner = next((m.name for m in doc.mentions if m.key == doc.main_event), None)
    if not owner or owner.endswith(word):
        return None
    name = owner + word
    eid = structural_id("Event", name)
    doc.add("Event", start, end, eid, name)
    return eid


def resolve_back_ref(doc: Doc, start: int, end: int) -> str | None:
    """The event a bare event word refers to; adds it as a mention of that event."""
    word = doc.text[start:end]
    generic = word in ("活动", "会议") or word.startswith(("本", "此", "这"))
    target = None if generic else _same_kind(doc, word, start)
    if generic:  # 出席活动: the event the paragraph just named, else the article's event
        target = _paragraph_event(doc, word, start) or doc.main_event
    elif target is None and word in PART_EVENTS:
        target = _part_event(doc, word, start, end)
    if target and not doc.covered(start, end, frozenset({"Event"})):
        name = next((m.name for m in doc.mentions if m.key == target), word)
        doc.add("Event", start, end, target, name or word)
    return target
