"""Every answer of the Calendars API matches the mock's own /openapi.json (what schemathesis checks
on random inputs, here on a realistic walk where every operation succeeds)."""

from __future__ import annotations

from mock_server.contracts.schemas import ResponseSchemas

from tests.apis.calendars.conftest import Desk
from tests.apis.calendars.walk import Recorder, assert_every_operation_succeeded, exercise_every_operation


def test_every_answer_matches_the_mocks_own_openapi_document(desk: Desk):
    own = ResponseSchemas(desk.ghl.world.registry)  # no official files: the mock's own document
    recorder = Recorder(desk)
    exercise_every_operation(desk)
    assert_every_operation_succeeded(recorder)
    problems = [f"{op.method} {op.path} {status}: {problem}" for op, status, body in recorder.seen
                for problem, _ in own.problems(op, status, body)]
    assert problems == [], "\n".join(problems)
