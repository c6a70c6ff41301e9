from __future__ import annotations

from tests.extract.conftest import rels

TEXT = (
    "SAMR marks World Metrology Day\n"
    "BEIJING - The State Administration for Market Regulation (SAMR) hosted its 2021 World "
    "Metrology Day event in Beijing on May 20. Han Yi, Chief Engineer of SAMR, attended the "
    "event and delivered a keynote speech. Martin Milton, Director of the International Bureau "
    "of Weights and Measures (BIPM), sent a video message."
)
EVENT = "2021 World Metrology Day event"


def test_english_names_people_and_relations(run) -> None:  # type: ignore[no-untyped-def]
    x = run(TEXT, script="en")
    samr = next(e for e in x.entities if e.id == "agency:samr")
    assert {"SAMR", "State Administration for Market Regulation"} <= {m.text for m in samr.mentions}
    found = rels(x)
    assert ("HOSTED", "国家市场监督管理总局", EVENT) in found
    assert ("HELD_AT", EVENT, "北京市") in found
    assert ("HOLDS_POSITION", "Han Yi", "国家市场监督管理总局", "Chief Engineer") in found
    assert ("HOLDS_POSITION", "Martin Milton", "国际计量局", "Director") in found
    assert {("ATTENDED", "Han Yi", EVENT), ("SPOKE_AT", "Han Yi", EVENT)} <= found
    assert not any(r[1] == "Martin Milton" and r[0] == "SPOKE_AT" for r in found)


def test_english_signing_by_listed_bodies(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "SAMR signs accreditation memorandum\n"
        "During the visit, the State Administration for Market Regulation (SAMR) and the "
        "Kazakhstan Accreditation Center signed a Memorandum of Understanding on Cooperation "
        "in Accreditation.",
        script="en",
    )
    mou = "Memorandum of Understanding on Cooperation in Accreditation"
    assert rels(x, "LAUNCHED") == {
        ("LAUNCHED", "国家市场监督管理总局", mou),
        ("LAUNCHED", "Kazakhstan Accreditation Center", mou),
    }


def test_english_lowercase_object_is_no_initiative(run) -> None:  # type: ignore[no-untyped-def]
    x = run("SAMR news\nLuo Wen and Han Yi signed three cooperation documents.", script="en")
    assert rels(x, "LAUNCHED") == set()
    assert not [e for e in x.entities if e.label == "Initiative"]


def test_english_passive_launch_and_titles(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Metrology news\n"
        "Zhang Wei, Vice Premier of the State Administration for Market Regulation, attended. "
        "Jens Olsen, Head of Nordic Standards, spoke. "
        "The China Metrology Cloud Classroom, an online training platform, went live.",
        script="en",
    )
    found = rels(x, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "Zhang Wei", "国家市场监督管理总局", "Vice Premier") in found
    assert ("HOLDS_POSITION", "Jens Olsen", "Nordic Standards", "Head") in found
    assert "China Metrology Cloud Classroom" in {e.name for e in x.entities}


def test_english_city_province_and_venue(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Quality forum opens in Wuhan\n"
        "WUHAN - The 2024 Quality Development Conference opened on May 9 in Wuhan, Hubei Province. "
        "The 2024 Quality Development Conference is hosted by SAMR and runs for two days at the "
        "Optics Valley Convention Center.",
        script="en",
    )
    found = rels(x)
    assert ("LOCATED_IN", "武汉市", "湖北省") in found
    venue = "Optics Valley Convention Center"
    assert ("HELD_AT", "2024 Quality Development Conference", venue) in found


def test_english_city_after_an_unrelated_province_is_not_in_it(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Experts came from Beijing, Hubei Province and Wuhan to the forum.", script="en")
    assert not any(r[0] == "LOCATED_IN" and r[1] == "北京市" for r in rels(x))


def test_english_title_before_the_name(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The 2024 Wuhan Quality Conference was held in Wuhan. SAMR Administrator Luo Wen "
        "attended the conference and delivered a speech.",
        script="en",
    )
    found = rels(x)
    assert ("HOLDS_POSITION", "Luo Wen", "国家市场监督管理总局", "Administrator") in found
    assert ("SPOKE_AT", "Luo Wen", "2024 Wuhan Quality Conference") in found


def test_english_title_before_a_body_word_is_no_person(run) -> None:  # type: ignore[no-untyped-def]
    x = run("The Head Office of SAMR hosted the 2024 Wuhan Quality Conference.", script="en")
    assert not [e for e in x.entities if e.label == "Person"]


def test_english_lower_case_title_before_of(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Han Yi, chief engineer of SAMR, attended the forum.", script="en")
    assert ("HOLDS_POSITION", "Han Yi", "国家市场监督管理总局", "chief engineer") in rels(x)
    y = run("Luo Wen, who met the delegation head of SAMR, spoke.", script="en")
    assert not rels(y, "HOLDS_POSITION")


def test_english_dated_forum_is_an_event_not_a_body(run) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The 2024 World Accreditation Day Forum was held in Beijing. Han Yi, Chief Engineer "
        "of SAMR, attended the forum.",
        script="en",
    )
    assert ("ATTENDED", "Han Yi", "2024 World Accreditation Day Forum") in rels(x)
    assert not [e for e in x.entities if e.label == "Organization" and "Forum" in e.name]
