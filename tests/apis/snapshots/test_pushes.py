"""Snapshot pushes: a location given a snapshot, its push status running on the mock clock."""

from __future__ import annotations

import pytest

from mock_server.apis.snapshots.pushes import ASSETS, SECONDS_PER_ASSET


def _push(ghl, snapshot, location_id=None):
    answer = ghl.client(agency=True).put(f"/locations/{location_id or ghl.location_id}", json={
        "companyId": ghl.company_id, "snapshot": {"id": snapshot["id"], "override": True}})
    assert answer.status_code == 200, answer.text


def test_a_push_progresses_on_the_mock_clock(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    snapshot = ghl.snapshot("Dental")
    _push(ghl, snapshot)
    agency = ghl.client(agency=True)
    latest = f"/snapshots/snapshot-status/{snapshot['id']}/location/{ghl.location_id}"
    params = {"companyId": ghl.company_id}
    start = agency.get(latest, params=params).json()["data"]
    assert (start["status"], start["completed"], start["pending"]) == ("processing", [], list(ASSETS))
    ghl.advance(2 * SECONDS_PER_ASSET)
    midway = agency.get(latest, params=params).json()["data"]
    assert (midway["status"], midway["completed"]) == ("processing", list(ASSETS[:2]))
    ghl.advance(len(ASSETS) * SECONDS_PER_ASSET)
    done = agency.get(latest, params=params).json()["data"]
    assert (done["status"], done["pending"], done["locationId"]) == ("completed", [], ghl.location_id)


def test_the_pushes_of_a_snapshot_are_listed_by_date_and_paged(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    snapshot = ghl.snapshot()
    second = ghl.location(name="Second")
    _push(ghl, snapshot)
    ghl.advance(hours=1)
    _push(ghl, snapshot, second["id"])
    agency = ghl.client(agency=True)
    path = f"/snapshots/snapshot-status/{snapshot['id']}"
    window = {"companyId": ghl.company_id, "from": "03-01-2026 12:00 AM", "to": "03-02-2026 12:00 AM",
              "lastDoc": "", "limit": "1"}
    first_page = agency.get(path, params=window).json()["data"]
    assert [p["locationId"] for p in first_page] == [ghl.location_id]
    assert first_page[0]["status"] == "completed"  # an hour later, the first push is done
    next_page = agency.get(path, params={**window, "lastDoc": first_page[0]["id"]}).json()["data"]
    assert [(p["locationId"], p["status"]) for p in next_page] == [(second["id"], "processing")]
    early = agency.get(path, params={**window, "to": "03-01-2026 12:30 PM", "limit": "10"}).json()["data"]
    assert [p["locationId"] for p in early] == [ghl.location_id]


def test_a_location_created_from_a_snapshot_is_pushed(ghl):
    snapshot = ghl.snapshot()
    made = ghl.client(agency=True).post("/locations/", json={"name": "From snapshot", "companyId": ghl.company_id,
                                                             "snapshotId": snapshot["id"]}).json()
    latest = ghl.client(agency=True).get(f"/snapshots/snapshot-status/{snapshot['id']}/location/{made['id']}",
                                         params={"companyId": ghl.company_id})
    assert latest.status_code == 200 and latest.json()["data"]["locationId"] == made["id"]


@pytest.mark.ghl_allow_violations
def test_bad_push_queries_are_refused(ghl):
    snapshot = ghl.snapshot()
    agency = ghl.client(agency=True)
    never = agency.get(f"/snapshots/snapshot-status/{snapshot['id']}/location/{ghl.location_id}",
                       params={"companyId": ghl.company_id})
    assert (never.status_code, never.json()["message"]) == (400, "No snapshot push found for this location")
    bad_date = agency.get(f"/snapshots/snapshot-status/{snapshot['id']}", params={
        "companyId": ghl.company_id, "from": "yesterday", "to": "03-02-2026 12:00 AM", "lastDoc": "", "limit": "1"})
    assert bad_date.status_code == 422
    unknown = agency.get("/snapshots/snapshot-status/noSuchSnapshot000000", params={
        "companyId": ghl.company_id, "from": "03-01-2026 12:00 AM", "to": "03-02-2026 12:00 AM", "lastDoc": "",
        "limit": "1"})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Snapshot not found")


def test_share_links(ghl):
    snapshot = ghl.snapshot()
    agency = ghl.client(agency=True)
    path, params = "/snapshots/share/link", {"companyId": ghl.company_id}
    link = agency.post(path, params=params, json={"snapshot_id": snapshot["id"], "share_type": "permanent_link"})
    assert link.status_code == 201, link.text
    assert link.json()["shareLink"] == f"https://affiliates.gohighlevel.com/?share={link.json()['id']}"
    scoped = agency.post(path, params=params, json={"snapshot_id": snapshot["id"], "share_type": "location_link",
                                                    "share_location_id": f"{ghl.location_id}, abc"})
    assert scoped.status_code == 201 and scoped.json()["id"] != link.json()["id"]


@pytest.mark.ghl_allow_violations
def test_bad_share_links_are_refused_and_nothing_is_stored(ghl):
    snapshot = ghl.snapshot()
    agency = ghl.client(agency=True)
    path, params = "/snapshots/share/link", {"companyId": ghl.company_id}
    for body, status in (({"snapshot_id": snapshot["id"], "share_type": "agency_link"}, 422),
                         ({"snapshot_id": snapshot["id"], "share_type": "location_link"}, 422),
                         ({"snapshot_id": snapshot["id"], "share_type": "public"}, 422),
                         ({"snapshot_id": "noSuchSnapshot000000", "share_type": "link"}, 400)):
        assert agency.post(path, params=params, json=body).status_code == status, body
    assert ghl.world.store.count(ghl.company_id, "snapshotShareLinks") == 0
