"""Commands: clean (read articles, write their clean text and links as JSON Lines)."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from typing import IO

import click

from kg.cli.app import main
from kg.cli.options import inputs_argument, output_option, quiet_option

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # == kg.ingest.DEFAULT_MAX_BYTES (a test checks): no
# kg.ingest import at module level keeps `kg --help` fast


@main.command()
@inputs_argument
@click.option(
    "--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
    help="Skip (and report) input files larger than this.",
)  # fmt: skip
@output_option
@quiet_option
def clean(paths: tuple[str, ...], max_bytes: int, output: str | None, quiet: bool) -> None:
    """Clean articles: one JSON line per article (article and related links).

    Reads plain text, HTML and JSON Lines in UTF-8/16, GB18030 or Big5; repairs pinyin
    annotations and punctuation, drops page furniture and repeated paragraphs, converts
    to simplified Chinese. Each bad input gets one line on stderr; the exit status is 1
    if any input failed.

    \b
    Examples:
      kg clean examples/articles > clean.jsonl
      kg clean 'pages/**/*.html' -o clean.jsonl
      cat article.txt | kg clean -
    """
    from kg.errors import InputError
    from kg.ingest import expand_inputs, read_input
    from kg.record import clean_record, dumps

    out: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    items = list(expand_inputs(paths))
    articles = failed = 0
    show = not quiet and sys.stderr.isatty()
    try:
        bar = click.progressbar(items, label="cleaning", file=sys.stderr) if show else None
        with bar or nullcontext(items) as inputs:
            for item in inputs:
                results = (
                    [item]
                    if isinstance(item, InputError)
                    else read_input(item, max_bytes=max_bytes)
                )
                for result in results:
                    if isinstance(result, InputError):
                        failed += 1
                        click.echo(f"kg: error: {result}", err=True)
                    else:
                        articles += 1
                        out.write(dumps(clean_record(result)) + "\n")
    finally:
        if output:
            out.close()
    if not quiet:
        click.echo(f"kg clean: {articles} articles, {failed} failed", err=True)
    if failed:
        sys.exit(1)
