"""The outbox: every SMS and e-mail the built-in channels send is kept and readable (``ghl.sent_messages()``,
``GET /_mock/outbox/messages``), delivered at once, or failed with the error a test chose."""

from __future__ import annotations


def test_built_in_sms_and_email_are_captured_and_delivered(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    api = ghl.client()
    contact = ghl.contact(phone="+15550001111", email="ada@example.com")
    sms = api.post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "Your code: 42"})
    email = api.post("/conversations/messages", json={"type": "Email", "contactId": contact["id"], "subject": "Welcome",
                                                      "html": "<p>Hello Ada</p>", "emailCc": ["boss@example.com"]})
    assert sms.status_code == email.status_code == 200

    sent = ghl.sent_messages()
    assert [(m["channel"], m["to"], m.get("text")) for m in sent] == [
        ("SMS", "+15550001111", "Your code: 42"), ("Email", ["ada@example.com"], None)]
    assert (sent[1]["subject"], sent[1]["html"], sent[1]["cc"]) == ("Welcome", "<p>Hello Ada</p>", ["boss@example.com"])
    assert [m["messageId"] for m in ghl.sent_messages("Email")] == [email.json()["messageId"]]
    assert api.get(f"/conversations/messages/{sms.json()['messageId']}").json()["status"] == "delivered"


def test_a_chosen_failure_fails_built_in_sends_until_cleared(ghl):
    api = ghl.client()
    contact = ghl.contact(phone="+15550001111")
    error = {"code": "30007", "type": "saas", "message": "Carrier violation"}
    assert ghl.messaging_settings(builtInFailure=error)["builtInFailure"] == error
    failed = api.post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "x"})
    message = api.get(f"/conversations/messages/{failed.json()['messageId']}").json()
    assert (message["status"], message["error"]) == ("failed", error)
    assert ghl.sent_messages()[0]["error"] == error

    ghl.messaging_settings(builtInFailure=None)
    ok = api.post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "y"})
    assert api.get(f"/conversations/messages/{ok.json()['messageId']}").json()["status"] == "delivered"


def test_scheduled_messages_are_not_sent_yet(ghl):
    now = ghl.freeze("2025-05-01T09:00:00Z")
    contact = ghl.contact(phone="+15550001111")
    ghl.client().post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "later",
                                                       "scheduledTimestamp": int(now.timestamp()) + 3600})
    assert ghl.sent_messages() == []


def test_the_control_plane_filters_by_location_and_channel(ghl):
    control = ghl.client()
    ghl.message(contact=ghl.contact(phone="+15550001111"))
    mine = control.get("/_mock/outbox/messages", params={"locationId": ghl.location_id}).json()["messages"]
    assert [m["locationId"] for m in mine] == [ghl.location_id]
    assert control.get("/_mock/outbox/messages", params={"locationId": ghl.location_id,
                                                         "channel": "Email"}).json()["messages"] == []
    assert len(control.get("/_mock/outbox/messages", params={"companyId": ghl.company_id}).json()["messages"]) == 1
    assert control.get("/_mock/outbox/messages", params={"locationId": "nope"}).status_code == 400
    assert control.get("/_mock/outbox/messages", params={"channel": "Fax"}).status_code == 422
    bad = control.put(f"/_mock/locations/{ghl.location_id}/messaging-settings", json={"statusUpdateDelaySeconds": -1})
    assert bad.status_code == 422
