"""A location's media library: folders, and files uploaded (their bytes stored and served back, ``files``
area) or hosted elsewhere (``hosted`` with a ``fileUrl``: only the URL is kept).

Items live in one table; a folder's children name it in ``parentId`` (None: the library's root). Deleting an
item deletes a folder's children and a file's stored bytes (cascades, ``area.py``); trashing (the bulk delete's
``status: trashed``) hides it from listings and keeps its bytes served, as a restorable trash would.
"""

from __future__ import annotations

import base64
import posixpath
from typing import Any
from urllib.parse import urlsplit

from mock_server.apis.common import iso_z
from mock_server.apis.files import limits, storage
from mock_server.apis.medias import kinds
from mock_server.apis.medias.tables import MEDIAS
from mock_server.platform.errors import BadRequest
from mock_server.platform.inputs import UploadedFile
from mock_server.platform.tenant_context import Tenant

FILE_FIELD = "file"
# DECISION: GHL's texts for these refusals are not known (multer's where it is multer's rule).
FILE_REQUIRED = "file is required when hosted is not true"
URL_REQUIRED = "fileUrl is required when hosted is true"
ONE_FILE = "Unexpected field"  # multer's LIMIT_UNEXPECTED_FILE: single('file') takes one part named file
NOT_A_FOLDER = "Folder with id {id} not found"
# DECISION: without ``limit`` a page holds 20 items (the file gives no default).
DEFAULT_LIMIT = 20
ACTIVE = "active"


def upload(tenant: Tenant, form: dict[str, Any], files: tuple[UploadedFile, ...]) -> dict[str, Any]:
    """``POST /medias/upload-file``: store the file part (or record the hosted URL); every rule is checked first."""
    parent_id = _folder_id(tenant, form.get("parentId"))
    media_id = tenant.new_id()
    if form.get("hosted"):
        if not form.get("fileUrl"):
            raise BadRequest(URL_REQUIRED)
        url = form["fileUrl"]
        name = form.get("name") or posixpath.basename(urlsplit(url).path) or url
        item = _item(tenant, media_id, name, "file", parent_id, url=url, hosted=True)
    else:
        if any(f.fieldname != FILE_FIELD for f in files) or len(files) > 1:
            raise BadRequest(ONE_FILE)
        if not files:
            raise BadRequest(FILE_REQUIRED)
        item = _stored_item(tenant, media_id, files[0], form.get("name"), parent_id)
    tenant.store.put(MEDIAS, item)
    return {"fileId": media_id, "url": item["url"]}


def seed_file(tenant: Tenant, body: Any) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/media-files``: a file in the library as if uploaded (same limits)."""
    upload_ = UploadedFile(FILE_FIELD, body.name, body.mimetype, base64.b64decode(body.contentBase64))
    item = _stored_item(tenant, tenant.new_id(), upload_, None, _folder_id(tenant, body.parentId))
    tenant.store.put(MEDIAS, item)
    return view(item)


def _stored_item(tenant: Tenant, media_id: str, upload_: UploadedFile, name: str | None,
                 parent_id: str | None) -> dict[str, Any]:
    limits.check(kinds.LIMITS, [upload_])
    stored = storage.store(tenant, upload_.content, upload_.filename, upload_.mimetype, owner="medias",
                           owner_id=media_id)
    return _item(tenant, media_id, name or upload_.filename, "file", parent_id, url=stored["url"],
                 contentType=upload_.mimetype, size=len(upload_.content), storedFileId=stored["id"])


def create_folder(tenant: Tenant, name: str, parent_id: str | None) -> dict[str, Any]:
    item = _item(tenant, tenant.new_id(), name, "folder", _folder_id(tenant, parent_id))
    tenant.store.put(MEDIAS, item)
    return view(item)


def listing(tenant: Tenant, q: Any) -> dict[str, Any]:
    """``GET /medias/files``: the items of one ``type`` in the folder ``parentId`` (the root without one; every
    folder with ``fetchAll=true``), whose name contains ``query`` (any case), sorted, then ``offset``/``limit``."""
    if q.fetchAll != "true" and q.parentId:
        items = tenant.store.find(MEDIAS, "parentId", q.parentId)
    else:  # the root's items have no parentId to look up by (the index holds no null)
        items = [i for i in tenant.store.scan(MEDIAS) if q.fetchAll == "true" or not i.get("parentId")]
    items = [i for i in items if i["type"] == q.type and i["status"] == ACTIVE]
    if q.query:
        needle = q.query.casefold()
        items = [i for i in items if needle in i["name"].casefold()]
    items.sort(key=lambda i: (_sort_key(i, q.sortBy), i["seq"], i["id"]), reverse=q.sortOrder == "desc")
    offset = int(q.offset or 0)
    limit = int(q.limit) if q.limit is not None else DEFAULT_LIMIT
    return {"files": [view(i) for i in items[offset:offset + limit]]}


def rename(tenant: Tenant, media_id: str, name: str) -> dict[str, Any]:
    item = tenant.require(MEDIAS, media_id)
    _rename(tenant, item, name)
    return {"updated": True}


def bulk_rename(tenant: Tenant, changes: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
    """Every id is checked before any item changes (an unknown one refuses the whole request)."""
    items = [tenant.require(MEDIAS, media_id) for media_id, _ in changes]
    for item, (_, name) in zip(items, changes, strict=True):
        if name:
            _rename(tenant, item, name)
    return [{"updated": True, "id": item["id"]} for item in items]


def delete(tenant: Tenant, media_id: str) -> dict[str, Any]:
    tenant.require(MEDIAS, media_id)
    tenant.delete(MEDIAS, media_id)
    return {"deleted": True, "id": media_id}


def bulk_delete(tenant: Tenant, media_ids: list[str], status: str) -> list[dict[str, Any]]:
    """``deleted``: gone, with a folder's contents and a file's bytes; ``trashed``: hidden, bytes kept."""
    for media_id in media_ids:
        tenant.require(MEDIAS, media_id)
    for media_id in dict.fromkeys(media_ids):
        item = tenant.store.get(MEDIAS, media_id)
        if item is None:  # went with a folder deleted earlier in this request
            continue
        if status == "deleted":
            tenant.delete(MEDIAS, media_id)
        else:
            item.update(status="trashed", updatedAt=iso_z(tenant.now()))
            tenant.store.put(MEDIAS, item)
    return [{"deleted": True, "id": media_id} for media_id in media_ids]


# -- how GHL shows an item ---------------------------------------------------------------------------------
VIEW_KEYS = ("altId", "altType", "name", "parentId", "type", "url", "path", "contentType", "size", "deleted",
             "status", "isPrivate", "pendingUpload", "appFolder", "isEssential", "relocatedFolder",
             "migrationCompleted", "createdAt", "updatedAt")


def view(item: dict[str, Any]) -> dict[str, Any]:
    out = {"_id": item["id"]}
    out.update({k: item[k] for k in VIEW_KEYS if item.get(k) is not None})
    return out


def _item(tenant: Tenant, media_id: str, name: str, kind: str, parent_id: str | None, **fields: Any) -> dict:
    now = iso_z(tenant.now())
    item = {"id": media_id, "altId": tenant.location_id, "altType": "location", "name": name, "type": kind,
            "parentId": parent_id, "deleted": False, "status": ACTIVE, "isPrivate": False, "createdAt": now,
            "updatedAt": now, "seq": tenant.store.count(MEDIAS)}  # upload order, for items of one instant
    if kind == "folder":
        item.update(pendingUpload=False, appFolder=False, isEssential=False, relocatedFolder=False,
                    migrationCompleted=True)
    else:
        # DECISION: a file's ``path`` is where it sits in the library: its folders' names and its own.
        item["path"] = "/".join([*_folder_names(tenant, parent_id), name])
    item.update(fields)
    return item


def _folder_names(tenant: Tenant, folder_id: str | None) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while folder_id and folder_id not in seen:
        seen.add(folder_id)
        folder = tenant.store.get(MEDIAS, folder_id)
        if folder is None:
            break
        names.insert(0, folder["name"])
        folder_id = folder.get("parentId")
    return names


def _folder_id(tenant: Tenant, parent_id: str | None) -> str | None:
    """The folder an item goes in: None (the root), or an existing folder of the library (else a 400)."""
    if not parent_id:
        return None
    folder = tenant.store.get(MEDIAS, parent_id)
    if folder is None or folder["type"] != "folder" or folder["status"] != ACTIVE:
        raise BadRequest(NOT_A_FOLDER.format(id=parent_id))
    return parent_id


def _rename(tenant: Tenant, item: dict[str, Any], name: str) -> None:
    item.update(name=name, updatedAt=iso_z(tenant.now()))
    if item["type"] == "file":
        item["path"] = "/".join([*_folder_names(tenant, item.get("parentId")), name])
    tenant.store.put(MEDIAS, item)


def _sort_key(item: dict[str, Any], field: str) -> Any:
    value = item.get(field)
    if field == "size":
        return value or 0
    return (value or "").casefold() if field == "name" else value or ""
