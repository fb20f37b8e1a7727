"""Generated from the registry, not a hand list: every operation refuses a token without its scope
with GHL's 401, and a token of another location (or agency) with GHL's 403."""

from __future__ import annotations

from typing import Any

import pytest

from mock_server.apis import build_registry
from mock_server.platform.operations import Operation
from mock_server.platform.validation import known_fields
from mock_server.testing.tenant import GhlTenant

# These tests call every operation, deprecated ones included (the plugin records that as a violation).
pytestmark = pytest.mark.ghl_allow_violations("deprecated_operation")

REGISTRY = build_registry()
SECURED = [op for op in REGISTRY if not op.public]
SCOPE_401 = "The token is not authorized for this scope."
TENANT_403 = "The token does not have access to this location."
COMPANY_403 = "The token does not have access to this company."


def _ids(op: Operation) -> str:
    return f"{op.method} {op.path}"


def _token_class(op: Operation) -> bool:
    """True when the operation should be called with an agency token."""
    return "Location" not in op.tokens


def _request(op: Operation, target: GhlTenant) -> dict[str, Any]:
    """A request aimed at ``target``'s data: its ids wherever the operation names a tenant or a record."""
    path = op.path
    for name in op.path_params:
        value = {"companyId": target.company_id, "userId": target.user_id}.get(name, target.location_id)
        path = path.replace("{" + name + "}", value)
    refs = {"locationId": target.location_id, "location_id": target.location_id, "companyId": target.company_id,
            "company_id": target.company_id, "locationIds": [target.location_id],
            "altId": target.location_id, "altType": "location"}  # altId + altType=location: the commerce files' way
    query = {k: v for k, v in refs.items() if op.query is not None and k in known_fields(op.query) and k != "locationIds"}
    body = {k: v for k, v in refs.items() if op.body is not None and _body_fields(op) and k in _body_fields(op)}
    request: dict[str, Any] = {"method": op.method, "url": path, "params": query}
    if op.body is not None:
        if op.body_media_types[0] == "application/x-www-form-urlencoded":
            request["data"] = body
        elif op.body_media_types[0] == "multipart/form-data":  # every form field, as text parts
            request["files"] = {name: (None, str(body.get(name, ""))) for name in _body_fields(op)}
        else:
            request["json"] = body
    return request


def _body_fields(op: Operation) -> frozenset[str]:
    try:
        return known_fields(op.body)
    except Exception:  # a bare-array body names no tenant fields
        return frozenset()


def _names_a_tenant(op: Operation) -> bool:
    req_fields = set(op.path_params)
    if op.query is not None:
        req_fields |= set(known_fields(op.query))
    if op.body is not None:
        req_fields |= set(_body_fields(op))
    return bool(req_fields & {"locationId", "location_id", "companyId", "company_id", "locationIds"}
                or {"altId", "altType"} <= req_fields or op.path_params)


# An operation the official file gives no scope (GET /links/id/{linkId}) takes any token of its class.
@pytest.mark.parametrize("op", [op for op in SECURED if op.scopes], ids=_ids)
def test_a_token_without_the_operations_scope_gets_401(op: Operation, ghl: GhlTenant):
    other_scopes = [s for s in REGISTRY.scopes() if s not in op.scopes]
    client = ghl.client(scopes=other_scopes, agency=_token_class(op))
    response = client.request(**_request(op, ghl))
    assert response.status_code == 401, response.text
    assert response.json()["message"] == SCOPE_401


@pytest.mark.parametrize("op", [op for op in SECURED if _names_a_tenant(op)], ids=_ids)
def test_a_token_of_another_tenant_gets_403(op: Operation, ghl: GhlTenant, ghl_app):
    owner = GhlTenant(ghl_app, seed=f"owner-of-{op.operation_id}")
    try:
        client = ghl.client(agency=_token_class(op))  # every scope, but ghl's own tenant
        response = client.request(**_request(op, owner))
        assert response.status_code == 403, response.text
        assert response.json()["message"] in (TENANT_403, COMPANY_403)
    finally:
        owner.close()


# Operations whose official body names no tenant, only records of the token's location by id (contactId,
# conversationId): another tenant's record is not found there (400, nothing written); each area tests that.
# A custom menu is the token's agency's; the locations it names are checked by its area (403).
# A Marketplace app's charges listing and funds check name nothing: they read the token's own location.
NAMES_RECORDS_ONLY = {
    "GET /marketplace/billing/charges":
        "tests/apis/marketplace/test_charges.py::test_the_listing_filters_pages_and_counts_the_apps_own_charges",
    "GET /marketplace/billing/charges/has-funds":
        "tests/apis/marketplace/test_charges.py::test_has_funds_follows_the_wallet_balance",
    "POST /custom-menus/": "tests/apis/custom_menus/test_custom_menus.py::test_menus_belong_to_their_agency",
    "POST /conversations/messages": "tests/apis/conversations/test_messages.py",
    "POST /conversations/messages/inbound": "tests/apis/conversations/test_messages.py",
    "POST /conversations/messages/outbound": "tests/apis/conversations/test_messages.py",
    "PATCH /invoices/stats/last-visited-at": "tests/apis/invoices/test_invoices.py",
    "PATCH /invoices/estimate/stats/last-visited-at": "tests/apis/invoices/test_estimates.py",
    "POST /medias/upload-file": "tests/apis/medias/test_library.py::test_another_locations_folder_is_not_found",
}


def test_every_secured_operation_names_its_tenant():
    """If an operation names no tenant at all, the 403 test above cannot reach it: list them loudly."""
    assert [_ids(op) for op in SECURED if not _names_a_tenant(op) and _ids(op) not in NAMES_RECORDS_ONLY] == []


def test_scope_is_checked_before_tenant(ghl: GhlTenant, ghl_app):
    """GHL answers a request failing both checks with the scope's 401."""
    other = GhlTenant(ghl_app, seed="scope-before-tenant")
    try:
        client = ghl.client(scopes=["users.readonly"])
        response = client.get(f"/locations/{other.location_id}")
        assert response.status_code == 401
        assert response.json()["message"] == SCOPE_401
    finally:
        other.close()
