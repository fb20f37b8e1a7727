"""Where the Medias area differs from medias.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

_FILES_ARE_OBJECTS = ("GetFilesResponseDTO declares `files` as an array of strings, yet its own example is an "
                      "object (altId, altType, name, parentId, url, path): the mock answers the objects")

ALLOWLIST: tuple[Allowed, ...] = (
    Allowed("medias.json", "GET", "/medias/files", "response_schema", "files/*", _FILES_ARE_OBJECTS),
)

_MEDIA_WALK = ("the walk sends JSON bodies (the upload is multipart) and finds records through a collection GET "
               "/medias, which the API does not have: their answers are validated by "
               "tests/apis/medias/test_upstream_conformance.py, which walks every operation")
UNWALKED: dict[tuple[str, str, str], str] = {("medias.json", method, path): _MEDIA_WALK for method, path in (
    ("POST", "/medias/upload-file"), ("POST", "/medias/{id}"), ("DELETE", "/medias/{id}"),
    ("PUT", "/medias/update-files"), ("PUT", "/medias/delete-files"),
)}
