"""A location's e-mail templates and folders through emails-v3.json: the same records the builder's v2
operations keep (``templates.py``), in the v3 shape.

One record, two shapes (evidence: emails-v3.json bundles the v2 builder's schemas, its ``CreateBuilderDto``
gaining v3's ``subjectLine``/``fromName``/``fromEmail``/``previewText``, and the internal
``UpdateEmailTemplateResponseDto`` mixing v2's ``builderVersion``/``lastUpdated`` with v3's sender fields; v3's
readers accept an ``editorType`` of ``builder`` that no v3 writer can make, so they list the builder's
templates). The v3 names map onto the v2 record: ``parentFolderId`` is ``parentId``, ``createdAt``/``updatedAt``
are ``dateAdded``/``lastUpdated``, ``editorContent`` is the HTML the builder saves, ``editorType`` ``text`` is
``isPlainText``, and ``type`` is ``folder`` for the builder's folders, ``template`` for the rest.

DECISION (GHL does not say):
- ``editorContentUrl`` serves the content back (the mock stores it as a file); a template without content has
  none; ``previewUrl`` is the v2 preview (``templates.py``), given once content is saved or the template updated;
- the listing: ``folderId`` ``root`` lists the top level, a folder's id its own items (an unknown one: 404), none
  every item of every folder; ``search`` a case-insensitive part of the name; folders and templates ordered
  together by ``updatedAt``;
- a folder is not a template: reading one by id is a 404, updating its content a 400 (it can be renamed, moved,
  archived); deleting it deletes what it holds (as v2's delete does);
- moving (``parentFolderId``) names a folder, or ``root`` for the top level; a folder cannot go into itself or
  one of its own folders (400);
- ``userId``, when sent, must be one of the agency's users (the users area's 400); it is kept as ``updatedBy``;
- the update answer requires the sender fields and ``previewUrl``: those never set are answered as ``""``;
- an imported template takes its name from ``name``, else "Imported template"; the mock fetches nothing from
  ``importUrl`` (GHL reads the provider's page): it starts empty.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.emails import templates
from mock_server.apis.emails.tables import TEMPLATE_NOT_FOUND, TEMPLATES
from mock_server.apis.users.service import USERS
from mock_server.platform.errors import BadRequest, NotFound
from mock_server.platform.tenant_context import Tenant

FOLDER = templates.FOLDER
ROOT = "root"
IMPORTED_NAME = "Imported template"
FOLDER_INTO_ITSELF = "Folder {id} cannot be moved into itself or one of its folders"
SENDER_FIELDS = ("fromName", "fromEmail", "subjectLine", "previewText")


def create(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """``POST .../templates``: an HTML (or plain-text) template, its content saved when sent."""
    record = templates.new_template(tenant, "html", body["name"], {
        "parentId": _parent(tenant, body.get("parentFolderId")), "isPlainText": body["editorType"] == "text",
        "editorType": "html", "updatedBy": _user(tenant, body.get("userId")),
        **{k: body.get(k) for k in SENDER_FIELDS}})
    if body.get("editorContent") is not None:
        _save_content(tenant, record, body["editorContent"])
    return tenant.store.put(TEMPLATES, record)


def import_template(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    return templates.new_template(tenant, "import", body.get("name") or IMPORTED_NAME, {
        "parentId": _parent(tenant, body.get("parentFolderId")), "importProvider": body["importProvider"],
        "importURL": body["importUrl"], "editorType": "html", "updatedBy": _user(tenant, body.get("userId"))})


def create_folder(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    return templates.new_template(tenant, FOLDER, body["name"], {"updatedBy": _user(tenant, body.get("userId"))})


def get(tenant: Tenant, template_id: str) -> dict[str, Any]:
    """A template (not a folder: 404) by id."""
    record = tenant.require(TEMPLATES, template_id)
    if record["templateType"] == FOLDER:
        raise NotFound(TEMPLATE_NOT_FOUND)
    return record


def update(tenant: Tenant, template_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``PATCH``: the fields sent, replaced; content saved again (a new preview)."""
    record = tenant.require(TEMPLATES, template_id)
    content_fields = {"editorContent", "editorType", *SENDER_FIELDS} & fields.keys()
    if record["templateType"] == FOLDER and content_fields:
        raise BadRequest(templates.FOLDER_HAS_NO_CONTENT.format(id=template_id))
    if "parentFolderId" in fields:
        record["parentId"] = _move_to(tenant, record, fields["parentFolderId"])
    if fields.get("name") is not None:
        record["name"] = fields["name"]
    if fields.get("archived") is not None:
        record["archived"] = fields["archived"]
    if fields.get("editorType") is not None:
        record["isPlainText"] = fields["editorType"] == "text"
        record["editorType"] = "html"
    record.update({k: fields[k] for k in SENDER_FIELDS if fields.get(k) is not None})
    if fields.get("userId") is not None:
        record["updatedBy"] = _user(tenant, fields["userId"])
    record["lastUpdated"] = iso_z(tenant.now())
    if record["templateType"] != FOLDER:
        _save_content(tenant, record, fields["editorContent"] if fields.get("editorContent") is not None
                      else record.get("html") or "")
    return tenant.store.put(TEMPLATES, record)


def delete(tenant: Tenant, template_id: str) -> None:
    templates.delete_template(tenant, template_id)


def list_items(tenant: Tenant, *, folder_id: str | None, include: str, archived: bool, search: str | None,
               newest_first: bool, limit: int, offset: int) -> dict[str, Any]:
    """``{items, total}``: the folder's (or every) templates and folders the filters keep, paged."""
    if folder_id and folder_id != ROOT:
        templates.folder(tenant, folder_id)
    wanted = (search or "").lower()
    found = [t for t in tenant.store.scan(TEMPLATES)
             if (folder_id is None or (t.get("parentId") or ROOT) == folder_id)
             and include in ("all", "folders" if t["templateType"] == FOLDER else "templates")
             and bool(t.get("archived")) == archived and wanted in t["name"].lower()]
    found.sort(key=lambda t: (t["lastUpdated"], t["position"]), reverse=newest_first)
    return {"items": [item_view(tenant, t) for t in found[offset:offset + limit]], "total": len(found)}


# -- the v3 shapes ------------------------------------------------------------------------------------------
def editor_type(record: dict[str, Any]) -> str:
    """``text`` for plain text; the builder's own (drag-and-drop) templates ``builder``; the rest ``html``."""
    if record.get("isPlainText"):
        return "text"
    if record.get("editorType") in ("html", "builder"):
        return record["editorType"]
    return "builder" if record["templateType"] in ("builder", "blank") else "html"


def created_view(record: dict[str, Any]) -> dict[str, Any]:
    """Creating or importing answers this (the editor ``html`` or ``text``)."""
    out = {"id": record["id"], "name": record["name"], "editorType": "text" if record.get("isPlainText") else "html",
           "isPlainText": bool(record.get("isPlainText")), "parentFolderId": record.get("parentId"),
           "previewUrl": record.get("previewUrl"), "createdAt": record["dateAdded"],
           "updatedAt": record["lastUpdated"], **{k: record.get(k) for k in SENDER_FIELDS}}
    return {k: v for k, v in out.items() if v is not None}


def folder_view(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "name": record["name"], "createdAt": record["dateAdded"],
            "updatedAt": record["lastUpdated"]}


def item_view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record["id"], "name": record["name"], "createdAt": record["dateAdded"],
                           "updatedAt": record["lastUpdated"]}
    if record.get("parentId"):
        out["parentFolderId"] = record["parentId"]
    if record["templateType"] == FOLDER:
        children = len(tenant.store.ids_where(TEMPLATES, "parentId", record["id"]))
        return {**out, "type": "folder", "childCount": children, "hasChildren": children > 0}
    out.update(type="template", isPlainText=bool(record.get("isPlainText")), editorType=editor_type(record))
    if record.get("previewUrl"):
        out["previewUrl"] = record["previewUrl"]
    return out


def view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    """``GET .../templates/{id}`` (``subject`` is what the writers call ``subjectLine``)."""
    out = {"id": record["id"], "name": record["name"], "editorType": editor_type(record),
           "isPlainText": bool(record.get("isPlainText")), "parentFolderId": record.get("parentId"),
           "fromName": record.get("fromName"), "fromEmail": record.get("fromEmail"),
           "subject": record.get("subjectLine"), "previewText": record.get("previewText"),
           "editorContentUrl": templates.content_url(tenant, record), "deleted": False,
           "createdAt": record["dateAdded"], "updatedAt": record["lastUpdated"]}
    return {k: v for k, v in out.items() if v is not None}


def updated_view(record: dict[str, Any]) -> dict[str, Any]:
    out = {"id": record["id"], "name": record["name"], "archived": bool(record.get("archived")),
           "previewUrl": record.get("previewUrl") or "", **{k: record.get(k) or "" for k in SENDER_FIELDS},
           "isPlainText": bool(record.get("isPlainText")), "parentFolderId": record.get("parentId"),
           "createdAt": record["dateAdded"], "updatedAt": record["lastUpdated"]}
    if record["templateType"] != FOLDER and editor_type(record) in ("html", "text"):
        out["editorType"] = editor_type(record)
    return {k: v for k, v in out.items() if v is not None}


# -- checks -----------------------------------------------------------------------------------------------
def _save_content(tenant: Tenant, record: dict[str, Any], html: str) -> None:
    templates.put_content(tenant, record, html)
    record["previewUrl"] = templates.PREVIEW_URL.format(location=tenant.location_id, id=record["id"])


def _parent(tenant: Tenant, folder_id: str | None) -> str | None:
    """The folder a new template goes in (``root`` or nothing: the top level)."""
    if not folder_id or folder_id == ROOT:
        return None
    return templates.folder(tenant, folder_id)["id"]


def _move_to(tenant: Tenant, record: dict[str, Any], folder_id: str | None) -> str | None:
    target = _parent(tenant, folder_id)
    cursor = target
    while cursor:  # the target's own folders, up to the top: the moved folder must not be one of them
        if cursor == record["id"]:
            raise BadRequest(FOLDER_INTO_ITSELF.format(id=record["id"]))
        cursor = (tenant.store.get(TEMPLATES, cursor) or {}).get("parentId")
    return target


def _user(tenant: Tenant, user_id: str | None) -> str | None:
    if user_id is not None:
        tenant.require(USERS, user_id)
    return user_id
