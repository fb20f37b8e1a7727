"""Conversation providers over HTTP: a message on a provider's channel reaches its Delivery URL as
``ProviderOutboundMessage`` (Ed25519-signed only), only the provider's app may report its status (GHL's 403
otherwise, and during the live delay when set), inbound messages follow the provider rules."""

from __future__ import annotations

import pytest

from tests.apis.conversations.provider_app import Provider


def _public_key(ghl) -> str:
    return ghl.client().get("/_mock/webhooks/keys").json()["ed25519"]["publicKey"]


def _provider(ghl, **options):
    provider = Provider(_public_key(ghl))
    registered = ghl.conversation_provider(provider.app, **options)
    provider.api = ghl.client(token=registered.access_token)
    provider.provider_id = registered.id
    return provider, registered


def test_a_round_trip_through_a_default_sms_provider(ghl):
    provider, registered = _provider(ghl)
    contact = ghl.contact(phone="+15550001111")
    api = ghl.client()

    sent = api.post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "Hi!"})
    assert sent.status_code == 200 and sent.json()["status"] == "pending"
    assert api.get(f"/conversations/messages/{sent.json()['messageId']}").json()["status"] == "pending"
    event = ghl.wait_for_event("ProviderOutboundMessage")

    body = provider.received[0]
    assert {k: body[k] for k in ("type", "contactId", "locationId", "messageId", "message", "phone")} == {
        "type": "SMS", "contactId": contact["id"], "locationId": ghl.location_id,
        "messageId": sent.json()["messageId"], "message": "Hi!", "phone": "+15550001111"}
    assert "x-wh-signature" not in provider.headers[0]  # a Delivery URL gets the Ed25519 header only
    assert provider.answers == [(200, 200)]
    assert event["deliveries"][0]["url"] == registered.delivery_url
    assert event["deliveries"][0]["status"] == "delivered"

    thread = api.get(f"/conversations/{sent.json()['conversationId']}/messages").json()["messages"]["messages"]
    assert [(m["direction"], m["status"], m["body"]) for m in thread] == [
        ("inbound", "delivered", "Got it, thanks!"), ("outbound", "delivered", "Hi!")]
    assert thread[1]["conversationProviderId"] == registered.id
    assert [e["type"] for e in ghl.events() if e["type"] in ("OutboundMessage", "InboundMessage")] == [
        "OutboundMessage", "InboundMessage"]
    assert ghl.sent_messages() == []  # the provider carried it: nothing went through the built-in channel


def test_an_email_provider_gets_the_email_fields_and_threads_answer_with_email_message_id(ghl):
    provider, registered = _provider(ghl, type="Email")
    contact = ghl.contact(email="ada@example.com")
    api = ghl.client()
    sent = api.post("/conversations/messages", json={"type": "Email", "contactId": contact["id"],
                                                     "subject": "Quote", "html": "<p>Attached</p>"}).json()
    ghl.wait_for_event("ProviderOutboundMessage")
    body = provider.received[0]
    assert (body["type"], body["emailMessageId"], body["emailTo"], body["subject"], body["html"]) == (
        "Email", sent["emailMessageId"], ["ada@example.com"], "Quote", "<p>Attached</p>")

    provider_api = ghl.client(token=registered.access_token)
    reply = provider_api.post("/conversations/messages/inbound", json={
        "type": "Email", "conversationId": sent["conversationId"], "contactId": contact["id"],
        "html": "<p>Thanks</p>", "emailMessageId": sent["emailMessageId"]})
    assert reply.status_code == 200 and reply.json()["emailMessageId"] == reply.json()["messageId"]
    email = api.get(f"/conversations/messages/email/{reply.json()['emailMessageId']}").json()
    assert email["threadId"] == sent["threadId"]


def test_a_custom_channel_needs_its_provider_and_carries_reply_to_alt_id(ghl):
    provider, registered = _provider(ghl, custom=True)
    contact = ghl.contact(phone="+15550001111")
    conversation = ghl.conversation(contact)
    provider_api = ghl.client(token=registered.access_token)
    missing = provider_api.post("/conversations/messages/inbound", json={
        "type": "Custom", "conversationId": conversation["id"], "contactId": contact["id"], "message": "hi"})
    assert (missing.status_code, missing.json()["message"]) == (400, "conversationProviderId required for custom providers")
    inbound = provider_api.post("/conversations/messages/inbound", json={
        "type": "Custom", "conversationId": conversation["id"], "contactId": contact["id"], "message": "hi",
        "conversationProviderId": registered.id, "altId": "thread-42"})
    assert inbound.status_code == 200, inbound.text

    api = ghl.client()
    assert api.post("/conversations/messages", json={"type": "Custom", "contactId": contact["id"],
                                                      "message": "x"}).status_code == 400
    sent = api.post("/conversations/messages", json={"type": "Custom", "contactId": contact["id"], "message": "Hello",
                                                     "conversationProviderId": registered.id})
    assert sent.status_code == 200, sent.text
    ghl.wait_for_event("ProviderOutboundMessage")
    assert (provider.received[0]["type"], provider.received[0]["replyToAltId"]) == ("Custom", "thread-42")
    assert api.get(f"/conversations/messages/{sent.json()['messageId']}").json()["messageType"] == \
        "TYPE_CUSTOM_PROVIDER_SMS"


def test_only_the_providers_own_app_may_update_a_status(ghl):
    ghl.webhook_delivery("manual")
    registered = ghl.conversation_provider(delivery_url="https://provider.example/deliver")
    other = ghl.install_app(events=[], name="Another app")
    message = ghl.message(type="SMS", contact=ghl.contact(phone="+15550001111"))
    path = f"/conversations/messages/{message['id']}/status"

    for token in (other.access_token, ghl.token(), ghl.pit()):
        refused = ghl.client(token=token).put(path, json={"status": "delivered"})
        assert (refused.status_code, refused.json()["message"]) == (
            403, "No conversation provider found for this message")
    mine = ghl.client(token=registered.access_token)
    failed = mine.put(path, json={"status": "failed", "error": {"code": "30003", "type": "saas",
                                                                 "message": "Unreachable"}})
    assert failed.status_code == 200 and failed.json()["status"] == "failed"
    read_back = ghl.client().get(f"/conversations/messages/{message['id']}").json()
    assert (read_back["status"], read_back["error"]["code"]) == ("failed", "30003")


def test_status_updates_wait_for_the_configured_delay(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    registered = ghl.conversation_provider(delivery_url="https://provider.example/deliver")
    assert ghl.messaging_settings(statusUpdateDelaySeconds=7)["statusUpdateDelaySeconds"] == 7
    message = ghl.message(contact=ghl.contact(phone="+15550001111"))
    mine = ghl.client(token=registered.access_token)
    path = f"/conversations/messages/{message['id']}/status"
    too_soon = mine.put(path, json={"status": "delivered"})
    assert (too_soon.status_code, too_soon.json()["message"]) == (403, "No conversation provider found for this message")
    ghl.advance(seconds=7)
    assert mine.put(path, json={"status": "delivered"}).status_code == 200


def test_a_built_in_message_has_no_provider_to_report_for_it(ghl):
    message = ghl.message(contact=ghl.contact(phone="+15550001111"))
    refused = ghl.client().put(f"/conversations/messages/{message['id']}/status", json={"status": "read"})
    assert (refused.status_code, refused.json()["message"]) == (403, "No conversation provider found for this message")


def test_inbound_naming_another_apps_provider_is_refused(ghl):
    registered = ghl.conversation_provider(delivery_url="https://provider.example/deliver", custom=True)
    contact = ghl.contact()
    conversation = ghl.conversation(contact)
    body = {"type": "Custom", "conversationId": conversation["id"], "contactId": contact["id"], "message": "hi",
            "conversationProviderId": registered.id}
    refused = ghl.client().post("/conversations/messages/inbound", json=body)
    assert (refused.status_code, refused.json()["message"]) == (
        403, f"You don't have access to the conversationProvider with id: {registered.id}")
    assert ghl.client().get("/conversations/search", params={"locationId": ghl.location_id}).json()[
        "conversations"][0].get("lastMessageBody") is None  # nothing written


@pytest.mark.parametrize("direction", ["inbound", "outbound"])
def test_call_logs_need_an_existing_contact(ghl, direction):
    registered = ghl.conversation_provider(delivery_url="https://provider.example/calls", type="Call", custom=True)
    contact = ghl.contact(phone="+15550001111")
    conversation = ghl.conversation(contact)
    api = ghl.client(token=registered.access_token)
    number = "from" if direction == "inbound" else "to"
    path = f"/conversations/messages/{direction}"
    body = {"type": "Call", "conversationId": conversation["id"], "conversationProviderId": registered.id,
            **({"contactId": contact["id"]} if direction == "inbound" else {})}
    unknown = api.post(path, json={**body, "call": {number: "+15559998888", "status": "completed"}})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "No contact found with phone +15559998888")
    logged = api.post(path, json={**body, "call": {number: "+15550001111", "status": "completed"}})
    assert logged.status_code == 200, logged.text


@pytest.mark.parametrize("channel", ["SMS", "Email"])
def test_the_delivered_body_has_only_the_docs_fields_of_the_docs_types(ghl, channel):
    """What tests/webhooks/test_declared_events.py checks for events it can cause, for ProviderOutboundMessage."""
    from mock_server.contracts import event_docs

    from mock_server.webhooks.oddities import ENVELOPE_FIELDS, EXTRA_FIELDS, TYPE_FROM_EXAMPLE

    provider, _ = _provider(ghl, type=channel)
    contact = ghl.contact(phone="+15550001111", email="ada@example.com")
    body = {"type": channel, "contactId": contact["id"], "message": "Hi", "attachments": ["https://x.test/a.png"]}
    ghl.client().post("/conversations/messages", json={**body, **({"subject": "S"} if channel == "Email" else {})})
    ghl.wait_for_event("ProviderOutboundMessage")
    delivered = provider.received[0]
    assert delivered["attachments"] == ["https://x.test/a.png"]
    docs = event_docs.locate()
    if docs is None:
        pytest.skip("GHL's webhook event docs are not beside the repository")
    doc = event_docs.read(docs, "ProviderOutboundMessage.md", "ProviderOutboundMessage")
    extra = set(ENVELOPE_FIELDS) | set(EXTRA_FIELDS["ProviderOutboundMessage"])
    assert sorted(set(delivered) - doc.fields - extra) == []
    as_example = TYPE_FROM_EXAMPLE["ProviderOutboundMessage"]
    assert [p for name, value in delivered.items() if name not in as_example and (p := doc.type_problem(name, value))] == []
    if channel == "Email":
        assert delivered["emailTo"] == ["ada@example.com"]  # a list, as the doc's example sends it


def test_a_busy_delivery_url_is_retried_as_every_webhook_is(ghl):
    """The ghl profile retries a 429 about ten minutes later (mock time), with the same webhookId and bytes."""
    ghl.freeze("2025-05-01T09:00:00Z")
    answers = [429, 200]
    bodies: list[bytes] = []

    async def busy_provider(scope, receive, send):
        bodies.append((await receive())["body"])
        await send({"type": "http.response.start", "status": answers.pop(0), "headers": []})
        await send({"type": "http.response.body", "body": b""})

    ghl.conversation_provider(busy_provider)
    ghl.message(contact=ghl.contact(phone="+15550001111"))
    ghl.deliver()
    event = ghl.events("ProviderOutboundMessage")[0]
    assert event["deliveries"][0]["status"] == "retrying"
    ghl.advance(minutes=15)  # the retry falls due and goes out
    ghl.deliver()
    assert ghl.event(event["webhookId"])["deliveries"][0]["status"] == "delivered"
    assert len(bodies) == 2 and bodies[0] == bodies[1]
