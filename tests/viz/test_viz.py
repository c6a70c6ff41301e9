"""kg viz without a browser: finding the actor, what the page holds, limits, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError, UsageError
from kg.store import Store
from kg.viz import (
    around_graph,
    find_actor,
    open_existing_store,
    query_graph,
    render,
    write_page,
)
from kg.viz.canned import node_ids_in
from kg.viz.fetch import among
from kg.viz.model import VizEdge, VizGraph, VizNode
from tests.viz.graphs import ATTENDEES, HUB

SAMR = "agency:samr"


def _data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert found
    return json.loads(found.group(1))


@pytest.mark.parametrize(
    "name", ["国家市场监督管理总局", "市场监管总局", "市場監管總局", " 市场监管总局 ", SAMR]
)
def test_finds_an_actor_by_name_alias_script_or_id(graph: Store, name: str) -> None:
    assert find_actor(graph, name).id == SAMR


def test_latin_abbreviations_match_in_any_case(graph: Store) -> None:
    assert find_actor(graph, "cnas").id == "org:cnas"


def test_unknown_name_suggests_close_names(graph: Store) -> None:
    with pytest.raises(UsageError, match=r"did you mean: .*市场监管总局"):
        find_actor(graph, "监管总局")


def test_namesakes_are_ambiguous_and_listed_with_their_bodies(graph: Store) -> None:
    with pytest.raises(UsageError, match="ambiguous") as err:
        find_actor(graph, "王波")
    assert "国家认证认可监督管理委员会" in str(err.value) and "湖北省市场监督管理局" in str(
        err.value
    )


def _neighbours(graph: Store, ident: str) -> set[str]:
    rows = graph.run(
        "MATCH (a:Agency {id: $id})-[r]-(b) WHERE NOT b:Article RETURN DISTINCT b.id AS id",
        {"id": ident},
    )
    return {r["id"] for r in rows}


def test_one_hop_is_the_actor_and_its_direct_neighbours(graph: Store) -> None:
    g = around_graph(graph, "市场监管总局")
    assert {n.id for n in g.nodes} == _neighbours(graph, SAMR) | {SAMR}
    assert g.focus == SAMR and not g.note
    assert all(SAMR in (e.source, e.target) for e in g.edges)
    hosted = [e for e in g.edges if e.type == "HOSTED"]
    assert hosted and all(e.evidence and e.articles for e in hosted)
    titles = {a.title for a in g.articles}
    assert "2024年全国检验检测机构开放日活动在武汉启动" in titles


def test_two_hops_reach_further_and_since_filters_by_date(graph: Store) -> None:
    one, two = around_graph(graph, SAMR), around_graph(graph, SAMR, hops=2)
    assert {n.id for n in one.nodes} < {n.id for n in two.nodes}
    assert "华中科技大学" in {n.name for n in two.nodes} - {n.name for n in one.nodes}
    recent = around_graph(graph, SAMR, hops=1, since="2025-01-01")
    assert recent.edges and all((e.last_seen or "") >= "2025-01-01" for e in recent.edges)
    assert len(recent.edges) < len(one.edges)


def test_limit_keeps_the_most_connected_and_says_what_was_left_out(graph: Store) -> None:
    g = around_graph(graph, HUB, max_nodes=10)
    assert len(g.nodes) == 10 and g.counts["nodes"] == ATTENDEES + 2
    assert {n.id for n in g.nodes} >= {g.focus, "org:cnas"}
    assert "left out 32 nodes (32 Person)" in g.note
    ids = {n.id for n in g.nodes}
    assert all(e.source in ids and e.target in ids for e in g.edges)


def test_a_second_hop_is_not_followed_when_the_first_fills_the_limit(graph: Store) -> None:
    g = around_graph(graph, HUB, hops=2, max_nodes=10)
    assert len(g.nodes) == 10 and "outer 1 hop(s) were not explored" in g.note
    wide = around_graph(graph, HUB, hops=2, max_nodes=500)
    assert wide.counts["nodes"] == ATTENDEES + 2 and not wide.note


def test_bad_options_are_usage_errors(graph: Store) -> None:
    with pytest.raises(UsageError, match="no relationships"):
        around_graph(graph, "孤立协会")
    with pytest.raises(UsageError, match="--since"):
        around_graph(graph, SAMR, since="last year")
    with pytest.raises(UsageError, match="--hops"):
        around_graph(graph, SAMR, hops=3)


def test_query_rows_convention_draws_nodes_named_by_id_and_their_relationships(
    graph: Store,
) -> None:
    rows = graph.run(
        "MATCH (p:Person)-[:SPOKE_AT]->(e:Event) RETURN p.id AS who, p.name AS name, e AS event, "
        "[p.id, 'not-an-id'] AS both"
    )
    ids = node_ids_in(rows)
    got = among(graph, ids)
    assert set(got.nodes) == {r["who"] for r in rows} | {r["event"]["id"] for r in rows}
    assert {"not-an-id", rows[0]["name"]}.isdisjoint(got.nodes)
    assert any(e.type == "SPOKE_AT" for e in got.edges.values())


def test_page_is_self_contained_utf8_and_carries_the_graph(graph: Store) -> None:
    g = around_graph(graph, SAMR, hops=2)
    page = render(g)
    assert '<meta charset="utf-8">' in page and "default-src 'none'" in page
    assert not re.search(r"<script[^>]+src=|<link|@import|url\(\s*['\"]?https?:", page, re.I)
    assert re.search(r"""(src|href)\s*=\s*["']?https?:""", page) is None
    assert "vis-network" in page and "WenQuanYi Zen Hei" in page
    data = _data(page)
    assert len(data["nodes"]) == len(g.nodes) and len(data["edges"]) == len(g.edges)
    assert "国家市场监督管理总局" in page  # names as UTF-8, not \\u escapes
    assert set(data["styles"]) == {n.label for n in g.nodes}
    used = {a for e in data["edges"] for a in e["articles"]}
    assert used and used <= set(data["articles"])


def test_names_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    evil = "</script><script>alert(1)</script>"
    g = VizGraph(
        evil,
        (VizNode("a", "Agency", evil), VizNode("b", "Event", "b")),
        (VizEdge("a", "b", "HOSTED", evidence=(evil,)),),
    )
    page = render(g)
    assert evil not in page and _data(page)["nodes"][0]["name"] == evil


def test_write_page_is_atomic(tmp_path: Path) -> None:
    target = write_page("<html>ok</html>", tmp_path / "p.html")
    assert target.read_text("utf-8") == "<html>ok</html>"
    with pytest.raises(UsageError):
        write_page("x", tmp_path / "missing" / "p.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.html"]


def test_a_store_that_does_not_exist_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_existing_store(str(tmp_path / "nope"))
    assert not (tmp_path / "nope").exists()


def test_cli_writes_a_page(graph_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "samr.html"
    res = CliRunner().invoke(
        main,
        [
            "viz",
            "--around",
            "市場監管總局",
            "--hops",
            "2",
            "--store",
            str(graph_dir),
            "-o",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "wrote" in res.stderr and out.stat().st_size > 100_000
    assert _data(out.read_text("utf-8"))["focus"] == SAMR


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--around", "不存在的机构"], 2, "no actor has this name"),
        (["--around", "孤立协会"], 2, "nothing to draw"),
        (["--around", "王波"], 2, "ambiguous"),
        (["--around", "市场监管总局", "-p", "a=b"], 2, "-p goes with --query"),
        ([], 2, "exactly one of"),
        (["--around", "市场监管总局", "--since", "2024/01/01"], 2, "--since"),
    ],
)
def test_cli_bad_input_fails_cleanly_without_a_file(
    graph_dir: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    out = tmp_path / "page.html"
    res = CliRunner().invoke(main, ["viz", *args, "--store", str(graph_dir), "-o", str(out)])
    assert res.exit_code == code and message in res.stderr
    assert "Traceback" not in res.output
    assert list(tmp_path.iterdir()) == []


def test_cli_missing_store_fails_and_creates_nothing(tmp_path: Path) -> None:
    res = CliRunner().invoke(
        main,
        ["viz", "--around", "x", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "p.html")],
    )
    assert res.exit_code == 1 and "does not exist" in res.stderr
    assert list(tmp_path.iterdir()) == []


def test_help_has_an_example() -> None:
    res = CliRunner().invoke(main, ["viz", "--help"])
    assert res.exit_code == 0 and "kg viz --around" in res.output


def test_an_exact_name_beats_aliases_and_the_gazetteer_beats_unseen_namesakes(graph: Store) -> None:
    # the hub record's CNAS has the alias CNAS; an unseen body that also claims it loses
    other = {"id": "organization:0123456789ab", "name": "某认可机构", "aliases": ["CNAS"]}
    graph.run("CREATE (:Organization {id: $id, name: $name, aliases: $aliases})", other, write=True)
    try:
        assert find_actor(graph, "CNAS").id == "org:cnas"
        assert find_actor(graph, "某认可机构").id == "organization:0123456789ab"
    finally:
        graph.run("MATCH (n:Organization {id: $id}) DELETE n", {"id": other["id"]}, write=True)


def _strings(rows: list[dict]) -> set[str]:
    return set(node_ids_in(rows))


def test_query_page_draws_the_bodies_and_events_a_canned_query_names(graph: Store) -> None:
    queries = pytest.importorskip("kg.queries")
    query = queries.get_query("actor-events")
    rows = queries.run_query(graph, query, {"actor": "市场监管总局"})
    g = query_graph(graph, "actor-events", {"actor": "市场监管总局"})
    named = {r[k] for r in rows for k in ("event", "body")}
    named |= {venue for r in rows for venue in r["venues"]}  # the venues are nodes too
    assert {n.name for n in g.nodes} == named
    assert "华中科技大学" in named
    assert {(e.type, e.source) for e in g.edges} >= {("HOSTED", SAMR)}
    assert g.title == "actor-events(actor=市场监管总局)"


def _canned() -> list[str]:
    try:
        from kg.queries import load_queries
    except ImportError:
        return []
    return sorted(load_queries())


@pytest.mark.parametrize("name", _canned())
def test_every_canned_query_draws_only_what_it_returned(graph: Store, name: str) -> None:
    from kg.queries import get_query, run_query

    query = get_query(name)
    values = {k: str(v) for k, v in query.example_values().items()}
    rows = run_query(graph, query, values)
    try:
        g = query_graph(graph, name, values)
    except UsageError as err:
        assert "returned no graph nodes" in str(err)
        return
    said = _strings(rows)
    assert g.nodes and all(n.id in said or n.name in said for n in g.nodes)
    ids = {n.id for n in g.nodes}
    assert all(e.source in ids and e.target in ids for e in g.edges)


def test_cli_query_errors_are_usage_errors(graph_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("kg.queries")
    base = ["viz", "--store", str(graph_dir), "-o", str(tmp_path / "q.html")]
    for args, message in (
        (["--query", "actor-evnts"], "did you mean"),
        (["--query", "actor-events", "-p", "acter=x"], "unknown parameter"),
        (["--query", "actor-events", "-p", "actor=不存在的机构"], "no graph nodes"),
        (["--query", "actor-events", "-p", "actor"], "key=value"),
    ):
        res = CliRunner().invoke(main, [*base, *args])
        assert res.exit_code == 2 and message in res.stderr, (args, res.stderr)
    assert list(tmp_path.iterdir()) == []
    ok = CliRunner().invoke(main, [*base, "--query", "actor-events", "-p", "actor=市场监管总局"])
    assert ok.exit_code == 0 and (tmp_path / "q.html").is_file()


def test_around_a_hub_the_most_reported_neighbours_come_first() -> None:
    from kg.viz.fetch import Collected
    from kg.viz.trim import limit

    nodes = {i: VizNode(i, "Agency", name) for i, name in (("f", "中心"), ("a", "甲"), ("b", "乙"))}
    edges = {
        ("f", "HOSTED", "a", None): VizEdge("f", "a", "HOSTED", articles=("x", "y", "z")),
        ("f", "HOSTED", "b", None): VizEdge("f", "b", "HOSTED", articles=("x",)),
    }
    kept, kept_edges, note = limit(Collected(nodes, edges, {"f": 0, "a": 1, "b": 1}), 2)
    assert [n.id for n in kept] == ["f", "a"] and len(kept_edges) == 1
    assert "left out 1 nodes (1 Agency)" in note
