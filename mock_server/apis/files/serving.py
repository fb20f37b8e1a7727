"""Serving stored files at their URLs, as GHL's storage bucket does: ``GET``/``HEAD
/_files/<locationId>/<fileId>/<name>`` answers the bytes exactly as uploaded, with their content type; ``PUT
/_files/<locationId>/uploads/<slotId>`` takes the bytes of a signed-URL upload (``storage.fill_slot``).

A raw ASGI handler (``mock_server/app.py`` routes ``/_files`` here): like a bucket's public URL it needs no token;
the URLs carry unguessable ids. Refusals are GHL-shaped JSON: 404 for anything not stored (a wrong name included),
405 for another method.
"""

from __future__ import annotations

from urllib.parse import quote

import orjson

from mock_server.apis.files import storage
from mock_server.apis.files.tables import UPLOAD_SLOTS
from mock_server.platform.errors import GhlError, NotFound, PayloadTooLarge, error_body
from mock_server.platform.inputs import read_body

FILE_NOT_FOUND = "File not found"  # DECISION: GCS answers an XML NoSuchKey; the mock GHL's JSON shape
WRONG_METHOD = "Method {method} is not allowed on a stored file"


async def serve(world, scope: dict, receive, send) -> None:
    method = scope["method"]
    parts = scope["path"][len(storage.FILES_PREFIX):].strip("/").split("/")
    try:
        if len(parts) == 3 and parts[1] == storage.UPLOADS:
            if method != "PUT":
                raise GhlError(WRONG_METHOD.format(method=method), status=405)
            await _take_upload(world, scope, receive, parts[0], parts[2])
            await _send(send, 200, b"", [(b"content-length", b"0")])
            return
        if method not in ("GET", "HEAD"):
            raise GhlError(WRONG_METHOD.format(method=method), status=405)
        record, content = _find(world, parts)
        headers = [(b"content-type", record["mimetype"].encode("latin-1", "replace")),
                   (b"content-length", str(len(content)).encode()),
                   (b"content-disposition", f"inline; filename*=UTF-8''{quote(record['name'])}".encode()),
                   (b"etag", f'"{record["sha256"]}"'.encode())]
        await _send(send, 200, b"" if method == "HEAD" else content, headers)
    except GhlError as error:
        payload = orjson.dumps(error_body(error, None))
        await _send(send, error.status, payload, [(b"content-type", b"application/json"),
                                                  (b"content-length", str(len(payload)).encode())])


def _find(world, parts: list[str]) -> tuple[dict, bytes]:
    if len(parts) < 3:
        raise NotFound(FILE_NOT_FOUND)
    location_id, file_id, name = parts[0], parts[1], "/".join(parts[2:])
    try:
        tenant = world.tenant(location_id)
    except GhlError:
        raise NotFound(FILE_NOT_FOUND) from None
    found = storage.read(tenant, file_id)
    if found is None or found[0]["name"] != name:
        raise NotFound(FILE_NOT_FOUND)
    return found


async def _take_upload(world, scope: dict, receive, location_id: str, slot_id: str) -> None:
    try:
        tenant = world.tenant(location_id)
    except GhlError:
        raise NotFound(storage.SLOT_NOT_FOUND.format(slot_id=slot_id)) from None
    slot = tenant.store.get(UPLOAD_SLOTS, slot_id)
    if slot is None:
        raise NotFound(storage.SLOT_NOT_FOUND.format(slot_id=slot_id))
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
    try:
        content = await read_body(receive, headers, slot["maxBytes"])
    except PayloadTooLarge:
        raise PayloadTooLarge(storage.SLOT_TOO_LARGE.format(limit=slot["maxBytes"])) from None
    mimetype = headers.get("content-type", "").split(";")[0].strip() or None
    world.store.atomically(lambda: storage.fill_slot(tenant, slot_id, content, mimetype))


async def _send(send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
