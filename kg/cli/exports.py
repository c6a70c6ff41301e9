"""Commands: export (networkx formats), rdf (RDF dumps)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.app import main
from kg.cli.options import quiet_option, store_option

NX_FORMATS = "graphml, gexf, json, csv, cypher"


@main.command("export")
@store_option
@click.option(
    "--format", "fmt", required=True, metavar="FORMAT", help=f"One of {NX_FORMATS} (or a plugin's)."
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(writable=True),
    help="File to write (csv: a directory).",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    metavar="LABEL",
    help="Keep only nodes of this label (repeatable).",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="TYPE",
    help="Keep only relationships of this type (repeatable).",
)
@click.option(
    "--since", metavar="YYYY-MM-DD", help="Keep only what was last seen on or after this date."
)
@quiet_option
def export_command(
    store: str,
    fmt: str,
    output: str,
    labels: tuple[str, ...],
    types: tuple[str, ...],
    since: str | None,
    quiet: bool,
) -> None:
    """Export the graph (or a slice) for Gephi, Cytoscape, networkx or Neo4j.

    graphml and gexf encode list values as JSON texts (declared in the file's metadata);
    json is networkx node-link JSON; csv is a directory for neo4j-admin import (with the
    command in neo4j-admin-import.sh); cypher is a script for cypher-shell.
    --type without --label keeps only the nodes the kept relationships connect.

    \b
    Example:
      kg export --format graphml -o out/graph.graphml
      kg export --format csv -o out/neo4j-import --since 2024-01-01
      kg export --format json -o events.json --label Event --label Agency --type HOSTED
    """
    from kg.export import GraphFilter, export_graph, get_exporter
    from kg.schema import load_schema
    from kg.store import open_store

    get_exporter(fmt)  # usage errors before the store is opened
    graph_filter = GraphFilter(labels, types, since)
    graph_filter.check(load_schema())
    db = open_store(store)
    try:
        written = export_graph(db, fmt, Path(output), graph_filter)
    finally:
        db.close()
    if not quiet:
        click.echo(
            f"kg: wrote {written.nodes} nodes, {written.relationships} relationships to {output}",
            err=True,
        )


@main.command("rdf")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nt", "jsonld", "trig", "nquads"]),
    default="turtle",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    help="File to write.",
)
@click.option(
    "--base",
    default="https://kg.example.org/",
    show_default=True,
    help="Base IRI of the data IRIs.",
)
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "rdflib"]),
    default="oxigraph",
    show_default=True,
    help="Serializer.",
)
@quiet_option
def rdf_command(store: str, fmt: str, output: str, base: str, engine: str, quiet: bool) -> None:
    """Dump the graph as RDF (W3C ORG, schema.org, PROV-O, our terms in schema/ontology.ttl).

    trig and nquads put each article's statements in a named graph of their own, described
    in the default graph (source, date, title).

    \b
    Example:
      kg rdf --format turtle -o out/graph.ttl
      kg rdf --format trig -o out/graph.trig --base https://data.example.com/kg/
    """
    from kg.export import export_rdf
    from kg.export.iris import check_base
    from kg.store import open_store

    check_base(base)

    def warn(message: str) -> None:
        click.echo(f"kg: warning: {message}", err=True)

    db = open_store(store)
    try:
        count = export_rdf(db, fmt, Path(output), base=base, engine=engine, warn=warn)
    finally:
        db.close()
    if not quiet:
        click.echo(f"kg: wrote {count} statements to {output}", err=True)
