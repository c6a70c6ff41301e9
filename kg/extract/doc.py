"""The working state of one article while it is extracted: text, mentions, relations.

Finders add mentions (Mention.key is the entity id) and relations here; later finders look
up what earlier ones found by position (what ends at, starts at, or lies within an offset).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from kg.extract.lexicon import Lexicon
from kg.extract.patterns import Patterns
from kg.models import Article, Mention, Relation, Span

SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;\n]|$)")
BODY_LABELS = frozenset({"Agency", "University", "Organization"})


@dataclass
class Doc:
    article: Article
    lex: Lexicon
    pats: Patterns
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    entity_props: dict[str, dict[str, str]] = field(default_factory=dict)
    # people found by title chains: (chain start, name end, person id, affiliation id or "")
    people: list[tuple[int, int, str, str]] = field(default_factory=list)
    # bare event words ("出席活动", "在论坛上"): (start, end), resolved by relations
    back_refs: list[tuple[int, int]] = field(default_factory=list)
    main_event: str | None = None
    _ends: dict[int, list[Mention]] = field(default_factory=dict)
    _starts: dict[int, list[Mention]] = field(default_factory=dict)
    _occupied: dict[str, bytearray] = field(default_factory=dict)  # label → covered chars

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)

    def add(self, label: str, start: int, end: int, key: str, name: str) -> Mention:
        mention = Mention(label=label, span=self.span(start, end), key=key, name=name)
        self.mentions.append(mention)
        self._index(mention)
        return mention

    def _index(self, m: Mention) -> None:
        self._ends.setdefault(m.span.end, []).append(m)
        self._starts.setdefault(m.span.start, []).append(m)
        occ = self._occupied.get(m.label)
        if occ is None:
            occ = self._occupied[m.label] = bytearray(len(self.text))
        occ[m.span.start : m.span.end] = b"\x01" * (m.span.end - m.span.start)

    def reindex(self) -> None:
        self._ends.clear()
        self._starts.clear()
        self._occupied.clear()
        for m in self.mentions:
            self._index(m)

    def relate(
        self,
        type_: str,
        source: str,
        target: str,
        confidence: float,
        start: int,
        end: int,
        **properties: str,
    ) -> None:
        if source != target:
            evidence = self.span(start, end)
            self.relations.append(Relation(type_, source, target, confidence, evidence, properties))

    def ending_at(self, pos: int, labels: frozenset[str] | None = None) -> Mention | None:
        for m in self._ends.get(pos, ()):
            if labels is None or m.label in labels:
                return m
        return None

    def starting_at(self, pos: int, labels: frozenset[str] | None = None) -> Mention | None:
        for m in self._starts.get(pos, ()):
            if labels is None or m.label in labels:
                return m
        return None

    def covered(self, start: int, end: int, labels: frozenset[str] | None = None) -> bool:
        """Whether [start, end) overlaps a mention (of these labels)."""
        if end <= start:
            return False
        for label, occ in self._occupied.items():
            if (labels is None or label in labels) and 1 in occ[start:end]:
                return True
        return False

    def within(self, start: int, end: int, labels: frozenset[str]) -> list[Mention]:
        """Mentions of these labels inside [start, end), in text order."""
        found = [
            m for m in self.mentions
            if m.label in labels and start <= m.span.start and m.span.end <= end
        ]  # fmt: skip
        return sorted(found, key=lambda m: m.span.start)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentences: split after 。！？；! ? ; and at line ends; offsets into text."""
    return [
        (m.start(), m.end() - (1 if m.group(0).endswith("\n") else 0))
        for m in SENTENCE.finditer(text)
        if m.group(0).strip()
    ]


def sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    starts = [b[0] for b in bounds]
    i = bisect_right(starts, pos) - 1
    return bounds[max(i, 0)] if bounds else (0, 0)


__all__ = ["BODY_LABELS", "Doc", "bisect_left", "sentence_bounds", "sentence_of"]
