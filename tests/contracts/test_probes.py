"""The contract walk's plan (``contracts/probes.py``): a resource family is created, read, updated by each of
its item path's PUT and PATCH, then deleted, with the walk's requests run against a mock serving the family."""

from __future__ import annotations

from typing import Any

import pytest
from mock_server.contracts.probes import Planner
from mock_server.contracts.sides import tenant_side
from mock_server.contracts.values import Ref
from mock_server.contracts.verify import Verifier

from mock_server.apis import REGISTERED
from mock_server.app import build_app
from mock_server.platform.area import Area, Table
from mock_server.platform.call import Call
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.operations import LOCATION, Api, Registry
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant

# A family of the test's own (a made-up file): its records remember every change the walk made to them.
WIDGETS = "probeWidgets"
api = Api("probe-widgets.json", tag="Widgets")


class CreateWidgetBody(BodyModel):
    locationId: str
    name: str


class ReplaceWidgetBody(BodyModel):
    name: str


class PatchWidgetBody(BodyModel):
    colour: str


def _changed(call: Call, how: str, fields: dict[str, Any]) -> dict:
    widget = call.tenant.require(WIDGETS, call.path["widgetId"])
    widget = call.tenant.store.put(WIDGETS, {**widget, **fields, "changes": [*widget["changes"], how]})
    return {"widget": widget}


@api.post("/probe-widgets/", "create-widget", scopes="contacts.write", tokens=LOCATION, body=CreateWidgetBody,
          status=201)
def create_widget(call: Call) -> dict:
    tenant = call.tenant
    return {"widget": tenant.store.put(WIDGETS, {"id": tenant.new_id(), "name": call.body.name, "changes": []})}


@api.get("/probe-widgets/{widgetId}", "get-widget", scopes="contacts.readonly", tokens=LOCATION)
def get_widget(call: Call) -> dict:
    return {"widget": call.tenant.require(WIDGETS, call.path["widgetId"])}


@api.put("/probe-widgets/{widgetId}", "replace-widget", scopes="contacts.write", tokens=LOCATION,
         body=ReplaceWidgetBody)
def replace_widget(call: Call) -> dict:
    return _changed(call, "PUT", {"name": call.body.name})


@api.operation("PATCH", "/probe-widgets/{widgetId}", "patch-widget", scopes="contacts.write", tokens=LOCATION,
               body=PatchWidgetBody)
def patch_widget(call: Call) -> dict:
    return _changed(call, "PATCH", {"colour": call.body.colour})


@api.delete("/probe-widgets/{widgetId}", "delete-widget", scopes="contacts.write", tokens=LOCATION)
def delete_widget(call: Call) -> dict:
    call.tenant.delete(WIDGETS, call.tenant.require(WIDGETS, call.path["widgetId"])["id"])
    return {"succeeded": True}


REGISTRY = Registry([api])
AREAS = REGISTERED.with_areas(Area("probe_widgets", apis=(api,), tables=(
    Table(WIDGETS, not_found=BadRequest("Widget with id {id} not found")),)))


def labels(plan) -> list[str]:
    return [probe.name for probe in plan]


def test_a_family_is_updated_by_its_put_and_its_patch_between_create_and_delete():
    plan = Planner(REGISTRY).plan(writes=True)
    names = labels(plan)
    create = names.index("POST /probe-widgets/: create")
    put = names.index("PUT /probe-widgets/{widgetId}: update")
    patch = names.index("PATCH /probe-widgets/{widgetId}: update")
    delete = names.index("DELETE /probe-widgets/{widgetId}: delete")
    assert create < put < patch < delete
    step = plan[patch].steps[0]
    assert step.path["widgetId"] == Ref("created", "/probe-widgets")  # the record this run created, no other
    assert step.body == {"colour": step.body["colour"]} and isinstance(step.body["colour"], str)
    assert step.expect_success and step.touches_created
    # each update runs once, as the family's update (not again as a stand-alone action)
    assert sum(name.startswith("PATCH /probe-widgets/{widgetId}:") for name in names) == 1


@pytest.fixture
def side():
    app = build_app(Settings(bootstrap=True), areas=AREAS)
    tenant = GhlTenant(app, seed="probe-widgets")
    side = tenant_side(tenant)
    yield side
    side.close()
    tenant.close()
    app.world.close()


def test_the_walk_patches_the_record_it_created_and_the_answer_is_the_patched_record(side):
    outcome = Verifier(REGISTRY, side, None, nonce="probes").run(writes=True)
    answered = {step.label: observed for step, observed in outcome.observed}
    assert not outcome.skipped, outcome.skipped
    patched = answered["PATCH /probe-widgets/{widgetId}: update"]
    assert patched.status == 200
    assert patched.payload["widget"]["changes"] == ["PUT", "PATCH"]  # after the PUT, on the same record
    assert patched.payload["widget"]["colour"]
    assert answered["GET /probe-widgets/{widgetId}: read after delete"].status == 400
    assert outcome.left_behind == []
