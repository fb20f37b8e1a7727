"""Locations (sub-accounts): creation, reads, search.

Location records live in the global tenant (they *are* tenants); everything a location owns lives
in the tenant named by its id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mock_server.apis.formats import iso_z, page
from mock_server.apis.locations import events
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import COMPANIES, LOCATIONS

if TYPE_CHECKING:  # the sandbox's own location is written at start-up, before the models are imported
    from mock_server.apis.locations.models import LocationSettings

# DECISION: GHL requires a time zone in its UI but not in POST /locations/; calendars need one.
DEFAULT_TIMEZONE = "America/New_York"
DEFAULT_SETTINGS = {
    "allowDuplicateContact": False,  # GHL's default: duplicates are refused
    "allowDuplicateOpportunity": False,
    "allowFacebookNameMerge": False,
    "disableContactTimezone": False,
}
LOCATION_NOT_FOUND = "Location not found"


def create_location(agency: Tenant, *, name: str, timezone: str | None = None, location_id: str | None = None,
                    **fields: Any) -> dict[str, Any]:
    """A new location of ``agency``'s company (400 ``Company not found`` when that company is unknown)."""
    agency.require(COMPANIES, agency.company_id)
    settings = {**DEFAULT_SETTINGS, **(fields.pop("settings", None) or {})}
    for transient in ("prospectInfo", "twilio", "mailgun", "snapshotId"):
        fields.pop(transient, None)  # accepted, stored nowhere the API would show
    location = {
        "id": location_id or agency.new_id(),
        "companyId": agency.company_id,
        "name": name,
        "timezone": timezone or DEFAULT_TIMEZONE,
        "settings": settings,
        # A null link is one not given: GHL's LocationSocial answers strings only.
        "social": {k: v for k, v in (fields.pop("social", None) or {}).items() if v is not None},
        "business": {"name": name, "timezone": timezone or DEFAULT_TIMEZONE},
        "dateAdded": iso_z(agency.now()),
        **{k: v for k, v in fields.items() if v is not None},
    }
    stored = agency.global_store.put(LOCATIONS, location)
    agency.agency.emit(events.LOCATION_CREATE, events.payload(stored))
    return stored


def get_location(tenant: Tenant) -> dict[str, Any]:
    """The record of the location ``tenant`` is bound to."""
    return tenant.require(LOCATIONS, tenant.location_id or "")


def update_settings(tenant: Tenant, settings: dict[str, Any]) -> dict[str, Any]:
    """Change some of the location's settings (``allowDuplicateContact`` ...); the others stay."""
    location = get_location(tenant)
    location["settings"] = {**DEFAULT_SETTINGS, **(location.get("settings") or {}), **settings}
    return tenant.global_store.put(LOCATIONS, location)


def seed_settings(tenant: Tenant, body: LocationSettings) -> dict[str, Any]:
    """``PUT /_mock/locations/{locationId}/settings``: the settings sent (nulls ignored) change, the others stay."""
    from mock_server.platform.models import sent_fields

    location = update_settings(tenant, {k: v for k, v in sent_fields(body).items() if v is not None})
    return {"locationId": location["id"], "settings": location["settings"]}


def location_timezone(tenant: Tenant) -> str:
    return get_location(tenant).get("timezone") or DEFAULT_TIMEZONE


def search_locations(tenant: Tenant, *, skip: str, limit: str, order: str, email: str | None) -> list[dict[str, Any]]:
    """The agency's locations; a tenant bound to a location (a sub-account token) sees only that one."""
    found = [loc for loc in tenant.global_store.scan(LOCATIONS) if loc.get("companyId") == tenant.company_id]
    if tenant.location_id is not None:
        found = [loc for loc in found if loc["id"] == tenant.location_id]
    if email:
        found = [loc for loc in found if (loc.get("email") or "").lower() == email.lower()]
    found.sort(key=lambda loc: (loc.get("name") or "").lower(), reverse=order == "desc")
    return [dict(loc) for loc in page(found, skip, limit, 10)]

