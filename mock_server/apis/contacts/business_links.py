"""Contacts linked to a business (``contact.businessId``): the bulk link/unlink, and unlinking all
contacts of a deleted business."""

from __future__ import annotations

from mock_server.apis.businesses import service as businesses
from mock_server.apis.contacts import records
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.tenant_context import Tenant


def link_contacts(tenant: Tenant, contact_ids: list[str], business_id: str | None) -> list[str]:
    """Link the location's contacts among ``contact_ids`` to the business (``None`` unlinks them).

    Ids that are not contacts of the location are left out of the answer's ``ids``.
    """
    if business_id is not None:
        businesses.get_business(tenant, business_id)
    updated: list[str] = []
    for contact_id in dict.fromkeys(contact_ids):
        contact = tenant.store.get(CONTACTS, contact_id)
        if contact is None:
            continue
        if business_id is None:
            contact.pop("businessId", None)
        else:
            contact["businessId"] = business_id
        records.save(tenant, contact)
        updated.append(contact_id)
    return updated


def unlink_businesses(tenant: Tenant, business_ids: list[str]) -> None:
    """Cascade of deleted businesses: DECISION: their contacts stay, no longer linked to them."""
    for business_id in business_ids:
        for contact in tenant.store.find(CONTACTS, "businessId", business_id):
            contact.pop("businessId", None)
            records.save(tenant, contact)
