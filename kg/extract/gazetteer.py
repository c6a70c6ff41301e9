"""The gazetteer: known actors and places from schema/gazetteer/*.yaml, validated at load.

Each file holds `entries:`; each entry names one actor with its official name, short forms,
traditional forms, abbreviations (whole words, case-sensitive), English names, parent body,
place and Wikidata id. A malformed entry raises SchemaError naming file, entry, key and fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.errors import SchemaError
from kg.resources import data_dir
from kg.schema import parse_yaml

LABELS = frozenset({"Agency", "University", "Organization", "Place"})
PLACE_KINDS = frozenset({"country", "province", "city", "district", "venue"})
LIST_KEYS = ("aliases", "weak_aliases", "traditional", "abbreviations", "english_aliases")
SCALAR_KEYS = ("name_en", "parent", "located_in", "kind", "wikidata")
KNOWN_KEYS = frozenset({"id", "label", "name", *LIST_KEYS, *SCALAR_KEYS})


@dataclass(frozen=True, slots=True)
class GazEntry:
    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()
    traditional: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    name_en: str | None = None
    english_aliases: tuple[str, ...] = ()
    parent: str | None = None
    located_in: str | None = None
    kind: str | None = None
    wikidata: str | None = None
    file: str = ""

    @property
    def chinese_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.traditional)

    @property
    def english_names(self) -> tuple[str, ...]:
        return tuple(x for x in (self.name_en, *self.english_aliases) if x)


def _fail(file: str, entry: str, key: str, fix: str) -> SchemaError:
    return SchemaError(f"{file}: entry {entry}: key {key!r}: {fix}")


def _string_list(raw: Mapping[str, Any], key: str, file: str, eid: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        raise _fail(file, eid, key, "must be a list of non-empty strings")
    return tuple(x.strip() for x in value)


def parse_entry(raw: Any, file: str, index: int) -> GazEntry:
    """One validated entry; SchemaError names what is wrong and how to fix it."""
    where = f"#{index + 1}"
    if not isinstance(raw, dict):
        raise _fail(file, where, "-", "each entry must be a mapping with id, label, name")
    eid = raw.get("id")
    if not isinstance(eid, str) or ":" not in eid:
        raise _fail(file, where, "id", "give a string id like 'agency:samr' (prefix:name)")
    unknown = sorted(set(raw) - KNOWN_KEYS)
    if unknown:
        raise _fail(file, eid, unknown[0], f"unknown key; allowed: {', '.join(sorted(KNOWN_KEYS))}")
    label = raw.get("label")
    if label not in LABELS:
        raise _fail(file, eid, "label", f"must be one of {', '.join(sorted(LABELS))}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(file, eid, "name", "give the official name as a non-empty string")
    scalars: dict[str, str | None] = {}
    for key in SCALAR_KEYS:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise _fail(file, eid, key, "must be a string or null")
        scalars[key] = value
    if scalars["kind"] is not None and (label != "Place" or scalars["kind"] not in PLACE_KINDS):
        raise _fail(file, eid, "kind", f"only Place entries have a kind: {sorted(PLACE_KINDS)}")
    lists = {key: _string_list(raw, key, file, eid) for key in LIST_KEYS}
    return GazEntry(
        id=eid, label=label, name=name.strip(), file=file,
        aliases=lists["aliases"], weak_aliases=lists["weak_aliases"],
        traditional=lists["traditional"], abbreviations=lists["abbreviations"],
        english_aliases=lists["english_aliases"], name_en=scalars["name_en"],
        parent=scalars["parent"], located_in=scalars["located_in"], kind=scalars["kind"],
        wikidata=scalars["wikidata"],
    )  # fmt: skip


def _check_references(entries: Mapping[str, GazEntry]) -> None:
    for entry in entries.values():
        for key in ("parent", "located_in"):
            ref = getattr(entry, key)
            if ref is not None and ref not in entries:
                raise _fail(entry.file, entry.id, key, f"{ref!r} is not the id of any entry")


def parse_files(docs: Iterable[tuple[str, Any]]) -> dict[str, GazEntry]:
    """Validate parsed YAML documents (file name, content) into entries by id."""
    entries: dict[str, GazEntry] = {}
    for file, doc in docs:
        if doc is None:
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
            raise SchemaError(f"{file}: the top level must be a mapping with an 'entries' list")
        for index, raw in enumerate(doc["entries"]):
            entry = parse_entry(raw, file, index)
            if entry.id in entries:
                other = entries[entry.id].file
                raise _fail(file, entry.id, "id", f"duplicate id (also in {other}); rename one")
            entries[entry.id] = entry
    _check_references(entries)
    return entries


def _read(node: Any) -> tuple[str, Any]:
    return node.name, parse_yaml(node.read_text(encoding="utf-8"), node.name)


@lru_cache(maxsize=1)
def load_gazetteer() -> dict[str, GazEntry]:
    """All entries of the shipped schema/gazetteer/*.yaml, once per process."""
    folder = data_dir("schema") / "gazetteer"
    nodes = (
        sorted(
            (n for n in folder.iterdir() if n.name.endswith((".yaml", ".yml"))),
            key=lambda n: n.name,
        )
        if folder.is_dir()
        else []
    )
    return parse_files(_read(n) for n in nodes)
