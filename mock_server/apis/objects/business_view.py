"""A business as a record of the standard ``business`` object: the view both the Businesses API (its Record* events)
and the Objects API (``business_records.py``) answer with. It reads only tables and field definitions, so the
businesses domain can use it without importing the objects area's domain.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.businesses.tables import BUSINESSES
from mock_server.apis.custom_fields import definitions
from mock_server.platform.tenant_context import Tenant

OBJECT_KEY = "business"
STANDARD = ("name", "phone", "email", "website", "address", "city", "state", "postalCode", "country", "description")


def all_as_records(tenant: Tenant) -> list[dict[str, Any]]:
    names = _short_keys(tenant)
    return [_record(b, names) for b in tenant.store.scan(BUSINESSES)]


def as_record(tenant: Tenant, business: dict[str, Any]) -> dict[str, Any]:
    return _record(business, _short_keys(tenant))


def _record(business: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    properties = {k: business[k] for k in STANDARD if business.get(k) is not None}
    properties.update({names[v["id"]]: v["value"] for v in business.get("customFields") or () if v["id"] in names})
    written = {"channel": "API", "source": "PUBLIC_API", "sourceId": business["locationId"]}
    return {"id": business["id"], "locationId": business["locationId"], "objectId": OBJECT_KEY,
            "objectKey": OBJECT_KEY, "owner": [], "followers": [], "properties": properties,
            "createdAt": business["createdAt"], "updatedAt": business["updatedAt"],
            "createdBy": {**written, "createdAt": business["createdAt"]},
            "lastUpdatedBy": {**written, "createdAt": business["updatedAt"]}}


def _short_keys(tenant: Tenant) -> dict[str, str]:
    return {f["id"]: definitions.short_key(f) for f in definitions.fields_of(tenant, OBJECT_KEY)}
