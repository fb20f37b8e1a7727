"""``POST /locations/{id}/tasks/search``: the tasks of the location's contacts (``contacts.tasks``), filtered.

Filters combine (all must hold): ``contactId`` (any of), ``assignedTo`` (any of), ``completed``, ``businessId``
(the contact's business), ``query`` (in the title or body, case-insensitive). DECISION: the answer lists task
objects (the official schema's ``array of arrays`` is a defect, spec-oddities.md), shaped as a contact's task
reads, soonest due first, then paged by ``skip`` / ``limit`` (25 by default, as the DTO says).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts.tables import CONTACTS, TASKS
from mock_server.platform.tenant_context import Tenant


def search_tasks(tenant: Tenant, *, contact_ids: list[str] | None, assigned_to: list[str] | None,
                 completed: bool | None, query: str | None, business_id: str | None, skip: int,
                 limit: int) -> list[dict[str, Any]]:
    tasks = _candidates(tenant, contact_ids)
    if assigned_to:
        wanted = set(assigned_to)
        tasks = [t for t in tasks if t.get("assignedTo") in wanted]
    if completed is not None:
        tasks = [t for t in tasks if bool(t.get("completed")) == completed]
    if query and query.strip():
        needle = query.strip().lower()
        tasks = [t for t in tasks if needle in (t.get("title") or "").lower() or needle in (t.get("body") or "").lower()]
    if business_id:
        members = tenant.store.ids_where(CONTACTS, "businessId", business_id)
        tasks = [t for t in tasks if t.get("contactId") in members]
    tasks.sort(key=lambda t: (t.get("dueDate") or "\uffff", t["id"]))
    return [dict(t) for t in tasks[skip:skip + limit]]


def _candidates(tenant: Tenant, contact_ids: list[str] | None) -> list[dict[str, Any]]:
    if not contact_ids:
        return tenant.store.scan(TASKS)
    found: list[dict[str, Any]] = []
    for contact_id in dict.fromkeys(contact_ids):
        found += tenant.store.find(TASKS, "contactId", contact_id)
    return found
