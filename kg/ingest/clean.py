"""The cleaner: raw article text → simplified clean text with runs back into the raw text.

Order matters for idempotence: inline repairs first, then t2s, then line selection on the
simplified, repaired lines (so two copies of a paragraph that differ only in their damage
are recognised as one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.lines import select_lines
from kg.ingest.repair import repair, repair_layers
from kg.ingest.runs import Runs, compose_all
from kg.ingest.script import simplify, to_simplified
from kg.models import Link

_SURROGATE = re.compile("[\ud800-\udfff]")  # lone surrogates (from JSON escapes) break OpenCC


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    layers: tuple[Runs, ...]  # runs of each step, outermost first; composed when needed
    script: str
    title: str | None  # the headline line (only with first_line_title)
    date: str | None  # from a byline ("发布时间：…")
    publisher: str | None  # from a byline ("来源：…")
    links: tuple[Link, ...]

    @property
    def runs(self) -> Runs:
        """Runs into the text given to clean_text."""
        return compose_all(self.layers)


def encodable(text: str) -> str:
    """The text with any lone surrogate replaced by U+FFFD, one for one: offsets unchanged."""
    try:
        text.encode("utf-8")  # fast check; the sub scans slowly
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def clean_text(text: str, *, first_line_title: bool = True) -> Cleaned:
    """Repair, simplify and select the lines of one article's text. Never raises."""
    repaired, repair_runs = repair_layers(encodable(text))
    simplified, script = to_simplified(repaired)
    lines = select_lines(simplified, first_line_title=first_line_title)
    return Cleaned(
        text=lines.text,
        layers=(lines.runs, *repair_runs),
        script=script,
        title=lines.title,
        date=lines.date,
        publisher=lines.publisher,
        links=lines.links,
    )


@lru_cache(maxsize=4096)  # related-news titles recur across the pages of a site
def clean_line(text: str) -> str:
    """One line of metadata (a page title) repaired and simplified like the body."""
    return simplify(repair(" ".join(encodable(text).split()))[0])
