"""Initiatives: what a body launches, releases, starts or signs, and who did it.

"O上线“I”", "O发布I和J", "O与P签署“…”合作协议": the object after the verb, quoted or cut
at its last initiative word (平台, 倡议, 名单); the actors are the coordinated bodies or
people right before the verb. "“I”也在当天正式上线": a quoted name before the verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.doc import Doc
from kg.extract.normalize import QUOTES, structural_id
from kg.extract.patterns import Patterns
from kg.extract.signing import ceremony_agreements, sign_on, signers
from kg.extract.unveil import find_unveiled

CLOSE = {"“": "”", "《": "》", "「": "」", "『": "』"}
BOOK = re.compile(r"《([^《》\n]{2,60})》")
SPEECH_BEFORE = ("作", "做", "题为", "以")
SPEECH_AFTER = ("主题演讲", "主旨演讲", "报告", "讲座", "的报告", "为题", "专题", "演讲", "的演讲")
NOT_INITIATIVE = ("报", "杂志", "周刊", "网", "日报", "晚报", "频道", "栏目")
END = re.compile(r"[，,。；;！!？?：:（(\n]")


def _cut(doc: Doc, phrase: str, strong_only: bool = False) -> str | None:
    """The phrase up to its last initiative word, or None when it has none."""
    r = doc.pats.relations
    suffixes = r["strong_suffixes"] if strong_only else r["initiative_suffixes"]
    best = max((phrase.rfind(s) + len(s) for s in suffixes if s in phrase), default=-1)
    if best <= 0:
        return None
    return phrase[:best]


def _objects(doc: Doc, pos: int, strong_only: bool) -> list[tuple[int, int]]:
    """Spans of the initiatives named right after a verb ending at pos."""
    text, r = doc.text, doc.pats.relations
    while text[pos : pos + 1] in ("了", " "):
        pos += 1
    if text.startswith((*r["not_objects"], "的"), pos) or doc.starting_at(pos):
        return []
    stop = END.search(text, pos)
    end = stop.start() if stop else len(text)
    if text[pos : pos + 1] in CLOSE:
        closing = text.find(CLOSE[text[pos]], pos + 1, end + 40)
        if closing < 0:
            return []
        tail_end = END.search(text, closing)
        tail = text[closing + 1 : tail_end.start() if tail_end else len(text)]
        extra = _cut(doc, tail[:12]) if tail and not tail.startswith(("和", "等", "的")) else ""
        return [(pos, closing + 1 + len(extra or ""))]
    phrase = text[pos:end]
    spans: list[tuple[int, int]] = []
    offset = pos
    for part in re.split(r"(和|及|、|以及)", phrase):
        if part in ("和", "及", "、", "以及"):
            offset += len(part)
            continue
        cut = _cut(doc, part, strong_only)
        after = part[len(cut) : len(cut) + 1] if cut else ""
        generic = cut and cut.startswith(("本届", "本次", "相关", "有关", "此次", "各类", "一批"))
        strong = cut is not None and cut.endswith(tuple(r["strong_suffixes"]))
        shortest = 12 if strong_only else (4 if strong else 5)
        if (
            cut
            and shortest <= len(cut) <= 40
            and cut not in r["generic_objects"]
            and after != "等"
            and not generic
        ):
            spans.append((offset, offset + len(cut)))
        offset += len(part)
    return spans


def _add(doc: Doc, start: int, end: int) -> str:
    name = QUOTES.sub("", doc.text[start:end])
    iid = structural_id("Initiative", name)
    doc.add("Initiative", start, end, iid, name)
    return iid


def find_initiatives(doc: Doc, sentences: list[tuple[int, int]], verbs: re.Pattern[str]) -> None:
    r = doc.pats.relations
    conf = r["confidence"]
    mentioned = _mentioned(doc.pats)
    ceremony_agreements(doc, conf["structural"])
    for s_start, s_end in sentences:
        sentence = doc.text[s_start:s_end]
        for m in verbs.finditer(sentence):
            v_start, v_end = s_start + m.start(), s_start + m.end()
            if doc.covered(v_start, v_end) or _in_event_word(doc, v_start, v_end):
                continue
            spans = _objects(doc, v_end, strong_only=False)
            if not spans:
                _passive(doc, v_start, s_start)
                continue
            agents = signers(doc, v_start, s_start)
            for start, end in spans:
                iid = _add(doc, start, end)
                for key, at in agents:
                    c = conf["gazetteer"] if key in doc.lex.entries else conf["structural"]
                    doc.relate("LAUNCHED", key, iid, c, at, end)
        sign_on(doc, s_start, s_end, conf["structural"])
        find_unveiled(doc, s_start, s_end, conf["structural"])
        for m in mentioned.finditer(sentence):
            for start, end in _objects(doc, s_start + m.end(), strong_only=True):
                if not doc.covered(start, end):
                    _add(doc, start, end)


@lru_cache(maxsize=4)
def _mentioned(pats: Patterns) -> re.Pattern[str]:
    words = sorted(pats.relations["mentioned"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _in_event_word(doc: Doc, start: int, end: int) -> bool:
    """启动 in 启动仪式 / 启动会 is part of an event word, not a verb."""
    return any(s <= start and end <= e for s, e in doc.back_refs) or doc.text.startswith(
        ("仪式", "会", "式"), end
    )


def find_titles(doc: Doc) -> None:
    """《…》: a named plan, law, standard or report (newspapers excepted: 《中国质量报》)."""
    for m in BOOK.finditer(doc.text):
        title = m.group(1)
        if title.endswith(NOT_INITIATIVE) or doc.covered(
            m.start(), m.end(), frozenset({"Initiative"})
        ):
            continue
        before, after = doc.text[max(0, m.start() - 2) : m.start()], doc.text[m.end() : m.end() + 4]
        if before.endswith(SPEECH_BEFORE) or after.startswith(SPEECH_AFTER):
            continue  # the title of a speech or report, not an initiative
        _add(doc, m.start(), m.end())


def _passive(doc: Doc, verb: int, floor: int) -> None:
    """ "“中国计量云课堂”也在当天正式上线": a quoted name shortly before the verb."""
    close = max(doc.text.rfind("”", floor, verb), doc.text.rfind("》", floor, verb))
    if close < 0 or verb - close > 10 or re.search(r"[，,。；]", doc.text[close:verb]):
        return
    opened = doc.text.rfind("“" if doc.text[close] == "”" else "《", floor, close)
    taken = doc.covered(opened, close + 1, frozenset({"Initiative", "Event", "Person"}))
    if opened >= 0 and not taken and close - opened > 5:
        _add(doc, opened, close + 1)
