"""The conversation record: one per contact, created explicitly or by the contact's first message.

A conversation belongs to a contact of its location (any other contact id gets GHL's 400 and nothing is
written). Its ``lastMessage*`` fields, ``unreadCount`` and ``dateUpdated`` follow the messages added to it
(``note_message``), on the mock clock. Deleting it deletes its messages; deleting its contact deletes both.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import records as contacts
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.conversations import events, kinds
from mock_server.apis.conversations.tables import CONVERSATIONS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known; each says what was refused.
CONVERSATION_NOT_FOUND = "Conversation with id {id} not found"
# GHL keeps one conversation per contact; a second create is refused and names the existing one.
CONVERSATION_EXISTS = "Conversation already exists"


def create_conversation(tenant: Tenant, contact_id: str,
                        conversation_type: int = kinds.DEFAULT_CONVERSATION_TYPE) -> dict[str, Any]:
    contact = contacts.get_contact(tenant, contact_id)
    existing = conversation_of(tenant, contact_id)
    if existing is not None:
        raise BadRequest(CONVERSATION_EXISTS, conversationId=existing["id"])
    now = iso_z(tenant.now())
    record: dict[str, Any] = {
        "id": tenant.new_id(), "locationId": tenant.location_id, "contactId": contact["id"],
        "type": conversation_type, "unreadCount": 0, "inbox": True, "starred": False, "deleted": False,
        "followers": [], "dateAdded": now, "dateUpdated": now,
    }
    if contact.get("assignedTo"):
        record["assignedTo"] = contact["assignedTo"]  # DECISION: the conversation starts with the contact's owner
    return tenant.store.put(CONVERSATIONS, record)


def get_conversation(tenant: Tenant, conversation_id: str) -> dict[str, Any]:
    return tenant.require(CONVERSATIONS, conversation_id)


def conversation_of(tenant: Tenant, contact_id: str) -> dict[str, Any] | None:
    """The contact's conversation, if it has one."""
    found = tenant.store.find(CONVERSATIONS, "contactId", contact_id)
    return next(iter(found), None)


def conversation_for(tenant: Tenant, contact_id: str, conversation_type: int) -> dict[str, Any]:
    """The contact's conversation, created (of ``conversation_type``) when it has none, as GHL does on a send."""
    return conversation_of(tenant, contact_id) or create_conversation(
        tenant, contact_id, conversation_type)


def update_conversation(tenant: Tenant, conversation_id: str, changes: dict[str, Any]) -> dict:
    """``unreadCount`` (0 marks it read), ``starred``, ``feedback``."""
    record = get_conversation(tenant, conversation_id)
    for key in ("unreadCount", "starred", "feedback"):
        if key in changes and changes[key] is not None:
            record[key] = changes[key]
    return _save(tenant, record)


def delete_conversation(tenant: Tenant, conversation_id: str) -> None:
    """Delete the conversation (its messages go with it: a cascade of ``area.py``)."""
    get_conversation(tenant, conversation_id)
    tenant.delete(CONVERSATIONS, conversation_id)


def note_message(tenant: Tenant, conversation: dict[str, Any], message: dict[str, Any]) -> dict[str, Any]:
    """The conversation after ``message`` was added: its last message, and one more unread if inbound."""
    if message["status"] == "scheduled":
        return conversation  # DECISION: a scheduled message is not the last message until it is sent
    conversation.update(lastMessageBody=message.get("body") or message.get("subject") or "",
                        lastMessageType=message["messageType"], lastMessageDate=message["dateAdded"],
                        lastMessageDirection=message["direction"], lastMessageAction=message["action"])
    if message["direction"] == "inbound":
        conversation["unreadCount"] = conversation.get("unreadCount", 0) + 1
    else:
        conversation["lastManualMessageDate"] = message["dateAdded"]
    return _save(tenant, conversation)


def _save(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    before = tenant.store.get(CONVERSATIONS, record["id"]) or {}
    record["dateUpdated"] = iso_z(tenant.now())
    stored = tenant.store.put(CONVERSATIONS, record)
    events.announce_unread(tenant, before, stored)
    return stored


# -- how GHL shows it ---------------------------------------------------------------------------
def view(record: dict[str, Any]) -> dict[str, Any]:
    """GET /conversations/{id}: the record, numeric channel type, no message summary."""
    keys = ("id", "contactId", "locationId", "deleted", "inbox", "type", "unreadCount", "assignedTo", "starred")
    return {k: record[k] for k in keys if record.get(k) is not None}


def created_view(record: dict[str, Any]) -> dict[str, Any]:
    """POST /conversations/: DECISION: a conversation without messages answers its creation time as lastMessageDate."""
    keys = ("id", "dateUpdated", "dateAdded", "deleted", "contactId", "locationId", "assignedTo")
    out = {k: record[k] for k in keys if record.get(k) is not None}
    out["lastMessageDate"] = record.get("lastMessageDate") or record["dateAdded"]
    return out


def updated_view(record: dict[str, Any]) -> dict[str, Any]:
    """PUT /conversations/{id}: ConversationDto, ``lastMessageDate`` in epoch milliseconds as its example has it."""
    keys = ("id", "locationId", "contactId", "assignedTo", "lastMessageBody", "lastMessageType", "unreadCount",
            "inbox", "starred", "deleted")
    out = {k: record[k] for k in keys if record.get(k) is not None}
    if record.get("lastMessageDate"):
        out["lastMessageDate"] = str(epoch_ms(record["lastMessageDate"]))
    return out


def search_view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    """A search hit: the conversation with its contact's name, email and phone and epoch-millisecond dates."""
    contact = tenant.store.get(CONTACTS, record["contactId"]) or {}
    name = " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p) or contact.get("name") or ""
    out: dict[str, Any] = {
        "id": record["id"], "contactId": record["contactId"], "locationId": record["locationId"],
        "type": kinds.CONVERSATION_TYPE_NAMES.get(record["type"], "TYPE_PHONE"), "unreadCount": record["unreadCount"],
        "fullName": name, "contactName": name, "starred": record.get("starred", False),
        "inbox": record.get("inbox", True), "followers": record.get("followers", []),
        "dateAdded": epoch_ms(record["dateAdded"]), "dateUpdated": epoch_ms(record["dateUpdated"]),
    }
    for key in ("email", "phone", "companyName", "tags"):
        if contact.get(key):
            out[key] = contact[key]
    for key in ("lastMessageBody", "lastMessageType", "lastMessageDirection", "lastMessageAction", "assignedTo"):
        if record.get(key) is not None:
            out[key] = record[key]
    for key in ("lastMessageDate", "lastManualMessageDate"):
        if record.get(key):
            out[key] = epoch_ms(record[key])
    return out


def epoch_ms(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
