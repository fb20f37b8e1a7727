"""No relation outlives its records: the areas that delete contacts, opportunities and businesses call this.

Kept free of other areas' imports, so that contacts, opportunities and businesses can import it.
"""

from __future__ import annotations

from collections.abc import Iterable

from mock_server.apis.associations.tables import RELATIONS
from mock_server.platform.world import World


def forget_records(world: World, location_id: str, record_ids: Iterable[str]) -> None:
    """Delete every relation naming one of ``record_ids`` (as its first or second record)."""
    for record_id in record_ids:
        for relation_id in world.store.ids_where(location_id, RELATIONS, "recordIds", record_id):
            world.store.delete(location_id, RELATIONS, relation_id)
