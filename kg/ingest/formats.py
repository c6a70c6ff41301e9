"""Decoded file contents → raw documents: plain text, HTML pages, JSON Lines records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.errors import InputError
from kg.ingest.align import align
from kg.ingest.article import RawDoc
from kg.ingest.clean import clean_line, encodable

TEXT_FIELDS = ("text", "content", "body", "article")
DATE_FIELDS = ("date", "published", "publish_time", "pub_date", "pubDate", "time")


def text_doc(source: str, text: str) -> RawDoc:
    return RawDoc(source=source, original=text, text=text)


def html_doc(source: str, html: str) -> RawDoc | InputError:
    from lxml.etree import LxmlError

    from kg.ingest.html import parse_page

    try:
        page = parse_page(html)
    except (LxmlError, ValueError) as exc:
        return InputError(source, f"cannot parse as HTML: {exc}")
    joined, runs = align(page.lines, html)
    return RawDoc(
        source=source, original=html, text=joined, runs=runs, title=page.title,
        date=page.date, links=page.links, first_line_title=False, publisher=page.publisher,
    )  # fmt: skip


def _first(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for name in fields:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def record_doc(source: str, record: Any, line: int | None) -> RawDoc | InputError:
    """One JSON object: text in text/content/body/article, or a page in html."""
    if not isinstance(record, dict):
        return InputError(source, "not a JSON object", line)
    url = _first(record, ("url", "link"))  # not "source": often the outlet name
    # a lone surrogate (a JSON escape) would break writing the record
    name = encodable(url) if url else f"{source}:{line}" if line is not None else source
    title, date = _first(record, ("title", "headline")), _first(record, DATE_FIELDS)
    text = _first(record, TEXT_FIELDS)
    if text is None:
        html = _first(record, ("html",))
        if html is None:
            return InputError(source, "no text field (text, content, body, article or html)", line)
        doc = html_doc(name, html)
        if isinstance(doc, RawDoc) and (title or date):
            doc = replace(
                doc, title=clean_line(title) if title else doc.title, date=date or doc.date
            )
        return doc
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n{text}"  # the title leads the text, as in a plain-text file
    clean_title = clean_line(title) if title else None
    return RawDoc(
        source=name, original=text, text=text, title=clean_title, date=date,
        first_line_title=title is None,
    )  # fmt: skip


def jsonl_docs(source: str, text: str, *, whole_json: bool) -> Iterator[RawDoc | InputError]:
    """Each line a JSON object; a .json file may also hold one object or a list."""
    if whole_json:
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            pass  # not one document: read it line by line
        else:
            for i, item in enumerate(value if isinstance(value, list) else [value], 1):
                yield record_doc(source, item, i if isinstance(value, list) else None)
            return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"invalid JSON ({exc.msg}, column {exc.colno})", n)
            continue
        yield record_doc(source, record, n)
