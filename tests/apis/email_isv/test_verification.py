"""Email verification (email-isv.json): deterministic verdicts on an address or a contact's address, GHL's shapes
for each Version, the location's setting and the verifications it made (mock_server/apis/email_isv)."""

from __future__ import annotations

import pytest

SCOPE = "lc-email.readonly"


def _verify(ghl, kind: str, target: str, **client):
    return ghl.client(**client).post("/email/verify", params={"locationId": ghl.location_id},
                                     json={"type": kind, "verify": target})


def test_a_well_formed_address_is_deliverable(ghl):
    answer = _verify(ghl, "email", "jane@example.com")
    assert answer.status_code == 201
    assert answer.json() | {"traceId": None} == {
        "result": "deliverable", "risk": "low", "reason": [], "address": "jane@example.com",
        "leadconnectorRecomendation": {"isEmailValid": True}, "traceId": None}


def test_a_malformed_address_is_undeliverable(ghl):
    body = _verify(ghl, "email", "jane@@example").json()
    assert (body["result"], body["risk"], body["reason"], body["leadconnectorRecomendation"]) == \
        ("undeliverable", "high", ["invalid_syntax"], {"isEmailValid": False})


def test_a_seeded_outcome_is_what_the_verifier_answers(ghl):
    ghl.email_verification_outcome("Gone@Example.com")
    body = _verify(ghl, "email", "gone@example.com").json()
    assert (body["result"], body["risk"], body["reason"]) == ("undeliverable", "high", ["mailbox_does_not_exist"])
    assert _verify(ghl, "email", "other@example.com").json()["result"] == "deliverable"


def test_v3_spells_the_recommendation_as_either_file_does(ghl):
    body = _verify(ghl, "email", "jane@example.com", version="v3").json()
    assert body["leadConnectorRecommendation"] == body["leadconnectorRecomendation"] == {"isEmailValid": True}


def test_a_contact_is_verified_by_its_email(ghl):
    contact = ghl.contact(email="buyer@example.com")
    ghl.email_verification_outcome("buyer@example.com", "catch_all", risk="medium")
    body = _verify(ghl, "contact", contact["id"]).json()
    assert (body["address"], body["result"], body["risk"]) == ("buyer@example.com", "catch_all", "medium")


def test_a_contact_without_email_is_not_verified(ghl):
    contact = ghl.contact(email=None, phone="+12125550100")
    answer = _verify(ghl, "contact", contact["id"])
    assert answer.status_code == 201
    assert answer.json()["verified"] is False


def test_an_unknown_contact_is_the_contacts_400(ghl):
    answer = _verify(ghl, "contact", "nope")
    assert (answer.status_code, answer.json()["message"]) == (400, "Contact with id nope not found")


def test_a_location_with_verification_off_answers_not_verified(ghl):
    api = ghl.client()
    assert api.post(f"/_mock/locations/{ghl.location_id}/email-verification", json={"enabled": False}).status_code == 200
    body = _verify(ghl, "email", "jane@example.com").json()
    assert body | {"traceId": None} == {"verified": False, "address": "jane@example.com", "traceId": None,
                                        "message": "Validation is disabled / proper config not found"}


def test_every_verification_is_kept_for_the_location(ghl):
    _verify(ghl, "email", "a@example.com")
    _verify(ghl, "email", "b@example.com")
    made = ghl.client().get(f"/_mock/locations/{ghl.location_id}/email-verification/verifications").json()
    assert made["count"] == 2 and [v["address"] for v in made["verifications"]] == ["a@example.com", "b@example.com"]


def test_another_locations_contact_cannot_be_verified(ghl):
    second = ghl.location()["id"]
    contact = ghl.contact(email="mine@example.com")
    api = ghl.client(token=ghl.token(location_id=second))
    answer = api.post("/email/verify", params={"locationId": second}, json={"type": "contact", "verify": contact["id"]})
    assert answer.status_code == 400  # not a contact of that location
    assert api.post("/email/verify", params={"locationId": ghl.location_id},
                    json={"type": "email", "verify": "x@example.com"}).status_code == 403


@pytest.mark.ghl_allow_violations("invalid_value")
def test_the_body_is_validated_in_ghl_words(ghl):
    answer = ghl.client().post("/email/verify", params={"locationId": ghl.location_id},
                               json={"type": "phone", "verify": "x"})
    assert answer.status_code == 422


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    answer = _verify(ghl, "email", "jane@example.com", token=ghl.token(scopes=["contacts.readonly"]))
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert _verify(ghl, "email", "jane@example.com", token=ghl.token(scopes=[SCOPE])).status_code == 201
