"""Records of custom objects: properties checked against the object's fields, owner and followers.

``properties`` name fields by their key, short (``breed``) or full (``custom_objects.pet.breed``), and are
kept and answered by short key. Each value is checked by the field's data type (``custom_fields/values.py``,
the rule contacts follow too); an unknown property or a wrong value is refused with a 422 naming every
problem, and nothing is written. A record's primary display property is required when it is made.
Owner and followers are users of the location (``users.location_users``).

Deleting a record removes its relations (the associations area's cascade on every table). Businesses are
records of the standard ``business`` object here, kept by the businesses area (``business_records.py``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.custom_fields import definitions
from mock_server.apis.custom_fields.values import typed
from mock_server.apis.objects import business_records, events, schemas
from mock_server.apis.objects.tables import RECORDS
from mock_server.apis.users import location_users
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# Internal: "<short key>\x1f<value>" of each scalar property (lower-cased text), indexed, so an equality
# filter on any property is answered from the store's index. Never answered.
PROPERTY_INDEX = "propertyIndex"
# DECISION: GHL's record writes say who wrote them; the mock's API writes say the public API.
WRITTEN_BY_API = {"channel": "API", "source": "PUBLIC_API"}

# DECISION: GHL's texts for these refusals are not known; class-validator's style, naming the property.
UNKNOWN_PROPERTY = "properties.{key} is not a field of {object_key}"
WRONG_VALUE = "properties.{key} {problem}"
DISPLAY_REQUIRED = "properties.{key} is required: it is the primary display property of {object_key}"
NOT_THIS_OBJECT = "Record {id} is not a record of {object_key}"


def create_record(tenant: Tenant, object_key: str, body: dict[str, Any]) -> dict[str, Any]:
    schema = schemas.records_of(tenant, object_key)
    if schema["key"] == business_records.OBJECT_KEY:
        return business_records.create(tenant, body)  # the businesses domain sends RecordCreate
    made = create_checked(tenant, schema, definitions.by_key(tenant, schema["key"]), body)
    events.announce_record(tenant, events.RECORD_CREATE, made)
    return made


def create_checked(tenant: Tenant, schema: dict[str, Any], fields: dict[str, dict[str, Any]],
                   body: dict[str, Any]) -> dict[str, Any]:
    """A record of ``schema`` (a custom object) whose ``fields`` (``definitions.by_key``) the caller read once."""
    properties = _checked(schema, fields, body.get("properties") or {}, {})
    display = definitions.short_key_of(schema["primaryDisplayProperty"], schema["key"])
    if properties.get(display) is None:
        raise Unprocessable([DISPLAY_REQUIRED.format(key=display, object_key=schema["key"])])
    people = _people(tenant, body)
    now = iso_z(tenant.now())
    written = {**WRITTEN_BY_API, "sourceId": tenant.location_id, "createdAt": now}
    record = {"id": tenant.new_id(), "locationId": tenant.location_id, "objectId": schema["id"],
              "objectKey": schema["key"], "owner": [], "followers": [], **people, "properties": properties,
              "createdAt": now, "updatedAt": now, "createdBy": written, "lastUpdatedBy": written}
    return _save(tenant, record)


def get_record(tenant: Tenant, object_key: str, record_id: str) -> dict[str, Any]:
    schema = schemas.records_of(tenant, object_key)
    if schema["key"] == business_records.OBJECT_KEY:
        return business_records.get(tenant, record_id)
    record = tenant.require(RECORDS, record_id)
    if record["objectKey"] != schema["key"]:
        raise BadRequest(NOT_THIS_OBJECT.format(id=record_id, object_key=schema["key"]))
    return record


def find_record(tenant: Tenant, record_id: str) -> dict[str, Any]:
    """Any custom-object record of the location by id (relations check theirs through this)."""
    return tenant.require(RECORDS, record_id)


def update_record(tenant: Tenant, object_key: str, record_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """Change the properties named (null clears one; the display property cannot be cleared), owner, followers."""
    schema = schemas.records_of(tenant, object_key)
    if schema["key"] == business_records.OBJECT_KEY:
        return business_records.update(tenant, record_id, body)  # the businesses domain sends RecordUpdate
    record = get_record(tenant, object_key, record_id)
    record["properties"] = _checked(schema, definitions.by_key(tenant, schema["key"]), body.get("properties") or {},
                                    record["properties"])
    display = definitions.short_key_of(schema["primaryDisplayProperty"], schema["key"])
    if record["properties"].get(display) is None:
        raise Unprocessable([DISPLAY_REQUIRED.format(key=display, object_key=schema["key"])])
    record.update(_people(tenant, body))
    now = iso_z(tenant.now())
    record["updatedAt"] = now
    record["lastUpdatedBy"] = {**WRITTEN_BY_API, "sourceId": tenant.location_id, "createdAt": now}
    record = _save(tenant, record)
    events.announce_record(tenant, events.RECORD_UPDATE, record)
    return record


def delete_record(tenant: Tenant, object_key: str, record_id: str) -> None:
    record = get_record(tenant, object_key, record_id)
    if record["objectKey"] == business_records.OBJECT_KEY:
        business_records.delete(tenant, record_id)  # the businesses domain sends RecordDelete
        return
    tenant.delete(RECORDS, record_id)
    events.announce_record(tenant, events.RECORD_DELETE, record)


def view(record: dict[str, Any]) -> dict[str, Any]:
    """GHL's record: both its by-id names (dateAdded/dateUpdated) and its search names (createdAt/updatedAt)."""
    out = {k: v for k, v in record.items() if k != PROPERTY_INDEX}
    out["dateAdded"], out["dateUpdated"] = record["createdAt"], record["updatedAt"]
    return out


def forget_fields(tenant: Tenant, field_ids: list[str]) -> None:
    """Cascade of deleted custom-field definitions: their values leave every record (none stays readable)."""
    # The definitions are gone: what they named is in the deleted ids only, so look every object's keys up.
    live = {}
    for record in tenant.store.scan(RECORDS):
        keys = live.get(record["objectKey"])
        if keys is None:
            keys = live[record["objectKey"]] = {definitions.short_key(f) for f in
                                                 definitions.fields_of(tenant, record["objectKey"])}
        stale = set(record["properties"]) - keys
        if stale:
            _save(tenant, {**record, "properties": {k: v for k, v in record["properties"].items()
                                                     if k not in stale}})


def index_value(short: str, value: Any) -> str | None:
    """How an equality on ``short`` = ``value`` is looked up in the property index (None: not indexable)."""
    if isinstance(value, bool):
        return f"{short}\x1f{value}"
    if isinstance(value, (int, float)):
        return f"{short}\x1f{float(value)!r}"
    if isinstance(value, str):
        return f"{short}\x1f{value.lower()}"
    return None


def _save(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    keys = []
    for short, value in record["properties"].items():
        for item in value if isinstance(value, list) else (value,):
            key = index_value(short, item)
            if key is not None:
                keys.append(key)
    record[PROPERTY_INDEX] = keys
    return tenant.store.put(RECORDS, record)


def _checked(schema: dict[str, Any], fields: dict[str, dict[str, Any]], given: dict[str, Any],
             current: dict[str, Any]) -> dict[str, Any]:
    """``current`` with ``given`` applied, each value checked; a 422 listing every problem."""
    properties = dict(current)
    problems = []
    for key, raw in given.items():
        field = fields.get(key)
        if field is None:
            problems.append(UNKNOWN_PROPERTY.format(key=key, object_key=schema["key"]))
            continue
        short = definitions.short_key(field)
        if raw in (None, "", []):
            properties.pop(short, None)
            continue
        value, problem = typed(field, raw)
        if problem:
            problems.append(WRONG_VALUE.format(key=key, problem=problem))
        else:
            properties[short] = value
    if problems:
        raise Unprocessable(problems)
    return properties


def _people(tenant: Tenant, body: dict[str, Any]) -> dict[str, list[str]]:
    people = {}
    for name in ("owner", "followers"):
        if body.get(name) is not None:
            location_users.ensure_location_users(tenant, body[name])
            people[name] = list(dict.fromkeys(body[name]))
    return people


def epoch_ms(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
