"""The location's task search over its contacts' tasks, and recurring tasks."""

from __future__ import annotations

import pytest


def _search(client, ghl, **body):
    answer = client.post(f"/locations/{ghl.location_id}/tasks/search", json=body)
    assert answer.status_code == 200, answer.text
    return answer.json()["tasks"]


def test_task_search_filters_combine(ghl, ghl_client):
    ghl.freeze("2026-03-01T12:00:00Z")
    business = ghl.business()
    ada = ghl.contact(firstName="Ada")
    bob = ghl.contact(firstName="Bob")
    ghl_client.post("/contacts/bulk/business", json={"locationId": ghl.location_id, "ids": [bob["id"]],
                                                     "businessId": business["id"]})
    call = ghl.task(ada, title="Call Ada about renewal", dueDate="2026-03-05T10:00:00Z", assignedTo=ghl.user_id)
    mail = ghl.task(ada, title="Email Ada", body="the renewal quote", dueDate="2026-03-03T10:00:00Z")
    done = ghl.task(bob, title="Call Bob", dueDate="2026-03-04T10:00:00Z", completed=True)
    assert [t["id"] for t in _search(ghl_client, ghl)] == [mail["id"], done["id"], call["id"]]
    assert [t["id"] for t in _search(ghl_client, ghl, contactId=[ada["id"]])] == [mail["id"], call["id"]]
    assert [t["id"] for t in _search(ghl_client, ghl, completed=True)] == [done["id"]]
    assert [t["id"] for t in _search(ghl_client, ghl, assignedTo=[ghl.user_id])] == [call["id"]]
    assert [t["id"] for t in _search(ghl_client, ghl, query="RENEWAL")] == [mail["id"], call["id"]]
    assert [t["id"] for t in _search(ghl_client, ghl, businessId=business["id"])] == [done["id"]]
    assert [t["id"] for t in _search(ghl_client, ghl, query="call", completed=False)] == [call["id"]]
    assert [t["id"] for t in _search(ghl_client, ghl, skip=1, limit=1)] == [done["id"]]
    assert _search(ghl_client, ghl)[0]["contactId"] == ada["id"]


@pytest.mark.ghl_allow_violations
def test_task_search_refuses_bad_filters(ghl, ghl_client):
    path = f"/locations/{ghl.location_id}/tasks/search"
    for body in ({"limit": 0}, {"skip": -1}, {"completed": "yes"}, {"contactId": "abc"}, {"status": "open"}):
        assert ghl_client.post(path, json=body).status_code == 422, body


def test_a_recurring_task_is_created_read_updated_and_deleted(ghl, ghl_client):
    ghl.freeze("2026-03-01T12:00:00Z")
    contact = ghl.contact()
    path = f"/locations/{ghl.location_id}/recurring-tasks"
    made = ghl_client.post(path, json={
        "title": "Weekly check-in", "description": "How is it going?", "contactIds": [contact["id"]],
        "owners": [ghl.user_id],
        "rruleOptions": {"intervalType": "weekly", "interval": 1, "startDate": "2026-03-02T09:00:00Z",
                         "endDate": "2026-03-30T09:00:00Z", "dueAfterSeconds": 3600}})
    assert made.status_code == 201, made.text
    task = made.json()["recurringTask"]
    assert (task["totalOccurrence"], task["contactId"], task["assignedTo"], task["deleted"]) == (
        5, contact["id"], ghl.user_id, False)
    assert ghl_client.get(f"{path}/{task['id']}").json()["recurringTask"] == task
    # the contact got the first occurrence's task, due an hour after it
    created = ghl_client.get(f"/contacts/{contact['id']}/tasks").json()["tasks"]
    assert [(t["title"], t["dueDate"], t.get("assignedTo")) for t in created] == [
        ("Weekly check-in", "2026-03-02T10:00:00.000Z", ghl.user_id)]

    changed = ghl_client.put(f"{path}/{task['id']}", json={
        "title": "Monthly check-in",
        "rruleOptions": {"intervalType": "monthly", "interval": 1, "startDate": "2026-01-31T09:00:00Z",
                         "count": 3, "dueAfterSeconds": 0}})
    assert changed.status_code == 200
    assert (changed.json()["recurringTask"]["title"], changed.json()["recurringTask"]["totalOccurrence"]) == (
        "Monthly check-in", 3)

    gone = ghl_client.delete(f"{path}/{task['id']}")
    assert gone.json() | {"traceId": None} == {"id": task["id"], "success": True, "traceId": None}
    missing = ghl_client.get(f"{path}/{task['id']}")
    assert (missing.status_code, missing.json()["message"]) == (400, "Recurring task not found")


def test_ignore_task_creation_creates_no_task(ghl, ghl_client):
    contact = ghl.contact()
    ghl_client.post(f"/locations/{ghl.location_id}/recurring-tasks", json={
        "title": "Quiet", "contactIds": [contact["id"]], "ignoreTaskCreation": True,
        "rruleOptions": {"intervalType": "daily", "interval": 1, "startDate": "2030-01-01T00:00:00Z",
                         "dueAfterSeconds": 60}})
    assert ghl_client.get(f"/contacts/{contact['id']}/tasks").json()["tasks"] == []


@pytest.mark.ghl_allow_violations
def test_bad_recurring_tasks_are_refused_and_nothing_is_written(ghl, ghl_client):
    contact = ghl.contact()
    path = f"/locations/{ghl.location_id}/recurring-tasks"
    rule = {"intervalType": "daily", "interval": 1, "startDate": "2026-03-02T09:00:00Z", "dueAfterSeconds": 60}
    cases = [({"title": "x", "rruleOptions": {**rule, "intervalType": "minutely"}}, 422),
             ({"title": "x", "rruleOptions": {**rule, "interval": 0}}, 422),
             ({"title": "x", "rruleOptions": {**rule, "startDate": "soon"}}, 422),
             ({"title": "x", "rruleOptions": {**rule, "endDate": "2026-03-01T00:00:00Z"}}, 422),
             ({"title": "", "rruleOptions": rule}, 422),
             ({"title": "x", "rruleOptions": rule, "contactIds": [contact["id"], "noSuchContact0000000"]}, 400),
             ({"title": "x", "rruleOptions": rule, "contactIds": [contact["id"]], "owners": ["noSuchUser000000000"]},
              400)]
    for body, status in cases:
        answer = ghl_client.post(path, json=body)
        assert (answer.status_code, answer.json()["statusCode"]) == (status, status), (body, answer.text)
    assert ghl_client.get(f"/contacts/{contact['id']}/tasks").json()["tasks"] == []
    assert ghl.world.store.count(ghl.location_id, "recurringTasks") == 0


def test_a_far_yearly_rule_counts_without_overflow(ghl, ghl_client):
    answer = ghl_client.post(f"/locations/{ghl.location_id}/recurring-tasks", json={
        "title": "Forever", "rruleOptions": {"intervalType": "yearly", "interval": 5000, "startDate":
                                             "2026-01-01T00:00:00Z", "endDate": "9999-12-31T00:00:00Z",
                                             "dueAfterSeconds": 0}})
    assert answer.status_code == 201 and answer.json()["recurringTask"]["totalOccurrence"] == 2
