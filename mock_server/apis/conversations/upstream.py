"""Where the Conversations area differs from conversations.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

_CONVERSATION_WITHOUT = ("ConversationSchema requires it, but a conversation has no last message before its first "
                         "message (POST /conversations/ creates one empty) and no email/phone when its contact has "
                         "none: the mock leaves the field out rather than inventing a value")
_THREAD_WRAPPED = ("GetMessagesByConversationResponseDto declares the page unwrapped, but the live API wraps it in "
                   "`messages` ({\"messages\": {\"lastMessageId\", \"nextPage\", \"messages\": [...]}}), which is "
                   "what public integrations read (data.messages.messages): the mock answers the live shape")
_SEND_REQUIRED = ("SendMessageBodyDto marks it required, yet GHL sends messages without it (its own examples and the "
                  "SDK samples send type, contactId and message): the mock takes it as optional")

_PROVIDER_OPTIONAL = ("ProcessMessageBodyDto requires it, but GHL's ConversationProviders.md says a default SMS or "
                      "Email provider's inbound messages need no conversationProviderId (custom channels and calls "
                      "do: the domain refuses those without it)")

_PREFERENCES = ("the official file declares no security and no answer for the preferences operations; they take a "
                "sub-account token with the conversations scopes of their siblings, and answer the records "
                "(routes.py, preferences.py)")
_PREFERENCE_OPS = (("GET", "/conversations/preferences/custom-subtypes"),
                   ("POST", "/conversations/preferences/custom-subtypes"),
                   ("PUT", "/conversations/preferences/custom-subtypes/{id}"),
                   ("GET", "/conversations/preferences/unsubscriptions/status"),
                   ("POST", "/conversations/preferences/unsubscriptions/user-change"))


def _conversation_entries() -> list[Allowed]:
    spec = "conversations.json"
    return [
        *(Allowed(spec, "GET", "/conversations/search", "response_schema", f"conversations/*/{name}",
                  _CONVERSATION_WITHOUT) for name in ("lastMessageBody", "lastMessageType", "email", "phone")),
        *(Allowed(spec, "GET", "/conversations/{conversationId}/messages", "response_schema", name, _THREAD_WRAPPED)
          for name in ("messages", "lastMessageId", "nextPage")),
        *(Allowed(spec, "POST", "/conversations/messages", "required_body_differs", name, _SEND_REQUIRED)
          for name in ("status", "subType")),
        Allowed(spec, "POST", "/conversations/messages/inbound", "required_body_differs", "conversationProviderId",
                _PROVIDER_OPTIONAL),
        *(Allowed(spec, method, path, kind, None, _PREFERENCES) for method, path in _PREFERENCE_OPS
          for kind in ("scopes_differ", "token_classes_differ")),
    ]


ALLOWLIST = tuple(_conversation_entries())

_MESSAGES_WALK = ("messages have no collection GET to find one by, and sending needs a reachable contact and a "
                  "conversation provider the generic probes cannot build: their answers are validated by "
                  "tests/apis/conversations/test_upstream_conformance.py, which walks every operation")
UNWALKED: dict[tuple[str, str, str], str] = {
    **{("conversations.json", method, path): _MESSAGES_WALK for method, path in (
        ("POST", "/conversations/providers/live-chat/typing"), ("POST", "/conversations/messages"),
        ("POST", "/conversations/messages/inbound"), ("POST", "/conversations/messages/outbound"),
        ("GET", "/conversations/messages/email/{id}"), ("DELETE", "/conversations/messages/email/{emailMessageId}/schedule"),
        ("GET", "/conversations/messages/{id}"), ("DELETE", "/conversations/messages/{messageId}/schedule"),
        ("PUT", "/conversations/messages/{messageId}/status"),
        ("GET", "/conversations/messages/{messageId}/locations/{locationId}/recording"),
        ("GET", "/conversations/locations/{locationId}/messages/{messageId}/transcription"),
        ("GET", "/conversations/locations/{locationId}/messages/{messageId}/transcription/download"),
    )},
    # A custom subtype to update, a default-subscription change naming a subtype, a conversation holding a review:
    # records the generic probes do not make; the area's walk performs each of them.
    **{("conversations.json", method, path): _MESSAGES_WALK.replace("messages have", "these have") for method, path in (
        ("PUT", "/conversations/preferences/custom-subtypes/{id}"),
        ("POST", "/conversations/preferences/unsubscriptions/user-change"),
        ("POST", "/conversations/messages/review-reply"),
    )},
}


# -- attachments (attachment_routes.py) ---------------------------------------------------------------------
_UPLOAD_REQUIRED = ("UploadFilesDto requires it, yet GHL's SDKs and public integrations upload with only "
                    "conversationId, locationId and the fileAttachment part (tracker issues #33 and #149 describe "
                    "the operation without contactId): the mock takes it as optional")
ALLOWLIST += tuple(Allowed("conversations.json", "POST", "/conversations/messages/upload", "required_body_differs",
                           name, _UPLOAD_REQUIRED) for name in ("attachmentUrls", "contactId"))
_ATTACHMENTS_WALK = ("the walk sends JSON bodies without files, and these need a multipart body, a file PUT to a "
                     "signed URL or a call message: their answers are validated by tests/apis/conversations/"
                     "test_attachments_upstream.py")
UNWALKED.update({("conversations.json", method, path): _ATTACHMENTS_WALK for method, path in (
    ("POST", "/conversations/messages/upload"), ("POST", "/conversations/messages/upload/complete"), ("PUT", "/conversations/messages/{messageId}/attachments"),
)})

# conversations-v3.json's e-mail delivery report needs an e-mail a custom provider sent, and that provider's token.
UNWALKED[("v3/conversations-v3.json", "PUT", "/conversations/messages/email/{id}/status")] = (
    "needs an e-mail sent through a conversation provider and the provider app's own token, which the generic "
    "probes cannot build: its answer is validated by tests/apis/conversations/test_email_status.py")
