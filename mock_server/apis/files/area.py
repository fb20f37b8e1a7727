"""The stored-files area's registrations (see ``mock_server/platform/area.py``): no GHL operation of its own;
the tables every upload operation keeps its bytes in, and a control-plane listing of them. Each uploading area
declares the cascade that deletes its records' stored files (``ownerId``), so adding one edits nothing here."""

from __future__ import annotations

from mock_server.apis.files import storage
from mock_server.apis.files.tables import STORED_FILES, UPLOAD_SLOTS
from mock_server.platform.area import Area, Seed, Table
from mock_server.platform.errors import NotFound

area = Area(
    "files",
    serves="Stored files: what the upload operations keep, served back byte for byte at their URLs",
    tables=(Table(STORED_FILES, indexes=("ownerId",), not_found=NotFound("File not found")),
            Table(UPLOAD_SLOTS, indexes=("ownerId",))),
    seeds=(Seed("GET", "/locations/{locationId}/files", storage.list_files, status=200,
                doc="every file the location uploaded (media library, conversation attachments, custom-field "
                    "files): `owner` (the area) and `ownerId` (its record), name, type, size, sha256 and the URL "
                    "it is served at (`/_files/...`, byte for byte)"),),
)
