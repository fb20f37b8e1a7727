"""Where the Medias area differs from medias.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

_FILES_ARE_OBJECTS = ("GetFilesResponseDTO declares `files` as an array of strings, yet its own example is an "
                      "object (altId, altType, name, parentId, url, path): the mock answers the objects")
_CHOSEN_VALUES = ("the file declares sortBy, sortOrder and type as free strings and fetchAll as a string; the mock "
                  "takes the values its listing honours (createdAt|updatedAt|name|size, asc|desc, file|folder, "
                  "true|false) and answers any other with a 422 naming them")

ALLOWLIST: tuple[Allowed, ...] = (
    Allowed("medias.json", "GET", "/medias/files", "response_schema", "files/*", _FILES_ARE_OBJECTS),
)
