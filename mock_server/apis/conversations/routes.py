"""Conversations operations (conversations.json). Literal paths (search, messages/...) win over {id}."""

from __future__ import annotations

from mock_server.apis.conversations import (
    email_status,
    export,
    messages,
    preferences,
    recordings,
    records,
    reviews,
    search,
)
from mock_server.apis.conversations import models as m
from mock_server.platform.call import Call, FileReply
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("conversations.json", tag="Conversations")
# The operation only the v3 file documents (conversations-v3.json): its answer is checked against it.
v3_api = Api("v3/conversations-v3.json", tag="Conversations")

READ, WRITE = "conversations.readonly", "conversations.write"
MESSAGE_READ, MESSAGE_WRITE = "conversations/message.readonly", "conversations/message.write"
# Sending and adding messages name only a contact or conversation: another location's is not found there.
MESSAGES_TEST = "tests/apis/conversations/test_messages.py"


# -- conversations ------------------------------------------------------------------------------
@api.get("/conversations/search", "search-conversation", scopes=READ, tokens=LOCATION, query=m.SearchQuery,
         response=m.SearchResponse, summary="Search Conversations")
def search_conversations(call: Call) -> dict:
    """Filter by contact, assignee, followers, last message, read state and text; ``total`` counts every match."""
    return search.search(call.tenant, call.query)


@api.post("/conversations/", "create-conversation", scopes=WRITE, tokens=LOCATION, body=m.CreateConversationBody,
          response=m.CreateConversationResponse, status=201, summary="Create Conversation")
def create_conversation(call: Call) -> dict:
    """A conversation for a contact of the location (one per contact: a second gets GHL's 400)."""
    record = records.create_conversation(call.tenant, call.body.contactId)
    return {"success": True, "conversation": records.created_view(record)}


@api.get("/conversations/{conversationId}", "get-conversation", scopes=READ, tokens=LOCATION,
         response=m.ConversationOut, summary="Get Conversation")
def get_conversation(call: Call) -> dict:
    return records.view(records.get_conversation(call.tenant, call.path["conversationId"]))


@api.put("/conversations/{conversationId}", "update-conversation", scopes=WRITE, tokens=LOCATION,
         body=m.UpdateConversationBody, response=m.UpdateConversationResponse, summary="Update Conversation")
def update_conversation(call: Call) -> dict:
    """``unreadCount`` (0 marks it read), ``starred``, ``feedback``."""
    record = records.update_conversation(call.tenant, call.path["conversationId"],
                                         sent_fields(call.body))
    return {"success": True, "conversation": records.updated_view(record)}


@api.delete("/conversations/{conversationId}", "delete-conversation", scopes=WRITE, tokens=LOCATION,
            response=m.SuccessResponse, summary="Delete Conversation")
def delete_conversation(call: Call) -> dict:
    """Delete the conversation and its messages."""
    records.delete_conversation(call.tenant, call.path["conversationId"])
    return {"success": True}


@api.get("/conversations/{conversationId}/messages", "get-messages", scopes=MESSAGE_READ, tokens=LOCATION,
         query=m.ThreadQuery, response=m.ThreadResponse, summary="Get messages by conversation id")
def get_messages(call: Call) -> dict:
    """Newest first, ``limit`` per page; pass the page's ``lastMessageId`` for the next one."""
    return {"messages": messages.thread(call.tenant, call.path["conversationId"],
                                        last_message_id=call.query.lastMessageId, limit=call.query.limit,
                                        type_filter=call.query.type)}


@api.post("/conversations/providers/live-chat/typing", "live-chat-agent-typing", scopes="conversations/livechat.write",
          tokens=LOCATION, body=m.TypingBody, response=m.SuccessResponse, status=201, summary="Agent/Ai-Bot is typing")
def live_chat_typing(call: Call) -> dict:
    """DECISION: the indicator is not kept (no GHL API reads it back); an unknown conversation gets the 400."""
    records.get_conversation(call.tenant, call.body.conversationId)
    return {"success": True}


# -- messages -----------------------------------------------------------------------------------
@api.post("/conversations/messages", "send-a-new-message", scopes=MESSAGE_WRITE, tokens=LOCATION,
          body=m.SendMessageBody, response=m.SendMessageResponse, summary="Send a new message",
          names_records_only=MESSAGES_TEST)
def send_message(call: Call) -> dict:
    """To the contact on ``type``'s channel (creating its conversation); DND and a missing phone/email refuse it."""
    user_id = call.principal.user_id if call.principal else None
    return messages.send(call.tenant, sent_fields(call.body), user_id)


@api.post("/conversations/messages/inbound", "add-an-inbound-message", scopes=MESSAGE_WRITE, tokens=LOCATION,
          body=m.InboundMessageBody, response=m.ProcessMessageResponse, summary="Add an inbound message",
          names_records_only=MESSAGES_TEST)
def add_inbound(call: Call) -> dict:
    """A message from the contact into its conversation: it becomes the last message and counts as unread."""
    return messages.add_inbound(call.tenant, sent_fields(call.body), _app_of(call))


@api.post("/conversations/messages/outbound", "add-an-outbound-message", scopes=MESSAGE_WRITE, tokens=LOCATION,
          body=m.OutboundCallBody, response=m.ProcessMessageResponse, summary="Add an external outbound call",
          names_records_only=MESSAGES_TEST)
def add_outbound_call(call: Call) -> dict:
    return messages.add_outbound_call(call.tenant, sent_fields(call.body), _app_of(call))


@api.get("/conversations/messages/email/{id}", "get-email-by-id", scopes=MESSAGE_READ, tokens=LOCATION,
         response=m.EmailOut, summary="Get email by Id")
def get_email(call: Call) -> dict:
    return messages.email_view(messages.get_email(call.tenant, call.path["id"]))


@api.delete("/conversations/messages/email/{emailMessageId}/schedule", "cancel-scheduled-email-message",
            scopes=MESSAGE_WRITE, tokens=LOCATION, response=m.CancelScheduledResponse,
            summary="Cancel a scheduled email message.")
def cancel_scheduled_email(call: Call) -> dict:
    return messages.cancel_scheduled(call.tenant, call.path["emailMessageId"], email=True)


@api.get("/conversations/messages/{id}", "get-message", scopes=MESSAGE_READ, tokens=LOCATION,
         response=m.MessageOut, summary="Get message by message id")
def get_message(call: Call) -> dict:
    return messages.view(messages.get_message(call.tenant, call.path["id"]))


@api.delete("/conversations/messages/{messageId}/schedule", "cancel-scheduled-message", scopes=MESSAGE_WRITE,
            tokens=LOCATION, response=m.CancelScheduledResponse, summary="Cancel a scheduled message.")
def cancel_scheduled(call: Call) -> dict:
    """Withdraw a message sent with a future ``scheduledTimestamp``; any other message gets a 400."""
    return messages.cancel_scheduled(call.tenant, call.path["messageId"])


@api.put("/conversations/messages/{messageId}/status", "update-message-status", scopes=MESSAGE_WRITE,
         tokens=LOCATION, body=m.UpdateMessageStatusBody, response=m.SendMessageResponse,
         summary="Update message status")
def update_message_status(call: Call) -> dict:
    """What the message's conversation provider reports (its app's tokens only): delivered, failed (with
    ``error``), pending or read."""
    return messages.update_status(call.tenant, call.path["messageId"], sent_fields(call.body), _app_of(call))


@v3_api.put("/conversations/messages/email/{id}/status", "update-email-message-status", scopes=MESSAGE_WRITE,
            tokens=LOCATION, body=m.UpdateEmailStatusBody, response=m.UpdateEmailStatusResponse,
            summary="Report an e-mail's delivery (its custom provider)")
def update_email_message_status(call: Call) -> dict:
    """The e-mail's status, per-recipient statuses and delivery counters, from the provider that sent it (its
    app's tokens only: GHL's 403 otherwise)."""
    return email_status.update(call.tenant, call.path["id"], sent_fields(call.body), _app_of(call))


def _app_of(call: Call) -> str | None:
    """The client id of the Marketplace app whose token made the call (None for other tokens)."""
    return call.principal.client_id if call.principal and call.principal.token_kind == "oauth" else None


# -- call recordings and transcriptions --------------------------------------------------------
@api.get("/conversations/messages/{messageId}/locations/{locationId}/recording", "get-message-recording",
         scopes=MESSAGE_READ, tokens=LOCATION, response_media_type="audio/x-wav",
         summary="Get Recording by Message ID")
def get_recording(call: Call) -> FileReply:
    """The call's recording as ``audio/x-wav`` (a second of silence: the mock has no audio)."""
    audio = recordings.recording(call.tenant, call.path["messageId"])
    return FileReply(audio, "audio/x-wav", recordings.RECORDING_FILE)


@api.get("/conversations/locations/{locationId}/messages/{messageId}/transcription", "get-message-transcription",
         scopes=MESSAGE_READ, tokens=LOCATION, response=m.TranscriptionResponse,
         summary="Get transcription by Message ID")
def get_transcription(call: Call) -> dict:
    return recordings.transcription(call.tenant, call.path["messageId"])


@api.get("/conversations/locations/{locationId}/messages/{messageId}/transcription/download",
         "download-message-transcription", scopes=MESSAGE_READ, tokens=LOCATION, response_media_type="text/plain",
         summary="Download transcription by Message ID")
def download_transcription(call: Call) -> FileReply:
    text = recordings.transcription_text(call.tenant, call.path["messageId"])
    return FileReply(text, "text/plain", recordings.TRANSCRIPTION_FILE)



# -- preferences: custom subscription types and a contact's subscriptions -----------------------------
# DECISION: the file declares no security for these five; they take a sub-account token with the
# conversations scopes their siblings use (upstream.py says so).
@api.get("/conversations/preferences/custom-subtypes", "get-all-custom-subtypes", scopes=READ, tokens=LOCATION,
         query=m.LocationQuery, response=m.CustomSubtypesResponse, summary="Get all custom subtypes")
def get_all_custom_subtypes(call: Call) -> dict:
    return {"customSubtypes": preferences.list_subtypes(call.tenant)}


@api.post("/conversations/preferences/custom-subtypes", "create-custom-subtype", scopes=WRITE, tokens=LOCATION,
          query=m.LocationQuery, body=m.CreateCustomSubtypeBody, response=m.CustomSubtypeOut, status=201,
          summary="Create a custom subtype")
def create_custom_subtype(call: Call) -> dict:
    """A subscription type of its own (email or sms); a name its channel already has gets a 400."""
    return preferences.create_subtype(call.tenant, sent_fields(call.body))


@api.put("/conversations/preferences/custom-subtypes/{id}", "update-custom-subtype", scopes=WRITE, tokens=LOCATION,
         query=m.LocationQuery, body=m.UpdateCustomSubtypeBody, response=m.CustomSubtypeOut,
         summary="Update a custom subtype")
def update_custom_subtype(call: Call) -> dict:
    """Rename, describe or archive it (an archived type leaves the contacts' subscription lists)."""
    return preferences.update_subtype(call.tenant, call.path["id"], sent_fields(call.body))


@api.get("/conversations/preferences/unsubscriptions/status", "get-contact-unsubscription-status", scopes=READ,
         tokens=LOCATION, query=m.UnsubscriptionStatusQuery, response=m.UnsubscriptionStatusResponse,
         summary="Get a contact's subscription status")
def get_contact_unsubscription_status(call: Call) -> dict:
    return preferences.status(call.tenant, call.query.contactId, call.query.email)


@api.post("/conversations/preferences/unsubscriptions/user-change", "user-subscription-change", scopes=WRITE,
          tokens=LOCATION, body=m.UserSubscriptionChangeBody, response=m.SubscriptionChangeResponse, status=201,
          summary="Change a contact's subscription")
def user_subscription_change(call: Call) -> dict:
    """Subscribe or unsubscribe the contact (One on One, a custom type), or resubscribe it to everything."""
    return preferences.change(call.tenant, sent_fields(call.body))


# -- export and review replies --------------------------------------------------------------------------
@api.get("/conversations/messages/export", "export-messages-by-location", scopes=MESSAGE_READ,
         tokens=LOCATION, query=m.ExportQuery, response=m.ExportMessagesResponse,
         summary="Export messages by location ID")
def export_messages_by_location(call: Call) -> dict:
    """Every message of the location (by conversation, contact, channel, dates), ``limit`` per page; pass
    ``nextCursor`` as ``cursor`` for the next one."""
    return export.export(call.tenant, call.query)


@api.post("/conversations/messages/review-reply", "send-review-reply", scopes=MESSAGE_WRITE,
          tokens=LOCATION, body=m.SendReviewReplyBody, response=m.SendMessageResponse, summary="Send review reply")
def send_review_reply(call: Call) -> dict:
    """A reply to the review of the conversation (seeded: ``POST /_mock/locations/{id}/reviews``)."""
    user_id = call.principal.user_id if call.principal else None
    return reviews.reply(call.tenant, call.body.conversationId, call.body.message, user_id)
