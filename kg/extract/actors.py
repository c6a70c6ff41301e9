"""Who does what: the coordinated actors right before a verb ("由A、B主办", "A联合B举行")."""

from __future__ import annotations

import re

from kg.extract.doc import BODY_LABELS, Doc
from kg.models import Mention

ACTORS = BODY_LABELS | {"Person"}
EVENT = frozenset({"Event"})
CONNECTOR = re.compile(r"^(、|和|与|及|以及|同|会同|联合|携手|，|（|）、|）和)$")
LEAD = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上)?[，,]?")
# between listed bodies: an abbreviation in brackets and a connector ("…委员会（IEC）、")
CHAIN = re.compile(r"(?:[（(][A-Za-z]{2,10}[）)])?(?:、|和|与|及|以及)")
# "…单位的代表", "及各县（区）市场监管局相关人员": the body's people, not other bodies
_NUM = r"[\d一二三四五六七八九十百]+(?:多|余)?"
_STAFF = r"的?(?:相关|有关|主要)?(?:工作人员|人员|负责人|代表|领导|同志|干部|职工)"
_OTHERS = rf"(?:(?:及|和|以及)各[^，。；、]{{1,12}}?|等{_NUM}(?:个|家)?(?:单位|部门|企业|机构))"
STAFF_TAIL = re.compile(
    rf"{_OTHERS}?{_STAFF}(?:(?:和|及|以及)[^，。；]{{1,8}}?)?(?:共|约)?(?:{_NUM}(?:人|名))?"
)
# "张三，李四，以及师生代表、媒体记者约50人出席": the people listed before a headcount
HEADCOUNT = re.compile(rf"[，,、]?(?:以及|及|和|等)[^。；]{{0,24}}?(?:约|共|近)?{_NUM}(?:人|名|位)")
# "张三与李四通过视频会议方式，签署了…": a manner phrase between the people and the verb
MANNER = re.compile(r"(?:通过|以)[^，,。；]{1,10}(?:方式|形式)[，,]?(?:正式|共同)?")
GAP_STOP = re.compile(r"[，,。；;：:！？!?\n]")


def _nearest(doc: Doc, pos: int, floor: int, labels: frozenset[str]) -> Mention | None:
    return doc.nearest_before(pos, floor, labels)


def agents_before(
    doc: Doc,
    verb: int,
    floor: int,
    labels: frozenset[str] = ACTORS,
    max_gap: int = 10,
    staff: bool = False,
) -> list[Mention]:
    """The actor right before the verb (a short gap allowed), with those coordinated with it;
    with staff, also when its people are named in the gap ("A及各县局相关人员参加")."""
    first = _nearest(doc, verb, floor, labels)
    if first is None:
        return []
    gap = doc.text[first.span.end : verb]
    if doc.covered(first.span.end, verb, EVENT):
        return []
    if not (staff and STAFF_TAIL.fullmatch(gap)):
        if len(gap) > max_gap or GAP_STOP.search(gap):
            return []
        if any(g in gap for g in ("相关", "有关", "各")):
            return []  # "…的相关部门代表参加": not the body itself
    found = [first]
    while True:
        prev = _nearest(doc, found[-1].span.start, floor, labels)
        if prev is None:
            break
        between = doc.text[prev.span.end : found[-1].span.start]
        between = re.sub(r"^等(?:\d+家)?单位", "", between)
        if not CONNECTOR.match(between) or (between == "，" and prev.label != first.label):
            break
        found.append(prev)
    return list(reversed(found))


def people_before(doc: Doc, verb: int, floor: int, max_gap: int = 12) -> list[str]:
    """People of the title chains that end right before the verb, with the list they end."""
    chosen: list[str] = []
    starts = {(p[1], p[2]): p[0] for p in doc.people}
    near = sorted(
        (starts.get((m.span.end, m.key or ""), m.span.start), m.span.end, m.key or "")
        for _, _, m in doc.ending_in(floor, verb) if m.label == "Person"
    )  # fmt: skip
    near = [p for p in near if floor <= p[0] and p[1] <= verb]
    gap = doc.text[near[-1][1] : verb] if near else ""
    if (not near or verb - near[-1][1] > max_gap or re.search(r"[，。；]", gap)) and not (
        near and (HEADCOUNT.fullmatch(gap) or MANNER.fullmatch(gap))
    ):
        return chosen
    for person in near:
        if person[2] not in chosen:
            chosen.append(person[2])
    return chosen


def sentence_subject(doc: Doc, floor: int, limit: int) -> list[Mention]:
    """ "A、B和C将…，并联合发布X": the coordinated bodies that open the sentence (after a
    date at most), the subject a later "并…" verb shares."""
    lead = LEAD.match(doc.text, floor, limit)
    first = doc.starting_at(lead.end() if lead else floor, BODY_LABELS)
    if first is None:
        return []
    found = [first]
    pos = first.span.end
    while True:
        gap = CHAIN.match(doc.text, pos, limit)
        nxt = doc.starting_at(gap.end(), BODY_LABELS) if gap else None
        if nxt is None:
            break
        found.append(nxt)
        pos = nxt.span.end
    return found
