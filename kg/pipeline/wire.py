"""What crosses from a worker process to the main one: extractions as plain nested tuples,
and input errors as Failures.

Pickling the dataclasses calls a reducer per object (an article has ~60 spans): packing
them into tuples in one pass halves the worker's cost, and the main process, which competes
with the workers for the cores, only rebuilds the objects. Offset maps stay behind (records
do not carry them, and one is a list as long as the text). tests/pipeline/test_wire.py
checks that every field of the models is packed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.errors import InputError
from kg.models import Article, Entity, Extraction, Link, Relation, Span

Packed = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """An InputError on its way between processes (InputError itself does not unpickle:
    its __init__ takes more than its message)."""

    source: str
    reason: str
    line: int | None

    @classmethod
    def of(cls, error: InputError) -> Failure:
        return cls(error.source, error.reason, error.line)

    def error(self) -> InputError:
        return InputError(self.source, self.reason, self.line)


def pack(x: Extraction) -> Packed:
    a = x.article
    links = tuple([(k.title, k.publisher, k.date, k.url) for k in a.links])
    article = (a.id, a.source, a.title, a.date, a.script, a.text, links, a.publisher)
    entities = tuple([
        (e.id, e.label, e.name, e.aliases, tuple([(s.text, s.start, s.end) for s in e.mentions]),
         e.wikidata, e.name_en, e.properties)
        for e in x.entities
    ])  # fmt: skip
    relations = tuple([
        (r.type, r.source, r.target, r.confidence, (r.evidence.text, r.evidence.start,
         r.evidence.end), r.properties)
        for r in x.relations
    ])  # fmt: skip
    return article, entities, relations


def unpack(packed: Packed) -> Extraction:
    a, entities, relations = packed
    article = Article(a[0], a[1], a[2], a[3], a[4], a[5], tuple([Link(*k) for k in a[6]]), a[7])
    return Extraction(
        article,
        tuple([
            Entity(e[0], e[1], e[2], e[3], tuple([Span(*s) for s in e[4]]), e[5], e[6], e[7])
            for e in entities
        ]),
        tuple([Relation(r[0], r[1], r[2], r[3], Span(*r[4]), r[5]) for r in relations]),
    )  # fmt: skip
