"""A location's e-mail templates (the builder's): created, listed, saved and deleted through GHL's API.

A template is created empty (``POST /emails/builder``: its name and kind), then its content is saved
(``POST /emails/builder/data``: the HTML and the drag-and-drop builder's document), which gives it a
``previewUrl``. Folders are templates of type ``folder`` that others name as ``parentId``; deleting a folder
deletes what it holds (a cascade, ``area.py``).

DECISION (GHL does not say; each where the official file is silent):
- the name is ``name``, else ``title``, else "New Template"; ``version`` is the builder version;
- an ``import`` template needs ``importURL`` (422), ``parentId`` must name a folder (unknown: 404, not a
  folder: 400), content cannot be saved into a folder (400);
- the listing's filters: ``search`` a case-insensitive part of the name, ``name`` the whole name
  (case-insensitive), ``parentId`` the folder's own templates (all templates when absent), ``builderVersion``
  only when sent (its default would hide the other version's templates), ``templatesOnly=true`` no folders,
  ``archived`` the archived ones or the others; ordered by ``lastUpdated`` (``sortByDate``); ``originId`` is
  accepted and filters nothing (GHL does not say what record it names);
- the preview and download URLs are on an unresolvable host (the mock renders no previews); the saved HTML is
  also kept as a file the mock serves back (v3's ``editorContentUrl``: ``put_content``).

emails-v3.json's templates are these records in another shape (``templates_v3.py``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.emails.tables import TEMPLATES
from mock_server.apis.files import storage
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

FOLDER = "folder"
DEFAULT_NAME = "New Template"
PREVIEW_URL = "https://storage.ghl-mock.invalid/email-templates/{location}/{id}/preview.html"
DOWNLOAD_URL = "https://storage.ghl-mock.invalid/email-templates/{location}/{id}/template.json"
# DECISION: class-validator's wording for a missing field; the others are the mock's own.
IMPORT_URL_REQUIRED = "importURL should not be empty"
NOT_A_FOLDER = "parentId {id} is not a folder"
FOLDER_HAS_NO_CONTENT = "Template {id} is a folder: it has no content to save"
LISTED = ("id", "name", "updatedBy", "isPlainText", "lastUpdated", "dateAdded", "previewUrl", "version",
          "templateType", "parentId", "archived", "locationId")


def create_template(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """Store a new (empty) template or folder from ``POST /emails/builder``'s body."""
    if fields["type"] == "import" and not fields.get("importURL"):
        raise Unprocessable([IMPORT_URL_REQUIRED])
    return new_template(tenant, fields["type"], fields.get("name") or fields.get("title") or DEFAULT_NAME, {
        "title": fields.get("title"), "builderVersion": fields["builderVersion"],
        "parentId": fields.get("parentId") or None, "isPlainText": bool(fields.get("isPlainText")),
        "updatedBy": fields.get("updatedBy"), "templateSource": fields.get("templateSource"),
        "templateDataUrl": fields.get("templateDataUrl") or None, "importProvider": fields.get("importProvider"),
        "importURL": fields.get("importURL")})


def new_template(tenant: Tenant, kind: str, name: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Store a template (or folder) of ``kind`` (the builder's ``type``), in the folder ``fields["parentId"]``;
    v2's and v3's creations both end here (one record, two shapes)."""
    if fields.get("parentId"):
        folder(tenant, fields["parentId"])
    now = iso_z(tenant.now())
    version = fields.pop("builderVersion", None) or "2"
    record = {**fields, "id": tenant.new_id(), "locationId": tenant.location_id, "name": name, "templateType": kind,
              "builderVersion": version, "version": version, "isPlainText": bool(fields.get("isPlainText")),
              "archived": False, "dateAdded": now, "lastUpdated": now,
              "position": tenant.store.count(TEMPLATES)}  # the creation order, for times equal to the millisecond
    return tenant.store.put(TEMPLATES, {k: v for k, v in record.items() if v is not None})


def put_content(tenant: Tenant, record: dict[str, Any], html: str) -> None:
    """Keep ``html`` as the record's content (a template's or a campaign's): stored as a file the mock serves
    back (its ``editorContentUrl``), the previous one deleted; the caller puts the record."""
    storage.delete(tenant, record.get("contentFileId"))
    stored = storage.store(tenant, html.encode(), "content.html", "text/html", owner="emails", owner_id=record["id"])
    record.update(html=html, contentFileId=stored["id"], contentPath=stored["path"])


def content_url(tenant: Tenant, record: dict[str, Any]) -> str | None:
    return storage.url(tenant, {"path": record["contentPath"]}) if record.get("contentPath") else None


def save_content(tenant: Tenant, template_id: str, content: dict[str, Any]) -> dict[str, Any]:
    """``POST /emails/builder/data``: the template's HTML and builder document, replaced."""
    template = tenant.require(TEMPLATES, template_id)
    if template["templateType"] == FOLDER:
        raise BadRequest(FOLDER_HAS_NO_CONTENT.format(id=template_id))
    template.update({k: v for k, v in content.items()
                     if v is not None and k not in ("locationId", "templateId", "html")})
    put_content(tenant, template, content.get("html") or "")
    template["lastUpdated"] = iso_z(tenant.now())
    template["previewUrl"] = PREVIEW_URL.format(location=tenant.location_id, id=template_id)
    template["templateDownloadUrl"] = DOWNLOAD_URL.format(location=tenant.location_id, id=template_id)
    return tenant.store.put(TEMPLATES, template)


def delete_template(tenant: Tenant, template_id: str) -> None:
    """Delete the template (a folder with everything in it)."""
    tenant.require(TEMPLATES, template_id)
    tenant.delete(TEMPLATES, template_id)


def list_templates(tenant: Tenant, *, filters: dict[str, Any], limit: int, offset: int,
                   newest_first: bool) -> dict[str, Any]:
    """``{builders, total}``: the templates ``filters`` keeps (``list_filters``' keys), paged."""
    found = [t for t in tenant.store.scan(TEMPLATES) if _kept(t, filters)]
    found.sort(key=lambda t: (t["lastUpdated"], t["position"]), reverse=newest_first)
    return {"builders": [view(t) for t in found[offset:offset + limit]], "total": len(found)}


def view(template: dict[str, Any]) -> dict[str, Any]:
    return {k: template[k] for k in LISTED if template.get(k) is not None}


def _kept(template: dict[str, Any], filters: dict[str, Any]) -> bool:
    search, name = (filters.get("search") or "").lower(), (filters.get("name") or "").lower()
    return ((not search or search in template["name"].lower())
            and (not name or name == template["name"].lower())
            and (not filters.get("parentId") or template.get("parentId") == filters["parentId"])
            and (not filters.get("builderVersion") or template["builderVersion"] == filters["builderVersion"])
            and not (filters.get("templatesOnly") and template["templateType"] == FOLDER)
            and template.get("archived", False) == bool(filters.get("archived")))


def folder(tenant: Tenant, folder_id: str) -> dict[str, Any]:
    folder = tenant.require(TEMPLATES, folder_id)
    if folder["templateType"] != FOLDER:
        raise BadRequest(NOT_A_FOLDER.format(id=folder_id))
    return folder
