"""The one way contacts are written: to the store, and noted for the cached listing orders.

Deleting one also runs the cascades the areas declare on contacts (``tenant.deleted``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import orders
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.tenant_context import Tenant


def put(tenant: Tenant, contact: dict[str, Any]) -> dict[str, Any]:
    stored = tenant.store.put(CONTACTS, contact)
    orders.note_write(tenant, stored["id"])
    return stored


def delete(tenant: Tenant, contact_id: str) -> None:
    if tenant.store.delete(CONTACTS, contact_id):
        orders.note_write(tenant, contact_id)
        tenant.deleted(CONTACTS, [contact_id])
