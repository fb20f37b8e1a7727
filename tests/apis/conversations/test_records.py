"""Conversation records over HTTP: one per contact, references checked, updates, deletes, no orphans."""

from __future__ import annotations


def test_create_read_update_and_delete_a_conversation(ghl):
    ghl.freeze("2025-05-01T09:00:00Z")
    api = ghl.client()
    contact = ghl.contact()
    created = api.post("/conversations/", json={"locationId": ghl.location_id, "contactId": contact["id"]})
    assert created.status_code == 201, created.text
    conversation = created.json()["conversation"]
    assert conversation["contactId"] == contact["id"] and conversation["dateAdded"] == "2025-05-01T09:00:00.000Z"
    read = api.get(f"/conversations/{conversation['id']}").json()
    assert (read["unreadCount"], read["starred"], read["deleted"], read["type"]) == (0, False, False, 1)

    updated = api.put(f"/conversations/{conversation['id']}", json={
        "locationId": ghl.location_id, "starred": True, "unreadCount": 3})
    assert updated.status_code == 200 and updated.json()["success"] is True
    assert api.get(f"/conversations/{conversation['id']}").json()["starred"] is True

    assert api.delete(f"/conversations/{conversation['id']}").json()["success"] is True
    gone = api.get(f"/conversations/{conversation['id']}")
    assert gone.status_code == 400 and gone.json()["message"] == f"Conversation with id {conversation['id']} not found"


def test_one_conversation_per_contact_and_unknown_contacts_are_refused(ghl):
    api = ghl.client()
    contact = ghl.contact()
    first = ghl.conversation(contact)
    again = api.post("/conversations/", json={"locationId": ghl.location_id, "contactId": contact["id"]})
    assert again.status_code == 400
    assert again.json()["message"] == "Conversation already exists" and again.json()["conversationId"] == first["id"]
    unknown = api.post("/conversations/", json={"locationId": ghl.location_id, "contactId": "nope"})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Contact with id nope not found")
    other_location = ghl.location()
    foreign = api.post("/conversations/", json={"locationId": other_location["id"], "contactId": contact["id"]})
    assert foreign.status_code == 403


def test_deleting_the_conversation_or_its_contact_leaves_no_messages_readable(ghl):
    api = ghl.client()
    contact = ghl.contact()
    message = ghl.message(contact)
    api.delete(f"/conversations/{message['conversationId']}")
    assert api.get(f"/conversations/messages/{message['id']}").status_code == 400

    second = ghl.message(contact)  # a new message opens a new conversation
    assert second["conversationId"] != message["conversationId"]
    assert api.delete(f"/contacts/{contact['id']}").status_code == 200
    assert api.get(f"/conversations/{second['conversationId']}").status_code == 400
    assert api.get(f"/conversations/messages/{second['id']}").status_code == 400
    found = api.get("/conversations/search", params={"locationId": ghl.location_id}).json()
    assert found["total"] == 0
