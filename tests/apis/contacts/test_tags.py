"""Tags: add merges, remove removes only those given, the bulk update over many contacts."""

from __future__ import annotations

from mock_server.testing.tenant import GhlTenant


def test_adding_merges_and_removing_removes_only_those_given(api, new_contact):
    contact = new_contact(tags=["lead", "webinar"])
    added = api.post(f"/contacts/{contact['id']}/tags", json={"tags": ["VIP", "lead", " newsletter "]})
    assert (added.status_code, added.json()["tags"]) == (201, ["lead", "webinar", "vip", "newsletter"])
    removed = api.request("DELETE", f"/contacts/{contact['id']}/tags", json={"tags": ["WEBINAR", "not-there"]})
    assert (removed.status_code, removed.json()["tags"]) == (200, ["lead", "vip", "newsletter"])
    assert api.get(f"/contacts/{contact['id']}").json()["contact"]["tags"] == ["lead", "vip", "newsletter"]


def test_tags_of_an_unknown_contact(api):
    answer = api.post("/contacts/NoSuchContact0000000/tags", json={"tags": ["x"]})
    assert (answer.status_code, answer.json()["message"]) == (400, "Contact with id NoSuchContact0000000 not found")


def test_bulk_add_and_remove_report_per_contact(ghl, api, new_contact):
    a, b = new_contact(tags=["old"]), new_contact(tags=["old", "keep"])
    other = GhlTenant(ghl.app, seed="other-tags")
    theirs = other.client().post("/contacts/", json={"locationId": other.location_id}).json()["contact"]
    added = api.post("/contacts/bulk/tags/update/add", json={
        "locationId": ghl.location_id, "tags": ["New"], "contacts": [a["id"], b["id"], "abcdef", theirs["id"]]})
    assert added.status_code == 201
    body = added.json()
    assert body["succeded"] is True and body["errorCount"] == 2
    assert body["responses"][0] == {"contactId": a["id"], "message": "Tags updated", "type": "success",
                                    "oldTags": ["old"], "tagsAdded": ["new"], "tagsRemoved": []}
    assert [r["message"] for r in body["responses"][2:]] == ["contact id is not a valid firebase id",
                                                            "contact does not belong to location"]
    assert other.client().get(f"/contacts/{theirs['id']}").json()["contact"]["tags"] == []

    removed = api.post("/contacts/bulk/tags/update/remove", json={
        "locationId": ghl.location_id, "tags": ["old"], "contacts": [a["id"], b["id"]]}).json()
    assert [r["tagsRemoved"] for r in removed["responses"]] == [["old"], ["old"]]
    assert api.get(f"/contacts/{b['id']}").json()["contact"]["tags"] == ["keep", "new"]
    cleared = api.post("/contacts/bulk/tags/update/remove", json={
        "locationId": ghl.location_id, "tags": [], "contacts": [b["id"]], "removeAllTags": True}).json()
    assert cleared["responses"][0]["tagsRemoved"] == ["keep", "new"]
    other.close()


def test_bulk_refusals(ghl, api, new_contact):
    contact = new_contact()
    body = {"locationId": ghl.location_id, "tags": ["x"], "contacts": [contact["id"]]}
    bad_type = api.post("/contacts/bulk/tags/update/toggle", json=body)
    assert (bad_type.status_code, bad_type.json()["message"]) == (
        422, ["type must be one of the following values: add, remove"])
    assert api.post("/contacts/bulk/tags/update/add", json={**body, "removeAllTags": True}).status_code == 400
