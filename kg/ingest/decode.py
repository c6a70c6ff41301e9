"""Bytes → text: BOMs, UTF-8, then GB18030 or Big5 chosen by how common the decoded chars are.

General detectors (charset-normalizer) misjudge short Chinese texts (a 12-char GB18030
headline comes out as cp949), and Big5 bytes often decode "validly" as GBK into rare chars
and kana. So both Chinese candidates are decoded and scored by the share of their non-ASCII
chars that are common hanzi (GB2312 level 1 ∪ Big5 level 1) or CJK punctuation;
charset-normalizer is only the last resort.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from kg.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE = ("gb18030", "cp950", "big5hkscs")
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}
_CONTROL = bytes([*range(0, 9), 11, *range(14, 32), 127])
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
SAMPLE_BYTES = 8192
MIN_SCORE = 0.6  # real Chinese text scores > 0.9; a wrong codec's output ~0.5


@cache
def _common() -> re.Pattern[str]:
    """Common hanzi of both scripts (GB2312 level 1, Big5 level 1) plus CJK punctuation."""
    pairs = [(hi, lo, "gb18030") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)]
    pairs += [
        (hi, lo, "cp950")
        for hi in range(0xA4, 0xC7)
        for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
        if hi < 0xC6 or lo < 0x7F  # Big5 level 1 ends at C67E; kana follow
    ]
    chars = {bytes((hi, lo)).decode(enc, "ignore") for hi, lo, enc in pairs}
    chars |= set("，。、；：？！“”‘’《》（）【】「」『』—…·　")
    chars.discard("")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def score(text: str) -> float:
    """Share of the non-ASCII chars of a sample that are common CJK chars or punctuation."""
    rest = "".join(_NON_ASCII.findall(text[:3000]))
    return len(_common().findall(rest)) / len(rest) if rest else 1.0


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _binary_reason(data: bytes) -> str | None:
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not text"
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if controls * 10 > len(sample):
        return "binary file (mostly control bytes), not text"
    return None


def _detect_chinese(data: bytes, declared: str | None) -> str | None:
    text = _try(data, _ALIASES.get(declared.lower(), declared)) if declared else None
    if text is not None and score(text) >= MIN_SCORE:
        return text
    best, best_score = None, MIN_SCORE
    for encoding in _CHINESE:
        text = _try(data, encoding)
        if text is not None and (s := score(text)) > best_score:
            best, best_score = text, s
    return best


def _last_resort(data: bytes) -> str | None:
    """charset-normalizer, trusted only for mostly-ASCII text (a Western page with a few
    accented letters): on short or Chinese input it guesses arbitrary codecs."""
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    return text if len("".join(_NON_ASCII.findall(text))) * 10 <= len(text) else None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """The text of a file's bytes; InputError when it is empty, binary or undecodable."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is None:
                raise InputError(source, f"starts with a {encoding} BOM but is not {encoding}")
            return text.lstrip("\ufeff")
    if reason := _binary_reason(data):
        raise InputError(source, reason)
    text = _try(data, "utf-8")
    if text is None:
        text = _detect_chinese(data, declared) or _last_resort(data)
    if text is None:
        raise InputError(source, "cannot decode: not UTF-8, UTF-16, GB18030 or Big5 text")
    return text
