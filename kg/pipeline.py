"""Read, clean and extract with N processes, in input order.

Files (JSON Lines files too) are dealt to the workers, each reading, cleaning and
extracting its own, so both stages run in parallel; stdin is read here and its articles are
dealt out without their offset maps (extraction does not need them).
Chunks keep every worker busy while `imap` keeps the order of the inputs.
"""

from __future__ import annotations

import copyreg
import multiprocessing as mp
from collections.abc import Iterator, Sequence
from dataclasses import fields, replace

from kg.errors import InputError
from kg.models import Article, Entity, Extraction, Link, Relation, Span

Result = Extraction | InputError


def _pickle_positionally(cls: type) -> None:
    names = [f.name for f in fields(cls)]  # derived, so a new field can never be dropped
    copyreg.pickle(cls, lambda obj: (cls, tuple(getattr(obj, n) for n in names)))


def _compact_pickling() -> None:
    """Results cross the process boundary as positional tuples: dataclass state would carry
    every field name with every span, doubling the bytes and the time to pickle them."""
    for cls in (Span, Link, Entity, Relation, Article, Extraction):
        _pickle_positionally(cls)


_compact_pickling()
Task = str | Article | InputError


def _run(task: Task, max_bytes: int) -> list[Result]:
    from kg.extract import extract_article
    from kg.ingest import read_input

    if isinstance(task, InputError):
        return [task]
    if isinstance(task, Article):
        return [extract_article(task)]
    return [
        r if isinstance(r, InputError) else extract_article(r)
        for r in read_input(task, max_bytes=max_bytes)
    ]


def _run_batch(tasks: list[Task]) -> list[Result]:
    """In a worker: the offset map (a list as long as the text) stays behind, since
    records do not carry it and pickling it back would cost more than extracting."""
    return [_light(r) for task in tasks for r in _run(task, _MAX_BYTES)]


def _batches(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for task in tasks:
        batch.append(task)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _light_article(item: Article | InputError) -> Article | InputError:
    return replace(item, offsets=None) if isinstance(item, Article) else item


def _light(result: Result) -> Result:
    if isinstance(result, Extraction) and result.article.offsets is not None:
        return replace(result, article=replace(result.article, offsets=None))
    return result


_MAX_BYTES = 20 * 1024 * 1024


def _init(max_bytes: int) -> None:
    global _MAX_BYTES
    _MAX_BYTES = max_bytes
    from kg.extract.lexicon import default_lexicon
    from kg.extract.patterns import load_patterns

    load_patterns()
    default_lexicon()  # build the matchers once per worker, before the first article


def _tasks(paths: Sequence[str], max_bytes: int) -> Iterator[Task]:
    from kg.ingest import expand_inputs, read_input

    for item in expand_inputs(paths):
        if item == "-":  # only this process can read stdin: its articles are dealt out
            for article in read_input(item, max_bytes=max_bytes):
                yield _light_article(article)
        else:
            yield item


def extract_paths(
    paths: Sequence[str], *, jobs: int = 1, max_bytes: int = _MAX_BYTES, batch: int = 16
) -> Iterator[Result]:
    """Extractions (or InputErrors) for every article under paths, in input order."""
    if jobs <= 1:
        for task in _tasks(paths, max_bytes):
            yield from _run(task, max_bytes)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_init, initargs=(max_bytes,)) as pool:
        for results in pool.imap(_run_batch, _batches(_tasks(paths, max_bytes), batch)):
            yield from results
