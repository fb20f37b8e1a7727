"""The store contract (mock_server/store/backend.py), one suite for every backend: memory, file, PostgreSQL.

A backend is done when it passes this file. The PostgreSQL leg needs a server (tests/postgres.py): CI
starts one; elsewhere it is started here when PostgreSQL is installed, else those tests skip saying why.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from mock_server.store import GLOBAL, Conflict, Store, StoreBackend
from mock_server.store.sqlite import SqliteStore
from tests import postgres

BACKENDS = ["memory", "file", "postgresql"]


class Opener:
    """Opens the same store again (a restart), for the backends that keep data."""

    def __init__(self, kind: str, tmp_path) -> None:
        self.kind = kind
        self.opened: list[StoreBackend] = []
        self.schema: str | None = None
        if kind == "postgresql":
            self.url, self.schema = postgres.isolated_url()
        elif kind == "file":
            self.url = str(tmp_path / "data.json")

    def __call__(self) -> StoreBackend:
        if self.kind == "memory":
            store = Store.in_memory()
        elif self.kind == "file":
            store = SqliteStore(self.url, fsync=False)
        else:
            from mock_server.store.postgres import PostgresStore

            store = PostgresStore(self.url)
        store.declare_index("contacts", "email", "tags")
        store.declare_index("appointments", "slot")
        self.opened.append(store)
        return store

    def close(self) -> None:
        for store in self.opened:
            store.close()
        if self.schema:
            postgres.drop_schema(self.schema)


@pytest.fixture(params=BACKENDS)
def opener(request, tmp_path) -> Iterator[Opener]:
    opened = Opener(request.param, tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def store(opener) -> StoreBackend:
    return opener()


def test_put_get_delete_and_owner(store):
    store.put("L1", "contacts", {"id": "c1", "email": "a@x"})
    assert store.get("L1", "contacts", "c1") == {"id": "c1", "email": "a@x"}
    assert store.owner("c1") == ("L1", "contacts")
    assert store.get("L2", "contacts", "c1") is None and store.get("L1", "tasks", "c1") is None
    assert store.delete("L1", "contacts", "c1") is True
    assert store.get("L1", "contacts", "c1") is None and store.owner("c1") is None
    assert store.delete("L1", "contacts", "c1") is False


def test_values_are_copied_in_and_out(store):
    doc = {"id": "c1", "tags": ["a"], "nested": {"n": 1}}
    returned = store.put("L1", "contacts", doc)
    doc["tags"].append("mutated-after-put")
    returned["nested"]["n"] = 2
    fetched = store.get("L1", "contacts", "c1")
    fetched["tags"].append("mutated-after-get")
    assert store.get("L1", "contacts", "c1") == {"id": "c1", "tags": ["a"], "nested": {"n": 1}}


def test_put_only_stores_copies_indexes_and_rolls_back_like_put(store):
    store.declare_index("events", "open")
    doc = {"id": "e1", "open": True, "attempts": []}
    store.put_only("L1", "events", doc)
    doc["attempts"].append("mutated-after-put")
    assert store.get("L1", "events", "e1") == {"id": "e1", "open": True, "attempts": []}
    assert store.ids_where("L1", "events", "open", True) == {"e1"}
    store.put_only("L1", "events", {"id": "e1", "attempts": [1]})
    assert store.ids_where("L1", "events", "open", True) == set()
    with pytest.raises(ValueError):
        store.put_only("L1", "contacts", {"id": "e1"})
    with pytest.raises(RuntimeError), store.transaction():
        store.put_only("L1", "events", {"id": "e1", "open": True, "attempts": [1, 2]})
        raise RuntimeError("rolled back")
    assert store.get("L1", "events", "e1") == {"id": "e1", "attempts": [1]}
    assert store.ids_where("L1", "events", "open", True) == set()


def test_an_id_belongs_to_one_table_of_one_tenant(store):
    store.put("L1", "contacts", {"id": "same", "v": 1})
    with pytest.raises(ValueError):
        store.put("L2", "contacts", {"id": "same"})
    with pytest.raises(ValueError):
        store.put("L1", "tasks", {"id": "same"})
    assert store.get("L1", "contacts", "same") == {"id": "same", "v": 1}


def test_scan_keeps_insertion_order_updates_keep_their_place_and_scan_ids_the_order_asked(store):
    for i in range(5):
        store.put("L1", "contacts", {"id": f"c{i}"})
    store.put("L1", "contacts", {"id": "c2", "changed": True})
    assert [d["id"] for d in store.scan("L1", "contacts")] == ["c0", "c1", "c2", "c3", "c4"]
    assert [d["id"] for d in store.scan_ids("L1", "contacts", ["c3", "nope", "c0", "c2"])] == ["c3", "c0", "c2"]
    assert store.scan_ids("L2", "contacts", ["c1"]) == [] and store.scan("L2", "contacts") == []


def test_counts(store):
    for i in range(3):
        store.put("L1", "contacts", {"id": f"c{i}"})
    store.put("L1", "tasks", {"id": "t1"})
    store.put("L2", "tasks", {"id": "t2"})
    assert store.count("L1", "contacts") == 3 and store.count("L1", "notes") == 0
    assert store.counts("L1") == {"contacts": 3, "tasks": 1}
    assert store.counts("nobody") == {}
    assert store.tenants() == {"L1", "L2"}


def test_declared_indexes_answer_equality_and_list_membership_and_follow_every_write(store):
    store.put("L1", "contacts", {"id": "c1", "email": "a@x", "tags": ["vip", "new"]})
    store.put("L1", "contacts", {"id": "c2", "email": "b@x", "tags": ["vip"]})
    store.put("L2", "contacts", {"id": "c3", "email": "a@x", "tags": ["vip"]})
    assert store.ids_where("L1", "contacts", "tags", "vip") == {"c1", "c2"}
    store.put("L1", "contacts", {"id": "c1", "email": "z@x", "tags": []})
    assert store.ids_where("L1", "contacts", "tags", "vip") == {"c2"}
    assert store.ids_where("L1", "contacts", "email", "a@x") == set()
    assert [d["id"] for d in store.find("L1", "contacts", "email", "z@x")] == ["c1"]
    store.delete("L1", "contacts", "c2")
    assert store.find("L1", "contacts", "tags", "vip") == []
    assert store.ids_where("L2", "contacts", "email", "a@x") == {"c3"}
    with pytest.raises(KeyError):
        store.ids_where("L1", "contacts", "firstName", "x")


def test_find_answers_in_insertion_order(store):
    for i in (3, 1, 2):
        store.put("L1", "contacts", {"id": f"c{i}", "tags": ["t"]})
    assert [d["id"] for d in store.find("L1", "contacts", "tags", "t")] == ["c3", "c1", "c2"]


def test_a_failed_transaction_leaves_no_trace(store):
    store.put("L1", "contacts", {"id": "c1", "email": "old@x"})
    store.put("L9", "contacts", {"id": "c9"})
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put("L1", "contacts", {"id": "c1", "email": "new@x"})
            store.put("L1", "contacts", {"id": "c2", "email": "b@x"})
            store.delete("L1", "contacts", "c1")
            store.drop_tenant("L9")
            assert store.get("L1", "contacts", "c2") is not None  # a transaction reads its own writes
            raise RuntimeError("abort")
    assert store.get("L1", "contacts", "c1") == {"id": "c1", "email": "old@x"}
    assert store.get("L1", "contacts", "c2") is None and store.owner("c2") is None
    assert store.ids_where("L1", "contacts", "email", "old@x") == {"c1"}
    assert store.ids_where("L1", "contacts", "email", "b@x") == set()
    assert store.get("L9", "contacts", "c9") == {"id": "c9"}


def test_transactions_nest_into_one(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            with store.transaction():
                store.put("L1", "contacts", {"id": "inner"})
            assert store.in_transaction()
            raise RuntimeError("abort")
    assert store.get("L1", "contacts", "inner") is None and not store.in_transaction()


def test_drop_tenant_and_clear(store):
    store.put("L1", "contacts", {"id": "c1", "email": "a@x"})
    store.put("L2", "contacts", {"id": "c2", "email": "a@x"})
    store.put(GLOBAL, "locations", {"id": "L1"})
    store.drop_tenant("L1")
    assert store.get("L1", "contacts", "c1") is None and store.owner("c1") is None
    assert store.ids_where("L1", "contacts", "email", "a@x") == set()
    assert store.get("L2", "contacts", "c2") is not None and store.get(GLOBAL, "locations", "L1") is not None
    store.put("L1", "contacts", {"id": "c1", "email": "again@x"})  # the id is free again
    store.clear()
    assert store.tenants() == set() and store.owner("c2") is None


def test_on_commit_runs_after_the_commit_and_never_after_a_rollback(store):
    ran: list[str] = []
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put("L1", "outbox", {"id": "e1"})
            store.on_commit(lambda: ran.append("rolled back"))
            raise RuntimeError("abort")
    with store.transaction():
        store.put("L1", "outbox", {"id": "e2"})
        store.on_commit(lambda: ran.append(f"committed, visible: {store.get('L1', 'outbox', 'e2') is not None}"))
        with store.transaction():
            store.on_commit(lambda: ran.append("nested"))
        assert ran == []
    store.on_commit(lambda: ran.append("outside a transaction: at once"))
    assert ran == ["committed, visible: True", "nested", "outside a transaction: at once"]


def test_caches_hear_of_a_dropped_tenant_once_its_transaction_commits(store):
    heard: list[str] = []
    store.on_tenant_dropped(heard.append)
    store.put("L1", "contacts", {"id": "c1"})
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.drop_tenant("L1")
            raise RuntimeError("abort")
    assert heard == []
    with store.transaction():
        store.drop_tenant("L1")
        store.drop_tenant("L2")
        assert heard == []
    assert heard == ["L1", "L2"]


def test_a_version_changes_with_its_table(store):
    before = store.version("L1", "contacts")
    store.put("L1", "contacts", {"id": "c1"})
    assert store.version("L1", "contacts") != before


def test_a_read_then_write_race_has_exactly_one_winner(store):
    """N threads each book slot 9 if nobody holds it: one booking, whatever the backend (the database settles
    it on PostgreSQL, across processes too: tests/store/test_postgres_processes.py)."""
    barrier = threading.Barrier(8)
    won: list[str] = []

    def book(n: int) -> None:
        def attempt() -> bool:
            if store.find("L1", "appointments", "slot", 9):
                return False
            store.put("L1", "appointments", {"id": f"a{n}", "slot": 9})
            return True

        barrier.wait()
        if store.atomically(attempt):
            won.append(f"a{n}")

    threads = [threading.Thread(target=book, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1
    assert [d["id"] for d in store.find("L1", "appointments", "slot", 9)] == won


def test_atomically_gives_up_with_conflict_after_its_attempts(store, monkeypatch):
    from mock_server.store import backend

    monkeypatch.setattr(backend, "CONFLICT_ATTEMPTS", 3)
    tries: list[int] = []

    def always_conflicts() -> None:
        tries.append(1)
        store.put("L1", "contacts", {"id": f"c{len(tries)}"})
        raise Conflict("simulated")

    with pytest.raises(Conflict):
        store.atomically(always_conflicts)
    assert len(tries) == 3 and store.count("L1", "contacts") == 0


def test_what_was_committed_is_there_after_a_restart(opener, store):
    if opener.kind == "memory":
        pytest.skip("the memory backend keeps nothing across restarts, by design")
    with store.transaction():
        store.put("L1", "contacts", {"id": "c1", "email": "a@x", "tags": ["vip"]})
        store.put("L1", "contacts", {"id": "c2", "email": "b@x"})
    store.delete("L1", "contacts", "c2")
    store.put("L2", "contacts", {"id": "c3"})
    store.drop_tenant("L2")
    store.close()
    opener.opened.remove(store)
    again = opener()
    assert again.scan("L1", "contacts") == [{"id": "c1", "email": "a@x", "tags": ["vip"]}]
    assert again.ids_where("L1", "contacts", "tags", "vip") == {"c1"}
    assert again.owner("c2") is None and again.tenants() == {"L1"}
