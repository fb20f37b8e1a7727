"""The Facebook campaign answers the generic upstream walk cannot reach (upstream.py's UNWALKED: the tree is made
by upserts in a connected ad account, audiences are seeded), validated against GHL's official files. Skipped
when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
BASE = "/ad-publishing/facebook"


def test_the_tree_and_reporting_answers_match_the_official_files(ghl):
    api, v3, where = ghl.client(), ghl.client(version="v3"), {"locationId": ghl.location_id}
    window = {**where, "startDate": "2026-01-01", "endDate": "2026-12-31"}
    campaign = ghl.facebook_campaign()
    adset = ghl.facebook_adset(campaign)
    ad = ghl.facebook_ad(adset)
    c, s, a = f"{BASE}/campaigns/{campaign['id']}", f"{BASE}/adsets/{adset['id']}", f"{BASE}/ads/{ad['id']}"
    answers = [
        ("PUT", "/campaigns", api.put(f"{BASE}/campaigns", json={**where, "id": campaign["id"], "name": "n"})),
        ("PUT", "/adsets", api.put(f"{BASE}/adsets", json={**where, "id": adset["id"],
                                                                "campaignId": campaign["id"], "name": "s"})),
        ("PUT", "/ads-v2", api.put(f"{BASE}/ads-v2", json={**where, "id": ad["id"],
                                                          "campaignId": campaign["id"], "adsetId": adset["id"]})),
        ("POST", "/campaigns/{campaignId}/publish", api.post(f"{c}/publish", json=where)),
        ("GET", "/campaign/{campaignId}", api.get(f"{BASE}/campaign/{campaign['id']}", params=where)),
        ("GET", "/targeting/search", api.get(f"{BASE}/targeting/search", params={"type": "interest", "query": "a"})),
        ("GET", "/reporting", api.get(f"{BASE}/reporting", params={**window, "groupBy": "month", "type": "AD_MANAGER",
                                                                   "fields": "impressions,spend"})),
        ("GET", "/reporting/list", api.get(f"{BASE}/reporting/list", params={**window, "listType": "ads",
                                                                            "type": "AD_MANAGER",
                                                                            "campaignId": campaign["id"]})),
        ("GET", "/reporting/campaign/{campaignId}", api.get(f"{BASE}/reporting/campaign/{campaign['id']}",
                                                            params=window)),
    ]
    for kind, param, path in (("campaigns", "campaignId", c), ("adsets", "adsetId", s), ("ads", "adId", a)):
        answers += [("POST", f"/{kind}/{{{param}}}/pause", api.post(f"{path}/pause", json=where)),
                    ("POST", f"/{kind}/{{{param}}}/resume", api.post(f"{path}/resume", json=where)),
                    ("POST", f"/{kind}/{{{param}}}/duplicate", api.post(f"{path}/duplicate", json=where))]
    progress = v3.get(f"{c}/publishing-progress", params=where)
    for kind, param, path in (("ads", "adId", a), ("adsets", "adsetId", s), ("campaigns", "campaignId", c)):
        answers.append(("DELETE", f"/{kind}/{{{param}}}", api.request("DELETE", path, json=where)))
    for method, path, answer in answers:
        assert answer.status_code in (200, 201), (path, answer.text)
        assert upstream.response_problems("ad-manager.json", method, BASE + path, answer.status_code,
                                          answer.json()) == [], path
    assert upstream.response_problems("v3/ad-publishing-v3.json", "GET",
                                      BASE + "/campaigns/{campaignId}/publishing-progress", 200, progress.json()) == []


def test_the_audience_answers_match_the_official_file(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    audience, contact = ghl.facebook_custom_audience(), ghl.contact()
    one, by_id = f"{BASE}/custom-audience/{audience['id']}", f"{BASE}/custom-audience/{{audienceId}}"
    member = {**where, "contactId": contact["id"]}
    listing = {**where, "type": "all", "adAccountId": ghl.facebook_campaign()["fbAdAccountId"]}
    answers = [
        ("GET", f"{BASE}/custom-audience", api.get(f"{BASE}/custom-audience", params=listing)),
        ("GET", by_id, api.get(one, params=where)),
        ("PUT", by_id, api.put(one, json={**where, "name": "Renamed"})),
        ("PUT", f"{by_id}/member", api.put(f"{one}/member", json=member)),
        ("DELETE", f"{by_id}/member", api.request("DELETE", f"{one}/member", json=member)),
        ("PUT", f"{by_id}/member/batch", api.put(f"{one}/member/batch", json={**where, "operationType": "ADD",
                                                                             "csvPath": "/uploads/a.csv"})),
        ("DELETE", by_id, api.delete(one, params=where)),
    ]
    assert len(answers[0][2].json()) == 1
    for method, path, answer in answers:
        assert answer.status_code == 200, (path, answer.text)
        assert upstream.response_problems("ad-manager.json", method, path, 200, answer.json()) == [], path
