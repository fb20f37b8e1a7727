"""Models of the Conversations API (conversations.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.apis.conversations.kinds import MESSAGE_TYPES
from mock_server.platform.models import BodyModel, Paging, PagingNumber, QueryModel, ResponseModel

MessageType = Literal[MESSAGE_TYPES]  # type: ignore[valid-type]
SendType = Literal["SMS", "RCS", "Email", "WhatsApp", "IG", "FB", "Custom", "Live_Chat", "TIKTOK"]
ProcessType = Literal["SMS", "RCS", "Email", "WhatsApp", "GMB", "IG", "FB", "Custom", "WebChat", "Live_Chat", "Call",
                      "IVR_Call", "Campaign_Call", "Campaign_VoiceMail", "TIKTOK", "ALL_IN_ONE_CHAT", "FORM_SUBMISSION"]
SendStatus = Literal["delivered", "failed", "pending", "read"]
CallStatus = Literal["pending", "completed", "answered", "busy", "no-answer", "failed", "canceled", "voicemail"]
MAX_LIMIT = 100  # DECISION: GHL documents default 20 and no maximum for these lists


# -- conversations ------------------------------------------------------------------------------
class SearchQuery(QueryModel):
    locationId: str
    contactId: str | None = None
    assignedTo: str | None = Field(None, description="Comma-separated user ids; `unassigned` for none")
    followers: str | None = None
    mentions: str | None = None
    query: str | None = None
    sort: Literal["asc", "desc"] | None = None
    startAfterDate: Paging | None = Field(None, description="The sort value (epoch ms) of the previous page's last hit")
    id: str | None = None
    limit: Annotated[Paging, Field(ge=1, le=MAX_LIMIT)] = 20
    lastMessageType: MessageType | None = None
    lastMessageAction: Literal["automated", "manual"] | None = None
    lastMessageDirection: Literal["inbound", "outbound"] | None = None
    status: Literal["all", "read", "unread", "starred", "recents"] | None = None
    sortBy: Literal["last_manual_message_date", "last_message_date", "score_profile", "overdue_at",
                    "due_at"] | None = None
    sortScoreProfile: str | None = None
    scoreProfile: str | None = None
    scoreProfileMin: float | None = None
    scoreProfileMax: float | None = None
    startDate: float | None = None
    endDate: float | None = None


class CreateConversationBody(BodyModel):
    locationId: str
    contactId: str


class UpdateConversationBody(BodyModel):
    locationId: str
    unreadCount: int | None = Field(None, ge=0)
    starred: bool | None = None
    feedback: dict[str, Any] | None = None


# -- messages -----------------------------------------------------------------------------------
class ThreadQuery(QueryModel):
    lastMessageId: str | None = None
    limit: Annotated[Paging, Field(ge=1, le=MAX_LIMIT)] = 20
    type: str | None = Field(None, description="Comma-separated message types (TYPE_SMS,TYPE_CALL)")


class ForwardConfig(BodyModel):
    isForwarded: bool
    forwardWholeThread: bool | None = None
    messageId: str | None = None
    emailMessageId: str | None = None
    sourceContactId: str | None = None
    sourceConversationId: str | None = None
    toEmail: str | None = None
    recipientContactId: str | None = None
    recipientConversationId: str | None = None


class SendMessageBody(BodyModel):
    """The file also marks ``subType`` and ``status`` required; GHL sends without them (``status`` defaults
    to ``pending``: a provider's message stays so until the provider reports, a built-in one is delivered)."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [
        {"type": "SMS", "contactId": "contactId", "message": "Hello from the contract suite"}]})

    type: SendType
    subType: Any = None
    contactId: str
    appointmentId: str | None = None
    attachments: list[str] | None = None
    emailFrom: str | None = None
    emailCc: list[str] | None = None
    emailBcc: list[str] | None = None
    html: str | None = None
    message: str | None = None
    subject: str | None = None
    replyMessageId: str | None = None
    templateId: str | None = None
    threadId: str | None = None
    scheduledTimestamp: int | float | None = Field(None, description="Epoch seconds; a future time schedules it")
    conversationProviderId: str | None = None
    emailTo: str | None = None
    customSubtypeId: str | None = None
    emailReplyMode: Literal["reply", "reply_all"] | None = None
    fromNumber: str | None = None
    toNumber: str | None = None
    forward: ForwardConfig | None = None
    status: SendStatus | None = None
    usesNativeSchedulingAi: bool | None = None
    optimizationPeriod: Literal["24h", "48h", "72h"] | None = None


class CallData(BodyModel):
    to: str | None = None
    from_: str | None = Field(None, alias="from")
    status: CallStatus | None = None


class InboundMessageBody(BodyModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True, json_schema_extra={"examples": [
        {"type": "SMS", "message": "Hi, is this still available?", "conversationId": "conversationId",
         "contactId": "contactId", "conversationProviderId": "provider"}]})

    type: ProcessType
    attachments: list[str] | None = None
    message: str | None = None
    conversationId: str
    contactId: str
    # DECISION: optional, as ConversationProviders.md says for a default provider (the file requires it).
    conversationProviderId: str | None = None
    html: str | None = None
    subject: str | None = None
    emailFrom: str | None = None
    emailTo: str | None = None
    emailCc: list[str] | None = None
    emailBcc: list[str] | None = None
    emailMessageId: str | None = None
    altId: str | None = None
    direction: Literal["inbound", "outbound"] | None = None
    date: IsoInstant | None = None
    call: CallData | None = None


class OutboundCallBody(BodyModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True, json_schema_extra={"examples": [
        {"type": "Call", "conversationId": "conversationId", "conversationProviderId": "provider",
         "call": {"to": "+15550001111", "from": "+15550002222", "status": "completed"}}]})

    type: Literal["Call"]
    attachments: list[str] | None = None
    conversationId: str
    conversationProviderId: str
    altId: str | None = None
    date: IsoInstant | None = None
    call: CallData | None = None


class ErrorInfo(BodyModel):
    code: str
    type: str
    message: str


class UpdateMessageStatusBody(BodyModel):
    status: SendStatus
    error: ErrorInfo | None = None
    emailMessageId: str | None = None
    recipients: list[str] | None = None


class TypingBody(BodyModel):
    """``isTyping`` is typed string in the file, whose example is the boolean true: both are taken."""

    locationId: str
    isTyping: str | bool
    visitorId: str
    conversationId: str


# -- answers ------------------------------------------------------------------------------------
class ConversationOut(ResponseModel):
    id: str
    contactId: str
    locationId: str
    deleted: bool
    inbox: bool
    type: int
    unreadCount: int
    assignedTo: str | None = None
    starred: bool | None = None


class ConversationCreated(ResponseModel):
    id: str
    dateUpdated: str
    dateAdded: str
    deleted: bool
    contactId: str
    locationId: str
    lastMessageDate: str
    assignedTo: str | None = None


class CreateConversationResponse(ResponseModel):
    success: bool
    conversation: ConversationCreated


class ConversationUpdated(ResponseModel):
    id: str
    locationId: str
    contactId: str
    deleted: bool
    assignedTo: str | None = None
    lastMessageBody: str | None = None
    lastMessageDate: str | None = None
    lastMessageType: str | None = None
    unreadCount: int | None = None
    inbox: bool | None = None
    starred: bool | None = None


class UpdateConversationResponse(ResponseModel):
    success: bool
    conversation: ConversationUpdated


class SuccessResponse(ResponseModel):
    success: bool


class ConversationHit(ResponseModel):
    id: str
    contactId: str
    locationId: str
    type: str
    unreadCount: int
    fullName: str
    contactName: str
    lastMessageBody: str | None = None
    lastMessageType: str | None = None
    lastMessageDate: int | None = None
    email: str | None = None
    phone: str | None = None


class SearchResponse(ResponseModel):
    conversations: list[ConversationHit]
    total: int


class MessageOut(ResponseModel):
    id: str
    type: int
    messageType: str
    locationId: str
    contactId: str
    conversationId: str
    dateAdded: str
    body: str | None = None
    direction: str
    status: str | None = None
    contentType: str
    attachments: list[str] = []
    meta: dict[str, Any] | None = None
    source: str | None = None
    userId: str | None = None
    conversationProviderId: str | None = None


class ThreadPage(ResponseModel):
    lastMessageId: str | None = None
    nextPage: bool
    messages: list[MessageOut]


class ThreadResponse(ResponseModel):
    """GHL wraps the page in ``messages`` (the official file declares the page unwrapped)."""

    messages: ThreadPage


class EmailOut(ResponseModel):
    id: str
    threadId: str
    locationId: str
    contactId: str
    conversationId: str
    dateAdded: str
    subject: str | None = None
    body: str
    direction: str
    status: str | None = None
    contentType: str
    attachments: list[str] = []
    provider: str | None = None
    from_: str = Field(alias="from")
    to: list[str]
    cc: list[str] = []
    bcc: list[str] = []
    replyToMessageId: str | None = None
    source: str | None = None
    conversationProviderId: str | None = None


class SendMessageResponse(ResponseModel):
    conversationId: str
    messageId: str
    status: str
    emailMessageId: str | None = None
    msg: str | None = None


class ProcessMessageResponse(ResponseModel):
    success: bool
    conversationId: str
    messageId: str
    message: str
    contactId: str | None = None
    dateAdded: str | None = None
    emailMessageId: str | None = None


class CancelScheduledResponse(ResponseModel):
    status: int
    message: str


class TranscriptionResponse(ResponseModel):
    mediaChannel: int
    sentenceIndex: int
    startTime: float
    endTime: float
    transcript: str
    confidence: float


# -- queries ---------------------------------------------------------------------------------------------
class LocationQuery(QueryModel):
    locationId: str


class UnsubscriptionStatusQuery(QueryModel):
    locationId: str
    contactId: str
    email: str | None = None


class ExportQuery(QueryModel):
    locationId: str
    limit: Annotated[PagingNumber, Field(ge=10, le=500)] = 100
    cursor: str | None = None
    sortBy: Literal["createdAt", "updatedAt"] = "createdAt"
    sortOrder: Literal["asc", "desc"] = "desc"
    conversationId: str | None = None
    contactId: str | None = None
    channel: Literal["Call", "SMS", "Email", "WhatsApp", "Instagram", "Facebook"] | None = None
    startDate: IsoInstant | None = None
    endDate: IsoInstant | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class CreateCustomSubtypeBody(BodyModel):
    name: str = Field(max_length=100)
    description: str | None = Field(None, max_length=100)
    channel: Literal["email", "sms"]
    language: str


class UpdateCustomSubtypeBody(BodyModel):
    name: str | None = Field(None, max_length=100)
    description: str | None = Field(None, max_length=100)
    archived: bool | None = None
    resubscription_legal_form_id: str | None = None


class SubscriptionAction(BodyModel):
    type: Literal["default", "custom", "resub_all"]
    subtype_name: Literal["One on One"] | None = None
    subtype_id: str | None = None
    subtype_status: Literal["subscribed", "unsubscribed"]


class UserSubscriptionChangeBody(BodyModel):
    locationId: str
    contactId: str
    email: str
    subscription_action: SubscriptionAction
    legal_reason: str | None = None
    legal_description: str | None = None


class SendReviewReplyBody(BodyModel):
    conversationId: str
    locationId: str
    message: str


# -- answers of the preferences, export and review operations ------------------------------------------------
class ExportMessagesResponse(ResponseModel):
    messages: list[MessageOut]
    nextCursor: str | None = None
    total: int


class CustomSubtypeOut(ResponseModel):
    """DECISION: the file declares no answer for the preferences operations; the mock answers the record."""

    id: str
    locationId: str
    name: str
    description: str | None = None
    channel: str
    language: str
    archived: bool
    resubscription_legal_form_id: str | None = None
    createdAt: str
    updatedAt: str


class CustomSubtypesResponse(ResponseModel):
    customSubtypes: list[CustomSubtypeOut]


class SubscriptionOut(ResponseModel):
    type: str
    subtype_name: str | None = None
    subtype_id: str | None = None
    status: str


class UnsubscriptionStatusResponse(ResponseModel):
    contactId: str
    email: str | None = None
    subscriptions: list[SubscriptionOut]


class SubscriptionChangeResponse(UnsubscriptionStatusResponse):
    success: bool


# -- an e-mail's delivery report (conversations-v3.json) -------------------------------------------------------
EmailStatus = Literal["pending", "scheduled", "sent", "delivered", "read", "undelivered", "connected", "failed",
                      "opened", "clicked"]
# Counters by name: the file's (delivered, opened ...) and any provider's own (permanent_fail, esp_isp_block ...).
EventCounters = dict[Annotated[str, Field(min_length=1, max_length=50)], Annotated[int, Field(ge=0, le=10**9)]]


class RecipientStatus(BodyModel):
    emailId: Annotated[str, Field(min_length=1, max_length=320)]
    status: EmailStatus
    failReason: Annotated[str, Field(max_length=1000)] | None = None


class UpdateEmailStatusBody(BodyModel):
    status: EmailStatus
    events: EventCounters | None = None
    recipients: Annotated[list[RecipientStatus], Field(max_length=1000)] | None = None


class UpdateEmailStatusResponse(ResponseModel):
    success: bool
    message: str
