"""The services catalog (v3): what a location offers for booking, who gives it, for how long and at what price.

A service's ``staff`` are users of the location; its duration and buffers shape the time a booking of it
holds (``service_bookings``). Variations are named alternatives with their own duration and price.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, tables
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known; they follow the calendars' "<Thing> not found".
SERVICE_NOT_FOUND = "Service not found"
DELETED = "Service deleted successfully"
NAME_REQUIRED = "variations.name should not be empty"
VARIATION_NOT_FOUND = "Variation not found"
SLUG_TAKEN = "Slug already exists"
# DECISION: a service that says nothing takes 30 minutes with no buffers and costs 0 (the file: "default
# amount is 0"), like a calendar's default slot; it is public.
DEFAULTS: dict[str, Any] = {"serviceDuration": 30, "serviceDurationUnit": "mins", "preBuffer": 0,
                            "preBufferUnit": "mins", "postBuffer": 0, "postBufferUnit": "mins",
                            "payment": {"amount": 0}, "isPrivate": False, "variations": []}
# The fields ServiceResponseDTO lists (what the record keeps beside them stays out of answers).
ANSWER_FIELDS = ("id", "locationId", "name", "description", "slug", "eventColor", "coverImage", "serviceCategoryId",
                 "payment", "serviceDuration", "serviceDurationUnit", "preBuffer", "preBufferUnit", "postBuffer",
                 "postBufferUnit", "isPrivate", "formId", "variations", "staff")


def answer(service: dict) -> dict:
    return {key: service[key] for key in ANSWER_FIELDS if key in service}


def list_services(tenant: Tenant, *, category_id: str | None, private: bool | None) -> list[dict]:
    found = (tenant.store.find(tables.SERVICES, "serviceCategoryId", category_id) if category_id
             else tenant.store.scan(tables.SERVICES))
    return [service for service in found if private is None or service["isPrivate"] is private]  # oldest first


def get_service(tenant: Tenant, service_id: str) -> dict:
    return tenant.require(tables.SERVICES, service_id)


def create_service(tenant: Tenant, fields: dict[str, Any]) -> dict:
    _check(tenant, fields, own_id=None)
    stamp = iso_z(tenant.now())
    service = {**DEFAULTS, "id": tenant.new_id(), "locationId": tenant.location_id,
               "serviceCategoryId": fields.get("serviceCategoryId") or default_category(tenant),
               "dateAdded": stamp, "dateUpdated": stamp}
    service.update({key: value for key, value in fields.items()
                    if value is not None and key not in ("locationId", "variations")})
    service["variations"] = _variations(tenant, [], fields.get("variations") or [])
    return tenant.store.put(tables.SERVICES, service)


def update_service(tenant: Tenant, service_id: str, changes: dict[str, Any]) -> dict:
    service = get_service(tenant, service_id)
    _check(tenant, changes, own_id=service_id)
    service.update({key: value for key, value in changes.items() if value is not None and key != "variations"})
    if changes.get("variations") is not None:
        service["variations"] = _variations(tenant, service["variations"], changes["variations"])
    service["dateUpdated"] = iso_z(tenant.now())
    return tenant.store.put(tables.SERVICES, service)


def delete_service(tenant: Tenant, service_id: str) -> None:
    """DECISION: bookings of a deleted service keep it (each booked service is a copy of its times and
    staff); it can no longer be booked."""
    get_service(tenant, service_id)
    tenant.delete(tables.SERVICES, service_id)


def default_category(tenant: Tenant) -> str:
    """The location's default service category, made on first use.

    DECISION: categories are managed in GHL's UI only (no operation lists or creates them): a service that
    names none gets the location's default, whose id is kept in its own table; a named one is taken as is.
    """
    found = tenant.store.scan(tables.SERVICE_CATEGORIES)
    if found:
        return found[0]["id"]
    return tenant.store.put(tables.SERVICE_CATEGORIES, {"id": tenant.new_id(), "name": "Default"})["id"]


def _check(tenant: Tenant, fields: dict[str, Any], *, own_id: str | None) -> None:
    """Staff (each a user of the location; the model wants at least one) and a slug no other service has."""
    if fields.get("staff") is not None:
        lookups.ensure_location_users(tenant, [member["id"] for member in fields["staff"]])
    if fields.get("slug") is not None and tenant.store.ids_where(tables.SERVICES, "slug", fields["slug"]) - {own_id}:
        raise BadRequest(SLUG_TAKEN)


def _variations(tenant: Tenant, current: list[dict], sent: list[dict]) -> list[dict]:
    """The file's rule: the list replaces the current one; an entry with an id changes that variation, one
    without is new (and needs a name)."""
    known = {variation["id"]: variation for variation in current}
    result = []
    for item in sent:
        if item.get("id") is None:
            if not item.get("name"):
                raise BadRequest(NAME_REQUIRED)
            result.append({**{k: v for k, v in item.items() if v is not None}, "id": tenant.new_id()})
        elif item["id"] in known:
            result.append({**known[item["id"]], **{k: v for k, v in item.items() if v is not None}})
        else:
            raise BadRequest(VARIATION_NOT_FOUND)
    return result
