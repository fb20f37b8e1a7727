"""POST /forms/upload-custom-files: files for a contact's FILE_UPLOAD fields, stored by the files area and served
back at the URL the field's value gives, set on the contact, and refused whole (nothing stored, the contact
unchanged) past a limit."""

from __future__ import annotations

import httpx
import pytest

from mock_server.apis.forms import uploads

PATH = "/forms/upload-custom-files"


def _file_field(ghl, name="Contract"):
    answer = ghl.client().post(f"/locations/{ghl.location_id}/customFields",
                               json={"name": name, "dataType": "FILE_UPLOAD"})
    assert answer.status_code == 201, answer.text
    return answer.json()["customField"]


def _stored(ghl):
    return ghl.client().get(f"/_mock/locations/{ghl.location_id}/files").json()["files"]


def _upload(ghl, contact_id, files):
    return ghl.client().post(PATH, params={"contactId": contact_id, "locationId": ghl.location_id}, files=files)


def _values(contact):
    return {v["id"]: v["value"] for v in contact["customFields"]}


def test_files_are_set_on_the_contact_and_served_at_their_url(ghl):
    field, scan = _file_field(ghl), _file_field(ghl, "Scan")
    contact = ghl.contact()
    answer = _upload(ghl, contact["id"], [
        (f"{field['id']}_f1", ("contract.pdf", b"%PDF-1.4 signed", "application/pdf")),
        (f"{scan['id']}_f2", ("id.png", b"\x89PNG", "image/png"))])
    assert answer.status_code == 200, answer.text
    values = _values(answer.json()["contact"])
    pdf = values[field["id"]]["f1"]
    assert pdf["meta"] == {"fieldname": field["id"], "originalname": "contract.pdf", "encoding": "7bit",
                           "mimetype": "application/pdf", "size": 15, "uuid": "f1"}
    served = ghl.client().get(pdf["url"])
    assert served.status_code == 200 and served.content == b"%PDF-1.4 signed"
    assert served.headers["content-type"] == "application/pdf"
    png = ghl.client().get(values[scan["id"]]["f2"]["url"])
    assert (png.content, png.headers["content-type"]) == (b"\x89PNG", "image/png")
    stored = ghl.client().get(f"/contacts/{contact['id']}").json()["contact"]
    assert _values(stored) == values
    assert sorted((s["owner"], s["ownerId"], s["url"], s["id"]) for s in _stored(ghl)) == sorted(
        ("forms", contact["id"], v["url"], v["documentId"]) for v in (pdf, values[scan["id"]]["f2"]))
    assert [e["payload"]["id"] for e in ghl.events("ContactUpdate")] == [contact["id"]]


def test_a_second_upload_adds_to_the_files_the_field_holds(ghl):
    field, contact = _file_field(ghl), ghl.contact()
    _upload(ghl, contact["id"], [(f"{field['id']}_a", ("a.txt", b"a", "text/plain"))])
    answer = _upload(ghl, contact["id"], [(f"{field['id']}_b", ("b.txt", b"b", "text/plain"))])
    value = _values(answer.json()["contact"])[field["id"]]
    assert sorted(value) == ["a", "b"]
    assert [ghl.client().get(value[k]["url"]).content for k in ("a", "b")] == [b"a", b"b"]


def test_the_largest_file_is_served_back_byte_for_byte_over_http_and_one_byte_more_refused(ghl, ghl_server):
    field, contact = _file_field(ghl), ghl.contact()
    largest = b"PK\x03\x04" + bytes(range(256)) * ((uploads.MAX_FILE_BYTES - 4) // 256)
    largest += b"\x07" * (uploads.MAX_FILE_BYTES - len(largest))
    with httpx.Client(base_url=ghl_server.url, headers=ghl.headers(token=ghl.token()), timeout=60) as http:
        def upload(name, content):
            return http.post(PATH, params={"contactId": contact["id"], "locationId": ghl.location_id},
                             files=[(f"{field['id']}_{name}", (f"{name}.zip", content, "application/zip"))])

        answer = upload("a", largest)
        assert answer.status_code == 200, answer.text
        url = _values(answer.json()["contact"])[field["id"]]["a"]["url"]
        assert url.startswith(ghl_server.url + "/_files/")
        served = httpx.get(url, timeout=60)  # no token: the URL is the file's
        assert served.status_code == 200 and served.headers["content-type"] == "application/zip"
        assert len(served.content) == uploads.MAX_FILE_BYTES and served.content == largest

        over = upload("b", largest + b"!")
        assert over.status_code == 413
        assert over.json()["message"] == "File too large" and over.json()["statusCode"] == 413
    assert [s["size"] for s in _stored(ghl)] == [uploads.MAX_FILE_BYTES]
    assert list(_values(ghl.client().get(f"/contacts/{contact['id']}").json()["contact"])[field["id"]]) == ["a"]


def test_a_forbidden_kind_is_refused_and_nothing_is_stored(ghl):
    field, contact = _file_field(ghl), ghl.contact()
    ok = (f"{field['id']}_ok", ("ok.txt", b"fine", "text/plain"))
    answer = _upload(ghl, contact["id"], [ok, (f"{field['id']}_exe", ("run.exe", b"MZ", "application/x-msdownload"))])
    assert answer.status_code == 400
    assert answer.json()["message"].startswith("File type .exe is not allowed")
    assert _stored(ghl) == []
    assert ghl.client().get(f"/contacts/{contact['id']}").json()["contact"]["customFields"] == []


@pytest.mark.ghl_allow_violations
def test_other_refusals_store_nothing_and_leave_the_contact(ghl):
    field, contact = _file_field(ghl), ghl.contact()
    text = ghl.client().post(f"/locations/{ghl.location_id}/customFields",
                             json={"name": "Plain", "dataType": "TEXT"}).json()["customField"]
    ok = (f"{field['id']}_ok", ("ok.txt", b"fine", "text/plain"))
    many = [(f"{field['id']}_{i}", (f"{i}.txt", b"x", "text/plain")) for i in range(uploads.MAX_FILES + 1)]
    cases = [([ok, (f"{field['id']}_none", ("noextension", b"x", "text/plain"))], 400, None),
             (many, 400, "Too many files"),
             ([(f"{text['id']}_x", ("a.txt", b"a", "text/plain"))], 400, None),
             ([("nounderscore", ("a.txt", b"a", "text/plain"))], 400, None),
             ([ok, ("note", (None, "a text part"))], 422, None)]
    for files, status, message in cases:
        answer = _upload(ghl, contact["id"], files)
        assert answer.status_code == status, (files, answer.text)
        if message:
            assert answer.json()["message"] == message
    empty = ghl.client().post(PATH, params={"contactId": contact["id"], "locationId": ghl.location_id},
                              content=b"--b--\r\n", headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert (empty.status_code, empty.json()["message"]) == (400, "No file was uploaded")
    unknown = _upload(ghl, "noSuchContact0000000", [ok])
    assert unknown.status_code == 400
    assert _stored(ghl) == []
    assert ghl.client().get(f"/contacts/{contact['id']}").json()["contact"]["customFields"] == []
    assert ghl.events("ContactUpdate") == []


def test_ten_files_at_once_are_taken(ghl):
    field, contact = _file_field(ghl), ghl.contact()
    files = [(f"{field['id']}_{i}", (f"{i}.csv", f"n\n{i}\n".encode(), "text/csv")) for i in range(uploads.MAX_FILES)]
    answer = _upload(ghl, contact["id"], files)
    assert answer.status_code == 200, answer.text
    assert len(_values(answer.json()["contact"])[field["id"]]) == uploads.MAX_FILES == len(_stored(ghl))


def test_deleting_the_contact_deletes_its_files_and_their_urls_stop_answering(ghl):
    field, contact, other = _file_field(ghl), ghl.contact(), ghl.contact()
    gone = _upload(ghl, contact["id"], [(f"{field['id']}_a", ("a.txt", b"a", "text/plain"))])
    kept = _upload(ghl, other["id"], [(f"{field['id']}_b", ("b.txt", b"b", "text/plain"))])
    gone_url = _values(gone.json()["contact"])[field["id"]]["a"]["url"]
    kept_url = _values(kept.json()["contact"])[field["id"]]["b"]["url"]
    assert ghl.client().delete(f"/contacts/{contact['id']}").status_code == 200
    assert ghl.client().get(gone_url).status_code == 404
    assert ghl.client().get(kept_url).content == b"b"
    assert [s["ownerId"] for s in _stored(ghl)] == [other["id"]]


def test_records_of_the_table_uploads_were_kept_in_before_load_and_are_left_alone(ghl, ghl_app):
    """Data files written before uploads moved to the files area may hold ``formUploadedFiles``: no area declares
    it any more, and the store, the contact's reads and deletes, and the control plane work as before."""
    field, contact = _file_field(ghl), ghl.contact()
    old_value = {"old": {"meta": {"originalname": "old.pdf"}, "url": "https://storage.ghl-mock.invalid/forms/x/old.pdf",
                         "documentId": "oldDocument000000000"}}
    client = ghl.client()
    assert client.put(f"/contacts/{contact['id']}", json={
        "customFields": [{"id": field["id"], "field_value": old_value}]}).status_code == 200
    store = ghl_app.world.store
    with store.transaction():
        store.put(ghl.location_id, "formUploadedFiles", {
            "id": "oldDocument000000000", "contactId": contact["id"], "customFieldId": field["id"], "fileId": "old",
            "contentBase64": "JVBERg=="})
    answer = _upload(ghl, contact["id"], [(f"{field['id']}_new", ("new.pdf", b"%PDF", "application/pdf"))])
    assert answer.status_code == 200
    assert sorted(_values(answer.json()["contact"])[field["id"]]) == ["new", "old"]
    assert client.get("/_mock/tenants").status_code == 200
    assert client.delete(f"/contacts/{contact['id']}").status_code == 200
    assert _stored(ghl) == []
    tenant = ghl_app.world.tenant(ghl.location_id)
    assert tenant.store.get("formUploadedFiles", "oldDocument000000000")["fileId"] == "old"  # inert, not lost
