"""A contact's tasks: create, list, read, update, complete, delete."""

from __future__ import annotations

import pytest


def test_task_lifecycle(ghl, api, new_contact):
    contact = new_contact(firstName="Ada")
    base = f"/contacts/{contact['id']}/tasks"
    created = api.post(base, json={"title": "Call back", "body": "about the engine", "completed": False,
                                   "dueDate": "2024-07-01T10:00:00+02:00", "assignedTo": ghl.user()["id"]})
    assert created.status_code == 201
    task = created.json()["task"]
    assert task["dueDate"] == "2024-07-01T08:00:00.000Z" and task["contactId"] == contact["id"]
    assert task["completed"] is False

    updated = api.put(f"{base}/{task['id']}", json={"title": "Call back today"}).json()["task"]
    assert (updated["title"], updated["body"]) == ("Call back today", "about the engine")
    done = api.put(f"{base}/{task['id']}/completed", json={"completed": True}).json()["task"]
    assert done["completed"] is True
    assert api.get(f"{base}/{task['id']}").json()["task"] == done
    second = api.post(base, json={"title": "Send notes", "dueDate": "2024-07-02", "completed": False}).json()["task"]
    assert [t["id"] for t in api.get(base).json()["tasks"]] == [task["id"], second["id"]]

    assert api.delete(f"{base}/{task['id']}").json()["succeded"] is True
    gone = api.get(f"{base}/{task['id']}")
    assert (gone.status_code, gone.json()["message"]) == (400, "Task not found")
    assert [t["id"] for t in api.get(base).json()["tasks"]] == [second["id"]]


@pytest.mark.ghl_allow_violations("invalid_value", "missing_required")  # sends bad tasks on purpose
def test_task_refusals(api, new_contact):
    ada, grace = new_contact(firstName="Ada"), new_contact(firstName="Grace")
    bad = api.post(f"/contacts/{ada['id']}/tasks", json={"title": "x", "dueDate": "next tuesday"})
    assert bad.status_code == 422
    assert set(bad.json()["message"]) == {"dueDate must be a valid ISO 8601 date string",
                                          "completed must be a boolean value"}
    task = api.post(f"/contacts/{ada['id']}/tasks", json={"title": "x", "dueDate": "2024-07-01",
                                                          "completed": False}).json()["task"]
    assert api.get(f"/contacts/{grace['id']}/tasks/{task['id']}").status_code == 400  # not Grace's task
