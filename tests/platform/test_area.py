"""An area is one declaration: a throwaway area, defined entirely in this module, works end to end.

Nothing outside this file knows about "gadgets": the app is built with the registered areas plus this one
(``build_app(areas=...)``), and its operations, table and index, not-found error, seed endpoint, cascade on
contacts, ``ghl`` factory and demo step all work through the HTTP API, as a client and the fixtures use them.
"""

from __future__ import annotations

from typing import Any

import pytest
from mock_server.fixtures.demo import DemoPlan, load_demo
from pydantic import Field

from mock_server.apis import REGISTERED
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.app import build_app
from mock_server.platform.area import Area, Seed, Table, delete_children
from mock_server.platform.call import Call
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel, ResponseModel
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.tenant_context import Tenant
from mock_server.settings import Settings
from mock_server.testing.factories import Factories
from mock_server.testing.tenant import GhlTenant

GADGETS, KINDS = "gadgets", "gadgetKinds"
GADGET_NOT_FOUND = "Gadget with id {id} not found"


# -- the domain ------------------------------------------------------------------------------------
def create_gadget(tenant: Tenant, contact_id: str, kind_id: str) -> dict[str, Any]:
    tenant.require(CONTACTS, contact_id)      # another area's table, with that area's not-found error
    tenant.require(KINDS, kind_id)
    return tenant.store.put(GADGETS, {"id": tenant.new_id(), "contactId": contact_id, "kindId": kind_id,
                                      "locationId": tenant.location_id, "madeAt": tenant.now().isoformat()})


def seed_kind(tenant: Tenant, body: KindSeed) -> dict[str, Any]:
    return tenant.store.put(KINDS, {"id": tenant.new_id(), "name": body.name})


# -- the operations --------------------------------------------------------------------------------
class KindSeed(BodyModel):
    name: str = Field(min_length=1)


class CreateGadgetBody(BodyModel):
    contactId: str
    kindId: str


class GadgetOut(ResponseModel):
    id: str
    contactId: str
    kindId: str


class GadgetsOut(ResponseModel):
    gadgets: list[GadgetOut]


api = Api("gadgets.json", tag="Gadgets")


@api.post("/gadgets/", "create-gadget", scopes="gadgets.write", tokens=LOCATION, body=CreateGadgetBody,
          response=GadgetOut, status=201)
def post_gadget(call: Call) -> dict:
    return create_gadget(call.tenant, call.body.contactId, call.body.kindId)


@api.get("/gadgets/{gadgetId}", "get-gadget", scopes="gadgets.readonly", tokens=LOCATION, response=GadgetOut)
def get_gadget(call: Call) -> dict:
    return call.tenant.require(GADGETS, call.path["gadgetId"])


@api.get("/contacts/{contactId}/gadgets", "get-contact-gadgets", scopes="gadgets.readonly", tokens=LOCATION,
         response=GadgetsOut)
def contact_gadgets(call: Call) -> dict:
    return {"gadgets": call.tenant.store.find(GADGETS, "contactId", call.path["contactId"])}


# -- the factory and the demo step ----------------------------------------------------------------
class GadgetFactories(Factories):
    def gadget(self, contact: dict | None = None, kind: str = "Widget") -> dict[str, Any]:
        """A gadget of ``contact`` (a new contact if none), of a freshly seeded kind."""
        with self.fake.draw("gadget-kind") as (faker, n):    # a body of the area's own, deterministic per test
            name = f"{kind} {faker.word()} {n}"
        kind_id = self.api("POST", f"/_mock/locations/{self.location_id}/gadget-kinds", {"name": name})["id"]
        contact_id = (contact or self.contact())["id"]
        return self.api("POST", "/gadgets/", {"contactId": contact_id, "kindId": kind_id}, what="ghl.gadget()")


def load_demo_gadgets(demo) -> None:
    kind = demo.seed(demo.main, "gadget-kinds", {"name": "Demo gadget"})["id"]
    for contact_id in demo.made["contacts"][:2]:
        demo.call("POST", "/gadgets/", token=demo.main_token, json={"contactId": contact_id, "kindId": kind})
    demo.summary["gadgets"] = 2


gadgets = Area(
    "gadgets",
    apis=(api,),
    tables=(Table(GADGETS, indexes=("contactId",), not_found=BadRequest(GADGET_NOT_FOUND)),
            Table(KINDS, not_found=BadRequest("Gadget kind not found"))),
    seeds=(Seed("POST", "/locations/{locationId}/gadget-kinds", seed_kind, body=KindSeed,
                doc='`{"name"}`: seed a gadget kind'),),
    cascades=(delete_children(CONTACTS, GADGETS, "contactId", "a contact's gadgets go with it"),),
    factories=f"{__name__}:GadgetFactories",
    demo=f"{__name__}:load_demo_gadgets",
)


@pytest.fixture(scope="module")
def app():
    app = build_app(Settings(bootstrap=False), areas=REGISTERED.with_areas(gadgets))
    yield app
    app.world.close()


@pytest.fixture
def ghl(app):
    tenant = GhlTenant(app, seed="a throwaway area")
    yield tenant
    tenant.close()


def test_the_areas_operations_table_seed_and_factory_work_through_the_api(ghl):
    client = ghl.client()
    gadget = ghl.gadget(kind="Sprocket")                      # the area's factory, on ghl, through its seed and API
    assert client.get(f"/gadgets/{gadget['id']}").json()["kindId"] == gadget["kindId"]
    listed = client.get(f"/contacts/{gadget['contactId']}/gadgets").json()["gadgets"]   # read through its index
    assert [g["id"] for g in listed] == [gadget["id"]]
    unknown = client.get("/gadgets/nope")
    assert unknown.status_code == 400 and unknown.json()["message"] == "Gadget with id nope not found"
    refused = client.post("/gadgets/", json={"contactId": "nobody", "kindId": gadget["kindId"]})
    assert refused.status_code == 400 and refused.json()["message"] == "Contact with id nobody not found"
    assert "gadgets.write" in ghl.world.tokens.all_scopes   # a token "with every scope" covers the new ones


def test_deleting_a_contact_takes_its_gadgets_along(ghl):
    client = ghl.client()
    gadget = ghl.gadget()
    other = ghl.gadget()
    assert client.delete(f"/contacts/{gadget['contactId']}").status_code == 200
    assert client.get(f"/gadgets/{gadget['id']}").status_code == 400
    assert client.get(f"/gadgets/{other['id']}").status_code == 200


def test_the_seed_endpoint_is_listed_and_refuses_what_the_others_refuse(ghl, app):
    client = ghl.client()
    listed = client.get("/_mock/seeds").json()["seeds"]
    assert {"method": "POST", "path": "/_mock/locations/{locationId}/gadget-kinds", "area": "gadgets"}.items() <= \
        next(s for s in listed if s["area"] == "gadgets").items()
    assert client.post(f"/_mock/locations/{ghl.location_id}/gadget-kinds", json={}).status_code == 422
    assert client.post("/_mock/locations/unknown/gadget-kinds", json={"name": "x"}).json()["message"] == \
        "Location not found"


def test_the_registered_areas_know_nothing_of_it():
    plain = build_app(Settings(bootstrap=False))
    try:
        tenant = GhlTenant(plain, seed="no gadgets here")
        assert not hasattr(tenant, "gadget")
        assert plain.world.registry.find("GET", "/gadgets/{gadgetId}") is None
        tenant.close()
    finally:
        plain.world.close()


def test_its_demo_step_runs_with_the_others():
    app = build_app(Settings(bootstrap=False), areas=REGISTERED.with_areas(gadgets))
    try:
        summary = load_demo(app.world, plan=DemoPlan(contacts=3, second_location_contacts=1, businesses=1,
                                                     calendars=1, opportunities=2, conversations=1, blog_posts=1))
        assert summary["gadgets"] == 2 and app.world.store.count(summary["mainLocationId"], GADGETS) == 2
    finally:
        app.world.close()
