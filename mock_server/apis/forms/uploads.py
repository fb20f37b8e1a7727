"""``POST /forms/upload-custom-files``: files for a contact's FILE_UPLOAD custom fields, as a form's file
field uploads them (multipart).

Each file part is named ``<customFieldId>_<fileId>`` (forms.json: the file id any unique id the client
chose); several parts may name several fields. The file is stored in this package's table (content base64,
listed by ``GET /_mock/locations/{locationId}/form-uploads``) and the contact's field gets it, keyed by the
file id, with its URL and multer's description of it. Every check runs before anything is stored, so a
refused upload stores nothing and leaves the contact as it was:
- each file: at most ``MAX_FILE_BYTES`` (50 MB, forms.json; 413 "File too large", multer's text), and the
  body as a whole under the server's body limit (``GHL_MOCK_MAX_BODY_BYTES``, 413);
- its kind: one of forms.json's extensions (``ALLOWED_EXTENSIONS``; 400);
- its part name: a custom field of the location's contacts, of type FILE_UPLOAD (400).
The answer is the updated contact (``{"contact": {...}}``), which sends ContactUpdate.

DECISION: the value shape ``{fileId: {"meta": {...}, "url", "documentId"}}`` is the one public integrations
read from GHL's FILE_UPLOAD fields; new files are added to those the field holds; the answer wraps the
contact as ``GET /contacts/{id}`` does (forms.json declares no schema, only "the updated contact object").
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
from typing import Any

from mock_server.apis.contacts import records as contacts
from mock_server.apis.custom_fields import definitions as custom_fields
from mock_server.apis.forms.tables import FORM_UPLOADS
from mock_server.platform.errors import BadRequest, PayloadTooLarge
from mock_server.platform.inputs import UploadedFile
from mock_server.platform.tenant_context import Tenant

MAX_FILE_BYTES = 50 * 1024 * 1024
ALLOWED_EXTENSIONS = frozenset({".pdf", ".docx", ".doc", ".jpg", ".jpeg", ".png", ".gif", ".csv", ".xlsx", ".xls",
                                ".mp4", ".mpeg", ".zip", ".rar", ".txt", ".svg"})
# DECISION: the storage host, unresolvable (as for the locations area's uploads): the files are read back
# through the control plane.
URL = "https://storage.ghl-mock.invalid/forms/{location}/{contact}/{file_id}{ext}"
TOO_LARGE = "File too large"  # multer's LIMIT_FILE_SIZE text, as NestJS forwards it
# DECISION: GHL's texts for these are not known.
NO_FILE = "No file was uploaded"
BAD_PART_NAME = "File field {name} must be named <custom_field_id>_<file_id>"
NOT_A_FILE_FIELD = "{id} is not a FILE_UPLOAD custom field of this location's contacts"
WRONG_KIND = "File type {ext} is not allowed (allowed: {allowed})"


def upload(tenant: Tenant, contact_id: str, files: tuple[UploadedFile, ...]) -> dict[str, Any]:
    """Store the files and add them to the contact's fields; answer the updated contact."""
    contact = contacts.get_contact(tenant, contact_id)
    if not files:
        raise BadRequest(NO_FILE)
    fields = {f["id"]: f for f in custom_fields.fields_of(tenant, "contact")}
    targets = [_check(upload_, fields) for upload_ in files]
    values = {v["id"]: v["value"] for v in contact.get("customFields", [])}
    added: dict[str, dict[str, Any]] = {}
    for (field_id, file_id), upload_ in zip(targets, files, strict=True):
        current = added.setdefault(field_id, _as_files(values.get(field_id)))
        current[file_id] = _store(tenant, contact_id, field_id, file_id, upload_)
    changes = [{"id": field_id, "field_value": value} for field_id, value in added.items()]
    return {"contact": contacts.view(contacts.update_contact(tenant, contact_id, {"customFields": changes}))}


def list_uploads(tenant: Tenant) -> dict[str, Any]:
    """``GET /_mock/locations/{locationId}/form-uploads``: every stored file, its content base64."""
    return {"uploads": [dict(u) for u in tenant.store.scan(FORM_UPLOADS)]}


def _as_files(value: Any) -> dict[str, Any]:
    """The files a field holds, by file id (a value set as a list of files keeps them by position)."""
    if isinstance(value, dict):
        return dict(value)
    return {str(i): v for i, v in enumerate(value)} if isinstance(value, list) else {}


def _check(upload_: UploadedFile, fields: dict[str, dict[str, Any]]) -> tuple[str, str]:
    field_id, _, file_id = upload_.fieldname.partition("_")
    if not field_id or not file_id:
        raise BadRequest(BAD_PART_NAME.format(name=upload_.fieldname))
    if fields.get(field_id, {}).get("dataType") != "FILE_UPLOAD":
        raise BadRequest(NOT_A_FILE_FIELD.format(id=field_id))
    if len(upload_.content) > MAX_FILE_BYTES:
        raise PayloadTooLarge(TOO_LARGE)
    ext = posixpath.splitext(upload_.filename)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        raise BadRequest(WRONG_KIND.format(ext=ext or "(none)", allowed=", ".join(sorted(ALLOWED_EXTENSIONS))))
    return field_id, file_id


def _store(tenant: Tenant, contact_id: str, field_id: str, file_id: str, upload_: UploadedFile) -> dict[str, Any]:
    ext = posixpath.splitext(upload_.filename)[1].lower()
    url = URL.format(location=tenant.location_id, contact=contact_id, file_id=file_id, ext=ext)
    meta = {"fieldname": upload_.fieldname, "originalname": upload_.filename, "encoding": "7bit",
            "mimetype": upload_.mimetype, "size": len(upload_.content)}
    document_id = tenant.new_id()
    tenant.store.put(FORM_UPLOADS, {"id": document_id, "contactId": contact_id, "customFieldId": field_id,
                                    "fileId": file_id, **meta, "url": url,
                                    "sha256": hashlib.sha256(upload_.content).hexdigest(),
                                    "contentBase64": base64.b64encode(upload_.content).decode("ascii")})
    return {"meta": meta, "url": url, "documentId": document_id}
