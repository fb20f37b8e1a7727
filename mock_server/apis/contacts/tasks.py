"""A contact's tasks: create, list, read, update, complete, delete (table ``contactTasks``).

A task's ``assignedTo`` must name a user of the location (``users.location_users``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import children, events, records
from mock_server.apis.contacts.tables import TASKS
from mock_server.apis.users import location_users
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text for an unknown task id (or one of another contact) is not known.
TASK_NOT_FOUND = "Task not found"
TASK_FIELDS = ("title", "body", "dueDate", "completed", "assignedTo")


def create_task(tenant: Tenant, contact_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    records.get_contact(tenant, contact_id)
    location_users.ensure_optional_user(tenant, fields.get("assignedTo"))
    task = {"id": tenant.new_id(), "contactId": contact_id,
            **{k: v for k, v in fields.items() if k in TASK_FIELDS and v is not None}}
    stored = tenant.store.put(TASKS, task)
    tenant.emit(events.TASK_CREATE, events.task_payload(stored, created=True))
    return stored


def list_tasks(tenant: Tenant, contact_id: str) -> list[dict[str, Any]]:
    """The contact's tasks, oldest first."""
    records.get_contact(tenant, contact_id)
    return tenant.store.find(TASKS, "contactId", contact_id)


def get_task(tenant: Tenant, contact_id: str, task_id: str) -> dict[str, Any]:
    return children.get_child(tenant, TASKS, contact_id, task_id, TASK_NOT_FOUND)


def update_task(tenant: Tenant, contact_id: str, task_id: str,
                changes: dict[str, Any]) -> dict[str, Any]:
    task = get_task(tenant, contact_id, task_id)
    location_users.ensure_optional_user(tenant, changes.get("assignedTo"))
    was_completed = bool(task.get("completed"))
    stored = tenant.store.put(TASKS, children.apply(task, changes, TASK_FIELDS))
    if stored.get("completed") and not was_completed:
        tenant.emit(events.TASK_COMPLETE, events.task_payload(stored))
    return stored


def delete_task(tenant: Tenant, contact_id: str, task_id: str) -> None:
    task = get_task(tenant, contact_id, task_id)
    tenant.delete(TASKS, task_id)
    tenant.emit(events.TASK_DELETE, events.task_payload(task))
