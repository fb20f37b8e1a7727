"""Files for FILE_UPLOAD custom fields: a real multipart upload, stored, and refused whole past a limit."""

from __future__ import annotations

import base64

import pytest

UPLOADS = "/_mock/locations/{}/custom-field-uploads"


def _field(client, ghl, **settings):
    body = {"name": "Contract", "dataType": "FILE_UPLOAD", **settings}
    answer = client.post(f"/locations/{ghl.location_id}/customFields", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()["customField"]


def _stored(ghl):
    return ghl.client().get(UPLOADS.format(ghl.location_id)).json()["uploads"]


def test_an_upload_is_stored_and_answered_as_multer_describes_it(ghl, ghl_client):
    field = _field(ghl_client, ghl, isMultipleFile=True, maxNumberOfFiles=3)
    answer = ghl_client.post(f"/locations/{ghl.location_id}/customFields/upload", data={"id": field["id"]},
                             files=[("contract.pdf", ("contract.pdf", b"%PDF-1.4 signed", "application/pdf")),
                                    ("notes.txt", ("notes.txt", b"hello", "text/plain"))])
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert set(body["uploadedFiles"]) == {"contract.pdf", "notes.txt"}
    pdf = body["meta"][0]
    assert (pdf["originalname"], pdf["mimetype"], pdf["size"], pdf["encoding"]) == (
        "contract.pdf", "application/pdf", 15, "7bit")
    assert pdf["url"] == body["uploadedFiles"]["contract.pdf"] and pdf["url"].endswith(".pdf")
    assert ghl.location_id in pdf["url"]
    assert ghl_client.get(pdf["url"]).content == b"%PDF-1.4 signed"  # served back by the files area
    stored = _stored(ghl)
    assert [base64.b64decode(s["contentBase64"]) for s in stored] == [b"%PDF-1.4 signed", b"hello"]
    assert {s["customFieldId"] for s in stored} == {field["id"]}


def test_an_oversized_upload_is_refused_and_nothing_is_stored(ghl, ghl_client):
    field = _field(ghl_client, ghl, isMultipleFile=True)
    big = b"x" * (3 * 1024 * 1024)  # past the server's 2 MiB body limit
    answer = ghl_client.post(f"/locations/{ghl.location_id}/customFields/upload", data={"id": field["id"]},
                             files=[("small.txt", ("small.txt", b"ok", "text/plain")),
                                    ("big.bin", ("big.bin", big, "application/octet-stream"))])
    assert answer.status_code == 413 and answer.json()["statusCode"] == 413
    assert _stored(ghl) == []


def test_a_file_past_the_per_file_limit_is_refused_whole(ghl, ghl_client, monkeypatch):
    from mock_server.apis.locations import uploads
    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 10)  # the 25 MB rule, scaled to stay under the body limit
    field = _field(ghl_client, ghl, isMultipleFile=True)
    answer = ghl_client.post(f"/locations/{ghl.location_id}/customFields/upload", data={"id": field["id"]},
                             files=[("a.txt", ("a.txt", b"short", "text/plain")),
                                    ("b.txt", ("b.txt", b"far too long for it", "text/plain"))])
    assert (answer.status_code, answer.json()["message"]) == (413, "File too large")
    assert _stored(ghl) == []


@pytest.mark.ghl_allow_violations
def test_count_kind_and_field_limits(ghl, ghl_client):
    path = f"/locations/{ghl.location_id}/customFields/upload"
    single = _field(ghl_client, ghl)
    pdf_only = _field(ghl_client, ghl, name="Scan", isMultipleFile=True, maxNumberOfFiles=2, acceptedFormat=[".pdf"])
    text = ghl_client.post(f"/locations/{ghl.location_id}/customFields",
                           json={"name": "Plain", "dataType": "TEXT"}).json()["customField"]
    two = [("a.pdf", ("a.pdf", b"1", "application/pdf")), ("b.pdf", ("b.pdf", b"2", "application/pdf"))]
    cases = [({"id": single["id"]}, two, 400, "Too many files"),
             ({"id": pdf_only["id"], "maxFiles": "1"}, two, 400, "Too many files"),
             ({"id": pdf_only["id"]}, [*two, ("c.pdf", ("c.pdf", b"3", "application/pdf"))], 400, "Too many files"),
             ({"id": pdf_only["id"]}, [("a.exe", ("a.exe", b"MZ", "application/octet-stream"))], 400, None),
             ({"id": text["id"]}, two[:1], 400, "Custom field is not a file upload field"),
             ({"id": "noSuchField000000000"}, two[:1], 400, "Custom field not found"),
             ({}, two[:1], 422, None),
             ({"id": single["id"]}, [], 400, "No file was uploaded"),
             ({"id": single["id"], "maxFiles": "many"}, two[:1], 422, None)]
    for data, files, status, message in cases:
        text_parts = [(name, (None, value)) for name, value in data.items()]  # multipart even with no file
        answer = ghl_client.post(path, files=[*text_parts, *files])
        assert answer.status_code == status, (data, answer.text)
        if message:
            assert answer.json()["message"] == message
    assert _stored(ghl) == []
    ok = ghl_client.post(path, data={"id": pdf_only["id"]}, files=two)
    assert ok.status_code == 200 and len(_stored(ghl)) == 2


def test_file_parts_stay_refused_where_no_file_is_taken(ghl):
    answer = ghl.client().post("/oauth/token", files={"f": ("a.txt", b"x", "text/plain")},
                               data={"grant_type": "refresh_token"})
    assert (answer.status_code, answer.json()["message"]) == (400, "Unexpected field")
