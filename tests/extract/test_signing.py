"""Signings, shared subjects, ceremonies named by a bare word, passive hosting."""

from __future__ import annotations

from tests.extract.conftest import rels


def events(x) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in x.entities if e.label == "Event"}


def test_represented_bodies_sign_with_their_people(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "会上，湖北省市场监管局局长张明、华中科技大学校长李华分别代表湖北省市场监管局与"
        "华中科技大学签署了质量基础设施建设合作备忘录。"
    )
    signed = {(h, t) for _, h, t in rels(x, "LAUNCHED")}
    assert {h for h, _ in signed} == {"张明", "李华", "湖北省市场监督管理局", "华中科技大学"}
    assert {t for _, t in signed} == {"质量基础设施建设合作备忘录"}


def test_signing_on_an_agreement_named_earlier(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "湖北省市场监管局与华中科技大学签署《关于共建计量人才培养基地的合作备忘录》。\n"
        "局长张明和校长李华分别代表湖北省市场监管局和华中科技大学在合作备忘录上签字。"
    )
    found = rels(x, "LAUNCHED")
    assert ("LAUNCHED", "张明", "关于共建计量人才培养基地的合作备忘录") in found
    assert ("LAUNCHED", "李华", "关于共建计量人才培养基地的合作备忘录") in found
    initiatives = {e.name for e in x.entities if e.label == "Initiative"}
    assert initiatives == {"关于共建计量人才培养基地的合作备忘录"}


def test_sign_on_without_an_earlier_agreement_adds_nothing(run) -> None:  # type: ignore[no-untyped-def]
    x = run("局长张明和校长李华在合作备忘录上签字。")
    assert rels(x, "LAUNCHED") == set()


def test_parties_of_a_signing_ceremony_sign_its_agreement(run) -> None:  # type: ignore[no-untyped-def]
    x = run("3月5日，湖北省市场监管局、华中科技大学战略合作协议签约仪式在武汉举行。")
    name = "湖北省市场监管局、华中科技大学战略合作协议"  # a generic agreement keeps its parties
    assert events(x) == {name + "签约仪式"}
    assert rels(x, "LAUNCHED") == {
        ("LAUNCHED", "湖北省市场监督管理局", name),
        ("LAUNCHED", "华中科技大学", name),
    }


def test_a_specific_agreement_leaves_its_parties_out(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局与华中科技大学计量人才培养合作备忘录签约仪式在武汉举行。")
    assert ("LAUNCHED", "华中科技大学", "计量人才培养合作备忘录") in rels(x, "LAUNCHED")


def test_later_clause_shares_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "国际计量局（BIPM）和中国消费者协会将今年的主题确定为“测量促进发展”，并联合发布了2024年世界计量日倡议书。"
    )
    assert rels(x, "LAUNCHED") == {
        ("LAUNCHED", "国际计量局", "2024年世界计量日倡议书"),
        ("LAUNCHED", "中国消费者协会", "2024年世界计量日倡议书"),
    }


def test_no_shared_subject_without_bing(run) -> None:  # type: ignore[no-untyped-def]
    x = run("中国消费者协会将今年的主题确定为“放心消费”，随后发布了2024年消费维权年度报告。")
    assert rels(x, "LAUNCHED") == set()


def test_bare_press_conference_is_its_own_event(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "第三届湖北质量大会将于10月在武汉举行。\n9月2日，湖北省市场监管局召开新闻发布会，介绍筹备情况。"
    )
    assert ("HOSTED", "湖北省市场监督管理局", "第三届湖北质量大会新闻发布会") in rels(x, "HOSTED")
    assert "第三届湖北质量大会新闻发布会" in events(x)


def test_signing_ceremony_named_after_the_agreement(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "湖北省市场监管局与华中科技大学签署《计量人才培养合作备忘录》，签字仪式在华中科技大学举行。"
    )
    assert ("HELD_AT", "计量人才培养合作备忘录签字仪式", "华中科技大学") in rels(x, "HELD_AT")


def test_event_hosted_by_passive_you(run) -> None:  # type: ignore[no-untyped-def]
    x = run("2024年湖北质量大会在武汉举行。大会由市场监管总局、湖北省人民政府共同举办。")
    assert rels(x, "HOSTED") == {
        ("HOSTED", "国家市场监督管理总局", "2024年湖北质量大会"),
        ("HOSTED", "湖北省人民政府", "2024年湖北质量大会"),
    }


def test_speaker_before_a_quoted_talk_title(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "第三届湖北质量大会在武汉举行。湖北省市场监管局局长张明以《质量强省的路径》为题作专题讲座，"
        "华中科技大学校长李华在大会上作“计量与创新”主题演讲。"
    )
    spoke = {h for _, h, _ in rels(x, "SPOKE_AT")}
    assert spoke == {"张明", "李华"}


def test_speakers_who_represent_bodies(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "第三届湖北质量大会在武汉举行。局长张明和校长李华分别代表湖北省市场监管局和华中科技大学致辞。"
    )
    assert {h for _, h, _ in rels(x, "SPOKE_AT")} == {"张明", "李华"}


def test_attended_and_later_spoke_in_the_sentence(run) -> None:  # type: ignore[no-untyped-def]
    x = run("第三届湖北质量大会在武汉举行。湖北省副省长张明出席开幕式，宣读贺信并致辞。")
    assert {r[0] for r in rels(x) if r[1] == "张明"} >= {"ATTENDED", "SPOKE_AT"}


def test_someone_else_speaking_later_is_not_the_attendee(run) -> None:  # type: ignore[no-untyped-def]
    x = run("第三届湖北质量大会在武汉举行。湖北省副省长张明出席大会，局长李华主持并致辞。")
    assert ("SPOKE_AT", "张明") not in {r[:2] for r in rels(x)}


def test_school_word_is_the_article_university(run) -> None:  # type: ignore[no-untyped-def]
    x = run("华中科技大学与湖北省市场监管局计量人才培养合作备忘录签约仪式在学校举行。")
    assert (
        "HELD_AT",
        "华中科技大学与湖北省市场监管局计量人才培养合作备忘录签约仪式",
        "华中科技大学",
    ) in rels(x, "HELD_AT")


def test_school_word_without_a_university_adds_nothing(run) -> None:  # type: ignore[no-untyped-def]
    x = run("湖北省市场监管局在学校举行计量知识讲座。各学校积极参与。")
    assert not [e for e in x.entities if e.label == "University"]


def test_people_sign_by_video_link(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "湖北省市场监管局局长张明与华中科技大学校长李华通过视频会议方式，"
        "签署了《计量人才培养合作备忘录》。"
    )
    assert {h for _, h, _ in rels(x, "LAUNCHED")} == {"张明", "李华"}
