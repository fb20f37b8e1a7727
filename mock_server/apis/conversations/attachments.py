"""Attachments: files uploaded for a conversation (stored and served back by the ``files`` area), uploaded in one
multipart request or through a signed URL (initiate, ``PUT`` the bytes, complete), and set on a call message.

Limits (checked before anything is stored, so a refused upload leaves nothing):
- kinds: the file's list (JPG, JPEG, PNG, MP4, MPEG, ZIP, RAR, PDF, DOC, DOCX, TXT, MP3, WAV), plus VCF, which
  GHL accepts and documented after its tracker's issue #233; anything else is a 415;
- size: 5 MB a file, 100 MB through a signed URL for WhatsApp (the initiate DTO's ``channel``: "WHATSAPP for
  100MB limit, others for 5MB"). DECISION: the one-request upload has no published limit of its own and is the
  same service's, so it takes the 5 MB of other channels; a MB is 1024 * 1024 bytes. Over it: a 413;
- how many: one with ``isGroupSms=true`` (the file's rule); DECISION: ten otherwise (GHL publishes none; the
  operation's body limit must hold them all).
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import urlsplit

from mock_server.apis.conversations import messages, records
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.apis.files import limits, storage
from mock_server.apis.files.limits import MIB, Limits
from mock_server.platform.errors import BadRequest, Forbidden, NotFound, PayloadTooLarge, UnsupportedMediaType
from mock_server.platform.inputs import UploadedFile
from mock_server.platform.tenant_context import Tenant

FILE_FIELD = "fileAttachment"
EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".mp4", ".mpeg", ".zip", ".rar", ".pdf", ".doc", ".docx", ".txt",
                        ".mp3", ".wav", ".vcf"})
MAX_FILE_BYTES = 5 * MIB
MAX_WHATSAPP_BYTES = 100 * MIB
MAX_FILES = 10
SIGNED_URL_MINUTES = 15  # the initiate operation's: "a signed URL valid for 15 minutes"
# DECISION: GHL's texts are not known beyond the file's example ("Failed to upload the files") and multer's.
TOO_LARGE = "File size exceeds maximum allowed limit"
WRONG_KIND = "File type {ext} is not allowed"
UNEXPECTED_FIELD = "Unexpected field"  # multer's, for a file part not named fileAttachment
TOO_MANY = "Too many files"  # multer's LIMIT_FILE_COUNT
NO_FILE = "No file was uploaded"
GROUP_SMS_ONE = "Only one file can be uploaded for a group SMS"
MESSAGE_NOT_FOUND = "Message not found"  # the official file's 404 description
NOT_A_CALL = "Message type does not support attachment updates"  # the official file's 403 description
WRONG_CONVERSATION = "filePath does not belong to conversation {conversation_id}"
ATTACHABLE_TYPES = frozenset({"TYPE_CALL", "TYPE_CUSTOM_CALL"})


def _wrong_kind(upload: UploadedFile) -> UnsupportedMediaType:
    return UnsupportedMediaType(WRONG_KIND.format(ext=limits.extension(upload.filename) or "(none)"))


LIMITS = Limits(max_bytes=MAX_FILE_BYTES, extensions=EXTENSIONS,
                too_large=lambda upload: PayloadTooLarge(TOO_LARGE), wrong_kind=_wrong_kind)
# The one-request upload's body limit: its most files at their largest, and the framing around them.
BODY_LIMIT = MAX_FILES * MAX_FILE_BYTES + limits.BODY_OVERHEAD


def upload(tenant: Tenant, form: dict[str, Any], files: tuple[UploadedFile, ...]) -> dict[str, Any]:
    """``POST /conversations/messages/upload``: store the files for the conversation; answers filename -> URL."""
    conversation = _conversation(tenant, form["conversationId"], form.get("contactId"))
    if any(f.fieldname != FILE_FIELD for f in files):
        raise BadRequest(UNEXPECTED_FIELD)
    if not files and not form.get("attachmentUrls"):
        raise BadRequest(NO_FILE)
    if (form.get("isGroupSms") or "").lower() == "true" and len(files) > 1:
        raise BadRequest(GROUP_SMS_ONE)
    if len(files) > MAX_FILES:
        raise BadRequest(TOO_MANY)
    limits.check(LIMITS, files)
    uploaded: dict[str, str] = {}
    for url in form.get("attachmentUrls") or []:  # already hosted: answered as they are
        uploaded[posixpath.basename(urlsplit(url).path) or url] = url
    for f in files:
        stored = storage.store(tenant, f.content, f.filename, f.mimetype, owner="conversations",
                               owner_id=conversation["id"])
        uploaded[f.filename] = stored["url"]
    return {"uploadedFiles": uploaded}


def initiate(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """``POST .../upload/initiate``: a signed URL to ``PUT`` one file to, valid for 15 minutes."""
    conversation = records.get_conversation(tenant, body["conversationId"])
    limit = MAX_WHATSAPP_BYTES if body["channel"].upper() == "WHATSAPP" else MAX_FILE_BYTES
    if not LIMITS.accepts_kind(body["filename"]):
        raise UnsupportedMediaType(WRONG_KIND.format(ext=limits.extension(body["filename"]) or "(none)"))
    if body.get("fileSize") is not None and body["fileSize"] > limit:
        raise PayloadTooLarge(TOO_LARGE)
    key = tenant.new_uuid()
    path = f"location/{tenant.location_id}/conversations/{conversation['id']}/{key}{limits.extension(body['filename'])}"
    expires = int(tenant.now().timestamp() * 1000) + SIGNED_URL_MINUTES * 60 * 1000
    slot = storage.open_slot(tenant, filename=body["filename"], mimetype=body["contentType"], max_bytes=limit,
                             expires_at_ms=expires, file_path=path, owner="conversations",
                             owner_id=conversation["id"])
    return {"uploadUrl": slot["uploadUrl"], "uploadId": slot["id"], "filePath": path, "expiresAt": expires,
            "maxFileSize": limit}


def complete(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """``POST .../upload/complete``: the bytes ``PUT`` to the signed URL become a stored file (404 before)."""
    conversation = records.get_conversation(tenant, body["conversationId"])
    if f"/conversations/{conversation['id']}/" not in body["filePath"]:
        raise BadRequest(WRONG_CONVERSATION.format(conversation_id=conversation["id"]))
    stored = storage.close_slot(tenant, body["uploadId"], body["filePath"], body["filename"])
    return {"uploadedFiles": {body["filename"]: stored["url"]},
            "metadata": {"size": stored["size"], "contentType": stored["mimetype"]}}


def set_attachments(tenant: Tenant, message_id: str, urls: list[str]) -> dict[str, Any]:
    """``PUT /conversations/messages/{messageId}/attachments``: replace a call message's attachments."""
    message = tenant.store.get(MESSAGES, message_id)
    if message is None:
        raise NotFound(MESSAGE_NOT_FOUND)
    if message["messageType"] not in ATTACHABLE_TYPES:
        raise Forbidden(NOT_A_CALL)
    message["attachments"] = list(urls)
    tenant.store.put(MESSAGES, message)
    return {"success": True, "messageId": message_id, "attachments": message["attachments"]}


def _conversation(tenant: Tenant, conversation_id: str, contact_id: str | None) -> dict[str, Any]:
    conversation = records.get_conversation(tenant, conversation_id)
    if contact_id and conversation["contactId"] != contact_id:
        raise BadRequest(messages.WRONG_CONTACT.format(conversation_id=conversation_id, contact_id=contact_id))
    return conversation
