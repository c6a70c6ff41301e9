"""Commands: init, drop, ingest, load, stats (the graph store)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kg.cli.app import main
from kg.cli.options import jobs_option, quiet_option, store_option
from kg.errors import KgError, UsageError
from kg.load import DEFAULT_BATCH_ROWS

if TYPE_CHECKING:
    from kg.load import LoadSummary
    from kg.store import Store

T = TypeVar("T")


def batch_option(func: Any) -> Any:
    return click.option(
        "--batch-rows",
        type=click.IntRange(1, 1_000_000),
        default=DEFAULT_BATCH_ROWS,
        show_default=True,
        help="Rows per write transaction (whole articles; one statement each).",
    )(func)


@contextmanager
def _opened(spec: str) -> Iterator[Store]:
    from kg.store import open_store

    store = open_store(spec)
    try:
        yield store
    finally:
        store.close()


class _Progress:
    """A live counter on stderr (terminal only, not with --quiet), warnings and the summary."""

    def __init__(self, quiet: bool) -> None:
        self.live = not quiet and sys.stderr.isatty()
        self.quiet = quiet
        self.read = self.loaded = self.failed = 0
        self._shown = 0.0

    def count(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self.read += 1
            self._show()
            yield item

    def update(self, summary: LoadSummary) -> None:
        self.loaded, self.failed = summary.articles, summary.failed
        self._show(force=True)

    def _show(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.live and (force or now - self._shown > 0.1):
            self._shown = now
            line = f"\rkg: {self.read} read, {self.loaded} loaded, {self.failed} failed"
            click.echo(line, err=True, nl=False)

    def warn(self, error: KgError) -> None:
        if self.live:
            click.echo("", err=True)
        click.echo(f"kg: warning: {error}", err=True)

    def done(self, summary: LoadSummary) -> None:
        if self.live:
            click.echo("", err=True)
        if not self.quiet:
            s = summary
            click.echo(
                f"kg: {s.articles} articles; nodes {s.nodes_created} created, "
                f"{s.nodes_updated} updated; relationships {s.relationships_created} created, "
                f"{s.relationships_updated} updated; {s.failed} failed",
                err=True,
            )
        if summary.failed:
            sys.exit(1)


@main.command("init")
@store_option
def init_command(store: str) -> None:
    """Create the constraints and indexes of schema/graph.yaml (safe to repeat).

    \b
    Example:
      kg init --store ./kg-data
    """
    with _opened(store) as db:
        db.init()
    click.echo(f"kg: store {store} initialized", err=True)


@main.command("drop")
@store_option
@click.option("--yes", is_flag=True, help="Really delete every node, relationship and index.")
def drop_command(store: str, yes: bool) -> None:
    """Delete everything in the store (nodes, relationships, indexes, constraints).

    \b
    Example:
      kg drop --yes --store ./kg-data
    """
    if not yes:
        raise UsageError(f"kg drop deletes everything in {store}; add --yes to confirm")
    with _opened(store) as db:
        db.drop()
    click.echo(f"kg: store {store} emptied", err=True)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@jobs_option
@batch_option
@quiet_option
def ingest_command(
    paths: tuple[str, ...], store: str, jobs: int, batch_rows: int, quiet: bool
) -> None:
    """Read, clean and extract articles, then load them into the store.

    PATH... are files, directories (recursive), globs, or - for stdin. A failed input or
    record is reported on stderr and counted (exit code 1); the rest is loaded.

    \b
    Example:
      kg ingest examples/articles --jobs 2 && kg stats
      kg ingest --store bolt://localhost:7687 examples/articles
    """
    from kg.load import load_extractions
    from kg.pipeline import extract_paths

    progress = _Progress(quiet)
    with _opened(store) as db:
        summary = load_extractions(
            db,
            progress.count(extract_paths(list(paths), jobs=jobs)),
            batch_rows=batch_rows,
            on_progress=progress.update,
            on_error=progress.warn,
        )
    progress.done(summary)


@main.command("load")
@click.argument("records", nargs=-1, required=True, metavar="RECORDS.jsonl...")
@store_option
@batch_option
@quiet_option
def load_command(records: tuple[str, ...], store: str, batch_rows: int, quiet: bool) -> None:
    """Load extraction records written by `kg extract` (JSON Lines; - for stdin).

    \b
    Example:
      kg extract examples/articles > records.jsonl
      kg load records.jsonl --store ./kg-data
    """
    from kg.load import load_extractions, read_records

    progress = _Progress(quiet)
    with _opened(store) as db:
        summary = load_extractions(
            db,
            progress.count(read_records(list(records))),
            batch_rows=batch_rows,
            on_progress=progress.update,
            on_error=progress.warn,
        )
    progress.done(summary)


@main.command("stats")
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def stats_command(store: str, fmt: str) -> None:
    """Count nodes by label and relationships by type.

    \b
    Example:
      kg stats --store ./kg-data --format json
    """
    from kg.store.stats import graph_stats

    with _opened(store) as db:
        stats = graph_stats(db)
    if fmt == "json":
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
        return
    width = 2 + max(len(k) for k in (*stats.labels, *stats.types))
    click.echo(f"{'nodes':<{width}}  {stats.nodes:>8}")
    for label, count in stats.labels.items():
        click.echo(f"  {label:<{width - 2}}  {count:>8}")
    click.echo(f"{'relationships':<{width}}  {stats.relationships:>8}")
    for rtype, count in stats.types.items():
        click.echo(f"  {rtype:<{width - 2}}  {count:>8}")
