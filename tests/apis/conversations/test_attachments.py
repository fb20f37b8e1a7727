"""Attachments: uploaded for a conversation (one request, or a signed URL), served back byte for byte; limits
refuse a request whole; a call message's attachments replaced."""

from __future__ import annotations

import pytest

from mock_server.apis.conversations import attachments

UPLOAD = "/conversations/messages/upload"


@pytest.fixture
def thread(ghl):
    contact = ghl.contact(phone="+15550001111")
    sent = ghl.client().post("/conversations/messages", json={"type": "SMS", "contactId": contact["id"],
                                                               "message": "Hi"})
    assert sent.status_code in (200, 201), sent.text
    return {"contactId": contact["id"], "conversationId": sent.json()["conversationId"],
            "messageId": sent.json()["messageId"]}


def _upload(ghl, thread, *files, **fields):
    data = {"conversationId": thread["conversationId"], "locationId": ghl.location_id, **fields}
    return ghl.client().post(UPLOAD, data=data, files=[("fileAttachment", f) for f in files])


def _stored(ghl):
    return ghl.client().get(f"/_mock/locations/{ghl.location_id}/files").json()["files"]


def test_files_are_stored_and_served_back_byte_for_byte(ghl, thread):
    photo, doc = bytes(range(256)) * 3, b"%PDF-1.7 terms"
    answer = _upload(ghl, thread, ("photo.jpg", photo, "image/jpeg"), ("terms.pdf", doc, "application/pdf"),
                     contactId=thread["contactId"])
    assert answer.status_code == 200, answer.text
    urls = answer.json()["uploadedFiles"]
    assert set(urls) == {"photo.jpg", "terms.pdf"}
    served = ghl.client().get(urls["photo.jpg"])
    assert served.content == photo and served.headers["content-type"] == "image/jpeg"
    assert ghl.client().get(urls["terms.pdf"]).content == doc
    sent = ghl.client().post("/conversations/messages", json={"type": "SMS", "contactId": thread["contactId"],
                                                               "attachments": [urls["photo.jpg"]]})
    assert sent.status_code in (200, 201), sent.text


def test_the_largest_allowed_file_is_accepted_and_one_byte_more_refused_storing_nothing(ghl, thread):
    largest = b"\xff\xd8" + b"\x01" * (attachments.MAX_FILE_BYTES - 2)
    answer = _upload(ghl, thread, ("big.jpg", largest, "image/jpeg"))
    assert answer.status_code == 200, answer.text
    assert ghl.client().get(answer.json()["uploadedFiles"]["big.jpg"]).content == largest
    refused = _upload(ghl, thread, ("small.jpg", b"ok", "image/jpeg"), ("bigger.jpg", largest + b"\x01", "image/jpeg"))
    assert refused.status_code == 413
    assert refused.json()["message"] == attachments.TOO_LARGE
    assert [f["name"] for f in _stored(ghl)] == ["big.jpg"]


def test_a_forbidden_type_is_a_415_and_nothing_is_stored(ghl, thread):
    refused = _upload(ghl, thread, ("ok.png", b"png", "image/png"), ("run.exe", b"MZ", "application/octet-stream"))
    assert refused.status_code == 415 and refused.json()["message"] == "File type .exe is not allowed"
    assert _stored(ghl) == []


def test_vcards_are_accepted(ghl, thread):
    answer = _upload(ghl, thread, ("me.vcf", b"BEGIN:VCARD\nEND:VCARD\n", "text/vcard"))
    assert answer.status_code == 200, answer.text


@pytest.mark.ghl_allow_violations
def test_the_upload_rules(ghl, thread):
    unknown = _upload(ghl, {"conversationId": "nope"}, ("a.png", b"a", "image/png"))
    assert unknown.status_code == 400 and "nope" in unknown.json()["message"]
    group = _upload(ghl, thread, ("a.png", b"a", "image/png"), ("b.png", b"b", "image/png"), isGroupSms="true")
    assert group.status_code == 400
    wrong_field = ghl.client().post(UPLOAD, data={"conversationId": thread["conversationId"],
                                                   "locationId": ghl.location_id},
                                    files=[("file", ("a.png", b"a", "image/png"))])
    assert wrong_field.status_code == 400 and wrong_field.json()["message"] == "Unexpected field"
    other = ghl.contact(phone="+15550002222")
    mismatch = _upload(ghl, thread, ("a.png", b"a", "image/png"), contactId=other["id"])
    assert mismatch.status_code == 400
    assert _stored(ghl) == []


def test_deleting_the_conversation_deletes_its_files(ghl, thread):
    url = _upload(ghl, thread, ("a.png", b"a", "image/png")).json()["uploadedFiles"]["a.png"]
    assert ghl.client().delete(f"/conversations/{thread['conversationId']}").status_code == 200
    assert ghl.client().get(url).status_code == 404 and _stored(ghl) == []


def _initiate(ghl, thread, **fields):
    body = {"locationId": ghl.location_id, "conversationId": thread["conversationId"], "filename": "clip.mp4",
            "contentType": "video/mp4", "channel": "WHATSAPP", **fields}
    return ghl.client().post("/conversations/messages/upload/initiate", json=body)


def _complete(ghl, thread, started, filename="clip.mp4"):
    return ghl.client().post("/conversations/messages/upload/complete", json={
        "uploadId": started["uploadId"], "filePath": started["filePath"], "locationId": ghl.location_id,
        "conversationId": thread["conversationId"], "filename": filename})


def test_a_signed_upload_initiated_put_and_completed_is_served(ghl, thread):
    ghl.freeze()
    started = _initiate(ghl, thread, fileSize=1024)
    assert started.status_code == 200, started.text
    started = started.json()
    assert started["maxFileSize"] == attachments.MAX_WHATSAPP_BYTES
    assert started["expiresAt"] == int(ghl.now().timestamp() * 1000) + 15 * 60 * 1000
    early = _complete(ghl, thread, started)
    assert early.status_code == 404
    content = b"\x00\x00\x00\x18ftypmp42" * 100
    put = ghl.client().put(started["uploadUrl"], content=content, headers={"Content-Type": "video/mp4"})
    assert put.status_code == 200, put.text
    done = _complete(ghl, thread, started)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["metadata"] == {"size": len(content), "contentType": "video/mp4"}
    assert ghl.client().get(body["uploadedFiles"]["clip.mp4"]).content == content


def test_signed_upload_limits(ghl, thread):
    too_big = _initiate(ghl, thread, channel="SMS", fileSize=attachments.MAX_FILE_BYTES + 1)
    assert too_big.status_code == 413
    assert _initiate(ghl, thread, channel="SMS", fileSize=attachments.MAX_FILE_BYTES).status_code == 200
    assert _initiate(ghl, thread, filename="x.exe").status_code == 415
    started = _initiate(ghl, thread, channel="SMS").json()
    over = ghl.client().put(started["uploadUrl"], content=b"\x01" * (attachments.MAX_FILE_BYTES + 1))
    assert over.status_code == 413
    assert _complete(ghl, thread, started).status_code == 404
    ghl.advance(minutes=16)
    late = ghl.client().put(started["uploadUrl"], content=b"late")
    assert late.status_code == 403


def _call(ghl, thread, call_type="Call"):
    answer = ghl.client().post("/conversations/messages/inbound", json={
        "type": call_type, "conversationId": thread["conversationId"], "contactId": thread["contactId"],
        "conversationProviderId": "provider", "call": {"from": "+15550001111", "status": "completed"}})
    assert answer.status_code in (200, 201), answer.text
    return answer.json()["messageId"]


def test_a_call_messages_attachments_are_replaced(ghl, thread):
    message_id = _call(ghl, thread)
    path = f"/conversations/messages/{message_id}/attachments"
    assert ghl.client().put(path, json={"attachments": ["https://x.example/1.mp3"]}).status_code == 200
    answer = ghl.client().put(path, json={"attachments": ["https://x.example/2.mp3"]})
    assert answer.status_code == 200, answer.text
    message = ghl.client().get(f"/conversations/messages/{message_id}").json()
    shown = message.get("message", message)
    assert shown["attachments"] == ["https://x.example/2.mp3"]


@pytest.mark.ghl_allow_violations
def test_attachments_only_on_calls_at_most_five_and_known_messages(ghl, thread):
    sms = ghl.client().put(f"/conversations/messages/{thread['messageId']}/attachments", json={"attachments": []})
    assert sms.status_code == 403 and sms.json()["message"] == attachments.NOT_A_CALL
    missing = ghl.client().put("/conversations/messages/nope/attachments", json={"attachments": []})
    assert missing.status_code == 404
    message_id = _call(ghl, thread)
    six = ghl.client().put(f"/conversations/messages/{message_id}/attachments",
                           json={"attachments": [f"https://x.example/{n}" for n in range(6)]})
    assert six.status_code == 422
