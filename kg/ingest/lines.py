"""Line-level cleaning of simplified text: page furniture, repeated paragraphs, trailers.

Works on line slices of the text so the kept lines become offset runs directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from kg.ingest.dates import find_date
from kg.ingest.links import split_trailer
from kg.ingest.runs import Runs
from kg.models import Link

_LABELS = (
    "发布时间|发布日期|发表时间|更新时间|来源|信息来源|文章来源|稿件来源|稿源|作者|编辑|责任编辑|"
    "责编|浏览次数|浏览量|阅读量|阅读次数|点击数|点击量|访问量|字号|字体"
)
_FIELD = rf"[【\[]?(?:{_LABELS})\s*[:：]"
_FURNITURE = re.compile(  # matched at the start of a line
    rf"{_FIELD}"  # 发布时间：… 来源：…
    rf"|(?:19|20)\d\d[-/.年]\d.*?{_FIELD}"  # 2024-09-19 10:00 来源：…
    r"|[您你]?(?:当前|现在)?的?(?:所在)?位置\s*[:：]|首页\s*(?:[>›»＞/]|&gt;)"  # breadcrumbs
    r"|(?:[【\[]?(?:打印|关闭|关闭窗口|打印本页|返回顶部|收藏|分享到?)[】\]]?\s*)+$"  # buttons
)
# every char a furniture line can start with (labels, 【/[, years, breadcrumbs, buttons): a
# set test skips the regex for the ~95% of lines that are text
_FURNITURE_FIRST = frozenset("【[发更来信文稿作编责浏阅点访字12您你当现的所位首打关返收分")
_PUBLISHER = re.compile(r"来源\s*[:：]\s*([^\s|｜【】\[\]]{1,30})")
MAX_FURNITURE_CHARS = 150
MIN_REPEAT_CHARS = 8  # shorter lines may legitimately repeat ("一、", "（完）")
_TITLE_END = "。；：，、"  # a headline may end in ！ or ？, never in these


@dataclass(frozen=True, slots=True)
class Lines:
    """The kept lines joined by newlines, and what the dropped lines told about the page."""

    text: str
    runs: Runs
    date: str | None
    publisher: str | None
    links: tuple[Link, ...]
    title: str | None


def _headline(lines: list[str]) -> str | None:
    """The first line when it reads like a headline: short, not a sentence."""
    if len(lines) < 2:
        return None
    first = lines[0]
    if len(first) > 60 or first[-1] in _TITLE_END or "。" in first:
        return None
    return first


def _line_runs(slices: list[tuple[int, int]]) -> Runs:
    """join_slices' runs for line slices: each slice ends before the newline that follows it,
    so a separator always extends the run before it, and a slice starting just after that
    newline extends it further. One run per group of adjacent lines."""
    runs: Runs = []
    if not slices:
        return runs
    group, end = slices[0]
    for start, stop in islice(slices, 1, None):
        if start != end + 1:
            runs.append((group, end + 1 - group))  # the separator maps to the char after
            group = start
        end = stop
    runs.append((group, end - group))
    return runs


def select_lines(text: str, *, first_line_title: bool) -> Lines:
    """Drop furniture, repeats and the related-news trailer; keep the rest in order."""
    slices: list[tuple[int, int]] = []
    kept: list[str] = []
    seen: set[str] = set()
    date = publisher = None
    pos = 0
    furniture = _FURNITURE.match  # bound once: this loop runs for every line of every article
    for line in text.split("\n"):  # str methods, not a regex: ~10x faster per char
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if (
            stripped[0] in _FURNITURE_FIRST
            and len(stripped) <= MAX_FURNITURE_CHARS
            and furniture(stripped)
        ):
            date = date or find_date(stripped)
            if publisher is None and (p := _PUBLISHER.search(stripped)):
                publisher = p.group(1)
            continue
        key = stripped.replace(" ", "").replace("\u3000", "")
        if len(key) >= MIN_REPEAT_CHARS:
            if key in seen:
                continue
            seen.add(key)
        if stripped is not line and line[0] != stripped[0]:  # leading whitespace
            start += len(line) - len(line.lstrip())
        slices.append((start, start + len(stripped)))
        kept.append(stripped)
    body, links = split_trailer(kept)
    if body < len(kept):
        del kept[body:], slices[body:]
    title = _headline(kept) if first_line_title else None
    return Lines("\n".join(kept), _line_runs(slices), date, publisher, tuple(links), title)
