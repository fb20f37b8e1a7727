"""A contact's tasks: create, list, read, update, complete, delete (table ``contactTasks``).

A task's ``assignedTo`` must name a user of the location (``users.location_users``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import children, records
from mock_server.apis.contacts.tables import TASKS
from mock_server.apis.users import location_users
from mock_server.platform.world import World

# DECISION: GHL's text for an unknown task id (or one of another contact) is not known.
TASK_NOT_FOUND = "Task not found"
TASK_FIELDS = ("title", "body", "dueDate", "completed", "assignedTo")


def create_task(world: World, location_id: str, contact_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    records.get_contact(world, location_id, contact_id)
    location_users.ensure_optional_user(world, location_id, fields.get("assignedTo"))
    company_id = world.tenants.company_of_location(location_id)
    task = {"id": world.new_id(company_id), "contactId": contact_id,
            **{k: v for k, v in fields.items() if k in TASK_FIELDS and v is not None}}
    return world.store.put(location_id, TASKS, task)


def list_tasks(world: World, location_id: str, contact_id: str) -> list[dict[str, Any]]:
    """The contact's tasks, oldest first."""
    records.get_contact(world, location_id, contact_id)
    return world.store.find(location_id, TASKS, "contactId", contact_id)


def get_task(world: World, location_id: str, contact_id: str, task_id: str) -> dict[str, Any]:
    return children.get_child(world, location_id, TASKS, contact_id, task_id, TASK_NOT_FOUND)


def update_task(world: World, location_id: str, contact_id: str, task_id: str,
                changes: dict[str, Any]) -> dict[str, Any]:
    task = get_task(world, location_id, contact_id, task_id)
    location_users.ensure_optional_user(world, location_id, changes.get("assignedTo"))
    return world.store.put(location_id, TASKS, children.apply(task, changes, TASK_FIELDS))


def delete_task(world: World, location_id: str, contact_id: str, task_id: str) -> None:
    get_task(world, location_id, contact_id, task_id)
    world.store.delete(location_id, TASKS, task_id)
