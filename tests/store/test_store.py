"""The embedded store's own guarantees (what every backend promises is in test_contract.py): indexes built
on demand, declared at any time, and nothing left behind by a dropped tenant."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.store import GLOBAL, Store


@pytest.fixture
def store():
    s = Store.in_memory()
    s.declare_index("contacts", "email", "tags")
    return s
















class _NoScanDict(dict):
    """A table that fails the test if anything iterates it."""

    def __iter__(self):
        raise AssertionError("full scan")

    def values(self):
        raise AssertionError("full scan")

    def items(self):
        raise AssertionError("full scan")


def test_reading_a_record_by_id_never_scans_its_table(ghl, ghl_client):
    """Structural guarantee behind constant-time reads (figures: bench/bench_platform.py)."""
    store = ghl.world.store
    from mock_server.platform.tenants import LOCATIONS

    tables = store._data[GLOBAL]
    tables[LOCATIONS] = _NoScanDict(tables[LOCATIONS])
    try:
        assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200
        assert ghl_client.get(f"/users/{ghl.user_id}").status_code == 200
    finally:
        tables[LOCATIONS] = dict(dict.items(tables[LOCATIONS]))


def test_a_tenants_counts_and_drop_never_look_at_other_tenants(store):
    """``GET /_mock/tenants`` counts every tenant's tables and each test's teardown drops its tenant: both
    stay as cheap with a thousand other tenants in the store as with none."""
    for tenant in ("A", "B"):
        store.put(tenant, "contacts", {"id": f"{tenant}-c1", "email": "a@x", "tags": []})
        store.put(tenant, "tasks", {"id": f"{tenant}-t1"})
    store._data = _NoScanDict(store._data)
    assert store.counts("A") == {"contacts": 1, "tasks": 1}
    with contextlib.suppress(RuntimeError), store.transaction():
        store.drop_tenant("A")
        raise RuntimeError("rolled back")
    assert store.counts("A") == {"contacts": 1, "tasks": 1} and store.get("A", "tasks", "A-t1") is not None
    store.drop_tenant("A")
    assert store.counts("A") == {} and store.owner("A-c1") is None and store.counts("B") == {"contacts": 1, "tasks": 1}


# -- indexes declared at any time ---------------------------------------------------------------

def test_declaring_indexes_after_the_data_is_loaded_scans_nothing():
    """Areas declare their indexes on a store that may already hold data: that must not rebuild all derived
    data once per declaration (it was 94% of a 50,000-contact restart)."""
    store = Store.in_memory()
    for i in range(3):
        store.put("L1", "contacts", {"id": f"c{i}", "email": f"{i}@x", "tags": ["vip"]})
        store.put("L1", "tasks", {"id": f"t{i}", "contactId": f"c{i}"})
    tables = store._data["L1"]
    for name in ("contacts", "tasks"):
        tables[name] = _NoScanDict(tables[name])
    store.declare_index("contacts", "email")
    store.declare_index("contacts", "email", "tags")
    store.declare_index("tasks", "contactId")
    store.declare_index("appointments", "calendarId")
    for name in ("contacts", "tasks"):
        tables[name] = dict(dict.items(tables[name]))
    assert store.ids_where("L1", "contacts", "tags", "vip") == {"c0", "c1", "c2"}
    assert store.ids_where("L1", "contacts", "email", "1@x") == {"c1"}
    assert [t["id"] for t in store.find("L1", "tasks", "contactId", "c2")] == ["t2"]
    store.close()


def test_an_index_declared_late_answers_like_one_declared_first():
    early, late = Store.in_memory(), Store.in_memory()
    early.declare_index("contacts", "email", "tags")
    for store in (early, late):
        store.put("L1", "contacts", {"id": "c1", "email": "a@x", "tags": ["vip"]})
        store.put("L2", "contacts", {"id": "c2", "email": "a@x", "tags": ["vip", "new"]})
    late.declare_index("contacts", "email")
    assert late.ids_where("L1", "contacts", "email", "a@x") == {"c1"}  # built for L1 ...
    late.declare_index("contacts", "tags")  # ... then a field more, after L1's index exists
    for store in (early, late):
        store.put("L1", "contacts", {"id": "c3", "email": "b@x", "tags": ["new"]})
        store.put("L1", "contacts", {"id": "c1", "email": "a@x", "tags": []})
        assert store.ids_where("L1", "contacts", "tags", "vip") == set()
        assert store.ids_where("L1", "contacts", "tags", "new") == {"c3"}
        assert store.ids_where("L2", "contacts", "tags", "new") == {"c2"}
        assert store.ids_where("L1", "contacts", "email", "a@x") == {"c1"}


def test_an_index_read_inside_a_rolled_back_drop_does_not_go_stale(store):
    store.put("L1", "contacts", {"id": "c1", "email": "a@x"})
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.drop_tenant("L1")
            store.put("L1", "contacts", {"id": "c2", "email": "a@x"})
            assert store.ids_where("L1", "contacts", "email", "a@x") == {"c2"}
            raise RuntimeError("abort")
    assert store.ids_where("L1", "contacts", "email", "a@x") == {"c1"}


# -- a dropped tenant leaves nothing behind ---------------------------------------------------

def test_a_dropped_tenant_leaves_no_index_or_version_state_behind(store):
    baseline = (len(store._indexes), len(store._table_versions))
    for n in range(50):
        tenant = f"L{n}"
        store.put(tenant, "contacts", {"id": f"c{n}", "email": f"{n}@x", "tags": ["a", "b"]})
        assert store.ids_where(tenant, "contacts", "tags", "a") == {f"c{n}"}
        store.drop_tenant(tenant)
    assert (len(store._indexes), len(store._table_versions)) == baseline




_values = st.sampled_from(["a", "b", "c"])
_ops = st.lists(st.one_of(
    st.tuples(st.just("put"), st.sampled_from(["L1", "L2"]), st.integers(0, 5), _values, st.lists(_values, max_size=3)),
    st.tuples(st.just("delete"), st.sampled_from(["L1", "L2"]), st.integers(0, 5)),
    st.tuples(st.just("read"), st.sampled_from(["L1", "L2"]), _values),
    st.tuples(st.just("drop"), st.sampled_from(["L1", "L2"])),
    st.tuples(st.just("abort"), st.sampled_from(["L1", "L2"]), st.integers(0, 5), _values),
), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_ops)
def test_indexes_always_agree_with_a_full_scan(ops):
    """Whenever an index is first read (built) and whatever happens after, it answers like a scan."""
    store = Store.in_memory()
    store.declare_index("contacts", "email", "tags")
    for op in ops:
        if op[0] == "put":
            _, tenant, n, email, tags = op
            if store.owner(f"{tenant}-{n}") in (None, (tenant, "contacts")):
                store.put(tenant, "contacts", {"id": f"{tenant}-{n}", "email": email, "tags": tags})
        elif op[0] == "delete":
            store.delete(op[1], "contacts", f"{op[1]}-{op[2]}")
        elif op[0] == "read":
            store.ids_where(op[1], "contacts", "tags", op[2])
        elif op[0] == "drop":
            store.drop_tenant(op[1])
        else:
            with contextlib.suppress(RuntimeError), store.transaction():
                if op[2] == 0:
                    store.drop_tenant(op[1])
                store.put(op[1], "contacts", {"id": f"{op[1]}-x", "email": op[3], "tags": [op[3]]})
                store.delete(op[1], "contacts", f"{op[1]}-{op[2]}")
                store.ids_where(op[1], "contacts", "email", op[3])
                raise RuntimeError("abort")
    for tenant in ("L1", "L2"):
        docs = store.scan(tenant, "contacts")
        for value in ("a", "b", "c"):
            assert store.ids_where(tenant, "contacts", "email", value) == {d["id"] for d in docs if d["email"] == value}
            assert store.ids_where(tenant, "contacts", "tags", value) == {d["id"] for d in docs if value in d["tags"]}


def test_find_first_is_the_earliest_stored_match_or_none(store):
    from mock_server.store.store import TenantStore

    location = TenantStore(store, "L1")
    for rid in ("c2", "c1", "c3"):
        location.put("contacts", {"id": rid, "email": "same@x", "tags": []})
    assert location.find_first("contacts", "email", "same@x")["id"] == "c2"
    assert location.find_first("contacts", "email", "other@x") is None
