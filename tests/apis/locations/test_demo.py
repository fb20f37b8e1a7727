"""The Locations and Snapshots parts of the demo sandbox, as the API shows them."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=6, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=2, blog_posts=1, conversations=1)


def test_the_demo_has_custom_values_templates_and_a_pushed_snapshot():
    app = build_app(Settings(random_seed="locations-demo"))
    try:
        summary = load_demo(app.world, plan=SMALL)
        token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"],
                                      location_id=summary["mainLocationId"], scopes=None, kind="pit",
                                      expires_in=None, client_id=None, user_id=None,
                                      with_refresh=False)["access_token"]
        api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                           headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
        main = summary["mainLocationId"]
        values = api.get(f"/locations/{main}/customValues").json()["customValues"]
        assert "{{ custom_values.company_name }}" in {v["fieldKey"] for v in values}
        templates = api.get(f"/locations/{main}/templates", params={"originId": main}).json()
        assert templates["totalCount"] == summary["templates"] == 2
        pushes = app.world.store.scan(summary["companyId"], "snapshotPushes")
        assert [(p["snapshotId"], p["locationId"]) for p in pushes] == [(summary["snapshotId"],
                                                                         summary["secondLocationId"])]
    finally:
        app.world.close()
