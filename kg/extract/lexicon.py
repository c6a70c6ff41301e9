"""Aho-Corasick matchers over the gazetteer, built once per process.

Chinese names, aliases and traditional forms match as written (the text is simplified, so
traditional forms are simplified too); abbreviations match as whole words, case-sensitive;
English names match case-insensitively on word boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs as ac

from kg.extract.gazetteer import GazEntry, load_gazetteer
from kg.extract.normalize import to_simplified

LATIN = re.compile(r"[A-Za-z]{2}")


@dataclass(frozen=True, slots=True)
class Hit:
    """A gazetteer name found in the text."""

    start: int
    end: int
    ids: tuple[str, ...]  # more than one when the surface form is ambiguous
    weak: bool = False  # a weak alias (总局): kept only when the context names the entry


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not _word_char(before) and not _word_char(after)


class Lexicon:
    def __init__(self, entries: Mapping[str, GazEntry]) -> None:
        self.entries = dict(entries)
        strong: dict[str, set[str]] = {}
        weak: dict[str, set[str]] = {}
        abbrev: dict[str, set[str]] = {}
        english: dict[str, set[str]] = {}
        for e in self.entries.values():
            for form in e.chinese_names:
                for variant in {form, to_simplified(form)}:
                    strong.setdefault(variant, set()).add(e.id)
            for form in e.weak_aliases:
                weak.setdefault(to_simplified(form), set()).add(e.id)
            for form in e.abbreviations:
                abbrev.setdefault(form, set()).add(e.id)
            for form in e.english_names:
                english.setdefault(form.lower(), set()).add(e.id)
        self._zh = {**{k: (tuple(sorted(v)), True) for k, v in weak.items() if k not in strong},
                    **{k: (tuple(sorted(v)), False) for k, v in strong.items()}}  # fmt: skip
        self._zh_abbrev = {k: tuple(sorted(v)) for k, v in abbrev.items()}
        zh_all = list(self._zh) + [k for k in self._zh_abbrev if k not in self._zh]
        self._zh_keys = zh_all
        self._zh_ac = (
            ac.AhoCorasick(zh_all, matchkind=ac.MATCHKIND_LEFTMOST_LONGEST) if zh_all else None
        )
        self._en = {k: tuple(sorted(v)) for k, v in english.items()}
        self._en_keys = list(self._en)
        self._en_ac = (
            ac.AhoCorasick(self._en_keys, matchkind=ac.MATCHKIND_LEFTMOST_LONGEST)
            if self._en_keys else None
        )  # fmt: skip
        self.gov_of = self._governments()

    def _governments(self) -> dict[str, str]:
        """Place id → its people's government (副省长 of 湖北省 → 湖北省人民政府)."""
        out: dict[str, str] = {}
        for e in self.entries.values():
            if e.label == "Agency" and e.located_in and e.name.endswith("人民政府"):
                out.setdefault(e.located_in, e.id)
        return out

    def find(self, text: str) -> list[Hit]:
        """Gazetteer hits, leftmost-longest, non-overlapping, in text order."""
        hits: list[Hit] = []
        if self._zh_ac is not None:
            for index, start, end in self._zh_ac.find_matches_as_indexes(text):
                form = self._zh_keys[index]
                if form in self._zh:
                    ids, weak = self._zh[form]
                    if form.isascii() and not _whole_word(text, start, end):
                        continue
                    hits.append(Hit(start, end, ids, weak))
                elif _whole_word(text, start, end):
                    hits.append(Hit(start, end, self._zh_abbrev[form]))
        if self._en_ac is not None and LATIN.search(text):
            lowered = text.lower()
            if len(lowered) == len(text):
                for index, start, end in self._en_ac.find_matches_as_indexes(lowered):
                    if _whole_word(text, start, end):
                        hits.append(Hit(start, end, self._en[self._en_keys[index]]))
        hits.sort(key=lambda h: (h.start, -h.end))
        out: list[Hit] = []
        for hit in hits:
            if not out or hit.start >= out[-1].end:
                out.append(hit)
        return out


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(load_gazetteer())


def lookup(lex: Lexicon, name: str) -> str | None:
    """The gazetteer id of an exact (strong) name, when exactly one entry has it."""
    found = lex._zh.get(name)
    if found is None or found[1] or len(found[0]) != 1:
        return None
    return found[0][0]
