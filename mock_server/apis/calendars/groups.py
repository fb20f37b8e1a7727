"""Calendar groups: a location's named, slugged sets of calendars, which can be switched off."""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, slugs, tables
from mock_server.platform.tenant_context import Tenant


def list_groups(tenant: Tenant) -> list[dict]:
    return [dict(g) for g in tenant.store.scan(tables.GROUPS)]


def create_group(tenant: Tenant, fields: dict[str, Any]) -> dict:
    slugs.ensure_free(tenant, tables.GROUPS, fields["slug"])
    group = {
        "id": tenant.new_id(),
        "locationId": tenant.location_id,
        "name": fields["name"],
        "description": fields["description"],
        "slug": fields["slug"],
        "isActive": fields.get("isActive", True),
    }
    return tenant.store.put(tables.GROUPS, group)


def update_group(tenant: Tenant, group_id: str, fields: dict[str, Any]) -> dict:
    group = lookups.group(tenant, group_id)
    slugs.ensure_free(tenant, tables.GROUPS, fields["slug"], except_id=group_id)
    group.update(name=fields["name"], description=fields["description"], slug=fields["slug"])
    return tenant.store.put(tables.GROUPS, group)


def set_active(tenant: Tenant, group_id: str, active: bool) -> None:
    """Enable or disable a group. A disabled group's calendars cannot be booked (see ``is_bookable``)."""
    group = lookups.group(tenant, group_id)
    group["isActive"] = active
    tenant.store.put(tables.GROUPS, group)


def delete_group(tenant: Tenant, group_id: str) -> None:
    """Delete a group; its slug is free again.

    DECISION: the group's calendars survive, detached from it (their ``groupId`` is removed), so
    no calendar ever names a group that no longer exists.
    """
    lookups.group(tenant, group_id)
    for calendar in tenant.store.find(tables.CALENDARS, "groupId", group_id):
        calendar.pop("groupId", None)
        tenant.store.put(tables.CALENDARS, calendar)
    tenant.delete(tables.GROUPS, group_id)


def slug_available(tenant: Tenant, slug: str) -> bool:
    return not slugs.is_taken(tenant, tables.GROUPS, slug)


def is_enabled(tenant: Tenant, group_id: str | None) -> bool:
    """Whether a calendar in ``group_id`` may take bookings: no group, or an active one."""
    if not group_id:
        return True
    group = tenant.store.get(tables.GROUPS, group_id)
    return group is None or group.get("isActive", True) is not False
