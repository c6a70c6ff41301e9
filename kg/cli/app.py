"""The `kg` command group: turns KgError into one line on stderr and a reliable exit code.

Exit codes: 0 success; 1 some input or record failed (the rest was processed) or a runtime
error; 2 a usage error (bad option, unknown name, missing parameter).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from kg import __version__
from kg.errors import KgError


class KgGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            sys.exit(0)  # `kg ... | head` is normal use, not an error


@click.group(
    cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: a knowledge graph of China's quality-infrastructure actors, from news articles.

    \b
    Pipeline: clean → extract → ingest (store) → query / export / viz.
    Example:
      kg ingest examples/articles && kg stats
    """
