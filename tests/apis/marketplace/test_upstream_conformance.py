"""The Marketplace answers the generic upstream walk cannot reach (they need a Marketplace app's own token, an
installation, its charges), validated against GHL's official marketplace.json. Skipped when the official
files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_the_apps_answers_match_the_official_schemas(ghl, app, as_app):
    meter = ghl.app_meter(app)
    charge = {"appId": app.app_id, "meterId": meter["meterId"], "eventId": "e1", "locationId": ghl.location_id,
              "companyId": ghl.company_id, "description": "d", "units": 2}
    created = as_app.post("/marketplace/billing/charges", json=charge)
    charge_id = created.json()["chargeId"]
    migration = {"type": "basic", "locationId": ghl.location_id, "appId": app.app_id, "appVersionId": app.version_id,
                 "accountId": "a1", "apiKey": "k"}
    answers = [
        ("POST", "/marketplace/billing/charges", created),
        ("GET", "/marketplace/billing/charges/{chargeId}", as_app.get(f"/marketplace/billing/charges/{charge_id}")),
        ("DELETE", "/marketplace/billing/charges/{chargeId}", as_app.delete(f"/marketplace/billing/charges/{charge_id}")),
        ("GET", "/marketplace/app/{appId}/installations", as_app.get(f"/marketplace/app/{app.app_id}/installations")),
        ("GET", "/marketplace/app/{appId}/rebilling-config/location/{locationId}",
         as_app.get(f"/marketplace/app/{app.app_id}/rebilling-config/location/{ghl.location_id}")),
        ("POST", "/marketplace/external-auth/migration", as_app.post("/marketplace/external-auth/migration",
                                                                     json=migration)),
        ("DELETE", "/marketplace/app/{appId}/installations",
         as_app.request("DELETE", f"/marketplace/app/{app.app_id}/installations",
                        json={"locationId": ghl.location_id, "reason": "done"})),
    ]
    for method, path, answer in answers:
        assert answer.status_code in (200, 201), answer.text
        assert upstream.response_problems("marketplace.json", method, path, answer.status_code, answer.json()) == []
