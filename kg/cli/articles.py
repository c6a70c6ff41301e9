"""Commands: clean (read articles, write their clean text and links as JSON Lines)."""

from __future__ import annotations

import sys
from contextlib import nullcontext

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
@max_bytes_option
@output_option
@quiet_option
@jobs_option
def clean(
    paths: tuple[str, ...], max_bytes: int, output: str | None, quiet: bool, jobs: int
) -> None:
    """Clean articles: one JSON line per article (article and related links).

    Reads plain text, HTML and JSON Lines in UTF-8/16, GB18030 or Big5; repairs pinyin
    annotations and punctuation, drops page furniture and repeated paragraphs, converts
    to simplified Chinese. Each bad input gets one line on stderr; the exit status is 1
    if any input failed. With --jobs N, N processes clean the files (the output stays in
    input order).

    \b
    Examples:
      kg clean examples/articles > clean.jsonl
      kg clean 'pages/**/*.html' -o clean.jsonl
      kg clean --jobs 2 pages/ -o clean.jsonl
      cat article.txt | kg clean -
    """
    from kg.cli.output import write_lines
    from kg.ingest import expand_inputs
    from kg.pipeline import clean_lines

    items = list(expand_inputs(paths))
    show = not quiet and sys.stderr.isatty()
    bar = click.progressbar(length=len(items), label="cleaning", file=sys.stderr) if show else None
    with bar or nullcontext() as progress:
        done = progress.update if progress is not None else None
        lines = clean_lines(items, jobs=jobs, max_bytes=max_bytes, done=done)
        write_lines(lines, output, command="clean", quiet=quiet)
