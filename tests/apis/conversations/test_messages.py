"""Messages over HTTP: sending per channel, DND, the conversation following its messages, threads,
provider status updates, scheduled messages, inbound messages, calls, emails, the typing indicator."""

from __future__ import annotations

import pytest

from mock_server.testing.tenant import GhlTenant


def _send(api, **body):
    return api.post("/conversations/messages", json=body)


def test_a_first_message_opens_the_conversation_which_follows_its_messages(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    api = ghl.client()
    contact = ghl.contact(phone="+15550001111")
    sent = _send(api, type="SMS", contactId=contact["id"], message="Your order shipped")
    assert sent.status_code == 200, sent.text
    answer = sent.json()
    assert answer["status"] == "pending" and answer["msg"] == "Message queued successfully."
    conversation_id = answer["conversationId"]

    ghl.advance(minutes=5)
    inbound = api.post("/conversations/messages/inbound", json={
        "type": "SMS", "conversationId": conversation_id, "contactId": contact["id"],
        "conversationProviderId": "twilio", "message": "Thanks!"})
    assert inbound.status_code == 200 and inbound.json()["success"] is True
    hit = api.get("/conversations/search", params={"locationId": ghl.location_id}).json()["conversations"][0]
    assert (hit["lastMessageBody"], hit["lastMessageType"], hit["unreadCount"]) == ("Thanks!", "TYPE_SMS", 1)
    assert hit["lastMessageDate"] == 1746090300000  # 09:05 UTC on the mock clock
    assert hit["lastMessageDirection"] == "inbound" and hit["phone"] == "+15550001111"
    # a second send reuses the conversation
    assert _send(api, type="SMS", contactId=contact["id"], message="Welcome").json()["conversationId"] == \
        conversation_id


def test_a_channel_needs_the_contacts_address_and_no_dnd(ghl):
    api = ghl.client()
    no_phone = ghl.contact(phone=None, email="only@example.com")
    refused = _send(api, type="SMS", contactId=no_phone["id"], message="hi")
    assert refused.status_code == 400 and "no phone number" in refused.json()["message"]
    assert _send(api, type="Email", contactId=no_phone["id"], subject="Hi", html="<p>hi</p>").status_code == 200
    no_email = ghl.contact(email=None)
    assert _send(api, type="Email", contactId=no_email["id"], message="hi").json()["message"] == \
        f"Contact {no_email['id']} has no email address to send an email to"

    sms_off = ghl.contact(dndSettings={"SMS": {"status": "active"}})
    dnd = _send(api, type="SMS", contactId=sms_off["id"], message="hi")
    assert (dnd.status_code, dnd.json()["message"]) == (400, "Cannot send message as DND is active for SMS.")
    assert _send(api, type="Email", contactId=sms_off["id"], message="hi", subject="s").status_code == 200
    all_off = ghl.contact(dnd=True)
    assert _send(api, type="Email", contactId=all_off["id"], message="hi", subject="s").status_code == 400
    assert _send(api, type="SMS", contactId="nope", message="hi").json()["message"] == "Contact with id nope not found"
    assert _send(api, type="SMS", contactId=ghl.contact()["id"]).status_code == 400  # nothing to send


def test_thread_is_newest_first_paged_and_filtered_by_type(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    api = ghl.client()
    contact = ghl.contact()
    ids = []
    for n in range(5):
        ids.append(ghl.message(contact, message=f"m{n}", type="Email" if n == 2 else "SMS")["id"])
        ghl.advance(minutes=1)
    conversation_id = api.get(f"/conversations/messages/{ids[0]}").json()["conversationId"]
    first = api.get(f"/conversations/{conversation_id}/messages", params={"limit": 2}).json()["messages"]
    assert [m["body"] for m in first["messages"]] == ["m4", "m3"] and first["nextPage"] is True
    rest = api.get(f"/conversations/{conversation_id}/messages",
                   params={"limit": 10, "lastMessageId": first["lastMessageId"]}).json()["messages"]
    assert [m["body"] for m in rest["messages"]] == ["m2", "m1", "m0"] and rest["nextPage"] is False
    emails = api.get(f"/conversations/{conversation_id}/messages", params={"type": "TYPE_EMAIL"}).json()
    assert [m["id"] for m in emails["messages"]["messages"]] == [ids[2]]
    bad = api.get(f"/conversations/{conversation_id}/messages", params={"type": "TYPE_NOPE"})
    assert bad.status_code == 422


@pytest.mark.ghl_allow_violations("invalid_value")
def test_provider_status_updates_and_failures(ghl):
    provider = ghl.conversation_provider(delivery_url="https://provider.example/deliver")
    api = ghl.client(token=provider.access_token)
    message = ghl.message(contact=ghl.contact(phone="+15550001111"))
    path = f"/conversations/messages/{message['id']}/status"
    delivered = api.put(path, json={"status": "delivered"})
    assert delivered.status_code == 200 and delivered.json()["status"] == "delivered"
    assert api.get(f"/conversations/messages/{message['id']}").json()["status"] == "delivered"
    assert api.put(path, json={"status": "unread"}).status_code == 422
    assert api.put("/conversations/messages/nope/status", json={"status": "read"}).status_code == 400


def test_a_scheduled_message_can_be_cancelled_a_sent_one_cannot(ghl):
    now = ghl.freeze("2025-05-01T09:00:00Z")
    api = ghl.client()
    contact = ghl.contact()
    later = int(now.timestamp()) + 3600
    scheduled = _send(api, type="SMS", contactId=contact["id"], message="Reminder", scheduledTimestamp=later).json()
    assert api.get(f"/conversations/messages/{scheduled['messageId']}").json()["status"] == "scheduled"
    hit = api.get("/conversations/search", params={"locationId": ghl.location_id}).json()["conversations"][0]
    assert "lastMessageBody" not in hit  # not sent yet
    cancelled = api.delete(f"/conversations/messages/{scheduled['messageId']}/schedule")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == 200
    assert api.get(f"/conversations/messages/{scheduled['messageId']}").status_code == 400
    sent = ghl.message(contact)
    refused = api.delete(f"/conversations/messages/{sent['id']}/schedule")
    assert (refused.status_code, refused.json()["message"]) == (400, "Failed cancel the scheduled message")

    email = _send(api, type="Email", contactId=contact["id"], subject="Later", message="x",
                  scheduledTimestamp=later).json()
    assert api.delete(f"/conversations/messages/email/{email['emailMessageId']}/schedule").status_code == 200


def test_emails_read_back_with_headers_and_thread(ghl):
    api = ghl.client()
    contact = ghl.contact(email="ada@example.com")
    sent = _send(api, type="Email", contactId=contact["id"], subject="Quote", html="<p>Attached</p>",
                 emailCc=["boss@example.com"]).json()
    assert sent["msg"] == "Email queued successfully."
    email = api.get(f"/conversations/messages/email/{sent['emailMessageId']}").json()
    assert (email["subject"], email["to"], email["cc"], email["contentType"]) == (
        "Quote", ["ada@example.com"], ["boss@example.com"], "text/html")
    reply = _send(api, type="Email", contactId=contact["id"], subject="Re: Quote", message="And more",
                  replyMessageId=sent["messageId"]).json()
    assert api.get(f"/conversations/messages/email/{reply['emailMessageId']}").json()["threadId"] == email["threadId"]
    sms = ghl.message(contact)
    assert api.get(f"/conversations/messages/email/{sms['id']}").status_code == 400


def test_inbound_needs_the_conversations_contact_and_outbound_logs_calls(ghl):
    api = ghl.client()
    contact, stranger = ghl.contact(phone="+15550001111"), ghl.contact()
    conversation = ghl.conversation(contact)
    wrong = api.post("/conversations/messages/inbound", json={
        "type": "SMS", "conversationId": conversation["id"], "contactId": stranger["id"],
        "conversationProviderId": "p", "message": "hi"})
    assert wrong.status_code == 400
    call = api.post("/conversations/messages/outbound", json={
        "type": "Call", "conversationId": conversation["id"], "conversationProviderId": "p",
        "call": {"to": "+15550001111", "from": "+15550002222", "status": "no-answer"}})
    assert call.status_code == 200, call.text
    logged = api.get(f"/conversations/messages/{call.json()['messageId']}").json()
    assert (logged["messageType"], logged["direction"], logged["meta"]["callStatus"]) == (
        "TYPE_CALL", "outbound", "no-answer")


def test_typing_indicator_needs_a_known_conversation(ghl):
    api = ghl.client()
    conversation = ghl.conversation()
    body = {"locationId": ghl.location_id, "isTyping": "true", "visitorId": "v1", "conversationId": conversation["id"]}
    typing = api.post("/conversations/providers/live-chat/typing", json=body)
    assert typing.status_code == 201 and typing.json()["success"] is True
    assert api.post("/conversations/providers/live-chat/typing",
                    json={**body, "conversationId": "nope"}).status_code == 400


def test_another_tenants_contact_or_conversation_is_not_found_and_nothing_is_written(ghl, ghl_app):
    """These bodies name no location, only records: the token's location is where they are looked up."""
    other = GhlTenant(ghl_app, seed="conversations-other-tenant")
    try:
        theirs = other.message()
        api = ghl.client()
        sent = _send(api, type="SMS", contactId=theirs["contactId"], message="hi")
        assert (sent.status_code, sent.json()["message"]) == (400, f"Contact with id {theirs['contactId']} not found")
        inbound = api.post("/conversations/messages/inbound", json={
            "type": "SMS", "conversationId": theirs["conversationId"], "contactId": theirs["contactId"],
            "conversationProviderId": "p", "message": "hi"})
        outbound = api.post("/conversations/messages/outbound", json={
            "type": "Call", "conversationId": theirs["conversationId"], "conversationProviderId": "p"})
        assert inbound.status_code == outbound.status_code == 400
        assert api.get(f"/conversations/messages/{theirs['id']}").status_code == 403  # a foreign record id
        assert api.get("/conversations/search", params={"locationId": ghl.location_id}).json()["total"] == 0
        mine = other.client().get(f"/conversations/{theirs['conversationId']}/messages").json()["messages"]
        assert [m["id"] for m in mine["messages"]] == [theirs["id"]]
    finally:
        other.close()
