"""Stored files served at their URLs: byte for byte over a real port, HEAD, and GHL-shaped refusals."""

from __future__ import annotations

import httpx


def test_a_file_is_served_byte_for_byte_over_a_real_port(ghl, ghl_server):
    content = bytes(range(256)) * 64
    url = ghl.media_file(name="über plan.pdf", content=content, mimetype="application/pdf")["url"]
    assert url.startswith(ghl_server.url + "/_files/")
    served = httpx.get(url)
    assert served.status_code == 200 and served.content == content
    assert served.headers["content-type"] == "application/pdf"
    assert served.headers["content-length"] == str(len(content))
    head = httpx.head(url)
    assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == str(len(content))


def test_what_is_not_stored_is_a_404(ghl):
    url = ghl.media_file(name="a.png", content=b"a")["url"]
    client = ghl.client()
    assert client.get(url.rsplit("/", 1)[0] + "/b.png").status_code == 404  # the right id, another name
    assert client.get(f"/_files/{ghl.location_id}/nope/a.png").status_code == 404
    missing = client.get("/_files/no-location/x/a.png")
    assert missing.status_code == 404 and missing.json()["statusCode"] == 404
    assert client.get("/_files/").status_code == 404


def test_only_reads_are_allowed_on_a_file_and_only_puts_on_an_upload_slot(ghl):
    url = ghl.media_file(name="a.png", content=b"a")["url"]
    client = ghl.client()
    assert client.delete(url).status_code == 405
    assert client.get(url).content == b"a"
    assert client.get(f"/_files/{ghl.location_id}/uploads/nope").status_code == 405
    assert client.put(f"/_files/{ghl.location_id}/uploads/nope", content=b"x").status_code == 404
