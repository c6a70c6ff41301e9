"""Related-news trailers: the dated list after an article's body, split off into Links.

Lines look like "- 新华网发布：title…(2025-03-14)", "title 2024-09-20" or a heading such
as 相关新闻. They are not facts of the article, so they leave the text.
"""

from __future__ import annotations

import re

from kg.ingest.dates import DATE, parse_meta_date
from kg.models import Link

_BULLET = re.compile(r"^[-–•·●○■□◆◇▪*>]+\s*")
_DATE_END = re.compile(rf"\s*(?:[(（\[【]\s*({DATE})\s*[)）\]】]|({DATE}))$")
_URL = re.compile(r"\s*(https?://[^\s()（）]+)\s*")
_PUBLISHER = re.compile(r"^([^：:，。、\s]{1,20}?)发布[:：]\s*(.+)$")
_HEADING = re.compile(
    r"^[【\[]?(?:相关新闻|相关阅读|相关链接|相关文章|相关报道|延伸阅读|推荐阅读|热点推荐|更多新闻)"
    r"[】\]]?[:：]?$"
)
MAX_LINK_CHARS = 150
_DATE_LAST = frozenset("日)）]】")  # with digits and whitespace: what a _DATE_END match ends in


def is_heading(line: str) -> bool:
    return bool(_HEADING.match(line))


def parse_link(line: str) -> Link | None:
    """The Link of a related-news line, or None when the line does not look like one."""
    if len(line) > MAX_LINK_CHARS:
        return None
    last = line[-1:]  # most lines end in "。": no need to scan them for a date
    if not (last in _DATE_LAST or last.isdecimal() or last.isspace()):
        return None
    m = _DATE_END.search(line)
    if not m:
        return None
    title = _BULLET.sub("", line[: m.start()]).strip()
    if not title or title.endswith("。"):
        return None
    url = None
    if u := _URL.search(title):
        url = u.group(1)
        title = (title[: u.start()] + " " + title[u.end() :]).strip()
    publisher = None
    if p := _PUBLISHER.match(title):
        publisher, title = p.group(1), p.group(2).strip()
    return Link(
        title=title, publisher=publisher, date=parse_meta_date(m.group(1) or m.group(2)), url=url
    )


def split_trailer(lines: list[str]) -> tuple[int, list[Link]]:
    """(how many lines stay in the body, the links of the trailing lines). At least one
    body line always stays."""
    links: list[Link] = []
    keep = len(lines)
    while keep > 1:
        line = lines[keep - 1]
        link = parse_link(line)
        if link is None and not is_heading(line):
            break
        if link is not None:
            links.append(link)
        keep -= 1
    if not links:
        return len(lines), []
    links.reverse()
    return keep, links
