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
