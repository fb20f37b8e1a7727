"""File mode (mock_server/store/sqlite.py): durability, the older layout migrated, the lock, the files' modes."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from mock_server.store import DataFileCorrupt, DataFileInUse, open_store
from mock_server.store.sqlite import SqliteStore, is_sqlite_file


def _child(code: str, path) -> str:
    """Run ``code`` in a child process that ends with ``os._exit`` (like kill -9: no clean close)."""
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_writes_survive_a_process_that_dies_without_closing(tmp_path):
    path = tmp_path / "data.json"
    _child("""
import os, sys
from mock_server.store import open_store
store = open_store(sys.argv[1])
store.put("L1", "contacts", {"id": "c1", "n": 1})
store.put("L1", "contacts", {"id": "c2", "n": 2})
store.delete("L1", "contacts", "c2")
os._exit(0)
""", path)
    reopened = open_store(str(path))
    assert reopened.get("L1", "contacts", "c1") == {"id": "c1", "n": 1}
    assert reopened.get("L1", "contacts", "c2") is None
    reopened.close()


def test_a_rolled_back_transaction_is_not_in_the_file(tmp_path):
    path = tmp_path / "data.json"
    store = open_store(str(path))
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put("L1", "contacts", {"id": "c1"})
            raise RuntimeError
    store.close()
    assert open_store(str(path)).get("L1", "contacts", "c1") is None


def test_two_processes_cannot_share_a_data_file(tmp_path):
    path = str(tmp_path / "data.json")
    first = open_store(path)
    with pytest.raises(DataFileInUse, match="single-process"):
        open_store(path)
    first.close()
    open_store(path).close()


def test_compaction_folds_the_log_into_the_database(tmp_path):
    path = tmp_path / "data.json"
    store = open_store(str(path))
    for i in range(10):
        store.put("L1", "contacts", {"id": f"c{i}"})
    log = tmp_path / "data.json-wal"
    assert log.stat().st_size > 0
    store.compact()
    assert log.stat().st_size == 0
    store.close()
    assert is_sqlite_file(path) and len(open_store(str(path)).scan("L1", "contacts")) == 10


def test_indexes_live_in_the_file_and_a_new_one_is_built_from_the_records_once(tmp_path):
    path = tmp_path / "data.json"
    store = open_store(str(path))
    store.declare_index("contacts", "email")
    store.put("L1", "contacts", {"id": "c1", "email": "a@x", "tags": ["vip"]})
    store.close()
    reopened = open_store(str(path))
    reopened.declare_index("contacts", "email")
    reopened.declare_index("contacts", "tags")  # new: built from the records already there
    assert reopened.ids_where("L1", "contacts", "email", "a@x") == {"c1"}
    assert reopened.ids_where("L1", "contacts", "tags", "vip") == {"c1"}
    reopened.close()
    rows = sqlite3.connect(path).execute("SELECT field, key, id FROM idx ORDER BY field").fetchall()
    assert rows == [("email", '"a@x"', "c1"), ("tags", '"vip"', "c1")]


# -- the older layout (a JSON snapshot and a JSON log), migrated on the first start -------------------

def _older_layout(path, snapshot: dict, *transactions: list, torn: bytes = b"") -> None:
    """The files ghl-mock wrote before SQLite: the snapshot one record a line, the log one transaction a line."""
    lines = []
    for name, docs in snapshot.items():
        records = ",\n".join(json.dumps(rid, separators=(",", ":")) + ":" + json.dumps(doc, separators=(",", ":"))
                             for rid, doc in docs.items())
        lines.append(json.dumps(name) + ":{\n" + records + "\n}")
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n")
    log = b"".join(json.dumps({"tx": tx}).encode() + b"\n" for tx in transactions)
    path.with_name(path.name + ".wal").write_bytes(log + torn)


def test_a_data_file_in_the_older_layout_starts_with_every_record_and_keeps_a_backup(tmp_path):
    path = tmp_path / "data.json"
    snapshot = {"L1/contacts": {"c1": {"id": "c1", "tags": ["a"]}, "c2": {"id": "c2"}},
                "_meta/settings": {"jwt-secret": {"id": "jwt-secret", "value": "s"}}}
    _older_layout(path, snapshot,
                  [{"op": "put", "t": "L1/contacts", "doc": {"id": "c3", "email": "c@x"}}],
                  [{"op": "del", "t": "L1/contacts", "id": "c2"}, {"op": "put", "t": "L2/tasks", "doc": {"id": "t1"}}],
                  torn=b'{"tx":[{"op":"put","t":"L1/contacts","doc":{"id":"c4"')  # cut off: never acknowledged
    original = path.read_bytes(), path.with_name("data.json.wal").read_bytes()
    store = open_store(str(path))
    store.declare_index("contacts", "email")
    assert [d["id"] for d in store.scan("L1", "contacts")] == ["c1", "c3"]
    assert store.get("L1", "contacts", "c1") == {"id": "c1", "tags": ["a"]}
    assert store.find("L1", "contacts", "email", "c@x") == [{"id": "c3", "email": "c@x"}]
    assert store.scan("L2", "tasks") == [{"id": "t1"}]
    assert store.get("_meta", "settings", "jwt-secret")["value"] == "s"
    assert store.get("L1", "contacts", "c4") is None
    store.close()
    assert is_sqlite_file(path) and not path.with_name("data.json.wal").exists()
    # The older files are kept as they were (less the torn tail, which was never acknowledged).
    assert path.with_name("data.json.json-backup").read_bytes() == original[0]
    assert original[1].startswith(path.with_name("data.json.wal.json-backup").read_bytes())
    again = open_store(str(path))  # no second migration
    assert [d["id"] for d in again.scan("L1", "contacts")] == ["c1", "c3"]
    again.close()


def test_a_snapshot_in_an_even_older_layout_is_migrated_too(tmp_path):
    """One JSON object on one line, as TinyDB writes it (ghl-mock's first layout); odd ids included."""
    path = tmp_path / "data.json"
    old = {"L1/contacts": {"c1": {"id": "c1", "tags": ["a"]}, 'we"ird\\id': {"id": 'we"ird\\id'}}}
    path.write_text(json.dumps(old))
    store = open_store(str(path))
    assert store.get("L1", "contacts", "c1") == {"id": "c1", "tags": ["a"]}
    assert store.get("L1", "contacts", 'we"ird\\id') == {"id": 'we"ird\\id'}
    store.close()


def test_a_damaged_older_log_refuses_to_start_and_changes_nothing(tmp_path):
    path = tmp_path / "data.json"
    good = [{"op": "put", "t": "L1/contacts", "doc": {"id": "c1"}}]
    _older_layout(path, {}, good)
    wal = path.with_name("data.json.wal")
    first = wal.read_bytes()
    wal.write_bytes(first + b'{"tx":[{"op":"put","t":"L1/con\n' + first.replace(b'"c1"', b'"c2"'))
    before = path.read_bytes(), wal.read_bytes()
    with pytest.raises(DataFileCorrupt) as refused:
        open_store(str(path))
    message = str(refused.value)
    assert str(wal) in message and f"byte offset {len(first)}" in message and "line 2" in message
    assert "1 transaction after it" in message and "sed -i '2d'" in message
    assert (path.read_bytes(), wal.read_bytes()) == before and not is_sqlite_file(path)
    lines = before[1].splitlines(keepends=True)
    wal.write_bytes(b"".join(lines[:1] + lines[2:]))  # the advice: delete line 2
    recovered = open_store(str(path))  # (the refusal released the file's lock)
    assert recovered.get("L1", "contacts", "c1") and recovered.get("L1", "contacts", "c2")
    recovered.close()


def test_a_corrupt_older_snapshot_refuses_to_start(tmp_path):
    path = tmp_path / "data.json"
    path.write_bytes(b'{"L1/contacts": {"c1": {"id": "c1"')
    with pytest.raises(DataFileCorrupt, match=f"{path} is not valid JSON"):
        open_store(str(path))
    assert path.read_bytes() == b'{"L1/contacts": {"c1": {"id": "c1"'


# -- a write the disk refuses ------------------------------------------------------------------

_FULL_DISK_CHILD = """
import os, resource, signal, sys
from mock_server.store import WriteFailed, open_store

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG, as a full disk fails with ENOSPC
store = open_store(sys.argv[1])
store.declare_index("contacts", "email")
store.put("L1", "contacts", {"id": "c0", "email": "c0@x"})
store.compact()
resource.setrlimit(resource.RLIMIT_FSIZE, (os.path.getsize(sys.argv[1]) + 40_000, resource.RLIM_INFINITY))
acknowledged = ["c0"]
for n in range(1, 1000):
    try:
        store.put("L1", "contacts", {"id": f"c{n}", "email": f"c{n}@x", "padding": "x" * 3000})
    except WriteFailed as exc:
        assert "not saved" in str(exc), exc
        refused = f"c{n}"
        break
    acknowledged.append(f"c{n}")
assert store.get("L1", "contacts", refused) is None and store.owner(refused) is None, "the refused write stayed"
assert store.ids_where("L1", "contacts", "email", f"{refused}@x") == set()
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))  # space is back
for n in range(2000, 2020):
    store.put("L1", "contacts", {"id": f"c{n}"})
    acknowledged.append(f"c{n}")
print(" ".join(acknowledged), refused, sep="|")
os._exit(0)  # like kill -9
"""


def test_a_write_the_disk_refuses_is_undone_and_no_later_write_is_lost(tmp_path):
    """A real size limit (RLIMIT_FSIZE) in a child process, not a mock."""
    path = tmp_path / "data.json"
    acknowledged, refused = _child(_FULL_DISK_CHILD, path).split("|")
    assert acknowledged.split().index("c2000") >= 3  # some writes went through before the limit
    reopened = open_store(str(path))
    assert [rid for rid in acknowledged.split() if reopened.get("L1", "contacts", rid) is None] == []
    assert reopened.get("L1", "contacts", refused) is None
    reopened.close()


# -- file modes --------------------------------------------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_data_files_are_readable_by_their_owner_only_whatever_the_umask(tmp_path, umask):
    previous = os.umask(umask)
    try:
        store = open_store(str(tmp_path / "data.json"))
        store.put("L1", "contacts", {"id": "c1"})
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
        store.close()
    finally:
        os.umask(previous)
    assert modes == {"data.json": 0o600, "data.json-wal": 0o600, "data.json-shm": 0o600, "data.json.lock": 0o600}


def test_an_existing_data_file_readable_by_others_is_warned_about(tmp_path, caplog):
    path = tmp_path / "data.json"
    open_store(str(path)).close()
    os.chmod(path, 0o644)
    with caplog.at_level(logging.WARNING, logger="ghl_mock"):
        store = open_store(str(path))
    assert len(store.warnings) == 1
    warning = store.warnings[0]
    assert "data.json" in warning and "0644" in warning and "signing secret" in warning
    assert f"chmod 600 {path}" in warning
    assert warning in caplog.text
    store.close()
    reopened = SqliteStore(str(path))  # left as it was (only the files ghl-mock creates are made private)
    assert reopened.warnings == [warning]
    reopened.close()
    os.chmod(path, 0o600)
    assert open_store(str(path)).warnings == []
