"""Options shared by several commands, spelled the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


def store_option[F: Callable[..., Any]](func: F) -> F:
    """--store: a data directory (embedded FalkorDB) or a bolt://, neo4j:// URI."""
    return click.option(
        "--store",
        "store",
        envvar="KG_STORE",
        default="./kg-data",
        show_default=True,
        help="Embedded store directory, or bolt://host:7687 / neo4j:// / neo4j+s:// for Neo4j "
        "(credentials from NEO4J_USER / NEO4J_PASSWORD). Env: KG_STORE.",
    )(func)


def quiet_option[F: Callable[..., Any]](func: F) -> F:
    return click.option(
        "-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr."
    )(func)


def jobs_option[F: Callable[..., Any]](func: F) -> F:
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(1, 64),
        default=1,
        show_default=True,
        help="Worker processes.",
    )(func)


def inputs_argument[F: Callable[..., Any]](func: F) -> F:
    """PATH...: files, directories (recursive), globs, or - for stdin."""
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...")(func)


def output_option[F: Callable[..., Any]](func: F) -> F:
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True),
        default=None,
        help="Write to this file instead of stdout.",
    )(func)
