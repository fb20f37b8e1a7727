"""Recurring tasks: a task that repeats for some contacts, on a rule (``rruleOptions``).

Occurrences step from ``startDate`` by ``interval`` units of ``intervalType`` (hourly ... yearly). DECISION:
the refinements ``dayOfWeek``, ``dayOfMonth`` and ``monthOfYear`` are stored and answered but do not move the
occurrences. ``totalOccurrence`` is ``count`` when given, else the occurrences up to ``endDate``, else 0
(an open-ended rule). Unless ``ignoreTaskCreation``, creating one gives each of its contacts the task of the
first occurrence (the next one from the mock's now; the start itself when ``createTaskIfOverDue``), due
``dueAfterSeconds`` after it and assigned to the first owner. Later occurrences are not generated (the mock
runs no scheduler), and deleting the rule leaves the tasks it made.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import records
from mock_server.apis.contacts.tables import TASKS
from mock_server.apis.locations.tables import RECURRING_TASKS
from mock_server.apis.users import location_users
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known.
RECURRING_TASK_NOT_FOUND = "Recurring task not found"
END_BEFORE_START = "rruleOptions.endDate must not be before rruleOptions.startDate"
MAX_COUNTED = 100_000  # occurrences counted up to an endDate at most
_STEP = {"hourly": timedelta(hours=1), "daily": timedelta(days=1), "weekly": timedelta(weeks=1)}


def create_recurring_task(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    _check_references(tenant, fields)
    rule = _rule(fields["rruleOptions"])
    now = iso_z(tenant.now())
    record = {"id": tenant.new_id(), "title": fields["title"], "description": fields.get("description") or "",
              "locationId": tenant.location_id, "createdAt": now, "updatedAt": now, "rruleOptions": rule,
              "totalOccurrence": total_occurrences(rule), "deleted": False,
              "contactIds": list(dict.fromkeys(fields.get("contactIds") or [])),
              "owners": list(dict.fromkeys(fields.get("owners") or []))}
    _answer_fields(record)
    saved = tenant.store.put(RECURRING_TASKS, record)
    if not fields.get("ignoreTaskCreation"):
        _create_first_tasks(tenant, saved)
    return saved


def get_recurring_task(tenant: Tenant, task_id: str) -> dict[str, Any]:
    return tenant.require(RECURRING_TASKS, task_id)


def update_recurring_task(tenant: Tenant, task_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Change the fields sent (``rruleOptions`` whole); no task is created by an update."""
    record = get_recurring_task(tenant, task_id)
    _check_references(tenant, changes)
    for key in ("title", "description"):
        if changes.get(key) is not None:
            record[key] = changes[key]
    for key in ("contactIds", "owners"):
        if changes.get(key) is not None:
            record[key] = list(dict.fromkeys(changes[key]))
    if changes.get("rruleOptions") is not None:
        record["rruleOptions"] = _rule(changes["rruleOptions"])
        record["totalOccurrence"] = total_occurrences(record["rruleOptions"])
    record["updatedAt"] = iso_z(tenant.now())
    _answer_fields(record)
    return tenant.store.put(RECURRING_TASKS, record)


def delete_recurring_task(tenant: Tenant, task_id: str) -> None:
    get_recurring_task(tenant, task_id)
    tenant.delete(RECURRING_TASKS, task_id)


def occurrences(rule: dict[str, Any], *, after: datetime | None = None):
    """The rule's occurrences in order, from the first at or after ``after`` (its start when None)."""
    start = _instant(rule["startDate"])
    end = _instant(rule["endDate"]) if rule.get("endDate") else None
    interval = int(rule["interval"])
    limit = int(rule["count"]) if rule.get("count") else None
    n = 0
    while limit is None or n < limit:
        try:
            moment = _nth(start, rule["intervalType"], interval * n)
        except (ValueError, OverflowError):  # past the year 9999: nothing comes after
            return
        if end is not None and moment > end:
            return
        if after is None or moment >= after:
            yield moment
        n += 1


def total_occurrences(rule: dict[str, Any]) -> int:
    if rule.get("count"):
        return int(rule["count"])
    if not rule.get("endDate"):
        return 0
    total = 0
    for _ in occurrences(rule):
        total += 1
        if total >= MAX_COUNTED:
            break
    return total


def _create_first_tasks(tenant: Tenant, record: dict[str, Any]) -> None:
    rule = record["rruleOptions"]
    first = next(occurrences(rule, after=None if rule.get("createTaskIfOverDue") else tenant.now()), None)
    if first is None:
        return
    due = iso_z(first + timedelta(seconds=float(rule["dueAfterSeconds"])))
    for contact_id in record["contactIds"]:
        task = {"id": tenant.new_id(), "contactId": contact_id, "title": record["title"], "dueDate": due,
                "completed": False, "recurringTaskId": record["id"]}
        if record["description"]:
            task["body"] = record["description"]
        if record.get("assignedTo"):
            task["assignedTo"] = record["assignedTo"]
        tenant.store.put(TASKS, task)


def _check_references(tenant: Tenant, fields: dict[str, Any]) -> None:
    """Every contact and owner named exists in the location, checked before anything is written."""
    for contact_id in dict.fromkeys(fields.get("contactIds") or []):
        records.get_contact(tenant, contact_id)
    location_users.ensure_location_users(tenant, fields.get("owners") or [])


def _rule(rule: dict[str, Any]) -> dict[str, Any]:
    rule = {k: v for k, v in rule.items() if v is not None}
    if rule.get("endDate") and rule["endDate"] < rule["startDate"]:
        raise Unprocessable([END_BEFORE_START])
    return rule


def _answer_fields(record: dict[str, Any]) -> None:
    """The single ``assignedTo`` and ``contactId`` GHL's answer names: the first owner and the first contact
    (left out when there is none: the official schema types them as strings)."""
    for key, listed in (("assignedTo", "owners"), ("contactId", "contactIds")):
        if record[listed]:
            record[key] = record[listed][0]
        else:
            record.pop(key, None)


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _nth(start: datetime, unit: str, steps: int) -> datetime:
    if unit in _STEP:
        return start + _STEP[unit] * steps
    months = steps * (12 if unit == "yearly" else 1)
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, _days_in(year, month + 1))
    return start.replace(year=year, month=month + 1, day=day)


def _days_in(year: int, month: int) -> int:
    following = datetime(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day
