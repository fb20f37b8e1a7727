"""Locations (sub-accounts): creation, reads, search, and their custom-field definitions.

Location records live in the global tenant (they *are* tenants); everything a location owns lives
in the tenant named by its id.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z, page
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenants import COMPANIES, LOCATIONS
from mock_server.platform.world import World
from mock_server.store import GLOBAL

CUSTOM_FIELDS = "customFields"
# DECISION: GHL requires a time zone in its UI but not in POST /locations/; calendars need one.
DEFAULT_TIMEZONE = "America/New_York"
DEFAULT_SETTINGS = {
    "allowDuplicateContact": False,  # GHL's default: duplicates are refused
    "allowDuplicateOpportunity": False,
    "allowFacebookNameMerge": False,
    "disableContactTimezone": False,
}
LOCATION_NOT_FOUND = "Location not found"


def create_location(world: World, *, company_id: str, name: str, timezone: str | None = None,
                    location_id: str | None = None, **fields: Any) -> dict[str, Any]:
    if world.store.get(GLOBAL, COMPANIES, company_id) is None:
        raise BadRequest("Company not found")
    settings = {**DEFAULT_SETTINGS, **(fields.pop("settings", None) or {})}
    for transient in ("prospectInfo", "twilio", "mailgun", "snapshotId"):
        fields.pop(transient, None)  # accepted, stored nowhere the API would show
    location = {
        "id": location_id or world.new_id(company_id),
        "companyId": company_id,
        "name": name,
        "timezone": timezone or DEFAULT_TIMEZONE,
        "settings": settings,
        "social": fields.pop("social", None) or {},
        "business": {"name": name, "timezone": timezone or DEFAULT_TIMEZONE},
        "dateAdded": iso_z(world.now(company_id)),
        **{k: v for k, v in fields.items() if v is not None},
    }
    return world.store.put(GLOBAL, LOCATIONS, location)


def get_location(world: World, location_id: str) -> dict[str, Any]:
    location = world.store.get(GLOBAL, LOCATIONS, location_id)
    if location is None:
        raise BadRequest(LOCATION_NOT_FOUND)
    return location


def update_settings(world: World, location_id: str, settings: dict[str, Any]) -> dict[str, Any]:
    """Change some of the location's settings (``allowDuplicateContact`` ...); the others stay."""
    location = get_location(world, location_id)
    location["settings"] = {**DEFAULT_SETTINGS, **(location.get("settings") or {}), **settings}
    return world.store.put(GLOBAL, LOCATIONS, location)


def location_timezone(world: World, location_id: str) -> str:
    return get_location(world, location_id).get("timezone") or DEFAULT_TIMEZONE


def search_locations(world: World, *, company_id: str, only_location: str | None, skip: str, limit: str,
                     order: str, email: str | None) -> list[dict[str, Any]]:
    found = [loc for loc in world.store.scan(GLOBAL, LOCATIONS) if loc.get("companyId") == company_id]
    if only_location is not None:
        found = [loc for loc in found if loc["id"] == only_location]
    if email:
        found = [loc for loc in found if (loc.get("email") or "").lower() == email.lower()]
    found.sort(key=lambda loc: (loc.get("name") or "").lower(), reverse=order == "desc")
    return [dict(loc) for loc in page(found, skip, limit, 10)]


def list_custom_fields(world: World, location_id: str, model: str | None) -> list[dict[str, Any]]:
    fields = world.store.scan(location_id, CUSTOM_FIELDS)
    if model in ("contact", "opportunity"):
        fields = [f for f in fields if f.get("model", "contact") == model]
    return sorted((dict(f) for f in fields), key=lambda f: f.get("position", 0))
