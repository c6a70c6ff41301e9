"""Traditional → simplified (OpenCC t2s), one char for one char, and the script of a text.

OpenCC's t2s keeps the length of Chinese text; the offset map relies on that, so a
conversion that changes length (never seen, but guarded) falls back to converting line by
line and finally char by char, keeping any char whose conversion is not a single char.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import Any

IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # BMP hanzi, for char classes
IDEOGRAPH_CHAR = re.compile(f"[{IDEOGRAPH}]")
_LATIN = re.compile(r"[A-Za-z]")
_IDEO = re.compile(f"[{IDEOGRAPH}\U00020000-\U0003134f]")
_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
SAMPLE = 600  # enough to tell the scripts apart; counting more costs per char


@cache
def _converter() -> Any:
    import opencc  # C library with dictionaries: loaded once per process

    return opencc.OpenCC("t2s")


@cache
def _changed_chars() -> str:
    """Every BMP char that t2s changes on its own (its 'traditional' chars), escaped."""
    chars = [chr(c) for lo, hi in _RANGES for c in range(lo, hi)]
    converted = _converter().convert("\n".join(chars)).split("\n")
    return "".join(re.escape(c) for c, s in zip(chars, converted, strict=True) if c != s)


@cache
def _traditional() -> re.Pattern[str]:
    return re.compile(f"[{_changed_chars()}]")


@cache
def _needs_conversion() -> re.Pattern[str]:
    """A traditional BMP char or any astral ideograph: one scan instead of two."""
    return re.compile(f"[{_changed_chars()}\U00020000-\U0003134f]")


def _convert_1to1(text: str) -> str:
    conv = _converter().convert
    out = conv(text)
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        converted = conv(line)
        if len(converted) != len(line):
            converted = "".join(
                s if len(s := conv(ch)) == 1 else ch for ch in line
            )  # per char: never changes length
        lines.append(converted)
    return "\n".join(lines)


def script_of(sample: str) -> str:
    """zh-Hant when at least 1 in 20 ideographs is traditional; en when Latin dominates."""
    # non-ASCII chars stand in for ideographs: counting those with findall would build a
    # string per char, the single slowest step of cleaning
    wide = len(sample) - len(sample.encode("ascii", "ignore"))
    if wide * 4 < len(sample) and len(_LATIN.findall(sample)) > 2 * wide:
        return "en"
    if not _IDEO.search(sample):
        return "und"
    need = max(1, wide // 20)  # count no further than that: traditional text has hundreds
    found = sum(1 for _ in islice(_traditional().finditer(sample), need))
    return "zh-Hant" if found >= need else "zh-Hans"


def to_simplified(text: str) -> tuple[str, str]:
    """(simplified text of the same length, script of the original: zh-Hans|zh-Hant|en).
    The script is judged on the first SAMPLE chars; any traditional char anywhere converts."""
    script = script_of(text[:SAMPLE])
    convert = script == "zh-Hant" or _needs_conversion().search(text)
    return (_convert_1to1(text) if convert else text), script


def simplify(text: str) -> str:
    """Just the simplified text (titles, link titles)."""
    return to_simplified(text)[0]
