"""Files uploaded for a location's FILE_UPLOAD custom fields (``POST .../customFields/upload``, multipart).

Each file's bytes are kept by the ``files`` area (the one home of uploaded files, which serves them back at the
answered URL, byte for byte); table ``customFieldUploads`` records which field each belongs to. The answer
describes them as multer does, with the URL a custom-field value points at.
``GET /_mock/locations/{id}/custom-field-uploads`` lists what was stored. The limits are checked before anything is written, so a refused upload stores nothing:
- the body as a whole: the server's body limit (``GHL_MOCK_MAX_BODY_BYTES``, 2 MiB by default: 413);
- each file: ``MAX_FILE_BYTES`` (413 "File too large", multer's LIMIT_FILE_SIZE through NestJS);
- how many: ``maxFiles`` of the form, the field's ``maxFileLimit``, and one unless the field allows several
  (400 "Too many files", multer's LIMIT_FILE_COUNT);
- which kinds: the field's ``acceptedFormat`` extensions, when it has any (400).
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
from typing import Any

from mock_server.apis.files import storage
from mock_server.apis.locations import custom_fields
from mock_server.apis.locations.tables import UPLOADS
from mock_server.platform.errors import BadRequest, PayloadTooLarge, Unprocessable
from mock_server.platform.inputs import UploadedFile
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL publishes no limit for custom-field files; medias.json's 25 MB (its only published upload
# limit) applies per file. The server's body limit is lower by default, so raise it to upload larger files.
MAX_FILE_BYTES = 25 * 1024 * 1024
# multer's texts, as NestJS forwards them; the others are DECISIONs (GHL's texts are not known).
TOO_LARGE = "File too large"
TOO_MANY = "Too many files"
NO_FILE = "No file was uploaded"
ID_REQUIRED = "id should not be empty"
NOT_A_FILE_FIELD = "Custom field is not a file upload field"
WRONG_FORMAT = "File type {ext} is not accepted by this field (accepted: {accepted})"


def upload_files(tenant: Tenant, field_id: str | None, max_files: str | None,
                 files: tuple[UploadedFile, ...]) -> dict[str, Any]:
    """Store the files for the custom field ``field_id``; every limit is checked before the first is stored."""
    if not field_id:
        raise Unprocessable([ID_REQUIRED])
    field = custom_fields.get_custom_field(tenant, field_id)
    if field.get("dataType") != "FILE_UPLOAD":
        raise BadRequest(NOT_A_FILE_FIELD)
    if not files:
        raise BadRequest(NO_FILE)
    if len(files) > _allowed_count(field, max_files):
        raise BadRequest(TOO_MANY)
    accepted = [fmt.lower() if fmt.startswith(".") else "." + fmt.lower() for fmt in field.get("acceptedFormat") or []]
    for upload in files:
        if len(upload.content) > MAX_FILE_BYTES:
            raise PayloadTooLarge(TOO_LARGE)
        ext = posixpath.splitext(upload.filename)[1].lower()
        if accepted and ext not in accepted:
            raise BadRequest(WRONG_FORMAT.format(ext=ext or "(none)", accepted=", ".join(accepted)))
    meta = [_store(tenant, field_id, upload) for upload in files]
    return {"uploadedFiles": {m["originalname"]: m["url"] for m in meta}, "meta": meta}


def list_uploads(tenant: Tenant) -> dict[str, Any]:
    """``GET /_mock/locations/{locationId}/custom-field-uploads``: every stored file, its content base64."""
    out = []
    for upload in tenant.store.scan(UPLOADS):
        found = storage.read(tenant, upload["storedFileId"])
        content = found[1] if found else b""
        out.append({**upload, "sha256": hashlib.sha256(content).hexdigest(),
                    "contentBase64": base64.b64encode(content).decode("ascii")})
    return {"uploads": out}


UNLIMITED = 10**9  # a multi-file field without a limit, and no maxFiles: multer's default, no limit


def _allowed_count(field: dict[str, Any], max_files: str | None) -> int:
    limits = [int(max_files)] if max_files and max_files.isdigit() else []
    if field.get("maxFileLimit"):
        limits.append(int(field["maxFileLimit"]))
    if not field.get("isMultiFileAllowed"):
        limits.append(1)
    return min(limits, default=UNLIMITED)


def _store(tenant: Tenant, field_id: str, upload: UploadedFile) -> dict[str, Any]:
    stored = storage.store(tenant, upload.content, upload.filename, upload.mimetype, owner="customFields",
                           owner_id=field_id)
    meta = {"fieldname": upload.fieldname, "originalname": upload.filename, "encoding": "7bit",
            "mimetype": upload.mimetype, "size": len(upload.content), "url": stored["url"]}
    tenant.store.put(UPLOADS, {"id": tenant.new_id(), "customFieldId": field_id, "storedFileId": stored["id"], **meta})
    return meta
