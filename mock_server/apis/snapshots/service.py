"""An agency's snapshots (``type`` ``own`` or ``imported``), created through the control plane
(``POST /_mock/companies/{companyId}/snapshots``) or by fixtures."""

from __future__ import annotations

from typing import Any, Literal

from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

SNAPSHOTS = "snapshots"


class SnapshotSeed(BodyModel):
    name: str
    type: Literal["own", "imported"] = "own"


def create_snapshot(tenant: Tenant, *, name: str, snapshot_type: str = "own") -> dict[str, Any]:
    """A snapshot of ``tenant``'s agency."""
    return tenant.agency.store.put(SNAPSHOTS, {"id": tenant.new_id(), "name": name, "type": snapshot_type})


def seed_snapshot(tenant: Tenant, body: SnapshotSeed) -> dict[str, Any]:
    return create_snapshot(tenant, name=body.name, snapshot_type=body.type)


def list_snapshots(tenant: Tenant) -> list[dict[str, Any]]:
    return [dict(s) for s in tenant.agency.store.scan(SNAPSHOTS)]
