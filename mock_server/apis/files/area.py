"""The stored-files area's registrations (see ``mock_server/platform/area.py``): no GHL operation of its own;
the tables every upload operation keeps its bytes in, and a control-plane listing of them."""

from __future__ import annotations

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.conversations.tables import CONVERSATIONS
from mock_server.apis.files import storage
from mock_server.apis.files.tables import STORED_FILES, UPLOAD_SLOTS
from mock_server.apis.knowledge_base.tables import TRAINED_URLS
from mock_server.apis.medias.tables import MEDIAS
from mock_server.platform.area import Area, Seed, Table, delete_children
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
    cascades=(
        delete_children(MEDIAS, STORED_FILES, "ownerId", "deleting a media library file deletes its stored bytes"),
        delete_children(CONVERSATIONS, STORED_FILES, "ownerId", "deleting a conversation deletes the files "
                        "uploaded for it (their URLs stop answering)"),
        delete_children(CONVERSATIONS, UPLOAD_SLOTS, "ownerId", "and its signed uploads not yet completed"),
        delete_children(CONTACTS, STORED_FILES, "ownerId", "deleting a contact deletes the files uploaded to its "
                        "custom fields (POST /forms/upload-custom-files)"),
        delete_children(TRAINED_URLS, STORED_FILES, "ownerId", "deleting a knowledge base's trained page deletes "
                        "the text stored for it (its content URL stops answering)"),
    ),
)
