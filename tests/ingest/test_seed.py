"""Done-when: `kg clean ../shared/seed/seed-article.txt` gives one clean, dated record."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from tests.ingest.conftest import check_offsets


def _records(path: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["clean", "-q", str(path)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_seed_record(seed_path: Path) -> None:
    records = _records(seed_path)
    assert len(records) == 1
    article, links = records[0]["article"], records[0]["links"]
    text = article["text"]
    assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]", text)  # no pinyin
    assert "监管" in text and "監" not in text and "發" not in text  # simplified
    assert article["script"] == "zh-Hant"
    paragraphs = text.split("\n")
    assert len(paragraphs) == len(set(paragraphs)) == 6  # title + 5 paragraphs, each once
    assert article["title"] == "2024年全国检验检测机构开放日活动在湖北武汉启动"
    assert article["date"].startswith("2024-09")
    assert article["date"] == "2024-09-19"
    assert re.fullmatch(r"art-[0-9a-f]{16}", article["id"])
    assert "2025-03-14" not in text and "新华网" not in text  # the trailer left the text
    assert len(links) == 5 and all(link["date"] == "2025-03-14" for link in links)
    assert [link["publisher"] for link in links] == [
        "新华网", "经济日报-中国经济网", None, "新华网客户端", "新华网",
    ]  # fmt: skip
    assert "，" in text and ",由" not in text  # half-width commas inside Chinese repaired


def test_seed_matches_gold_links(seed_path: Path) -> None:
    gold = json.loads((seed_path.parents[1] / "gold" / "seed-article.json").read_text("utf-8"))
    links = _records(seed_path)[0]["links"]
    got = [(x["publisher"], x["title"], x["date"]) for x in links]
    assert got == [(x["publisher"], x["title"], x["date"]) for x in gold["related_links"]]


def test_seed_offsets_and_stable_id(seed_path: Path) -> None:
    from kg.ingest import read_articles
    from kg.models import Article

    first, again = list(read_articles([str(seed_path)])), list(read_articles([str(seed_path)]))
    article = first[0]
    assert isinstance(article, Article) and article.id == again[0].id
    check_offsets(article)
    assert article.offsets is not None
    start = article.text.index("监管")
    lo, hi = article.offsets.to_original(start, start + 2)
    assert article.offsets.original[lo:hi] == "監(jiān)管"  # the deleted pinyin sits inside
