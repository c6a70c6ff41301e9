"""Relations stated by the genre's verbs, sentence by sentence.

由A、B主办的E / A举行E (HOSTED); 承办, 组织开展 (ORGANIZED); E在V举行 (HELD_AT); 位于P的X,
湖北省武汉市 (LOCATED_IN); X出席…并致辞 (ATTENDED, SPOKE_AT); 主持, 作报告 (SPOKE_AT).
Coordination spreads a verb to every listed actor; bare event words resolve to the event.
"""

from __future__ import annotations

import re

from kg.extract.actors import agents_before
from kg.extract.attendance import find_attendance
from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.events import resolve_back_ref
from kg.extract.lookup import CLAUSE_END, event_near, verbs
from kg.extract.normalize import structural_id
from kg.extract.venue_set import find_venue_set
from kg.models import Mention

EVENT = frozenset({"Event"})
DATE_GAP = re.compile(
    r"(?:将于|已于|于)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?"
)
VENUE = re.compile(r"[\u4e00-\u9fff]{2,12}")
PLACE = frozenset({"Place"})
CLOSERS = '”」』》"'
THIS_EVENT = re.compile(r"(?:本届|本次|此次|这次)(?:大会|会议|论坛|活动|峰会|年会|博览会)")
SCHEDULE = re.compile(r"将|已于|于|定于|拟于|计划于")


def _conf(doc: Doc, key: str | None) -> float:
    c = doc.pats.relations["confidence"]
    return float(c["gazetteer"] if key in doc.lex.entries else c["structural"])


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
        head = doc.text.rfind("由", s, agents[0].span.start + 1)
        if target is None and head >= 0:
            # "由A主办，B承办的E" (the event after the next 的) or "E由A主办" (before 由)
            rel = doc.text.find("的", m.end(), e)
            target = event_near(doc, rel + 1, 1) if rel >= 0 and rel - m.end() < 40 else None
            target = target or event_near(doc, head, head - s, forward=False)
        if target is None:
            continue
        for agent in agents:
            doc.relate(type_, agent.key or "", target, _conf(doc, agent.key), s, e)


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
        while subject > s and doc.text[subject - 1] in CLOSERS:
            subject -= 1  # "“E”在北京举办"
        event = (
            event_near(doc, subject, 40, forward=False)
            if doc.ending_at(subject, EVENT) or any(b[1] == subject for b in doc.back_refs)
            else event_near(doc, m.end(), 3) or _scheduled(doc, s, at)
        )
        if event is None:
            continue
        # "在…检验中心（四川）举行": a place in brackets after a body qualifies that body
        # the most specific: the one ending last, the longest of those (上海浦东新区 → 浦东新区)
        venues = sorted(venues, key=lambda v: (v.span.end, v.span.end - v.span.start))
        venue = next((v for v in reversed(venues) if not _qualifier(doc, v)), venues[-1])
        doc.relate("HELD_AT", event, venue.key or "", _conf(doc, venue.key), at, m.end())
        doc.entity_props.setdefault(event, {}).setdefault("place", venue.key or "")


def _place_hosts(doc: Doc, s: int, e: int) -> None:
    """ "山东省威海市举办E": a place as the subject of 举办 is where E is held."""
    for m in verbs(doc.pats)["hosted"].finditer(doc.text, s, e):
        place = doc.ending_at(m.start(), PLACE)
        if place is None or doc.ending_at(m.start(), BODY_LABELS):
            continue
        event = event_near(doc, m.end(), 3)
        if event is not None:
            key = place.key or ""
            doc.relate("HELD_AT", event, key, _conf(doc, key), place.span.start, e)
            doc.entity_props.setdefault(event, {}).setdefault("place", key)


def _scheduled(doc: Doc, s: int, at: int) -> str | None:
    """ "本届论坛将以线上线下相结合的形式于9月11日在南宁举行": the event opening the clause,
    when 将/于/定于 follows it."""
    cut = [c.end() for c in CLAUSE_END.finditer(doc.text, s, at)]
    start = cut[-1] if cut else s
    event = doc.starting_at(start, EVENT)
    this = THIS_EVENT.match(doc.text, start)  # 本届论坛, 此次活动
    ref = (start, this.end()) if this else next((b for b in doc.back_refs if b[0] == start), None)
    end = event.span.end if event else ref[1] if ref else None
    if end is None or not SCHEDULE.match(doc.text, end) or doc.within(end, at, EVENT):
        return None
    return event.key if event else resolve_back_ref(doc, *ref) if ref else None


def _qualifier(doc: Doc, m: Mention) -> bool:
    before, after = doc.text[m.span.start - 1 : m.span.start], doc.text[m.span.end : m.span.end + 1]
    return before in "（(" and after in "）)" and before != "" and after != ""


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


def find_relations(doc: Doc, sentences: list[tuple[int, int]]) -> None:
    for s, e in sentences:
        _hosting(doc, s, e, "hosted", "HOSTED")
        _hosting(doc, s, e, "organized", "ORGANIZED")
        _held_at(doc, s, e)
        find_venue_set(doc, s, e)
        _place_hosts(doc, s, e)
        _located_in(doc, s, e)
        find_attendance(doc, s, e)


__all__ = ["find_relations", "verbs"]
