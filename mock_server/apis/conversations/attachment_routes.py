"""Attachment operations of conversations.json: upload files for a conversation (one multipart request, or a
signed URL: initiate, ``PUT``, complete) and set a call message's attachments.

Kept apart from ``routes.py``'s conversation and message operations; the rules are in ``attachments.py``."""

from __future__ import annotations

from mock_server.apis.conversations import attachment_models as m
from mock_server.apis.conversations import attachments
from mock_server.apis.conversations.routes import MESSAGE_WRITE, api
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION


@api.post("/conversations/messages/upload", "upload-file-attachments", scopes=MESSAGE_WRITE, tokens=LOCATION,
          body=m.UploadForm, body_media_types=("multipart/form-data",), accepts_files=True,
          max_body_bytes=attachments.BODY_LIMIT, response=m.UploadResponse, errors=(415,),
          summary="Upload file attachments")
def upload_file_attachments(call: Call) -> dict:
    """Store the ``fileAttachment`` parts for the conversation; answers each file's URL (served back byte for byte)."""
    return attachments.upload(call.tenant, sent_fields(call.body), call.files)


@api.post("/conversations/messages/upload/initiate", "initiate-file-upload", scopes=MESSAGE_WRITE, tokens=LOCATION,
          body=m.InitiateBody, response=m.InitiateResponse, errors=(415,), summary="Initiate file upload to GCS")
def initiate_file_upload(call: Call) -> dict:
    """A signed URL to ``PUT`` the file to (15 minutes on the mock clock; 100 MB for WhatsApp, else 5 MB)."""
    return attachments.initiate(call.tenant, sent_fields(call.body))


@api.post("/conversations/messages/upload/complete", "complete-file-upload", scopes=MESSAGE_WRITE, tokens=LOCATION,
          body=m.CompleteBody, response=m.CompleteResponse, errors=(404,), summary="Complete file upload")
def complete_file_upload(call: Call) -> dict:
    """The file ``PUT`` to the signed URL, now stored: its URL and metadata (404 while nothing was uploaded)."""
    return attachments.complete(call.tenant, sent_fields(call.body))


@api.put("/conversations/messages/{messageId}/attachments", "add-message-attachments", scopes=MESSAGE_WRITE,
         tokens=LOCATION, body=m.AttachmentsBody, errors=(404,), summary="Add message attachments")
def add_message_attachments(call: Call) -> dict:
    """Replace a call message's attachments (at most 5 URLs)."""
    return attachments.set_attachments(call.tenant, call.path["messageId"], call.body.attachments)
