"""Inline web damage repairs: pinyin annotations, half-width and doubled punctuation.

Every repair either deletes chars (reported as runs) or swaps one char for one char, so the
offset map stays exact. "Chinese context" means an ideograph next to the char: converting
punctuation never creates an ideograph, which keeps the repairs idempotent.
"""

from __future__ import annotations

import re
from itertools import accumulate, islice

from kg.ingest.runs import Runs, compose, drop_spans, identity
from kg.ingest.script import IDEOGRAPH
from kg.ingest.script import IDEOGRAPH_CHAR as _IDEO

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTERS = f"a-zü{_TONES}"
# "(jiān)", "（guǎn）", "(chuàng )": a paren group of lowercase pinyin syllables
_SYLLABLE = f"[{_LETTERS}]{{1,7}}"
_GROUP = rf"[ \u3000]?{_SYLLABLE}(?:[ \u3000]{_SYLLABLE}){{0,3}}[ \u3000]{{0,2}}[)）]"
# only after an ideograph or a closing paren (a chained annotation): most parens never
# reach the Python checks
_ANNOTATION = re.compile(rf"[(（](?<=[{IDEOGRAPH})）][(（]){_GROUP}")
# the sure case as one regex: a toned group right after an ideograph, and the toned groups
# chained to it ("監(jiān)(guǎn)"); the lookahead sees just the group (letters, spaces)
_TONED_GROUP = rf"(?=[ \u3000{_LETTERS}]*[{_TONES}]){_GROUP}"
# literal first chars: the scan skips to a "(" in C, a char class is tested at every char
_CHAINS = tuple(
    (o, re.compile(rf"({re.escape(o)}(?<=[{IDEOGRAPH}]{re.escape(o)}){_TONED_GROUP}"
                   rf"(?:[(（]{_TONED_GROUP})*)"))
    for o in "(（"
)  # fmt: skip
_LEFTOVERS = tuple(
    (o, re.compile(rf"{re.escape(o)}(?<=[{IDEOGRAPH})）]{re.escape(o)}){_GROUP}")) for o in "(（"
)
_HAS_TONE = re.compile(f"[{_TONES}]")
_TONELESS = re.compile(r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)[aeiouüv]{1,3}(?:n|ng|r)?")

_HALF = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}


def _in_cjk(mark: str) -> re.Pattern[str]:
    """The mark next to an ideograph; it leads the pattern so the scan can skip to it."""
    m = re.escape(mark)
    return re.compile(f"{m}(?:(?<=[{IDEOGRAPH}]{m})|(?=[{IDEOGRAPH}]))")


# one pattern per mark: a fixed replacement string needs no Python callback per match
_HALF_IN_CJK = [(half, full, _in_cjk(half)) for half, full in _HALF.items()]
_PARENS = re.compile(r"\(([^()（）\n]{0,60})\)")
_DOUBLED = re.compile(r"([，。、；：,][，。、；：,]+)")  # (not {2,}: this form scans 2x faster)
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


def _kept(parts: list[str]) -> tuple[str, Runs]:
    """The text and runs of a split whose odd parts are dropped."""
    lengths = list(map(len, parts))
    starts = zip(accumulate(lengths[:-1], initial=0), lengths, strict=True)
    return "".join(parts[::2]), [run for run in islice(starts, 0, None, 2) if run[1]]


def _drop_annotations(text: str) -> tuple[str, Runs]:
    """The text without its pinyin annotations, and its runs. Usually every annotation is
    toned and follows an ideograph: splits on such chains find them all with no Python per
    annotation. Any annotation group left over (toneless, or after a paren) means the exact
    checks must decide, on the whole text."""
    out, runs = text, identity(len(text))
    for opener, chain in _CHAINS:
        if opener in out and len(parts := chain.split(out)) > 1:
            out, outer = _kept(parts)
            runs = compose(outer, runs)
    if any(opener in out and group.search(out) for opener, group in _LEFTOVERS):
        return drop_spans(text, _annotation_spans(text))
    return out, runs


def _fullwidth_parens(m: re.Match[str]) -> str:
    text, (start, end) = m.string, m.span()
    near = text[start - 1 : start] + m.group(1) + text[end : end + 1]
    return f"（{m.group(1)}）" if _IDEO.search(near) else m.group()


def _drop_doubled(text: str) -> tuple[str, Runs]:
    """Every char of a doubled-punctuation run but its first strongest one dropped, and the
    runs: built in one pass over the split, as the kept segments between deletions."""
    parts = _DOUBLED.split(text)  # kept, doubled run, kept, ..., kept
    if len(parts) == 1:
        return text, identity(len(text))
    rank = _RANK.__getitem__
    out: list[str] = []
    runs: Runs = []
    seg = at = 0  # start of the kept segment being built; where the next part starts
    for i in range(1, len(parts), 2):
        at += len(parts[i - 1])
        run = parts[i]
        if len(run) == 2:  # the usual pair: keep the first unless the second is stronger
            keep = 0 if rank(run[0]) >= rank(run[1]) else 1
        else:
            keep = run.index(max(run, key=rank))  # first strongest
        if keep:  # the chars before the kept one go
            if at > seg:
                runs.append((seg, at - seg))
            seg = at + keep
        if keep + 1 < len(run):  # and the chars after it
            runs.append((seg, at + keep + 1 - seg))
            seg = at + len(run)
        out += (parts[i - 1], run[keep])
        at += len(run)
    out.append(parts[-1])
    if seg < len(text):
        runs.append((seg, len(text) - seg))
    return "".join(out), runs


def repair(text: str) -> tuple[str, Runs]:
    """The repaired text and its runs into `text`."""
    repaired, (runs2, runs1) = repair_layers(text)
    return repaired, compose(runs2, runs1)


def repair_layers(text: str) -> tuple[str, tuple[Runs, Runs]]:
    """The repaired text and the runs of its two deleting steps, outermost first (composed
    only when an offset is looked up)."""
    if "(" in text or "（" in text:
        text1, runs1 = _drop_annotations(text)
    else:
        text1, runs1 = text, identity(len(text))
    text2 = text1
    for half, full, pattern in _HALF_IN_CJK:
        if half in text2:
            text2 = pattern.sub(full, text2)
    if "(" in text2:
        text2 = _PARENS.sub(_fullwidth_parens, text2)
    text3, runs2 = _drop_doubled(text2)
    return text3, (runs2, runs1)
