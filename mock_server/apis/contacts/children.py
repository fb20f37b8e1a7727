"""What tasks and notes share: records of a table in the location's tenant that belong to one contact."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mock_server.apis.contacts import records
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant


def get_child(tenant: Tenant, table: str, contact_id: str, child_id: str,
              not_found: str) -> dict[str, Any]:
    """The contact's record ``child_id``; 400 ``not_found`` when it is unknown or another contact's."""
    records.get_contact(tenant, contact_id)
    child = tenant.store.get(table, child_id)
    if child is None or child.get("contactId") != contact_id:
        raise BadRequest(not_found)
    return child


def apply(child: dict[str, Any], changes: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """Write the changes to ``fields`` into ``child`` (None clears a field)."""
    allowed = set(fields)
    for key, value in changes.items():
        if key not in allowed:
            continue
        if value is None:
            child.pop(key, None)
        else:
            child[key] = value
    return child
