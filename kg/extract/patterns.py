"""Extraction patterns as data: schema/patterns/*.yaml, validated at load.

Suffixes, title words, event words and relation verbs live in YAML so the genre can be
tuned without touching code. Each file has a fixed set of keys with fixed types; a missing
or mistyped key raises SchemaError naming the file, the key and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.errors import SchemaError
from kg.resources import data_dir
from kg.schema import parse_yaml

# file → key → expected kind: "words" (list of strings), "chars" (string), "int", "map"
# (string → string), "suffixes" (list of {suffix, label}), "numbers" (string → float)
SPEC: dict[str, dict[str, str]] = {
    "bodies": {
        "suffixes": "suffixes", "unit_suffixes": "words", "unit_not_before": "words",
        "unit_not_starting": "words", "canonical_suffixes": "map", "stop_chars": "chars",
        "boundary_words": "words", "min_core": "int", "max_length": "int",
        "generic_heads": "words", "context_prefixes": "map", "admin_chars": "chars",
        "venue_suffixes": "words", "free_suffixes": "words",
    },
    "people": {
        "titles": "words", "government_titles": "words", "weak_titles": "words",
        "surnames": "chars", "compound_surnames": "words", "name_followers": "words",
        "name_end_chars": "chars",
    },
    "events": {
        "suffixes": "words", "weak_suffixes": "words", "back_references": "words",
        "ceremony_words": "words", "joiners": "words", "day_pattern": "chars",
        "stop_chars": "chars", "boundary_words": "words", "max_length": "int",
        "generic_heads": "words", "not_followed_by": "words",
    },
    "relations": {
        "hosted": "words", "organized": "words", "attended": "words", "spoke": "words",
        "launched": "words", "held": "words", "located": "words",
        "initiative_suffixes": "words", "generic_objects": "words", "confidence": "numbers",
        "mentioned": "words", "strong_suffixes": "words", "not_objects": "words",
        "not_venues": "words", "venue_adverbs": "words",
    },
    "english": {
        "titles": "words", "hosted": "words", "organized": "words", "attended": "words",
        "spoke": "words", "launched": "words", "held": "words", "event_suffixes": "words",
    },
}  # fmt: skip
LABELS = frozenset({"Agency", "Organization", "University"})


def _is_words(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) and x for x in v)


def _check(file: str, key: str, kind: str, value: Any) -> Any:
    def fail(fix: str) -> SchemaError:
        return SchemaError(f"{file}: key {key!r}: {fix}")

    if kind == "words" and not _is_words(value):
        raise fail("must be a list of non-empty strings")
    if kind == "chars" and not (isinstance(value, str) and value):
        raise fail("must be a non-empty string")
    if kind == "int" and not (isinstance(value, int) and value > 0):
        raise fail("must be a positive integer")
    if kind == "map" and not (
        isinstance(value, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    ):
        raise fail("must be a mapping of strings to strings")
    if kind == "numbers" and not (
        isinstance(value, dict)
        and all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in value.values())
    ):
        raise fail("must be a mapping of names to numbers between 0 and 1")
    if kind == "suffixes":
        ok = isinstance(value, list) and all(
            isinstance(x, dict) and isinstance(x.get("suffix"), str) and x.get("label") in LABELS
            for x in value
        )
        if not ok:
            raise fail(f"must be a list of {{suffix: ..., label: one of {sorted(LABELS)}}}")
        return {x["suffix"]: (x["label"], bool(x.get("needs_place"))) for x in value}
    return value


def validate(file: str, doc: Any) -> dict[str, Any]:
    """The checked content of one patterns file (by its stem)."""
    spec = SPEC[file.removesuffix(".yaml")]
    if not isinstance(doc, dict):
        raise SchemaError(f"{file}: the top level must be a mapping with keys {sorted(spec)}")
    missing = sorted(set(spec) - set(doc))
    if missing:
        raise SchemaError(f"{file}: key {missing[0]!r} is missing; add it ({spec[missing[0]]})")
    unknown = sorted(set(doc) - set(spec))
    if unknown:
        raise SchemaError(f"{file}: key {unknown[0]!r} is unknown; allowed: {sorted(spec)}")
    return {key: _check(file, key, kind, doc[key]) for key, kind in spec.items()}


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per process
class Patterns:
    bodies: dict[str, Any]
    people: dict[str, Any]
    events: dict[str, Any]
    relations: dict[str, Any]
    english: dict[str, Any]


@lru_cache(maxsize=1)
def load_patterns() -> Patterns:
    """All pattern files, validated, once per process."""
    folder = data_dir("schema") / "patterns"
    found: dict[str, Any] = {}
    for stem in SPEC:
        node = folder / f"{stem}.yaml"
        if not node.is_file():
            raise SchemaError(
                f"schema/patterns/{stem}.yaml is missing; restore it from the repository"
            )
        doc = parse_yaml(node.read_text(encoding="utf-8"), f"schema/patterns/{stem}.yaml")
        found[stem] = validate(f"{stem}.yaml", doc)
    return Patterns(**found)
