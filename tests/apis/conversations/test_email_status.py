"""An e-mail's delivery report (PUT /conversations/messages/email/{id}/status, conversations-v3.json): only the
custom provider that sent it may report; the status is read back, counters merge with their implied events,
recipients' statuses are upserted, and a refused report keeps nothing."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis.conversations.tables import MESSAGES


def _sent_email(ghl, **provider_options):
    ghl.webhook_delivery("manual")
    registered = ghl.conversation_provider(type="Email", delivery_url="https://provider.example/deliver",
                                           **provider_options)
    contact = ghl.contact(email="reader@example.com")
    body = {"type": "Custom", "conversationProviderId": registered.id} if provider_options.get("custom") else {}
    message = ghl.message(contact=contact, type=body.pop("type", "Email"), subject="Hi", html="<p>Hi</p>", **body)
    return registered, message


def _stored(ghl, message_id):
    return ghl.world.store.get(ghl.location_id, MESSAGES, message_id)


def test_the_provider_reports_status_events_and_recipients(ghl):
    ghl.freeze("2026-06-01T10:00:00Z")
    registered, message = _sent_email(ghl)
    provider = ghl.client(token=registered.access_token)
    path = f"/conversations/messages/email/{message['id']}/status"
    answer = provider.put(path, json={"status": "delivered", "events": {"clicked": 1, "esp_isp_block": 0},
                                      "recipients": [{"emailId": "Reader@example.com", "status": "delivered"}]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["success"] is True and answer.json()["message"] == "Updated email message successfully"
    assert ghl.client().get(f"/conversations/messages/email/{message['id']}").json()["status"] == "delivered"
    stored = _stored(ghl, message["id"])
    assert stored["emailEvents"] == {"clicked": 1, "opened": 1, "delivered": 1, "accepted": 1}
    assert stored["recipientStatuses"] == {"reader@example.com": {"status": "delivered"}}
    first_open = stored["emailEventTimes"]["opened"]
    ghl.advance(minutes=5)
    again = provider.put(path, json={"status": "failed", "events": {"opened": 3, "clicked": 0},
                                     "recipients": [{"emailId": "reader@example.com", "status": "failed",
                                                     "failReason": "Mailbox full"}]})
    assert again.status_code == 200, again.text
    stored = _stored(ghl, message["id"])
    assert (stored["emailEvents"]["opened"], stored["emailEvents"]["clicked"]) == (3, 1)  # 0 changes nothing
    assert stored["emailEventTimes"]["opened"] == first_open  # the first time stays
    assert stored["recipientStatuses"]["reader@example.com"] == {"status": "failed", "failReason": "Mailbox full"}
    assert ghl.client().get(f"/conversations/messages/{message['id']}").json()["status"] == "failed"


def test_a_custom_channel_email_can_be_reported(ghl):
    registered, message = _sent_email(ghl, custom=True)
    answer = ghl.client(token=registered.access_token).put(
        f"/conversations/messages/email/{message['id']}/status", json={"status": "opened"})
    assert answer.status_code == 200, answer.text
    assert _stored(ghl, message["id"])["status"] == "opened"


@pytest.mark.ghl_allow_violations
def test_only_the_providers_app_may_report(ghl):
    registered, message = _sent_email(ghl)
    path = f"/conversations/messages/email/{message['id']}/status"
    for token in (ghl.token(), ghl.pit()):
        refused = ghl.client(token=token).put(path, json={"status": "delivered"})
        assert (refused.status_code, refused.json()["message"]) == (
            403, "No conversation provider found for this message")
    assert _stored(ghl, message["id"])["status"] == "pending"


@pytest.mark.ghl_allow_violations
def test_built_in_emails_and_other_messages_are_refused(ghl):
    built_in = ghl.message(contact=ghl.contact(email="x@example.com"), type="Email", html="<p>x</p>")
    refused = ghl.client().put(f"/conversations/messages/email/{built_in['id']}/status", json={"status": "read"})
    assert refused.status_code == 403
    sms = ghl.message(contact=ghl.contact(phone="+15550001111"))
    not_email = ghl.client().put(f"/conversations/messages/email/{sms['id']}/status", json={"status": "read"})
    assert (not_email.status_code, not_email.json()["message"]) == (
        400, f"Email message with id {sms['id']} not found")


@pytest.mark.ghl_allow_violations
def test_bad_reports_keep_nothing(ghl):
    registered, message = _sent_email(ghl)
    provider = ghl.client(token=registered.access_token)
    path = f"/conversations/messages/email/{message['id']}/status"
    stranger = provider.put(path, json={"status": "delivered", "events": {"delivered": 1},
                                        "recipients": [{"emailId": "someone@else.com", "status": "delivered"}]})
    assert (stranger.status_code, stranger.json()["message"]) == (
        400, "someone@else.com is not a recipient of this email")
    assert provider.put(path, json={"events": {"opened": 1}}).status_code == 422  # status is required
    assert provider.put(path, json={"status": "delivered", "events": {"opened": -1}}).status_code == 422
    assert provider.put(path, json={"status": "bounced"}).status_code == 422
    stored = _stored(ghl, message["id"])
    assert (stored["status"], stored.get("emailEvents"), stored.get("recipientStatuses")) == ("pending", None, None)


@pytest.mark.ghl_allow_violations
def test_another_locations_email_is_refused(ghl):
    registered, message = _sent_email(ghl)
    other = ghl.location()
    foreign = ghl.client(token=ghl.token(location_id=other["id"]))
    answer = foreign.put(f"/conversations/messages/email/{message['id']}/status", json={"status": "delivered"})
    assert (answer.status_code, answer.json()["message"]) == (403, "The token does not have access to this location.")
    assert _stored(ghl, message["id"])["status"] == "pending"


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_the_answer_matches_the_official_schema(ghl):
    registered, message = _sent_email(ghl)
    answer = ghl.client(token=registered.access_token, version="v3").put(
        f"/conversations/messages/email/{message['id']}/status", json={"status": "delivered", "events": {"opened": 1}})
    assert answer.status_code == 200, answer.text
    assert upstream.response_problems("v3/conversations-v3.json", "PUT", "/conversations/messages/email/{id}/status",
                                      200, answer.json()) == []
