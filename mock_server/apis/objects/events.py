"""The Objects area's webhooks (../shared/design/webhooks.md): ObjectSchemaCreate/Update for custom objects,
RecordCreate/Update/Delete for custom-object records and businesses (written through either API).

Payloads follow the event docs: a schema as ``{id, labels, description, searchableProperties,
primaryDisplayProperty, key, objectType, createdAt, updatedAt}``; a record as ``{id, owners, followers,
properties: [{key, valueString}]}`` (DECISION: every value as a string, lists and objects as JSON, as the doc's
one property type says). The envelope adds ``type``, ``locationId`` and ``timestamp``.
"""

from __future__ import annotations

import json
from typing import Any

from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import Cause, EventType

_BUSINESS = {"schemaKey": "business"}
_NEW_BUSINESS = {"schemaKey": "business", "id": "$new:/businesses"}

OBJECT_SCHEMA_CREATE = EventType("ObjectSchemaCreate", caused_by=("create-custom-object-schema",),
                                 always=("id", "key", "labels"))
OBJECT_SCHEMA_UPDATE = EventType("ObjectSchemaUpdate", caused_by=(
    Cause("update-custom-object", path={"key": "$new:/objects"}),), always=("id", "key", "labels"))
# Businesses are records of the ``business`` object: the Businesses API's writes send the same events
# (sent by ``businesses.service`` with ``announce_record``).
RECORD_CREATE = EventType("RecordCreate", caused_by=(
    Cause("create-object-record", path=_BUSINESS, body={"properties": {"name": "Webhook business"}}),
    "create-business"), always=("id", "properties"))
RECORD_UPDATE = EventType("RecordUpdate", caused_by=(
    Cause("update-object-record", path=_NEW_BUSINESS, body={"properties": {"city": "Springfield"}}),
    "update-business"), always=("id", "properties"))
RECORD_DELETE = EventType("RecordDelete", caused_by=(Cause("delete-object-record", path=_NEW_BUSINESS),
                                                     "delete-Business"), always=("id",))

EVENTS = (OBJECT_SCHEMA_CREATE, OBJECT_SCHEMA_UPDATE, RECORD_CREATE, RECORD_UPDATE, RECORD_DELETE)


def announce_schema(tenant: Tenant, event: EventType, schema: dict[str, Any]) -> None:
    payload = {k: schema[k] for k in ("id", "labels", "description", "searchableProperties",
                                      "primaryDisplayProperty", "key") if schema.get(k) is not None}
    payload.update(objectType=schema["type"], createdAt=schema["dateAdded"], updatedAt=schema["dateUpdated"])
    tenant.emit(event, payload)


def announce_record(tenant: Tenant, event: EventType, record: dict[str, Any]) -> None:
    properties = [{"key": key, "valueString": value if isinstance(value, str) else json.dumps(value)}
                  for key, value in record["properties"].items()]
    tenant.emit(event, {"id": record["id"], "owners": list(record.get("owner") or ()),
                        "followers": list(record.get("followers") or ()), "properties": properties})
