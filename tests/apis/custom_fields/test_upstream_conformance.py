"""The Custom Fields V2 API against GHL's official custom-fields.json: every operation of the file
declared, and every answer accepted by the file's response schemas (minus the allowlisted file defects,
mock_server/apis/custom_fields/upstream.py). Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

SPEC = "custom-fields.json"


def test_every_operation_of_the_file_is_declared(ghl_app):
    """The area serves the whole file (operationIds, scopes and statuses: tests/contracts/test_upstream.py)."""
    assert upstream.undeclared(SPEC, ghl_app.world.registry) == []


def test_every_answer_matches_the_official_schemas(ghl):
    api, location = ghl.client(), {"locationId": ghl.location_id}
    folder = api.post("/custom-fields/folder", json={**location, "objectKey": "business", "name": "Finance"})
    field = api.post("/custom-fields/", json={
        **location, "name": "Tier", "dataType": "SINGLE_OPTIONS", "showInForms": True, "objectKey": "business",
        "fieldKey": "tier", "parentId": folder.json()["id"], "options": [{"key": "gold", "label": "Gold"}],
        "acceptedFormats": "all"})
    field_id, folder_id = field.json()["field"]["id"], folder.json()["id"]
    answers = {
        ("POST", "/custom-fields/folder"): folder,
        ("POST", "/custom-fields/"): field,
        ("GET", "/custom-fields/{id}"): api.get(f"/custom-fields/{field_id}"),
        ("PUT", "/custom-fields/{id}"): api.put(f"/custom-fields/{field_id}", json={**location, "showInForms": False,
                                                                                    "name": "Level"}),
        ("GET", "/custom-fields/object-key/{objectKey}"): api.get("/custom-fields/object-key/business",
                                                                 params=location),
        ("PUT", "/custom-fields/folder/{id}"): api.put(f"/custom-fields/folder/{folder_id}",
                                                       json={**location, "name": "Money"}),
        ("DELETE", "/custom-fields/{id}"): api.delete(f"/custom-fields/{field_id}"),
        ("DELETE", "/custom-fields/folder/{id}"): api.delete(f"/custom-fields/folder/{folder_id}", params=location),
    }
    refused = api.get("/custom-fields/nope")
    problems = [f"{method} {path} {answer.status_code}: {problem}"
                for (method, path), answer in [*answers.items(), (("GET", "/custom-fields/{id}"), refused)]
                for problem in upstream.response_problems(SPEC, method, path, answer.status_code, answer.json())]
    assert problems == [], "\n".join(problems)
    assert all(answer.is_success for answer in answers.values()) and refused.status_code == 400
