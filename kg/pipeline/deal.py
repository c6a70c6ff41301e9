"""Inputs dealt to N worker processes, each article converted there, results in input order.

The workers do all the work: each reads, cleans and converts (extracts, writes the record
line) the inputs it is dealt, so the main process, which shares the cores with them, only
lists the inputs and passes results on. Files go in batches of BATCH; a big JSON Lines
file goes in parts (line ranges, kg.pipeline.parts), so one big file does not keep one
worker busy while the other has nothing left; stdin can only be read here, and its
documents are dealt out before cleaning.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from kg.errors import InputError
from kg.ingest.read import DEFAULT_MAX_BYTES
from kg.models import Article
from kg.pipeline.parts import Part, part_articles, parts_of
from kg.pipeline.pool import ordered_map
from kg.pipeline.wire import Failure

BATCH = 8  # files per task: a round trip costs far less than extracting 8 articles
PART_BYTES = 64 * 1024  # a JSON Lines part: ~12 articles
Item = str | InputError  # what kg.ingest.expand_inputs gives
Task = Any  # a path, a Part of a JSON Lines file, a RawDoc read from stdin, or a Failure
Done = Callable[[int], None]  # told how many more inputs are finished (a progress bar)


def serial_articles(
    items: Iterable[Item], max_bytes: int = DEFAULT_MAX_BYTES, done: Done | None = None
) -> Iterator[Article | InputError]:
    """Every input's articles (or errors), read in this process."""
    from kg.ingest import read_input

    for item in items:
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_input(item, max_bytes=max_bytes)
        if done is not None:
            done(1)


def map_articles[T](
    items: Iterable[Item],
    convert: Callable[[Article], Any],
    from_wire: Callable[[Any], T],
    *,
    jobs: int,
    max_bytes: int = DEFAULT_MAX_BYTES,
    part_bytes: int = PART_BYTES,
    init: Callable[[], None] | None = None,
    done: Done | None = None,
) -> Iterator[T | InputError]:
    """from_wire(convert(article)) for every article of every input, or its InputError, in
    input order. convert runs in `jobs` worker processes (after `init`, once each) and
    from_wire here; both must be module-level functions where processes are spawned."""
    weights: deque[int] = deque()  # inputs each batch finishes, in the order dealt
    batches = _batches(_tasks(items, max_bytes, part_bytes), weights)
    work = partial(_run_batch, convert=convert, max_bytes=max_bytes)
    for results in ordered_map(work, batches, jobs=jobs, init=init):
        for r in results:
            yield r.error() if isinstance(r, Failure) else from_wire(r)
        finished = weights.popleft()
        if done is not None and finished:
            done(finished)


def _tasks(items: Iterable[Item], max_bytes: int, part_bytes: int) -> Iterator[tuple[Task, int]]:
    """Each task with the number of inputs it finishes (1 for the last of an input's)."""
    from kg.ingest.read import docs_from_bytes, read_bytes

    for item in items:
        if isinstance(item, InputError):
            yield Failure.of(item), 1
        elif item == "-":  # only this process can read stdin: its documents are dealt out
            try:
                docs = list(docs_from_bytes(item, read_bytes(item, max_bytes)))
            except InputError as exc:
                docs = [exc]
            for i, doc in enumerate(docs):
                task = Failure.of(doc) if isinstance(doc, InputError) else doc
                yield task, int(i == len(docs) - 1)
        else:
            for part in parts_of(item, part_bytes):
                yield part, int(not isinstance(part, Part) or part.index == part.count - 1)


def _batches(tasks: Iterator[tuple[Task, int]], weights: deque[int]) -> Iterator[list[Task]]:
    """Tasks in batches of BATCH, a Part alone (it is a batch's worth of articles); each
    batch's weight is appended to `weights` as the batch is dealt."""
    batch: list[Task] = []
    weight = 0
    for task, finishes in tasks:
        if isinstance(task, Part) and batch:
            weights.append(weight)
            yield batch
            batch, weight = [], 0
        batch.append(task)
        weight += finishes
        if isinstance(task, Part) or len(batch) >= BATCH:
            weights.append(weight)
            yield batch
            batch, weight = [], 0
    if batch:
        weights.append(weight)
        yield batch


def _articles(task: Task, max_bytes: int) -> Iterator[Article | InputError]:
    from kg.ingest import build_article, read_input

    if isinstance(task, str):
        yield from read_input(task, max_bytes=max_bytes)
    elif isinstance(task, Part):
        yield from part_articles(task, max_bytes)
    elif isinstance(task, Failure):
        yield task.error()
    else:
        yield build_article(task)


def _run_batch(tasks: list[Task], convert: Callable[[Article], Any], max_bytes: int) -> list[Any]:
    """In a worker: each task's articles converted, failures as Failure."""
    return [
        Failure.of(a) if isinstance(a, InputError) else convert(a)
        for task in tasks
        for a in _articles(task, max_bytes)
    ]
