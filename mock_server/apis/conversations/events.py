"""The Conversations area's webhooks: messages sent and received, and a conversation's unread count.

- sending a message (POST /conversations/messages) sends OutboundMessage, unless it is scheduled for later;
- a message added by a provider sends InboundMessage, or OutboundMessage for an outbound one (a logged call);
- a change of a conversation's ``unreadCount`` (marked read or unread, or an inbound message counted) sends
  ConversationUnreadUpdate.

DECISION: ``messageType`` is the channel as GHL's webhook docs spell it (``SMS``, ``Email``, ``CALL``...: the
message's ``TYPE_...`` name without its prefix, upper case but for Email), not the API's ``TYPE_SMS``.
DECISION: an inbound message counted unread sends ConversationUnreadUpdate too: its doc says it follows the
unread count, whatever changed it. A message's status update sends nothing (the event map lists none).

ProviderOutboundMessage goes to one conversation provider's Delivery URL (``audience="provider"``: whatever
the app subscribed to, Ed25519-signed only), sent by ``providers.deliver`` with every message a provider
carries; its ``type`` is the channel. No generic cause: it needs an installed provider app (tests/apis/
conversations/test_providers.py performs it).
"""

from __future__ import annotations

from typing import Any

from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import Cause, EventType

_SMS = {"type": "SMS", "message": "Hello from a webhook test", "toNumber": "+15555550123"}
_INBOUND = {"type": "SMS", "message": "Hi from the contact", "conversationProviderId": "webhookTestProvider"}

OUTBOUND_MESSAGE = EventType("OutboundMessage", caused_by=(
    Cause("send-a-new-message", body=_SMS),
    Cause("add-an-outbound-message", body={"type": "Call", "conversationProviderId": "webhookTestProvider",
                                           "call": {"status": "completed"}})),
    always=("messageId", "conversationId", "contactId", "direction", "messageType"))
INBOUND_MESSAGE = EventType("InboundMessage", caused_by=(Cause("add-an-inbound-message", body=_INBOUND),),
                            always=("messageId", "conversationId", "contactId", "direction", "messageType"))
CONVERSATION_UNREAD_UPDATE = EventType("ConversationUnreadUpdate", caused_by=(
    Cause("update-conversation", body={"unreadCount": 2}), Cause("add-an-inbound-message", body=_INBOUND)),
    always=("id", "contactId", "unreadCount"))

def _provider_recipe(api, sets: dict) -> None:
    """``ghl-mock trigger ProviderOutboundMessage``: the trigger app, installed on the location, registers an extra
    SMS channel (the location's own SMS stays built-in) whose Delivery URL is where ``ghl-mock listen`` forwards
    (else the trigger app's webhook URL, else nowhere: the attempt fails and is logged); a new contact is then
    sent a message on it (``--set message=...`` changes the text)."""
    apps = api.control("GET", "/_mock/oauth/apps")["apps"]
    listener = next((a for a in apps if a["name"] == "ghl-mock listen" and a.get("webhookUrl")), None)
    url = (listener or {}).get("webhookUrl") or api.app.get("webhookUrl") or "http://127.0.0.1:9/ghl-mock-trigger"
    client_id = api.app["clientId"]
    api.control("POST", "/_mock/oauth/installations", {"clientId": client_id, **api.where}, ok=(200, 201, 400))
    provider = api.control("POST", f"/_mock/oauth/apps/{client_id}/providers",
                           {"name": "ghl-mock trigger", "type": "SMS", "deliveryUrl": url, "isCustom": True})
    token = api.control("POST", "/_mock/tokens", api.where)["access_token"]
    headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
    http = api.sandbox.http
    contact = http.post("/contacts/", headers=headers, json={**api.where, "phone": "+15550001111"}).json()
    http.post("/conversations/messages", headers=headers, json={
        "type": "Custom", "contactId": contact["contact"]["id"], "conversationProviderId": provider["id"],
        "message": sets.get("message", "Hello from ghl-mock trigger")}).raise_for_status()


PROVIDER_OUTBOUND_MESSAGE = EventType("ProviderOutboundMessage", audience="provider", trigger=_provider_recipe,
                                      always=("contactId", "messageId", "type"))

EVENTS = (OUTBOUND_MESSAGE, INBOUND_MESSAGE, CONVERSATION_UNREAD_UPDATE, PROVIDER_OUTBOUND_MESSAGE)

_MESSAGE_FIELDS = ("attachments", "body", "contactId", "contentType", "conversationId", "dateAdded", "direction",
                   "messageType", "status", "messageId", "userId", "source", "conversationProviderId",
                   "emailMessageId", "threadId", "provider", "from", "to", "cc", "bcc", "subject")


def message_type(internal: str) -> str:
    name = internal.removeprefix("TYPE_")
    return "Email" if name == "EMAIL" else name


def announce_message(tenant: Tenant, message: dict[str, Any]) -> None:
    """InboundMessage or OutboundMessage for a message just added (nothing for one scheduled for later)."""
    if message["status"] == "scheduled":
        return
    found = {**message, "messageId": message["id"], "messageType": message_type(message["messageType"])}
    if message["messageType"] == "TYPE_EMAIL":
        found["emailMessageId"] = message["id"]
    payload = {name: found[name] for name in _MESSAGE_FIELDS if found.get(name) is not None}
    if message["direction"] == "inbound":
        payload.pop("source", None)  # InboundMessage's doc has none
    call_status = (message.get("meta") or {}).get("callStatus")
    if call_status:
        payload["callStatus"] = call_status
    tenant.emit(INBOUND_MESSAGE if message["direction"] == "inbound" else OUTBOUND_MESSAGE, payload)


def announce_unread(tenant: Tenant, before: dict[str, Any], after: dict[str, Any]) -> None:
    """ConversationUnreadUpdate when the conversation's unread count changed."""
    if before.get("unreadCount", 0) == after.get("unreadCount", 0):
        return
    payload = {"id": after["id"], "contactId": after["contactId"], "unreadCount": after.get("unreadCount", 0),
               **{k: after[k] for k in ("inbox", "starred") if after.get(k) is not None}, "deleted": False}
    tenant.emit(CONVERSATION_UNREAD_UPDATE, payload)
