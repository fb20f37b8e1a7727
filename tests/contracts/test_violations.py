"""Checking any client: every kind of contract violation is detected and listed, in both modes.

strict: the mock refuses like GHL. record: ignorable violations are only recorded and the request
proceeds; violations that make processing impossible (wrong type, missing field, bad value) still get
GHL's 422, and are recorded too. Everything goes through HTTP, control plane included.
"""

from __future__ import annotations

import itertools

import httpx
import pytest

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import BASE_URL, GhlTenant
from mock_server.testing.transport import InProcessTransport
from tests.unserved import lacking_areas, unserved_get

_emails = itertools.count(1)


@pytest.fixture(scope="module")
def app():
    app = build_app(Settings(bootstrap=False), areas=lacking_areas())  # a mock that lacks official operations
    yield app
    app.world.close()


@pytest.fixture(params=["strict", "record"])
def mode(request, app) -> str:
    control = httpx.Client(transport=InProcessTransport(app), base_url=BASE_URL)
    assert control.put("/_mock/contract-mode", json={"mode": request.param}).json() == {"mode": request.param}
    yield request.param
    control.put("/_mock/contract-mode", json={"mode": "strict"})


@pytest.fixture
def tenant(app, request):
    tenant = GhlTenant(app, seed=request.node.nodeid)
    yield tenant
    tenant.close()


def violations(app, tenant) -> list[dict]:
    control = httpx.Client(transport=InProcessTransport(app), base_url=BASE_URL)
    return control.get("/_mock/violations", params={"locationId": tenant.location_id}).json()["violations"]


def new_user(tenant, **changes) -> dict:
    body = {"companyId": tenant.company_id, "firstName": "Ada", "lastName": "Lovelace",
            "email": f"ada{next(_emails)}@example.com", "password": "s3cret!", "type": "account", "role": "user",
            "locationIds": [tenant.location_id]}
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


def only(found: list[dict], kind: str) -> dict:
    matching = [v for v in found if v["kind"] == kind]
    assert len(matching) == 1, found
    return matching[0]


def test_missing_version(app, mode, tenant):
    client = tenant.client()
    del client.headers["Version"]
    answer = client.get(f"/locations/{tenant.location_id}")
    if mode == "strict":
        assert answer.status_code == 401
        assert answer.json()["message"] == "version header was not found."
    else:
        assert answer.status_code == 200
    v = only(violations(app, tenant), "missing_version")
    assert (v["field"], v["operationId"], v["specFile"]) == ("Version", "get-location", "locations.json")


def test_unknown_version(app, mode, tenant):
    answer = tenant.client(version="2099-01-01").get(f"/locations/{tenant.location_id}")
    assert answer.status_code == (401 if mode == "strict" else 200)
    v = only(violations(app, tenant), "unknown_version")
    assert (v["field"], v["operationId"]) == ("Version", "get-location")


def test_unknown_body_property(app, mode, tenant):
    answer = tenant.client().post("/users/", json=new_user(tenant, nickname="Countess"))
    if mode == "strict":
        assert answer.status_code == 422
        assert answer.json()["message"] == ["property nickname should not exist"]
    else:
        assert answer.status_code == 201
        assert "nickname" not in answer.json()
    v = only(violations(app, tenant), "unknown_body_property")
    assert (v["field"], v["operationId"]) == ("nickname", "create-user")


def test_wrong_type_is_refused_in_both_modes(app, mode, tenant):
    answer = tenant.client().post("/users/", json=new_user(tenant, firstName=42))
    assert answer.status_code == 422
    assert answer.json()["message"] == ["firstName must be a string"]
    v = only(violations(app, tenant), "wrong_type")
    assert (v["field"], v["operationId"]) == ("firstName", "create-user")


def test_missing_required_field_is_refused_in_both_modes(app, mode, tenant):
    answer = tenant.client().post("/users/", json=new_user(tenant, lastName=None))
    assert answer.status_code == 422
    assert "lastName must be a string" in answer.json()["message"]
    v = only(violations(app, tenant), "missing_required")
    assert (v["field"], v["operationId"]) == ("lastName", "create-user")


def test_invalid_value_is_refused_in_both_modes(app, mode, tenant):
    answer = tenant.client().post("/users/", json=new_user(tenant, role="boss"))
    assert answer.status_code == 422
    v = only(violations(app, tenant), "invalid_value")
    assert v["field"] == "role"


@pytest.mark.parametrize("path", ["/users/search", "/locations/{locationId}"])
def test_undeclared_query_parameter(app, mode, tenant, path):
    """Operations with a query model and without one (where every parameter is undeclared)."""
    url = path.format(locationId=tenant.location_id)
    answer = tenant.client().get(url, params={"companyId": tenant.company_id, "colour": "blue"}
                                 if "search" in path else {"colour": "blue"})
    if mode == "strict":
        assert answer.status_code == 422
        assert "property colour should not exist" in answer.json()["message"]
    else:
        assert answer.status_code == 200
    v = only(violations(app, tenant), "undeclared_query_parameter")
    assert v["field"] == "colour"


def test_wrong_content_type(app, mode, tenant):
    body = httpx.Request("POST", "/", json=new_user(tenant)).content
    answer = tenant.client().post("/users/", content=body, headers={"Content-Type": "text/plain"})
    if mode == "strict":
        assert answer.status_code == 400
        assert "Content-Type" in answer.json()["message"]
    else:
        assert answer.status_code == 201
    v = only(violations(app, tenant), "wrong_content_type")
    assert (v["field"], v["operationId"]) == ("Content-Type", "create-user")


def test_deprecated_operation_is_served_and_recorded(app, mode, tenant):
    answer = tenant.client().get("/users/", params={"locationId": tenant.location_id})
    assert answer.status_code == 200
    assert [u["id"] for u in answer.json()["users"]] == [tenant.user_id]
    v = only(violations(app, tenant), "deprecated_operation")
    assert v["operationId"] == "get-user-by-location"


def test_a_clean_request_records_nothing(app, mode, tenant):
    assert tenant.client().get(f"/locations/{tenant.location_id}").status_code == 200
    assert violations(app, tenant) == []


def test_violations_can_be_cleared_per_location(app, mode, tenant):
    tenant.client(version="nope").get(f"/locations/{tenant.location_id}")
    control = httpx.Client(transport=InProcessTransport(app), base_url=BASE_URL)
    cleared = control.delete("/_mock/violations", params={"locationId": tenant.location_id}).json()
    assert cleared == {"cleared": 1}
    assert violations(app, tenant) == []


def test_an_official_operation_the_mock_lacks_is_answered_501_and_recorded(app, mode, tenant):
    route = unserved_get()
    answer = tenant.client().get(route.path, params={"locationId": tenant.location_id})
    assert answer.status_code == 501  # in record mode too: there is no answer to give
    assert answer.json()["message"] == f"{route.operation_id} ({route.spec_file}) is not implemented by ghl-mock"
    v = only(violations(app, tenant), "unimplemented_operation")
    assert (v["operationId"], v["specFile"], v["path"]) == (route.operation_id, route.spec_file, route.path)


def test_the_version_is_checked_before_the_501(app, mode, tenant):
    """DECISION (pipeline.py): the checks the official file declares for every request come first."""
    route = unserved_get()
    answer = tenant.client(version="2099-01-01").get(route.path)
    found = violations(app, tenant)
    assert only(found, "unknown_version")["operationId"] == route.operation_id
    if mode == "strict":
        assert answer.status_code == 401 and answer.json()["message"] == "version header is invalid"
        assert [v["kind"] for v in found] == ["unknown_version"]
    else:
        assert answer.status_code == 501
        assert only(found, "unimplemented_operation")["operationId"] == route.operation_id
