"""The data file's surroundings for file mode (``sqlite.py`` holds the records): the single-process lock, the
files' private modes, and reading the older layout a data file is migrated from.

Layout for ``--data sandbox.json``:
  sandbox.json       the SQLite database (``-wal`` and ``-shm`` beside it while a server runs)
  sandbox.json.lock  held (flock) while a server owns the data, so two processes never share it

The older layout (ghl-mock before SQLite), read once and migrated on the first start:
  sandbox.json       a JSON snapshot in TinyDB's layout (``{"table": {"id": {...}}}``), one record a line or
                     any other JSON layout (an even older ghl-mock's, parsed whole)
  sandbox.json.wal   one JSON line per transaction committed since that snapshot

Reading the older log, a torn last line (a write cut off before it was acknowledged) is dropped; anything
else unreadable refuses the start loudly, since dropping it could lose acknowledged writes.

The files hold the JWT signing secret, every PIT and app client secrets: ghl-mock creates them
readable by their owner only (0600), and warns about existing ones that others can read.
"""

from __future__ import annotations

import fcntl
import logging
import os
import stat
from pathlib import Path
from typing import Any

import orjson

log = logging.getLogger("ghl_mock")

PRIVATE = 0o600


class DataFileError(RuntimeError):
    """The data files cannot be used as asked; the message says why and what to do."""


class DataFileInUse(DataFileError):
    pass


class DataFileCorrupt(DataFileError):
    pass


class WriteFailed(DataFileError):
    """A transaction could not be made durable, so it was not applied; the message says why."""


class DataFiles:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.wal_path = self.path.with_name(self.path.name + ".wal")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.tmp_path = self.path.with_name(self.path.name + ".tmp")
        self.sqlite_log_path = self.path.with_name(self.path.name + "-wal")  # SQLite's own write-ahead log
        self._lock_fd: int | None = None
        self.warnings: list[str] = []

    # -- ownership -------------------------------------------------------------------------
    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = _open_private(self.lock_path, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DataFileInUse(
                f"{self.path} is already in use by another ghl-mock process. A data file is "
                "single-process: stop the other server, or give this one its own --data file."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd
        self.warnings = self._readable_by_others()
        for warning in self.warnings:
            log.warning(warning)

    def _readable_by_others(self) -> list[str]:
        # DECISION: only the database and the logs hold secrets (the lock file holds a pid). Existing files
        # keep their mode: changing a user's file behind their back could break whatever they set it up for.
        loose = [(p, stat.S_IMODE(p.stat().st_mode)) for p in (self.path, self.sqlite_log_path, self.wal_path)
                 if p.exists()]
        loose = [(p, mode) for p, mode in loose if mode & (stat.S_IRGRP | stat.S_IROTH)]
        if not loose:
            return []
        names = " and ".join(f"{p} (mode {mode:04o})" for p, mode in loose)
        verbs = ("can", "holds") if len(loose) == 1 else ("can each", "hold")
        return [f"WARNING: {names} {verbs[0]} be read by other users of this machine, and {verbs[1]} the JWT signing "
                f"secret, every PIT and the app client secrets (whoever reads them can forge tokens). ghl-mock "
                f"creates its files with mode 0600 but leaves existing ones as they are: "
                f"chmod 600 {' '.join(str(p) for p, _ in loose)}"]

    def release(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- reading ---------------------------------------------------------------------------
    def load_snapshot(self) -> dict[str, dict[str, bytes]]:
        """The older layout's snapshot: ``{"tenant/table": {id: the record's JSON bytes}}``."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return {}
        raw = self.path.read_bytes()
        sliced = _sliced(raw)
        if sliced is not None:
            return sliced
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            problem = f"is not valid JSON ({exc})"
        else:
            if isinstance(data, dict) and all(isinstance(table, dict) for table in data.values()):
                return {name: {rid: orjson.dumps(doc) for rid, doc in table.items()} for name, table in data.items()}
            problem = 'is not a ghl-mock data file (expected {"tenant/table": {"id": {...}}})'
        raise DataFileCorrupt(
            f"{self.path} {problem}. ghl-mock only ever replaces it whole, so something else changed it. "
            f"Restore it from a backup, or move it away to start empty.")

    def committed_transactions(self) -> list[list[dict[str, Any]]]:
        """Every transaction in the log. A torn last line (no newline: its write never completed, so it was
        never acknowledged) is cut off the file; anything else unreadable raises ``DataFileCorrupt``."""
        if not self.wal_path.exists():
            return []
        raw = self.wal_path.read_bytes()
        transactions: list[list[dict[str, Any]]] = []
        offset = 0
        for number, line in enumerate(raw.splitlines(keepends=True), start=1):
            if not line.endswith(b"\n"):  # the torn tail
                self._cut_log(offset)
                break
            try:
                transactions.append(orjson.loads(line)["tx"])
            except (orjson.JSONDecodeError, KeyError, TypeError):
                raise self._corrupt_line(raw, number, offset) from None
            offset += len(line)
        return transactions

    def _corrupt_line(self, raw: bytes, number: int, offset: int) -> DataFileCorrupt:
        later = raw[offset:].split(b"\n", 1)[1].count(b"\n") if b"\n" in raw[offset:] else 0
        return DataFileCorrupt(
            f"{self.wal_path}: line {number} (byte offset {offset}) is not a complete transaction, and "
            f"{later} transaction{'s' if later != 1 else ''} after it {'are' if later != 1 else 'is'} in the log. "
            f"ghl-mock refuses to start rather than silently drop writes it acknowledged. To recover, keep a copy "
            f"of the file, then either delete that line (sed -i '{number}d' {self.wal_path}) to replay everything "
            f"around it, or move {self.wal_path} away to start from the snapshot {self.path} alone (losing every "
            f"change logged since it).")

    def _cut_log(self, length: int) -> None:
        with open(self.wal_path, "r+b") as f:
            f.truncate(length)
            os.fsync(f.fileno())

    def _fsync_dir(self) -> None:
        fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# The older snapshot, one record a line (valid JSON, TinyDB's layout):
#   {
#   "L1/contacts":{
#   "c1":{...},
#   "c2":{...}
#   },
#   ...
#   }
def _sliced(raw: bytes) -> dict[str, dict[str, bytes]] | None:
    """The snapshot's records, if it is in the one-record-a-line layout; None for any other layout.

    Walks the file by offsets and slices each record's bytes straight out of it (one object a record: no
    list of lines beside them), since the peak memory of a start is the file plus what it keeps."""
    if not (raw.startswith(b"{\n") and raw.endswith(b"\n}\n")):
        return None
    data: dict[str, dict[str, bytes]] = {}
    table: dict[str, bytes] | None = None
    loads, find, end = orjson.loads, raw.find, len(raw) - 2  # the closing "}\n"
    position = 2
    try:
        while position < end:
            stop = find(b"\n", position)
            if table is None:  # a table's opening line: "name":{
                if raw[stop - 2:stop] != b":{":
                    return None
                table = data[loads(raw[position:stop - 2])] = {}
            elif raw[position:stop] in (b"}", b"},"):
                table = None
            else:  # "id":{...} or "id":{...},
                last = stop - 1 if raw[stop - 1] == 44 else stop  # 44: a comma
                split = find(b'":{', position, last)  # ids are JSON strings: an escaped one goes the slow way
                if split < 0 or raw[last - 1] != 125 or find(b"\\", position, split) >= 0:  # 125: "}"
                    return None
                table[loads(raw[position:split + 1])] = raw[split + 2:last]
            position = stop + 1
    except orjson.JSONDecodeError:
        return None
    return data if table is None and position == end else None


def _open_private(path: Path, flags: int, *, exclusive: bool = False) -> int:
    """Open ``path``, creating it with mode 0600 whatever the umask; an existing file keeps its mode."""
    if not exclusive:
        try:
            return os.open(path, flags)
        except FileNotFoundError:
            pass
    fd = os.open(path, flags | os.O_CREAT | (os.O_EXCL if exclusive else 0), PRIVATE)
    os.fchmod(fd, PRIVATE)  # the umask may have taken bits away (never added any): set exactly 0600
    return fd
