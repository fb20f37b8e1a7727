"""The v3-only SaaS answers the generic upstream walk cannot reach, checked against GHL's official
v3/saas-v3.json. Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
FILE = "v3/saas-v3.json"


def test_the_v3_answers_match_the_official_file(ghl):
    agency = ghl.client(agency=True, version="v3")
    agency.post(f"/saas/enable-saas/{ghl.location_id}", json={
        "companyId": ghl.company_id, "isSaaSV2": False, "stripeAccountId": "acct_1", "name": "A", "email": "a@b.co"})
    wallet = f"/saas-api/public-api/companies/{ghl.company_id}/locations/{ghl.location_id}/wallet-balance"
    answers = [
        ("POST", "/saas/allow-attach-rebilling/{locationId}", agency.post(
            f"/saas/allow-attach-rebilling/{ghl.location_id}",
            json={"companyId": ghl.company_id, "attachedRebillingConfig": {"Phone": {"enabled": True, "markup": 3}}})),
        ("POST", "/saas-api/public-api/companies/{companyId}/locations/{locationId}/wallet-balance/"
                 "complimentary-credits", agency.post(wallet + "/complimentary-credits",
                                                      json={"complimentaryCreditsAmount": 10})),
        ("GET", "/saas-api/public-api/companies/{companyId}/locations/{locationId}/wallet-balance", agency.get(wallet)),
    ]
    for method, path, answer in answers:
        assert answer.status_code == 200, (path, answer.text)
        assert upstream.response_problems(FILE, method, path, 200, answer.json()) == []
