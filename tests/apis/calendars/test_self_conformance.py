"""Every answer of the Calendars API matches the mock's own /openapi.json (what schemathesis checks
on random inputs, here on a realistic walk where every operation succeeds)."""

from __future__ import annotations

import jsonschema_rs

from mock_server.contracts.upstream import response_pointer
from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.walk import Recorder, assert_every_operation_succeeded, exercise_every_operation

OUR_DOCUMENT = "urn:ghl-mock:openapi"


def test_every_answer_matches_the_mocks_own_openapi_document(desk: Desk):
    document = desk.http.get("/openapi.json").json()
    registry = jsonschema_rs.Registry([(OUR_DOCUMENT, document)], draft=jsonschema_rs.Draft202012)
    recorder = Recorder(desk)
    exercise_every_operation(desk)
    assert_every_operation_succeeded(desk, recorder)
    problems = []
    for op, status, body in recorder.seen:
        validator = jsonschema_rs.Draft202012Validator(
            {"$ref": f"{OUR_DOCUMENT}#/{response_pointer(op.method, op.path, status)}"}, registry=registry)
        problems += [f"{op.method} {op.path} {status}: {e.message}" for e in validator.iter_errors(body)]
    assert problems == [], "\n".join(problems)
