"""Storing, reading and deleting uploaded files; the one place bytes are kept, whichever area took them.

A stored file is served at ``<base URL>/_files/<locationId>/<fileId>/<name>`` (``serving.py``), where GHL
answers its storage bucket's URL: the content type it came with, the bytes exactly as uploaded. Areas keep
their own records (a media library entry, a message's attachment URL) and point at the file by its id.

Signed-URL uploads (conversations' initiate/complete) go through a *slot*: ``open_slot`` answers where to
``PUT`` the bytes, ``fill_slot`` takes them (within the slot's size limit and before it expires), and
``close_slot`` turns the filled slot into a stored file.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any
from urllib.parse import quote

from mock_server.apis.files.tables import STORED_FILES, UPLOAD_SLOTS
from mock_server.apis.formats import iso_z
from mock_server.platform.errors import BadRequest, Forbidden, NotFound, PayloadTooLarge
from mock_server.platform.tenant_context import Tenant

FILES_PREFIX = "/_files"
UPLOADS = "uploads"  # /_files/<locationId>/uploads/<slotId>: where a slot takes its bytes
# DECISION: the refusals of a signed-URL PUT (GCS answers XML; the mock GHL's JSON shape, with GCS's meaning).
SLOT_NOT_FOUND = "Upload {slot_id} not found"
SLOT_EXPIRED = "The signed upload URL has expired"
SLOT_TOO_LARGE = "File size exceeds maximum allowed limit of {limit} bytes"
SLOT_EMPTY = "File not found in storage"
SLOT_PATH_DIFFERS = "filePath does not match the upload {slot_id}"


def store(tenant: Tenant, content: bytes, filename: str, mimetype: str, *, owner: str,
          owner_id: str | None = None) -> dict[str, Any]:
    """Keep ``content`` as a file of the tenant's location; answers its record (content left out) and ``url``.

    ``owner`` names the area that took it, ``owner_id`` (indexed) the record it belongs to, if any: an area
    declares ``delete_children(ITS_TABLE, STORED_FILES, "ownerId")`` so the bytes go with the record."""
    file_id = tenant.new_id()
    name = filename.replace("/", "_").replace("\\", "_")
    if not name.strip("."):
        name = "file"  # "", "." and ".." name no file a URL can reach
    record = {"id": file_id, "locationId": tenant.location_id, "owner": owner, "ownerId": owner_id, "name": name,
              "mimetype": mimetype, "size": len(content), "sha256": hashlib.sha256(content).hexdigest(),
              "path": f"{FILES_PREFIX}/{tenant.location_id}/{file_id}/{quote(name)}", "createdAt": iso_z(tenant.now()),
              "contentBase64": base64.b64encode(content).decode("ascii")}
    tenant.store.put(STORED_FILES, record)
    return describe(tenant, record)


def describe(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    """A stored file as the control plane lists it: its record without the bytes, and its URL."""
    out = {k: v for k, v in record.items() if k != "contentBase64"}
    out["url"] = url(tenant, record)
    return out


def url(tenant: Tenant, record: dict[str, Any]) -> str:
    return tenant.world.settings.base_url + record["path"]


def delete(tenant: Tenant, file_id: str | None) -> None:
    """Forget a stored file (its URL answers 404 from then on); an unknown id is nothing to do."""
    if file_id:
        tenant.store.delete(STORED_FILES, file_id)


def read(tenant: Tenant, file_id: str) -> tuple[dict[str, Any], bytes] | None:
    record = tenant.store.get(STORED_FILES, file_id)
    if record is None:
        return None
    return record, base64.b64decode(record["contentBase64"])


def list_files(tenant: Tenant) -> dict[str, Any]:
    """``GET /_mock/locations/{locationId}/files``: every file the location stored, without the bytes."""
    records = sorted(tenant.store.scan(STORED_FILES), key=lambda r: r["createdAt"])
    return {"files": [describe(tenant, r) for r in records]}


# -- signed-URL uploads ------------------------------------------------------------------------------------
def open_slot(tenant: Tenant, *, filename: str, mimetype: str, max_bytes: int, expires_at_ms: int,
              file_path: str, owner: str, owner_id: str | None = None) -> dict[str, Any]:
    """A place to ``PUT`` one file of at most ``max_bytes`` until ``expires_at_ms``; answers the slot and its URL."""
    slot = {"id": tenant.new_uuid(), "locationId": tenant.location_id, "owner": owner, "ownerId": owner_id,
            "filename": filename,
            "mimetype": mimetype, "maxBytes": max_bytes, "expiresAt": expires_at_ms, "filePath": file_path}
    tenant.store.put(UPLOAD_SLOTS, slot)
    return {**slot, "uploadUrl": tenant.world.settings.base_url + f"{FILES_PREFIX}/{tenant.location_id}/"
                                                                  f"{UPLOADS}/{slot['id']}"}


def fill_slot(tenant: Tenant, slot_id: str, content: bytes, mimetype: str | None) -> None:
    """The ``PUT`` to a slot's URL: refused when it is unknown (404), expired (403) or the file too large (413)."""
    slot = tenant.store.get(UPLOAD_SLOTS, slot_id)
    if slot is None:
        raise NotFound(SLOT_NOT_FOUND.format(slot_id=slot_id))
    if tenant.now().timestamp() * 1000 > slot["expiresAt"]:
        raise Forbidden(SLOT_EXPIRED)
    if len(content) > slot["maxBytes"]:
        raise PayloadTooLarge(SLOT_TOO_LARGE.format(limit=slot["maxBytes"]))
    slot["contentBase64"] = base64.b64encode(content).decode("ascii")
    slot["mimetype"] = mimetype or slot["mimetype"]
    tenant.store.put(UPLOAD_SLOTS, slot)


def close_slot(tenant: Tenant, slot_id: str, file_path: str, filename: str) -> dict[str, Any]:
    """Turn a filled slot into a stored file (named ``filename``); 404 while nothing was uploaded to it."""
    slot = tenant.store.get(UPLOAD_SLOTS, slot_id)
    if slot is None or "contentBase64" not in slot:
        raise NotFound(SLOT_EMPTY)
    if slot["filePath"] != file_path:
        raise BadRequest(SLOT_PATH_DIFFERS.format(slot_id=slot_id))
    tenant.store.delete(UPLOAD_SLOTS, slot_id)
    return store(tenant, base64.b64decode(slot["contentBase64"]), filename or slot["filename"], slot["mimetype"],
                 owner=slot["owner"], owner_id=slot["ownerId"])
