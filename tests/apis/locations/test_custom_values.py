"""Custom values: named text of the location, keyed for ``{{ custom_values.<key> }}`` placeholders."""

from __future__ import annotations

import pytest


def test_a_custom_value_is_created_read_listed_updated_and_deleted(ghl, ghl_client):
    path = f"/locations/{ghl.location_id}/customValues"
    made = ghl_client.post(path, json={"name": "Webinar Date", "value": "March 3rd"})
    assert made.status_code == 201, made.text
    value = made.json()["customValue"]
    assert value == {"id": value["id"], "name": "Webinar Date", "fieldKey": "{{ custom_values.webinar_date }}",
                     "value": "March 3rd", "locationId": ghl.location_id}
    assert ghl_client.get(f"{path}/{value['id']}").json()["customValue"] == value
    assert ghl_client.get(path).json()["customValues"] == [value]

    changed = ghl_client.put(f"{path}/{value['id']}", json={"name": "Webinar Day", "value": "March 4th"})
    assert changed.status_code == 200
    assert changed.json()["customValue"] | {} == {**value, "name": "Webinar Day", "value": "March 4th",
                                                  "fieldKey": "{{ custom_values.webinar_day }}"}

    assert ghl_client.delete(f"{path}/{value['id']}").json()["succeded"] is True
    gone = ghl_client.get(f"{path}/{value['id']}")
    assert (gone.status_code, gone.json()["message"]) == (400, "Custom value not found")
    assert ghl_client.get(path).json()["customValues"] == []


def test_two_values_cannot_share_a_key(ghl, ghl_client):
    path = f"/locations/{ghl.location_id}/customValues"
    first = ghl_client.post(path, json={"name": "Support Email", "value": "a@x.test"}).json()["customValue"]
    clash = ghl_client.post(path, json={"name": "support  email", "value": "b@x.test"})
    assert clash.status_code == 400
    other = ghl_client.post(path, json={"name": "Sales Email", "value": "s@x.test"}).json()["customValue"]
    rename = ghl_client.put(f"{path}/{other['id']}", json={"name": "Support-Email", "value": "s@x.test"})
    assert rename.status_code == 400
    assert [v["value"] for v in ghl_client.get(path).json()["customValues"]] == ["a@x.test", "s@x.test"]
    assert first["fieldKey"] == "{{ custom_values.support_email }}"


@pytest.mark.ghl_allow_violations
def test_bad_custom_value_input_is_refused_and_nothing_is_stored(ghl, ghl_client):
    path = f"/locations/{ghl.location_id}/customValues"
    for body in ({"name": "x"}, {"value": "x"}, {"name": "", "value": "x"}, {"name": "!!", "value": "x"},
                 {"name": 3, "value": "x"}, {"name": "a", "value": "b", "extra": 1}):
        answer = ghl_client.post(path, json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert answer.json()["statusCode"] == 422 and answer.json()["message"]
    assert ghl_client.get(path).json()["customValues"] == []


def test_another_locations_value_is_refused(ghl, ghl_client):
    other = ghl.location()
    value = ghl_client.post(f"/locations/{ghl.location_id}/customValues",
                            json={"name": "Mine", "value": "1"}).json()["customValue"]
    other_client = ghl.client(token=ghl.token(location_id=other["id"]))
    answer = other_client.get(f"/locations/{other['id']}/customValues/{value['id']}")
    assert answer.status_code == 403  # the platform's rule for a record of another location
