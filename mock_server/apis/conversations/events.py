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

PROVIDER_OUTBOUND_MESSAGE = EventType("ProviderOutboundMessage", audience="provider",
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
