"""The Conversations API against GHL's official conversations.json: every implemented operation answers
bodies its response schemas accept (minus the allowlisted file defects). The generic walk cannot reach
the message operations (UNWALKED), so this test drives each one through a real flow.

Skipped when the official files are absent (they are reference material, not part of the project).
"""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis import build_registry

from .test_attachments_upstream import ATTACHMENT_OPERATIONS

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_every_conversations_operation_answers_the_official_shapes(ghl):
    api = ghl.client()
    now = ghl.freeze("2025-05-01T09:00:00Z")
    contact = ghl.contact(phone="+15550001111", email="walk@example.com")
    loc = ghl.location_id
    seen = []

    provider = ghl.conversation_provider(delivery_url="https://provider.example/deliver")  # carries the SMS

    def call(method, path, template, *, client=api, **kwargs):
        answer = client.request(method, path, **kwargs)
        assert answer.is_success, (method, path, answer.status_code, answer.text)
        body = answer.json() if answer.headers["content-type"].startswith("application/json") else None
        seen.append((method, template, answer.status_code, body))
        return body

    sms = call("POST", "/conversations/messages", "/conversations/messages",
               json={"type": "SMS", "contactId": contact["id"], "message": "Hello"})
    email = call("POST", "/conversations/messages", "/conversations/messages",
                 json={"type": "Email", "contactId": contact["id"], "subject": "Hi", "html": "<p>Hi</p>"})
    conversation_id = sms["conversationId"]
    later = int(now.timestamp()) + 3600
    scheduled = call("POST", "/conversations/messages", "/conversations/messages",
                     json={"type": "SMS", "contactId": contact["id"], "message": "Later", "scheduledTimestamp": later})
    scheduled_email = call("POST", "/conversations/messages", "/conversations/messages", json={
        "type": "Email", "contactId": contact["id"], "subject": "Later", "message": "x", "scheduledTimestamp": later})
    inbound = call("POST", "/conversations/messages/inbound", "/conversations/messages/inbound", json={
        "type": "Call", "conversationId": conversation_id, "contactId": contact["id"],
        "conversationProviderId": "provider", "call": {"from": "+15550001111", "status": "completed"}})
    call("POST", "/conversations/messages/outbound", "/conversations/messages/outbound", json={
        "type": "Call", "conversationId": conversation_id, "conversationProviderId": "provider",
        "call": {"to": "+15550001111", "status": "completed"}})
    api.put(f"/_mock/locations/{loc}/messages/{inbound['messageId']}/transcription",
            json={"sentences": [{"transcript": "Hello there", "endTime": 2, "confidence": 0.9}]})

    call("GET", "/conversations/search", "/conversations/search", params={"locationId": loc})
    call("GET", f"/conversations/{conversation_id}", "/conversations/{conversationId}")
    call("PUT", f"/conversations/{conversation_id}", "/conversations/{conversationId}",
         json={"locationId": loc, "starred": True})
    call("GET", f"/conversations/{conversation_id}/messages", "/conversations/{conversationId}/messages")
    call("GET", f"/conversations/messages/{sms['messageId']}", "/conversations/messages/{id}")
    call("GET", f"/conversations/messages/email/{email['emailMessageId']}", "/conversations/messages/email/{id}")
    call("PUT", f"/conversations/messages/{sms['messageId']}/status", "/conversations/messages/{messageId}/status",
         json={"status": "delivered"}, client=ghl.client(token=provider.access_token))
    call("DELETE", f"/conversations/messages/{scheduled['messageId']}/schedule",
         "/conversations/messages/{messageId}/schedule")
    call("DELETE", f"/conversations/messages/email/{scheduled_email['emailMessageId']}/schedule",
         "/conversations/messages/email/{emailMessageId}/schedule")
    call("GET", f"/conversations/messages/{inbound['messageId']}/locations/{loc}/recording",
         "/conversations/messages/{messageId}/locations/{locationId}/recording")
    call("GET", f"/conversations/locations/{loc}/messages/{inbound['messageId']}/transcription",
         "/conversations/locations/{locationId}/messages/{messageId}/transcription")
    call("GET", f"/conversations/locations/{loc}/messages/{inbound['messageId']}/transcription/download",
         "/conversations/locations/{locationId}/messages/{messageId}/transcription/download")
    call("POST", "/conversations/providers/live-chat/typing", "/conversations/providers/live-chat/typing",
         json={"locationId": loc, "isTyping": "true", "visitorId": "v1", "conversationId": conversation_id})
    subtypes = "/conversations/preferences/custom-subtypes"
    subtype = call("POST", subtypes, subtypes, params={"locationId": loc},
                   json={"name": "News", "channel": "email", "language": "en"})
    call("PUT", f"{subtypes}/{subtype['id']}", subtypes + "/{id}", params={"locationId": loc}, json={"archived": True})
    call("GET", subtypes, subtypes, params={"locationId": loc})
    status = "/conversations/preferences/unsubscriptions/status"
    call("GET", status, status, params={"locationId": loc, "contactId": contact["id"]})
    change = "/conversations/preferences/unsubscriptions/user-change"
    call("POST", change, change, json={"locationId": loc, "contactId": contact["id"], "email": "walk@example.com",
                                       "subscription_action": {"type": "resub_all", "subtype_status": "subscribed"}})
    call("GET", "/conversations/messages/export", "/conversations/messages/export", params={"locationId": loc})
    reviewer = ghl.contact()
    review = api.post(f"/_mock/locations/{loc}/reviews", json={"contactId": reviewer["id"], "rating": 4}).json()
    call("POST", "/conversations/messages/review-reply", "/conversations/messages/review-reply",
         json={"conversationId": review["conversationId"], "locationId": loc, "message": "Thanks"})
    other = ghl.contact()
    call("POST", "/conversations/", "/conversations/", json={"locationId": loc, "contactId": other["id"]})
    call("DELETE", f"/conversations/{conversation_id}", "/conversations/{conversationId}")

    implemented = {(op.method, op.path) for op in build_registry() if op.spec_file == "conversations.json"}
    # the attachment operations are walked by test_attachments_upstream.py
    assert {(method, template) for method, template, _, _ in seen} == implemented - ATTACHMENT_OPERATIONS
    problems = [f"{method} {template} {status}: {problem}" for method, template, status, body in seen
                for problem in upstream.response_problems("conversations.json", method, template, status, body)]
    assert problems == [], "\n".join(problems)

