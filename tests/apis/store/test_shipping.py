"""Shipping: zones, rates and carriers stored as written, and the rate calculation for an order."""

from __future__ import annotations

import jwt
import pytest

ALT = {"altType": "location"}


def _alt(ghl):
    return {"altId": ghl.location_id, **ALT}


def _rates_for(ghl, api, country="US", amount=50, weight=1, state=None, **extra):
    body = {**_alt(ghl), "country": country, "totalOrderAmount": amount, "totalOrderWeight": weight,
            "source": {"type": "website", "subType": "store"}, "products": [{"id": "p1", "qty": 1}], **extra}
    if state:
        body["address"] = {"country": country, "state": state}
    answer = api.post("/store/shipping-zone/shipping-rates", json=body)
    assert answer.status_code == 201, answer.text
    return [(r["name"], r["amount"]) for r in answer.json()["data"]]


def test_a_zone_is_created_read_listed_updated_and_deleted_with_its_rates(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    api = ghl.client()
    created = api.post("/store/shipping-zone", json={**_alt(ghl), "name": "Domestic", "countries": [
        {"code": "US", "states": [{"code": "CA"}, {"code": "NY"}]}]})
    assert created.status_code == 201, created.text
    zone = created.json()["data"]
    assert (zone["name"], zone["altId"], zone["createdAt"]) == ("Domestic", ghl.location_id,
                                                               "2026-03-01T12:00:00.000Z")
    assert zone["countries"] == [{"code": "US", "states": [{"code": "CA"}, {"code": "NY"}]}]
    rate = ghl.shipping_rate(zone, amount=4.99)
    read = api.get(f"/store/shipping-zone/{zone['_id']}", params={**_alt(ghl), "withShippingRate": "true"}).json()
    assert [r["_id"] for r in read["data"]["shippingRates"]] == [rate["_id"]]
    updated = api.put(f"/store/shipping-zone/{zone['_id']}", json={**_alt(ghl), "name": "USA"})
    assert updated.status_code == 200 and updated.json()["data"]["name"] == "USA"
    listed = api.get("/store/shipping-zone", params=_alt(ghl)).json()
    assert listed["total"] == 1 and listed["data"][0]["name"] == "USA" and "shippingRates" not in listed["data"][0]
    gone = api.delete(f"/store/shipping-zone/{zone['_id']}", params=_alt(ghl))
    assert gone.status_code == 200 and gone.json()["status"] is True
    after = api.get(f"/store/shipping-zone/{zone['_id']}/shipping-rate/{rate['_id']}", params=_alt(ghl))
    assert after.status_code == 400  # its rates went with it
    assert api.get("/store/shipping-zone", params=_alt(ghl)).json()["total"] == 0


def test_a_rate_keeps_exact_money_and_belongs_to_its_zone(ghl):
    api = ghl.client()
    zone, other = ghl.shipping_zone(), ghl.shipping_zone("Other", ["CA"])
    rate = ghl.shipping_rate(zone, amount=12.34, conditionType="price", minCondition=10.5, maxCondition=99.99)
    assert (rate["amount"], rate["minCondition"], rate["maxCondition"]) == (12.34, 10.5, 99.99)
    wrong = api.get(f"/store/shipping-zone/{other['_id']}/shipping-rate/{rate['_id']}", params=_alt(ghl))
    assert wrong.status_code == 400 and wrong.json()["message"] == f"Shipping rate with id {rate['_id']} not found"
    updated = api.put(f"/store/shipping-zone/{zone['_id']}/shipping-rate/{rate['_id']}",
                      json={**_alt(ghl), "amount": 9.99})
    assert updated.status_code == 200, updated.text
    assert (updated.json()["data"]["amount"], updated.json()["data"]["maxCondition"]) == (9.99, 99.99)
    listed = api.get(f"/store/shipping-zone/{zone['_id']}/shipping-rate", params=_alt(ghl)).json()
    assert listed["total"] == 1 and listed["data"][0]["amount"] == 9.99


@pytest.mark.ghl_allow_violations
def test_bad_rates_are_refused_and_nothing_is_written(ghl):
    api, zone = ghl.client(), ghl.shipping_zone()
    body = {**_alt(ghl), "name": "X", "currency": "USD", "amount": 5, "conditionType": "price",
            "minCondition": 50, "maxCondition": 10, "shippingCarrierId": ""}
    reversed_bounds = api.post(f"/store/shipping-zone/{zone['_id']}/shipping-rate", json=body)
    assert reversed_bounds.status_code == 400
    assert reversed_bounds.json()["message"] == "minCondition must not be greater than maxCondition"
    unknown_carrier = api.post(f"/store/shipping-zone/{zone['_id']}/shipping-rate",
                               json={**body, "maxCondition": 100, "shippingCarrierId": "nope"})
    assert unknown_carrier.status_code == 400
    negative = api.post(f"/store/shipping-zone/{zone['_id']}/shipping-rate", json={**body, "amount": -1})
    assert negative.status_code == 422
    assert api.get(f"/store/shipping-zone/{zone['_id']}/shipping-rate", params=_alt(ghl)).json()["total"] == 0


@pytest.mark.ghl_allow_violations
def test_a_zone_needs_known_countries_and_states(ghl):
    answer = ghl.client().post("/store/shipping-zone", json={**_alt(ghl), "name": "X", "countries": [
        {"code": "ZZ", "states": [{"code": "QQ"}]}]})
    assert answer.status_code == 422
    assert set(answer.json()["message"]) == {"countries.0.code must be a valid country code",
                                              "countries.0.states.0.code must be a valid state code"}


# -- the rate calculation ----------------------------------------------------------------------------------
@pytest.fixture
def store(ghl):
    """A US zone (standard below $100, free from $100, express by weight up to 5 kg), a California-only zone,
    a carrier rate with a 10% fee, and a European zone."""
    us, california, europe = (ghl.shipping_zone("US"), ghl.shipping_zone("California", [
        {"code": "US", "states": [{"code": "CA"}]}]), ghl.shipping_zone("Europe", ["DE", "FR"]))
    ghl.shipping_rate(us, name="Standard", amount=7.5, conditionType="price", minCondition=0, maxCondition=99.99)
    ghl.shipping_rate(us, name="Free", amount=0, conditionType="price", minCondition=100, maxCondition=0)
    ghl.shipping_rate(us, name="Express", amount=20, conditionType="weight", minCondition=0, maxCondition=5)
    ghl.shipping_rate(california, name="Same day", amount=15)
    carrier = ghl.client().post("/store/shipping-carrier", json={**_alt(ghl), "name": "ShipCo",
                                                                  "callbackUrl": "https://shipco.test/rates"})
    ghl.shipping_rate(europe, name="ShipCo", amount=12.34, isCarrierRate=True, percentageOfRateFee=10,
                      shippingCarrierId=carrier.json()["data"]["_id"])
    return ghl


def test_an_order_gets_the_rates_of_the_zones_serving_its_address(store):
    api = store.client()
    assert _rates_for(store, api, amount=50, weight=2) == [("Standard", 7.5), ("Express", 20)]
    assert _rates_for(store, api, amount=99.99, weight=6) == [("Standard", 7.5)]  # too heavy for express
    assert _rates_for(store, api, amount=100, weight=2) == [("Free", 0), ("Express", 20)]
    assert _rates_for(store, api, amount=150, weight=1, state="CA") == [("Free", 0), ("Same day", 15),
                                                                         ("Express", 20)]
    assert _rates_for(store, api, country="DE") == [("ShipCo", 13.57)]  # 12.34 + 10% = 13.574 -> 13.57
    assert _rates_for(store, api, country="JP") == []


def test_a_checkout_asks_for_rates_without_a_token(store):
    """The official file gives the rate calculation no security and both SDKs send none: the mock serves it
    to anyone naming the location, and refuses an unknown one."""
    anonymous = store.client()
    anonymous.headers.pop("Authorization")
    assert _rates_for(store, anonymous, amount=120, weight=9) == [("Free", 0)]
    body = {"altId": "NoSuchLocation000000", **ALT, "country": "US", "totalOrderAmount": 1, "totalOrderWeight": 1,
            "source": {"type": "website"}, "products": []}
    unknown = anonymous.post("/store/shipping-zone/shipping-rates", json=body)
    assert unknown.status_code == 400 and unknown.json()["message"] == "Location not found"


def test_weight_rates_wait_for_a_known_weight(store):
    api = store.client()
    assert _rates_for(store, api, amount=50, weight=2, weightAvailable=False) == [("Standard", 7.5)]


def test_a_carrier_in_use_cannot_be_deleted(store):
    api = store.client()
    carriers = api.get("/store/shipping-carrier", params=_alt(store)).json()["data"]
    assert [c["name"] for c in carriers] == ["ShipCo"]
    claims = jwt.decode(store.token(), options={"verify_signature": False})
    assert carriers[0]["marketplaceAppId"] == claims["oauthMeta"]["client"]  # the app whose token registered it
    refused = api.delete(f"/store/shipping-carrier/{carriers[0]['_id']}", params=_alt(store))
    assert refused.status_code == 400
    assert api.get(f"/store/shipping-carrier/{carriers[0]['_id']}", params=_alt(store)).status_code == 200


def test_a_carrier_is_created_read_updated_and_deleted(ghl):
    api = ghl.client()
    carrier = api.post("/store/shipping-carrier", json={**_alt(ghl), "name": "ShipCo", "callbackUrl": "https://s.test",
                                                        "services": [{"name": "Ground", "value": "ground"}]})
    assert carrier.status_code == 201, carrier.text
    carrier_id = carrier.json()["data"]["_id"]
    updated = api.put(f"/store/shipping-carrier/{carrier_id}", json={**_alt(ghl), "name": "ShipCo Express"})
    assert updated.json()["data"]["name"] == "ShipCo Express"
    assert updated.json()["data"]["services"] == [{"name": "Ground", "value": "ground"}]
    assert api.delete(f"/store/shipping-carrier/{carrier_id}", params=_alt(ghl)).status_code == 200
    assert api.get(f"/store/shipping-carrier/{carrier_id}", params=_alt(ghl)).status_code == 400
