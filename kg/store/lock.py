"""A process lock on an embedded store directory, so two writers never share one data dir.

fcntl.flock is released by the kernel when the holder dies (even by SIGKILL), so a killed
ingest never leaves a stale lock behind; the pid written into the file is only for messages.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from kg.errors import StoreError

LOCK_NAME = "kg.lock"


class StoreLock:
    """An exclusive, non-blocking lock on `directory`/kg.lock held until release()."""

    def __init__(self, directory: Path, label: str) -> None:
        self.path = directory / LOCK_NAME
        self.label = label
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115  (held open while locked)
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise StoreError(
                f"store {self.label} is in use by process {holder}; wait for it to finish "
                "or use another --store directory"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
