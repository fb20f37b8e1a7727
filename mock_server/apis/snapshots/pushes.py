"""Snapshot pushes: a snapshot loaded into a location (``PUT /locations/{id}`` with ``snapshot``, or a location
created with ``snapshotId``), whose progress runs on the agency's mock clock.

DECISION: GHL does not say how long a push takes. Here a push loads ``ASSETS`` in order, one every
``SECONDS_PER_ASSET`` seconds of mock time from its start: ``processing`` (with the assets ``completed`` and
``pending``) until the last one is in, ``completed`` from then on. Freeze or advance the clock to watch it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.snapshots.service import SNAPSHOTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

PUSHES = "snapshotPushes"
ASSETS = ("custom_fields", "custom_values", "tags", "forms", "surveys", "funnels", "workflows", "calendars")
SECONDS_PER_ASSET = 30
# DECISION: GHL's texts for an unknown snapshot and for a location no push reached are not known.
SNAPSHOT_NOT_FOUND = "Snapshot not found"
NO_PUSH = "No snapshot push found for this location"


def start_push(tenant: Tenant, snapshot_id: str, *, override: bool = False) -> dict[str, Any]:
    """Start pushing the agency's snapshot into ``tenant``'s location (400 when the agency has no such snapshot)."""
    tenant.require(SNAPSHOTS, snapshot_id)
    return tenant.agency.store.put(PUSHES, {"id": tenant.new_id(), "snapshotId": snapshot_id,
                                            "locationId": tenant.location_id, "override": override,
                                            "dateAdded": iso_z(tenant.now())})


def pushes_of(tenant: Tenant, snapshot_id: str, *, start: datetime, end: datetime, last_doc: str,
              limit: int) -> list[dict[str, Any]]:
    """The snapshot's pushes started in [start, end], oldest first, after the push ``last_doc`` (paging)."""
    tenant.require(SNAPSHOTS, snapshot_id)
    found = [p for p in tenant.agency.store.find(PUSHES, "snapshotId", snapshot_id)
             if iso_z(start) <= p["dateAdded"] <= iso_z(end)]
    ids = [p["id"] for p in found]
    if last_doc in ids:
        found = found[ids.index(last_doc) + 1:]
    now = tenant.now()
    return [{k: v for k, v in _with_progress(p, now).items() if k in ("id", "locationId", "status", "dateAdded")}
            for p in found[:limit]]


def latest_push(tenant: Tenant, snapshot_id: str, location_id: str) -> dict[str, Any]:
    """The snapshot's last push into ``location_id``, with the assets loaded and still to load."""
    tenant.require(SNAPSHOTS, snapshot_id)
    found = [p for p in tenant.agency.store.find(PUSHES, "snapshotId", snapshot_id) if p["locationId"] == location_id]
    if not found:
        raise BadRequest(NO_PUSH)
    push = _with_progress(found[-1], tenant.now())
    return {k: push[k] for k in ("id", "locationId", "status", "completed", "pending")}


def _with_progress(push: dict[str, Any], now: datetime) -> dict[str, Any]:
    started = datetime.fromisoformat(push["dateAdded"].replace("Z", "+00:00"))
    done = max(0, min(len(ASSETS), int((now - started) / timedelta(seconds=SECONDS_PER_ASSET))))
    status = "completed" if done == len(ASSETS) else "processing"
    return {**push, "status": status, "completed": list(ASSETS[:done]), "pending": list(ASSETS[done:])}
