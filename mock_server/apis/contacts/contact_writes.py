"""The one way contacts are written: to the store, and noted for the cached listing orders."""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import orders
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.world import World


def put(world: World, location_id: str, contact: dict[str, Any]) -> dict[str, Any]:
    stored = world.store.put(location_id, CONTACTS, contact)
    orders.note_write(world, location_id, stored["id"])
    return stored


def delete(world: World, location_id: str, contact_id: str) -> None:
    if world.store.delete(location_id, CONTACTS, contact_id):
        orders.note_write(world, location_id, contact_id)
