from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.evaluate import Item, Report, evaluate, load_gold, matches, score_article
from kg.extract.normalize import name_key
from kg.models import Article, Entity, Extraction, Relation, Span


def keys(*texts: str) -> frozenset[str]:
    return frozenset(name_key(t) for t in texts)


def test_keys_are_normalized() -> None:
    assert name_key("市場監(jiān)管總局") == "市场监管总局"
    assert name_key("“检验检测 云课堂”") == "检验检测云课堂"
    assert name_key("ＳＡＭＲ") == "samr"


def test_bodies_are_one_family_only_when_lenient() -> None:
    s, g = Item("Organization", keys("X")), Item("Agency", keys("X"))
    assert matches(s, g, strict=False) and not matches(s, g, strict=True)
    assert not matches(Item("Place", keys("X")), g, strict=False)


def test_events_match_by_containment_of_at_least_60_percent() -> None:
    g = Item("Event", keys("2024年全国检验检测机构开放日活动"))
    assert matches(Item("Event", keys("全国检验检测机构开放日活动")), g, strict=True)
    assert not matches(Item("Event", keys("开放日活动")), g, strict=True)
    assert not matches(
        Item("Agency", keys("全国检验检测机构开放日活动")), Item("Agency", g.keys), False
    )


def _x(source: str) -> Extraction:
    text = "市场监管总局主办开放日活动。"
    art = Article("a", source, None, None, "zh-Hans", text)
    ents = (
        Entity(
            "agency:samr",
            "Agency",
            "国家市场监督管理总局",
            ("市场监管总局",),
            (Span("市场监管总局", 0, 6),),
        ),
        Entity("event:1", "Event", "开放日活动", (), (Span("开放日活动", 8, 13),)),
        Entity("place:x", "Place", "北京", (), ()),
    )
    rel = Relation("HOSTED", "agency:samr", "event:1", 0.9, Span(text, 0, len(text)))
    return Extraction(art, ents, (rel,))


GOLD = {
    "entities": [
        {"type": "Agency", "name": "国家市场监督管理总局", "mentions": ["市场监管总局"]},
        {"type": "Event", "name": "开放日活动", "mentions": []},
        {"type": "Person", "name": "蒲淳", "mentions": ["蒲淳"]},
    ],
    "relations": [{"type": "HOSTED", "head": "国家市场监督管理总局", "tail": "开放日活动"}],
}


def test_precision_recall_and_pairing_by_stem() -> None:
    report = evaluate({"a": GOLD}, [_x("dir/a.txt"), _x("dir/other.txt")])
    assert report.get("lenient", "entities") == {
        "precision": 0.6667,
        "recall": 0.6667,
        "f1": 0.6667,
    }
    assert report.get("lenient", "relations")["f1"] == 1.0
    assert report.get("strict", "entities", "Person")["recall"] == 0.0
    assert report.missing == []


def test_gold_without_a_record_counts_as_missed() -> None:
    report = evaluate({"a": GOLD, "b": GOLD}, [_x("a.txt")])
    assert report.missing == ["b"]
    assert report.get("lenient", "relations")["recall"] == 0.5


def test_score_article_without_record() -> None:
    report = Report()
    score_article(report, None, GOLD)
    assert report.get("lenient", "entities")["recall"] == 0.0


def test_load_gold_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="no gold files"):
        load_gold(str(tmp_path))
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.json"):
        load_gold(str(tmp_path))
