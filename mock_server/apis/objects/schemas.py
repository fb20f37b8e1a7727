"""Object schemas: GHL's standard objects and the location's custom objects (``custom_objects.<key>``).

A custom object is made with its labels and its primary display property, a TEXT field made at the same
time in the ONE definition store (``apis/custom_fields``); its other fields are made through the Custom
Fields V2 API with its key as ``objectKey``. The standard objects (contact, opportunity, business) are
listed beside them, read-only.
"""

from __future__ import annotations

import re
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.custom_fields import definitions, object_keys
from mock_server.apis.locations.service import get_location
from mock_server.apis.objects import events
from mock_server.apis.objects.tables import CUSTOM_OBJECTS, OBJECT_NOT_FOUND
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

USER_DEFINED, SYSTEM_DEFINED = "USER_DEFINED", "SYSTEM_DEFINED"
# DECISION: the standard objects' labels and display properties are not documented; GHL's UI calls a
# business a Company. Their ids are their keys (as the standard associations' are).
STANDARD_OBJECTS: dict[str, dict[str, Any]] = {
    "contact": {"labels": {"singular": "Contact", "plural": "Contacts"}, "primaryDisplayProperty": "contact.name"},
    "opportunity": {"labels": {"singular": "Opportunity", "plural": "Opportunities"},
                    "primaryDisplayProperty": "opportunity.name"},
    "business": {"labels": {"singular": "Company", "plural": "Companies"}, "primaryDisplayProperty": "business.name"},
}
KEY = re.compile(r"^[a-z][a-z0-9_]*$")
# DECISION: the display property is a text field (GHL's UI offers text fields for it).
DISPLAY_TYPES = ("TEXT",)

# DECISION: GHL's texts for these refusals are not known.
KEY_TAKEN = "Custom object with key {key} already exists"
BAD_KEY = "key must be custom_objects.<lower-case letters, digits and underscores>: {key}"
BAD_DISPLAY_TYPE = f"primaryDisplayPropertyDetails.dataType must be one of the following values: {', '.join(DISPLAY_TYPES)}"
# DECISION: GHL's docs say record operations support business and custom objects; the others are refused.
NO_RECORDS_API = ("contact", "opportunity")
NOT_A_RECORD_OBJECT = "Records of {key} are not supported by the Objects API"
STANDARD_READ_ONLY = "Standard object {key} cannot be changed"
NOT_SEARCHABLE = "searchableProperties.{i} {key} is not a field of {object_key}"


def schema_key(raw: str) -> str:
    """``pet`` or ``custom_objects.pet`` -> ``custom_objects.pet``; standard keys as they are."""
    if raw in STANDARD_OBJECTS or raw.startswith(object_keys.CUSTOM_PREFIX):
        return raw
    return object_keys.CUSTOM_PREFIX + raw


def create_schema(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    key = schema_key(body["key"])
    if not KEY.match(key[len(object_keys.CUSTOM_PREFIX):]) or key in STANDARD_OBJECTS:
        raise Unprocessable([BAD_KEY.format(key=body["key"])])
    if tenant.store.ids_where(CUSTOM_OBJECTS, "key", key):
        raise BadRequest(KEY_TAKEN.format(key=key))
    display = body["primaryDisplayPropertyDetails"]
    if display["dataType"] not in DISPLAY_TYPES:
        raise Unprocessable([BAD_DISPLAY_TYPE])
    now = iso_z(tenant.now())
    schema = tenant.store.put(CUSTOM_OBJECTS, {
        "id": tenant.new_id(), "standard": False, "key": key, "labels": dict(body["labels"]),
        "locationId": tenant.location_id, "type": USER_DEFINED, "dateAdded": now, "dateUpdated": now,
        **({"description": body["description"]} if body.get("description") is not None else {})})
    field = definitions.create_field(tenant, object_key=key, name=display["name"], data_type=display["dataType"],
                                     field_key=display["key"])
    schema["primaryDisplayProperty"] = field["fieldKey"]
    schema["searchableProperties"] = [field["fieldKey"]]
    schema = tenant.store.put(CUSTOM_OBJECTS, schema)
    events.announce_schema(tenant, events.OBJECT_SCHEMA_CREATE, schema)
    return schema


def get_schema(tenant: Tenant, raw_key: str) -> dict[str, Any]:
    """A schema by key or id (GHL reads "by key / id"): a custom object, or a standard object's view; else 400."""
    key = schema_key(raw_key)
    if key in STANDARD_OBJECTS:
        return _standard(tenant, key)
    found = next(iter(tenant.store.find(CUSTOM_OBJECTS, "key", key)), None) or tenant.store.get(CUSTOM_OBJECTS,
                                                                                               raw_key)
    if found is None:
        raise BadRequest(OBJECT_NOT_FOUND)
    return found


def records_of(tenant: Tenant, raw_key: str) -> dict[str, Any]:
    """The schema whose records ``raw_key`` names: a custom object, or ``business`` (GHL's record operations
    support "business and custom objects"); contacts and opportunities have their own APIs (400)."""
    schema = get_schema(tenant, raw_key)
    if schema["key"] in NO_RECORDS_API:
        raise BadRequest(NOT_A_RECORD_OBJECT.format(key=schema["key"]))
    return schema


def list_schemas(tenant: Tenant) -> list[dict[str, Any]]:
    """The standard objects, then the location's custom objects in the order they were made."""
    return [_standard(tenant, k) for k in STANDARD_OBJECTS] + [dict(s) for s in tenant.store.scan(CUSTOM_OBJECTS)]


def update_schema(tenant: Tenant, raw_key: str, changes: dict[str, Any]) -> dict[str, Any]:
    schema = get_schema(tenant, raw_key)
    if schema["standard"]:
        raise BadRequest(STANDARD_READ_ONLY.format(key=schema["key"]))
    keys = definitions.by_key(tenant, schema["key"])
    problems = [NOT_SEARCHABLE.format(i=i, key=k, object_key=schema["key"])
                for i, k in enumerate(changes["searchableProperties"]) if k not in keys]
    if problems:
        raise BadRequest(problems[0])
    schema["searchableProperties"] = list(dict.fromkeys(keys[k]["fieldKey"] for k in changes["searchableProperties"]))
    for name, value in (changes.get("labels") or {}).items():
        if value is not None:
            schema["labels"][name] = value
    if "description" in changes:
        schema["description"] = changes["description"]
    schema["dateUpdated"] = iso_z(tenant.now())
    schema = tenant.store.put(CUSTOM_OBJECTS, schema)
    events.announce_schema(tenant, events.OBJECT_SCHEMA_UPDATE, schema)
    return schema


def _standard(tenant: Tenant, key: str) -> dict[str, Any]:
    since = get_location(tenant).get("dateAdded")  # a standard object is as old as its location
    return {"id": key, "standard": True, "key": key, "type": SYSTEM_DEFINED, "locationId": tenant.location_id,
            **STANDARD_OBJECTS[key], "searchableProperties": [STANDARD_OBJECTS[key]["primaryDisplayProperty"]],
            "dateAdded": since, "dateUpdated": since}
