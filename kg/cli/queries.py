"""Commands: query (canned queries from queries/*.cypher), cypher (ad hoc, read-only)."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from kg.cli.app import main
from kg.cli.options import param_option, split_params, store_option
from kg.cli.render import FORMATS
from kg.errors import QueryError, StoreError, UsageError
from kg.store.base import Row

if TYPE_CHECKING:
    from kg.queries import Query


def format_option(func: Any) -> Any:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format [default: table on a terminal, json when piped].",
    )(func)


def _emit(rows: list[Row], fmt: str | None) -> None:
    from kg.cli.render import render

    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    click.echo(render(rows, fmt), nl=False)
    if not rows and fmt != "json":
        click.echo("kg: no rows", err=True)


def _run(store: str, cypher: str, params: dict[str, Any], write: bool) -> list[Row]:
    from kg.store import open_store

    db = open_store(store)
    try:
        return db.run(cypher, params, write=write)
    except StoreError as exc:
        if not write and "write=True" in str(exc):
            raise UsageError(
                "the statement writes, and kg cypher runs read-only; add --write"
            ) from None
        raise
    finally:
        db.close()


@main.command("query")
@click.argument("name", required=False)
@param_option
@click.option("--list", "list_", is_flag=True, help="List the canned queries and exit.")
@format_option
@store_option
def query_command(
    name: str | None, params: tuple[str, ...], list_: bool, fmt: str | None, store: str
) -> None:
    """Run a canned query (queries/*.cypher) read-only, parameters typed from its header.

    \b
    Example:
      kg query --list
      kg query actor-events -p actor=市场监管总局 -p since=2024-01-01
      kg query event-hosts -p event=开放日 --format csv > hosts.csv
    """
    from kg.queries import get_query, load_queries

    queries = load_queries()
    if list_:
        fmt = fmt or ("table" if sys.stdout.isatty() else "json")
        _emit([_summary(q, nested=fmt == "json") for q in queries.values()], fmt)
        return
    if not name:
        raise QueryError(
            "name a query (see `kg query --list`), e.g. kg query event-hosts -p event=开放日"
        )
    query = get_query(name, queries)
    values = query.bind(split_params(params))
    _emit(_run(store, query.cypher, values, write=False), fmt)


def _summary(query: Query, nested: bool) -> Row:
    """One --list row: parameters in full for JSON, as one readable cell otherwise."""
    if not nested:
        brief = ", ".join(
            f"{p.name} ({p.type}{', required' if p.required else ''})" for p in query.params
        )
        return {"name": query.name, "description": query.description, "parameters": brief}
    params = [
        {
            "name": p.name,
            "type": p.type,
            "required": p.required,
            "default": None if p.required else p.default,
            "example": p.example,
            "meaning": p.meaning,
        }
        for p in query.params
    ]
    return {"name": query.name, "description": query.description, "params": params}


@main.command("cypher")
@click.argument("statement")
@param_option
@click.option("--write", is_flag=True, help="Allow a statement that writes (default: read-only).")
@format_option
@store_option
def cypher_command(
    statement: str, params: tuple[str, ...], write: bool, fmt: str | None, store: str
) -> None:
    """Run an ad hoc Cypher statement; read-only unless --write.

    STATEMENT is Cypher text, or - to read it from stdin. -p key=value passes a string;
    -p key:=JSON passes a JSON value (number, true, list).

    \b
    Example:
      kg cypher "MATCH (a:Agency) RETURN a.name AS name LIMIT 5"
      kg cypher 'MATCH (e:Event) WHERE e.date >= $since RETURN e.name AS e' -p since=2024-01-01
      kg cypher --write 'MATCH (n:Place {id: $id}) SET n.name_en = $en' -p id=x -p en=Hubei
    """
    text = sys.stdin.read() if statement == "-" else statement
    if not text.strip():
        raise UsageError("the Cypher statement is empty")
    _emit(_run(store, text, typed_params(params), write=write), fmt)


def typed_params(items: tuple[str, ...]) -> dict[str, Any]:
    """-p key=value (a string) and -p key:=JSON (a typed value)."""
    out: dict[str, Any] = {}
    for key, value in split_params(items).items():
        if key.endswith(":"):
            try:
                out[key[:-1].strip()] = json.loads(value)
            except json.JSONDecodeError as exc:
                raise QueryError(
                    f"-p {key}={value}: not JSON ({exc.msg}); e.g. -p limit:=10"
                ) from None
        else:
            out[key] = value
    return out
