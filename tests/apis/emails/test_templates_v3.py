"""E-mail templates through emails-v3.json: created, imported, foldered, read (content served back), updated,
deleted; the same records the v2 builder lists, and another location's are out of reach."""

from __future__ import annotations

import pytest

BASE = "/emails/locations/{}/templates"


def _path(ghl, suffix=""):
    return BASE.format(ghl.location_id) + suffix


def _create(ghl, **body):
    answer = ghl.client().post(_path(ghl), json={"name": "Welcome", "editorType": "html", **body})
    assert answer.status_code == 201, answer.text
    return answer.json()


def _folder(ghl, name="Newsletters"):
    answer = ghl.client().post(_path(ghl, "/folders"), json={"name": name})
    assert answer.status_code == 201, answer.text
    return answer.json()


def _items(ghl, **params):
    answer = ghl.client().get(_path(ghl), params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_created_template_is_read_back_with_its_content(ghl):
    created = _create(ghl, editorContent="<p>Hello</p>", subjectLine="Hi there", fromName="Acme",
                      fromEmail="news@acme.test", previewText="Peek", userId=ghl.user_id)
    assert (created["editorType"], created["isPlainText"], created["subjectLine"]) == ("html", False, "Hi there")
    read = ghl.client().get(_path(ghl, f"/{created['id']}"))
    assert read.status_code == 200, read.text
    template = read.json()
    assert (template["name"], template["subject"], template["fromEmail"], template["deleted"]) == (
        "Welcome", "Hi there", "news@acme.test", False)
    content = ghl.client().get(template["editorContentUrl"])
    assert (content.status_code, content.text) == (200, "<p>Hello</p>")


def test_v2_and_v3_see_one_template(ghl):
    """A v3 template is in the builder's v2 listing; the builder's templates are in v3's, a drag-and-drop one
    as editorType builder, and the HTML v2 saved is the content v3 serves."""
    v3 = _create(ghl, name="From v3", editorType="text", editorContent="Plain words")
    dnd = ghl.email_template("Drag and drop", type="builder", html="")
    saved = ghl.email_template("Saved through v2", html="<p>Saved</p>")
    v2 = ghl.client().get("/emails/builder", params={"locationId": ghl.location_id}).json()["builders"]
    assert {t["id"]: t["isPlainText"] for t in v2} == {v3["id"]: True, dnd["id"]: False, saved["id"]: False}
    items = {i["id"]: i["editorType"] for i in _items(ghl)["items"]}
    assert items == {v3["id"]: "text", dnd["id"]: "builder", saved["id"]: "html"}
    read = ghl.client().get(_path(ghl, f"/{saved['id']}")).json()
    assert ghl.client().get(read["editorContentUrl"]).text == "<p>Saved</p>"


def test_folders_children_and_the_listing_filters(ghl):
    ghl.freeze("2026-03-01T09:00:00Z")
    folder = _folder(ghl, "Seasonal")
    ghl.advance(minutes=1)
    inside = _create(ghl, name="March news", parentFolderId=folder["id"])
    ghl.advance(minutes=1)
    top = _create(ghl, name="Promo")

    def ids(**params):
        return [i["id"] for i in _items(ghl, **params)["items"]]

    assert ids() == [top["id"], inside["id"], folder["id"]]
    assert ids(sortOrder="asc") == [folder["id"], inside["id"], top["id"]]
    assert ids(folderId="root") == [top["id"], folder["id"]]
    assert ids(folderId=folder["id"]) == [inside["id"]]
    assert ids(include="folders") == [folder["id"]] and ids(include="templates") == [top["id"], inside["id"]]
    assert ids(search="NEWS") == [inside["id"]]
    assert ids(limit=1, offset=1) == [inside["id"]] and _items(ghl, limit=1)["total"] == 3
    listed = {i["id"]: i for i in _items(ghl)["items"]}
    assert (listed[folder["id"]]["type"], listed[folder["id"]]["childCount"], listed[folder["id"]]["hasChildren"]) == (
        "folder", 1, True)
    assert listed[inside["id"]]["parentFolderId"] == folder["id"]


def test_update_moves_renames_archives_and_replaces_content(ghl):
    folder = _folder(ghl)
    template = _create(ghl, editorContent="<p>v1</p>")
    answer = ghl.client().patch(_path(ghl, f"/{template['id']}"), json={
        "name": "Renamed", "editorContent": "<p>v2</p>", "parentFolderId": folder["id"], "subjectLine": "New"})
    assert answer.status_code == 200, answer.text
    updated = answer.json()
    assert (updated["name"], updated["parentFolderId"], updated["subjectLine"], updated["fromName"]) == (
        "Renamed", folder["id"], "New", "")
    read = ghl.client().get(_path(ghl, f"/{template['id']}")).json()
    assert ghl.client().get(read["editorContentUrl"]).text == "<p>v2</p>"
    archived = ghl.client().patch(_path(ghl, f"/{template['id']}"), json={"archived": True, "parentFolderId": "root"})
    assert archived.json()["archived"] is True and "parentFolderId" not in archived.json()
    assert [i["id"] for i in _items(ghl)["items"]] == [folder["id"]]
    assert [i["id"] for i in _items(ghl, archived="true")["items"]] == [template["id"]]


def test_import_keeps_the_provider_and_starts_empty(ghl):
    answer = ghl.client().post(_path(ghl, "/import"), json={"importProvider": "mailchimp",
                                                           "importUrl": "https://example.com/t/1"})
    assert answer.status_code == 201, answer.text
    imported = answer.json()
    assert (imported["name"], imported["editorType"]) == ("Imported template", "html")
    read = ghl.client().get(_path(ghl, f"/{imported['id']}")).json()
    assert "editorContentUrl" not in read


def test_delete_takes_a_folder_with_its_templates_and_their_content(ghl):
    folder = _folder(ghl)
    inside = _create(ghl, parentFolderId=folder["id"], editorContent="<p>x</p>")
    url = ghl.client().get(_path(ghl, f"/{inside['id']}")).json()["editorContentUrl"]
    answer = ghl.client().delete(_path(ghl, f"/{folder['id']}"))
    assert (answer.status_code, answer.json()["deleted"]) == (200, True)
    gone = ghl.client().get(_path(ghl, f"/{inside['id']}"))
    assert (gone.status_code, gone.json()["message"]) == (404, "Template not found")
    assert ghl.client().get(url).status_code == 404
    assert _items(ghl)["total"] == 0


@pytest.mark.ghl_allow_violations
def test_refusals(ghl):
    plain = _create(ghl)
    folder = _folder(ghl)
    inner = ghl.client().post(_path(ghl, "/folders"), json={"name": "Inner"}).json()
    ghl.client().patch(_path(ghl, f"/{inner['id']}"), json={"parentFolderId": folder["id"]})
    client = ghl.client()
    cases = [
        (client.post(_path(ghl), json={"name": "x", "editorType": "mjml"}), 422, None),
        (client.post(_path(ghl), json={"name": "", "editorType": "html"}), 422, None),
        (client.post(_path(ghl), json={"name": "x", "editorType": "html", "parentFolderId": plain["id"]}), 400,
         f"parentId {plain['id']} is not a folder"),
        (client.post(_path(ghl), json={"name": "x", "editorType": "html", "userId": "noSuchUser0000000000"}), 400,
         "User not found"),
        (client.get(_path(ghl, f"/{folder['id']}")), 404, "Template not found"),
        (client.patch(_path(ghl, f"/{folder['id']}"), json={"editorContent": "<p/>"}), 400, None),
        (client.patch(_path(ghl, f"/{folder['id']}"), json={"parentFolderId": inner["id"]}), 400,
         f"Folder {folder['id']} cannot be moved into itself or one of its folders"),
        (client.get(_path(ghl), params={"folderId": "noSuchFolder00000000"}), 404, "Template not found"),
        (client.get(_path(ghl), params={"limit": 21}), 422, None),
        (client.delete(_path(ghl, "/noSuchTemplate000000")), 404, "Template not found"),
    ]
    for answer, status, message in cases:
        assert answer.status_code == status, answer.text
        if message:
            assert answer.json()["message"] == message
    assert _items(ghl)["total"] == 3


@pytest.mark.ghl_allow_violations
def test_another_location_cannot_reach_them(ghl):
    template = _create(ghl)
    other = ghl.location()
    other_client = ghl.client(token=ghl.token(location_id=other["id"]))
    assert other_client.get(BASE.format(other["id"]) + f"/{template['id']}").status_code == 403
    assert other_client.delete(BASE.format(other["id"]) + f"/{template['id']}").status_code == 403
    assert other_client.get(BASE.format(other["id"])).json()["total"] == 0
    assert ghl.client().get(BASE.format(other["id"]) + f"/{template['id']}").status_code == 403
    assert _items(ghl)["total"] == 1


@pytest.mark.ghl_allow_violations
def test_scopes(ghl):
    reader = ghl.client(scopes=["emails/templates.readonly"])
    assert reader.get(_path(ghl)).status_code == 200
    refused = reader.post(_path(ghl), json={"name": "x", "editorType": "html"})
    assert refused.status_code == 401, refused.text
    assert _items(ghl)["total"] == 0
