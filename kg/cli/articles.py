"""Commands: clean (read articles, write their clean text and links as JSON Lines)."""

from __future__ import annotations

import sys
from contextlib import nullcontext

import click

from kg.cli.app import main
from kg.cli.options import inputs_argument, max_bytes_option, output_option, quiet_option


@main.command()
@inputs_argument
@max_bytes_option
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
    from kg.cli.output import write_jsonl
    from kg.errors import InputError
    from kg.ingest import expand_inputs, read_input
    from kg.record import clean_record

    items = list(expand_inputs(paths))
    show = not quiet and sys.stderr.isatty()
    bar = click.progressbar(items, label="cleaning", file=sys.stderr) if show else None
    with bar or nullcontext(items) as inputs:
        results = (
            result
            for item in inputs
            for result in (
                [item] if isinstance(item, InputError) else read_input(item, max_bytes=max_bytes)
            )
        )
        write_jsonl(results, clean_record, output, command="clean", quiet=quiet)
