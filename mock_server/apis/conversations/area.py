"""The Conversations area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.conversations import (
    attachment_routes,  # noqa: F401 - importing it declares its operations
    events,
    messages,
    recordings,
    records,
    routes,
)
from mock_server.apis.conversations.tables import CONVERSATIONS, MESSAGES
from mock_server.platform.area import Area, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "conversations",
    apis=(routes.api,),  # attachment_routes declares its operations on it too
    tables=(
        Table(CONVERSATIONS, indexes=("contactId",), not_found=BadRequest(records.CONVERSATION_NOT_FOUND)),
        Table(MESSAGES, indexes=("contactId", "conversationId"), not_found=BadRequest(messages.MESSAGE_NOT_FOUND)),
    ),
    seeds=(Seed("PUT", "/locations/{locationId}/messages/{messageId}/transcription", recordings.put_transcription,
                body=recordings.TranscriptionSeed, status=200,
                doc='`{"sentences":[{"transcript","startTime","endTime","confidence"}]}`: give a call message a '
                    "transcription (GHL's API only reads it; recorded calls answer a short silent WAV)"),),
    cascades=(
        # DECISION: a contact's conversation and messages go with it: none is left readable as an orphan.
        delete_children(CONTACTS, CONVERSATIONS, "contactId"),
        delete_children(CONTACTS, MESSAGES, "contactId"),
        delete_children(CONVERSATIONS, MESSAGES, "conversationId"),
    ),
    factories="mock_server.apis.conversations.factories:ConversationFactories",
    demo="mock_server.apis.conversations.demo:load",
    upstream_allowlist="mock_server.apis.conversations.upstream",
    events=events.EVENTS,
)
