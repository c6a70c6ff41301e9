"""Export speed on a generated graph: RDF triples/s (rdflib vs pyoxigraph), GraphML nodes/s.

\b
Example:
  .venv/bin/python bench/export.py --articles 100000
  .venv/bin/python bench/export.py --articles 20000 --via-store --formats turtle,nquads

The graph comes from generated extractions (typed kg.models values, deterministic for a
seed): per article 1 event, 5-9 actors and places from shared pools (so relationships merge
across articles and carry several article ids), 6-12 relationships, a HOLDS_POSITION title
now and then, and traditional aliases. By default it is merged into a networkx graph here
the way the loader merges it into the store (same node/edge keys and provenance lists);
--via-store loads it into an embedded FalkorDB in a temporary folder with
kg.load.load_extractions and reads it back with kg.export.read_graph (slower: use fewer
articles). Every figure covers the whole path of one engine: building its terms and graph
from our quads, then serializing to a file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export import exporters, read_graph
from kg.export.rdf import Quad, rdf_quads
from kg.export.rdf_write import FORMATS, to_rdflib, write_oxigraph
from kg.models import Article, Entity, Extraction, Relation, Span
from kg.schema import load_schema

CHARS = (
    "国家市场监督管理总局认证认可标准化计量检验检测质量中心研究院协会省市区湖北武汉广东深圳上海北京"
)
TRAD = {"国": "國", "监": "監", "认": "認", "证": "證", "质": "質", "协": "協", "会": "會"}
SUFFIX = {"Agency": "局", "University": "大学", "Organization": "协会", "Place": "市"}
POOLS = {"Agency": 3000, "University": 800, "Organization": 6000, "Person": 20000, "Place": 1500}
TITLES = ["局长", "副局长", "主任", "副主任", "校长", "院士", "会长", "秘书长", "处长"]


def _name(rng: random.Random, label: str) -> str:
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(3, 8))) + SUFFIX.get(label, "")


def _pool(rng: random.Random, label: str, size: int) -> list[Entity]:
    out = []
    for i in range(size):
        name = _name(rng, label) if label != "Person" else _name(rng, label)[:3]
        trad = "".join(TRAD.get(c, c) for c in name)
        aliases = (trad,) if trad != name and rng.random() < 0.3 else ()
        wikidata = f"Q{rng.randint(1, 10**8)}" if rng.random() < 0.1 and label != "Person" else None
        out.append(Entity(f"{label.lower()}:{i:012x}", label, name, aliases, wikidata=wikidata))
    return out


def _relation(kind: str, source: Entity, target: Entity, text: str, **props: str) -> Relation:
    span = Span(text[:40], 0, min(40, len(text)))
    return Relation(kind, source.id, target.id, 0.8, span, dict(props))


def generate(articles: int, seed: int) -> Iterator[Extraction]:
    """`articles` extractions, each one schema-valid, sharing entities through pools."""
    rng = random.Random(seed)
    pools = {label: _pool(rng, label, size) for label, size in POOLS.items()}
    bodies = pools["Agency"] + pools["University"] + pools["Organization"]
    for n in range(articles):
        day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = "".join(rng.choice(CHARS) for _ in range(200))
        event = Entity(f"event:{n:012x}", "Event", _name(rng, "Event") + "会议", ())
        initiative = Entity(f"initiative:{n:012x}", "Initiative", _name(rng, "Initiative") + "行动")
        hosts = rng.sample(bodies, rng.randint(1, 3))
        people = rng.sample(pools["Person"], rng.randint(1, 3))
        place = rng.choice(pools["Place"])
        rels = [_relation("HOSTED", b, event, text) for b in hosts]
        rels.append(_relation("HELD_AT", event, place, text))
        rels.append(_relation("LAUNCHED", hosts[0], initiative, text))
        rels.append(_relation("LOCATED_IN", hosts[0], place, text))
        for person in people:
            rels.append(_relation("SPOKE_AT", person, event, text))
            body = rng.choice(hosts)
            rels.append(_relation("HOLDS_POSITION", person, body, text, title=rng.choice(TITLES)))
        if rng.random() < 0.2 and len(hosts) > 1:
            rels.append(_relation("PART_OF", hosts[1], hosts[0], text))
        article = Article(
            f"art-{n:016x}", f"gen/{n}.txt", _name(rng, "Event"), day, "zh-Hans", text
        )
        entities = (*hosts, *people, place, event, initiative)
        unique = {e.id: e for e in entities}  # a body may both host and be the place's owner
        yield Extraction(article, tuple(unique.values()), tuple(rels))


def merge(extractions: Iterator[Extraction]) -> nx.MultiDiGraph:
    """The graph the loader would store: nodes by id, edges merged with provenance lists."""
    schema = load_schema()
    g = nx.MultiDiGraph(name="kg")
    for ex in extractions:
        a, day = ex.article, ex.article.date or ""
        g.add_node(
            a.id, label="Article", source=a.source, title=a.title or "", date=day, script=a.script
        )
        for e in ex.entities:
            if e.id not in g:
                props = {"name": e.name, "aliases": list(e.aliases), "first_seen": day}
                if e.wikidata:
                    props["wikidata"] = e.wikidata
                g.add_node(e.id, label=e.label, **props)
            node = g.nodes[e.id]
            node["first_seen"], node["last_seen"] = (
                min(node["first_seen"], day),
                max(node.get("last_seen", day), day),
            )
            g.add_edge(a.id, e.id, key="MENTIONS", type="MENTIONS", count=1)
        for r in ex.relations:
            key = "|".join(
                [r.type, *(r.properties.get(k, "") for k in schema.relationships[r.type].keys)]
            )
            if g.has_edge(r.source, r.target, key):
                d = g.edges[r.source, r.target, key]
                d["articles"].append(a.id)
                d["evidence"].append(r.evidence.text)
                d["last_seen"] = max(d["last_seen"], day)
                d["first_seen"] = min(d["first_seen"], day)
            else:
                prov = {
                    "articles": [a.id],
                    "evidence": [r.evidence.text],
                    "confidence": r.confidence,
                }
                g.add_edge(
                    r.source,
                    r.target,
                    key,
                    type=r.type,
                    first_seen=day,
                    last_seen=day,
                    **prov,
                    **r.properties,
                )
    return g


def via_store(extractions: Iterator[Extraction]) -> nx.MultiDiGraph:
    from kg.load import load_extractions
    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "kg-data"))
        try:
            store.init()
            t = time.perf_counter()
            summary = load_extractions(store, extractions)
            print(
                f"load: {summary.articles} articles in {time.perf_counter() - t:.1f} s",
                file=sys.stderr,
            )
            t = time.perf_counter()
            graph = read_graph(store)
            took = time.perf_counter() - t
            print(f"read_graph: {graph.number_of_nodes() / took:,.0f} nodes/s ({took:.1f} s)")
        finally:
            store.close()
    return graph


def timed(step: Callable[[], object]) -> tuple[float, object]:
    """Seconds `step` took, and what it returned."""
    start = time.perf_counter()
    result = step()
    return time.perf_counter() - start, result


def bench_format(name: str, quads: list[Quad], part: list[Quad], built: Any, out: Path) -> str:
    """One line: rdflib (its graph build + serialize, on `part`) vs pyoxigraph (all quads)."""
    fmt = FORMATS[name]
    build, rdflib_graph = built
    path = str(out / f"r.{name}")
    ser, _ = timed(partial(rdflib_graph.serialize, destination=path, format=fmt.rdflib))
    ox, _ = timed(partial(write_oxigraph, quads, fmt, out / f"o.{name}", "https://kg.example.org/"))
    rdflib_rate, ox_rate = len(part) / (build + ser), len(quads) / ox
    return f"{name:<8} {len(quads):>11,} {rdflib_rate:>10,.0f} t/s {ox_rate:>10,.0f} t/s"


def _quads(graph: nx.MultiDiGraph, named: bool) -> list[Quad]:
    return list(rdf_quads(graph, named=named))


def bench_rdf(graph: nx.MultiDiGraph, formats: list[str], out: Path, rdflib_limit: int) -> None:
    print(f"{'format':<8} {'statements':>11} {'rdflib':>14} {'pyoxigraph':>14}")
    for named in (False, True):
        names = [f for f in formats if FORMATS[f].named == named]
        if not names:
            continue
        took, result = timed(partial(_quads, graph, named))
        quads: list[Quad] = result  # type: ignore[assignment]
        print(f"mapping  {len(quads):>11,} {len(quads) / took:>10,.0f} quads/s (named={named})")
        part = quads[:rdflib_limit]  # rdflib holds everything in memory, slowly: measure a prefix
        built = timed(partial(to_rdflib, part, named))  # one rdflib graph for these formats
        for name in names:
            print(bench_format(name, quads, part, built, out), flush=True)
        if rdflib_limit < len(quads):
            print(f"(rdflib on the first {rdflib_limit:,} statements; pyoxigraph on all)")


def bench_networkx(graph: nx.MultiDiGraph, out: Path) -> None:
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    for name, exporter in sorted(exporters().items()):
        took, _ = timed(partial(exporter.write, graph, out / f"g.{name}"))
        print(f"{name:<8} {n / took:>10,.0f} nodes/s {m / took:>10,.0f} edges/s ({took:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--formats", default="turtle,nt,trig,nquads", help="comma-separated RDF formats"
    )
    parser.add_argument(
        "--via-store", action="store_true", help="load into an embedded store and read back"
    )
    parser.add_argument(
        "--rdflib-limit", type=int, default=1_000_000, help="statements rdflib serializes"
    )
    args = parser.parse_args()
    t = time.perf_counter()
    extractions = generate(args.articles, args.seed)
    graph = via_store(extractions) if args.via_store else merge(extractions)
    mode = "via the embedded store" if args.via_store else "merged directly into networkx"
    print(
        f"graph: {args.articles:,} articles {mode}: {graph.number_of_nodes():,} nodes, "
        f"{graph.number_of_edges():,} relationships ({time.perf_counter() - t:.1f} s)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        bench_rdf(graph, args.formats.split(","), Path(tmp), args.rdflib_limit)
        bench_networkx(graph, Path(tmp))


if __name__ == "__main__":
    main()
