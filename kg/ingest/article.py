"""One raw document (text plus what its container said) → a clean Article."""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import InputError
from kg.ingest.clean import clean_text
from kg.ingest.dates import article_date
from kg.ingest.ids import article_id
from kg.ingest.runs import Runs, lazy_starts
from kg.models import Article, Link, OffsetMap


@dataclass(frozen=True, slots=True)
class RawDoc:
    """An article's text before cleaning, with runs into the decoded original."""

    source: str
    original: str
    text: str
    runs: Runs | None = None  # text → original; None: the text is the original
    title: str | None = None  # clean title from the page or JSON metadata
    date: str | None = None  # metadata date, any common format
    links: tuple[Link, ...] = ()  # related news found by the container (HTML lists)
    first_line_title: bool = True  # plain text: a headline-like first line is the title
    publisher: str | None = None  # the source outlet (来源) the page or record names


def build_article(raw: RawDoc) -> Article | InputError:
    """Clean the text and gather title, date, script, links, id and offset map."""
    cleaned = clean_text(raw.text, first_line_title=raw.first_line_title)
    if not cleaned.text:
        return InputError(raw.source, "no article text left after cleaning")
    layers = cleaned.layers if raw.runs is None else (*cleaned.layers, raw.runs)
    title = raw.title or cleaned.title
    return Article(
        id=article_id(cleaned.text),
        source=raw.source,
        title=title,
        date=article_date(raw.date, cleaned.date, title, cleaned.text),
        script=cleaned.script,
        text=cleaned.text,
        links=raw.links + cleaned.links,
        publisher=cleaned.publisher or raw.publisher,
        offsets=OffsetMap(original=raw.original, starts=lazy_starts(layers, len(raw.original))),
    )
