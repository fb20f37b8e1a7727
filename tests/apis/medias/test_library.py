"""The media library: folders, uploads served back byte for byte, renames, deletes and trash, listing."""

from __future__ import annotations

import pytest

from mock_server.apis.medias import kinds

OWNER = {"altType": "location"}


def _owner(ghl):
    return {**OWNER, "altId": ghl.location_id}


def _list(ghl, **params):
    query = {"sortBy": "createdAt", "sortOrder": "asc", "type": "file", **_owner(ghl), **params}
    answer = ghl.client().get("/medias/files", params=query)
    assert answer.status_code == 200, answer.text
    return answer.json()["files"]


def _upload(ghl, name, content, mimetype="application/octet-stream", **data):
    return ghl.client().post("/medias/upload-file", data=data, files={"file": (name, content, mimetype)})


def _stored_files(ghl):
    return ghl.client().get(f"/_mock/locations/{ghl.location_id}/files").json()["files"]


def test_an_uploaded_file_is_listed_and_served_back_byte_for_byte(ghl):
    content = bytes(range(256)) * 40
    answer = _upload(ghl, "brochure.pdf", content, "application/pdf")
    assert answer.status_code == 200, answer.text
    uploaded = answer.json()
    served = ghl.client().get(uploaded["url"])
    assert served.status_code == 200
    assert served.content == content and served.headers["content-type"] == "application/pdf"
    [item] = _list(ghl)
    assert (item["_id"], item["name"], item["url"], item["size"], item["type"]) == (
        uploaded["fileId"], "brochure.pdf", uploaded["url"], len(content), "file")


def test_the_largest_allowed_file_is_accepted_and_one_byte_more_is_refused_storing_nothing(ghl):
    largest = b"\x89PNG" + b"\x00" * (kinds.MAX_FILE_BYTES - 4)
    answer = _upload(ghl, "poster.png", largest, "image/png")
    assert answer.status_code == 200, answer.text
    assert ghl.client().get(answer.json()["url"]).content == largest

    refused = _upload(ghl, "bigger.png", largest + b"\x00", "image/png")
    assert refused.status_code == 413
    assert refused.json()["message"] == kinds.TOO_LARGE and refused.json()["statusCode"] == 413
    assert [f["name"] for f in _list(ghl)] == ["poster.png"]
    assert [f["name"] for f in _stored_files(ghl)] == ["poster.png"]


def test_a_forbidden_kind_of_file_is_refused_and_nothing_is_stored(ghl):
    refused = _upload(ghl, "setup.exe", b"MZ\x90\x00", "application/x-msdownload")
    assert refused.status_code == 415
    assert refused.json()["message"] == "File type .exe is not supported"
    assert _list(ghl) == [] and _stored_files(ghl) == []


def _form(ghl, **fields):
    """A multipart body of text parts only (httpx sends ``data`` alone url-encoded)."""
    return ghl.client().post("/medias/upload-file", files={k: (None, v) for k, v in fields.items()})


def test_a_hosted_file_keeps_its_url_and_needs_one(ghl):
    answer = _form(ghl, hosted="true", fileUrl="https://cdn.example.com/a/b.jpg")
    assert answer.status_code == 200, answer.text
    assert answer.json()["url"] == "https://cdn.example.com/a/b.jpg"
    assert [f["name"] for f in _list(ghl)] == ["b.jpg"]
    missing = _form(ghl, hosted="true")
    assert missing.status_code == 400 and "fileUrl" in missing.json()["message"]
    no_file = _form(ghl, name="x")
    assert no_file.status_code == 400


def test_folders_hold_files_and_listing_is_by_folder(ghl):
    folder = ghl.media_folder(name="Logos")
    assert (folder["type"], folder["name"], folder["altId"]) == ("folder", "Logos", ghl.location_id)
    inside = ghl.media_file(name="logo.png", folder=folder)
    ghl.media_file(name="root.png")
    assert [f["name"] for f in _list(ghl)] == ["root.png"]
    [listed] = _list(ghl, parentId=folder["_id"])
    assert listed["_id"] == inside["fileId"] and listed["path"] == "Logos/logo.png"
    assert [f["name"] for f in _list(ghl, type="folder")] == ["Logos"]
    assert {f["name"] for f in _list(ghl, fetchAll="true")} == {"logo.png", "root.png"}
    unknown = ghl.client().post("/medias/folder", json={**_owner(ghl), "name": "x", "parentId": inside["fileId"]})
    assert unknown.status_code == 400


@pytest.mark.ghl_allow_violations("invalid_value")
def test_search_sort_and_paging(ghl):
    for name in ("beta.png", "Alpha.png", "gamma.txt", "alphabet.pdf"):
        ghl.media_file(name=name)
    assert [f["name"] for f in _list(ghl, query="ALPHA", sortBy="name")] == ["Alpha.png", "alphabet.pdf"]
    by_name = [f["name"] for f in _list(ghl, sortBy="name", sortOrder="desc")]
    assert by_name == ["gamma.txt", "beta.png", "alphabet.pdf", "Alpha.png"]
    assert [f["name"] for f in _list(ghl, sortBy="name", offset="1", limit="2")] == ["alphabet.pdf", "beta.png"]
    bad = ghl.client().get("/medias/files", params={"sortBy": "colour", "sortOrder": "asc", "type": "file",
                                                    **_owner(ghl)})
    assert bad.status_code == 422


def test_rename_one_and_many(ghl):
    a, b = ghl.media_file(name="a.png"), ghl.media_file(name="b.png")
    answer = ghl.client().post(f"/medias/{a['fileId']}", json={**_owner(ghl), "name": "renamed.png"})
    assert answer.status_code == 200 and answer.json()["updated"] is True
    bulk = ghl.client().put("/medias/update-files", json={**_owner(ghl), "filesToBeUpdated": [
        {"id": b["fileId"], "name": "second.png"}]})
    assert bulk.status_code == 200 and bulk.json() == [{"updated": True, "id": b["fileId"]}]
    assert sorted(f["name"] for f in _list(ghl)) == ["renamed.png", "second.png"]
    refused = ghl.client().put("/medias/update-files", json={**_owner(ghl), "filesToBeUpdated": [
        {"id": a["fileId"], "name": "never.png"}, {"id": "nope", "name": "x"}]})
    assert refused.status_code == 400
    assert sorted(f["name"] for f in _list(ghl)) == ["renamed.png", "second.png"]


def test_deleting_a_file_stops_serving_it(ghl):
    uploaded = ghl.media_file(name="gone.png", content=b"bytes")
    answer = ghl.client().delete(f"/medias/{uploaded['fileId']}", params=_owner(ghl))
    assert answer.status_code == 200, answer.text
    assert _list(ghl) == [] and _stored_files(ghl) == []
    assert ghl.client().get(uploaded["url"]).status_code == 404
    again = ghl.client().delete(f"/medias/{uploaded['fileId']}", params=_owner(ghl))
    assert again.status_code == 400


def test_deleting_a_folder_deletes_what_it_holds(ghl):
    folder = ghl.media_folder(name="Old")
    sub = ghl.media_folder(name="Older", parent=folder)
    deep = ghl.media_file(name="deep.png", folder=sub)
    answer = ghl.client().put("/medias/delete-files", json={**_owner(ghl), "status": "deleted",
                                                            "filesToBeDeleted": [{"_id": folder["_id"]}]})
    assert answer.status_code == 200 and answer.json() == [{"deleted": True, "id": folder["_id"]}]
    assert _list(ghl, fetchAll="true") == [] and _list(ghl, type="folder", fetchAll="true") == []
    assert ghl.client().get(deep["url"]).status_code == 404


def test_trashed_files_leave_the_listing_but_stay_served(ghl):
    kept = ghl.media_file(name="keep.png", content=b"keep")
    answer = ghl.client().put("/medias/delete-files", json={**_owner(ghl), "status": "trashed",
                                                            "filesToBeDeleted": [{"_id": kept["fileId"]}]})
    assert answer.status_code == 200
    assert _list(ghl) == []
    assert ghl.client().get(kept["url"]).content == b"keep"


@pytest.mark.ghl_allow_violations
def test_an_unknown_id_in_a_bulk_delete_deletes_nothing(ghl):
    kept = ghl.media_file(name="keep.png")
    answer = ghl.client().put("/medias/delete-files", json={**_owner(ghl), "status": "deleted",
                                                            "filesToBeDeleted": [{"_id": kept["fileId"]},
                                                                                 {"_id": "missing"}]})
    assert answer.status_code == 400
    assert [f["name"] for f in _list(ghl)] == ["keep.png"]


@pytest.mark.ghl_allow_violations
@pytest.mark.parametrize("method, path", [("GET", "/medias/files"), ("POST", "/medias/folder")])
def test_another_locations_library_is_refused(ghl, method, path):
    params = {"sortBy": "name", "sortOrder": "asc", "type": "file", "altType": "location", "altId": "elsewhere"}
    if method == "GET":
        answer = ghl.client().get(path, params=params)
    else:
        answer = ghl.client().post(path, json={"altType": "location", "altId": "elsewhere", "name": "x"})
    assert answer.status_code == 403


@pytest.mark.ghl_allow_violations
def test_another_locations_folder_is_not_found(ghl, ghl_app):
    from mock_server.testing.tenant import GhlTenant

    other = GhlTenant(ghl_app, seed="another media library")
    try:
        theirs = other.media_folder(name="Theirs")
        answer = _upload(ghl, "a.png", b"a", "image/png", parentId=theirs["_id"])
        assert answer.status_code == 400 and theirs["_id"] in answer.json()["message"]
        assert _stored_files(ghl) == [] and _list(other, type="folder")[0]["name"] == "Theirs"
    finally:
        other.close()
