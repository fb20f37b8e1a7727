"""An agency's SaaS plans (plans.py): seeded through the control plane, listed and read with agency tokens."""

from __future__ import annotations

import pytest

DEPRECATED = pytest.mark.ghl_allow_violations("deprecated_operation")


@DEPRECATED
def test_seeded_plans_are_listed_and_read_on_both_paths(ghl, agency):
    snapshot = ghl.snapshot("Gym starter")
    first = ghl.saas_plan("Starter", amount=49, trial_days=14, snapshotId=snapshot["id"], setupFee=99)
    second = ghl.saas_plan("Pro", amount=199)
    assert first["prices"][0] | {"id": None} == {"id": None, "billingInterval": "month", "amount": 49,
                                                  "currency": "USD", "symbol": "$", "active": True}
    for prefix in ("/saas", "/saas-api/public-api"):
        listed = agency.get(f"{prefix}/agency-plans/{ghl.company_id}")
        assert listed.status_code == 200
        assert [p["planId"] for p in listed.json()] == [first["planId"], second["planId"]]
        assert "companyId" not in listed.json()[0] and "setupFee" not in listed.json()[0]
        read = agency.get(f"{prefix}/saas-plan/{first['planId']}", params={"companyId": ghl.company_id})
        assert read.status_code == 200
        plan = read.json()
        assert (plan["title"], plan["trialPeriod"], plan["setupFee"], plan["snapshotId"], plan["companyId"]) == \
            ("Starter", 14, 99, snapshot["id"], ghl.company_id)
        assert [p["billingInterval"] for p in plan["prices"]] == ["month", "year"]


def test_an_unknown_plan_is_404_and_another_agencys_plan_is_403(ghl, agency, other_agency):
    unknown = agency.get("/saas/saas-plan/NoSuchPlan0000000000", params={"companyId": ghl.company_id})
    assert (unknown.status_code, unknown.json()["message"]) == (404, "SaaS plan not found")
    theirs = other_agency.saas_plan()
    foreign = agency.get(f"/saas/saas-plan/{theirs['planId']}", params={"companyId": ghl.company_id})
    assert foreign.status_code == 403
    assert agency.get(f"/saas/agency-plans/{other_agency.company_id}").status_code == 403
    assert agency.get(f"/saas/agency-plans/{ghl.company_id}").json() == []


def test_a_plan_must_name_the_agencys_own_snapshot_and_provider(ghl, other_agency):
    control = ghl.client()
    path = f"/_mock/companies/{ghl.company_id}/saas/plans"
    body = {"title": "Bad", "prices": [{"amount": 10}]}
    no_snapshot = control.post(path, json=body | {"snapshotId": other_agency.snapshot()["id"]})
    assert no_snapshot.status_code == 400
    no_provider = control.post(path, json=body | {"providerLocationId": other_agency.location_id})
    assert (no_provider.status_code, no_provider.json()["message"]) == (400, "Provider location not found")
    assert control.post(path, json={"title": "No price", "prices": []}).status_code == 422
    assert ghl.client(agency=True).get(f"/saas/agency-plans/{ghl.company_id}").json() == []


def test_plans_take_an_agency_token_with_the_saas_scope(ghl):
    path = f"/saas/agency-plans/{ghl.company_id}"
    assert ghl.client().get(path).status_code == 401  # a location token
    refused = ghl.client(["saas/location.read"], agency=True).get(path)
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client(["saas/company.read"], agency=True).get(path).status_code == 200
