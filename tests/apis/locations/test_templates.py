"""Message templates: seeded through the control plane, listed by origin, type and deletion, deleted."""

from __future__ import annotations

import pytest


def _list(client, ghl, **params):
    answer = client.get(f"/locations/{ghl.location_id}/templates", params={"originId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_seeded_templates_are_listed_by_type_newest_first(ghl, ghl_client):
    ghl.freeze("2026-03-01T12:00:00Z")
    sms = ghl.template("Reminder", body="See you {{contact.first_name}}")
    ghl.advance(60)
    email = ghl.template("Welcome", type="email", subject="Hello", html="<p>Hi</p>")
    listed = _list(ghl_client, ghl)
    assert [t["id"] for t in listed["templates"]] == [email["id"], sms["id"]] and listed["totalCount"] == 2
    assert listed["templates"][1]["template"] == {"body": "See you {{contact.first_name}}", "attachments": []}
    assert listed["templates"][0]["template"] == {"subject": "Hello", "attachments": [], "html": "<p>Hi</p>"}
    assert [t["name"] for t in _list(ghl_client, ghl, type="email")["templates"]] == ["Welcome"]
    assert _list(ghl_client, ghl, limit="1", skip="1")["templates"][0]["id"] == sms["id"]
    assert _list(ghl_client, ghl, originId="someOtherOrigin00000")["templates"] == []


def test_a_deleted_template_is_listed_only_as_deleted(ghl, ghl_client):
    template = ghl.template()
    path = f"/locations/{ghl.location_id}/templates/{template['id']}"
    assert ghl_client.delete(path).status_code == 200
    assert _list(ghl_client, ghl)["templates"] == []
    assert [t["id"] for t in _list(ghl_client, ghl, deleted="true")["templates"]] == [template["id"]]
    again = ghl_client.delete(path)
    assert (again.status_code, again.json()["message"]) == (400, "Template not found")


@pytest.mark.ghl_allow_violations
def test_listing_needs_an_origin_and_valid_filters(ghl, ghl_client):
    path = f"/locations/{ghl.location_id}/templates"
    assert ghl_client.get(path).status_code == 422
    assert ghl_client.get(path, params={"originId": ghl.location_id, "type": "fax"}).status_code == 422


def test_a_bad_template_seed_is_refused_and_nothing_is_stored(ghl):
    control = ghl.client()
    answer = control.post(f"/_mock/locations/{ghl.location_id}/templates", json={"name": "", "type": "pigeon"})
    assert answer.status_code == 422
    assert ghl.world.store.count(ghl.location_id, "locationTemplates") == 0


def test_the_factories_make_what_the_api_reads(ghl, ghl_client):
    tag = ghl.tag("Priority")
    value = ghl.custom_value("Office Phone", "+1 212 555 0100")
    assert tag["name"] == "priority"
    assert value["fieldKey"] == "{{ custom_values.office_phone }}"
    listed = ghl_client.get(f"/locations/{ghl.location_id}/customValues").json()["customValues"]
    assert [v["value"] for v in listed] == ["+1 212 555 0100"]
    assert ghl.tag()["name"] != ghl.tag()["name"]
