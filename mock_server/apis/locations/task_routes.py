"""The location's task search and recurring tasks (locations.json), declared on the area's one ``Api``."""

from __future__ import annotations

from mock_server.apis.locations import recurring_tasks, task_search
from mock_server.apis.locations import task_models as models
from mock_server.apis.locations.routes import api
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION

# DECISION: the file gives the recurring-task operations an empty scope list and Scopes.md does not name
# them; they take the location task scopes (readonly to read, write to change).
_SCOPE_NOTE = ("scopes chosen: the official file declares an empty scope list and Scopes.md names none",)


@api.post("/locations/{locationId}/tasks/search", "task-search", scopes="locations/tasks.readonly", tokens=LOCATION,
          body=models.TaskSearchBody, response=models.TaskSearchResponse, summary="Task Search Filter")
def task_search_filter(call: Call) -> dict:
    """The tasks of the location's contacts matching every filter sent."""
    b = call.body
    return {"tasks": task_search.search_tasks(call.tenant, contact_ids=b.contactId, assigned_to=b.assignedTo,
                                              completed=b.completed, query=b.query, business_id=b.businessId,
                                              skip=int(b.skip), limit=int(b.limit))}


@api.get("/locations/{locationId}/recurring-tasks/{id}", "get-recurring-task-by-id", scopes="locations/tasks.readonly",
         tokens=LOCATION, response=models.RecurringTaskResponse, summary="Get Recurring Task By Id",
         notes=_SCOPE_NOTE)
def get_recurring_task(call: Call) -> dict:
    return {"recurringTask": recurring_tasks.get_recurring_task(call.tenant, call.path["id"])}


@api.put("/locations/{locationId}/recurring-tasks/{id}", "update-recurring-task", scopes="locations/tasks.write",
         tokens=LOCATION, body=models.RecurringTaskUpdateBody, response=models.RecurringTaskResponse,
         summary="Update Recurring Task", notes=_SCOPE_NOTE)
def update_recurring_task(call: Call) -> dict:
    changed = recurring_tasks.update_recurring_task(call.tenant, call.path["id"], sent_fields(call.body))
    return {"recurringTask": changed}


@api.delete("/locations/{locationId}/recurring-tasks/{id}", "delete-recurring-task", scopes="locations/tasks.write",
            tokens=LOCATION, response=models.DeleteRecurringTaskResponse, summary="Delete Recurring Task",
            notes=_SCOPE_NOTE)
def delete_recurring_task(call: Call) -> dict:
    recurring_tasks.delete_recurring_task(call.tenant, call.path["id"])
    return {"id": call.path["id"], "success": True}


@api.post("/locations/{locationId}/recurring-tasks", "create-recurring-task", scopes="locations/tasks.write",
          tokens=LOCATION, body=models.RecurringTaskCreateBody, response=models.RecurringTaskResponse, status=201,
          summary="Create Recurring Task", notes=_SCOPE_NOTE)
def create_recurring_task(call: Call) -> dict:
    """A recurring task; unless ``ignoreTaskCreation``, each of its contacts gets the first occurrence's task."""
    return {"recurringTask": recurring_tasks.create_recurring_task(call.tenant, sent_fields(call.body))}
