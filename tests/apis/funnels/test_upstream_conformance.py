"""The redirect answers the generic upstream walk cannot reach (a redirect's target must name a real funnel or
URL), validated against GHL's official funnels.json. Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_redirect_answers_match_the_official_schemas(ghl):
    api = ghl.client()
    created = api.post("/funnels/lookup/redirect", json={"locationId": ghl.location_id, "domain": "example.com",
                                                         "path": "/a", "target": "https://b.example.com", "action": "url"})
    redirect_id = created.json()["data"]["id"]
    answers = [
        ("POST", "/funnels/lookup/redirect", created),
        ("PATCH", "/funnels/lookup/redirect/{id}", api.patch(f"/funnels/lookup/redirect/{redirect_id}", json={
            "locationId": ghl.location_id, "target": ghl.funnel()["_id"], "action": "funnel"})),
        ("DELETE", "/funnels/lookup/redirect/{id}", api.delete(f"/funnels/lookup/redirect/{redirect_id}",
                                                               params={"locationId": ghl.location_id})),
    ]
    for method, path, answer in answers:
        assert answer.status_code == 200, answer.text
        assert upstream.response_problems("funnels.json", method, path, answer.status_code, answer.json()) == []
