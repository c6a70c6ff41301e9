"""Validates the gazetteer data files (schema/gazetteer/*.yaml) as plain YAML.

No kg loader here on purpose: this checks the data contract the matcher is written against
(keys, types, labels, unique ids and names, references, traditional forms, Wikidata ids).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import opencc
import pytest
import yaml

GAZETTEER_DIR = Path(__file__).resolve().parents[1] / "schema" / "gazetteer"
FILES = sorted(GAZETTEER_DIR.glob("*.yaml"))

REQUIRED = {"id", "label", "name"}
LIST_KEYS = {"aliases", "weak_aliases", "traditional", "abbreviations", "english_aliases"}
STR_KEYS = {"name_en", "parent", "located_in", "kind", "wikidata"}
ALLOWED = REQUIRED | LIST_KEYS | STR_KEYS
LABEL_PREFIX = {
    "Agency": "agency",
    "University": "university",
    "Organization": "org",
    "Place": "place",
}
KINDS = {"country", "province", "city", "district", "venue"}
ID_RE = re.compile(r"^(agency|university|org|place):[a-z0-9-]+$")
QID_RE = re.compile(r"^Q[0-9]+$")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
T2S = opencc.OpenCC("t2s")
S2T = opencc.OpenCC("s2t")

Entry = dict[str, Any]


def _load(path: Path) -> list[Entry]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and set(data) == {"entries"}, f"{path.name}: top level"
    entries = data["entries"]
    assert isinstance(entries, list) and entries, f"{path.name}: entries must be a list"
    return entries


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return [e for path in FILES for e in _load(path)]


def test_expected_files_present() -> None:
    names = {p.stem for p in FILES}
    expected = {"national", "organizations", "international", "provinces", "places"}
    assert expected | {"universities"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_has_header_comment(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith(f"# schema/gazetteer/{path.name}")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_entry_keys_and_types(path: Path) -> None:
    for e in _load(path):
        where = f"{path.name}: {e.get('id')}"
        assert isinstance(e, dict), where
        assert set(e) >= REQUIRED, f"{where}: missing {REQUIRED - set(e)}"
        assert set(e) <= ALLOWED, f"{where}: unknown keys {set(e) - ALLOWED}"
        assert ID_RE.match(e["id"]), f"{where}: bad id"
        assert e["label"] in LABEL_PREFIX, f"{where}: bad label"
        assert e["id"].split(":")[0] == LABEL_PREFIX[e["label"]], f"{where}: prefix/label"
        assert isinstance(e["name"], str) and HAN_RE.search(e["name"]), f"{where}: name"
        for key in LIST_KEYS & set(e):
            value = e[key]
            assert isinstance(value, list) and value, f"{where}: {key} must be a non-empty list"
            assert all(isinstance(v, str) and v.strip() == v and v for v in value), where
            assert len(set(value)) == len(value), f"{where}: duplicate in {key}"
        for key in STR_KEYS & set(e):
            assert isinstance(e[key], str) and e[key], f"{where}: {key} must be a string"
        assert ("kind" in e) == (e["label"] == "Place"), f"{where}: kind is for Place only"
        if "kind" in e:
            assert e["kind"] in KINDS, f"{where}: bad kind"


def test_names_are_simplified(entries: list[Entry]) -> None:
    for e in entries:
        for form in [e["name"], *e.get("aliases", []), *e.get("weak_aliases", [])]:
            assert T2S.convert(form) == form, f"{e['id']}: {form} is not simplified"


def test_ids_unique(entries: list[Entry]) -> None:
    dupes = [i for i, n in Counter(e["id"] for e in entries).items() if n > 1]
    assert not dupes


def test_references_exist(entries: list[Entry]) -> None:
    by_id = {e["id"]: e for e in entries}
    for e in entries:
        if "parent" in e:
            assert e["parent"] in by_id and e["parent"] != e["id"], e["id"]
        if "located_in" in e:
            assert by_id.get(e["located_in"], {}).get("label") == "Place", e["id"]


def test_no_parent_cycles(entries: list[Entry]) -> None:
    parent = {e["id"]: e.get("parent") for e in entries}
    for start in parent:
        seen, node = set(), start
        while node is not None:
            assert node not in seen, f"parent cycle through {start}"
            seen.add(node)
            node = parent.get(node)


def _claims(e: Entry) -> list[str]:
    return [e["name"], *e.get("aliases", [])]


def test_names_and_aliases_claimed_once(entries: list[Entry]) -> None:
    owners: dict[str, set[str]] = {}
    for e in entries:
        for form in _claims(e):
            owners.setdefault(form, set()).add(e["id"])
    clashes = {f: ids for f, ids in owners.items() if len(ids) > 1}
    assert not clashes
    # a weak alias must not be another entry's name or strong alias
    for e in entries:
        for weak in e.get("weak_aliases", []):
            assert weak not in owners, f"{e['id']}: weak alias {weak} is claimed by {owners[weak]}"


def test_abbreviations_unique_and_latin(entries: list[Entry]) -> None:
    seen: Counter[str] = Counter(a for e in entries for a in e.get("abbreviations", []))
    assert [a for a, n in seen.items() if n > 1] == []
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9&-]*", a) for a in seen)


def test_traditional_forms_convert_to_a_claimed_form(entries: list[Entry]) -> None:
    for e in entries:
        own = set(_claims(e))
        for form in e.get("traditional", []):
            assert form not in own, f"{e['id']}: {form} is not a traditional form"
            assert T2S.convert(form) in own, f"{e['id']}: {form} -> {T2S.convert(form)}"


def test_traditional_forms_cover_the_name(entries: list[Entry]) -> None:
    for e in entries:
        expected = S2T.convert(e["name"])
        if expected != e["name"]:
            assert expected in e.get("traditional", []), f"{e['id']}: missing {expected}"


def test_wikidata_ids(entries: list[Entry]) -> None:
    qids = [e["wikidata"] for e in entries if "wikidata" in e]
    assert all(QID_RE.match(q) for q in qids)
    assert len(set(qids)) == len(qids)


@pytest.mark.parametrize(
    ("entry_id", "qid"),
    [
        ("agency:samr", "Q50839256"),
        ("agency:cnca", "Q50483711"),
        ("agency:sac", "Q63961"),
        ("university:hust", "Q1711196"),
        ("org:cae", "Q689633"),
        ("agency:hubei-gov", "Q15942052"),
        ("place:wuhan", "Q11746"),
        ("place:hubei", "Q46862"),
    ],
)
def test_given_wikidata_facts(entries: list[Entry], entry_id: str, qid: str) -> None:
    assert {e["id"]: e.get("wikidata") for e in entries}[entry_id] == qid


def test_seed_gold_entities_are_covered(entries: list[Entry]) -> None:
    """Every non-person, non-event gold body of the seed article is in the gazetteer with the
    gold's canonical name and type, and every gold mention of it is a claimed form."""
    gold = GAZETTEER_DIR.parents[1] / ".." / "shared" / "gold" / "seed-article.json"
    if not gold.is_file():
        pytest.skip("shared seed gold not available")
    import json

    by_name = {e["name"]: e for e in entries}
    for g in json.loads(gold.read_text(encoding="utf-8"))["entities"]:
        if g["type"] not in LABEL_PREFIX:
            continue
        e = by_name.get(g["name"])
        assert e is not None and e["label"] == g["type"], g["name"]
        for mention in g["mentions"]:
            assert mention in _claims(e), f"{g['name']}: {mention}"


def test_every_province_has_government_and_regulator(entries: list[Entry]) -> None:
    by_id = {e["id"]: e for e in entries}
    provinces = [e for e in entries if e.get("kind") == "province"]
    assert len(provinces) == 34
    for p in provinces:
        slug = p["id"].split(":")[1]
        if slug == "taiwan":
            continue
        assert by_id[f"agency:{slug}-gov"]["located_in"] == p["id"]
        if p["name"].endswith("特别行政区"):
            continue
        amr = by_id[f"agency:{slug}-amr"]
        assert amr["name"].startswith(p["name"]) and amr["located_in"] == p["id"]
