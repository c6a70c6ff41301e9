from __future__ import annotations

from tests.extract.conftest import names, rels


def test_department_after_its_parent_is_part_of_it(run) -> None:  # type: ignore[no-untyped-def]
    x = run("市场监管总局认可检测司司长刘卫军出席。")
    assert ("PART_OF", "国家市场监督管理总局认可检测司", "国家市场监督管理总局") in rels(x)
    assert ("HOLDS_POSITION", "刘卫军", "国家市场监督管理总局认可检测司", "司长") in rels(x)


def test_centre_under_an_agency_is_an_agency(run) -> None:  # type: ignore[no-untyped-def]
    x = run("市场监管总局专业人才中心上线“检验检测云课堂”。")
    centre = next(e for e in x.entities if e.name == "国家市场监督管理总局专业人才中心")
    assert centre.label == "Agency"
    assert [m.text for m in centre.mentions] == ["市场监管总局专业人才中心"]


def test_unseen_body_with_a_place_prefix(run) -> None:  # type: ignore[no-untyped-def]
    x = run("由武汉市计量测试检定研究所承办。")
    assert "武汉市计量测试检定研究所" in names(x, "Organization")


def test_short_provincial_form_takes_the_articles_province(run) -> None:  # type: ignore[no-untyped-def]
    x = run("山东省教育厅和湖北省民政厅参加。会上，省教育厅介绍了情况。")
    edu = next(e for e in x.entities if e.name == "山东省教育厅")
    assert [m.text for m in edu.mentions] == ["山东省教育厅", "省教育厅"]


def test_scripts_and_abbreviations_resolve_to_one_id(run) -> None:  # type: ignore[no-untyped-def]
    x = run("國家市場監督管理總局與市场监管总局（SAMR）。")
    samr = [e for e in x.entities if e.label == "Agency"]
    assert len(samr) == 1 and samr[0].id == "agency:samr"
    assert len(samr[0].mentions) == 3


def test_weak_alias_needs_the_entry_named_elsewhere(run) -> None:  # type: ignore[no-untyped-def]
    assert names(run("总局发布通知。")) == set()
    x = run("市场监管总局召开会议。总局要求，各地加强监管。")
    samr = next(e for e in x.entities if e.id == "agency:samr")
    assert [m.text for m in samr.mentions] == ["市场监管总局", "总局"]


def test_generic_bodies_are_not_entities(run) -> None:  # type: ignore[no-untyped-def]
    x = run("各地市场监管部门邀请企业、高校、科研机构代表参加，相关协会积极配合。")
    assert names(x) == set()


def test_counted_and_unanchored_kinds_of_bodies_are_not_entities(run) -> None:  # type: ignore[no-untyped-def]
    x = run("近年来，湖北省建设了57个国家级质检中心和产业计量测试中心。")
    assert names(x, "Organization") == set()


def test_company_names_stand_without_a_place(run) -> None:  # type: ignore[no-untyped-def]
    x = run("活动中，华科精测技术有限公司发布了“质量开放实验室”平台。")
    assert "华科精测技术有限公司" in names(x, "Organization")


def test_provincial_bureau_short_form_is_the_bureau_named_before(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局召开全省计量工作会议。省局党组书记、局长王波出席。")
    amr = next(e for e in x.entities if e.id == "agency:hubei-amr")
    assert [m.text for m in amr.mentions] == ["湖北省市场监管局", "省局"]
    assert ("HOLDS_POSITION", "王波", "湖北省市场监督管理局", "党组书记、局长") in rels(x)


def test_short_form_joins_the_body_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "活动由湖北省计量测试技术研究院主办。湖北省计量院副院长张明、湖北省质检院院长李华出席。"
    )
    bodies = {e.name: [m.text for m in e.mentions] for e in x.entities if e.label != "Person"}
    assert "湖北省计量院" in bodies["湖北省计量测试技术研究院"]
    assert "湖北省质检院" in bodies  # 质 is not in the full name: another body
    assert ("HOLDS_POSITION", "张明", "湖北省计量测试技术研究院", "副院长") in rels(x)


def test_unit_joining_two_fields_with_yu_is_one_unit(run) -> None:  # type: ignore[no-untyped-def]
    x = run("市场监管总局计量司计量管理与技术规范处处长张明出席会议。")
    unit = "国家市场监督管理总局计量司计量管理与技术规范处"
    assert ("PART_OF", unit, "国家市场监督管理总局计量司") in rels(x)
    assert ("HOLDS_POSITION", "张明", unit, "处长") in rels(x)


def test_staff_joined_with_he_is_not_a_unit(run) -> None:  # type: ignore[no-untyped-def]
    x = run("市场监管总局计量司领导和处室负责人参加会议。")
    assert not any("领导" in n for n in names(x))


def test_unit_named_with_a_school_context_word(run) -> None:  # type: ignore[no-untyped-def]
    x = run("华中科技大学与湖北省市场监管局签约。学校质量发展研究中心主任李华介绍了情况。")
    unit = "华中科技大学质量发展研究中心"
    assert ("PART_OF", unit, "华中科技大学") in rels(x)
    assert ("HOLDS_POSITION", "李华", unit, "主任") in rels(x)


def test_school_context_word_needs_a_university_named_before(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局召开会议。学校质量发展研究中心主任李华介绍了情况。")
    assert not any(r[0] == "PART_OF" for r in rels(x))
