"""The webhook control plane's event catalog and an app's subscriptions, read from the areas' indexes."""

from __future__ import annotations

import httpx

from mock_server.apis import AREA_NAMES, load_area
from mock_server.app import build_app
from mock_server.platform import area_index
from mock_server.platform.areas import Areas
from mock_server.settings import Settings
from mock_server.testing.transport import InProcessTransport
from mock_server.webhooks.catalog import CATALOG


def test_the_catalog_says_which_events_the_mock_sends_and_what_causes_them(ghl):
    rows = {row["name"]: row for row in ghl.client().get("/_mock/webhooks/catalog").json()["events"]}
    assert list(rows) == list(CATALOG)
    assert rows["ContactCreate"]["sent"] and rows["ContactCreate"]["causedBy"] == ["create-contact", "upsert-contact"]
    assert rows["PLAN_CHANGE"]["sent"] is False and rows["PLAN_CHANGE"]["causedBy"] == []
    declared = {event.name: [cause.operation for cause in event.causes] for event in ghl.world.areas.events}
    assert {name: row["causedBy"] for name, row in rows.items() if row["sent"]} == {
        name: causes for name, causes in declared.items() if name in CATALOG}


def test_subscribing_an_app_and_reading_the_catalog_import_no_area():
    """Both read the event names from the areas' indexes: a first subscription is not the seconds importing
    every area takes."""
    app = build_app(Settings(bootstrap=True), areas=Areas.indexed(area_index.read(AREA_NAMES), load_area))
    try:
        control = httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1")
        company = app.world.meta("bootstrap")["companyId"]
        made = control.post("/_mock/oauth/apps", json={"name": "lazy", "companyId": company}).json()
        patched = control.patch(f"/_mock/oauth/apps/{made['clientId']}",
                                json={"events": ["ContactCreate", "AppointmentCreate", "INSTALL"]})
        assert patched.status_code == 200 and patched.json()["events"] == ["ContactCreate", "AppointmentCreate",
                                                                           "INSTALL"]
        refused = control.patch(f"/_mock/oauth/apps/{made['clientId']}", json={"events": ["ContactCreated"]})
        assert refused.status_code == 422
        assert control.get("/_mock/webhooks/catalog").status_code == 200
        assert app.world.areas._loaded == {}
    finally:
        app.world.close()
