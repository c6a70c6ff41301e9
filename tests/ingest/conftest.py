from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kg.models import Article

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
EXAMPLES = ROOT / "examples" / "articles"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed_path() -> Path:
    path = SHARED / "seed" / "seed-article.txt"
    if not path.is_file():
        pytest.skip("../shared/seed is absent")
    return path


def t2s_at(original: str, p: int) -> set[str]:
    """What original[p] may become: alone, or inside a phrase (t2s keeps length, and
    "復甦" → "复苏" although "甦" alone stays)."""
    from kg.ingest.script import simplify

    lo = max(0, p - 4)
    return {simplify(original[p]), simplify(original[lo : p + 5])[p - lo], original[p]}


def check_offsets(article: Article) -> None:
    """Every clean char maps inside the original, monotonically, and (for chars that were
    not rewritten) to the char it came from."""
    offsets = article.offsets
    assert offsets is not None
    starts, original, text = offsets.starts, offsets.original, article.text
    assert len(starts) == len(text) + 1 and starts[-1] == len(original)
    assert all(0 <= s < len(original) for s in starts[:-1])
    assert all(a <= b for a, b in itertools.pairwise(starts))
    same = sum(c in t2s_at(original, s) for s, c in zip(starts, text, strict=False))
    ideographs = [(s, c) for s, c in zip(starts, text, strict=False) if "\u4e00" <= c <= "\u9fff"]
    assert all(c in t2s_at(original, s) for s, c in ideographs)  # exact for every hanzi
    assert same >= 0.9 * len(text)
