"""Whole-location contact orders for listings, cached and kept up to date as contacts change.

Listing a large location must not re-sort it for every page. The first listing in a sort order
builds an ``Order``; later ones reuse it while the contacts table is unchanged (``store.version``).
Every write of a contact goes through ``contact_writes``, which notes the contact here, so a cached
order catches up with a few changes by moving just those contacts (a bisection and a list insert
each) instead of re-sorting the location. Whatever the notes do not fully explain (a rolled-back
transaction, a reset, a write from elsewhere) makes the order be rebuilt from scratch.

For the usual one-field sorts an order is the sorted list of ``(value, id)`` keys: a page is a
slice, a cursor is found by bisection. Other sorts keep a sorted list of ids (and are rebuilt on
change).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any
from weakref import WeakKeyDictionary

from mock_server.apis.contacts.ordering import (
    PLAIN_SORT_FIELDS,
    Spec,
    cursor_of,
    is_after,
    parse_cursor,
    sort_records,
)
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.tenant_context import Tenant
from mock_server.store import Store

CACHED_ORDERS = 32  # per store: a few locations' orders, enough for benchmarks and a sandbox
NOTED_WRITES = 10_000  # per location: more changes than this between two listings mean a rebuild

Version = tuple[int, int]


class _Caches:
    """One store's cached orders and noted writes; a location's go when its records are dropped."""

    def __init__(self, store: Store) -> None:
        self.orders: OrderedDict[tuple[str, Spec], Order] = OrderedDict()
        self.writes: dict[str, deque] = {}
        store.on_tenant_dropped(self.forget)

    def forget(self, location_id: str) -> None:
        self.writes.pop(location_id, None)
        for key in [key for key in self.orders if key[0] == location_id]:
            del self.orders[key]


_caches: WeakKeyDictionary[Store, _Caches] = WeakKeyDictionary()


def _caches_of(store: Store) -> _Caches:
    caches = _caches.get(store)
    if caches is None:
        caches = _caches[store] = _Caches(store)
    return caches


class Order:
    """One location's contacts in one sort order: its length, a page of ids, where a cursor falls."""

    def __init__(self, spec: Spec, contacts: list[dict[str, Any]], version: Version) -> None:
        self.spec = spec
        self.version = version
        field, direction = spec[-1]
        self.descending = direction == "desc"
        self.keys: list[tuple] | None = None
        if len(spec) == 1 and field in PLAIN_SORT_FIELDS:
            try:
                self.keys = list(map(itemgetter(field, "id"), contacts))
            except (KeyError, TypeError):  # a contact without the field: the general path below
                self.keys = None
        if self.keys is not None:
            self.key_of = {key[1]: key for key in self.keys}
            self.keys.sort()  # ascending; read backwards when descending
        else:
            self.ids = [r["id"] for r in sort_records(contacts, spec)]
            self.positions = {rid: n for n, rid in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.keys) if self.keys is not None else len(self.ids)

    def page(self, start: int, limit: int) -> list[str]:
        if self.keys is None:
            return self.ids[start:start + limit]
        if not self.descending:
            return [key[1] for key in self.keys[start:start + limit]]
        end = len(self.keys) - start
        return [key[1] for key in reversed(self.keys[max(end - limit, 0):max(end, 0)])]

    def start_after(self, cursor: list[Any], contacts: Callable[[], list[dict[str, Any]]]) -> int:
        """The position of the first contact after ``cursor`` (parsed); ``contacts`` reads them if needed."""
        if self.keys is not None:
            if cursor[0] is None:  # every contact has the field: a cursor without it is past the end
                return len(self.keys)
            key = (cursor[0], cursor[1])
            return len(self.keys) - bisect_left(self.keys, key) if self.descending else bisect_right(self.keys, key)
        position = self.positions.get(cursor[-1])
        by_id = {r["id"]: r for r in contacts()}
        if position is not None and parse_cursor(cursor_of(by_id[cursor[-1]], self.spec), self.spec) == cursor:
            return position + 1
        return next((n for n, rid in enumerate(self.ids) if is_after(by_id[rid], cursor, self.spec)), len(self.ids))

    def catch_up(self, changed: Iterable[str], current: Callable[[str], dict[str, Any] | None]) -> bool:
        """Move the changed contacts to where they now belong; False if only a rebuild can tell."""
        if self.keys is None:
            return False
        field = self.spec[-1][0]
        for contact_id in changed:
            old = self.key_of.pop(contact_id, None)
            if old is not None:
                at = bisect_left(self.keys, old)
                if at == len(self.keys) or self.keys[at] != old:
                    return False
                del self.keys[at]
            contact = current(contact_id)
            if contact is None:
                continue
            if contact.get(field) is None:
                return False
            key = (contact[field], contact_id)
            insort(self.keys, key)
            self.key_of[contact_id] = key
        return True


def order(tenant: Tenant, spec: Spec) -> Order:
    """The location's contacts in ``spec`` order, up to date."""
    store, location_id = tenant.world.store, tenant.id
    cache = _caches_of(store).orders
    key = (location_id, spec)
    version = store.version(location_id, CONTACTS)
    cached: Order | None = cache.get(key)
    if cached is not None and cached.version != version:
        changed = _changed_between(store, location_id, cached.version, version)
        if changed is not None and cached.catch_up(changed, lambda cid: _current(store, location_id, cid)):
            cached.version = version
        else:
            cached = None
    if cached is None:
        cached = cache[key] = Order(spec, store.scan(location_id, CONTACTS), version)
        while len(cache) > CACHED_ORDERS:
            cache.popitem(last=False)
    cache.move_to_end(key)
    return cached


def note_write(tenant: Tenant, contact_id: str) -> None:
    """Remember that this contact was just written (``contact_writes`` calls this after each write)."""
    writes = _caches_of(tenant.world.store).writes
    log = writes.get(tenant.id)
    if log is None:
        log = writes[tenant.id] = deque(maxlen=NOTED_WRITES)
    log.append((tenant.store.version(CONTACTS), contact_id))


def _changed_between(store: Store, location_id: str, since: Version, now: Version) -> set[str] | None:
    """The contacts written between two versions, or None if the notes do not account for every write."""
    log = _caches_of(store).writes.get(location_id)
    count = now[1] - since[1]
    if log is None or since[0] != now[0] or count <= 0 or count > len(log):
        return None
    recent = list(log)[-count:]
    if [v for v, _ in recent] != [(now[0], since[1] + n) for n in range(1, count + 1)]:
        return None
    return {contact_id for _, contact_id in recent}


def _current(store: Store, location_id: str, contact_id: str) -> dict[str, Any] | None:
    found = store.scan_ids(location_id, CONTACTS, (contact_id,))
    return found[0] if found else None
