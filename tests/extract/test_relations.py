from __future__ import annotations

from tests.extract.conftest import rels
from tests.extract.test_events import EVENT, LEAD


def test_coordinated_hosts_each_host(run) -> None:  # type: ignore[no-untyped-def]
    assert rels(run(LEAD), "HOSTED") == {
        ("HOSTED", "国家市场监督管理总局", EVENT),
        ("HOSTED", "湖北省人民政府", EVENT),
    }


def test_held_at_the_venue_and_located_in(run) -> None:  # type: ignore[no-untyped-def]
    x = run(LEAD)
    assert rels(x, "HELD_AT") == {("HELD_AT", EVENT, "华中科技大学")}
    assert rels(x, "LOCATED_IN") == {
        ("LOCATED_IN", "华中科技大学", "武汉市"),
        ("LOCATED_IN", "武汉市", "湖北省"),
    }


def test_launches_with_quoted_and_plain_objects(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "在启动仪式上，市场监管总局上线“检验检测云课堂”，中国消费者协会发布室内空气治理检测消费警示信息。"
    )
    assert rels(x, "LAUNCHED") == {
        ("LAUNCHED", "国家市场监督管理总局", "检验检测云课堂"),
        ("LAUNCHED", "中国消费者协会", "室内空气治理检测消费警示信息"),
    }


def test_coordinated_signatories_and_two_objects(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "湖北省市场监管局与华中科技大学签署“质量强省”战略合作协议。湖北省市场监管局发布了2025年计量科技项目名单和碳计量能力建设指导目录。"
    )
    found = rels(x, "LAUNCHED")
    assert ("LAUNCHED", "华中科技大学", "质量强省战略合作协议") in found
    assert ("LAUNCHED", "湖北省市场监督管理局", "质量强省战略合作协议") in found
    assert ("LAUNCHED", "湖北省市场监督管理局", "2025年计量科技项目名单") in found
    assert ("LAUNCHED", "湖北省市场监督管理局", "碳计量能力建设指导目录") in found


def test_chairing_is_speaking(run) -> None:  # type: ignore[no-untyped-def]
    x = run(LEAD + "启动仪式由湖北省市场监管局局长王波主持。")
    assert ("SPOKE_AT", "王波", EVENT) in rels(x)
    assert ("ATTENDED", "王波", EVENT) not in rels(x)


def test_evidence_offsets_point_into_the_text(run) -> None:  # type: ignore[no-untyped-def]
    x = run(LEAD)
    for r in x.relations:
        assert x.article.text[r.evidence.start : r.evidence.end] == r.evidence.text
        assert 0.5 <= r.confidence <= 1.0
    for e in x.entities:
        for m in e.mentions:
            assert x.article.text[m.start : m.end] == m.text


def test_held_at_with_a_date_between_event_and_place(run) -> None:  # type: ignore[no-untyped-def]
    x = run("2024年中国质量大会16日在湖北武汉开幕。")
    assert rels(x, "HELD_AT") == {("HELD_AT", "2024年中国质量大会", "武汉市")}
    assert ("LOCATED_IN", "武汉市", "湖北省") in rels(x)


def test_bodies_that_organize_do_not_also_host(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局在武汉组织召开2024年全省计量工作会议。")
    assert rels(x, "HOSTED") == set()
    assert rels(x, "ORGANIZED") == {("ORGANIZED", "湖北省市场监督管理局", "2024年全省计量工作会议")}
