"""The channels a message travels on, as GHL names them in its three vocabularies.

A request names the channel (``SMS``, ``Email``, ``Call`` ...); a stored message carries GHL's
``messageType`` (``TYPE_SMS`` ...) and a numeric ``type``; a conversation has a numeric channel ``type``
(1 phone, 2 email, 3 Facebook Messenger, 4 review, 5 group SMS, as the file describes it) that the
search answers by name (``TYPE_PHONE`` ...).
"""

from __future__ import annotations

from typing import NamedTuple


class Channel(NamedTuple):
    message_type: str                  # GHL's messageType
    conversation_type: int             # the conversation's channel type
    contact_field: str | None = None   # what the contact needs for an outbound message on this channel
    dnd_channel: str | None = None     # the contact's dndSettings key that blocks this channel


# The request's ``type`` -> the channel. DECISION: RCS travels to the phone like SMS and is blocked by SMS DND;
# channels without a DND setting of their own (IG, Custom, Live_Chat ...) are blocked only by the contact's ``dnd``.
CHANNELS: dict[str, Channel] = {
    "SMS": Channel("TYPE_SMS", 1, "phone", "SMS"),
    "RCS": Channel("TYPE_RCS", 1, "phone", "SMS"),
    "Email": Channel("TYPE_EMAIL", 2, "email", "Email"),
    "WhatsApp": Channel("TYPE_WHATSAPP", 1, "phone", "WhatsApp"),
    "GMB": Channel("TYPE_GMB", 1, None, "GMB"),
    "IG": Channel("TYPE_INSTAGRAM", 3),
    "FB": Channel("TYPE_FACEBOOK", 3, None, "FB"),
    "Custom": Channel("TYPE_CUSTOM_SMS", 1),
    "WebChat": Channel("TYPE_WEBCHAT", 1),
    "Live_Chat": Channel("TYPE_LIVE_CHAT", 1),
    "Call": Channel("TYPE_CALL", 1, "phone", "Call"),
    "IVR_Call": Channel("TYPE_IVR_CALL", 1, "phone", "Call"),
    "Campaign_Call": Channel("TYPE_CAMPAIGN_CALL", 1, "phone", "Call"),
    "Campaign_VoiceMail": Channel("TYPE_CAMPAIGN_VOICEMAIL", 1, "phone", "Call"),
    "TIKTOK": Channel("TYPE_TIKTOK", 3),
    "ALL_IN_ONE_CHAT": Channel("TYPE_LIVE_CHAT", 1),
    "FORM_SUBMISSION": Channel("TYPE_FORM_SUBMISSION", 1),
}

# Every messageType the official file knows, in its order.
MESSAGE_TYPES = (
    "TYPE_CALL", "TYPE_SMS", "TYPE_RCS", "TYPE_EMAIL", "TYPE_SMS_REVIEW_REQUEST", "TYPE_WEBCHAT",
    "TYPE_SMS_NO_SHOW_REQUEST", "TYPE_CAMPAIGN_SMS", "TYPE_CAMPAIGN_CALL", "TYPE_CAMPAIGN_EMAIL",
    "TYPE_CAMPAIGN_VOICEMAIL", "TYPE_FACEBOOK", "TYPE_CAMPAIGN_FACEBOOK", "TYPE_CAMPAIGN_MANUAL_CALL",
    "TYPE_CAMPAIGN_MANUAL_SMS", "TYPE_GMB", "TYPE_CAMPAIGN_GMB", "TYPE_REVIEW", "TYPE_INSTAGRAM", "TYPE_WHATSAPP",
    "TYPE_CUSTOM_SMS", "TYPE_CUSTOM_EMAIL", "TYPE_CUSTOM_PROVIDER_SMS", "TYPE_CUSTOM_PROVIDER_EMAIL",
    "TYPE_IVR_CALL", "TYPE_ACTIVITY_CONTACT", "TYPE_ACTIVITY_INVOICE", "TYPE_ACTIVITY_PAYMENT",
    "TYPE_ACTIVITY_OPPORTUNITY", "TYPE_LIVE_CHAT", "TYPE_LIVE_CHAT_INFO_MESSAGE", "TYPE_ACTIVITY_APPOINTMENT",
    "TYPE_FACEBOOK_COMMENT", "TYPE_INSTAGRAM_COMMENT", "TYPE_CUSTOM_CALL", "TYPE_INTERNAL_COMMENT",
    "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG", "TYPE_TIKTOK", "TYPE_TIKTOK_COMMENT", "TYPE_ACTIVITY_WHATSAPP",
    "TYPE_FORM_SUBMISSION", "TYPE_SMS_REACTION",
)
# DECISION: GHL's numeric message ``type`` is not documented beyond the example 1; the mock numbers the
# messageTypes in the file's order from 1 (TYPE_CALL 1, TYPE_SMS 2 ...).
MESSAGE_TYPE_NUMBERS = {name: n for n, name in enumerate(MESSAGE_TYPES, start=1)}
# The thread filter (GET /conversations/{id}/messages ``type``) spells internal comments with an S.
# The thread's ``type`` filter: the names the file lists (comma-separated in the query).
THREAD_TYPES = (
    "TYPE_CALL", "TYPE_SMS", "TYPE_RCS", "TYPE_EMAIL", "TYPE_FACEBOOK", "TYPE_GMB", "TYPE_INSTAGRAM", "TYPE_WHATSAPP",
    "TYPE_ACTIVITY_APPOINTMENT", "TYPE_ACTIVITY_CONTACT", "TYPE_ACTIVITY_INVOICE", "TYPE_ACTIVITY_PAYMENT",
    "TYPE_ACTIVITY_OPPORTUNITY", "TYPE_LIVE_CHAT", "TYPE_INTERNAL_COMMENTS", "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG",
    "TYPE_TIKTOK", "TYPE_ACTIVITY_WHATSAPP", "TYPE_FORM_SUBMISSION")
THREAD_TYPE_ALIASES = {"TYPE_INTERNAL_COMMENTS": "TYPE_INTERNAL_COMMENT"}
CALL_TYPES = frozenset({"TYPE_CALL", "TYPE_IVR_CALL", "TYPE_CAMPAIGN_CALL", "TYPE_CAMPAIGN_VOICEMAIL",
                        "TYPE_CAMPAIGN_MANUAL_CALL", "TYPE_CUSTOM_CALL"})
CONVERSATION_TYPE_NAMES = {1: "TYPE_PHONE", 2: "TYPE_EMAIL", 3: "TYPE_FB_MESSENGER", 4: "TYPE_REVIEW",
                           5: "TYPE_GROUP_SMS"}
# DECISION: a conversation created without a message (POST /conversations/) is a phone conversation.
DEFAULT_CONVERSATION_TYPE = 1
