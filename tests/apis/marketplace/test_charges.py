"""Wallet charges (marketplace.json): an app charges the location's wallet, lists, reads and undoes its charges."""

from __future__ import annotations

import pytest

CHARGES = "/marketplace/billing/charges"


def _charge(ghl, app, **fields):
    return {"appId": app.app_id, "meterId": "meter-1", "eventId": "evt-1", "locationId": ghl.location_id,
            "companyId": ghl.company_id, "description": "10 SMS", "units": 10, "price": 0.01} | fields


def test_a_charge_is_recorded_for_the_calling_app_and_read_back(ghl, app, as_app):
    created = as_app.post(CHARGES, json=_charge(ghl, app, userId="u-1", eventTime="2026-01-05T10:00:00Z"))
    assert created.status_code == 201, created.text
    charge_id = created.json()["chargeId"]
    assert created.json()["success"] is True
    read = as_app.get(f"{CHARGES}/{charge_id}")
    assert read.status_code == 200
    assert read.json() | {"createdAt": None, "updatedAt": None, "traceId": None} == {
        "chargeId": charge_id, "appId": app.app_id, "meterId": "meter-1", "entityType": "location",
        "entityId": ghl.location_id, "currency": "USD", "refunded": False, "transactionType": "charge",
        "units": 10, "pricePerUnit": 0.01, "amountCharged": 0.1, "createdAt": None, "updatedAt": None,
        "meta": {"eventId": "evt-1", "description": "10 SMS", "eventTime": "2026-01-05T10:00:00Z", "userId": "u-1"},
        "traceId": None}


def test_the_listing_filters_pages_and_counts_the_apps_own_charges(ghl, app, as_app):
    ids = [as_app.post(CHARGES, json=_charge(ghl, app, eventId=f"evt-{n}", meterId=meter)).json()["chargeId"]
           for n, meter in enumerate(("m-a", "m-b", "m-a"))]
    other = ghl.install_app()
    ghl.client(token=other.access_token).post(CHARGES, json=_charge(ghl, other))
    listed = as_app.get(CHARGES).json()
    assert [c["chargeId"] for c in listed["charges"]] == ids[::-1]  # newest first, the other app's not shown
    assert (listed["count"], listed["pagination"]) == (3, {"total": 3, "skip": 0, "limit": 10})
    by_meter = as_app.get(CHARGES, params={"meterId": "m-a", "skip": 1, "limit": 1}).json()
    assert [c["chargeId"] for c in by_meter["charges"]] == [ids[0]] and by_meter["count"] == 2
    assert as_app.get(CHARGES, params={"eventId": "evt-1"}).json()["count"] == 1
    today = ghl.now().date().isoformat()
    assert as_app.get(CHARGES, params={"startDate": today, "endDate": today}).json()["count"] == 3
    assert as_app.get(CHARGES, params={"startDate": "2999-01-01"}).json()["count"] == 0
    bad = as_app.get(CHARGES, params={"startDate": "yesterday"})
    assert (bad.status_code, bad.json()["message"]) == (400, "startDate must be a valid ISO 8601 date string")


def test_a_deleted_charge_is_gone_and_its_amount_returns_to_the_wallet(ghl, app, as_app):
    ghl.wallet(1.0)
    charge_id = as_app.post(CHARGES, json=_charge(ghl, app, units=30)).json()["chargeId"]
    wallet = ghl.client().get(f"/_mock/locations/{ghl.location_id}/marketplace/wallet").json()
    assert wallet["balance"] == pytest.approx(0.7)
    deleted = as_app.delete(f"{CHARGES}/{charge_id}")
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    gone = as_app.get(f"{CHARGES}/{charge_id}")
    assert (gone.status_code, gone.json()["message"]) == (404, "Charge not found")
    assert as_app.delete(f"{CHARGES}/{charge_id}").status_code == 404
    assert ghl.client().get(f"/_mock/locations/{ghl.location_id}/marketplace/wallet").json()["balance"] == 1.0


def test_another_apps_charge_is_not_found(ghl, app, as_app):
    charge_id = as_app.post(CHARGES, json=_charge(ghl, app)).json()["chargeId"]
    other = ghl.client(token=ghl.install_app().access_token)
    assert other.get(f"{CHARGES}/{charge_id}").status_code == 404
    assert other.delete(f"{CHARGES}/{charge_id}").status_code == 404
    assert as_app.get(f"{CHARGES}/{charge_id}").status_code == 200


def test_has_funds_follows_the_wallet_balance(ghl, app, as_app):
    assert as_app.get(f"{CHARGES}/has-funds").json()["hasFunds"] is True  # no balance set: funds available
    ghl.wallet(0.05)
    assert as_app.get(f"{CHARGES}/has-funds").json()["hasFunds"] is True
    refused = as_app.post(CHARGES, json=_charge(ghl, app, units=10))  # 0.10 > 0.05
    assert (refused.status_code, refused.json()["message"]) == (400, "Insufficient funds in the wallet")
    assert as_app.get(CHARGES).json()["count"] == 0  # nothing half-written
    assert as_app.post(CHARGES, json=_charge(ghl, app, units=5)).status_code == 201
    assert as_app.get(f"{CHARGES}/has-funds").json()["hasFunds"] is False


def test_a_fixed_meter_prices_the_charge_and_refuses_a_custom_price(ghl, app, as_app):
    meter = ghl.app_meter(app, price=0.25)
    body = _charge(ghl, app, meterId=meter["meterId"], units=4)
    refused = as_app.post(CHARGES, json=body)  # a price sent for a fixed meter (GHL issue #244)
    assert (refused.status_code, refused.json()["message"]) == (400, "Custom price is not allowed for fixed price meters")
    body.pop("price")
    charge_id = as_app.post(CHARGES, json=body).json()["chargeId"]
    assert as_app.get(f"{CHARGES}/{charge_id}").json()["amountCharged"] == 1.0
    unknown = as_app.post(CHARGES, json=_charge(ghl, app, meterId="not-in-the-pricing"))
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Meter not found in the app's pricing")


def test_a_dynamic_meter_takes_the_price_sent_within_its_range(ghl, app, as_app):
    meter = ghl.app_meter(app, price_type="dynamic", minPricePerUnit=0.01, maxPricePerUnit=0.05)
    assert meter["minPricePerUnit"] == "0.01" and meter["maxPricePerUnit"] == "0.05"  # strings, as GHL's
    body = _charge(ghl, app, meterId=meter["meterId"])
    assert ghl.wallet_charge(app, meter["meterId"], price=0.03, units=2)["amountCharged"] == 0.06
    for price, message in ((0.5, "price is outside the meter's price range"), (None, "price is required for dynamic price meters")):
        answer = as_app.post(CHARGES, json={**body, "price": price} if price else {k: v for k, v in body.items() if k != "price"})
        assert (answer.status_code, answer.json()["message"]) == (400, message)


@pytest.mark.parametrize(("fields", "status", "message"), [
    ({"userId": ""}, 400, "userId should not be empty"),  # GHL issue #244
    ({"appId": "someone-elses-app"}, 400, "appId does not match the app of the token"),
    ({"units": "1"}, 422, "units must be a number conforming to the specified constraints"),  # GHL issue #244
    ({"units": 0}, 422, "units"),
])
@pytest.mark.ghl_allow_violations
def test_bad_charges_are_refused(ghl, app, as_app, fields, status, message):
    answer = as_app.post(CHARGES, json=_charge(ghl, app, **fields))
    assert answer.status_code == status and message in str(answer.json()["message"]), answer.text
    assert as_app.get(CHARGES).json()["count"] == 0


@pytest.mark.ghl_allow_violations("unknown_version")
def test_charges_take_a_marketplace_apps_location_token(ghl, app, as_app):
    assert ghl.client(kind="pit").get(f"{CHARGES}/has-funds").status_code == 401  # a PIT is no app's token
    agency = ghl.client(agency=True).get(f"{CHARGES}/has-funds")
    assert agency.status_code == 401  # Location-Access-Only
    scoped = ghl.client(token=ghl.token(["charges.readonly"])).post(CHARGES, json=_charge(ghl, app))
    assert (scoped.status_code, scoped.json()["message"]) == (401, "The token is not authorized for this scope.")
    # the official file declares no Version header on the charges operations: none is needed
    bare = ghl.client(token=app.access_token)
    bare.headers.pop("Version")
    assert bare.get(f"{CHARGES}/has-funds").json()["hasFunds"] is True
    wrong = bare.get(f"{CHARGES}/has-funds", headers={"Version": "2099-01-01"})  # one sent is checked
    assert (wrong.status_code, wrong.json()["message"]) == (401, "version header is invalid")
