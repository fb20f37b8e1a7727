"""Sorting contacts and paging through them: sort specs, ``searchAfter`` cursors, cached orders.

Every order ends with the contact id (in the direction of the last sort field), so a cursor
``[sort values..., id]`` names one position exactly. Missing values sort last in either direction.
Dates are stored as fixed-width ISO strings in UTC, so they sort as strings; cursors carry them as
epoch milliseconds, as GHL's do.

(Whole-location orders for listings are cached in ``orders.py``.)
"""

from __future__ import annotations

from datetime import datetime
from operator import itemgetter
from typing import Any

from mock_server.apis.contacts import fields
from mock_server.platform.errors import Unprocessable

Spec = tuple[tuple[str, str], ...]  # ((field, "asc" | "desc"), ...)

DATE_SORT_FIELDS = frozenset({"dateAdded", "dateUpdated", "dateOfBirth"})
# Fields whose stored values already compare as GHL orders them (no lower-casing needed).
PLAIN_SORT_FIELDS = DATE_SORT_FIELDS | {"firstNameLowerCase", "lastNameLowerCase", "fullNameLowerCase", "email"}
SORT_FIELDS = DATE_SORT_FIELDS | {
    "firstName", "lastName", "firstNameLowerCase", "lastNameLowerCase", "fullNameLowerCase", "name", "email",
    "phone", "companyName", "city", "state", "country", "postalCode", "source", "type", "businessId", "assignedTo"}
# DECISION: GHL's default order is not documented; newest first, as its contact lists show.
DEFAULT_SORT: Spec = (("dateAdded", "desc"),)

UNSUPPORTED_SORT = "sort.{i}.field {field} is not a supported sort field"
BAD_CURSOR = "searchAfter must be the searchAfter value of a contact from the previous page"

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


def _comparable(field: str, value: Any) -> Any:
    return value.lower() if isinstance(value, str) and field not in DATE_SORT_FIELDS else value


def _epoch_ms(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
