"""POST /forms/upload-custom-files: files for a contact's FILE_UPLOAD fields, stored, set on the contact, and
refused whole (nothing stored, the contact unchanged) past a limit."""

from __future__ import annotations

import base64

import pytest

PATH = "/forms/upload-custom-files"


def _file_field(ghl, name="Contract"):
    answer = ghl.client().post(f"/locations/{ghl.location_id}/customFields",
                               json={"name": name, "dataType": "FILE_UPLOAD"})
    assert answer.status_code == 201, answer.text
    return answer.json()["customField"]


def _stored(ghl):
    return ghl.client().get(f"/_mock/locations/{ghl.location_id}/form-uploads").json()["uploads"]


def _upload(ghl, contact_id, files):
    return ghl.client().post(PATH, params={"contactId": contact_id, "locationId": ghl.location_id}, files=files)


def test_files_are_stored_and_set_on_the_contact(ghl):
    field, scan = _file_field(ghl), _file_field(ghl, "Scan")
    contact = ghl.contact()
    answer = _upload(ghl, contact["id"], [
        (f"{field['id']}_f1", ("contract.pdf", b"%PDF-1.4 signed", "application/pdf")),
        (f"{scan['id']}_f2", ("id.png", b"\x89PNG", "image/png"))])
    assert answer.status_code == 200, answer.text
    values = {v["id"]: v["value"] for v in answer.json()["contact"]["customFields"]}
    pdf = values[field["id"]]["f1"]
    assert pdf["meta"]["originalname"] == "contract.pdf" and pdf["meta"]["size"] == 15
    assert pdf["url"].endswith("/f1.pdf") and contact["id"] in pdf["url"]
    assert values[scan["id"]]["f2"]["meta"]["mimetype"] == "image/png"
    stored = ghl.client().get(f"/contacts/{contact['id']}").json()["contact"]
    assert {v["id"]: v["value"] for v in stored["customFields"]} == values
    assert sorted(base64.b64decode(s["contentBase64"]) for s in _stored(ghl)) == [b"%PDF-1.4 signed", b"\x89PNG"]
    assert [e["payload"]["id"] for e in ghl.events("ContactUpdate")] == [contact["id"]]


def test_a_second_upload_adds_to_the_files_the_field_holds(ghl):
    field, contact = _file_field(ghl), ghl.contact()
    _upload(ghl, contact["id"], [(f"{field['id']}_a", ("a.txt", b"a", "text/plain"))])
    answer = _upload(ghl, contact["id"], [(f"{field['id']}_b", ("b.txt", b"b", "text/plain"))])
    value = next(v["value"] for v in answer.json()["contact"]["customFields"] if v["id"] == field["id"])
    assert sorted(value) == ["a", "b"]


@pytest.mark.ghl_allow_violations
def test_refused_uploads_store_nothing_and_leave_the_contact(ghl, monkeypatch):
    from mock_server.apis.forms import uploads
    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 10)  # the 50 MB rule, scaled under the body limit
    field, contact = _file_field(ghl), ghl.contact()
    text = ghl.client().post(f"/locations/{ghl.location_id}/customFields",
                             json={"name": "Plain", "dataType": "TEXT"}).json()["customField"]
    ok = (f"{field['id']}_ok", ("ok.txt", b"fine", "text/plain"))
    cases = [([ok, (f"{field['id']}_big", ("big.txt", b"far too long a file", "text/plain"))], 413, "File too large"),
             ([ok, (f"{field['id']}_exe", ("run.exe", b"MZ", "application/octet-stream"))], 400, None),
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


def test_the_largest_file_is_accepted_and_one_byte_more_refused(ghl, monkeypatch):
    from mock_server.apis.forms import uploads
    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 1000)
    field, contact = _file_field(ghl), ghl.contact()
    exact = bytes(range(256)) * 3 + b"x" * 232
    assert _upload(ghl, contact["id"], [(f"{field['id']}_a", ("a.zip", exact, "application/zip"))]).status_code == 200
    over = _upload(ghl, contact["id"], [(f"{field['id']}_b", ("b.zip", exact + b"!", "application/zip"))])
    assert over.status_code == 413
    assert [base64.b64decode(s["contentBase64"]) for s in _stored(ghl)] == [exact]


def test_deleting_the_contact_deletes_its_files(ghl):
    field, contact = _file_field(ghl), ghl.contact()
    _upload(ghl, contact["id"], [(f"{field['id']}_a", ("a.txt", b"a", "text/plain"))])
    ghl.client().delete(f"/contacts/{contact['id']}")
    assert _stored(ghl) == []
