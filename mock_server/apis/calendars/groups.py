"""Calendar groups: a location's named, slugged sets of calendars, which can be switched off."""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, slugs, tables
from mock_server.platform.world import World


def list_groups(world: World, location_id: str) -> list[dict]:
    return [dict(g) for g in world.store.scan(location_id, tables.GROUPS)]


def create_group(world: World, location_id: str, fields: dict[str, Any]) -> dict:
    slugs.ensure_free(world, location_id, tables.GROUPS, fields["slug"])
    group = {
        "id": lookups.new_id(world, location_id),
        "locationId": location_id,
        "name": fields["name"],
        "description": fields["description"],
        "slug": fields["slug"],
        "isActive": fields.get("isActive", True),
    }
    return world.store.put(location_id, tables.GROUPS, group)


def update_group(world: World, location_id: str, group_id: str, fields: dict[str, Any]) -> dict:
    group = lookups.group(world, location_id, group_id)
    slugs.ensure_free(world, location_id, tables.GROUPS, fields["slug"], except_id=group_id)
    group.update(name=fields["name"], description=fields["description"], slug=fields["slug"])
    return world.store.put(location_id, tables.GROUPS, group)


def set_active(world: World, location_id: str, group_id: str, active: bool) -> None:
    """Enable or disable a group. A disabled group's calendars cannot be booked (see ``is_bookable``)."""
    group = lookups.group(world, location_id, group_id)
    group["isActive"] = active
    world.store.put(location_id, tables.GROUPS, group)


def delete_group(world: World, location_id: str, group_id: str) -> None:
    """Delete a group; its slug is free again.

    DECISION: the group's calendars survive, detached from it (their ``groupId`` is removed), so
    no calendar ever names a group that no longer exists.
    """
    lookups.group(world, location_id, group_id)
    for calendar in world.store.find(location_id, tables.CALENDARS, "groupId", group_id):
        calendar.pop("groupId", None)
        world.store.put(location_id, tables.CALENDARS, calendar)
    world.store.delete(location_id, tables.GROUPS, group_id)


def slug_available(world: World, location_id: str, slug: str) -> bool:
    return not slugs.is_taken(world, location_id, tables.GROUPS, slug)


def is_enabled(world: World, location_id: str, group_id: str | None) -> bool:
    """Whether a calendar in ``group_id`` may take bookings: no group, or an active one."""
    if not group_id:
        return True
    group = world.store.get(location_id, tables.GROUPS, group_id)
    return group is None or group.get("isActive", True) is not False
