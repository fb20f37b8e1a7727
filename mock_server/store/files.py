"""Crash-safe persistence for file mode: a TinyDB JSON snapshot plus a write-ahead log.

Layout for ``--data sandbox.json``:
  sandbox.json       the snapshot, in TinyDB's JSON layout (``{"table": {"id": {...}}}``)
  sandbox.json.wal   one JSON line per committed transaction since that snapshot
  sandbox.json.lock  held (flock) while a server owns the data, so two processes never share it

A transaction is acknowledged only after its line is written and fsync'd, so a ``kill -9`` at any
moment loses nothing that was acknowledged. A torn last line (the write that was cut off) was never
acknowledged and is dropped on the next start. Snapshots are replaced atomically (write a temp file,
fsync, rename, fsync the directory), so the snapshot is never truncated or half-written either.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson


class DataFileInUse(RuntimeError):
    pass


class DataFiles:
    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.path = Path(path)
        self.wal_path = self.path.with_name(self.path.name + ".wal")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.fsync = fsync
        self._lock_fd: int | None = None
        self._wal_fd: int | None = None
        self.wal_bytes = 0

    # -- ownership -------------------------------------------------------------------------
    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DataFileInUse(
                f"{self.path} is already in use by another ghl-mock process. TinyDB files are "
                "single-process: stop the other server, or give this one its own --data file."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd

    def release(self) -> None:
        if self._wal_fd is not None:
            os.close(self._wal_fd)
            self._wal_fd = None
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- reading ---------------------------------------------------------------------------
    def load_snapshot(self) -> dict[str, dict[str, Any]]:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return {}
        return orjson.loads(self.path.read_bytes())

    def committed_transactions(self) -> Iterator[list[dict[str, Any]]]:
        """Every complete transaction in the log; a torn tail is cut off the file."""
        if not self.wal_path.exists():
            return
        raw = self.wal_path.read_bytes()
        good_end = 0
        for line in raw.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                entry = orjson.loads(line)
            except orjson.JSONDecodeError:
                break
            good_end += len(line)
            yield entry["tx"]
        if good_end != len(raw):
            with open(self.wal_path, "r+b") as f:
                f.truncate(good_end)
                os.fsync(f.fileno())

    # -- writing ---------------------------------------------------------------------------
    def append(self, transaction: list[dict[str, Any]]) -> None:
        if self._wal_fd is None:
            self._wal_fd = os.open(self.wal_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        line = orjson.dumps({"tx": transaction}) + b"\n"
        view = memoryview(line)
        while view:
            written = os.write(self._wal_fd, view)
            view = view[written:]
        if self.fsync:
            os.fsync(self._wal_fd)
        self.wal_bytes += len(line)

    def write_snapshot(self, data: dict[str, dict[str, Any]]) -> None:
        """Atomically replace the snapshot with ``data`` and empty the log."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(orjson.dumps(data))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
        self._fsync_dir()
        # Only now is the log redundant. A crash before this truncate replays it over the new
        # snapshot, which is harmless: every logged operation is idempotent.
        if self._wal_fd is not None:
            os.close(self._wal_fd)
            self._wal_fd = None
        with open(self.wal_path, "wb") as f:
            os.fsync(f.fileno())
        self.wal_bytes = 0

    def _fsync_dir(self) -> None:
        fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
