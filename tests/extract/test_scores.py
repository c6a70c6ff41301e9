"""Score floors: the seed article (../shared, skipped when absent) and our dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate, load_gold
from kg.extract.gazetteer import load_gazetteer
from kg.pipeline import extract_paths

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
DEV = ROOT / "tests" / "data"
# measured scores minus a small margin: raise them when extraction improves
DEV_FLOOR = {"entities": 0.94, "relations": 0.95}


def _scores(gold: Path, articles: Path) -> dict[str, float]:
    report = evaluate(
        load_gold(str(gold)),
        (x for x in extract_paths([str(articles)]) if not isinstance(x, Exception)),
    )
    return {k: report.get("lenient", k)["f1"] for k in ("entities", "relations")}


def test_seed_article_scores() -> None:
    if not (SHARED / "gold" / "seed-article.json").is_file():
        pytest.skip("../shared is not here")
    if not load_gazetteer():
        pytest.skip("the shipped gazetteer is empty")
    scores = _scores(SHARED / "gold", SHARED / "seed")
    assert scores["entities"] >= 0.95 and scores["relations"] >= 0.90, scores


def test_dev_corpus_floor() -> None:
    if not any((DEV / "gold").glob("*.json")):
        pytest.skip("no dev corpus")
    scores = _scores(DEV / "gold", DEV / "articles")
    for kind, floor in DEV_FLOOR.items():
        assert scores[kind] >= floor, scores
