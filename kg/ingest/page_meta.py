"""What an HTML page says about itself: title, publication date, source outlet (来源).

Read from meta tags first, then from the page's byline ("发布时间：…　来源：…"), which
usually sits in furniture that main-text extraction drops.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kg.ingest.clean import clean_line
from kg.ingest.dates import parse_meta_date

_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜| - | — |－|--)\s*")
_META_DATE = re.compile(
    r"published|publish_?date|pubdate|pub_date|release_date|^date$|dc\.date|firstpublishedtime",
    re.I,
)
_BYLINE_DATE = re.compile(r"(?:发布|發布|发表|發表)(?:时间|時間|日期)\s*[:：]\s*([^<]{6,30})")
# Chinese CMSs name the outlet in <meta name="ContentSource"> or <meta name="source">
_META_PUBLISHER = frozenset(("contentsource", "source", "copyfrom", "media"))
# "来源：<a …>新华网</a>": tags may sit between the label and the name
_BYLINE_PUBLISHER = re.compile(
    r"(?:来源|來源)\s*(?:</[^>]*>\s*)?[:：]\s*(?:<[^>]*>\s*)*([^<>\s&|｜【】\[\]：:]{1,30})"
)


@cache
def _og_title() -> Any:
    from lxml.etree import XPath  # compiled once: compiling costs more than running

    return XPath('//meta[@property="og:title"]/@content')


def raw_text(el: Any) -> str:
    """The text of el's subtree (no tail): libxml2's text serializer, the fastest way."""
    from lxml.etree import tostring

    return str(tostring(el, method="text", encoding=str, with_tail=False))


def text_of(el: Any) -> str:
    """The text of el's subtree with whitespace runs collapsed."""
    return " ".join(raw_text(el).split())


def page_title(doc: Any) -> str | None:
    og = _og_title()(doc)
    h1 = next(doc.iter("h1"), None)
    title = (og[0].strip() if og else "") or (text_of(h1) if h1 is not None else "")
    if not title and (t := doc.find(".//title")) is not None and t.text:
        parts = _TITLE_SPLIT.split(t.text.strip())  # "headline_site name"
        title = max(parts, key=len) if parts else ""
    return title or None


def page_date(doc: Any, source: str) -> str | None:
    for meta in doc.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or ""
        if _META_DATE.search(key) and (found := parse_meta_date(meta.get("content"))):
            return found
    for time in doc.iter("time"):
        if found := parse_meta_date(time.get("datetime") or time.text):
            return found
    m = _BYLINE_DATE.search(source)
    return parse_meta_date(m.group(1)) if m else None


def page_publisher(doc: Any, source: str) -> str | None:
    """The outlet from a meta tag, else from the 来源 byline (simplified, like the text)."""
    for meta in doc.iter("meta"):
        if (meta.get("name") or "").lower() in _META_PUBLISHER:
            content = " ".join((meta.get("content") or "").split())
            if content and not content.startswith(("http:", "https:")):
                return clean_line(content)
    m = _BYLINE_PUBLISHER.search(source)
    return clean_line(m.group(1)) if m else None
