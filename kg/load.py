"""Extractions (or extraction records) → the graph store, in batches of whole articles.

Each article is validated on its own (a RecordError skips it and is counted, the rest goes
on), then whole articles are merged into a batch that runs as ONE statement, so an article
is either fully stored or not at all, and reloading changes nothing but bookkeeping.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from kg.errors import InputError, KgError, RecordError
from kg.models import Extraction
from kg.record import extraction_from_record
from kg.schema import GraphSchema, load_schema
from kg.store.base import Store
from kg.store.batch import Batch
from kg.store.cypher import load_statement
from kg.store.ddl import TOTAL_NODES, TOTAL_RELATIONSHIPS
from kg.store.rows import ArticleRows, article_rows

DEFAULT_BATCH_ROWS = 5000


@dataclass(frozen=True)
class LoadSummary:
    """What a load did. `updated` counts merged rows that matched an existing node/edge."""

    articles: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    failures: tuple[KgError, ...] = ()

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_dict(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "nodes_created": self.nodes_created,
            "nodes_updated": self.nodes_updated,
            "relationships_created": self.relationships_created,
            "relationships_updated": self.relationships_updated,
            "failures": self.failed,
        }


@dataclass
class _Tally:
    articles: int = 0
    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    failures: list[KgError] = field(default_factory=list)

    def summary(self) -> LoadSummary:
        made_nodes, kept_nodes, made_rels, kept_rels = self.counts
        return LoadSummary(
            self.articles, made_nodes, kept_nodes, made_rels, kept_rels, tuple(self.failures)
        )


def _totals(store: Store) -> tuple[int, int]:
    nodes = store.run(TOTAL_NODES)[0]["count"]
    rels = store.run(TOTAL_RELATIONSHIPS)[0]["count"]
    return int(nodes), int(rels)


def _flush(store: Store, batch: Batch, statement: str, tally: _Tally) -> None:
    if not batch.article_ids:
        return
    nodes0, rels0 = _totals(store)
    store.run_batch([(statement, batch.params())])
    nodes1, rels1 = _totals(store)
    made_nodes, made_rels = nodes1 - nodes0, rels1 - rels0
    tally.articles += len(batch.article_ids)
    deltas = (
        made_nodes,
        batch.node_rows - made_nodes,
        made_rels,
        batch.relationship_rows - made_rels,
    )
    tally.counts = [a + b for a, b in zip(tally.counts, deltas, strict=True)]


def _check_labels(rows: ArticleRows, known: dict[str, str]) -> None:
    """One id, one label: an entity typed differently by an earlier article of this run is
    refused (a second node with the same id would split the actor)."""
    for eid, label in rows.labels.items():
        if known.get(eid, label) != label:
            raise RecordError(
                rows.article_id,
                f"entity {eid!r} is {label} here but {known[eid]} in an earlier article",
            )
    known.update(rows.labels)


def load_extractions(
    store: Store,
    extractions: Iterable[Extraction | KgError],
    *,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    init: bool = True,
    schema: GraphSchema | None = None,
    on_progress: Callable[[LoadSummary], None] | None = None,
    on_error: Callable[[KgError], None] | None = None,
) -> LoadSummary:
    """Load extractions; errors in the stream (and rejected records) are counted, not raised.

    `batch_rows` bounds the rows per statement (whole articles: a big one may exceed it).
    `on_progress` gets the running summary after each batch and each failure.
    """
    schema = schema or load_schema()
    if init:
        store.init()
    statement, tally, batch = load_statement(schema), _Tally(), Batch(schema)
    known: dict[str, str] = {}  # entity id → label, over the whole run
    for item in extractions:
        try:
            if isinstance(item, KgError):
                raise item
            rows = article_rows(item, schema)
            _check_labels(rows, known)
            batch.add(rows)
        except KgError as exc:
            tally.failures.append(exc)
            if on_error:
                on_error(exc)
        if batch.size >= batch_rows:
            _flush(store, batch, statement, tally)
            batch = Batch(schema)
            if on_progress:
                on_progress(tally.summary())
    _flush(store, batch, statement, tally)
    if on_progress:
        on_progress(tally.summary())
    return tally.summary()


def read_records(paths: Sequence[str]) -> Iterator[Extraction | InputError]:
    """Extraction records from JSON Lines files ("-": stdin); a bad line becomes an InputError."""
    import sys

    for path in paths:
        try:
            handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            yield InputError(path, f"cannot read ({exc.strerror})")
            continue
        with handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield _parse(line, path, number)


def _parse(line: str, path: str, number: int) -> Extraction | InputError:
    try:
        return extraction_from_record(json.loads(line))
    except json.JSONDecodeError as exc:
        return InputError(path, f"not JSON ({exc.msg})", number)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return InputError(path, f"not an extraction record ({type(exc).__name__}: {exc})", number)


def load_records(
    store: Store,
    paths: Sequence[str],
    *,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    on_progress: Callable[[LoadSummary], None] | None = None,
    on_error: Callable[[KgError], None] | None = None,
) -> LoadSummary:
    """`kg load`: records written by `kg extract`, loaded like extractions."""
    return load_extractions(
        store,
        read_records(paths),
        batch_rows=batch_rows,
        on_progress=on_progress,
        on_error=on_error,
    )
