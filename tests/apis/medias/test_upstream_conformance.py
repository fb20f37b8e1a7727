"""The Medias API against GHL's official medias.json: every operation, driven through a real flow, answers
bodies its response schemas accept (minus the allowlisted file defects). The generic walk cannot upload
multipart files nor find items by a collection GET (UNWALKED).

Skipped when the official files are absent (they are reference material, not part of the project).
"""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis import build_registry

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_every_medias_operation_answers_the_official_shapes(ghl):
    api = ghl.client()
    owner = {"altType": "location", "altId": ghl.location_id}
    seen = []

    def call(method, path, template, **kwargs):
        answer = api.request(method, path, **kwargs)
        assert answer.is_success, (method, path, answer.status_code, answer.text)
        seen.append((method, template, answer.status_code, answer.json()))
        return answer.json()

    folder = call("POST", "/medias/folder", "/medias/folder", json={**owner, "name": "Logos"})
    uploaded = call("POST", "/medias/upload-file", "/medias/upload-file", data={"parentId": folder["_id"]},
                    files={"file": ("logo.png", b"\x89PNG....", "image/png")})
    other = call("POST", "/medias/upload-file", "/medias/upload-file",
                 files={"hosted": (None, "true"), "fileUrl": (None, "https://cdn.example.com/x.png")})
    call("GET", "/medias/files", "/medias/files", params={**owner, "sortBy": "name", "sortOrder": "asc",
                                                           "type": "file", "fetchAll": "true"})
    call("POST", f"/medias/{uploaded['fileId']}", "/medias/{id}", json={**owner, "name": "brand.png"})
    call("PUT", "/medias/update-files", "/medias/update-files",
         json={**owner, "filesToBeUpdated": [{"id": other["fileId"], "name": "y.png"}]})
    call("PUT", "/medias/delete-files", "/medias/delete-files",
         json={**owner, "status": "trashed", "filesToBeDeleted": [{"_id": other["fileId"]}]})
    call("DELETE", f"/medias/{folder['_id']}", "/medias/{id}", params=owner)

    implemented = {(op.method, op.path) for op in build_registry() if op.spec_file == "medias.json"}
    assert {(method, template) for method, template, _, _ in seen} == implemented
    problems = [f"{method} {template} {status}: {problem}" for method, template, status, body in seen
                for problem in upstream.response_problems("medias.json", method, template, status, body)]
    assert problems == [], "\n".join(problems)
