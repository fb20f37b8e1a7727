"""Every LinkedIn Ads answer, checked against GHL's official ad-manager.json: the generic upstream walk reaches
none of them (each needs a LinkedIn connection, made by the control plane). Skipped when the official files
are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis.ad_linkedin.demo import lead_form
from mock_server.apis.ad_linkedin.upstream import UNWALKED

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
BASE = "/ad-publishing/linkedin"


def test_every_answer_matches_the_official_file(ghl):
    ghl.linkedin_connection()
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    account = api.get(f"{BASE}/ad-accounts", params=loc).json()["elements"][0]
    window = loc | {"startDate": "2024-01-01", "endDate": "2024-01-31"}
    answers = [
        ("POST", "integration", api.post(f"{BASE}/integration", json=loc | {
            "adAccountId": account["id"], "adAccountName": account["name"], "currencyCode": "USD",
            "organizationId": account["organizationId"]})),
        ("GET", "integration", api.get(f"{BASE}/integration", params=loc)),
        ("GET", "ad-accounts", api.get(f"{BASE}/ad-accounts", params=loc)),
        ("GET", "ad-account", api.get(f"{BASE}/ad-account", params=loc | {"adAccountId": account["id"]})),
        ("GET", "me", api.get(f"{BASE}/me", params=loc)),
        ("GET", "targeting/search", api.get(f"{BASE}/targeting/search", params=loc | {"facet": "titles"})),
        ("POST", "{accountId}/form", api.post(f"{BASE}/{account['id']}/form", params=loc,
                                              json=lead_form(account["id"], "Form"))),
        ("GET", "{accountId}/forms", api.get(f"{BASE}/{account['id']}/forms", params=loc)),
    ]
    group = ghl.linkedin_campaign_group()
    answers += [
        ("PUT", "ads", api.put(f"{BASE}/ads", json=loc | {"id": group["id"], "name": "Renamed"})),
        ("POST", "ads/{adId}/publish", api.post(f"{BASE}/ads/{group['id']}/publish", json=loc)),
        ("GET", "ads/{adId}", api.get(f"{BASE}/ads/{group['id']}", params=loc)),
        ("PATCH", "{adId}/status", api.patch(f"{BASE}/{group['id']}/status", params=loc,
                                             json={"operationType": "PAUSED", "type": "adGroup"})),
        ("GET", "reporting", api.get(f"{BASE}/reporting", params=window)),
        ("GET", "reporting/list", api.get(f"{BASE}/reporting/list", params=window | {
            "listType": "campaigns", "campaignGroupId": group["id"], "campaignId": "-"})),
        ("GET", "reporting/campaign-group/{campaignGroupId}",
         api.get(f"{BASE}/reporting/campaign-group/{group['id']}", params=window)),
        ("DELETE", "ad-account", api.delete(f"{BASE}/ad-account", params=loc | {"adAccountId": account["id"]})),
    ]
    checked = set()
    for method, path, answer in answers:
        assert answer.status_code in (200, 201), (path, answer.text)
        full = f"{BASE}/{path}"
        assert upstream.response_problems("ad-manager.json", method, full, answer.status_code, answer.json()) == []
        checked.add(("ad-manager.json", method, full))
    assert checked == set(UNWALKED)
