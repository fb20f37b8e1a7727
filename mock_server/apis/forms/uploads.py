"""``POST /forms/upload-custom-files``: files for a contact's FILE_UPLOAD custom fields, as a form's file
field uploads them (multipart).

Each file part is named ``<customFieldId>_<fileId>`` (forms.json: the file id any unique id the client
chose); several parts may name several fields. The bytes are kept by the ``files`` area (the one home of
uploaded files), which serves them back, byte for byte with their content type, at the ``url`` the field's
value gives; the contact's field gets each file, keyed by its file id. Every check runs before anything is
stored, so a refused upload stores nothing and leaves the contact as it was:
- its part name: a custom field of the location's contacts, of type FILE_UPLOAD (400);
- its kind: one of forms.json's extensions (``EXTENSIONS``; 400, the only error status forms.json declares);
- its size: at most ``MAX_FILE_BYTES`` (forms.json: 50 MB; 413 "File too large", multer's text);
- how many: at most ``MAX_FILES`` a request (400 "Too many files", multer's LIMIT_FILE_COUNT).
The operation's body limit (``BODY_LIMIT``) holds that many files at their largest, whatever the server's.
The answer is the updated contact (``{"contact": {...}}``), which sends ContactUpdate. A file stays stored, and
served, as long as its contact exists: deleting the contact deletes its files (a cascade of the files area).

The value a file gets is contacts.json's ``FileField`` example: ``{fileId: {"meta": {"fieldname",
"originalname", "encoding", "mimetype", "size", "uuid"}, "url", "documentId"}}`` (``fieldname`` the custom
field's id, ``uuid`` the file id); new files are added to those the field holds.
DECISION: GHL's ``url`` is ``https://services.leadconnectorhq.com/documents/download/<documentId>`` (the same
example), a download that needs the location's token; the mock answers the files area's URL, as for media
library files and conversation attachments, so a client that follows the answered URL gets the bytes (a token
sent along is ignored), and ``documentId`` is the stored file's id. The answer wraps the contact as
``GET /contacts/{id}`` does (forms.json declares no schema, only "the updated contact object").
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import records as contacts
from mock_server.apis.custom_fields import definitions as custom_fields
from mock_server.apis.files import limits, storage
from mock_server.apis.files.limits import MIB, Limits
from mock_server.platform.errors import BadRequest, PayloadTooLarge
from mock_server.platform.inputs import UploadedFile
from mock_server.platform.tenant_context import Tenant

OWNER = "forms"  # the stored files' owner (GET /_mock/locations/{id}/files), their ownerId the contact
# DECISION: a MB is 1024 * 1024 bytes, as for the media library's and conversations' limits.
MAX_FILE_BYTES = 50 * MIB
EXTENSIONS = frozenset({".pdf", ".docx", ".doc", ".jpg", ".jpeg", ".png", ".gif", ".csv", ".xlsx", ".xls",
                        ".mp4", ".mpeg", ".zip", ".rar", ".txt", ".svg"})
# DECISION: GHL publishes no count ("multiple file uploads" are supported); ten, as conversation uploads take.
MAX_FILES = 10
TOO_LARGE = "File too large"  # multer's LIMIT_FILE_SIZE text, as NestJS forwards it
TOO_MANY = "Too many files"  # multer's LIMIT_FILE_COUNT
# DECISION: GHL's texts for these are not known.
NO_FILE = "No file was uploaded"
BAD_PART_NAME = "File field {name} must be named <custom_field_id>_<file_id>"
NOT_A_FILE_FIELD = "{id} is not a FILE_UPLOAD custom field of this location's contacts"
WRONG_KIND = "File type {ext} is not allowed (allowed: {allowed})"


def _wrong_kind(upload_: UploadedFile) -> BadRequest:
    allowed = ", ".join(sorted(EXTENSIONS))
    return BadRequest(WRONG_KIND.format(ext=limits.extension(upload_.filename) or "(none)", allowed=allowed))


LIMITS = Limits(max_bytes=MAX_FILE_BYTES, extensions=EXTENSIONS,
                too_large=lambda upload_: PayloadTooLarge(TOO_LARGE), wrong_kind=_wrong_kind)
# The operation's body limit: its most files at their largest, and the framing around them.
BODY_LIMIT = MAX_FILES * MAX_FILE_BYTES + limits.BODY_OVERHEAD


def upload(tenant: Tenant, contact_id: str, files: tuple[UploadedFile, ...]) -> dict[str, Any]:
    """Store the files and add them to the contact's fields; answer the updated contact."""
    contact = contacts.get_contact(tenant, contact_id)
    if not files:
        raise BadRequest(NO_FILE)
    if len(files) > MAX_FILES:
        raise BadRequest(TOO_MANY)
    fields = {f["id"]: f for f in custom_fields.fields_of(tenant, "contact")}
    targets = [_target(upload_, fields) for upload_ in files]
    limits.check(LIMITS, files)
    values = {v["id"]: v["value"] for v in contact.get("customFields", [])}
    added: dict[str, dict[str, Any]] = {}
    for (field_id, file_id), upload_ in zip(targets, files, strict=True):
        current = added.setdefault(field_id, _as_files(values.get(field_id)))
        current[file_id] = _store(tenant, contact_id, field_id, file_id, upload_)
    changes = [{"id": field_id, "field_value": value} for field_id, value in added.items()]
    return {"contact": contacts.view(contacts.update_contact(tenant, contact_id, {"customFields": changes}))}


def _as_files(value: Any) -> dict[str, Any]:
    """The files a field holds, by file id (a value set as a list of files keeps them by position)."""
    if isinstance(value, dict):
        return dict(value)
    return {str(i): v for i, v in enumerate(value)} if isinstance(value, list) else {}


def _target(upload_: UploadedFile, fields: dict[str, dict[str, Any]]) -> tuple[str, str]:
    """The custom field id and file id a part's name gives, the field one of the contacts' FILE_UPLOAD fields."""
    field_id, _, file_id = upload_.fieldname.partition("_")
    if not field_id or not file_id:
        raise BadRequest(BAD_PART_NAME.format(name=upload_.fieldname))
    if fields.get(field_id, {}).get("dataType") != "FILE_UPLOAD":
        raise BadRequest(NOT_A_FILE_FIELD.format(id=field_id))
    return field_id, file_id


def _store(tenant: Tenant, contact_id: str, field_id: str, file_id: str, upload_: UploadedFile) -> dict[str, Any]:
    stored = storage.store(tenant, upload_.content, upload_.filename, upload_.mimetype, owner=OWNER,
                           owner_id=contact_id)
    meta = {"fieldname": field_id, "originalname": upload_.filename, "encoding": "7bit",
            "mimetype": upload_.mimetype, "size": len(upload_.content), "uuid": file_id}
    return {"meta": meta, "url": stored["url"], "documentId": stored["id"]}
