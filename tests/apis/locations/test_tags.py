"""Location tags: the names contacts are tagged with, created, renamed and deleted through the location."""

from __future__ import annotations

import pytest


def _tags(client, ghl) -> dict[str, str]:
    return {t["name"]: t["id"] for t in client.get(f"/locations/{ghl.location_id}/tags").json()["tags"]}


def test_a_created_tag_is_listed_and_read_by_id(ghl, ghl_client):
    made = ghl_client.post(f"/locations/{ghl.location_id}/tags", json={"name": " Hot Lead "})
    assert made.status_code == 200, made.text
    tag = made.json()["tag"]
    assert (tag["name"], tag["locationId"]) == ("hot lead", ghl.location_id)
    assert _tags(ghl_client, ghl) == {"hot lead": tag["id"]}
    assert ghl_client.get(f"/locations/{ghl.location_id}/tags/{tag['id']}").json()["tag"] == tag


def test_tags_used_on_contacts_appear_with_stable_ids(ghl, ghl_client):
    ghl.contact(tags=["VIP", "newsletter"])
    first = _tags(ghl_client, ghl)
    assert set(first) == {"vip", "newsletter"}
    assert _tags(ghl_client, ghl) == first


def test_a_tag_name_is_unique_also_against_contacts_tags(ghl, ghl_client):
    ghl.contact(tags=["vip"])
    answer = ghl_client.post(f"/locations/{ghl.location_id}/tags", json={"name": "VIP"})
    assert answer.status_code == 400
    assert answer.json()["message"] == "The tag name is already exist."
    assert list(_tags(ghl_client, ghl)) == ["vip"]


def test_renaming_a_tag_renames_it_on_its_contacts(ghl, ghl_client):
    tagged = ghl.contact(tags=["vip", "b2b"])
    untagged = ghl.contact(tags=["b2b"])
    tag_id = _tags(ghl_client, ghl)["vip"]
    answer = ghl_client.put(f"/locations/{ghl.location_id}/tags/{tag_id}", json={"name": "Gold"})
    assert answer.status_code == 200 and answer.json()["tag"] == {"id": tag_id, "name": "gold",
                                                                  "locationId": ghl.location_id}
    assert ghl_client.get(f"/contacts/{tagged['id']}").json()["contact"]["tags"] == ["gold", "b2b"]
    assert ghl_client.get(f"/contacts/{untagged['id']}").json()["contact"]["tags"] == ["b2b"]
    assert set(_tags(ghl_client, ghl)) == {"gold", "b2b"}


def test_renaming_onto_another_tag_is_refused_and_changes_nothing(ghl, ghl_client):
    contact = ghl.contact(tags=["vip", "b2b"])
    tag_id = _tags(ghl_client, ghl)["vip"]
    answer = ghl_client.put(f"/locations/{ghl.location_id}/tags/{tag_id}", json={"name": "B2B"})
    assert answer.status_code == 400
    assert ghl_client.get(f"/contacts/{contact['id']}").json()["contact"]["tags"] == ["vip", "b2b"]


def test_deleting_a_tag_removes_it_from_its_contacts(ghl, ghl_client):
    contact = ghl.contact(tags=["vip", "b2b"])
    tag_id = _tags(ghl_client, ghl)["vip"]
    answer = ghl_client.delete(f"/locations/{ghl.location_id}/tags/{tag_id}")
    assert answer.status_code == 200 and answer.json()["succeded"] is True
    assert ghl_client.get(f"/contacts/{contact['id']}").json()["contact"]["tags"] == ["b2b"]
    assert list(_tags(ghl_client, ghl)) == ["b2b"]
    gone = ghl_client.get(f"/locations/{ghl.location_id}/tags/{tag_id}")
    assert (gone.status_code, gone.json()["message"]) == (400, "Tag not found")


@pytest.mark.ghl_allow_violations
def test_bad_tag_input_is_refused_ghl_shaped(ghl, ghl_client):
    path = f"/locations/{ghl.location_id}/tags"
    assert ghl_client.post(path, json={"name": "   "}).json() | {"traceId": None} == {
        "statusCode": 422, "message": ["name should not be empty"], "error": "Unprocessable Entity", "traceId": None}
    assert ghl_client.post(path, json={}).status_code == 422
    assert ghl_client.post(path, json={"name": 5}).status_code == 422
    assert _tags(ghl_client, ghl) == {}


def test_another_locations_tag_is_refused(ghl, ghl_client):
    other = ghl.location()
    made = ghl_client.post(f"/locations/{ghl.location_id}/tags", json={"name": "mine"}).json()["tag"]
    other_client = ghl.client(token=ghl.token(location_id=other["id"]))
    answer = other_client.get(f"/locations/{other['id']}/tags/{made['id']}")
    assert answer.status_code == 403  # the platform's rule for a record of another location


def test_renaming_a_tag_sends_contact_tag_update_for_each_contact_that_had_it(ghl, ghl_client):
    tagged = [ghl.contact(tags=["vip", "b2b"]), ghl.contact(tags=["VIP"])]
    ghl.contact(tags=["b2b"])  # does not have the tag: no event for it
    tag_id = _tags(ghl_client, ghl)["vip"]
    assert ghl.events("ContactTagUpdate") == []
    ghl_client.put(f"/locations/{ghl.location_id}/tags/{tag_id}", json={"name": "Gold"})
    sent = {e["payload"]["id"]: e["payload"]["tags"] for e in ghl.events("ContactTagUpdate")}
    assert sent == {tagged[0]["id"]: ["gold", "b2b"], tagged[1]["id"]: ["gold"]}


def test_deleting_a_tag_sends_contact_tag_update_for_each_contact_that_had_it(ghl, ghl_client):
    tagged = ghl.contact(tags=["vip", "b2b"])
    ghl.contact(tags=["b2b"])
    tag_id = _tags(ghl_client, ghl)["vip"]
    ghl_client.delete(f"/locations/{ghl.location_id}/tags/{tag_id}")
    assert [(e["payload"]["id"], e["payload"]["tags"]) for e in ghl.events("ContactTagUpdate")] == [
        (tagged["id"], ["b2b"])]


def test_a_refused_rename_sends_no_contact_tag_update(ghl, ghl_client):
    ghl.contact(tags=["vip", "b2b"])
    tag_id = _tags(ghl_client, ghl)["vip"]
    assert ghl_client.put(f"/locations/{ghl.location_id}/tags/{tag_id}", json={"name": "b2b"}).status_code == 400
    assert ghl.events("ContactTagUpdate") == []
