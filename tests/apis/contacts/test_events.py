"""Which contact change sends which webhook (``mock_server/apis/contacts/events.py``), beyond what the generated
test of the declarations performs: upserts, what an update did not change, cascades, refusals."""

from __future__ import annotations


def _types(ghl) -> list[str]:
    return [e["type"] for e in ghl.events()]


def test_an_upsert_creates_then_updates(ghl, api):
    body = {"locationId": ghl.location_id, "email": "upsert.events@example.com", "firstName": "Ada"}
    created = api.post("/contacts/upsert", json=body).json()["contact"]
    assert _types(ghl) == ["ContactCreate"]
    api.post("/contacts/upsert", json={**body, "firstName": "Adele"})
    assert _types(ghl) == ["ContactCreate", "ContactUpdate"]
    update = ghl.events("ContactUpdate")[0]["payload"]
    assert (update["id"], update["firstName"], update["locationId"]) == (created["id"], "Adele", ghl.location_id)


def test_an_update_sends_dnd_and_tag_events_only_for_what_it_changed(ghl, api, new_contact):
    contact = new_contact(tags=["lead"], dnd=False)
    api.put(f"/contacts/{contact['id']}", json={"tags": ["lead"], "dnd": False, "city": "Lyon"})
    api.put(f"/contacts/{contact['id']}", json={"tags": ["lead", "vip"]})
    api.put(f"/contacts/{contact['id']}", json={"dndSettings": {"SMS": {"status": "active"}}})
    assert _types(ghl) == ["ContactCreate", "ContactUpdate", "ContactUpdate", "ContactTagUpdate", "ContactUpdate",
                           "ContactDndUpdate"]
    assert ghl.events("ContactTagUpdate")[0]["payload"]["tags"] == ["lead", "vip"]
    assert ghl.events("ContactDndUpdate")[0]["payload"]["dndSettings"]["SMS"]["status"] == "active"


def test_deleting_a_contact_sends_only_contact_delete_for_it_and_what_hangs_off_it(ghl, api, new_contact):
    contact = new_contact(firstName="Gone", email="gone@example.com")
    api.post(f"/contacts/{contact['id']}/notes", json={"body": "a note"})
    api.post(f"/contacts/{contact['id']}/tasks", json={"title": "call back", "dueDate": "2030-01-01T10:00:00Z",
                                                       "completed": False})
    assert api.delete(f"/contacts/{contact['id']}").status_code == 200
    assert _types(ghl) == ["ContactCreate", "NoteCreate", "TaskCreate", "ContactDelete"]
    deleted = ghl.events("ContactDelete")[0]["payload"]
    assert (deleted["id"], deleted["email"], deleted["firstName"]) == (contact["id"], "gone@example.com", "Gone")


def test_a_task_completes_once_and_task_create_is_sent_as_ghl_sends_it(ghl, api, new_contact):
    contact = new_contact()
    task = api.post(f"/contacts/{contact['id']}/tasks", json={
        "title": "call back", "body": "about the quote", "dueDate": "2030-01-01T10:00:00Z", "completed": False,
    }).json()["task"]
    path = f"/contacts/{contact['id']}/tasks/{task['id']}"
    api.put(path, json={"title": "call back today"})  # no TaskUpdate exists
    api.put(path + "/completed", json={"completed": True})
    api.put(path + "/completed", json={"completed": True})  # already complete: nothing new
    assert _types(ghl) == ["ContactCreate", "TaskCreate", "TaskComplete"]
    created = ghl.events("TaskCreate")[0]["payload"]
    assert "contactId" not in created and "body" not in created  # as live (GHL issue #332)
    assert ghl.events("TaskComplete")[0]["payload"]["contactId"] == contact["id"]


def test_a_refused_create_sends_nothing(ghl, api, new_contact):
    new_contact(email="taken@example.com")
    refused = api.post("/contacts/", json={"locationId": ghl.location_id, "email": "taken@example.com"})
    assert refused.status_code == 400
    assert _types(ghl) == ["ContactCreate"]


def test_a_campaign_enrollment_sends_its_status_when_it_starts_and_ends(ghl, api, new_contact, seed):
    contact, other = new_contact(), new_contact()
    campaign = seed("campaigns", name="Nurture")
    api.post(f"/contacts/{contact['id']}/campaigns/{campaign['id']}", json={})
    api.delete(f"/contacts/{other['id']}/campaigns/{campaign['id']}")  # never enrolled: nothing changes
    api.delete(f"/contacts/{contact['id']}/campaigns/{campaign['id']}")
    api.post(f"/contacts/{contact['id']}/campaigns/{campaign['id']}", json={})
    api.delete(f"/contacts/{contact['id']}/campaigns/removeAll")
    sent = [(e["payload"]["contactId"], e["payload"]["status"]) for e in ghl.events("CampaignStatusUpdate")]
    assert sent == [(contact["id"], "active"), (contact["id"], "removed"), (contact["id"], "active"),
                    (contact["id"], "removed")]
    first = ghl.events("CampaignStatusUpdate")[0]["payload"]
    assert (first["id"], first["templateId"], first["locationId"]) == (campaign["id"], campaign["id"], ghl.location_id)
