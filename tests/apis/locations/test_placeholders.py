"""Merge fields in what a location sends: custom values, the contact's fields and custom fields, the location."""

from __future__ import annotations


def _sent(ghl_client, answer) -> dict:
    assert answer.status_code in (200, 201), answer.text
    return ghl_client.get(f"/conversations/messages/{answer.json()['messageId']}").json()


def test_an_sms_reaches_the_contact_with_its_merge_fields_filled(ghl, ghl_client):
    ghl.custom_value("Webinar Date", "March 3rd")
    field = ghl.custom_field("contact", "TEXT", name="Favourite Colour")
    contact = ghl.contact(firstName="Ada", lastName="Lovelace", phone="+14155550101",
                          customFields=[{"id": field["id"], "field_value": "teal"}])
    text = ("Hi {{contact.first_name}} {{ contact.last_name }}, see you {{ custom_values.webinar_date }}! "
            "Bring {{contact.favourite_colour}}. {{contact.name}}")
    sent = _sent(ghl_client, ghl_client.post("/conversations/messages",
                                                  json={"type": "SMS", "contactId": contact["id"], "message": text}))
    assert sent["body"] == "Hi Ada Lovelace, see you March 3rd! Bring teal. Ada Lovelace"


def test_merge_fields_without_a_value_render_empty_and_other_braces_stay(ghl, ghl_client):
    contact = ghl.contact(firstName=None, lastName="Byron", phone="+14155550102")
    text = "Hi {{contact.first_name}}, {{ custom_values.nope }}{{ other.thing }} {{location.name}}"
    sent = _sent(ghl_client, ghl_client.post("/conversations/messages",
                                                  json={"type": "SMS", "contactId": contact["id"], "message": text}))
    location = ghl_client.get(f"/locations/{ghl.location_id}").json()["location"]
    assert sent["body"] == f"Hi , {{{{ other.thing }}}} {location['name']}"


def test_an_email_has_its_subject_and_html_rendered(ghl, ghl_client):
    ghl.custom_value("Brand", "Acme")
    contact = ghl.contact(firstName="Grace", email="grace@example.com")
    answer = ghl_client.post("/conversations/messages", json={
        "type": "Email", "contactId": contact["id"], "subject": "{{custom_values.brand}} news",
        "html": "<p>Dear {{contact.first_name}}</p>"})
    sent = _sent(ghl_client, answer)
    email = ghl_client.get(f"/conversations/messages/email/{answer.json()['emailMessageId']}").json()
    assert (email["subject"], sent["body"]) == ("Acme news", "<p>Dear Grace</p>")


def test_an_inbound_message_is_kept_as_the_contact_wrote_it(ghl, ghl_client):
    ghl.custom_value("Brand", "Acme")
    contact = ghl.contact(firstName="Alan", phone="+14155550103")
    sent = ghl_client.post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"], "message": "hi"})
    conversation_id = sent.json()["conversationId"]
    text = "What is {{ custom_values.brand }}?"
    added = ghl_client.post("/conversations/messages/inbound", json={
        "type": "SMS", "conversationId": conversation_id, "contactId": contact["id"], "message": text,
        "conversationProviderId": "twilio"})
    assert _sent(ghl_client, added)["body"] == text
