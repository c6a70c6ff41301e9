"""Commands: extract (articles → extraction records), eval (score against gold files)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from kg.cli.app import main
from kg.cli.options import (
    inputs_argument,
    jobs_option,
    max_bytes_option,
    output_option,
    quiet_option,
)


@main.command()
@inputs_argument
@jobs_option
@max_bytes_option
@output_option
@quiet_option
def extract(
    paths: tuple[str, ...], jobs: int, max_bytes: int, output: str | None, quiet: bool
) -> None:
    """Extract entities and relations: one extraction record (JSON line) per article.

    Reads the same inputs as `kg clean` (text, HTML, JSON Lines; files, directories,
    globs, - for stdin). Each bad input gets one line on stderr; the exit status is 1 if
    any input failed.

    \b
    Examples:
      kg extract examples/articles > records.jsonl
      kg extract --jobs 2 'news/**/*.html' -o records.jsonl
    """
    from kg.cli.output import write_lines
    from kg.pipeline import extract_records

    lines = extract_records(paths, jobs=jobs, max_bytes=max_bytes)  # workers write the lines
    write_lines(lines, output, command="extract", quiet=quiet)


def _records(paths: tuple[str, ...], jobs: int, errors: list[str]) -> Iterator[Any]:
    """Extractions from record files (.jsonl with an extraction record per line) or by
    extracting the given articles."""
    import json

    from kg.errors import InputError
    from kg.pipeline import extract_paths
    from kg.record import extraction_from_record

    articles: list[str] = []
    for path in paths:
        if path.endswith(".jsonl") and Path(path).is_file():
            with open(path, encoding="utf-8") as handle:
                first = handle.readline()
            if '"entities"' in first:
                with open(path, encoding="utf-8") as handle:
                    for number, line in enumerate(handle, 1):
                        try:
                            yield extraction_from_record(json.loads(line))
                        except (ValueError, KeyError, TypeError) as exc:
                            errors.append(f"{path}:{number}: not an extraction record ({exc})")
                continue
        articles.append(path)
    if articles:
        for result in extract_paths(articles, jobs=jobs):
            if isinstance(result, InputError):
                errors.append(str(result))
            else:
                yield result


def _table(report: Any) -> str:
    rows = [f"{'':<11}{'type':<16}{'P':>7}{'R':>7}{'F1':>7}{'sys':>6}{'gold':>6}   strict F1"]
    for kind in ("entities", "relations"):
        types = [*sorted({t for (_, k, t) in report.counts if k == kind and t != "ALL"}), "ALL"]
        for t in types:
            c = report.counts[("lenient", kind, t)]
            s, st = c.scores(), report.get("strict", kind, t)
            rows.append(
                f"{kind:<11}{t:<16}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                f"{c.sys:>6}{c.gold:>6}   {st['f1']:.3f}"
            )
    return "\n".join(rows)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(file_okay=False))
@inputs_argument
@jobs_option
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_(gold_dir: str, paths: tuple[str, ...], jobs: int, as_json: bool) -> None:
    """Score extraction against gold files: P/R/F1 per type, lenient and strict.

    GOLD_DIR holds X.json gold files; each is paired with the article (or record) whose
    source has the stem X. PATH are articles (extracted now) or .jsonl record files
    written by `kg extract`.

    \b
    Examples:
      kg eval tests/data/gold tests/data/articles
      kg extract tests/data/articles -o rec.jsonl && kg eval tests/data/gold rec.jsonl --json
    """
    import json

    from kg.evaluate import evaluate, load_gold

    gold = load_gold(gold_dir)
    errors: list[str] = []
    report = evaluate(gold, _records(paths, jobs, errors))
    for error in errors:
        click.echo(f"kg: error: {error}", err=True)
    for stem in report.missing:
        click.echo(
            f"kg: warning: no record for gold file {stem}.json (counted as missed)", err=True
        )
    with nullcontext():
        if as_json:
            click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            click.echo(_table(report))
    if errors:
        sys.exit(1)
