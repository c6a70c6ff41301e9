"""Inline web damage repairs: pinyin annotations, half-width and doubled punctuation.

Every repair either deletes chars (reported as runs) or swaps one char for one char, so the
offset map stays exact. "Chinese context" means an ideograph next to the char: converting
punctuation never creates an ideograph, which keeps the repairs idempotent.
"""

from __future__ import annotations

import re

from kg.ingest.runs import Runs, compose, drop_spans
from kg.ingest.script import IDEOGRAPH
from kg.ingest.script import IDEOGRAPH_CHAR as _IDEO

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTERS = f"a-zü{_TONED}"
# "(jiān)", "（guǎn）", "(chuàng )": a paren group of lowercase pinyin syllables
_SYLLABLE = f"[{_LETTERS}]{{1,7}}"
# only after an ideograph or a closing paren (a chained annotation): most parens never
# reach the Python checks
_ANNOTATION = re.compile(
    rf"[(（](?<=[{IDEOGRAPH})）][(（])"
    rf"[ \u3000]?{_SYLLABLE}(?:[ \u3000]{_SYLLABLE}){{0,3}}[ \u3000]{{0,2}}[)）]"
)
_HAS_TONE = re.compile(f"[{_TONED}]")
_TONELESS = re.compile(r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)[aeiouüv]{1,3}(?:n|ng|r)?")

_HALF = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}


def _in_cjk(mark: str) -> re.Pattern[str]:
    """The mark next to an ideograph; it leads the pattern so the scan can skip to it."""
    m = re.escape(mark)
    return re.compile(f"{m}(?:(?<=[{IDEOGRAPH}]{m})|(?=[{IDEOGRAPH}]))")


# one pattern per mark: a fixed replacement string needs no Python callback per match
_HALF_IN_CJK = [(half, full, _in_cjk(half)) for half, full in _HALF.items()]
_PARENS = re.compile(r"\(([^()（）\n]{0,60})\)")
_DOUBLED = re.compile(r"[，。、；：,][，。、；：,]+")  # (not {2,}: this form scans 2x faster)
_RANK = {"。": 4, "；": 3, "：": 3, "，": 2, "、": 2, ",": 1}


def _is_pinyin(group: str) -> bool:
    if _HAS_TONE.search(group):  # the parens and spaces around are never toned letters
        return True
    return all(_TONELESS.fullmatch(s) for s in group[1:-1].split())


def _annotation_spans(text: str) -> list[tuple[int, int]]:
    """Pinyin groups right after an ideograph (or right after another such group)."""
    spans: list[tuple[int, int]] = []
    end = -1
    for m in _ANNOTATION.finditer(text):
        start = m.start()
        # the pattern's lookbehind saw an ideograph or a closing paren: a paren counts only
        # when it closes the annotation just taken (a chain: "監(jiān)(guǎn)")
        if (start == end or text[start - 1] not in ")）") and _is_pinyin(m.group()):
            end = m.end()
            spans.append((start, end))
    return spans


def _fullwidth_parens(m: re.Match[str]) -> str:
    text, (start, end) = m.string, m.span()
    near = text[start - 1 : start] + m.group(1) + text[end : end + 1]
    return f"（{m.group(1)}）" if _IDEO.search(near) else m.group()


def _doubled_spans(text: str) -> list[tuple[int, int]]:
    """Every char of a doubled-punctuation run but the strongest one."""
    spans: list[tuple[int, int]] = []
    rank = _RANK.__getitem__
    for m in _DOUBLED.finditer(text):
        start, end = m.span()
        if end - start == 2:  # the usual pair: keep the first unless the second is stronger
            pair = m.group()
            spans.append((start + 1, end) if rank(pair[0]) >= rank(pair[1]) else (start, start + 1))
            continue
        run = m.group()
        keep = start + run.index(max(run, key=rank))  # first strongest
        if keep > start:
            spans.append((start, keep))
        if keep + 1 < end:
            spans.append((keep + 1, end))
    return spans


def repair(text: str) -> tuple[str, Runs]:
    """The repaired text and its runs into `text`."""
    repaired, (runs2, runs1) = repair_layers(text)
    return repaired, compose(runs2, runs1)


def repair_layers(text: str) -> tuple[str, tuple[Runs, Runs]]:
    """The repaired text and the runs of its two deleting steps, outermost first (composed
    only when an offset is looked up)."""
    spans = _annotation_spans(text) if "(" in text or "（" in text else []
    text1, runs1 = drop_spans(text, spans)
    text2 = text1
    for half, full, pattern in _HALF_IN_CJK:
        if half in text2:
            text2 = pattern.sub(full, text2)
    if "(" in text2:
        text2 = _PARENS.sub(_fullwidth_parens, text2)
    text3, runs2 = drop_spans(text2, _doubled_spans(text2))
    return text3, (runs2, runs1)
