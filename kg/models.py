"""Typed values handed from one stage to the next.

article → clean text (Article) → mentions (Mention) → entities and relations (Entity,
Relation, Extraction) → graph store. Each stage takes and returns these, never loose dicts;
kg/record.py turns them into the JSON Lines records of docs/extraction-record.md and back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article's clean text: text == article.text[start:end]."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    """A related-news line found after an article's body; not a fact of the article."""

    title: str
    publisher: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in the clean text back to characters of the decoded original.

    `starts[i]` is the index in `original` of the character that became text[i]; the list
    has len(text) + 1 entries, the last one being len(original) (so end offsets map too).
    """

    original: str
    starts: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original's [start, end) that the clean text's [start, end) came from."""
        last = len(self.starts) - 1
        start, end = max(0, min(start, last)), max(0, min(end, last))
        if end <= start:
            return self.starts[start], self.starts[start]
        # the end is just past the original character of the last clean character
        return self.starts[start], self.starts[end - 1] + 1

    def to_clean(self, original_offset: int) -> int:
        """The first clean offset whose original position is at or after `original_offset`."""
        return bisect_right(self.starts, original_offset - 1)


@dataclass(frozen=True, slots=True)
class Article:
    """One article after cleaning: simplified text for matching, with its metadata."""

    id: str
    source: str
    title: str | None
    date: str | None
    script: str
    text: str
    links: tuple[Link, ...] = ()
    publisher: str | None = None  # the page's 来源 (source outlet), metadata only
    offsets: OffsetMap | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form of a would-be entity in an article's text."""

    label: str
    span: Span
    key: str | None = None  # gazetteer id when the gazetteer knows it
    name: str | None = None  # canonical name when known


@dataclass(frozen=True)
class Entity:
    """One real actor (or event, initiative, place) as found in one article."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    wikidata: str | None = None
    name_en: str | None = None
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Relation:
    """A typed edge between two entities of one article, with the words that state it."""

    type: str
    source: str
    target: str
    confidence: float
    evidence: Span
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article: the extraction record of the docs."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
