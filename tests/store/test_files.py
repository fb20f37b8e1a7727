"""File mode: the write-ahead log, snapshots, torn tails and the single-process lock."""

from __future__ import annotations

import json

import pytest

from mock_server.store import DataFileInUse, Store


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
