"""Relations: two records linked under an association, first record of its first object kind, second of its second.

Both records must exist in the location and be of their side's kind (contacts, opportunities and businesses
are looked up in their areas, with those areas' errors). A pair is related once per association, and the
standard associations' limits hold (a contact has at most one business). Deleting any record removes its
relations (the cascade on every table that ``area.py`` declares).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mock_server.apis.associations import definitions, events
from mock_server.apis.associations.tables import RELATIONS
from mock_server.apis.businesses.service import get_business
from mock_server.apis.contacts.records import get_contact
from mock_server.apis.opportunities.records import get_opportunity
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

RECORD_READERS: dict[str, Callable[[Tenant, str], dict[str, Any]]] = {
    "contact": get_contact, "opportunity": get_opportunity, "business": get_business,
}
# DECISION: the mock has no custom object records yet (no Objects API): a custom object side's record id is
# taken as given. When custom objects arrive, their reader goes into RECORD_READERS.

# DECISION: GHL's texts for these refusals are not documented; the limit text is the one public
# integrations quote from GHL.
RELATION_NOT_FOUND = "Relation not found"
DUPLICATE_RELATION = "Relation already exists"
SELF_RELATION = "A record cannot be related to itself"
LIMIT_REACHED = "Max relation limit[{limit}] reached for record[{record_id}] for association[{association_id}]"
INTERNAL = ("recordIds",)


def create_relation(tenant: Tenant, association_id: str, first_id: str,
                    second_id: str) -> dict[str, Any]:
    association = definitions.get_association(tenant, association_id)
    if first_id == second_id:
        raise BadRequest(SELF_RELATION)
    for object_key, record_id in ((association["firstObjectKey"], first_id),
                                  (association["secondObjectKey"], second_id)):
        reader = RECORD_READERS.get(object_key)
        if reader is not None:
            reader(tenant, record_id)
    existing = _under(tenant, first_id, association_id)
    if any(r["firstRecordId"] == first_id and r["secondRecordId"] == second_id for r in existing):
        raise BadRequest(DUPLICATE_RELATION)
    _check_limit(association, first_id, sum(r["firstRecordId"] == first_id for r in existing), definitions.FIRST_MAX)
    seconds = _under(tenant, second_id, association_id)
    _check_limit(association, second_id, sum(r["secondRecordId"] == second_id for r in seconds),
                 definitions.SECOND_MAX)
    relation = {
        "id": tenant.new_id(), "locationId": tenant.location_id,
        "associationId": association["id"], "firstObjectKey": association["firstObjectKey"],
        "firstRecordId": first_id, "secondObjectKey": association["secondObjectKey"], "secondRecordId": second_id,
        "recordIds": [first_id, second_id],
    }
    stored = tenant.store.put(RELATIONS, relation)
    events.announce_relation(tenant, events.RELATION_CREATE, stored)
    return view(stored)


def relations_of(tenant: Tenant, record_id: str, *, skip: int, limit: int,
                 association_ids: list[str] | None = None) -> tuple[list[dict[str, Any]], int]:
    """A page of the record's relations (either side), oldest first, and how many there are in all."""
    found = tenant.store.find(RELATIONS, "recordIds", record_id)
    if association_ids:
        found = [r for r in found if r["associationId"] in association_ids]
    return [view(r) for r in found[skip:skip + limit]], len(found)


def delete_relation(tenant: Tenant, relation_id: str) -> dict[str, Any]:
    relation = tenant.require(RELATIONS, relation_id)
    tenant.delete(RELATIONS, relation_id)
    events.announce_relation(tenant, events.RELATION_DELETE, relation)
    return view(relation)


def view(relation: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in relation.items() if k not in INTERNAL}


def _under(tenant: Tenant, record_id: str, association_id: str) -> list[dict[str, Any]]:
    return [r for r in tenant.store.find(RELATIONS, "recordIds", record_id)
            if r["associationId"] == association_id]


def forget_records(tenant: Tenant, record_ids: list[str]) -> None:
    """Cascade of any deletion: every relation naming a deleted record (as its first or second) goes too."""
    for record_id in record_ids:
        for relation_id in sorted(tenant.store.ids_where(RELATIONS, "recordIds", record_id)):
            tenant.delete(RELATIONS, relation_id)


def _check_limit(association: dict[str, Any], record_id: str, count: int, limit_name: str) -> None:
    limit = association.get(limit_name)
    if limit is not None and count >= limit:
        raise BadRequest(LIMIT_REACHED.format(limit=limit, record_id=record_id, association_id=association["id"]))
