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
