"""Models of the attachment operations of conversations.json (upload, signed upload, a message's attachments)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.platform.models import BodyModel, FormModel, PagingNumber, ResponseModel


class UploadForm(FormModel):
    """The form's text parts; the files (field ``fileAttachment``) arrive as ``call.files``.

    DECISION: ``contactId`` and ``attachmentUrls``, required by the file, are optional: GHL's SDKs and public
    integrations send only conversationId, locationId and the file, which GHL accepts."""

    conversationId: str
    contactId: str | None = None
    locationId: str
    attachmentUrls: list[str] | None = None
    chatServiceSid: str | None = None
    isGroupSms: str | None = None


class InitiateBody(BodyModel):
    locationId: str
    conversationId: str
    filename: str = Field(min_length=1)
    contentType: str = Field(min_length=1)
    fileSize: PagingNumber | None = None
    channel: str


class CompleteBody(BodyModel):
    uploadId: str
    filePath: str
    locationId: str
    conversationId: str
    filename: str = Field(min_length=1)


class AttachmentsBody(BodyModel):
    attachments: list[str] = Field(max_length=5)


class UploadResponse(ResponseModel):
    uploadedFiles: dict[str, Any]
    twilioMediaSids: list[str] | None = None


class InitiateResponse(ResponseModel):
    uploadUrl: str
    uploadId: str
    filePath: str
    expiresAt: float
    maxFileSize: float


class CompleteResponse(ResponseModel):
    uploadedFiles: dict[str, Any]
    metadata: dict[str, Any]
