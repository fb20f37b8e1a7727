"""``POST /locations/{locationId}/customFields/upload`` (locations.json): files for FILE_UPLOAD custom fields.

Kept apart from ``routes.py``'s custom-field operations, whose definitions move to one shared store."""

from __future__ import annotations

from typing import Any

from mock_server.apis.locations import uploads
from mock_server.apis.locations.routes import api
from mock_server.platform.call import Call
from mock_server.platform.models import FormModel, NumberString, ResponseModel
from mock_server.platform.operations import LOCATION


class FileUploadForm(FormModel):
    """The form's text fields; its file parts (any field names) arrive as ``call.files``."""

    id: str | None = None
    maxFiles: NumberString | None = None


class FileUploadResponse(ResponseModel):
    uploadedFiles: dict[str, Any] | None = None
    meta: list[Any] | None = None


@api.post("/locations/{locationId}/customFields/upload", "upload-file-customFields",
          scopes="locations/customFields.write", tokens=LOCATION, body=FileUploadForm,
          body_media_types=("multipart/form-data",), accepts_files=True, response=FileUploadResponse,
          summary="Uploads File to customFields")
def upload_file_custom_fields(call: Call) -> dict:
    """Store the uploaded files for the custom field ``id``; nothing is stored when a limit is broken."""
    return uploads.upload_files(call.tenant, call.body.id, call.body.maxFiles, call.files)
