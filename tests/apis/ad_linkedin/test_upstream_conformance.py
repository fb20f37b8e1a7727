"""The LinkedIn Ads answers the generic upstream walk cannot reach (campaign groups it cannot create, the
seeded ad account's forms and removal), checked against GHL's official ad-manager.json. Skipped when the
official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis.ad_linkedin.demo import lead_form

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
BASE = "/ad-publishing/linkedin"


def test_the_unwalked_answers_match_the_official_file(ghl):
    group = ghl.linkedin_campaign_group()
    account = ghl.linkedin_integration()["adAccountId"]
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    window = loc | {"startDate": "2024-01-01", "endDate": "2024-01-31"}
    published = api.post(f"{BASE}/ads/{group['id']}/publish", json=loc)
    answers = [
        ("POST", "/ad-publishing/linkedin/ads/{adId}/publish", published),
        ("GET", "/ad-publishing/linkedin/ads/{adId}", api.get(f"{BASE}/ads/{group['id']}", params=loc)),
        ("PATCH", "/ad-publishing/linkedin/{adId}/status", api.patch(
            f"{BASE}/{group['id']}/status", params=loc, json={"operationType": "PAUSED", "type": "adGroup"})),
        ("GET", "/ad-publishing/linkedin/reporting/list", api.get(f"{BASE}/reporting/list", params=window | {
            "listType": "campaigns", "campaignGroupId": group["id"], "campaignId": "-"})),
        ("GET", "/ad-publishing/linkedin/reporting/campaign-group/{campaignGroupId}",
         api.get(f"{BASE}/reporting/campaign-group/{group['id']}", params=window)),
        ("POST", "/ad-publishing/linkedin/{accountId}/form",
         api.post(f"{BASE}/{account}/form", params=loc, json=lead_form(account, "Form"))),
        ("DELETE", "/ad-publishing/linkedin/ad-account",
         api.delete(f"{BASE}/ad-account", params=loc | {"adAccountId": account})),
    ]
    for method, path, answer in answers:
        assert answer.status_code in (200, 201), (path, answer.text)
        assert upstream.response_problems("ad-manager.json", method, path, answer.status_code, answer.json()) == []
