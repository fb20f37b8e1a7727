"""E-mail schedules (GET /emails/schedule): seeded through the control plane, listed with the official file's
filters and defaults, every field ScheduleDto requires answered."""

from __future__ import annotations

import pytest


def _list(ghl, **params):
    answer = ghl.client().get("/emails/schedule", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_seeded_schedule_is_listed_with_its_template(ghl):
    template = ghl.email_template("Welcome")
    schedule = ghl.email_schedule("Welcome series", templateId=template["id"])
    listed = _list(ghl)
    assert listed["total"] == ["1"]
    one = listed["schedules"][0]
    assert (one["id"], one["_id"], one["name"], one["templateId"], one["templateType"]) == (
        schedule["id"], schedule["id"], "Welcome series", template["id"], "html")
    assert (one["status"], one["parentId"], one["childCount"], one["child"]) == ("active", "", 0, [])


def test_the_defaults_and_filters(ghl):
    ghl.freeze("2026-02-01T08:00:00Z")
    folder = ghl.email_schedule("Seasonal", campaignType="folder")
    ghl.advance(minutes=1)
    spring = ghl.email_schedule("Spring sale", parentId=folder["id"])
    ghl.advance(minutes=1)
    draft = ghl.email_schedule("Draft idea", status="draft", emailStatus="not-started")
    ghl.advance(minutes=1)
    old = ghl.email_schedule("Old promo", archived=True)

    def ids(**params):
        return [s["id"] for s in _list(ghl, **params)["schedules"]]

    assert ids() == [spring["id"], folder["id"]]
    assert ids(status="draft") == [] and ids(status="draft", emailStatus="all") == [draft["id"]]
    assert ids(archived="true") == [old["id"]]
    assert ids(campaignsOnly="true") == [spring["id"]]
    assert ids(parentId=folder["id"]) == [spring["id"]]
    assert ids(name="SPRING") == [spring["id"]]
    assert ids(limit=1, offset=1) == [folder["id"]]
    folder_listed = next(s for s in _list(ghl)["schedules"] if s["id"] == folder["id"])
    assert (folder_listed["childCount"], folder_listed["child"]) == (1, [spring["id"]])


@pytest.mark.ghl_allow_violations
def test_bad_seeds_and_queries_are_refused(ghl):
    control = ghl.client()
    path = f"/_mock/locations/{ghl.location_id}/email-schedules"
    plain = ghl.email_schedule("Plain")
    assert control.post(path, json={"name": "x", "status": "sending"}).status_code == 422
    assert control.post(path, json={"name": "x", "templateId": "noSuchTemplate000000"}).status_code == 404
    assert control.post(path, json={"name": "x", "parentId": plain["id"]}).status_code == 400
    assert control.get("/emails/schedule", params={"locationId": ghl.location_id,
                                                   "status": "sending"}).status_code == 422
    assert _list(ghl)["total"] == ["1"]
