"""The Snapshots area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.snapshots import routes, service
from mock_server.platform.area import Area, Seed, Table

area = Area(
    "snapshots",
    apis=(routes.api,),
    tables=(Table(service.SNAPSHOTS, scope="agency"),),
    seeds=(Seed("POST", "/companies/{companyId}/snapshots", service.seed_snapshot, body=service.SnapshotSeed,
                doc='`{"name","type"}` (`own` or `imported`): seed an agency\'s snapshots'),),
    upstream_allowlist="mock_server.apis.snapshots.upstream",
)
