"""Options shared by several commands, spelled the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from kg.errors import UsageError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # == kg.ingest.DEFAULT_MAX_BYTES (a test checks): no
# kg.ingest import at module level keeps `kg --help` fast


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


def max_bytes_option[F: Callable[..., Any]](func: F) -> F:
    return click.option(
        "--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
        help="Skip (and report) input files larger than this.",
    )(func)  # fmt: skip


def param_option[F: Callable[..., Any]](func: F) -> F:
    """-p KEY=VALUE, repeatable: the parameters of a canned query."""
    return click.option(
        "-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
        help="A query parameter (repeat).",
    )(func)  # fmt: skip


def split_params(items: tuple[str, ...]) -> dict[str, str]:
    """("k=v", ...) → {"k": "v"}; UsageError for an item without `=`."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"-p {item!r}: write -p key=value, e.g. -p actor=市场监管总局")
        out[key.strip()] = value
    return out
