"""The upstream response checker: official schemas, $refs into common-schemas.json, the allowlist."""

from __future__ import annotations

import pytest

from mock_server.contracts import upstream
from mock_server.contracts.upstream_allowlist import DEFECTS, Defect

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

GROUP = {"id": "g1", "locationId": "l1", "name": "Sales", "description": "", "slug": "sales", "isActive": True}


def test_a_conforming_body_has_no_problems():
    assert upstream.response_problems("calendars.json", "GET", "/calendars/groups", 200, {"groups": [GROUP]}) == []


def test_wrong_types_and_missing_fields_are_reported_by_where_they_are():
    body = {"groups": [{**GROUP, "name": 3}]}
    del body["groups"][0]["locationId"]
    assert upstream.response_problems("calendars.json", "GET", "/calendars/groups", 200, body) == [
        'groups.0.locationId: "locationId" is a required property', 'groups.0.name: 3 is not of type "string"']


def test_refs_into_the_common_schemas_resolve():
    path = "/calendars/groups"
    assert upstream.response_problems("calendars.json", "POST", path, 400, {"statusCode": 400, "message": "x"}) == []
    assert upstream.response_problems("calendars.json", "POST", path, 400, {"statusCode": "400"}) == [
        'statusCode: "400" is not of type "number"']


def test_undeclared_responses_and_operations_are_problems():
    assert upstream.response_problems("calendars.json", "POST", "/calendars/groups", 422, {}) == [
        "calendars.json declares no 422 response for POST /calendars/groups"]
    assert upstream.response_problems("calendars.json", "GET", "/nowhere", 200, {}) == [
        "GET /nowhere is not in calendars.json"]


def test_only_allowlisted_defects_are_ignored():
    body = {"2026-03-02": {"slots": []}, "traceId": "t"}
    path = "/calendars/{calendarId}/free-slots"
    assert upstream.response_problems("calendars.json", "GET", path, 200, body) == []
    assert upstream.response_problems("calendars.json", "GET", path, 200, body, defects=()) == [
        'traceId: "t" is not of type "object"']
    assert upstream.response_problems("calendars.json", "GET", path, 200, {"2026-03-02": "x"}) == [
        '2026-03-02: "x" is not of type "object"']


def test_every_defect_says_why_and_names_a_real_operation():
    for defect in DEFECTS:
        assert isinstance(defect, Defect) and len(defect.reason) > 20
        assert upstream.operation(defect.spec_file, defect.method, defect.path) is not None, defect


def test_the_files_are_found_through_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(upstream.ENV_VAR, str(upstream.spec_root().parent))
    assert upstream.spec_root() is not None
    monkeypatch.setenv(upstream.ENV_VAR, str(tmp_path))
    assert upstream.spec_root() in (None, upstream._REPO_ROOT.parent / "shared" / "ghl-reference" / "apps")
