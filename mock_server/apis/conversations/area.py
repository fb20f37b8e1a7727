"""The Conversations area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.files.tables import STORED_FILES, UPLOAD_SLOTS
from mock_server.apis.conversations import (
    attachment_routes,  # noqa: F401 - importing it declares its operations
    events,
    messages,
    messaging_settings,
    preferences,
    recordings,
    records,
    reviews,
    routes,
)
from mock_server.apis.conversations.tables import (
    CONVERSATIONS,
    CUSTOM_SUBTYPES,
    MESSAGES,
    MESSAGING_SETTINGS,
    OUTBOX,
    SUBSCRIPTIONS,
)
from mock_server.platform.area import Area, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "conversations",
    serves=("Conversations: conversations, messages by channel (merge fields such as `{{contact.first_name}}` and "
            "`{{ custom_values.x }}` filled in what is sent), status, scheduling, search, recordings, "
            "transcriptions; attachments (multipart upload, signed-URL upload, a call's attachments), served back "
            "at their URLs"),
    apis=(routes.api, routes.v3_api),  # attachment_routes declares its operations on api too
    tables=(
        Table(CONVERSATIONS, indexes=("contactId",), not_found=BadRequest(records.CONVERSATION_NOT_FOUND)),
        Table(MESSAGES, indexes=("contactId", "conversationId"), not_found=BadRequest(messages.MESSAGE_NOT_FOUND)),
        Table(OUTBOX),
        Table(MESSAGING_SETTINGS),
        Table(CUSTOM_SUBTYPES, not_found=BadRequest(preferences.SUBTYPE_NOT_FOUND)),
        Table(SUBSCRIPTIONS, indexes=("contactId",)),
    ),
    seeds=(Seed("PUT", "/locations/{locationId}/messages/{messageId}/transcription", recordings.put_transcription,
                body=recordings.TranscriptionSeed, status=200,
                doc='`{"sentences":[{"transcript","startTime","endTime","confidence"}]}`: give a call message a '
                    "transcription (GHL's API only reads it; recorded calls answer a short silent WAV)"),
           Seed("PUT", "/locations/{locationId}/messaging-settings", messaging_settings.put_settings,
                body=messaging_settings.MessagingSettingsSeed, status=200,
                doc='`{"statusUpdateDelaySeconds", "builtInFailure": {"code","type","message"}}`: refuse provider '
                    "status updates until that long after the send (GHL's live delay); make the built-in SMS/e-mail "
                    "channels fail with that error (`null` clears it)"),
           Seed("POST", "/locations/{locationId}/reviews", reviews.seed_review, body=reviews.ReviewSeed,
                doc='`{"contactId", "rating", "body"}`: a review the contact left, in its conversation (GHL\'s API '
                    "cannot create one; `POST /conversations/messages/review-reply` answers it)"),),
    cascades=(
        # DECISION: a contact's conversation and messages go with it: none is left readable as an orphan.
        delete_children(CONTACTS, CONVERSATIONS, "contactId"),
        delete_children(CONTACTS, MESSAGES, "contactId"),
        delete_children(CONVERSATIONS, MESSAGES, "conversationId"),
        delete_children(CONTACTS, SUBSCRIPTIONS, "contactId"),
        delete_children(CONVERSATIONS, STORED_FILES, "ownerId", "deleting a conversation deletes the files "
                        "uploaded for it (their URLs stop answering)"),
        delete_children(CONVERSATIONS, UPLOAD_SLOTS, "ownerId", "and its signed uploads not yet completed"),
    ),
    factories="mock_server.apis.conversations.factories:ConversationFactories",
    demo="mock_server.apis.conversations.demo:load",
    upstream_allowlist="mock_server.apis.conversations.upstream",
    events=events.EVENTS,
)
