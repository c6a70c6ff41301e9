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
    # mentions sorted by end (then insertion), rebuilt after a change: position lookups in
    # long articles cost a bisect, not a pass over every mention
    _version: int = 0
    _sorted_at: int = -1
    _by_end: list[tuple[int, int, Mention]] = field(default_factory=list)
    _ends_sorted: list[int] = field(default_factory=list)
    _longest: int = 0

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
        fresh = self._sorted_at == self._version
        self._version += 1
        if fresh and self.mentions and self.mentions[-1] is m:  # added: keep the order current
            item = (m.span.end, len(self.mentions) - 1, m)
            at = bisect_right(self._by_end, item[:2], key=lambda t: t[:2])
            self._by_end.insert(at, item)
            self._ends_sorted.insert(at, item[0])
            self._longest = max(self._longest, m.span.end - m.span.start)
            self._sorted_at = self._version
        self._ends.setdefault(m.span.end, []).append(m)
        self._starts.setdefault(m.span.start, []).append(m)
        occ = self._occupied.get(m.label)
        if occ is None:
            occ = self._occupied[m.label] = bytearray(len(self.text))
        occ[m.span.start : m.span.end] = b"\x01" * (m.span.end - m.span.start)

    def reindex(self) -> None:
        self._version += 1
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

    def _sorted(self) -> list[tuple[int, int, Mention]]:
        if self._sorted_at != self._version:
            self._by_end = sorted(
                ((m.span.end, i, m) for i, m in enumerate(self.mentions)), key=lambda t: t[:2]
            )
            self._ends_sorted = [t[0] for t in self._by_end]
            self._longest = max((m.span.end - m.span.start for m in self.mentions), default=0)
            self._sorted_at = self._version
        return self._by_end

    def ending_in(self, lo: int, hi: int) -> list[tuple[int, int, Mention]]:
        """(end, insertion index, mention) of the mentions ending in [lo, hi], by end."""
        by_end = self._sorted()
        ends = self._ends_sorted
        return by_end[bisect_left(ends, lo) : bisect_right(ends, hi)]

    def starting_in(self, lo: int, hi: int, labels: frozenset[str]) -> list[Mention]:
        """Mentions of these labels starting in [lo, hi], in insertion order."""
        self._sorted()
        near = self.ending_in(lo, hi + self._longest)
        found = [t for t in near if t[2].label in labels and lo <= t[2].span.start <= hi]
        return [t[2] for t in sorted(found, key=lambda t: t[1])]

    def within(self, start: int, end: int, labels: frozenset[str]) -> list[Mention]:
        """Mentions of these labels inside [start, end), in text order."""
        found = [
            t for t in self.ending_in(start, end)
            if t[2].label in labels and start <= t[2].span.start
        ]  # fmt: skip
        return [t[2] for t in sorted(found, key=lambda t: (t[2].span.start, t[1]))]

    def nearest_before(self, pos: int, floor: int, labels: frozenset[str]) -> Mention | None:
        """The mention of these labels inside [floor, pos) that ends last (first added on a
        tie)."""
        best: tuple[int, int, Mention] | None = None
        for t in reversed(self.ending_in(floor, pos)):
            if best is not None and t[0] < best[0]:
                break
            fits = t[2].label in labels and floor <= t[2].span.start
            if fits and (best is None or t[1] < best[1]):
                best = t
        return best[2] if best else None


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
