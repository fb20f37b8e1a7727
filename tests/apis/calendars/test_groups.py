"""Calendar groups: CRUD, slugs (format, uniqueness, reuse after delete), and disabling a group."""

from __future__ import annotations

import pytest

from tests.apis.calendars.conftest import Desk


def test_a_group_is_created_listed_edited_and_deleted(desk: Desk):
    group = desk.group(slug="sales", name="Sales")
    assert group == {"id": group["id"], "locationId": desk.location_id, "name": "Sales",
                     "description": "Sales team", "slug": "sales", "isActive": True}

    listed = desk.http.get("/calendars/groups", params={"locationId": desk.location_id}).json()["groups"]
    assert [g["id"] for g in listed] == [group["id"]]

    edited = desk.http.put(f"/calendars/groups/{group['id']}",
                           json={"name": "Sales EU", "description": "Europe", "slug": "sales-eu"})
    assert edited.status_code == 200
    assert edited.json()["group"] | {"traceId": None} == {**group, "name": "Sales EU", "description": "Europe",
                                                            "slug": "sales-eu", "traceId": None}

    deleted = desk.http.delete(f"/calendars/groups/{group['id']}")
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    assert desk.http.get("/calendars/groups", params={"locationId": desk.location_id}).json()["groups"] == []


def test_validate_slug_answers_whether_a_slug_is_free(desk: Desk):
    desk.group(slug="sales")
    validate = lambda slug: desk.http.post("/calendars/groups/validate-slug",
                                           json={"locationId": desk.location_id, "slug": slug})
    taken, free = validate("sales"), validate("support")
    assert (taken.status_code, taken.json()["available"]) == (200, False)
    assert (free.status_code, free.json()["available"]) == (200, True)


def test_a_taken_slug_cannot_be_used_again_until_its_group_is_deleted(desk: Desk):
    first = desk.group(slug="sales")
    second = desk.group(slug="support")
    again = desk.http.post("/calendars/groups", json={"locationId": desk.location_id, "name": "Dup",
                                                      "description": "", "slug": "sales"})
    assert again.status_code == 400
    assert again.json()["message"] == "Slug is already taken"

    renamed = desk.http.put(f"/calendars/groups/{second['id']}",
                            json={"name": "Support", "description": "", "slug": "sales"})
    assert (renamed.status_code, renamed.json()["message"]) == (400, "Slug is already taken")
    keeps_own = desk.http.put(f"/calendars/groups/{first['id']}",
                              json={"name": "S", "description": "", "slug": "sales"})
    assert keeps_own.status_code == 200

    desk.http.delete(f"/calendars/groups/{first['id']}")
    assert desk.http.post("/calendars/groups/validate-slug",
                          json={"locationId": desk.location_id, "slug": "sales"}).json()["available"] is True
    assert desk.group(slug="sales")["slug"] == "sales"


def test_slugs_are_unique_per_location_only(desk: Desk, ghl_app):
    from mock_server.testing.tenant import GhlTenant

    other = GhlTenant(ghl_app, seed="another-location-with-sales")
    try:
        desk.group(slug="sales")
        theirs = other.client(version="2021-04-15").post("/calendars/groups", json={
            "locationId": other.location_id, "name": "Sales", "description": "", "slug": "sales"})
        assert theirs.status_code == 201
    finally:
        other.close()


def test_groups_and_calendars_have_separate_slug_namespaces(desk: Desk):
    desk.group(slug="consult")
    assert desk.calendar(slug="consult")["slug"] == "consult"
    taken = desk.http.post("/calendars/", json={"locationId": desk.location_id, "name": "B", "slug": "consult"})
    assert (taken.status_code, taken.json()["message"]) == (400, "Slug is already taken")


@pytest.mark.ghl_allow_violations  # sends invalid input on purpose
def test_a_malformed_slug_is_refused_with_a_422(desk: Desk):
    for slug in ("Sales", "sales team", "-sales", "sales--eu", "", "s" * 101):
        response = desk.http.post("/calendars/groups", json={"locationId": desk.location_id, "name": "S",
                                                             "description": "", "slug": slug})
        assert response.status_code == 422, slug
        assert response.json()["message"] == ["slug must contain only lowercase letters, numbers and single hyphens"]


def test_unknown_groups_get_400(desk: Desk):
    for response in (
        desk.http.put("/calendars/groups/nope", json={"name": "n", "description": "", "slug": "n"}),
        desk.http.put("/calendars/groups/nope/status", json={"isActive": False}),
        desk.http.delete("/calendars/groups/nope"),
        desk.http.get("/calendars/", params={"locationId": desk.location_id, "groupId": "nope"}),
    ):
        assert (response.status_code, response.json()["message"]) == (400, "Group not found")


def test_a_disabled_group_takes_no_bookings_until_enabled_again(desk: Desk):
    group = desk.group()
    calendar = desk.calendar(groupId=group["id"])
    off = desk.http.put(f"/calendars/groups/{group['id']}/status", json={"isActive": False})
    assert (off.status_code, off.json()["success"]) == (200, True)
    listed = desk.http.get("/calendars/groups", params={"locationId": desk.location_id}).json()["groups"]
    assert listed[0]["isActive"] is False

    slots = desk.slots(calendar["id"])
    assert (slots.status_code, slots.json()["message"]) == (400, "Calendar is inactive")
    booking = desk.book(calendar["id"], "2026-03-02T09:00:00-05:00")
    assert (booking.status_code, booking.json()["message"]) == (400, "Calendar is inactive")

    desk.http.put(f"/calendars/groups/{group['id']}/status", json={"isActive": True})
    assert desk.monday_slots(calendar["id"])[0] == "2026-03-02T09:00:00-05:00"
    assert desk.book(calendar["id"], "2026-03-02T09:00:00-05:00").status_code == 200


def test_deleting_a_group_detaches_its_calendars_and_their_appointments(desk: Desk):
    group = desk.group()
    calendar = desk.calendar(groupId=group["id"])
    booked = desk.book(calendar["id"], "2026-03-02T09:00:00-05:00").json()
    assert desk.http.get(f"/calendars/events/appointments/{booked['id']}").json()["event"]["groupId"] == group["id"]
    desk.http.delete(f"/calendars/groups/{group['id']}")
    fetched = desk.http.get(f"/calendars/{calendar['id']}").json()["calendar"]
    assert "groupId" not in fetched
    assert "groupId" not in desk.http.get(f"/calendars/events/appointments/{booked['id']}").json()["event"]
    events = desk.http.get("/calendars/events", params={"locationId": desk.location_id, "groupId": group["id"],
                                                        "startTime": "0", "endTime": "1"})
    assert (events.status_code, events.json()["message"]) == (400, "Group not found")
