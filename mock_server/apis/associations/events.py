"""The Associations area's webhooks: a location's own associations and the relations made under them.

DECISION: relations under GHL's standard business-contact association send nothing (GHL issue #276: live, no
RelationCreate/RelationDelete for them); the other standard one (opportunity-contact) sends them like any.
The standard associations cannot change, so they send no Association* event. Relations an association's (or
a record's) deletion takes with it send nothing; bodies carry no ``type`` in GHL's examples, the envelope
adds it (``webhooks/oddities.py``).
"""

from __future__ import annotations

from typing import Any

from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import Cause, EventType

SILENT_ASSOCIATIONS = frozenset({"BUSINESSES_CONTACTS_ASSOCIATION"})

_OWN = "$new:/associations"  # an association the test makes (GHL's standard ones cannot change)
_NEW_ASSOCIATION = Cause("POST /associations/", body={
    "key": "webhook_test_link", "firstObjectKey": "contact", "firstObjectLabel": "Contact",
    "secondObjectKey": "custom_objects.webhook_test", "secondObjectLabel": "Webhook test"})
_NEW_RELATION = Cause("create-relation", body={"associationId": _OWN, "firstRecordId": "$contactId",
                                               "secondRecordId": "webhookTestRecord001"})

ASSOCIATION_CREATE = EventType("AssociationCreate", caused_by=(_NEW_ASSOCIATION,), always=("id", "key"))
ASSOCIATION_UPDATE = EventType("AssociationUpdate", caused_by=(
    Cause("update-association", path={"associationId": _OWN}),), always=("id", "key"))
ASSOCIATION_DELETE = EventType("AssociationDelete", caused_by=(
    Cause("delete-association", path={"associationId": _OWN}),), always=("id", "key"))
RELATION_CREATE = EventType("RelationCreate", caused_by=(_NEW_RELATION,), always=("id", "associationId"))
RELATION_DELETE = EventType("RelationDelete", caused_by=(
    Cause("delete-relation", path={"relationId": "$new:/associations/relations"}),), always=("id", "associationId"))

EVENTS = (ASSOCIATION_CREATE, ASSOCIATION_UPDATE, ASSOCIATION_DELETE, RELATION_CREATE, RELATION_DELETE)

_ASSOCIATION_FIELDS = ("id", "associationType", "firstObjectKey", "firstObjectLabel", "secondObjectKey",
                       "secondObjectLabel", "key")
_RELATION_FIELDS = ("id", "firstObjectKey", "firstRecordId", "secondObjectKey", "secondRecordId", "associationId")


def association_payload(association: dict[str, Any]) -> dict[str, Any]:
    return {name: association[name] for name in _ASSOCIATION_FIELDS if association.get(name) is not None}


def announce_relation(tenant: Tenant, event: EventType, relation: dict[str, Any]) -> None:
    if relation["associationId"] not in SILENT_ASSOCIATIONS:
        tenant.emit(event, {name: relation[name] for name in _RELATION_FIELDS if relation.get(name) is not None})
