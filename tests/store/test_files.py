"""File mode: the write-ahead log, snapshots, torn tails and the single-process lock."""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
import subprocess
import sys

import pytest

from mock_server.store import DataFileCorrupt, DataFileInUse, Store, WriteFailed, files


def test_writes_survive_a_restart(tmp_path):
    path = tmp_path / "data.json"
    store = Store.open_file(str(path))
    store.put("L1", "contacts", {"id": "c1", "n": 1})
    store.put("L1", "contacts", {"id": "c2", "n": 2})
    store.delete("L1", "contacts", "c2")
    store._files.release()  # like a crash: no compaction, only the log
    reopened = Store.open_file(str(path))
    assert reopened.get("L1", "contacts", "c1") == {"id": "c1", "n": 1}
    assert reopened.get("L1", "contacts", "c2") is None
    reopened.close()


def test_the_snapshot_is_tinydb_json(tmp_path):
    from tinydb import TinyDB

    path = tmp_path / "data.json"
    store = Store.open_file(str(path))
    store.put("L1", "contacts", {"id": "c1", "email": "a@x"})
    store.close()
    assert TinyDB(str(path)).table("L1/contacts").get(doc_id="c1") == {"id": "c1", "email": "a@x"}


def test_a_snapshot_in_an_older_layout_is_read_whole_and_rewritten_one_record_a_line(tmp_path):
    """Files written before the one-record-a-line layout (one JSON object on one line, as TinyDB writes it too)
    open with every record, and are rewritten on that first start; odd ids take the same path."""
    path = tmp_path / "data.json"
    old = {"L1/contacts": {"c1": {"id": "c1", "tags": ["a"]}, 'we"ird\\id': {"id": 'we"ird\\id'}},
           "_meta/settings": {"jwt-secret": {"id": "jwt-secret", "value": "s"}}}
    path.write_text(json.dumps(old))
    store = Store.open_file(str(path))
    assert store.get("L1", "contacts", "c1") == {"id": "c1", "tags": ["a"]}
    assert store.get("L1", "contacts", 'we"ird\\id') == {"id": 'we"ird\\id'}
    store.close()
    assert json.loads(path.read_text()) == old  # still the same JSON document (TinyDB reads it) ...
    assert path.read_text().count("\n") > 4  # ... now one record a line
    plain = {"L1/contacts": {"c1": {"id": "c1", "tags": ["a"]}}, "L2/tasks": {"t1": {"id": "t1"}}}
    path.write_text(json.dumps(plain))
    Store.open_file(str(path)).close()
    assert path.read_text().splitlines()[1:3] == ['"L1/contacts":{', '"c1":{"id":"c1","tags":["a"]}']
    again = Store.open_file(str(path))
    assert again._files.migrated is False and again.scan("L2", "tasks") == [{"id": "t1"}]
    again.close()


def test_a_torn_last_line_is_dropped_and_earlier_writes_kept(tmp_path):
    path = tmp_path / "data.json"
    store = Store.open_file(str(path))
    store.put("L1", "contacts", {"id": "c1"})
    store._files.release()
    with open(str(path) + ".wal", "ab") as wal:
        wal.write(b'{"tx":[{"op":"put","t":"L1/contacts","doc":{"id":"c2"')  # cut off mid-write
    reopened = Store.open_file(str(path))
    assert reopened.get("L1", "contacts", "c1") == {"id": "c1"}
    assert reopened.get("L1", "contacts", "c2") is None
    reopened.close()
    assert json.loads(path.read_text()) == {"L1/contacts": {"c1": {"id": "c1"}}}


def test_a_rolled_back_transaction_never_reaches_the_log(tmp_path):
    path = tmp_path / "data.json"
    store = Store.open_file(str(path))
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put("L1", "contacts", {"id": "c1"})
            raise RuntimeError
    store._files.release()
    assert Store.open_file(str(path)).get("L1", "contacts", "c1") is None


def test_two_processes_cannot_share_a_data_file(tmp_path):
    path = str(tmp_path / "data.json")
    first = Store.open_file(path)
    with pytest.raises(DataFileInUse, match="single-process"):
        Store.open_file(path)
    first.close()
    Store.open_file(path).close()


def test_compaction_replaces_the_snapshot_and_empties_the_log(tmp_path):
    path = tmp_path / "data.json"
    store = Store.open_file(str(path))
    for i in range(10):
        store.put("L1", "contacts", {"id": f"c{i}"})
    assert (tmp_path / "data.json.wal").stat().st_size > 0
    store.compact()
    assert (tmp_path / "data.json.wal").stat().st_size == 0
    assert len(json.loads(path.read_text())["L1/contacts"]) == 10
    store.close()


# -- a write the disk refuses ------------------------------------------------------------------

_FULL_DISK_CHILD = """
import os, resource, signal, sys
from mock_server.store import Store, WriteFailed

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG, as a full disk fails with ENOSPC
store = Store.open_file(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (6000, resource.RLIM_INFINITY))
acknowledged = []
for n in range(1000):
    try:
        store.put("L1", "contacts", {"id": f"c{n}", "padding": "x" * 300})
    except WriteFailed as exc:
        refused = f"c{n}"
        break
    acknowledged.append(f"c{n}")
assert store.get("L1", "contacts", refused) is None and store.owner(refused) is None, "the refused write stayed"
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))  # space is back
for n in range(2000, 2020):
    store.put("L1", "contacts", {"id": f"c{n}"})
    acknowledged.append(f"c{n}")
print(" ".join(acknowledged), refused, sep="|")
os._exit(0)  # like kill -9: no compaction, the next open replays the log
"""


def test_a_write_the_disk_refuses_is_undone_and_no_later_write_is_lost(tmp_path):
    """A real size limit (RLIMIT_FSIZE) in a child process, not a mock."""
    path = tmp_path / "data.json"
    child = subprocess.run([sys.executable, "-c", _FULL_DISK_CHILD, str(path)], capture_output=True, text=True,
                           timeout=60)
    assert child.returncode == 0, child.stderr
    acknowledged, refused = child.stdout.strip().split("|")
    reopened = Store.open_file(str(path))
    assert [rid for rid in acknowledged.split() if reopened.get("L1", "contacts", rid) is None] == []
    assert reopened.get("L1", "contacts", refused) is None
    reopened.close()


def test_when_the_log_cannot_be_restored_the_store_refuses_every_later_write(tmp_path, monkeypatch):
    store = Store.open_file(str(tmp_path / "data.json"))
    store.put("L1", "contacts", {"id": "c1"})

    def torn_write(fd, data):  # half the line reaches the file, then the disk is full
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    real_write = os.write
    monkeypatch.setattr(files.os, "write", torn_write)
    monkeypatch.setattr(files.os, "ftruncate", lambda fd, size: (_ for _ in ()).throw(OSError(errno.EIO, "I/O")))
    with pytest.raises(WriteFailed, match="No space left"):
        store.put("L1", "contacts", {"id": "c2"})
    monkeypatch.undo()
    with pytest.raises(WriteFailed, match="stopped accepting writes"):
        store.put("L1", "contacts", {"id": "c3"})
    assert store.get("L1", "contacts", "c2") is None and store.get("L1", "contacts", "c3") is None
    assert store.get("L1", "contacts", "c1") == {"id": "c1"}  # reads still work
    store._files.release()
    reopened = Store.open_file(str(tmp_path / "data.json"))  # the torn tail is the last line: dropped
    assert reopened.get("L1", "contacts", "c1") == {"id": "c1"} and reopened.get("L1", "contacts", "c2") is None
    reopened.close()


def test_an_interrupt_in_the_middle_of_an_append_leaves_no_torn_line(tmp_path, monkeypatch):
    path = tmp_path / "data.json"
    store = Store.open_file(str(path))
    store.put("L1", "contacts", {"id": "c1"})
    logged = (tmp_path / "data.json.wal").stat().st_size

    def interrupted(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))
        raise KeyboardInterrupt

    real_write = os.write
    monkeypatch.setattr(files.os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.put("L1", "contacts", {"id": "c2"})
    monkeypatch.undo()
    assert (tmp_path / "data.json.wal").stat().st_size == logged
    store.put("L1", "contacts", {"id": "c3"})
    store._files.release()
    reopened = Store.open_file(str(path))
    assert [reopened.get("L1", "contacts", i) is not None for i in ("c1", "c2", "c3")] == [True, False, True]
    reopened.close()


# -- start-up: never a silent truncation ------------------------------------------------------

def _logged(path, *docs: str) -> None:
    store = Store.open_file(str(path))
    for doc_id in docs:
        store.put("L1", "contacts", {"id": doc_id})
    store._files.release()


def _log_with(path, fragment: bytes) -> bytes:
    """A log of c1, then ``fragment``, then c2; answers c1's line."""
    _logged(path, "c1")
    wal = path.with_name(path.name + ".wal")
    good = wal.read_bytes()
    wal.write_bytes(good + fragment + good.replace(b'"c1"', b'"c2"'))
    return good


def test_an_unparsable_line_before_later_transactions_refuses_to_start(tmp_path):
    path, wal = tmp_path / "data.json", tmp_path / "data.json.wal"
    good = _log_with(path, b'{"tx":[{"op":"put","t":"L1/con\n')
    before = wal.read_bytes()
    with pytest.raises(DataFileCorrupt) as refused:
        Store.open_file(str(path))
    message = str(refused.value)
    assert str(wal) in message and f"byte offset {len(good)}" in message and "line 2" in message
    assert "1 transaction after it" in message and "sed -i '2d'" in message
    assert wal.read_bytes() == before  # nothing was cut off
    lines = before.splitlines(keepends=True)
    wal.write_bytes(b"".join(lines[:1] + lines[2:]))  # the advice: delete line 2
    recovered = Store.open_file(str(path))  # (the refusal released the file's lock)
    assert recovered.get("L1", "contacts", "c1") and recovered.get("L1", "contacts", "c2")
    recovered.close()


def test_a_torn_line_with_a_later_transaction_appended_to_it_refuses_to_start(tmp_path):
    """What the old code wrote after a failed append: the next line glued to the torn one."""
    path = tmp_path / "data.json"
    good = _log_with(path, b'{"tx":[{"op":"put","t":"L1/con')
    with pytest.raises(DataFileCorrupt, match=f"byte offset {len(good)}"):
        Store.open_file(str(path))


def test_a_corrupt_snapshot_refuses_to_start(tmp_path):
    path = tmp_path / "data.json"
    path.write_bytes(b'{"L1/contacts": {"c1": {"id": "c1"')
    with pytest.raises(DataFileCorrupt, match=f"{path} is not valid JSON"):
        Store.open_file(str(path))


# -- file modes --------------------------------------------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_data_files_are_readable_by_their_owner_only_whatever_the_umask(tmp_path, umask):
    previous = os.umask(umask)
    try:
        store = Store.open_file(str(tmp_path / "data.json"))
        store.put("L1", "contacts", {"id": "c1"})
        store.compact()
        store.put("L1", "contacts", {"id": "c2"})
        store.close()
    finally:
        os.umask(previous)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"data.json": 0o600, "data.json.wal": 0o600, "data.json.lock": 0o600}


def test_an_existing_data_file_readable_by_others_is_warned_about(tmp_path, caplog):
    path = tmp_path / "data.json"
    _logged(path, "c1")
    os.chmod(path.with_name("data.json.wal"), 0o644)
    with caplog.at_level(logging.WARNING, logger="ghl_mock"):
        store = Store.open_file(str(path))
    assert len(store.warnings) == 1
    warning = store.warnings[0]
    assert "data.json.wal" in warning and "0644" in warning and "signing secret" in warning
    assert f"chmod 600 {path.with_name('data.json.wal')}" in warning
    assert warning in caplog.text
    store.close()
    reopened = Store.open_file(str(path))  # left as it was (only the files ghl-mock creates are made private)
    assert reopened.warnings == [warning]
    reopened.close()
    os.chmod(path.with_name("data.json.wal"), 0o600)
    assert Store.open_file(str(path)).warnings == []
