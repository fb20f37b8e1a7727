"""An operation declared with an ``@unwritten`` handler (what the scaffold writes): GHL's gate still applies,
then a GHL-shaped 501; it does not count as implemented anywhere the mock says what it serves."""

from __future__ import annotations

import pytest
from mock_server.contracts import coverage
from mock_server.contracts.probes import Planner

from mock_server.app import build_app
from mock_server.platform.area import Area
from mock_server.platform.call import Call
from mock_server.platform.models import BodyModel
from mock_server.platform.openapi import build_openapi
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import is_unwritten, unwritten
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant
from tests.unserved import lacking_areas, unserved_get

# An area of the test's own (a made-up file, so no real area ever claims its name or routes).
api = Api("gadgets.json", tag="Gadgets")


class GadgetBody(BodyModel):
    locationId: str
    name: str


@api.post("/gadgets/", "create-gadget", scopes="contacts.write", tokens=LOCATION, body=GadgetBody, status=201)
@unwritten
def create_gadget(call: Call) -> dict:
    ...


# Built without one area (tests/unserved.py), so that official operations the mock lacks exist beside the stub.
AREAS = lacking_areas().with_areas(Area("unwritten_gadgets", apis=(api,)))
REGISTRY = AREAS.registry


@pytest.fixture
def tenant():
    app = build_app(Settings(), areas=AREAS)
    tenant = GhlTenant(app, seed="unwritten")
    yield tenant
    tenant.close()
    app.world.close()


def test_an_unwritten_operation_answers_ghls_501(tenant):
    answer = tenant.client().post("/gadgets/", json={"locationId": tenant.location_id, "name": "Docs"})
    assert answer.status_code == 501
    body = answer.json()
    assert {k: body[k] for k in ("statusCode", "message", "error")} == {
        "statusCode": 501, "message": "create-gadget (gadgets.json) is not implemented by ghl-mock",
        "error": "Not Implemented"}
    assert body["traceId"]
    assert tenant.journal("create-gadget")[-1]["status"] == 501


def test_the_gate_comes_first(tenant):
    """Scopes, tenancy and validation are the declaration's: they answer before the missing handler does."""
    client = tenant.client(scopes=["contacts.readonly"])  # not contacts.write
    assert client.post("/gadgets/", json={"locationId": tenant.location_id, "name": "x"}).status_code == 401
    assert tenant.client().post("/gadgets/", json={"locationId": "someoneElse0000000000", "name": "x"}).status_code == 403
    invalid = tenant.client().post("/gadgets/", json={"locationId": tenant.location_id})
    assert invalid.status_code == 422 and invalid.json()["message"] == ["name must be a string"]


def test_it_is_not_counted_documented_or_probed_as_served():
    op = next(op for op in REGISTRY if op.operation_id == "create-gadget")
    assert is_unwritten(op) and op.key not in coverage.implemented_keys(REGISTRY)
    assert "/gadgets/" not in build_openapi(REGISTRY)["paths"]
    assert op not in Planner(REGISTRY).registry


def test_a_call_to_it_is_listed_with_the_operations_the_client_called_that_the_mock_lacks(tenant):
    tenant.client().post("/gadgets/", json={"locationId": tenant.location_id, "name": "Docs"})
    lacking = [v for v in tenant.violations() if v["kind"] == "unimplemented_operation"]
    assert [(v["operationId"], v["specFile"]) for v in lacking] == [("create-gadget", "gadgets.json")]


def test_it_answers_and_is_journaled_as_an_official_operation_no_area_declares(tenant):
    """One 501 for both: the scaffolded stub and an operation only the official index knows."""
    lacking = unserved_get()
    client = tenant.client()
    stub = client.post("/gadgets/", json={"locationId": tenant.location_id, "name": "Docs"})
    missing = client.get(lacking.path, params={"locationId": tenant.location_id})
    assert (stub.status_code, missing.status_code) == (501, 501)
    assert missing.json()["message"] == f"{lacking.operation_id} ({lacking.spec_file}) is not implemented by ghl-mock"
    assert stub.json().keys() == missing.json().keys() and stub.json()["error"] == missing.json()["error"]
    kinds = {(v["operationId"], v["kind"]) for v in tenant.violations()}
    assert kinds == {("create-gadget", "unimplemented_operation"), (lacking.operation_id, "unimplemented_operation")}
