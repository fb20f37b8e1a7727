"""PUT and DELETE /locations/{id} (agency), time zones, and the v3 permissions and conversation channels."""

from __future__ import annotations

import pytest

MONDAY = "2026-03-02T00:00:00Z"


def test_an_agency_updates_its_location_and_reads_it_back(ghl):
    agency = ghl.client(agency=True)
    answer = agency.put(f"/locations/{ghl.location_id}", json={
        "companyId": ghl.company_id, "name": "Renamed", "city": "Austin", "settings": {"allowDuplicateContact": True},
        "social": {"twitter": "https://x.test/a"}})
    assert answer.status_code == 200, answer.text
    location = agency.get(f"/locations/{ghl.location_id}").json()["location"]
    assert (location["name"], location["city"], location["business"]["name"]) == ("Renamed", "Austin", "Renamed")
    assert location["settings"]["allowDuplicateContact"] is True
    assert location["settings"]["allowDuplicateOpportunity"] is False  # the other settings stay
    assert location["social"]["twitter"] == "https://x.test/a"


def test_a_timezone_change_moves_the_free_slots(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    ghl.client(agency=True).put(f"/locations/{ghl.location_id}",
                                json={"companyId": ghl.company_id, "timezone": "America/New_York"})
    calendar = ghl.calendar()
    before = ghl.free_slots(calendar, days=1, start=ghl.now().replace(day=2, hour=0))
    assert before[0] == "2026-03-02T09:00:00-05:00"
    answer = ghl.client(agency=True).put(f"/locations/{ghl.location_id}",
                                         json={"companyId": ghl.company_id, "timezone": "Europe/Berlin"})
    assert answer.status_code == 200 and answer.json()["timezone"] == "Europe/Berlin"
    after = ghl.free_slots(calendar, days=1, start=ghl.now().replace(day=2, hour=0))
    assert after[0] != before[0]
    assert after[0].endswith("+01:00") and "T09:00:00" in after[0]  # 9:00 in Berlin now, not New York


@pytest.mark.ghl_allow_violations
def test_bad_updates_are_refused_and_change_nothing(ghl):
    agency = ghl.client(agency=True)
    path = f"/locations/{ghl.location_id}"
    before = agency.get(path).json()["location"]
    for body in ({"companyId": ghl.company_id, "timezone": "Mars/Olympus"}, {"timezone": "Europe/Berlin"},
                 {"companyId": ghl.company_id, "name": ""}, {"companyId": ghl.company_id, "country": "ZZ"}):
        answer = agency.put(path, json=body)
        assert answer.status_code == 422 and answer.json()["statusCode"] == 422, body
    unknown_snapshot = agency.put(path, json={"companyId": ghl.company_id, "name": "Changed",
                                              "snapshot": {"id": "noSuchSnapshot000000"}})
    assert (unknown_snapshot.status_code, unknown_snapshot.json()["message"]) == (400, "Snapshot not found")
    assert agency.get(path).json()["location"] == before  # nothing half-written


def test_a_location_token_cannot_update_or_delete(ghl_client, ghl):
    assert ghl_client.put(f"/locations/{ghl.location_id}", json={"companyId": ghl.company_id}).status_code == 401
    assert ghl_client.delete(f"/locations/{ghl.location_id}",
                             params={"deleteTwilioAccount": "false"}).status_code == 401


def test_deleting_a_location_deletes_what_it_owns(ghl):
    agency = ghl.client(agency=True)
    other = ghl.location(name="Doomed")
    other_client = ghl.client(token=ghl.token(location_id=other["id"]))
    contact = other_client.post("/contacts/", json={"locationId": other["id"], "firstName": "Gone"}).json()["contact"]
    answer = agency.delete(f"/locations/{other['id']}", params={"deleteTwilioAccount": "false"})
    assert answer.status_code == 200
    assert answer.json() | {"traceId": None} == {"success": True, "message": f"Deleted location with id: {other['id']}",
                                                 "traceId": None}
    assert other["id"] not in {loc["id"] for loc in agency.get("/locations/search").json()["locations"]}
    assert agency.get(f"/locations/{other['id']}").status_code in (400, 403)
    assert ghl.world.store.get(other["id"], "contacts", contact["id"]) is None
    assert ghl.client().get(f"/locations/{ghl.location_id}").status_code == 200  # the others stay


def test_timezones_lists_the_zones_a_location_takes(ghl_client, ghl):
    zones = ghl_client.get(f"/locations/{ghl.location_id}/timezones").json()["timeZones"]
    assert "Europe/Berlin" in zones and "America/New_York" in zones and zones == sorted(zones)
    assert "Mars/Olympus" not in zones


def test_permissions_v3(ghl):
    agency = ghl.client(agency=True, version="v3")
    path = f"/locations/{ghl.location_id}/permissions"
    assert "crm" in agency.get(path).json()["permissions"]
    changed = agency.put(path, json={"permissions": ["crm", "workflow", "crm"]})
    assert changed.status_code == 200 and changed.json()["permissions"] == ["crm", "workflow"]
    assert agency.get(path).json()["permissions"] == ["crm", "workflow"]


@pytest.mark.ghl_allow_violations
def test_an_unknown_permission_is_refused_and_nothing_changes(ghl):
    agency = ghl.client(agency=True, version="v3")
    path = f"/locations/{ghl.location_id}/permissions"
    before = agency.get(path).json()["permissions"]
    assert agency.put(path, json={"permissions": ["crm", "teleportation"]}).status_code == 422
    assert agency.get(path).json()["permissions"] == before


def test_conversation_channels_follow_the_locations_providers(ghl):
    client = ghl.client(version="v3")
    path = f"/locations/{ghl.location_id}/conversationChannels"
    sms = client.get(f"{path}/SMS").json()["conversationChannel"]["SMS"]
    assert [(p["conversationProvider"]["name"], p["conversationProvider"]["default"]) for p in sms] == [
        ("LC Phone", True)]
    ghl.client(agency=True).put(f"/locations/{ghl.location_id}", json={
        "companyId": ghl.company_id, "twilio": {"sid": "AC1", "authToken": "secret"}})
    sms = client.get(f"{path}/SMS").json()["conversationChannel"]["SMS"]
    assert [(p["conversationProvider"]["name"], p["conversationProvider"]["default"]) for p in sms] == [
        ("Twilio", True), ("LC Phone", False)]
    email = client.get(f"{path}/Email").json()["conversationChannel"]["Email"]
    assert [p["conversationProvider"]["_id"] for p in email] == ["lc_email"]
    assert "secret" not in str(ghl.client(agency=True).get(f"/locations/{ghl.location_id}").json())


@pytest.mark.ghl_allow_violations
def test_an_unknown_channel_type_is_refused(ghl):
    answer = ghl.client(version="v3").get(f"/locations/{ghl.location_id}/conversationChannels/Fax")
    assert answer.status_code == 422
