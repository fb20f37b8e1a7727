"""The Calendars API against GHL's official calendars.json: every operation is declared with the
file's scopes and answers bodies its response schemas accept (minus the allowlisted file defects).

Skipped when the official files are absent (they are reference material, not part of the project).
"""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.walk import AREA, Recorder, assert_every_operation_succeeded, exercise_every_operation

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

METHODS = ("get", "post", "put", "delete", "patch")


def official_operations(spec_file: str) -> dict[tuple[str, str], dict]:
    paths = upstream.load_spec(spec_file)["paths"]
    return {(method.upper(), path): op for path, item in paths.items() for method, op in item.items()
            if method in METHODS}


def test_every_calendars_operation_is_declared_with_the_files_scopes(ghl_app):
    official = official_operations("calendars.json")
    ours = {(op.method, op.path): op for op in ghl_app.world.registry if op.spec_file == "calendars.json"}
    assert sorted(ours) == sorted(official)
    for key, op in ours.items():
        declared = sorted(s for requirement in official[key].get("security", []) for s in next(iter(
            requirement.values())))
        assert (op.operation_id, sorted(op.scopes)) == (official[key]["operationId"], declared), key
        assert str(op.status) in official[key]["responses"], key


def test_every_v3_only_operation_is_declared_with_the_v3_files_scopes(ghl_app):
    official = official_operations("v3/calendars-v3.json")
    ours = {(op.method, op.path): op for op in ghl_app.world.registry if op.spec_file == "v3/calendars-v3.json"}
    assert len(ours) == 18
    for key, op in ours.items():
        declared = sorted(s for requirement in official[key].get("security", []) for s in next(iter(
            requirement.values())))
        assert (op.operation_id, sorted(op.scopes)) == (official[key]["operationId"], declared), key
        assert str(op.status) in official[key]["responses"], key


def test_contact_appointments_is_declared_as_contacts_json_has_it(ghl_app):
    op = ghl_app.world.registry.find("GET", "/contacts/{contactId}/appointments")
    official = official_operations("contacts.json")[("GET", "/contacts/{contactId}/appointments")]
    assert (op.spec_file, op.operation_id, list(op.scopes)) == (
        "contacts.json", official["operationId"], official["security"][0]["bearer"])


def test_every_response_matches_the_official_schemas(desk: Desk):
    recorder = Recorder(desk)
    exercise_every_operation(desk)
    assert_every_operation_succeeded(recorder)
    problems = [f"{op.method} {op.path} {status}: {problem}"
                for op, status, body in recorder.seen if op in AREA
                and (status < 300 or status in (400, 404))
                for problem in upstream.response_problems(op.spec_file, op.method, op.path, status, body)]
    assert problems == [], "\n".join(problems)
    assert {status for _, status, _ in recorder.seen} >= {200, 201, 400}
