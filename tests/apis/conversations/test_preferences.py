"""Communication preferences over HTTP: custom subscription types (created, renamed, archived) and a contact's
subscriptions (One on One and each custom type), changed and read back."""

from __future__ import annotations

import pytest

SUBTYPES = "/conversations/preferences/custom-subtypes"
STATUS = "/conversations/preferences/unsubscriptions/status"
CHANGE = "/conversations/preferences/unsubscriptions/user-change"


@pytest.mark.ghl_allow_violations("invalid_value")
def test_custom_subtypes_are_created_listed_renamed_and_archived(ghl):
    api = ghl.client()
    loc = {"locationId": ghl.location_id}
    made = api.post(SUBTYPES, params=loc, json={"name": "Newsletter", "channel": "email", "language": "en"})
    assert made.status_code == 201, made.text
    assert (made.json()["name"], made.json()["archived"]) == ("Newsletter", False)
    twin = api.post(SUBTYPES, params=loc, json={"name": "newsletter", "channel": "email", "language": "en"})
    assert (twin.status_code, twin.json()["message"]) == (400, "A custom subtype named newsletter already exists for email")
    assert api.post(SUBTYPES, params=loc, json={"name": "Newsletter", "channel": "sms", "language": "en"}).status_code == 201
    assert api.post(SUBTYPES, params=loc, json={"name": "x" * 101, "channel": "email", "language": "en"}).status_code == 422

    renamed = api.put(f"{SUBTYPES}/{made.json()['id']}", params=loc, json={"name": "Weekly news", "archived": True})
    assert (renamed.json()["name"], renamed.json()["archived"]) == ("Weekly news", True)
    listed = api.get(SUBTYPES, params=loc).json()["customSubtypes"]
    assert [(s["name"], s["channel"]) for s in listed] == [("Weekly news", "email"), ("Newsletter", "sms")]
    missing = api.put(f"{SUBTYPES}/nope", params=loc, json={"name": "x"})
    assert (missing.status_code, missing.json()["message"]) == (400, "Custom subtype with id nope not found")


def test_a_contact_unsubscribes_and_resubscribes(ghl):
    api = ghl.client()
    loc = {"locationId": ghl.location_id}
    contact = ghl.contact(email="ada@example.com")
    newsletter = api.post(SUBTYPES, params=loc, json={"name": "Newsletter", "channel": "email", "language": "en"}).json()

    def statuses():
        rows = api.get(STATUS, params={**loc, "contactId": contact["id"]}).json()["subscriptions"]
        return {r["subtype_name"]: r["status"] for r in rows}

    assert statuses() == {"One on One": "subscribed", "Newsletter": "subscribed"}
    body = {**loc, "contactId": contact["id"], "email": "ada@example.com"}
    out = api.post(CHANGE, json={**body, "subscription_action": {"type": "custom", "subtype_id": newsletter["id"],
                                                                 "subtype_status": "unsubscribed"}})
    assert out.status_code == 201 and out.json()["success"] is True
    api.post(CHANGE, json={**body, "subscription_action": {"type": "default", "subtype_name": "One on One",
                                                           "subtype_status": "unsubscribed"}})
    assert statuses() == {"One on One": "unsubscribed", "Newsletter": "unsubscribed"}
    api.post(CHANGE, json={**body, "subscription_action": {"type": "resub_all", "subtype_status": "subscribed"}})
    assert statuses() == {"One on One": "subscribed", "Newsletter": "subscribed"}

    wrong = api.post(CHANGE, json={**body, "email": "eve@example.com",
                                   "subscription_action": {"type": "resub_all", "subtype_status": "subscribed"}})
    assert wrong.status_code == 400
    unknown = api.post(CHANGE, json={**body, "subscription_action": {"type": "custom", "subtype_id": "nope",
                                                                     "subtype_status": "subscribed"}})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Custom subtype with id nope not found")
    assert api.get(STATUS, params={**loc, "contactId": "nope"}).status_code == 400
