"""A SaaS sub-account's wallet (wallet.py, saas-v3.json): read and credited by its agency; it is the location's
one wallet, which Marketplace charges draw on (complimentary credits first)."""

from __future__ import annotations

import pytest

V3 = "v3"


@pytest.fixture
def app(ghl):
    """A Marketplace app installed on the location: it charges the wallet with its own token."""
    return ghl.install_app()


@pytest.fixture
def as_app(ghl, app):
    return ghl.client(token=app.access_token)


def _path(ghl, location_id=None, company_id=None):
    return (f"/saas-api/public-api/companies/{company_id or ghl.company_id}/locations/"
            f"{location_id or ghl.location_id}/wallet-balance")


def test_an_unset_wallet_is_not_found_until_credited(ghl):
    agency = ghl.client(agency=True, version=V3)
    missing = agency.get(_path(ghl))
    assert (missing.status_code, missing.json()["message"]) == (404, "Wallet not found for the location")
    credited = agency.post(_path(ghl) + "/complimentary-credits", json={"complimentaryCreditsAmount": 25})
    assert credited.status_code == 200, credited.text
    wallet = credited.json()
    assert (wallet["balance"], wallet["complimentaryCredits"]) == (0, 25) and wallet["walletId"]
    again = agency.post(_path(ghl) + "/complimentary-credits", json={"complimentaryCreditsAmount": 5.5}).json()
    assert (again["walletId"], again["complimentaryCredits"]) == (wallet["walletId"], 30.5)
    assert agency.post(_path(ghl) + "/complimentary-credits", json={}).json()["complimentaryCredits"] == 30.5
    read = agency.get(_path(ghl)).json()
    assert read | {"traceId": None} == again | {"traceId": None}


def test_it_is_the_wallet_marketplace_charges_draw_on(ghl, app, as_app):
    ghl.wallet(1.0)  # the control plane's balance
    agency = ghl.client(agency=True, version=V3)
    assert agency.get(_path(ghl)).json()["balance"] == 1.0
    agency.post(_path(ghl) + "/complimentary-credits", json={"complimentaryCreditsAmount": 0.05})
    meter = ghl.app_meter(app, price=0.01)
    ghl.wallet_charge(app, meter, units=10)  # 0.10: the 0.05 of credits first, then 0.05 of the balance
    wallet = agency.get(_path(ghl)).json()
    assert (wallet["complimentaryCredits"], wallet["balance"]) == (0, pytest.approx(0.95))


def test_credits_alone_fund_charges(ghl, app, as_app):
    ghl.wallet(0)
    assert as_app.get("/marketplace/billing/charges/has-funds").json()["hasFunds"] is False
    ghl.client(agency=True).post(_path(ghl) + "/complimentary-credits", json={"complimentaryCreditsAmount": 1})
    assert as_app.get("/marketplace/billing/charges/has-funds").json()["hasFunds"] is True


@pytest.mark.ghl_allow_violations("invalid_value")
def test_a_negative_credit_is_refused(ghl):
    answer = ghl.client(agency=True).post(_path(ghl) + "/complimentary-credits",
                                          json={"complimentaryCreditsAmount": -1})
    assert answer.status_code == 422
    assert ghl.client(agency=True).get(_path(ghl)).status_code == 404  # nothing written


def test_only_the_locations_agency_with_the_scope_reaches_it(ghl, other_agency):
    ghl.wallet(3)
    foreign = other_agency.client(agency=True)
    assert foreign.get(_path(ghl)).status_code == 403
    assert foreign.get(_path(ghl, company_id=other_agency.company_id)).status_code == 403
    assert ghl.client(agency=True, scopes=["saas/company.read"]).get(_path(ghl)).status_code == 200
    refused = ghl.client(agency=True, scopes=["saas/company.read"]).post(
        _path(ghl) + "/complimentary-credits", json={"complimentaryCreditsAmount": 1})
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client().get(_path(ghl)).status_code == 401  # a location token
