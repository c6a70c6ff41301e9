"""Read, clean and extract with N processes, in input order (kg clean, extract, ingest).

deal: inputs dealt to the workers and results taken back in order; parts: big JSON Lines
files dealt as line ranges; pool: the worker processes; wire: what crosses back cheaply.
With jobs > 1 the workers do the whole job, down to the JSON line a command writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from kg.errors import InputError
from kg.ingest.read import DEFAULT_MAX_BYTES
from kg.models import Article, Extraction
from kg.pipeline.deal import PART_BYTES, Done, Item, map_articles, serial_articles
from kg.pipeline.wire import Packed, pack, unpack

Result = Extraction | InputError

__all__ = ["Result", "clean_lines", "extract_paths", "extract_records", "map_articles"]


def extract_paths(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    part_bytes: int = PART_BYTES,
) -> Iterator[Result]:
    """Extractions (or InputErrors) for every article under paths, in input order. With
    jobs > 1 the articles carry no offset map."""
    from kg.extract import extract_article

    return _extracting(
        paths, extract_article, _packed_extraction, unpack, jobs, max_bytes, part_bytes
    )


def extract_records(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    part_bytes: int = PART_BYTES,
) -> Iterator[str | InputError]:
    """What `kg extract` writes: each article's record line (or an InputError), in input
    order; with jobs > 1 the workers write the lines."""
    return _extracting(paths, extraction_line, extraction_line, _same, jobs, max_bytes, part_bytes)


def clean_lines(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    done: Done | None = None,
) -> Iterator[str | InputError]:
    """What `kg clean` writes for expand_inputs' items: each article's line (or an
    InputError), in input order; `done(n)` as each n more inputs are finished."""
    if jobs <= 1:
        return (_or_error(clean_record_line, a) for a in serial_articles(items, max_bytes, done))
    return map_articles(items, clean_record_line, _same, jobs=jobs, max_bytes=max_bytes, done=done)


def extraction_line(article: Article) -> str:
    """The article's extraction record as one JSON line (no newline)."""
    from kg.extract import extract_article
    from kg.record import dumps, extraction_record

    return dumps(extraction_record(extract_article(article)))


def clean_record_line(article: Article) -> str:
    """The article's `kg clean` record as one JSON line (no newline)."""
    from kg.record import clean_record, dumps

    return dumps(clean_record(article))


def _extracting[T](
    paths: Sequence[str],
    here: Callable[[Article], T],
    in_worker: Callable[[Article], Any],
    from_wire: Callable[[Any], T],
    jobs: int,
    max_bytes: int,
    part_bytes: int,
) -> Iterator[T | InputError]:
    """here(article) in this process for one job; else in_worker(article) in the workers,
    and from_wire of what it returns here."""
    from kg.ingest import expand_inputs

    items = expand_inputs(paths)
    if jobs <= 1:
        return (_or_error(here, a) for a in serial_articles(items, max_bytes))
    return map_articles(
        items, in_worker, from_wire, jobs=jobs, max_bytes=max_bytes,
        part_bytes=part_bytes, init=_warm,
    )  # fmt: skip


def _or_error[T](convert: Callable[[Article], T], item: Article | InputError) -> T | InputError:
    return item if isinstance(item, InputError) else convert(item)


def _packed_extraction(article: Article) -> Packed:
    from kg.extract import extract_article

    return pack(extract_article(article))


def _same(line: str) -> str:
    return line


def _warm() -> None:
    """Build the matchers once per worker, before the first article (a no-op when the
    parent built them before forking)."""
    from kg.extract.lexicon import default_lexicon
    from kg.extract.patterns import load_patterns

    load_patterns()
    default_lexicon()
