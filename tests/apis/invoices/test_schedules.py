"""Recurring invoices over HTTP: a schedule issues an invoice at each occurrence as the mock clock moves."""

from __future__ import annotations


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def schedule_body(ghl, contact, **rrule):
    return {**alt(ghl), "name": "Monthly retainer", "liveMode": False, "currency": "USD", "businessDetails": {},
            "discount": {"type": "fixed", "value": 0},
            "items": [{"name": "Retainer", "currency": "USD", "amount": 500, "qty": 1}],
            "contactDetails": {"id": contact["id"], "name": "Ada", "email": contact["email"], "phoneNo": contact["phone"]},
            "schedule": {"rrule": {"intervalType": "monthly", "interval": 1, "startDate": "2026-01-31",
                                   "startTime": "09:00:00", **rrule}}}


def issued(ghl):
    listed = ghl.client().get("/invoices/", params={**alt(ghl), "limit": "50", "offset": "0", "sortOrder": "ascend"})
    return [(i["issueDate"], i["status"], i["total"]) for i in listed.json()["invoices"]]


def test_a_monthly_schedule_issues_on_the_mock_clock(ghl):
    ghl.freeze("2026-01-15T00:00:00Z")
    contact = ghl.contact()
    client = ghl.client()
    made = client.post("/invoices/schedule", json=schedule_body(ghl, contact, count=3))
    assert made.status_code == 200, made.text
    schedule_id = made.json()["_id"]
    ghl.advance(days=30)
    assert issued(ghl) == []  # a draft schedule issues nothing
    started = client.post(f"/invoices/schedule/{schedule_id}/schedule", json={**alt(ghl), "liveMode": False})
    assert started.json()["status"] == "active"
    assert issued(ghl) == [("2026-01-31", "sent", 500)]  # the occurrence already past is issued at once
    ghl.set_time("2026-03-31T10:00:00Z")
    assert issued(ghl) == [("2026-01-31", "sent", 500), ("2026-02-28", "sent", 500), ("2026-03-31", "sent", 500)]
    done = client.get(f"/invoices/schedule/{schedule_id}", params=alt(ghl)).json()
    assert (done["status"], len(done["invoices"])) == ("complete", 3)  # count reached


def test_a_cancelled_schedule_issues_no_more(ghl):
    ghl.freeze("2026-01-31T10:00:00Z")
    contact = ghl.contact()
    client = ghl.client()
    schedule_id = client.post("/invoices/schedule", json=schedule_body(ghl, contact)).json()["_id"]
    client.post(f"/invoices/schedule/{schedule_id}/schedule", json={**alt(ghl), "liveMode": False})
    cancelled = client.post(f"/invoices/schedule/{schedule_id}/cancel", json=alt(ghl))
    assert cancelled.json()["status"] == "cancelled"
    ghl.advance(days=90)
    assert len(issued(ghl)) == 1
    again = client.post(f"/invoices/schedule/{schedule_id}/schedule", json={**alt(ghl), "liveMode": False})
    assert (again.status_code, again.json()["message"]) == (400, "Schedule in cancelled status cannot be scheduled")
    listed = client.get("/invoices/schedule", params={**alt(ghl), "limit": "10", "offset": "0"}).json()
    assert [s["_id"] for s in listed["schedules"]] == [schedule_id]
    assert client.delete(f"/invoices/schedule/{schedule_id}", params=alt(ghl)).json()["success"] is True
