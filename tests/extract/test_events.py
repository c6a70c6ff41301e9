from __future__ import annotations

from tests.extract.conftest import names, rels

LEAD = (
    "9月19日，由市场监管总局、湖北省人民政府主办的2024年全国检验检测机构开放日活动启动仪式在位于"
    "湖北省武汉市的华中科技大学举行。国家认监委主任蒲淳，湖北省副省长彭勇出席活动并致辞。"
)
EVENT = "2024年全国检验检测机构开放日活动启动仪式"


def test_ceremony_of_a_named_activity_is_one_event_with_date_and_place(run) -> None:  # type: ignore[no-untyped-def]
    x = run(LEAD)
    event = next(e for e in x.entities if e.label == "Event")
    assert event.name == EVENT
    assert event.properties == {"date": "2024-09-19", "place": "university:hust"}


def test_back_reference_resolves_to_the_event(run) -> None:  # type: ignore[no-untyped-def]
    x = run(LEAD)
    event = next(e for e in x.entities if e.label == "Event")
    assert "活动" in [m.text for m in event.mentions]
    assert ("ATTENDED", "蒲淳", EVENT) in rels(x) and ("SPOKE_AT", "彭勇", EVENT) in rels(x)


def test_joined_ceremonies_are_one_event(run) -> None:  # type: ignore[no-untyped-def]
    x = run("当天，湖北省市场监管局举行2024年质量工作会议暨第五届湖北省质量奖颁奖仪式。")
    assert names(x, "Event") == {"2024年质量工作会议暨第五届湖北省质量奖颁奖仪式"}


def test_quoted_and_ordinal_names(run) -> None:  # type: ignore[no-untyped-def]
    x = run("当天还举办了第20期“津英汇”计量主题论坛。组织开展“光明计量进校园”活动。")
    assert names(x, "Event") == {"第20期津英汇计量主题论坛", "光明计量进校园活动"}


def test_generic_activities_are_not_events(run) -> None:  # type: ignore[no-untyped-def]
    x = run("各地在9月集中组织检验检测机构向社会开放活动，开展便民检测等活动。")
    assert names(x, "Event") == set()


def test_bare_activity_word_is_the_paragraphs_latest_event(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "“2024计量技术提升周”在武汉举行\n"
        "武汉市计量测试检定研究所参与了“世界计量日”主场活动。\n"
        "5月9日，由湖北省市场监管局主办的“2024计量技术提升周”系列活动在武汉举行。"
        "湖北省市场监管局局长王波在活动中致辞。"
    )
    found = rels(x)
    assert ("SPOKE_AT", "王波", "2024计量技术提升周系列活动") in found
    assert not any(r[0] == "SPOKE_AT" and "主场活动" in r[2] for r in found)


def test_bare_meeting_word_after_another_kind_of_event_is_not_it(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "湖北省市场监管局召开全省计量工作会议。\n5月9日，武汉召开计量座谈会。王波在会议上讲话。"
    )
    assert not any(r[0] == "SPOKE_AT" and "座谈会" in r[2] for r in rels(x))
