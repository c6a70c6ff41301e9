"""HTML pages → main text lines, title, date and related-news links (lxml.etree).

trafilatura extracts main text well but runs at ~1.3 MB/s here (3.5 ms for a 4 KB page),
which alone would make cleaning 50× slower than reading; lxml parses at ~70 MB/s. So: drop
script/style/navigation, take related-news lists out as links, and keep the block-level
text of the element whose <p> children hold the most text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from kg.ingest.clean import clean_line
from kg.ingest.dates import find_date
from kg.ingest.links import parse_link
from kg.ingest.page_meta import page_date, page_publisher, page_title, raw_text, text_of
from kg.ingest.script import IDEOGRAPH_CHAR as _IDEO
from kg.models import Link

_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "form", "nav", "header", "footer", "aside",
    "select", "button", "svg", "template", "textarea", "object", "embed", "canvas",
)  # fmt: skip
_BLOCK = frozenset(
    ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td",
     "th", "section", "article", "blockquote", "pre", "dl", "dt", "dd", "figure",
     "figcaption", "center", "main", "br", "hr")
)  # fmt: skip
_JUNK = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|top|sidebar|"
    r"side|share|toolbar|copyright|banner|ads?|advert|comments?|login|search|position|"
    r"location|weizhi)(?:$|[\s_-])",
    re.I,
)
_RELATED = re.compile(r"related|relate|xgxw|xgwz|xgyd|recommend|tuijian|morenews|more-news", re.I)
RELATED, JUNK = 1, 2  # what an element's class and id say it is
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"\s+")
_MARK = "\ue000"  # a private-use char: lxml refuses NUL, and \s must not match it
_BREAK = re.compile(r"[^\S\n]*\n\s*")


@dataclass(frozen=True, slots=True)
class Page:
    lines: list[str]  # main text, block by block, the title first
    title: str | None
    date: str | None
    links: tuple[Link, ...]
    publisher: str | None = None  # the source outlet (来源) the page names


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


@lru_cache(maxsize=4096)  # a site's pages share their class names: each is tested once
def _kind(attrs: str) -> int:
    """RELATED for a related-news list, JUNK for furniture, else 0."""
    if _RELATED.search(attrs):
        return RELATED
    return JUNK if _JUNK.search(attrs) else 0


@cache
def _xpaths() -> tuple[Any, Any]:
    """Compiled once: compiling an expression costs more than running it on a page. The
    plain etree parser: lxml.html's element classes call Python for every element."""
    from lxml.etree import HTMLParser, XPath

    return XPath("//*[@class or @id]"), HTMLParser()


def _drop_tree(el: Any) -> None:
    """Remove el and its subtree, keeping its tail text (as lxml.html's drop_tree does)."""
    parent = el.getparent()
    if parent is None:
        return
    if tail := el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + tail
        else:
            previous.tail = (previous.tail or "") + tail
    parent.remove(el)


def _related_links(el: Any) -> list[Link]:
    links = []
    for item in list(el.iterdescendants("li")) or list(el.iterdescendants("a")):
        if len(item):
            text = text_of(item)
            anchor = item if item.tag == "a" else next(item.iterdescendants("a"), None)
        else:  # the usual bare <li>: its text, no serializer, no anchor to look for
            text = " ".join((item.text or "").split())
            anchor = item if item.tag == "a" else None
        link = parse_link(clean_line(text))
        if link is None:
            title = clean_line(text_of(anchor) if anchor is not None else text)
            link = Link(title=title, date=find_date(text)) if title else None
        if link is not None:
            url = anchor.get("href") if anchor is not None else None
            links.append(Link(link.title, link.publisher, link.date, url or link.url))
    return links


def _paragraphs(el: Any) -> int:
    """How many <p> el holds, counting no further than 3."""
    return sum(1 for _ in islice(el.iterdescendants("p"), 3))


def _prune(body: Any) -> list[Link]:
    """Remove furniture in place; return the related-news links found on the way."""
    from lxml.etree import strip_elements

    # in C, no element proxies; the tails stay in place as text nodes, which lxml reads
    # as the tail of the node before (or the parent's text), as _drop_tree would join them
    strip_elements(body.getroottree(), *_DROP_TAGS, with_tail=False)
    marked = _xpaths()[0]
    links: list[Link] = []
    for el in marked(body):
        if el.getparent() is None:
            continue
        kind = _kind(f"{el.get('class', '')} {el.get('id', '')}")
        if kind == RELATED:
            links += _related_links(el)
            _drop_tree(el)
        elif kind == JUNK and el.tag != "body" and _paragraphs(el) < 3:
            _drop_tree(el)  # a wrapper holding paragraphs is content, whatever its class
    return links


def _main(body: Any) -> Any:
    weight: Counter[Any] = Counter()
    for p in body.iter("p"):
        if (parent := p.getparent()) is not None:
            text = p.text if len(p) == 0 else raw_text(p)  # most <p> hold bare text
            weight[parent] += len(text or "") + 1
    return weight.most_common(1)[0][0] if weight else body


def _join_ws(m: re.Match[str]) -> str:
    """A source line break inside a block: gone between two ideographs, else a space."""
    s, (a, b) = m.string, m.span()
    return "" if _IDEO.match(s, a - 1) and _IDEO.match(s, b) else " "


def _render(el: Any) -> str:
    """Text of el with _MARK at block boundaries (set in the tree, joined by lxml)."""
    for block in el.iter(*_BLOCK):  # whitespace-only text between blocks is layout: dropped
        text, tail = block.text, block.tail
        block.text = _MARK + text if text and not text.isspace() else _MARK
        block.tail = _MARK + tail if tail and not tail.isspace() else _MARK
    return raw_text(el)


def parse_page(source: str) -> Page:
    """The main text lines, title, date, publisher and related links of one HTML page."""
    from lxml.etree import fromstring

    if source.lstrip()[:5] == "<?xml":  # lxml refuses str input with an encoding declaration
        source = _XML_DECL.sub("", source)
    doc = fromstring(source or "<html></html>", _xpaths()[1])
    if doc is None:
        raise ValueError("document is empty")
    title = page_title(doc)
    body = doc.find("body")
    if body is None:
        body = doc
    links = _prune(body)
    date = page_date(doc, source)  # after pruning: never a date from a related-news list
    publisher = page_publisher(doc, source)
    text = _render(_main(body))
    if "\n" in text:
        text = _BREAK.sub(_join_ws, text)
    # every whitespace run → one space, then strip: str.split is ~10x faster than a regex
    lines = [" ".join(words) for line in text.split(_MARK) if (words := line.split())]
    if title and (not lines or _WS.sub("", lines[0]) != _WS.sub("", title)):
        lines.insert(0, title)
    clean_title = clean_line(title) if title else None
    return Page(lines, clean_title, date, tuple(links), publisher)
