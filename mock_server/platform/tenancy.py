"""Tenant enforcement: a token may only touch its own location (or, for an agency, its locations).

Checked after the scope (GHL answers a request failing both with the scope's 401) and before
validation. A request names tenants in three ways, all checked:
- a ``locationId`` / ``location_id`` / ``companyId`` (or ``altId`` with ``altType=location``) in the
  path, the query or the body, and ``locationIds`` lists in the body;
- a record id in the path: whoever owns that record is the tenant being touched (a contact of
  another location is another location's data, so its id gets the same 403).
Unknown ids pass through: the handler answers them with GHL's not-found error.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mock_server.platform.errors import Forbidden
from mock_server.platform.principal import Principal
from mock_server.platform.tenants import COMPANIES, LOCATIONS, TenantDirectory
from mock_server.store import GLOBAL, Store

NO_LOCATION_ACCESS = "The token does not have access to this location."
# DECISION: GHL's text for an agency id of another agency is not known; this mirrors the location one.
NO_COMPANY_ACCESS = "The token does not have access to this company."

LOCATION_KEYS = ("locationId", "location_id")
COMPANY_KEYS = ("companyId", "company_id")
_NAMING_KEYS = frozenset({*LOCATION_KEYS, *COMPANY_KEYS, "altType"})


def check_access(principal: Principal, store: Store, tenants: TenantDirectory, path: dict[str, str],
                 query: dict[str, Any], body: Any) -> None:
    for source in (path, query, body if isinstance(body, dict) else None):
        if not source or _NAMING_KEYS.isdisjoint(source):  # most sources name no tenant: nothing to look at
            continue
        for location_id in _named(source, LOCATION_KEYS, "location"):
            _ensure_location(principal, tenants, location_id)
        for company_id in _named(source, COMPANY_KEYS, "company"):
            _ensure_company(principal, company_id)
    if isinstance(body, dict) and isinstance(body.get("locationIds"), list):
        for location_id in body["locationIds"]:
            if isinstance(location_id, str):
                _ensure_location(principal, tenants, location_id)
    own = principal.tenant_id
    for value in path.values():
        owner = store.owner(value)
        if owner is None or owner[0] == own:  # unknown (the handler's not-found), or the caller's own record
            continue
        tenant, table = owner
        if tenant == GLOBAL:
            if table == LOCATIONS:
                _ensure_location(principal, tenants, value)
            elif table == COMPANIES:
                _ensure_company(principal, value)
        elif tenants.location_exists(tenant):
            _ensure_location(principal, tenants, tenant)
        elif tenants.company_exists(tenant):
            _ensure_company(principal, tenant)


def _named(source: dict[str, Any], keys: Iterable[str], alt_type: str) -> list[str]:
    found = [value for value in map(source.get, keys) if value and isinstance(value, str)]
    if "altType" in source and source["altType"] == alt_type and isinstance(source.get("altId"), str):
        found.append(source["altId"])
    return found


def _ensure_location(principal: Principal, tenants: TenantDirectory, location_id: str) -> None:
    if principal.user_type == "Location":
        allowed = location_id == principal.location_id
    else:
        allowed = tenants.location_exists(location_id) and \
            tenants.company_of_location(location_id) == principal.company_id
    if not allowed:
        raise Forbidden(NO_LOCATION_ACCESS)


def _ensure_company(principal: Principal, company_id: str) -> None:
    if company_id != principal.company_id:
        raise Forbidden(NO_COMPANY_ACCESS)
