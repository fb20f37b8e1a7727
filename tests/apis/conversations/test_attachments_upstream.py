"""The attachment operations of conversations.json against GHL's official file, driven through a real flow
(the generic walk cannot send multipart files nor find a call message: UNWALKED).

Skipped when the official files are absent (they are reference material, not part of the project).
"""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

ATTACHMENT_OPERATIONS = {("POST", "/conversations/messages/upload"), ("POST", "/conversations/messages/upload/initiate"),
                         ("POST", "/conversations/messages/upload/complete"),
                         ("PUT", "/conversations/messages/{messageId}/attachments")}


def test_every_attachment_operation_answers_the_official_shapes(ghl):
    api = ghl.client()
    contact = ghl.contact(phone="+15550001111")
    loc = ghl.location_id
    seen = []

    def call(method, path, template, **kwargs):
        answer = api.request(method, path, **kwargs)
        assert answer.is_success, (method, path, answer.status_code, answer.text)
        body = answer.json()
        seen.append((method, template, answer.status_code, body))
        return body

    sms = api.post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "Hi"}).json()
    conversation_id = sms["conversationId"]
    call("POST", "/conversations/messages/upload", "/conversations/messages/upload",
         data={"conversationId": conversation_id, "locationId": loc, "contactId": contact["id"]},
         files=[("fileAttachment", ("a.png", b"png", "image/png"))])
    started = call("POST", "/conversations/messages/upload/initiate", "/conversations/messages/upload/initiate",
                   json={"locationId": loc, "conversationId": conversation_id, "filename": "a.pdf",
                         "contentType": "application/pdf", "channel": "SMS", "fileSize": 3})
    assert api.put(started["uploadUrl"], content=b"pdf").status_code == 200
    call("POST", "/conversations/messages/upload/complete", "/conversations/messages/upload/complete",
         json={"uploadId": started["uploadId"], "filePath": started["filePath"], "locationId": loc,
               "conversationId": conversation_id, "filename": "a.pdf"})
    logged = api.post("/conversations/messages/inbound", json={
        "type": "Call", "conversationId": conversation_id, "contactId": contact["id"],
        "conversationProviderId": "provider", "call": {"from": "+15550001111", "status": "completed"}}).json()
    call("PUT", f"/conversations/messages/{logged['messageId']}/attachments",
         "/conversations/messages/{messageId}/attachments", json={"attachments": ["https://x.example/1.mp3"]})

    assert {(method, template) for method, template, _, _ in seen} == ATTACHMENT_OPERATIONS
    problems = [f"{method} {template} {status}: {problem}" for method, template, status, body in seen
                for problem in upstream.response_problems("conversations.json", method, template, status, body)]
    assert problems == [], "\n".join(problems)
