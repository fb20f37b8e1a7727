"""Messages: sent to a contact, added as inbound or as an external outbound call, read, updated, cancelled.

Sending (POST /conversations/messages) needs the contact to be reachable on the channel (a phone for
SMS / WhatsApp, an email address for Email) and not in DND for it (the contact's ``dnd``, or an active
``dndSettings`` entry for the channel). The contact's conversation is created if it has none. Nothing
is delivered: a message is ``pending`` until ``PUT /conversations/messages/{id}/status`` moves it (as a
conversation provider would), or ``scheduled`` when sent with a future ``scheduledTimestamp``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import records as contacts
from mock_server.apis.conversations import events, kinds, records
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.apis.locations import placeholders
from mock_server.apis.locations.service import get_location
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known; each says what was refused and why.
MESSAGE_NOT_FOUND = "Message with id {id} not found"
EMAIL_NOT_FOUND = "Email message with id {message_id} not found"
NO_PHONE = "Contact {contact_id} has no phone number to send a {channel} message to"
NO_EMAIL = "Contact {contact_id} has no email address to send an email to"
IN_DND = "Cannot send message as DND is active for {channel}."
EMPTY_MESSAGE = "message, html or attachments must be given"
WRONG_CONTACT = "Conversation {conversation_id} does not belong to contact {contact_id}"
NOT_SCHEDULED = "Failed cancel the scheduled message"  # the file's own example text for this answer
CANCELLED = "Scheduled message cancelled"
# DECISION: the ``msg`` a send answers: the text public integrations quote for an email, its SMS twin otherwise.
QUEUED = {"Email": "Email queued successfully."}
QUEUED_DEFAULT = "Message queued successfully."
PROCESSED = "Message processed successfully."
DND_ON = frozenset({"active", "permanent"})
DEFAULT_SOURCE = "api"


def send(tenant: Tenant, body: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    """POST /conversations/messages: one outbound message to the contact on the channel ``body["type"]``."""
    channel_name = body["type"]
    channel = kinds.CHANNELS[channel_name]
    contact = contacts.get_contact(tenant, body["contactId"])
    _check_reachable(contact, channel_name, channel, body)
    if not (body.get("message") or body.get("html") or body.get("attachments")):
        raise BadRequest(EMPTY_MESSAGE)
    conversation = records.conversation_for(tenant, contact["id"], channel.conversation_type)
    now = tenant.now()
    scheduled = body.get("scheduledTimestamp")
    status = "scheduled" if scheduled and scheduled > now.timestamp() else (body.get("status") or "pending")
    message = _new_message(tenant, conversation, channel.message_type, "outbound", status, iso_z(now), {
        "body": placeholders.render(tenant, body.get("message") or body.get("html") or "", contact), "attachments": body.get("attachments") or [],
        "userId": user_id, "conversationProviderId": body.get("conversationProviderId"),
        "contentType": "text/html" if body.get("html") else "text/plain",
        "scheduledAt": iso_z(datetime.fromtimestamp(scheduled, UTC)) if status == "scheduled" else None,
    })
    if channel_name == "Email":
        message.update(_email_fields(tenant, contact, body, message["id"]))
    tenant.store.put(MESSAGES, message)
    events.announce_message(tenant, message)
    records.note_message(tenant, conversation, message)
    answer = {"conversationId": conversation["id"], "messageId": message["id"], "status": _send_status(status),
              "msg": QUEUED.get(channel_name, QUEUED_DEFAULT)}
    if channel_name == "Email":
        answer.update(emailMessageId=message["id"], threadId=message["threadId"])
    return answer


def add_inbound(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """POST /conversations/messages/inbound: a message the contact sent (through a conversation provider)."""
    conversation = records.get_conversation(tenant, body["conversationId"])
    if conversation["contactId"] != body["contactId"]:
        contacts.get_contact(tenant, body["contactId"])
        raise BadRequest(WRONG_CONTACT.format(conversation_id=conversation["id"], contact_id=body["contactId"]))
    direction = body.get("direction") if body.get("direction") in ("inbound", "outbound") else "inbound"
    return _process(tenant, conversation, body, direction)


def add_outbound_call(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """POST /conversations/messages/outbound: a call the location made, logged by a conversation provider."""
    conversation = records.get_conversation(tenant, body["conversationId"])
    return _process(tenant, conversation, body, "outbound")


def _process(tenant: Tenant, conversation: dict[str, Any], body: dict[str, Any], direction: str) -> dict[str, Any]:
    channel_name = body["type"]
    channel = kinds.CHANNELS[channel_name]
    stamp = body.get("date") or iso_z(tenant.now())
    # DECISION: a message added by a provider has arrived: inbound ones are "delivered", as are logged calls.
    message = _new_message(tenant, conversation, channel.message_type, direction, "delivered", stamp, {
        "body": body.get("message") or body.get("html") or "", "attachments": body.get("attachments") or [],
        "conversationProviderId": body.get("conversationProviderId"), "altId": body.get("altId"),
        "contentType": "text/html" if body.get("html") else "text/plain",
    })
    if channel.message_type in kinds.CALL_TYPES:
        call = body.get("call") or {}
        message["meta"] = {"callStatus": call.get("status") or "completed"}
        message.update({k: call[k] for k in ("to", "from") if call.get(k)})
    if channel_name == "Email":
        contact = contacts.get_contact(tenant, conversation["contactId"])
        message.update(_email_fields(tenant, contact, body, message["id"], inbound=direction == "inbound"))
    tenant.store.put(MESSAGES, message)
    events.announce_message(tenant, message)
    records.note_message(tenant, conversation, message)
    answer = {"success": True, "conversationId": conversation["id"], "messageId": message["id"],
              "message": PROCESSED, "contactId": conversation["contactId"], "dateAdded": message["dateAdded"]}
    if channel_name == "Email":
        answer["emailMessageId"] = message["id"]
    return answer


def get_message(tenant: Tenant, message_id: str) -> dict[str, Any]:
    return tenant.require(MESSAGES, message_id)


def get_email(tenant: Tenant, message_id: str) -> dict[str, Any]:
    record = tenant.store.get(MESSAGES, message_id)
    if record is None or record["messageType"] != "TYPE_EMAIL":
        raise BadRequest(EMAIL_NOT_FOUND.format(message_id=message_id))
    return record


# DECISION: the thread's type filter names types of the file's list, comma-separated; others get a 422.
BAD_THREAD_TYPE = ("type must be one or more of the following values, comma-separated: "
                   + ", ".join(kinds.THREAD_TYPES))


def thread(tenant: Tenant, conversation_id: str, *, last_message_id: str | None, limit: int,
           type_filter: str | None = None) -> dict[str, Any]:
    """A conversation's messages, newest first, ``limit`` after ``last_message_id`` (of the previous page),
    only of the message types named in ``type_filter`` (comma-separated) when it is given."""
    types = [kinds.THREAD_TYPE_ALIASES.get(t, t) for t in (type_filter or "").split(",") if t.strip()]
    if any(t not in kinds.THREAD_TYPES and t not in kinds.THREAD_TYPE_ALIASES.values() for t in types):
        raise Unprocessable([BAD_THREAD_TYPE])
    records.get_conversation(tenant, conversation_id)
    ids = tenant.store.ids_where(MESSAGES, "conversationId", conversation_id)
    found = [m for m in tenant.store.scan_ids(MESSAGES, ids)
             if not types or m["messageType"] in types]
    found.sort(key=lambda m: (m["dateAdded"], m["seq"]), reverse=True)
    start = 0
    if last_message_id:
        start = next((n + 1 for n, m in enumerate(found) if m["id"] == last_message_id), len(found))
    page = found[start:start + limit]
    answer: dict[str, Any] = {"nextPage": start + len(page) < len(found), "messages": [view(m) for m in page]}
    if page:
        answer["lastMessageId"] = page[-1]["id"]
    return answer


def update_status(tenant: Tenant, message_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """PUT /conversations/messages/{id}/status: what the provider reports (``error`` kept with ``failed``)."""
    message = get_message(tenant, message_id)
    message["status"] = body["status"]
    if body["status"] == "failed" and body.get("error"):
        message["error"] = body["error"]
    else:
        message.pop("error", None)
    message["dateUpdated"] = iso_z(tenant.now())
    tenant.store.put(MESSAGES, message)
    answer = {"conversationId": message["conversationId"], "messageId": message["id"], "status": body["status"]}
    if message["messageType"] == "TYPE_EMAIL":
        answer["emailMessageId"] = message["id"]
    return answer


def cancel_scheduled(tenant: Tenant, message_id: str, *, email: bool = False) -> dict[str, Any]:
    """DELETE .../schedule: a scheduled message is withdrawn (deleted); any other is refused with a 400."""
    message = get_email(tenant, message_id) if email else get_message(tenant, message_id)
    if message["status"] != "scheduled":
        raise BadRequest(NOT_SCHEDULED)
    tenant.delete(MESSAGES, message_id)
    return {"status": 200, "message": CANCELLED}


# -- how GHL shows a message --------------------------------------------------------------------
VIEW_KEYS = ("id", "altId", "type", "messageType", "locationId", "contactId", "conversationId", "dateAdded",
             "body", "direction", "status", "contentType", "attachments", "meta", "source", "userId",
             "conversationProviderId", "error")


def view(record: dict[str, Any]) -> dict[str, Any]:
    out = {k: record[k] for k in VIEW_KEYS if record.get(k) is not None}
    if record["messageType"] == "TYPE_EMAIL":
        out["meta"] = {**out.get("meta", {}), "email": {"messageIds": [record["id"]]}}
    return out


# The email DTO's status enum lacks some message statuses (clicked, opt_out, queued): those are left out.
EMAIL_STATUSES = frozenset({"pending", "scheduled", "sent", "delivered", "read", "undelivered", "connected",
                            "failed", "opened"})


def email_view(record: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "altId", "threadId", "locationId", "contactId", "conversationId", "dateAdded", "subject", "body",
            "direction", "contentType", "attachments", "provider", "from", "to", "cc", "bcc", "replyToMessageId",
            "source", "conversationProviderId")
    out = {k: record[k] for k in keys if record.get(k) is not None}
    if record["status"] in EMAIL_STATUSES:
        out["status"] = record["status"]
    return out


# -- building ----------------------------------------------------------------------------------
def _check_reachable(contact: dict[str, Any], channel_name: str, channel: kinds.Channel, body: dict) -> None:
    if channel.contact_field == "phone" and not (contact.get("phone") or body.get("toNumber")):
        raise BadRequest(NO_PHONE.format(contact_id=contact["id"], channel=channel_name))
    if channel.contact_field == "email" and not (contact.get("email") or body.get("emailTo")):
        raise BadRequest(NO_EMAIL.format(contact_id=contact["id"]))
    settings = contact.get("dndSettings") or {}
    if contact.get("dnd") or (channel.dnd_channel and (settings.get(channel.dnd_channel) or {}).get("status") in DND_ON):
        raise BadRequest(IN_DND.format(channel=channel.dnd_channel or channel_name))


def _new_message(tenant: Tenant, conversation: dict[str, Any], message_type: str, direction: str, status: str,
                 stamp: str, fields: dict[str, Any]) -> dict[str, Any]:
    record = {
        "id": tenant.new_id(), "locationId": tenant.location_id,
        "contactId": conversation["contactId"], "conversationId": conversation["id"],
        "type": kinds.MESSAGE_TYPE_NUMBERS[message_type], "messageType": message_type, "direction": direction,
        "status": status, "dateAdded": stamp, "dateUpdated": stamp, "source": DEFAULT_SOURCE,
        # DECISION: messages added through the API are "manual" (GHL's "automated" is for workflows and campaigns)
        "action": "manual",
        # the order messages were added in, to order a thread when two share a timestamp
        "seq": len(tenant.store.ids_where(MESSAGES, "conversationId", conversation["id"])),
    }
    record.update({k: v for k, v in fields.items() if v is not None})
    return record


def _email_fields(tenant: Tenant, contact: dict[str, Any], body: dict[str, Any], message_id: str,
                  *, inbound: bool = False) -> dict[str, Any]:
    """An email's headers. DECISION: the location's own address (``emailFrom`` or the location's email) sends;
    a reply keeps the thread of the message it answers, a new email starts a thread named by its own id."""
    replied = tenant.store.get(MESSAGES, body["replyMessageId"]) if body.get("replyMessageId") else None
    location = get_location(tenant)
    ours = body.get("emailFrom") if not inbound else body.get("emailTo")
    ours = ours or location.get("email") or "noreply@example.com"
    theirs = (body.get("emailTo") if not inbound else body.get("emailFrom")) or contact.get("email") or ""
    subject = body.get("subject")
    if subject and not inbound:  # what the location sends has its merge fields filled; what it receives is as sent
        subject = placeholders.render(tenant, subject, contact)
    return {
        "subject": subject, "threadId": body.get("threadId") or (replied or {}).get("threadId") or message_id,
        "from": theirs if inbound else ours, "to": [ours if inbound else theirs],
        "cc": body.get("emailCc") or [], "bcc": body.get("emailBcc") or [], "provider": "ghl-mock",
        "replyToMessageId": body.get("replyMessageId"),
    }


def _send_status(status: str) -> str:
    """The send answer's status enum has no "scheduled": DECISION: a scheduled message answers "pending"."""
    return "pending" if status == "scheduled" else status
