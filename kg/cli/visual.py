"""Command: viz (an interactive, self-contained HTML page of part of the graph)."""

from __future__ import annotations

import click

from kg.cli.app import main
from kg.cli.options import param_option, quiet_option, split_params, store_option
from kg.errors import UsageError


@main.command()
@click.option(
    "--around",
    "around",
    metavar="NAME",
    help="An actor's name, alias, abbreviation or id (either script).",
)
@click.option("--query", "query", metavar="NAME", help="A canned query (see `kg query --list`).")
@param_option
@click.option(
    "--hops",
    type=click.IntRange(1, 2),
    default=1,
    show_default=True,
    help="With --around: how far to go.",
)
@click.option(
    "--since",
    metavar="DATE",
    help="With --around: only relationships seen on or after DATE (YYYY-MM-DD).",
)
@click.option(
    "--limit",
    "max_nodes",
    type=click.IntRange(1, 5000),
    default=150,
    show_default=True,
    help="Draw at most N nodes (the most connected); a note says what was left out.",
)
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write."
)
@store_option
@quiet_option
def viz(
    around: str | None,
    query: str | None,
    params: tuple[str, ...],
    hops: int,
    since: str | None,
    max_nodes: int,
    output: str,
    store: str,
    quiet: bool,
) -> None:
    """Write one HTML page (no network needed to view it) showing an actor's neighbourhood or
    what a canned query returns: coloured nodes with a legend, labelled arrows, details and
    evidence on click, search, pan and zoom.

    \b
    Examples:
      kg viz --around 市场监管总局 --hops 2 -o out/samr.html
      kg viz --around 國家認監委 --since 2024-01-01 --limit 80 -o cnca.html
      kg viz --query actor-events -p actor=市场监管总局 -o events.html
    """
    from kg.viz import around_graph, open_existing_store, query_graph, render, write_page

    if (around is None) == (query is None):
        raise UsageError("give exactly one of --around NAME or --query NAME")
    if around is not None and params:
        raise UsageError("-p goes with --query; --around takes --hops, --since and --limit")
    if query is not None and (since is not None or hops != 1):
        raise UsageError("--hops and --since go with --around; pass query parameters with -p")
    db = open_existing_store(store)
    try:
        if around is not None:
            graph = around_graph(db, around, hops=hops, since=since, max_nodes=max_nodes)
        else:
            graph = query_graph(db, str(query), split_params(params), max_nodes=max_nodes)
        page = render(graph)
    finally:
        db.close()
    path = write_page(page, output)
    if not quiet:
        click.echo(
            f"kg: wrote {path} ({len(graph.nodes)} nodes, {len(graph.edges)} relationships)",
            err=True,
        )
        if graph.note:
            click.echo(f"kg: {graph.note}", err=True)
