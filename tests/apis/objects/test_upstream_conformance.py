"""The Objects API against GHL's official objects.json: every operation of the file declared, and
every answer accepted by the file's response schemas (minus the allowlisted file defects,
mock_server/apis/objects/upstream.py). It validates the operations the generic upstream walk cannot reach (the
walk cannot make a custom object: the file gives schemas no DELETE). Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

SPEC = "objects.json"


def test_every_operation_of_the_file_is_declared(ghl_app):
    """The area serves the whole file (operationIds, scopes and statuses: tests/contracts/test_upstream.py)."""
    assert upstream.undeclared(SPEC, ghl_app.world.registry) == []


def test_every_answer_matches_the_official_schemas(ghl):
    api, location = ghl.client(), {"locationId": ghl.location_id}
    created = api.post("/objects/", json={
        **location, "labels": {"singular": "Pet", "plural": "Pets"}, "key": "custom_objects.pet",
        "primaryDisplayPropertyDetails": {"key": "custom_objects.pet.name", "name": "Name", "dataType": "TEXT"}})
    ghl.custom_field("custom_objects.pet", "NUMERICAL", name="Age", key="age")
    record = api.post("/objects/custom_objects.pet/records", json={**location, "properties": {"name": "Rex", "age": 3},
                                                                  "owner": [ghl.user_id]})
    record_id = record.json()["record"]["id"]
    url = f"/objects/custom_objects.pet/records/{record_id}"
    answers = {
        ("POST", "/objects/"): created,
        ("GET", "/objects/"): api.get("/objects/", params=location),
        ("GET", "/objects/{key}"): api.get("/objects/custom_objects.pet", params={**location,
                                                                                 "fetchProperties": "true"}),
        ("PUT", "/objects/{key}"): api.put("/objects/custom_objects.pet", json={
            **location, "labels": {"plural": "Animals"}, "searchableProperties": ["custom_objects.pet.name"]}),
        ("POST", "/objects/{schemaKey}/records"): record,
        ("GET", "/objects/{schemaKey}/records/{id}"): api.get(url),
        ("PUT", "/objects/{schemaKey}/records/{id}"): api.put(url, params=location, json={"properties": {"age": 4}}),
        ("POST", "/objects/{schemaKey}/records/search"): api.post("/objects/custom_objects.pet/records/search", json={
            **location, "page": 1, "pageLimit": 10, "query": "rex", "searchAfter": []}),
        ("DELETE", "/objects/{schemaKey}/records/{id}"): api.delete(url),
    }
    refused = api.get("/objects/custom_objects.nope", params=location)
    problems = [f"{method} {path} {answer.status_code}: {problem}"
                for (method, path), answer in [*answers.items(), (("GET", "/objects/{key}"), refused)]
                for problem in upstream.response_problems(SPEC, method, path, answer.status_code, answer.json())]
    assert problems == [], "\n".join(problems)
    assert all(answer.is_success for answer in answers.values()) and refused.status_code == 400
