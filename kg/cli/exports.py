"""Commands: export (networkx formats), rdf (RDF dumps)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from kg.cli.app import main
from kg.cli.options import quiet_option, store_option

NX_FORMATS = "graphml, gexf, json, csv, cypher"
RDF_FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")


@main.command("export")
@store_option
@click.option(
    "--format",
    "fmts",
    required=True,
    multiple=True,
    metavar="FORMAT",
    help=f"One of {NX_FORMATS} (or a plugin's); repeat it for several (one read).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(writable=True),
    help="File to write (csv: a directory); with several formats, a directory for them all.",
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
    fmts: tuple[str, ...],
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

    Several --format read the store once and write into the directory -o: graph.<format>
    for each (csv: the directory csv/).

    \b
    Example:
      kg export --format graphml -o out/graph.graphml
      kg export --format csv -o out/neo4j-import --since 2024-01-01
      kg export --format json -o events.json --label Event --label Agency --type HOSTED
      kg export --format graphml --format gexf --format json -o out/
    """
    from kg.export import GraphFilter, export_graphs, get_exporter
    from kg.schema import load_schema
    from kg.store import open_store

    exporters = [get_exporter(fmt) for fmt in dict.fromkeys(fmts)]  # usage errors first
    graph_filter = GraphFilter(labels, types, since)
    graph_filter.check(load_schema())
    if len(exporters) == 1:
        targets = [(exporters[0].name, Path(output))]
    else:
        out = Path(output)
        targets = [
            (e.name, out / (e.name if e.directory else f"graph.{e.name}")) for e in exporters
        ]
    started = time.perf_counter()

    def report(fmt: str, path: Path, written: Any) -> None:
        nonlocal started
        if not quiet:
            took, started = time.perf_counter() - started, time.perf_counter()
            click.echo(
                f"kg: wrote {written.nodes} nodes, {written.relationships} relationships "
                f"to {path} in {took:.1f} s",
                err=True,
            )

    db = open_store(store)
    try:
        export_graphs(db, targets, graph_filter, on_written=report)
    finally:
        db.close()


@main.command("rdf")
@store_option
@click.option(
    "--format",
    "fmts",
    type=click.Choice(list(RDF_FORMATS)),
    default=("turtle",),
    multiple=True,
    show_default=True,
    help="Repeat it for several (one read).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(writable=True),
    help="File to write; with several formats, a directory for them all.",
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
def rdf_command(
    store: str, fmts: tuple[str, ...], output: str, base: str, engine: str, quiet: bool
) -> None:
    """Dump the graph as RDF (W3C ORG, schema.org, PROV-O, our terms in schema/ontology.ttl).

    trig and nquads put each article's statements in a named graph of their own, described
    in the default graph (source, date, title). Several --format read the store once and
    write graph.ttl, graph.nt, graph.jsonld, graph.trig, graph.nq into the directory -o.

    \b
    Example:
      kg rdf --format turtle -o out/graph.ttl
      kg rdf --format trig -o out/graph.trig --base https://data.example.com/kg/
      kg rdf --format turtle --format nquads -o out/
    """
    from kg.export import export_rdfs
    from kg.export.iris import check_base
    from kg.export.rdf_write import FORMATS
    from kg.store import open_store

    check_base(base)
    unique = list(dict.fromkeys(fmts))
    if len(unique) == 1:
        targets = [(unique[0], Path(output))]
    else:
        targets = [(f, Path(output) / f"graph.{FORMATS[f].suffix}") for f in unique]
    started = time.perf_counter()

    def warn(message: str) -> None:
        click.echo(f"kg: warning: {message}", err=True)

    def report(fmt: str, path: Path, count: int) -> None:
        nonlocal started
        if not quiet:
            took, started = time.perf_counter() - started, time.perf_counter()
            click.echo(f"kg: wrote {count} statements to {path} in {took:.1f} s", err=True)

    db = open_store(store)
    try:
        export_rdfs(db, targets, base=base, engine=engine, warn=warn, on_written=report)
    finally:
        db.close()
