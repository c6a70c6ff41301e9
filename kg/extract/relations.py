"""Relations stated by the genre's verbs, sentence by sentence.

由A、B主办的E / A举行E (HOSTED); 承办, 组织开展 (ORGANIZED); E在V举行 (HELD_AT); 位于P的X,
湖北省武汉市 (LOCATED_IN); X出席…并致辞 (ATTENDED, SPOKE_AT); 主持, 作报告 (SPOKE_AT).
Coordination spreads a verb to every listed actor; bare event words resolve to the event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.actors import agents_before, people_before
from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.events import resolve_back_ref
from kg.extract.normalize import structural_id
from kg.extract.patterns import Patterns
from kg.models import Mention

EVENT = frozenset({"Event"})
DATE_GAP = re.compile(
    r"(?:将于|已于|于)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?"
)
VENUE = re.compile(r"[\u4e00-\u9fff]{2,12}")
CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
PLACE = frozenset({"Place"})


def verb_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@lru_cache(maxsize=4)
def verbs(pats: Patterns) -> dict[str, re.Pattern[str]]:
    r = pats.relations
    keys = ("hosted", "organized", "attended", "spoke", "launched", "held", "located")
    return {k: verb_pattern(r[k]) for k in keys}


def _conf(doc: Doc, key: str | None) -> float:
    c = doc.pats.relations["confidence"]
    return float(c["gazetteer"] if key in doc.lex.entries else c["structural"])


def event_near(doc: Doc, pos: int, limit: int, forward: bool = True) -> str | None:
    """The event named (or referred back to) right after / before pos, within limit chars."""
    lo, hi = (pos, pos + limit) if forward else (pos - limit, pos)
    events = [m for m in doc.mentions if m.label == "Event"]
    if forward:
        found = sorted((m for m in events if lo <= m.span.start <= hi), key=lambda m: m.span.start)
    else:
        found = sorted((m for m in events if lo <= m.span.end <= hi), key=lambda m: m.span.end)
    refs = [(s, e) for s, e in doc.back_refs if lo <= s and e <= hi]
    if found and not (refs and not forward and refs[-1][0] > found[-1].span.end):
        m = found[0] if forward else found[-1]
        if not forward or not CLAUSE_END.search(doc.text, pos, m.span.start):
            return m.key
    for start, end in reversed(refs) if not forward else refs:
        if not forward or not CLAUSE_END.search(doc.text, pos, start):
            return resolve_back_ref(doc, start, end)
    return None


def _hosting(doc: Doc, s: int, e: int, kind: str, type_: str) -> None:
    for m in verbs(doc.pats)[kind].finditer(doc.text, s, e):
        if doc.covered(m.start(), m.end()):
            continue
        agents = agents_before(doc, m.start(), s, BODY_LABELS, max_gap=12)
        if not agents or _other_verb(doc, agents[-1].span.end, m.start()):
            continue
        after = doc.text[m.end() : m.end() + 3]
        reach = 40 if after.startswith(("的", "了", "、")) else 3
        target = event_near(doc, m.end(), min(reach, e - m.end()))
        held = doc.pats.relations["held"]
        head = doc.text.rfind("由", s, agents[0].span.start + 1)
        if target is None and head >= 0 and m.group(0) not in held:
            # "由A主办，B承办的E" (the event after the next 的) or "E由A主办" (before 由)
            rel = doc.text.find("的", m.end(), e)
            target = event_near(doc, rel + 1, 1) if rel >= 0 and rel - m.end() < 40 else None
            target = target or event_near(doc, head, head - s, forward=False)
        if target is None:
            continue
        for agent in agents:
            doc.relate(type_, agent.key or "", target, _conf(doc, agent.key), s, e)


def _paragraph_event(doc: Doc, pos: int) -> str | None:
    """No event named near the verb: the latest one named earlier in the paragraph, else the
    article's event when the paragraph names none."""
    start = doc.text.rfind("\n", 0, pos) + 1
    before = [m for m in doc.mentions if m.label == "Event" and start <= m.span.start < pos]
    if before:
        return max(before, key=lambda m: m.span.end).key
    return doc.main_event


def _other_verb(doc: Doc, start: int, end: int) -> bool:
    """ "A在深圳组织召开E": the body goes with 组织, not with 召开."""
    v = verbs(doc.pats)
    return bool(
        v["organized"].search(doc.text, start, end) or v["hosted"].search(doc.text, start, end)
    )


def _held_at(doc: Doc, s: int, e: int) -> None:
    for m in verbs(doc.pats)["held"].finditer(doc.text, s, e):
        at = doc.text.rfind("在", s, m.start())
        if at < 0 or m.start() - at > 30 or doc.covered(m.start(), m.end(), EVENT):
            continue
        if CLAUSE_END.search(doc.text, at, m.start()):
            continue  # 在 belongs to another clause
        venues = doc.within(at, m.start(), PLACE | BODY_LABELS) or _new_venue(
            doc, at + 1, m.start()
        )
        if not venues:
            continue
        # "E16日在杭州开幕", "E于9月11日在南宁举行": the event ends before the date
        subject = next(
            (
                at - k
                for k in range(min(12, at - s), 0, -1)
                if DATE_GAP.fullmatch(doc.text, at - k, at)
            ),
            at,
        )
        event = (
            event_near(doc, subject, 40, forward=False)
            if doc.ending_at(subject, EVENT) or any(b[1] == subject for b in doc.back_refs)
            else event_near(doc, m.end(), 3)
        )
        if event is None:
            continue
        venue = venues[-1]
        doc.relate("HELD_AT", event, venue.key or "", _conf(doc, venue.key), at, m.end())
        doc.entity_props.setdefault(event, {}).setdefault("place", venue.key or "")


def _new_venue(doc: Doc, start: int, end: int) -> list[Mention]:
    """ "在泸州举行": a place the gazetteer does not know, named between 在 and the verb."""
    name = doc.text[start:end]
    for adverb in doc.pats.relations["venue_adverbs"]:
        name = name.removesuffix(adverb)
    end = start + len(name)
    if not VENUE.fullmatch(name) or any(w in name for w in doc.pats.relations["not_venues"]):
        return []
    return [doc.add("Place", start, end, structural_id("Place", name), name)]


def _located_in(doc: Doc, s: int, e: int) -> None:
    for m in verbs(doc.pats)["located"].finditer(doc.text, s, e):
        places = []
        pos = m.end()
        while (p := doc.starting_at(pos, PLACE)) is not None:
            places.append(p)
            pos = p.span.end
        thing = (
            doc.starting_at(pos + 1, BODY_LABELS | PLACE)
            if doc.text[pos : pos + 1] == "的"
            else None
        )
        if places and thing:
            doc.relate(
                "LOCATED_IN", thing.key or "", places[-1].key or "", 0.9, m.start(), thing.span.end
            )
    for p in doc.within(s, e, PLACE):
        nxt = doc.starting_at(p.span.end, PLACE)
        entry = doc.lex.entries.get(nxt.key or "") if nxt else None
        if nxt and entry and entry.located_in == p.key:
            doc.relate("LOCATED_IN", nxt.key or "", p.key or "", 0.9, p.span.start, nxt.span.end)


def _attendance(doc: Doc, s: int, e: int) -> None:
    v = verbs(doc.pats)
    floor = s
    for m in sorted([*v["attended"].finditer(doc.text, s, e), *v["spoke"].finditer(doc.text, s, e)],
                    key=lambda m: m.start()):  # fmt: skip
        if doc.covered(m.start(), m.end()) or m.start() < floor:
            continue
        people = people_before(doc, m.start(), floor)
        attend = bool(v["attended"].fullmatch(m.group(0)))
        agents = people or ([a.key or "" for a in agents_before(doc, m.start(), floor, BODY_LABELS)]
                            if attend else [])  # fmt: skip
        if not agents:
            continue
        clause_end = re.search(r"[，。；]", doc.text[m.end() : e])
        end = m.end() + clause_end.start() if clause_end else e
        target = (
            event_near(doc, m.end(), 4 if attend else 2)
            or event_near(doc, m.start(), m.start() - floor, forward=False)
            or _paragraph_event(doc, m.start())
        )
        if target is None:
            continue
        types = ["ATTENDED"] if attend else ["SPOKE_AT"]
        if attend and v["spoke"].search(doc.text, m.end(), end):
            types.append("SPOKE_AT")
        for agent in agents:
            for t in types:
                doc.relate(t, agent, target, 0.85, floor, end)
        floor = end


def find_relations(doc: Doc, sentences: list[tuple[int, int]]) -> None:
    for s, e in sentences:
        _hosting(doc, s, e, "hosted", "HOSTED")
        _hosting(doc, s, e, "organized", "ORGANIZED")
        _held_at(doc, s, e)
        _located_in(doc, s, e)
        _attendance(doc, s, e)
