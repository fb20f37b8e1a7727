"""The Associations API against GHL's official associations.json: every operation of the file is declared,
and answers bodies its response schemas accept (minus the allowlisted file defects,
mock_server/apis/associations/upstream.py). Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

SPEC = "associations.json"


def test_every_operation_of_the_file_is_declared(ghl_app):
    """The area serves the whole file (operationIds, scopes and statuses: tests/contracts/test_upstream.py)."""
    assert upstream.undeclared(SPEC, ghl_app.world.registry) == []


def test_every_answer_matches_the_official_schemas(ghl):
    api, location = ghl.client(), {"locationId": ghl.location_id}
    contact, friend = ghl.contact(), ghl.contact()
    created = api.post("/associations/", json={**location, "key": "friends", "firstObjectKey": "contact",
                                               "firstObjectLabel": "Friend", "secondObjectKey": "contact",
                                               "secondObjectLabel": "Friend"})
    association_id = created.json()["id"]
    related = api.post("/associations/relations", json={**location, "associationId": association_id,
                                                        "firstRecordId": contact["id"], "secondRecordId": friend["id"]})
    answers = {
        ("POST", "/associations/"): created,
        ("GET", "/associations/"): api.get("/associations/", params={**location, "skip": 0, "limit": 10}),
        ("GET", "/associations/{associationId}"): api.get(f"/associations/{association_id}"),
        ("GET", "/associations/key/{key_name}"): api.get("/associations/key/friends", params=location),
        ("GET", "/associations/objectKey/{objectKey}"): api.get("/associations/objectKey/contact", params=location),
        ("PUT", "/associations/{associationId}"): api.put(f"/associations/{association_id}", json={
            "firstObjectLabel": "Pal", "secondObjectLabel": "Pal"}),
        ("POST", "/associations/relations"): related,
        ("GET", "/associations/relations/{recordId}"): api.get(f"/associations/relations/{contact['id']}",
                                                               params={**location, "skip": 0, "limit": 10}),
        ("DELETE", "/associations/relations/{relationId}"): api.delete(
            f"/associations/relations/{related.json()['id']}", params=location),
        ("DELETE", "/associations/{associationId}"): api.delete(f"/associations/{association_id}"),
    }
    refused = api.get("/associations/key/nothing", params=location)
    problems = [f"{method} {path} {answer.status_code}: {problem}"
                for (method, path), answer in [*answers.items(), (("GET", "/associations/key/{key_name}"), refused)]
                for problem in upstream.response_problems(SPEC, method, path, answer.status_code, answer.json())]
    assert problems == [], "\n".join(problems)
    assert all(answer.is_success for answer in answers.values()) and refused.status_code == 400
