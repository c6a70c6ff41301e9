from __future__ import annotations

from tests.extract.conftest import names, rels


def test_chain_with_two_bodies_gives_two_positions(run) -> None:  # type: ignore[no-untyped-def]
    x = run("市场监管总局党组成员、副局长，国家认监委主任蒲淳出席会议。")
    assert rels(x, "HOLDS_POSITION") == {
        ("HOLDS_POSITION", "蒲淳", "国家市场监督管理总局", "党组成员、副局长"),
        ("HOLDS_POSITION", "蒲淳", "国家认证认可监督管理委员会", "主任"),
    }


def test_second_title_inherits_the_body_and_makes_a_department(run) -> None:  # type: ignore[no-untyped-def]
    x = run("山东省市场监管局副局长窦虎、认证认可处处长柳强参加活动。")
    found = rels(x)
    assert ("HOLDS_POSITION", "窦虎", "山东省市场监督管理局", "副局长") in found
    assert ("HOLDS_POSITION", "柳强", "山东省市场监督管理局认证认可处", "处长") in found
    assert ("PART_OF", "山东省市场监督管理局认证认可处", "山东省市场监督管理局") in found


def test_list_of_titles_under_one_body(run) -> None:  # type: ignore[no-untyped-def]
    x = run("济南市人民政府副市长王海英、副秘书长逄吉春出席。")
    assert rels(x, "HOLDS_POSITION") == {
        ("HOLDS_POSITION", "王海英", "济南市人民政府", "副市长"),
        ("HOLDS_POSITION", "逄吉春", "济南市人民政府", "副秘书长"),
    }


def test_vice_governor_works_for_the_provincial_government(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省副省长彭勇出席活动。")
    assert rels(x, "HOLDS_POSITION") == {("HOLDS_POSITION", "彭勇", "湖北省人民政府", "副省长")}
    gov = next(e for e in x.entities if e.name == "湖北省人民政府")
    assert gov.id == "agency:hubei-gov" and gov.wikidata == "Q15942052"


def test_academician_and_university_head(run) -> None:  # type: ignore[no-untyped-def]
    x = run("华中科技大学校长、中国工程院院士尤政致辞。")
    assert rels(x, "HOLDS_POSITION") == {
        ("HOLDS_POSITION", "尤政", "华中科技大学", "校长"),
        ("HOLDS_POSITION", "尤政", "中国工程院", "院士"),
    }


def test_party_committee_and_government_titles_split(run) -> None:  # type: ignore[no-untyped-def]
    x = run("济南市委常委、副市长李东方出席。")
    assert rels(x, "HOLDS_POSITION") == {
        ("HOLDS_POSITION", "李东方", "中国共产党济南市委员会", "常委"),
        ("HOLDS_POSITION", "李东方", "济南市人民政府", "副市长"),
    }


def test_two_people_of_one_name_in_two_bodies_are_two_nodes(run) -> None:  # type: ignore[no-untyped-def]
    a = run("湖北省市场监管局局长王波出席。")
    b = run("山东省市场监管局局长王波出席。")
    c = run("湖北省市场监管局局长王波致辞。")
    ids = [next(e.id for e in x.entities if e.name == "王波") for x in (a, b, c)]
    assert ids[0] != ids[1] and ids[0] == ids[2]


def test_later_bare_mentions_join_the_person(run) -> None:  # type: ignore[no-untyped-def]
    x = run("国家认监委主任蒲淳出席。蒲淳指出，检验检测是国家质量基础设施。")
    person = next(e for e in x.entities if e.label == "Person")
    assert [m.text for m in person.mentions] == ["蒲淳", "蒲淳"]


def test_a_title_without_a_name_is_no_person(run) -> None:  # type: ignore[no-untyped-def]
    x = run("局长表示，专家问诊等活动受到欢迎。")
    assert names(x, "Person") == set()


def test_a_place_inside_a_name_stays_part_of_the_name(lex, run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局局长吕武汉主持会议。")
    assert ("HOLDS_POSITION", "吕武汉", "湖北省市场监督管理局", "局长") in rels(x)
    assert "武汉市" not in names(x)


def test_person_id_keyed_on_the_top_gazetteer_body(run) -> None:  # type: ignore[no-untyped-def]
    def pid(text: str) -> str:
        return next(e.id for e in run(text).entities if e.label == "Person")

    one = pid("市场监管总局党组成员、副局长，国家认监委主任蒲淳出席会议。")
    other = pid("国家认监委主任蒲淳出席会议。")
    assert one == other  # 认监委 is under 总局: one person whichever body comes first
    assert pid("湖北省市场监管局局长蒲淳出席会议。") != one
