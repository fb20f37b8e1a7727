"""A location's numbers: listed as real clients read them at start-up, paged, searched, and the SMS ``from``."""

from __future__ import annotations

import pytest

from mock_server.apis.phone_system import numbers


def _active(ghl, **params):
    answer = ghl.client().get(f"/phone-system/numbers/location/{ghl.location_id}", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_location_without_numbers_answers_an_empty_list_at_start_up(ghl):
    body = _active(ghl)
    body.pop("traceId")
    assert body == {"numbers": [], "isUnderGhl": True, "pageSize": 1000, "page": 0, "accountStatus": "active"}


def test_seeded_numbers_are_listed_the_first_as_default(ghl):
    ghl.phone_number("+14155552671", friendlyName="Sales")
    ghl.phone_number("+18005551234", type="toll-free", capabilities={"voice": True, "sms": False, "mms": False})
    listed = _active(ghl)["numbers"]
    assert [(n["phoneNumber"], n["friendlyName"], n["type"], n["isDefaultNumber"]) for n in listed] == [
        ("+14155552671", "Sales", "local", True), ("+18005551234", "(800) 555-1234", "toll-free", False)]
    assert listed[0]["sid"].startswith("PN") and listed[1]["capabilities"]["sms"] is False


def test_paging_and_search(ghl):
    for n in range(5):
        ghl.phone_number(f"+1415555010{n}")
    assert [n["phoneNumber"] for n in _active(ghl, pageSize=2, page=1)["numbers"]] == ["+14155550102", "+14155550103"]
    assert [n["phoneNumber"] for n in _active(ghl, searchFilter="0104")["numbers"]] == ["+14155550104"]


def test_another_locations_numbers_are_refused(ghl):
    answer = ghl.client().get("/phone-system/numbers/location/someone-else")
    assert answer.status_code in (400, 403)


def test_a_number_the_location_has_is_refused_twice(ghl):
    ghl.phone_number("+14155550100")
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/phone-numbers", json={"phoneNumber": "+14155550100"})
    assert answer.status_code == 400 and "already" in answer.json()["message"]


def test_the_sms_from_number_is_the_default_one_that_texts(ghl):
    tenant = ghl.world.tenant(ghl.location_id)
    assert numbers.sending_number(tenant) is None
    ghl.phone_number("+18005551234", capabilities={"voice": True, "sms": False, "mms": False})
    ghl.phone_number("+14155550100")
    ghl.phone_number("+14155550101", isDefaultNumber=True)
    assert numbers.sending_number(tenant) == "+14155550101"
    assert numbers.sending_number(tenant, "+14155550100") == "+14155550100"
    assert numbers.sending_number(tenant, "+19999999999") == "+14155550101"


@pytest.mark.ghl_allow_violations
def test_page_size_is_bounded(ghl):
    answer = ghl.client().get(f"/phone-system/numbers/location/{ghl.location_id}", params={"pageSize": 1001})
    assert answer.status_code == 422


def _sent_sms(ghl, contact, **body):
    sent = ghl.client().post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"],
                                                               "message": "Hi", **body})
    assert sent.status_code in (200, 201), sent.text
    # what the location sent (the outbox shows it); GHL's message DTO has no from/to
    return ghl.world.tenant(ghl.location_id).store.get("conversationMessages", sent.json()["messageId"])


def test_an_sms_goes_out_from_the_locations_default_number(ghl):
    contact = ghl.contact(phone="+15550003333")
    assert "from" not in _sent_sms(ghl, contact)  # no number yet: nothing to name
    ghl.phone_number("+14155550100")
    ghl.phone_number("+14155550101")
    sent = _sent_sms(ghl, contact)
    assert (sent["from"], sent["to"]) == ("+14155550100", "+15550003333")
    assert _sent_sms(ghl, contact, fromNumber="+14155550101")["from"] == "+14155550101"
