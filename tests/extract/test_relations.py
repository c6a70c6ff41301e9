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


def test_bodies_whose_staff_attend(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "2024年湖北世界认可日主题宣传活动在武汉举行。"
        "湖北省市场监管局、华中科技大学及各市（州）市场监管局相关人员参加活动。"
    )
    attended = {h for _, h, _ in rels(x, "ATTENDED")}
    assert attended == {"湖北省市场监督管理局", "华中科技大学"}


def test_related_departments_are_not_the_body(run) -> None:  # type: ignore[no-untyped-def]
    x = run("2024年湖北质量大会在武汉举行。湖北省人民政府相关部门代表参加会议。")
    assert rels(x, "ATTENDED") == set()


def test_people_listed_before_a_headcount_attend(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "2024年湖北质量大会在武汉举行。\n湖北省市场监管局局长张明，华中科技大学校长李华，"
        "以及师生代表、媒体记者约50人出席大会。"
    )
    assert {h for _, h, _ in rels(x, "ATTENDED")} == {"张明", "李华"}


def test_event_name_keeps_its_year_in_brackets(run) -> None:  # type: ignore[no-untyped-def]
    x = run("3月30日在湖北武汉召开的湖北标准化大会（2023）上，市场监管总局发布了名单。")
    assert "湖北标准化大会（2023）" in {e.name for e in x.entities if e.label == "Event"}


def test_city_named_in_a_district_alias_and_most_specific_venue(run) -> None:  # type: ignore[no-untyped-def]
    x = run("2024年湖北质量大会在湖北武汉举行。")
    assert ("HELD_AT", "2024年湖北质量大会", "武汉市") in rels(x, "HELD_AT")
    assert ("LOCATED_IN", "武汉市", "湖北省") in rels(x, "LOCATED_IN")


def test_district_alias_names_its_city() -> None:
    from kg.extract import extract_with
    from kg.extract.gazetteer import parse_files
    from kg.extract.lexicon import Lexicon
    from kg.extract.patterns import load_patterns
    from tests.extract.conftest import article

    gaz = {
        "entries": [
            {"id": "place:sh", "label": "Place", "name": "上海市", "aliases": ["上海"]},
            {"id": "place:pd", "label": "Place", "name": "浦东新区",
             "aliases": ["上海浦东新区"], "located_in": "place:sh"},
        ]
    }  # fmt: skip
    lex = Lexicon(parse_files([("t.yaml", gaz)]))
    x = extract_with(article("2024年上海质量大会在上海浦东新区举行。"), lex, load_patterns())
    assert ("LOCATED_IN", "浦东新区", "上海市") in rels(x, "LOCATED_IN")
    assert ("HELD_AT", "2024年上海质量大会", "浦东新区") in rels(x, "HELD_AT")


def test_quoted_event_held_at(run) -> None:  # type: ignore[no-untyped-def]
    x = run("6月9日，“2024年湖北质量论坛”在武汉举办。")
    assert rels(x, "HELD_AT") == {("HELD_AT", "2024年湖北质量论坛", "武汉市")}


def test_scheduled_event_opening_the_clause(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "第三届湖北质量论坛筹备工作已基本就绪。本届论坛将以线上线下相结合的形式于9月11日在武汉举行。"
    )
    assert rels(x, "HELD_AT") == {("HELD_AT", "第三届湖北质量论坛", "武汉市")}


def test_no_scheduled_event_after_a_report_verb(run) -> None:  # type: ignore[no-untyped-def]
    x = run("第三届湖北质量论坛闭幕。会议要求各地在武汉举行宣传。")
    assert rels(x, "HELD_AT") == set()


def test_a_past_edition_is_not_this_event(run) -> None:  # type: ignore[no-untyped-def]
    text = "2024年湖北质量大会在武汉举行。去年大会当天，局长张明、校长李华分别发表致辞。"
    assert rels(run(text), "SPOKE_AT") == set()
    now = run("2024年湖北质量大会在武汉举行。\n局长张明、校长李华分别发表致辞。")
    assert {h for _, h, _ in rels(now, "SPOKE_AT")} == {"张明", "李华"}


def test_place_as_subject_of_hosting(run) -> None:  # type: ignore[no-untyped-def]
    x = run("5月12日，湖北省武汉市举办2024年湖北质量大会。")
    assert ("HELD_AT", "2024年湖北质量大会", "武汉市") in rels(x, "HELD_AT")
    y = run("5月12日，湖北省人民政府举办2024年湖北质量大会。")
    assert rels(y, "HELD_AT") == set()


def test_main_hall_set_in_a_venue_is_where_the_event_is_held(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "9月1日，2024中国质量大会在武汉开幕，由湖北省人民政府主办，主会场设在武汉国际博览中心。"
    )
    assert ("HELD_AT", "2024中国质量大会", "武汉国际博览中心") in rels(x)


def test_people_listed_after_chuxi_huiyi_de_haiyou_attended(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "4月20日，2024年湖北质量大会在武汉举行。"
        "出席会议的还有湖北省市场监管局副局长刘军、武汉市市场监管局局长周涛。"
    )
    found = rels(x, "ATTENDED")
    assert {
        ("ATTENDED", "刘军", "2024年湖北质量大会"),
        ("ATTENDED", "周涛", "2024年湖北质量大会"),
    } <= found


def test_talk_with_a_titled_report_is_spoke_at(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "4月20日，2024年湖北质量大会在武汉举行。"
        "湖北省市场监管局局长王波作了题为《计量与高质量发展》的报告。"
    )
    assert ("SPOKE_AT", "王波", "2024年湖北质量大会") in rels(x)


def test_this_event_words_refer_back_to_the_event(run) -> None:  # type: ignore[no-untyped-def]
    lead = "4月20日，2024年湖北质量大会在武汉举行。"
    for text in ("本次活动由湖北省市场监管局主办。", "湖北省市场监管局联合举办了此次大会。"):
        assert ("HOSTED", "湖北省市场监督管理局", "2024年湖北质量大会") in rels(run(lead + text))


def test_unveiling_a_named_platform_is_launching_it(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局局长王波为“湖北计量服务平台”揭牌。")
    assert ("LAUNCHED", "王波", "湖北计量服务平台") in rels(x)


def test_unveiling_a_body_makes_no_initiative(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局局长王波为武汉市计量测试检定研究所揭牌。")
    assert not rels(x, "LAUNCHED")
    assert not [e for e in x.entities if e.label == "Initiative"]
