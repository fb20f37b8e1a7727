"""The demo sandbox's custom object: vehicles whose records are related to contacts, as the API shows them."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=12, second_location_contacts=2, businesses=2, calendars=2, booked_share=0.05)


def test_the_demo_has_vehicles_related_to_contacts():
    app = build_app(Settings(bootstrap=False))
    try:
        summary = load_demo(app.world, plan=SMALL)
        main = summary["mainLocationId"]
        with httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL) as control:
            token = control.post("/_mock/tokens", json={"locationId": main}).json()["access_token"]
        with httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                          headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"}) as api:
            vehicles = api.post("/objects/custom_objects.vehicle/records/search",
                                json={"locationId": main, "pageLimit": 50}).json()
            assert vehicles["total"] == summary["vehicle records"] > 0
            for vehicle in vehicles["records"]:
                relations = api.get(f"/associations/relations/{vehicle['id']}",
                                    params={"locationId": main, "skip": 0, "limit": 10}).json()["relations"]
                assert [r["firstObjectKey"] for r in relations] == ["contact"]
                owner = api.get(f"/contacts/{relations[0]['firstRecordId']}")
                assert owner.status_code == 200
    finally:
        app.world.close()
