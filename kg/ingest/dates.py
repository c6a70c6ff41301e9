"""Publication dates: from metadata, a byline, the title, or the text ("9月19日" + its year)."""

from __future__ import annotations

import re
from datetime import date

# Patterns start with a digit, not a lookbehind, so the scan can skip to candidates; the
# "no digit before" test is a fixed-width lookbehind once the century is consumed.
_FULL = re.compile(
    r"((?:19|20)(?<!\d\d\d)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
)
_COMPACT = re.compile(r"((?:19|20)(?<!\d\d\d)\d{2})(\d{2})(\d{2})(?!\d)")
_BARE = re.compile(r"(\d{1,2})月(\d{1,2})日")  # checked for a year or digit before it
_YEAR = re.compile(r"((?:19|20)(?<!\d\d\d)\d{2})年")
# a title may name the year bare before a name: "2025中国（拉萨）计量论坛"
_TITLE_YEAR = re.compile(r"((?:19|20)(?<!\d\d\d)\d{2})(?:年|(?=[\u4e00-\u9fff“《]))")
_NOT_BEFORE_BARE = frozenset("0123456789年/.-")

# the shape of a full date as a pattern piece without groups (related-news trailers)
DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"


def _iso(year: str | int, month: str | int, day: str | int) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first valid full date (2024-09-19, 2024/9/19, 2024年9月19日) as YYYY-MM-DD."""
    for m in _FULL.finditer(text):
        if found := _iso(*m.groups()):
            return found
    return None


def parse_meta_date(value: str | None) -> str | None:
    """A metadata value: ISO timestamps, Chinese dates, or 20240919."""
    if not value:
        return None
    if found := find_date(value):
        return found
    m = _COMPACT.search(value)
    return _iso(*m.groups()) if m else None


def _year(title: str | None, text: str) -> int | None:
    m = (_TITLE_YEAR.search(title) if title else None) or _YEAR.search(text)
    return int(m.group(1)) if m else None


def article_date(meta: str | None, byline: str | None, title: str | None, text: str) -> str | None:
    """The article's date: metadata, else byline, else a full date in the title or text,
    else a bare month and day in the text ("9月19日") in the year the title or text names."""
    for found in (parse_meta_date(meta), parse_meta_date(byline)):
        if found:
            return found
    if title and (found := find_date(title)):
        return found
    if found := find_date(text):
        return found
    year = _year(title, text)
    if year is None:
        return None
    for m in _BARE.finditer(text):
        if m.start() and text[m.start() - 1] in _NOT_BEFORE_BARE:
            continue
        if found := _iso(year, *m.groups()):
            return found
    return None
