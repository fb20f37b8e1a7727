"""Finding and buying numbers: the search filters the seeded inventory; a purchase takes the number out of it."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream


def _available(ghl, **params):
    answer = ghl.client().get(f"/phone-system/numbers/location/{ghl.location_id}/available",
                              params={"countryCode": "US", **params})
    assert answer.status_code == 200, answer.text
    return [n["phoneNumber"] for n in answer.json()["numbers"]]


def _purchase(ghl, number, **body):
    return ghl.client().post(f"/phone-system/numbers/location/{ghl.location_id}/purchase",
                             json={"phoneNumber": number, **body})


def test_search_by_digits_type_and_capability(ghl):
    ghl.available_phone_number("+18305551234")
    ghl.available_phone_number("+15125558251", numberType="mobile")
    ghl.available_phone_number("+18885550000", numberType="tollFree",
                               capabilities={"voice": True, "sms": False, "mms": False})
    ghl.available_phone_number("+447700900123", isoCountry="GB")
    assert _available(ghl) == ["+15125558251", "+18305551234", "+18885550000"]
    assert _available(ghl, firstPart="830") == ["+18305551234"]
    assert _available(ghl, lastPart="8251") == ["+15125558251"]
    assert _available(ghl, anywhere="555123") == ["+18305551234"]
    assert _available(ghl, numberTypes="tollFree,mobile") == ["+15125558251", "+18885550000"]
    assert _available(ghl, smsEnabled="true") == ["+15125558251", "+18305551234"]
    assert _available(ghl, countryCode="GB") == ["+447700900123"]


def test_a_purchase_takes_the_number_from_the_inventory_to_the_location(ghl):
    ghl.available_phone_number("+18305551234", friendlyName="(830) 555-1234")
    answer = _purchase(ghl, "+18305551234", countryCode="US", numberType="local")
    assert answer.status_code == 201, answer.text
    account = answer.json()
    assert account["location_id"] == ghl.location_id and account["account_sid"].startswith("AC")
    assert account["numbers"] == {"+18305551234": "conversation"}
    assert account["number_name"] == {"+18305551234": "(830) 555-1234"}
    if upstream.spec_root() is not None:  # the contract kit never buys, so the official schema is checked here
        assert upstream.response_problems("phone-system.json", "POST",
                                          "/phone-system/numbers/location/{locationId}/purchase", 201, account) == []
    assert _available(ghl) == []
    listed = ghl.client().get(f"/phone-system/numbers/location/{ghl.location_id}").json()["numbers"]
    assert [(n["phoneNumber"], n["isDefaultNumber"]) for n in listed] == [("+18305551234", True)]


@pytest.mark.ghl_allow_violations
def test_a_number_not_offered_or_already_bought_is_refused(ghl):
    refused = _purchase(ghl, "+18305559999")
    assert refused.status_code == 400 and "not available" in refused.json()["message"]
    ghl.available_phone_number("+18305551234")
    assert _purchase(ghl, "+18305551234").status_code == 201
    again = _purchase(ghl, "+18305551234")
    assert again.status_code == 400
    assert len(ghl.client().get(f"/phone-system/numbers/location/{ghl.location_id}").json()["numbers"]) == 1


@pytest.mark.ghl_allow_violations
def test_an_unknown_number_type_is_a_422(ghl):
    answer = ghl.client().get(f"/phone-system/numbers/location/{ghl.location_id}/available",
                              params={"countryCode": "US", "numberTypes": "satellite"})
    assert answer.status_code == 422
