"""An agency's snapshots (``type`` ``own`` or ``imported``), created through the control plane
(``POST /_mock/companies/{companyId}/snapshots``) or by fixtures."""

from __future__ import annotations

from typing import Any

from mock_server.platform.world import World

SNAPSHOTS = "snapshots"


def create_snapshot(world: World, company_id: str, *, name: str, snapshot_type: str = "own") -> dict[str, Any]:
    return world.store.put(company_id, SNAPSHOTS, {"id": world.new_id(company_id), "name": name,
                                                   "type": snapshot_type})


def list_snapshots(world: World, company_id: str) -> list[dict[str, Any]]:
    return [dict(s) for s in world.store.scan(company_id, SNAPSHOTS)]
