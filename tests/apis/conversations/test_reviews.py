"""Review replies over HTTP: a seeded review in the contact's conversation, answered by the location."""

from __future__ import annotations


def test_a_review_is_answered_in_its_conversation(ghl):
    api = ghl.client()
    contact = ghl.contact()
    seeded = api.post(f"/_mock/locations/{ghl.location_id}/reviews",
                      json={"contactId": contact["id"], "rating": 5, "body": "Great service"})
    assert seeded.status_code == 201, seeded.text
    conversation_id = seeded.json()["conversationId"]

    replied = api.post("/conversations/messages/review-reply", json={
        "conversationId": conversation_id, "locationId": ghl.location_id, "message": "Thank you!"})
    assert replied.status_code == 200 and replied.json()["status"] == "delivered"
    thread = api.get(f"/conversations/{conversation_id}/messages").json()["messages"]["messages"]
    assert [(m["messageType"], m["direction"], m["body"]) for m in thread] == [
        ("TYPE_REVIEW", "outbound", "Thank you!"), ("TYPE_REVIEW", "inbound", "Great service")]


def test_a_conversation_without_a_review_cannot_be_replied_to(ghl):
    conversation = ghl.conversation()
    refused = ghl.client().post("/conversations/messages/review-reply", json={
        "conversationId": conversation["id"], "locationId": ghl.location_id, "message": "Thanks"})
    assert (refused.status_code, refused.json()["message"]) == (
        400, f"Conversation {conversation['id']} has no review to reply to")
    assert ghl.client().get(f"/conversations/{conversation['id']}/messages").json()["messages"]["messages"] == []
