"""How to: test your custom SMS provider against ghl-mock, in-process (no server, no tunnel, no phone).

A Marketplace app that replaces a location's SMS channel receives ``ProviderOutboundMessage`` at its Delivery
URL for every SMS the location sends, signed with ``x-ghl-signature`` (Ed25519). It sends the text through its
own carrier, reports the outcome (``PUT /conversations/messages/{id}/status``, with the app's own token), and
posts the contact's replies as inbound messages (``POST /conversations/messages/inbound``).

``ghl.conversation_provider(your_app)`` registers such a provider on a new app installed on the test's location
and routes its Delivery URL to YOUR app (ASGI: FastAPI, Starlette; WSGI: Flask, Django). Send an SMS through the
API, then ``ghl.wait_for_event("ProviderOutboundMessage")`` delivers it. See docs/messaging.md for the rules.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.serialization import load_pem_public_key
from fastapi import FastAPI, Request, Response

# -- your provider (stands for the one you test) ------------------------------------------------------------


def make_provider(public_key_pem: str, carrier: list[dict], ghl_api: dict) -> FastAPI:
    """Verifies GHL's signature, "sends" the SMS through its carrier, and reports it delivered."""
    app = FastAPI()
    key = load_pem_public_key(public_key_pem.encode())

    @app.post("/ghl/outbound")
    async def outbound(request: Request) -> Response:
        raw = await request.body()
        try:
            key.verify(base64.b64decode(request.headers["x-ghl-signature"]), raw)
        except Exception:
            return Response(status_code=401)
        message = await request.json()
        carrier.append({"to": message["phone"], "text": message["message"]})
        ghl_api["client"].put(f"/conversations/messages/{message['messageId']}/status", json={"status": "delivered"})
        return Response(status_code=200)

    return app


# -- the tests ----------------------------------------------------------------------------------------------


def test_an_sms_goes_through_your_provider_and_is_delivered(ghl):
    carrier: list[dict] = []
    ghl_api: dict = {}
    keys = ghl.client().get("/_mock/webhooks/keys").json()
    provider = ghl.conversation_provider(make_provider(keys["ed25519"]["publicKey"], carrier, ghl_api),
                                         path="/ghl/outbound")
    ghl_api["client"] = ghl.client(token=provider.access_token)  # your app's own token
    contact = ghl.contact(phone="+15550001111")

    sent = ghl.client().post("/conversations/messages",
                             json={"type": "SMS", "contactId": contact["id"], "message": "Your table is ready"}).json()
    ghl.wait_for_event("ProviderOutboundMessage")

    assert carrier == [{"to": "+15550001111", "text": "Your table is ready"}]
    assert ghl.client().get(f"/conversations/messages/{sent['messageId']}").json()["status"] == "delivered"


def test_a_reply_from_the_contact_lands_in_the_conversation(ghl):
    provider = ghl.conversation_provider(delivery_url="https://sms.example/ghl/outbound")
    contact = ghl.contact(phone="+15550001111")
    conversation = ghl.conversation(contact)

    reply = ghl.client(token=provider.access_token).post("/conversations/messages/inbound", json={
        "type": "SMS", "conversationId": conversation["id"], "contactId": contact["id"], "message": "On my way"})

    assert reply.status_code == 200
    assert ghl.events("InboundMessage")[0]["payload"]["body"] == "On my way"


def test_ghl_makes_you_wait_before_a_status_update(ghl):
    """Live GHL refuses a status update for a few seconds after the send (its issue #4): retry on 403."""
    ghl.freeze("2025-05-01T09:00:00Z")
    ghl.messaging_settings(statusUpdateDelaySeconds=8)
    provider = ghl.conversation_provider(delivery_url="https://sms.example/ghl/outbound")
    message = ghl.message(contact=ghl.contact(phone="+15550001111"))
    api = ghl.client(token=provider.access_token)

    assert api.put(f"/conversations/messages/{message['id']}/status", json={"status": "delivered"}).status_code == 403
    ghl.advance(seconds=8)
    assert api.put(f"/conversations/messages/{message['id']}/status", json={"status": "delivered"}).status_code == 200


def test_without_a_provider_the_built_in_channel_sends_and_the_outbox_keeps_it(ghl):
    contact = ghl.contact(phone="+15550001111")
    ghl.client().post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "Hi"})
    assert [(m["to"], m["text"], m["status"]) for m in ghl.sent_messages("SMS")] == [("+15550001111", "Hi", "delivered")]
