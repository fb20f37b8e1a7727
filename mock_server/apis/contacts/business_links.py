"""Contacts linked to a business (``contact.businessId``): the bulk link/unlink, and unlinking all
contacts of a deleted business."""

from __future__ import annotations

from mock_server.apis.businesses import service as businesses
from mock_server.apis.contacts import records
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.world import World


def link_contacts(world: World, location_id: str, contact_ids: list[str], business_id: str | None) -> list[str]:
    """Link the location's contacts among ``contact_ids`` to the business (``None`` unlinks them).

    Ids that are not contacts of the location are left out of the answer's ``ids``.
    """
    if business_id is not None:
        businesses.get_business(world, location_id, business_id)
    updated: list[str] = []
    for contact_id in dict.fromkeys(contact_ids):
        contact = world.store.get(location_id, CONTACTS, contact_id)
        if contact is None:
            continue
        if business_id is None:
            contact.pop("businessId", None)
        else:
            contact["businessId"] = business_id
        records.save(world, location_id, contact)
        updated.append(contact_id)
    return updated


def unlink_business(world: World, location_id: str, business_id: str) -> None:
    for contact in world.store.find(location_id, CONTACTS, "businessId", business_id):
        contact.pop("businessId", None)
        records.save(world, location_id, contact)
