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
