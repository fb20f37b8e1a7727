"""Sorting contacts and paging through them: sort specs, ``searchAfter`` cursors, cached orders.

Every order ends with the contact id (in the direction of the last sort field), so a cursor
``[sort values..., id]`` names one position exactly. Missing values sort last in either direction.
Dates are stored as fixed-width ISO strings in UTC, so they sort as strings; cursors carry them as
epoch milliseconds, as GHL's do.

Listing a large location must not re-sort it for every page: the full order of a location is cached
per sort (an ``Order``) and rebuilt only when the contacts table has changed (``store.version``).
For the usual one-field sorts the order is a sorted list of ``(value, id)`` keys: a page is a slice,
a cursor is found by bisection, and a rebuild touches each contact once (insertion order is nearly
date order, which Timsort sorts in about linear time).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from operator import itemgetter
from datetime import datetime
from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from mock_server.apis.contacts import fields
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.errors import Unprocessable
from mock_server.platform.world import World
from mock_server.store import Store

Spec = tuple[tuple[str, str], ...]  # ((field, "asc" | "desc"), ...)

DATE_SORT_FIELDS = frozenset({"dateAdded", "dateUpdated", "dateOfBirth"})
# Fields whose stored values already compare as GHL orders them (no lower-casing needed).
PLAIN_SORT_FIELDS = DATE_SORT_FIELDS | {"firstNameLowerCase", "lastNameLowerCase", "fullNameLowerCase", "email"}
SORT_FIELDS = DATE_SORT_FIELDS | {
    "firstName", "lastName", "firstNameLowerCase", "lastNameLowerCase", "fullNameLowerCase", "name", "email",
    "phone", "companyName", "city", "state", "country", "postalCode", "source", "type", "businessId", "assignedTo"}
# DECISION: GHL's default order is not documented; newest first, as its contact lists show.
DEFAULT_SORT: Spec = (("dateAdded", "desc"),)
CACHED_ORDERS = 32  # per store: a few locations' orders, enough for benchmarks and a sandbox

UNSUPPORTED_SORT = "sort.{i}.field {field} is not a supported sort field"
BAD_CURSOR = "searchAfter must be the searchAfter value of a contact from the previous page"

_orders: WeakKeyDictionary[Store, OrderedDict] = WeakKeyDictionary()


def parse_sort(sort: list[dict[str, Any]] | None) -> Spec:
    if not sort:
        return DEFAULT_SORT
    problems = [UNSUPPORTED_SORT.format(i=i, field=s["field"]) for i, s in enumerate(sort)
                if s["field"] not in SORT_FIELDS]
    if problems:
        raise Unprocessable(problems)
    return tuple((s["field"], s.get("direction") or "asc") for s in sort)


def sort_records(records: list[dict[str, Any]], spec: Spec) -> list[dict[str, Any]]:
    """A sorted new list: ``spec``'s fields, then the id in the last field's direction."""
    items = list(records)
    (last_field, tie) = spec[-1]
    if len(spec) == 1 and last_field in PLAIN_SORT_FIELDS:
        try:  # one C-level sort, fast on nearly sorted input; a missing value falls back below
            items.sort(key=itemgetter(last_field, "id"), reverse=tie == "desc")
            return items
        except (KeyError, TypeError):
            pass
    items.sort(key=itemgetter("id"), reverse=tie == "desc")
    for field, direction in reversed(spec):  # stable passes from the last key to the first
        present = [r for r in items if r.get(field) is not None]
        missing = [r for r in items if r.get(field) is None]
        present.sort(key=lambda r: _comparable(field, r[field]), reverse=direction == "desc")
        items = present + missing
    return items


class Order:
    """One location's contacts in one sort order: its length, a page of ids, where a cursor falls."""

    def __init__(self, spec: Spec, contacts: list[dict[str, Any]]) -> None:
        self.spec = spec
        field, direction = spec[-1]
        self.descending = direction == "desc"
        self.keys: list[tuple] | None = None
        if len(spec) == 1 and field in PLAIN_SORT_FIELDS:
            try:
                self.keys = sorted(map(itemgetter(field, "id"), contacts))  # ascending; read backwards if desc
            except (KeyError, TypeError):  # a contact without the field: the general path below
                self.keys = None
        if self.keys is None:
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
        if position is not None and _parsed(by_id[cursor[-1]], self.spec) == cursor:
            return position + 1
        return next((n for n, rid in enumerate(self.ids) if is_after(by_id[rid], cursor, self.spec)), len(self.ids))


def order(world: World, location_id: str, spec: Spec) -> Order:
    """The location's contacts in ``spec`` order (cached until the contacts table changes)."""
    cache = _orders.setdefault(world.store, OrderedDict())
    key = (location_id, spec)
    version = world.store.version(location_id, CONTACTS)
    hit = cache.get(key)
    if hit is not None and hit[0] == version:
        cache.move_to_end(key)
        return hit[1]
    built = Order(spec, world.store.scan(location_id, CONTACTS))
    cache[key] = (version, built)
    cache.move_to_end(key)
    while len(cache) > CACHED_ORDERS:
        cache.popitem(last=False)
    return built


def cursor_of(record: dict[str, Any], spec: Spec) -> list[Any]:
    """The ``searchAfter`` value of a contact: its sort values (dates in epoch ms) and its id."""
    values: list[Any] = []
    for field, _ in spec:
        value = record.get(field)
        values.append(_epoch_ms(value) if field in DATE_SORT_FIELDS and value is not None else value)
    return [*values, record["id"]]


def parse_cursor(cursor: list[Any], spec: Spec) -> list[Any]:
    """The cursor in comparable form; a 422 if it cannot be one of ``spec``'s cursors."""
    if len(cursor) != len(spec) + 1 or not isinstance(cursor[-1], str):
        raise Unprocessable([BAD_CURSOR])
    values = []
    for (field, _), value in zip(spec, cursor, strict=False):
        if value is None:
            values.append(None)
        elif field in DATE_SORT_FIELDS and isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                values.append(fields.iso_from_epoch_ms(value))
            except ValueError:
                raise Unprocessable([BAD_CURSOR]) from None
        elif isinstance(value, str):
            values.append(_comparable(field, value))
        else:
            raise Unprocessable([BAD_CURSOR])
    return [*values, cursor[-1]]


def is_after(record: dict[str, Any], cursor: list[Any], spec: Spec) -> bool:
    """Whether ``record`` comes after the cursor's position in ``spec`` order."""
    for (field, direction), wanted in zip(spec, cursor, strict=False):
        value = record.get(field)
        value = None if value is None else _comparable(field, value)
        if value == wanted:
            continue
        if value is None or wanted is None:  # missing values sort last
            return value is None
        return value > wanted if direction == "asc" else value < wanted
    return record["id"] > cursor[-1] if spec[-1][1] == "asc" else record["id"] < cursor[-1]


def _parsed(record: dict[str, Any], spec: Spec) -> list[Any]:
    return parse_cursor(cursor_of(record, spec), spec)


def _comparable(field: str, value: Any) -> Any:
    return value.lower() if isinstance(value, str) and field not in DATE_SORT_FIELDS else value


def _epoch_ms(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
