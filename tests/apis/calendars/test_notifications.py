"""Calendar notifications: bare JSON arrays in and out, filters, soft deletion."""

from __future__ import annotations

import pytest

from tests.apis.calendars.conftest import Desk

REMINDER = {"receiverType": "contact", "channel": "sms", "notificationType": "reminder",
            "beforeTime": [{"timeOffset": 1, "unit": "hours"}], "body": "See you soon"}
BOOKED = {"receiverType": "assignedUser", "channel": "email", "notificationType": "booked", "isActive": False}


def test_notifications_are_created_in_bulk_and_listed_as_arrays(desk: Desk):
    calendar = desk.calendar()
    url = f"/calendars/{calendar['id']}/notifications"
    created = desk.http.post(url, json=[REMINDER, BOOKED])
    assert created.status_code == 200
    body = created.json()
    assert isinstance(body, list) and [n["notificationType"] for n in body] == ["reminder", "booked"]
    assert body[0]["_id"] and body[0]["isActive"] is True and body[0]["deleted"] is False
    assert body[0]["beforeTime"] == [{"timeOffset": 1, "unit": "hours"}]

    assert [n["_id"] for n in desk.http.get(url).json()] == [body[0]["_id"], body[1]["_id"]]
    assert [n["_id"] for n in desk.http.get(url, params={"isActive": "false"}).json()] == [body[1]["_id"]]
    assert desk.http.get(url, params={"limit": 1, "skip": 1}).json()[0]["_id"] == body[1]["_id"]
    one = desk.http.get(f"{url}/{body[0]['_id']}")
    assert (one.status_code, one.json()["body"]) == (200, "See you soon")


def test_updates_and_soft_deletes_answer_a_message(desk: Desk):
    calendar = desk.calendar()
    url = f"/calendars/{calendar['id']}/notifications"
    notification = desk.http.post(url, json=[REMINDER]).json()[0]
    one = f"{url}/{notification['_id']}"
    updated = desk.http.put(one, json={"body": "Tomorrow!", "isActive": False})
    assert (updated.status_code, updated.json()["message"]) == (200, "Notification updated successfully")
    assert desk.http.get(one).json()["body"] == "Tomorrow!"
    deleted = desk.http.delete(one)
    assert (deleted.status_code, deleted.json()["message"]) == (200, "Notification deleted successfully")
    assert desk.http.get(url).json() == []
    assert [n["_id"] for n in desk.http.get(url, params={"deleted": "true"}).json()] == [notification["_id"]]


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_bad_bodies_and_unknown_ids(desk: Desk):
    calendar = desk.calendar()
    url = f"/calendars/{calendar['id']}/notifications"
    assert desk.http.post(url, json=[]).status_code == 422
    wrong = desk.http.post(url, json=[{**REMINDER, "channel": "pigeon"}])
    assert wrong.json()["message"] == ["0.channel must be one of the following values: email, inApp, sms, whatsapp"]
    assert desk.http.post(url, json=REMINDER).status_code == 422  # an object, not an array
    for response in (desk.http.get(f"{url}/nope"), desk.http.put(f"{url}/nope", json={}),
                     desk.http.delete(f"{url}/nope")):
        assert (response.status_code, response.json()["message"]) == (400, "Notification not found")
    other = desk.calendar(name="Other")
    notification = desk.http.post(url, json=[REMINDER]).json()[0]
    cross = desk.http.get(f"/calendars/{other['id']}/notifications/{notification['_id']}")
    assert cross.json()["message"] == "Notification not found"
    assert desk.http.get("/calendars/nope/notifications").json()["message"] == "Calendar not found"
