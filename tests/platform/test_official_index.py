"""Every official GHL operation the mock does not implement answers GHL-shaped 501 naming it.

Generated from the shipped index (no official files needed). "Not implemented" is read from the
registry: an official operation is implemented when some registered operation (or alias) has its
method and path shape. The mock serves every official operation today, so the 501s are checked on a mock
built without one area (tests/unserved.py): its official operations are those that mock lacks.
"""

from __future__ import annotations

import re

import pytest

from mock_server.apis import build_registry
from mock_server.platform.official_index import official_routes
from mock_server.platform.routing import OperationRouter, shape
from tests.unserved import WITHHELD, lacking_areas

_LACKING_AREAS = lacking_areas()
_IMPLEMENTED = {(op.method, shape(path)) for op in _LACKING_AREAS.registry for path in op.paths}
LACKING = [route for route in official_routes() if (route.method, shape(route.path)) not in _IMPLEMENTED]


@pytest.fixture(scope="module")
def ghl_app(ghl_settings):
    """This module's mock lacks the withheld area's official operations."""
    from mock_server.app import build_app

    app = build_app(ghl_settings, areas=lacking_areas())
    yield app
    app.world.close()


def _concrete(template: str) -> str:
    """The template with every parameter filled by a value no literal segment of any route equals."""
    count = iter(range(1, 100))
    return re.sub(r"{[^}]+}", lambda _: f"zQ9param{next(count)}", template)


def test_the_index_covers_v2_and_v3_only_operations_and_the_lacking_mock_lacks_its_withheld_area():
    files = {route.spec_file for route in official_routes()}
    assert "contacts.json" in files and "v3/chat-widget-v3.json" in files
    assert LACKING and {route.spec_file for route in LACKING} == {"v3/chat-widget-v3.json"}, WITHHELD


@pytest.mark.ghl_allow_violations("unimplemented_operation")
@pytest.mark.parametrize("spec_file", sorted({route.spec_file for route in LACKING}))
def test_every_official_operation_the_mock_lacks_answers_501(ghl, ghl_client, spec_file):
    """One test per official file (a test per operation would cost more in pytest than in the mock)."""
    wrong = []
    for route in [r for r in LACKING if r.spec_file == spec_file]:
        path = _concrete(route.path).rstrip("/")
        expected = {"statusCode": 501, "message": f"{route.operation_id} ({spec_file}) is not implemented by ghl-mock",
                    "error": "Not Implemented"}
        for spelling in (path, path + "/"):  # collection roots are written both ways
            answer = ghl_client.request(route.method, spelling)
            body = answer.json()
            if answer.status_code != 501 or {k: v for k, v in body.items() if k != "traceId"} != expected \
                    or not body.get("traceId"):
                wrong.append(f"{route.method} {spelling}: {answer.status_code} {answer.text}")
        journaled = ghl.journal(route.operation_id)
        if [(e["status"], e["specFile"], e["method"]) for e in journaled] != [(501, spec_file, route.method)] * 2:
            wrong.append(f"{route.method} {route.path}: journal {journaled}")
    assert not wrong, "\n".join(wrong)
    assert {v["kind"] for v in ghl.violations()} == {"unimplemented_operation"}


def test_no_official_literal_segment_is_taken_for_one_of_our_parameters():
    """Each official operation's path reaches a route of its own shape: the mock's operation serving that path,
    or the official one's 501. A literal the official file spells (``/contacts/{id}/campaigns/remove-all``)
    never reaches a handler of ours that reads it as a parameter (``/contacts/{id}/campaigns/{campaignId}``)."""
    router = OperationRouter(build_registry(), official_routes())
    swallowed = []
    for route in official_routes():
        matched, _ = router.match(route.method, _concrete(route.path))
        if not any(shape(path) == shape(route.path) for path in matched.paths):
            swallowed.append(f"{route.method} {route.path} ({route.spec_file}) reaches {matched!r}")
    assert swallowed == []


def test_the_guard_sees_a_literal_taken_for_a_parameter():
    """Without the official index's routes (nor our alias), remove-all would reach the single removal."""
    ops = [op for op in build_registry() if op.operation_id != "remove-contact-from-every-campaign"]
    matched, params = OperationRouter(ops).match("DELETE", "/contacts/c1/campaigns/remove-all")
    assert (matched.operation_id, params["campaignId"]) == ("remove-contact-from-campaign", "remove-all")
    assert shape(matched.path) != shape("/contacts/{contactId}/campaigns/remove-all")

