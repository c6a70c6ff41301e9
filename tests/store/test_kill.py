"""SIGKILL a running `kg load` at random moments: no article is ever half-written, and a
rerun ends with exactly the graph of one uninterrupted load."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from kg.load import load_records
from kg.models import Extraction
from kg.record import dumps, extraction_record
from kg.store import Store, open_store
from tests.store.graph_dump import counts, dump
from tests.store.synth import synthetic_extractions

pytestmark = pytest.mark.slow
ARTICLES = 250
CLI = "import sys; from kg.cli import main; sys.exit(main())"


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Extraction]]:
    items = list(synthetic_extractions(ARTICLES, pool=60, seed=11))
    path = tmp_path_factory.mktemp("kill") / "records.jsonl"
    path.write_text("".join(dumps(extraction_record(x)) + "\n" for x in items), encoding="utf-8")
    return path, items


@pytest.fixture(scope="module")
def clean(records: tuple[Path, list[Extraction]], tmp_path_factory: pytest.TempPathFactory):
    store = open_store(str(tmp_path_factory.mktemp("clean") / "kg-data"))
    try:
        load_records(store, [str(records[0])])  # batch size does not matter (test_load)
        return counts(store), dump(store)
    finally:
        store.close()


def _start_load(records: Path, store: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-c", CLI, "load", str(records), "--store", str(store)]
    return subprocess.Popen([*argv, "--batch-rows", "40", "-q"], stderr=subprocess.DEVNULL)


def _aof_size(store: Path) -> int:
    return sum(f.stat().st_size for f in store.glob("appendonlydir/*.incr.aof"))


def _wait_for_writes(store: Path, before: int) -> None:
    """Until the loader has committed something new (so a kill lands mid-load, even on a
    slow machine where starting up takes long)."""
    deadline = time.monotonic() + 60
    while _aof_size(store) <= before and time.monotonic() < deadline:
        time.sleep(0.01)


def _server_pid(store: Path) -> int:
    settings = json.loads((store / "kg.rdb.settings").read_text())
    return int(Path(settings["pidfile"]).read_text())


def _stored_articles(store: Store, items: list[Extraction]) -> int:
    """Check every article is all there or not there at all; return how many are there."""
    present = {r["id"] for r in store.run("MATCH (a:Article) RETURN a.id AS id")}
    mentions: dict[str, dict[str, int]] = defaultdict(dict)
    for r in store.run(
        "MATCH (a:Article)-[m:MENTIONS]->(e) RETURN a.id AS a, e.id AS e, m.count AS c"
    ):
        mentions[r["a"]][r["e"]] = r["c"]
    carried: set[tuple[str, str, str, str | None, str]] = set()
    rels = (
        "MATCH (s)-[r]->(t) WHERE r.articles IS NOT NULL "
        "RETURN s.id AS s, type(r) AS type, t.id AS t, r.title AS title, r.articles AS articles"
    )
    for r in store.run(rels):
        carried.update((r["s"], r["type"], r["t"], r["title"], a) for a in r["articles"])
    for x in items:
        aid = x.article.id
        want = {(r.source, r.type, r.target, r.properties.get("title"), aid) for r in x.relations}
        if aid in present:
            assert mentions[aid] == {e.id: len(e.mentions) for e in x.entities}, aid
            assert want <= carried, aid
        else:
            assert aid not in mentions and not want & carried, f"half of {aid} was stored"
    return len(present)


@pytest.mark.parametrize("kill_server", [False, True], ids=["client", "client+server"])
def test_killed_loads_resume_to_the_clean_graph(
    records, clean, tmp_path: Path, kill_server: bool
) -> None:
    path, items = records
    store_dir = tmp_path / "kg-data"
    rng = random.Random(5 + kill_server)
    partial = []
    for i in range(3):  # each rerun starts over, so later kills wait longer
        before = _aof_size(store_dir)
        proc = _start_load(path, store_dir)
        _wait_for_writes(store_dir, before)
        time.sleep(rng.uniform(0.05, 0.4) + 0.5 * i)
        server = _server_pid(store_dir) if kill_server else None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if server:
            os.kill(server, signal.SIGKILL)
        store = open_store(str(store_dir))
        try:
            partial.append(_stored_articles(store, items))
        finally:
            store.close()
    assert any(0 < n < ARTICLES for n in partial), f"no kill landed mid-load: {partial}"
    finish = _start_load(path, store_dir)
    assert finish.wait(timeout=120) == 0
    store = open_store(str(store_dir))
    try:
        assert _stored_articles(store, items) == ARTICLES
        assert (counts(store), dump(store)) == clean
    finally:
        store.close()
