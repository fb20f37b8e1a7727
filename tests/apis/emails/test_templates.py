"""E-mail templates (emails.json's builder operations): created, content saved, listed with the filters,
deleted (a folder with its templates), with GHL's 404 for an unknown template."""

from __future__ import annotations

import pytest

DND = {"elements": [], "attrs": {}, "templateSettings": {}}


def _create(client, ghl, **fields):
    body = {"locationId": ghl.location_id, "type": "html", "importProvider": "mailchimp", **fields}
    answer = client.post("/emails/builder", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()["redirect"]


def _list(client, ghl, **params):
    answer = client.get("/emails/builder", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_created_template_is_listed_then_its_content_saved(ghl, ghl_client):
    template_id = _create(ghl_client, ghl, name="Welcome", updatedBy=ghl.user_id)
    listed = _list(ghl_client, ghl)
    assert listed["total"] == 1
    template = listed["builders"][0]
    assert (template["id"], template["name"], template["templateType"], template["version"]) == (
        template_id, "Welcome", "html", "2")
    assert "previewUrl" not in template
    saved = ghl_client.post("/emails/builder/data", json={
        "locationId": ghl.location_id, "templateId": template_id, "updatedBy": ghl.user_id, "dnd": DND,
        "html": "<p>Hello</p>", "editorType": "html", "previewText": "Hi"})
    assert saved.status_code == 201, saved.text
    assert saved.json()["ok"] == "true" and template_id in saved.json()["previewUrl"]
    assert _list(ghl_client, ghl)["builders"][0]["previewUrl"] == saved.json()["previewUrl"]


def test_filters_sort_and_paging(ghl, ghl_client):
    ghl.freeze("2026-01-01T10:00:00Z")
    folder = _create(ghl_client, ghl, type="folder", name="Newsletters")
    ghl.advance(minutes=1)
    march = _create(ghl_client, ghl, name="March news", parentId=folder)
    ghl.advance(minutes=1)
    april = _create(ghl_client, ghl, name="April news", parentId=folder, builderVersion="1")
    ghl.advance(minutes=1)
    promo = _create(ghl_client, ghl, name="Promo")

    def ids(**params):
        return [t["id"] for t in _list(ghl_client, ghl, **params)["builders"]]

    assert ids() == [promo, april, march, folder]
    assert ids(sortByDate="asc") == [folder, march, april, promo]
    assert ids(search="NEWS") == [april, march, folder]
    assert ids(name="promo") == [promo]
    assert ids(parentId=folder) == [april, march]
    assert ids(templatesOnly="true") == [promo, april, march]
    assert ids(builderVersion="1") == [april]
    assert ids(limit="2", offset="1") == [april, march]
    assert _list(ghl_client, ghl, limit="1")["total"] == 4
    assert ids(archived="true") == []


@pytest.mark.ghl_allow_violations
def test_refusals(ghl, ghl_client):
    template = _create(ghl_client, ghl, name="Plain")
    folder = _create(ghl_client, ghl, type="folder", name="Folder")
    base = {"locationId": ghl.location_id, "importProvider": "mailchimp"}
    cases = [({**base, "type": "import"}, 422, ["importURL should not be empty"]),
             ({**base, "type": "html", "parentId": template}, 400, f"parentId {template} is not a folder"),
             ({**base, "type": "html", "parentId": "noSuchFolder00000000"}, 404, "Template not found"),
             ({**base, "type": "newsletter"}, 422, None),
             ({"locationId": ghl.location_id, "type": "html"}, 422, None)]
    for body, status, message in cases:
        answer = ghl_client.post("/emails/builder", json=body)
        assert answer.status_code == status, (body, answer.text)
        if message:
            assert answer.json()["message"] == message
    save = {"locationId": ghl.location_id, "updatedBy": ghl.user_id, "dnd": DND, "html": "<p/>", "editorType": "html"}
    assert ghl_client.post("/emails/builder/data", json={**save, "templateId": folder}).status_code == 400
    missing = ghl_client.post("/emails/builder/data", json={**save, "templateId": "noSuchTemplate000000"})
    assert (missing.status_code, missing.json()["message"]) == (404, "Template not found")
    assert ghl_client.post("/emails/builder/data", json={**save, "templateId": template,
                                                         "editorType": "mjml"}).status_code == 422
    assert _list(ghl_client, ghl)["total"] == 2
    assert "previewUrl" not in _list(ghl_client, ghl, name="Plain")["builders"][0]


def test_delete_removes_the_template_and_a_folder_its_templates(ghl, ghl_client):
    folder = _create(ghl_client, ghl, type="folder", name="Old")
    _create(ghl_client, ghl, name="Inside", parentId=folder)
    kept = _create(ghl_client, ghl, name="Kept")
    answer = ghl_client.delete(f"/emails/builder/{ghl.location_id}/{folder}")
    assert (answer.status_code, answer.json()["ok"]) == (200, "true")
    assert [t["id"] for t in _list(ghl_client, ghl)["builders"]] == [kept]
    again = ghl_client.delete(f"/emails/builder/{ghl.location_id}/{folder}")
    assert (again.status_code, again.json()["message"]) == (404, "Template not found")


@pytest.mark.ghl_allow_violations
def test_a_template_is_not_deleted_through_another_locations_path(ghl, ghl_client):
    template = ghl.email_template("Private")
    other = ghl.location()
    answer = ghl_client.delete(f"/emails/builder/{other['id']}/{template['id']}")
    assert answer.status_code == 403, answer.text
    assert [t["id"] for t in _list(ghl_client, ghl)["builders"]] == [template["id"]]


def test_the_factory_makes_a_template_with_content(ghl):
    template = ghl.email_template("Hello", html="<p>Hi</p>")
    assert template["name"] == "Hello" and template["previewUrl"]
