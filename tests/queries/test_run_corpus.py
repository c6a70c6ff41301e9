"""Canned queries on a graph built from the dev corpus (tests/data/articles) by the real
pipeline. Assertions are facts the articles state plainly, robust to extraction tuning;
exact rows are tested on the hand-written sample (test_run_sample.py)."""

from __future__ import annotations

import pytest

from kg.queries import load_queries, run_query

SAMR = "国家市场监督管理总局"


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_query_runs_with_its_example_values(name, queries, corpus_graph):
    rows = run_query(corpus_graph, queries[name], queries[name].example_values())
    assert isinstance(rows, list)
    assert all(isinstance(r, dict) and r for r in rows)


def rows(store, queries, name, **values):
    return run_query(store, queries[name], {**queries[name].example_values(), **values})


def test_samr_hosted_the_2024_open_day(corpus_graph, queries):
    found = rows(corpus_graph, queries, "event-hosts", event="开放日", limit=20)
    assert any(SAMR in r["hosts"] and r["date"].startswith("2024") for r in found), found


def test_samr_events_include_a_world_metrology_day(corpus_graph, queries):
    found = rows(
        corpus_graph,
        queries,
        "actor-events",
        actor="市场监管总局",
        since="2021-01-01",
        until="2021-12-31",
    )
    assert any("计量日" in r["event"] for r in found), found


def test_samr_is_mentioned_by_many_articles(corpus_graph, queries):
    found = rows(corpus_graph, queries, "actor-articles", actor="市场监管总局", limit=100)
    assert len({r["article"] for r in found}) >= 5
    assert all(found[i]["date"] >= found[i + 1]["date"] for i in range(len(found) - 1))


def test_beijing_holds_actors_or_events(corpus_graph, queries):
    found = rows(corpus_graph, queries, "place-contents", place="北京")
    assert found and all(r["label"] != "Place" for r in found)


def test_first_seen_dates_respect_the_bound(corpus_graph, queries):
    found = rows(corpus_graph, queries, "new-actors", since="2022-01-01", limit=500)
    assert found and all(r["first_seen"] >= "2022-01-01" for r in found)
