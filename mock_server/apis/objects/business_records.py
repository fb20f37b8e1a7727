"""Businesses answered as records of the standard ``business`` object, where GHL's Objects API serves them.

GHL's record operations support "business and custom objects": a business read, made, changed, deleted or
searched through ``/objects/business/records...`` is the same business the Businesses API keeps
(``businesses.service``, which sends its Record* events whichever API wrote it). Its standard fields are properties by their names (``name``, ``email`` ...); its
custom fields (object key ``business``) are properties by short key, stored on the business as
``customFields: [{"id", "value"}]`` (as GHL's business reads show them), checked as every value is.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.businesses import service
from mock_server.apis.businesses.tables import BUSINESSES
from mock_server.apis.contacts import custom_values
from mock_server.apis.objects.business_view import OBJECT_KEY, STANDARD, as_record
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

NAME_REQUIRED = "properties.name is required: it is the primary display property of business"


def create(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    standard, custom = _split(tenant, body.get("properties") or {})
    if not standard.get("name"):
        raise Unprocessable([NAME_REQUIRED])
    if custom:
        standard["customFields"] = custom_values.merge([], custom)
    return as_record(tenant, service.create_business(tenant, standard))


def get(tenant: Tenant, business_id: str) -> dict[str, Any]:
    return as_record(tenant, service.get_business(tenant, business_id))


def update(tenant: Tenant, business_id: str, body: dict[str, Any]) -> dict[str, Any]:
    given = body.get("properties") or {}
    if "name" in given and not given["name"]:
        raise Unprocessable([NAME_REQUIRED])
    standard, custom = _split(tenant, given)
    if custom:
        current = service.get_business(tenant, business_id).get("customFields") or []
        standard["customFields"] = custom_values.merge(current, custom)
    return as_record(tenant, service.update_business(tenant, business_id, standard))


def delete(tenant: Tenant, business_id: str) -> None:
    service.delete_business(tenant, business_id)


def _split(tenant: Tenant, properties: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The standard fields given, and the custom values resolved (a 422 naming every bad one)."""
    standard = {k: v for k, v in properties.items() if k in STANDARD}
    bad = [f"properties.{k} must be a string" for k, v in standard.items() if v is not None and not isinstance(v, str)]
    if bad:
        raise Unprocessable(bad)
    custom = [{"key": k, "value": v} for k, v in properties.items() if k not in STANDARD]
    return standard, custom_values.resolve(tenant, custom, OBJECT_KEY) if custom else []


def standard_fields() -> dict[str, dict[str, Any]]:
    """The standard properties as text fields, so searches filter and sort on them as on custom ones."""
    return {name: {"id": name, "dataType": "TEXT", "fieldKey": f"{OBJECT_KEY}.{name}", "objectKey": OBJECT_KEY}
            for name in STANDARD}


def forget_fields(tenant: Tenant, field_ids: list[str]) -> None:
    """Cascade of deleted custom-field definitions: their values leave every business."""
    gone = set(field_ids)
    for business in tenant.store.scan(BUSINESSES):
        changed = custom_values.without_values(business, gone)
        if changed is not None:
            tenant.store.put(BUSINESSES, changed)
