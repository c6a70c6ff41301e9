"""Writing a command's results as JSON Lines: one record line per result, one stderr
line per failed input, a summary, exit status 1 when anything failed."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

import click

if TYPE_CHECKING:
    from kg.errors import InputError


def write_lines(
    results: Iterable[str | InputError], output: str | None, *, command: str, quiet: bool
) -> None:
    """Write each JSON line (given without its newline) to `output` (stdout when None);
    report each InputError on stderr and go on; print "kg COMMAND: N articles, M failed"
    unless quiet; exit 1 if M."""
    from kg.errors import InputError

    out: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    done = failed = 0
    try:
        for result in results:
            if isinstance(result, InputError):
                failed += 1
                click.echo(f"kg: error: {result}", err=True)
                continue
            done += 1
            out.write(result + "\n")
    finally:
        if output:
            out.close()
    if not quiet:
        click.echo(f"kg {command}: {done} articles, {failed} failed", err=True)
    if failed:
        sys.exit(1)
